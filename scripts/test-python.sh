#!/usr/bin/env bash
# The simulated libraries' own tests, under real CPython (they use only public asyncio APIs).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! python3 -m pytest --version >/dev/null 2>&1; then
  echo "python3 -m pytest is not available: skipping the simulated libraries' CPython tests (the engine tests still cover them)."
  exit 0
fi
python3 -m pytest -q -p no:cacheprovider src/runtime/python/sim/tests
