/** Booting from a memory snapshot: same runtime, same results, and a cold boot when it does not fit. */
import { describe, expect, it } from 'vitest';
import { makeRuntimeSnapshot, runtimeFingerprint } from './boot.ts';
import { createEngine } from './engine.ts';
import { createNodeEngine, nodeBootSetup, readPythonSources } from './node-engine.ts';
import { stdoutOf } from './test-support.ts';

const GATHER = `import asyncio, random, time
async def f(i):
    await asyncio.sleep(1)
    return i
async def main():
    t = time.perf_counter()
    print(await asyncio.gather(*(f(i) for i in range(3))), time.perf_counter() - t)
    print(random.random())
asyncio.run(main())
`;

describe('boot', { timeout: 120_000 }, () => {
  it('fingerprints the Pyodide version and every source', () => {
    const sources = readPythonSources();
    const a = runtimeFingerprint('314.0.7', sources);
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(runtimeFingerprint('314.0.8', sources)).not.toBe(a);
    expect(runtimeFingerprint('314.0.7', { ...sources, 'loopscope/extra.py': '' })).not.toBe(a);
  });

  it('restores the runtime from a snapshot, runs like a cold boot, reseeds random; a stale snapshot boots cold', async () => {
    const snapshot = await makeRuntimeSnapshot(await nodeBootSetup());
    const [warm, again] = [await createNodeEngine(snapshot), await createNodeEngine(snapshot)];
    expect(warm.bootedFrom).toBe('snapshot');
    const [a, b] = [warm.run(GATHER), again.run(GATHER)];
    expect(a.outcome.status).toBe('ok');
    const [lineA, lineB] = [stdoutOf(a).split('\n'), stdoutOf(b).split('\n')];
    expect(lineA[0]).toBe('[0, 1, 2] 1.0');
    expect(lineA[1]).not.toBe(lineB[1]); // two restores do not share a random sequence
    // The simulated libraries are imported from the file system, which a snapshot does not hold.
    expect(warm.run('import aiohttp, asyncpg, aiofiles\nprint("ok")\n').outcome.status).toBe('ok');

    const setup = await nodeBootSetup(snapshot);
    const changed = await createEngine({ ...setup, sources: { ...setup.sources, 'loopscope/added.py': '' } });
    expect(changed.bootedFrom).toBe('cold');
    expect(stdoutOf(changed.run(GATHER)).split('\n')[0]).toBe('[0, 1, 2] 1.0');
  });
});
