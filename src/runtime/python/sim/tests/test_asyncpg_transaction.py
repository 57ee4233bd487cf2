import asyncio

import asyncpg


def test_transaction_rolls_back_on_exception_and_commits_otherwise():
    async def main():
        conn = await asyncpg.connect()
        try:
            async with conn.transaction():
                await conn.execute("DELETE FROM posts")
                raise ValueError("oops")
        except ValueError:
            pass
        after_rollback = await conn.fetchval("SELECT count(*) FROM posts")
        async with conn.transaction():
            await conn.execute("DELETE FROM posts WHERE id = 1")
        after_commit = await conn.fetchval("SELECT count(*) FROM posts")
        await conn.close()
        return after_rollback, after_commit

    assert asyncio.run(main()) == (4, 3)
