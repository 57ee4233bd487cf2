import asyncio
import time

import aiofiles


async def read(path):
    async with aiofiles.open(path, mode="r") as f:
        return await f.read()


def test_concurrent_reads_of_seeded_files(sample_dir, fast_latencies):
    fast_latencies["file_latency"] = 0.05

    async def main():
        start = time.monotonic()
        texts = await asyncio.gather(*(read(f"file{i}.txt") for i in (1, 2, 3)))
        return texts, time.monotonic() - start

    texts, elapsed = asyncio.run(main())
    assert [t.splitlines()[0] for t in texts] == [
        "Hello from file1.txt!", "Hello from file2.txt!", "Hello from file3.txt!"]
    # open + read + close, each one latency on a worker thread, files in parallel
    assert 0.15 <= elapsed < 0.4
