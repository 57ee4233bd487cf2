"""Runs the runtime's engine (loopscope.runner) under a native CPython, to count its instructions
with valgrind: counts do not move with the shared machine's load, where timings move by ±10%
or more. Native CPython is not Pyodide (WebAssembly makes memory, calls into JavaScript and
the JavaScript decoder relatively dearer), so confirm a change in the engine too
(scripts/dev/python-ab.ts); but a count says at once whether a change does less work.

    valgrind --tool=callgrind --callgrind-out-file=/dev/null \\
        /root/.pyenv/versions/3.13.0/bin/python3.13 scripts/dev/native-run.py \\
        [--python DIR] [--untraced] [--tasks N] [--runs N] [--snippet FILE]

Prints nothing of its own; valgrind's "Collected" line is the count. Subtract the count of
`--runs 0` (start-up and imports) to get the runs' own. Needs CPython 3.13 or later, named by
its real path (valgrind would count pyenv's shell shim instead); the runtime targets Pyodide's
3.14, and 3.13 runs the bench's snippet alike.
"""
import argparse
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

# The bench's 10,000 tasks through gather (scripts/bench/snippets.mjs gatherTasks).
GATHER = """import asyncio

async def work(i):
    await asyncio.sleep(i % 100 / 100)
    return i

async def main():
    results = await asyncio.gather(*(work(i) for i in range({n})))
    print(len(results), "tasks done")

asyncio.run(main())
"""

parser = argparse.ArgumentParser()
parser.add_argument("--python", default=os.path.join(ROOT, "src", "runtime", "python"), help="a copy of src/runtime/python")
parser.add_argument("--untraced", action="store_true")
parser.add_argument("--tasks", type=int, default=10_000)
parser.add_argument("--runs", type=int, default=1)
parser.add_argument("--snippet", help="a .py file to run instead of the gather")
args = parser.parse_args()

sys.path.insert(0, args.python)
from loopscope import runner  # noqa: E402

code = open(args.snippet).read() if args.snippet else GATHER.replace("{n}", str(args.tasks))
options = json.dumps({"maxEvents": 10_000_000, "wallClockMs": 600_000, "maxOutputChars": 10_000_000, "trace": not args.untraced})
for _ in range(args.runs):
    runner.run(code, options)
