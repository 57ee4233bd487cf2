"""The one-sentence summary of a run, for the outcome banner and the CLI."""


def seconds(t):
    """1.0 s, 0.25 s, 12.5 s: one decimal for whole numbers, up to 3 significant digits otherwise."""
    if t == int(t):
        return f"{t:.1f} s"
    return f"{float(f'{t:.3g}'):g} s"


def _max_concurrency(tasks):
    """The most tasks alive at once; a task that ends when another starts does not overlap it.
    (Two sorted lists of times, swept together: cheaper than sorting (time, ±1) pairs.)"""
    starts = sorted([t["created"] for t in tasks])
    ends = sorted([t["finished"] if t["finished"] is not None else float("inf") for t in tasks])
    best = cur = j = 0
    n = len(ends)
    for start in starts:
        while j < n and ends[j] <= start:
            cur -= 1
            j += 1
        cur += 1
        if cur > best:
            best = cur
    return best


def summarize(rec, outcome):
    status = outcome["status"]
    end = seconds(outcome.get("virtualTime", 0.0))
    user = [t for t in rec.tasks.values() if t["kind"] == "task"]
    if status == "deadlock":
        n = len(outcome.get("deadlock", []))
        return f"Deadlock at {end}: {n} task{'s' if n != 1 else ''} wait forever and nothing is scheduled to wake them."
    if status == "limit":
        return outcome["limit"]["message"]
    if status == "stopped":
        return f"Stopped by you at {end}."
    if status == "error":
        err = outcome["error"]
        where = f" at line {err['line']}" if err.get("line") else ""
        msg = f": {err['message']}" if err.get("message") else ""
        return f"{err['type']}{msg}{where} (after {end})."
    if outcome.get("ranNothing"):
        return "The file is empty: nothing ran."
    # time.sleep inside a task holds the loop; in the main program (no loop running) it just waits.
    in_loop = set(t["id"] for t in user)
    blocks = sorted(rec.blocks, key=lambda e: e[0])  # in the order of the sorted events
    blocked = sum(e[4]["end"] - e[0] for e in blocks if e[2] in in_loop)
    slept = sum(e[4]["end"] - e[0] for e in blocks if e[2] not in in_loop)
    threads = sum(1 for t in rec.tasks.values() if t["kind"] == "thread")
    if not user:
        text = f"Ran without an event loop; finished in {end}" if not rec.events or all(
            e[2] == 0 for e in rec.events) else f"Finished in {end}"
    else:
        # asyncio.run(main()) makes main() a task of its own: count the tasks it started.
        inner = [t for t in user if t["parent"] not in (0, None)] or user
        peak = _max_concurrency(inner)
        n = len(inner)
        if n == 1:
            text = f"1 task ran; finished in {end}"
        elif all(t["finished"] == t["created"] for t in inner):
            text = f"{n} tasks ran, each to the end in one step; finished in {end}"
        elif peak == n:
            text = f"{n} tasks ran concurrently; finished in {end}"
        elif peak > 1:
            text = f"{n} tasks ran, up to {peak} at once; finished in {end}"
        else:
            text = f"{n} tasks ran one after another; finished in {end}"
    if blocked > 0:
        text += f"; the loop was blocked for {seconds(blocked)} by blocking calls"
    if slept > 0 and not user:
        text += f", {seconds(slept)} of it in blocking calls"
    if threads:
        text += f"; {threads} worker thread{'s' if threads != 1 else ''} used"
    return text + "."
