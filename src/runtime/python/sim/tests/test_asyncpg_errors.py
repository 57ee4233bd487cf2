import asyncio

import asyncpg
import pytest


async def run(query, *args):
    conn = await asyncpg.connect()
    try:
        return await conn.fetch(query, *args)
    finally:
        await conn.close()


def test_unknown_table_raises_undefined_table_error():
    with pytest.raises(asyncpg.exceptions.UndefinedTableError) as info:
        asyncio.run(run("SELECT * FROM foo"))
    assert str(info.value) == 'relation "foo" does not exist'
    assert info.value.sqlstate == "42P01"
    assert isinstance(info.value, asyncpg.PostgresError)
    assert type(info.value).__module__ == "asyncpg.exceptions"


def test_closed_connection_raises_interface_error():
    async def main():
        conn = await asyncpg.connect()
        await conn.close()
        assert conn.is_closed()
        await conn.fetch("SELECT 1")

    with pytest.raises(asyncpg.InterfaceError, match="connection is closed"):
        asyncio.run(main())


def test_wrongly_typed_argument_raises_data_error():
    with pytest.raises(asyncpg.exceptions._base.DataError) as info:
        asyncio.run(run("SELECT * FROM users WHERE id = $1", "1"))
    assert str(info.value).startswith("invalid input for query argument $1: '1'")


def test_wrong_argument_count():
    with pytest.raises(asyncpg.InterfaceError,
                       match="the server expects 1 argument for this query, 0 were passed"):
        asyncio.run(run("SELECT * FROM users WHERE id = $1"))


def test_unique_violation():
    with pytest.raises(asyncpg.UniqueViolationError) as info:
        asyncio.run(run("INSERT INTO users (id, name) VALUES (1, 'Again')"))
    assert 'unique constraint "users_pkey"' in str(info.value)
    assert "Key (id)=(1) already exists." in str(info.value)
