import asyncio

import aiofiles.os


def test_os_helpers(sample_dir):
    async def main():
        await aiofiles.os.mkdir("archive")
        await aiofiles.os.rename("data.txt", "archive/data.txt")
        moved = await aiofiles.os.path.isfile("archive/data.txt")
        gone = not await aiofiles.os.path.exists("data.txt")
        size = (await aiofiles.os.stat("archive/data.txt")).st_size
        await aiofiles.os.remove("archive/data.txt")
        return moved, gone, size, await aiofiles.os.listdir("archive")

    moved, gone, size, listing = asyncio.run(main())
    assert moved and gone and size > 0 and listing == []
