# await asyncio.sleep(0) yields to the loop: several tasks interleave round-robin in
# creation order; a task that never awaits runs to completion without interleaving.
import asyncio

log = []


async def stepper(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)


async def hog(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")


async def main():
    await asyncio.gather(stepper("A", 3), stepper("B", 3), stepper("C", 3))
    print(" ".join(log))
    log.clear()
    await asyncio.gather(stepper("A", 2), hog("H", 3), stepper("B", 4))
    print(" ".join(log))
    log.clear()

    async def yielder(name):
        for i in range(3):
            log.append(f"{name}{i}")
            await asyncio.sleep(0)
        return name

    tasks = [asyncio.create_task(yielder(n)) for n in "XYZ"]
    log.append("main-before-yield")
    await asyncio.sleep(0)
    log.append("main-after-1")
    await asyncio.sleep(0)
    log.append("main-after-2")
    print(" ".join(log), await asyncio.gather(*tasks))


asyncio.run(main())
