"""Test setup: put the simulated libraries first on sys.path and keep the
simulated latencies small so the suite runs fast in real time."""

import asyncio
import os
import selectors
import sys

import pytest

SIM_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if SIM_DIR not in sys.path:
    sys.path.insert(0, SIM_DIR)

import _loopscope_sim  # noqa: E402

FAST = {"http_latency": 0.01, "db_latency": 0.01, "file_latency": 0.01}


@pytest.fixture(autouse=True)
def fast_latencies():
    saved = dict(_loopscope_sim.config)
    _loopscope_sim.config.update(FAST)
    _loopscope_sim.reset_state()
    yield _loopscope_sim.config
    _loopscope_sim.config.clear()
    _loopscope_sim.config.update(saved)


@pytest.fixture
def sample_dir(tmp_path, monkeypatch):
    """A working directory seeded with the sample files."""
    _loopscope_sim.seed_files(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    return tmp_path


class _VirtualSelector(selectors.BaseSelector):
    """Wraps the real selector; when the loop would sleep until its next
    timer, jump the virtual clock forward instead (threads still wake it)."""

    def __init__(self, loop):
        self._real = selectors.DefaultSelector()
        self._loop = loop

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_key(self, fileobj):
        return self._real.get_key(fileobj)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        ready = self._real.select(0)
        if ready or timeout is not None and timeout <= 0:
            return ready
        if timeout is None:                      # waiting for a worker thread
            return self._real.select(None)
        self._loop.virtual_now += timeout
        return []


class VirtualClockLoop(asyncio.SelectorEventLoop):
    """An event loop with a virtual clock, like Loopscope's: asyncio.sleep
    takes no wall time."""

    def __init__(self):
        self.virtual_now = 0.0
        super().__init__(selector=_VirtualSelector(self))

    def time(self):
        return self.virtual_now


@pytest.fixture
def run_virtual():
    """``run_virtual(coro)`` -> (result, virtual seconds elapsed)."""
    def run(coro):
        with asyncio.Runner(loop_factory=VirtualClockLoop) as runner:
            loop = runner.get_loop()
            start = loop.time()
            result = runner.run(coro)
            return result, loop.time() - start
    return run
