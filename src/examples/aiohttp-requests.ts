import { py, type Example } from './example.ts';

export const aiohttpRequests: Example = {
  id: 'aiohttp',
  title: 'Concurrent HTTP requests (aiohttp)',
  section: 'Practical examples',
  lookFor:
    'Loopscope simulates the network, so no request leaves your browser; each response takes a fixed 0.1 s of virtual time. gather() starts three fetch_url tasks at once: their lanes wait on the request side by side and all finish together, so three requests cost one round trip.',
  code: py`
    import asyncio
    import aiohttp

    async def fetch_url(session, url):
        async with session.get(url) as response:
            return await response.text()

    async def fetch_multiple_urls(urls):
        async with aiohttp.ClientSession() as session:
            tasks = [fetch_url(session, url) for url in urls]
            return await asyncio.gather(*tasks)

    urls = [
        "https://api.example.com/data1",
        "https://api.example.com/data2",
        "https://api.example.com/data3",
    ]
    results = asyncio.run(fetch_multiple_urls(urls))
    for url, body in zip(urls, results):
        print(url, "->", len(body), "characters")
  `,
};
