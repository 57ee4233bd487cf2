# asyncio.Runner runs several coroutines on one loop (virtual time keeps advancing across
# runs, context variables persist); separate asyncio.run() calls get fresh loops.
import asyncio
import contextvars


def tenths(seconds):
    # Elapsed seconds shown in tenths, rounded down after a 10 ms allowance: a real
    # clock that runs late (by less than 90 ms) prints the same as the virtual clock.
    return f"{int(seconds * 10 + 0.1) / 10:.1f}"


var = contextvars.ContextVar("var", default="unset")
loops = []


async def step(name, delay):
    loop = asyncio.get_running_loop()
    loops.append(loop)
    before = var.get()
    var.set(name)
    await asyncio.sleep(delay)
    return f"{name}: saw {before}"


def main():
    with asyncio.Runner() as runner:
        t0 = runner.get_loop().time()
        print(runner.run(step("first", 0.2)))
        print(runner.run(step("second", 0.1)))
        print("same loop:", loops[0] is loops[1] is runner.get_loop())
        print(f"loop time advanced {tenths(runner.get_loop().time() - t0)}")
    print("runner loop closed:", loops[0].is_closed())

    print(asyncio.run(step("run-a", 0.1)))
    print(asyncio.run(step("run-b", 0.1)))
    print("different loops:", loops[2] is not loops[3], loops[2].is_closed(), loops[3].is_closed())
    print("outside any loop:", var.get())

    runner = asyncio.Runner()
    print(runner.run(step("manual", 0.1)))
    runner.close()
    coro = step("closed", 0.1)
    try:
        runner.run(coro)
    except RuntimeError:
        print("run() after close() raises RuntimeError")
    coro.close()


main()
