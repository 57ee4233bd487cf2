/** Small programs the specs run; line numbers in comments are what the specs assert. */
export const THREE_SLEEPS = `import asyncio

async def nap(name, seconds):
    await asyncio.sleep(seconds)
    print(f"{name} woke")

async def main():
    await asyncio.gather(nap("A", 1), nap("B", 2), nap("C", 3))

asyncio.run(main())
`;

export const RAISES_ON_LINE_5 = `import asyncio

async def fetch(n):
    await asyncio.sleep(0.5)
    raise ValueError(f"bad item {n}")

asyncio.run(fetch(2))
`;
