# contextvars: each task runs in a copy of the creator's context (taken at creation
# time), changes inside a task do not leak out; to_thread and create_task(context=) too.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")


async def read():
    return request_id.get()


async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep((3 - n) / 10)
    return await read()


async def main():
    request_id.set("main")
    print(await asyncio.gather(*(handler(i) for i in range(3))))
    print("main still sees", request_id.get())

    request_id.set("before")
    task = asyncio.create_task(read())
    request_id.set("after")
    print("task created before the change sees", await task)

    print("to_thread sees", await asyncio.to_thread(request_id.get))

    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "custom")
    print("create_task(context=ctx) sees", await asyncio.create_task(read(), context=ctx))
    print("ctx value", ctx[request_id], "main value", request_id.get())

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(request_id.get()))
    print("call_soon callback sees", await done)


asyncio.run(main())
