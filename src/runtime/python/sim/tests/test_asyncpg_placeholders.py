import asyncio

import asyncpg
import pytest


@pytest.mark.parametrize("query, near", [
    ("SELECT * FROM users WHERE id = ?", "at end of input"),
    ("SELECT * FROM users WHERE id = %s", 'at or near "%"'),
])
def test_non_postgres_placeholders_are_syntax_errors(query, near):
    async def main():
        conn = await asyncpg.connect()
        try:
            await conn.fetch(query, 1)
        finally:
            await conn.close()

    with pytest.raises(asyncpg.PostgresSyntaxError) as info:
        asyncio.run(main())
    assert str(info.value) == f"syntax error {near}"
    assert "$1" in info.value.__notes__[0]
