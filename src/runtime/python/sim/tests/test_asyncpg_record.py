import asyncio

import asyncpg
import pytest


def fetch_bob():
    async def main():
        conn = await asyncpg.connect()
        row = await conn.fetchrow("SELECT id, name FROM users WHERE name = $1", "Bob")
        await conn.close()
        return row
    return asyncio.run(main())


def test_record_access():
    r = fetch_bob()
    assert isinstance(r, asyncpg.Record)
    assert r["name"] == "Bob" and r[0] == 2 and r[-1] == "Bob"
    assert r.get("name") == "Bob" and r.get("missing", "x") == "x"
    assert dict(r) == {"id": 2, "name": "Bob"}
    assert len(r) == 2 and list(r) == [2, "Bob"]
    assert list(r.keys()) == ["id", "name"]
    assert list(r.values()) == [2, "Bob"]
    assert list(r.items()) == [("id", 2), ("name", "Bob")]
    assert "name" in r and "Bob" not in r
    assert r == (2, "Bob")
    assert repr(r) == "<Record id=2 name='Bob'>"


def test_record_errors_match_asyncpg():
    r = fetch_bob()
    with pytest.raises(KeyError):
        r["nope"]
    with pytest.raises(IndexError, match="record index out of range"):
        r[5]
    with pytest.raises(AttributeError):
        r.name
