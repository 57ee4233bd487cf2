import { py, type Example } from './example.ts';

export const aiofilesIo: Example = {
  id: 'aiofiles',
  title: 'File I/O (aiofiles)',
  section: 'Practical examples',
  lookFor:
    'Writing, then reading, three files. aiofiles hands each file operation to a worker thread so the loop stays free: the tasks wait on the file while the work happens off the loop, and the three reads overlap. Each operation takes a simulated 10 ms.',
  code: py`
    import asyncio
    import aiofiles

    async def write_file_async(filename, content):
        async with aiofiles.open(filename, "w") as f:
            await f.write(content)

    async def read_file_async(filename):
        async with aiofiles.open(filename, "r") as f:
            return await f.read()

    async def process_files(filenames):
        await asyncio.gather(*[write_file_async(f, f"hello from {f}") for f in filenames])
        return await asyncio.gather(*[read_file_async(f) for f in filenames])

    files = ["file1.txt", "file2.txt", "file3.txt"]
    contents = asyncio.run(process_files(files))
    print(contents)
  `,
};
