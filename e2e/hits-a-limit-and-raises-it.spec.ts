import { expect, test } from './fixtures.ts';

const FOREVER = `import asyncio

async def forever():
    while True:
        await asyncio.sleep(60)

asyncio.run(forever())
`;

test('a program that never ends stops at a limit, with one click to raise it', async ({ app }) => {
  await app.setCode(FOREVER);
  await app.run();
  expect(await app.outcomeStatus()).toBe('limit');
  await expect(app.outcome).toContainText('virtual-time limit of 3600 s');
  const raise = app.page.getByTestId('limit-notice').getByRole('button', { name: /Run again with 7,200 s of virtual time/ });
  await raise.click();
  await app.idle();
  await expect(app.outcome).toContainText('7200 s');
});
