import asyncio

import asyncpg
import pytest


def test_close_waits_for_the_running_query_which_then_fails(run_virtual):
    async def main():
        conn = await asyncpg.connect()
        running = asyncio.create_task(conn.fetch("SELECT pg_sleep(1)"))
        await asyncio.sleep(0)             # let the query start
        await conn.close()
        assert running.done()
        with pytest.raises(asyncpg.exceptions.ConnectionDoesNotExistError,
                           match="connection was closed in the middle of operation"):
            running.result()

    run_virtual(main())
