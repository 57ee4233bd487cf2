import asyncio

import aiofiles
import pytest


def test_missing_file_raises_the_real_file_not_found_error(sample_dir):
    async def main():
        async with aiofiles.open("missing.txt") as f:
            await f.read()

    with pytest.raises(FileNotFoundError) as info:
        asyncio.run(main())
    assert info.value.filename == "missing.txt"
