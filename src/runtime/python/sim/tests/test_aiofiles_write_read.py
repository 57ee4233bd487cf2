import asyncio

import aiofiles


def test_write_then_read_back(sample_dir):
    async def main():
        f = await aiofiles.open("notes.txt", "w")
        await f.write("first\n")
        await f.writelines(["second\n", "third\n"])
        await f.close()
        async with aiofiles.open("notes.txt") as f:
            head = await f.readline()
            await f.seek(0)
            return head, await f.readlines(), await f.tell()

    head, lines, pos = asyncio.run(main())
    assert head == "first\n"
    assert lines == ["first\n", "second\n", "third\n"]
    assert pos == len("first\nsecond\nthird\n")
    assert (sample_dir / "notes.txt").read_text() == "first\nsecond\nthird\n"
