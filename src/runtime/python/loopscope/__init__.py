"""Loopscope's Python runtime: runs a snippet on a virtual-clock asyncio loop and traces it.

Modules, in the order a run touches them:
  clock     the virtual clock and the patched time functions
  recorder  the trace being built (tasks, events, output)
  frames    finding snippet lines in frames and await chains
  waits     describing what a suspended task waits on, for humans
  tasks     the traced Task class and task factory
  steps     recording each step of a traced task, run by the loop
  loop      the virtual-clock event loop (deadlock and limit detection)
  threads   simulated worker threads for run_in_executor / to_thread / ThreadPoolExecutor
  streams   stdout/stderr capture and warnings
  errors    CPython-style tracebacks without Loopscope's own frames
  imports   the simulated libraries and the ModuleNotFoundError hint
  runner    one run, start to finish: run(code, options) -> the encoded trace
"""
