import asyncio

import aiofiles


def test_async_for_yields_lines(sample_dir):
    async def main():
        lines = []
        async with aiofiles.open("data.txt") as f:
            async for line in f:
                lines.append(line.rstrip("\n"))
        return lines

    assert asyncio.run(main()) == [
        "line 1: sample data for Loopscope",
        "line 2: every line is made up",
        "line 3: read me with aiofiles",
    ]
