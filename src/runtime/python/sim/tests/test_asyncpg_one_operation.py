"""The guide snippet that shares one connection between two concurrent
queries fails exactly as it does with real asyncpg."""

import asyncio

import asyncpg
import pytest


async def guide_snippet():
    conn = await asyncpg.connect('postgresql://user:password@localhost/dbname')
    try:
        users_task = conn.fetch('SELECT * FROM users')
        posts_task = conn.fetch('SELECT * FROM posts')
        users, posts = await asyncio.gather(users_task, posts_task)
    finally:
        await conn.close()


def test_second_concurrent_query_raises_interface_error():
    with pytest.raises(asyncpg.InterfaceError) as info:
        asyncio.run(guide_snippet())
    err = info.value
    assert str(err) == "cannot perform operation: another operation is in progress"
    assert type(err) is asyncpg.exceptions.InterfaceError
    assert f"{type(err).__module__}.{type(err).__qualname__}" == \
        "asyncpg.exceptions._base.InterfaceError"
    assert len(err.__notes__) == 1
    assert "asyncpg.create_pool()" in err.__notes__[0]
    assert "pool.fetch()" in err.__notes__[0]


def test_error_is_raised_before_the_coroutine_first_suspends():
    async def main():
        conn = await asyncpg.connect()
        first = conn.fetch("SELECT 1")
        first.send(None)                 # first query is now waiting on the server
        second = conn.fetch("SELECT 2")
        with pytest.raises(asyncpg.InterfaceError):
            second.send(None)            # fails on its very first step
        first.close()
        await conn.close()

    asyncio.run(main())


def test_sequential_queries_on_one_connection_are_fine():
    async def main():
        conn = await asyncpg.connect()
        users = await conn.fetch('SELECT * FROM users')
        posts = await conn.fetch('SELECT * FROM posts')
        await conn.close()
        return len(users), len(posts)

    assert asyncio.run(main()) == (3, 4)
