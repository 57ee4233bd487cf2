import { py, type Example } from './example.ts';

export const asyncpgPool: Example = {
  id: 'asyncpg-pool',
  title: 'Database queries with a pool (asyncpg)',
  section: 'Practical examples',
  lookFor:
    'The guide runs two queries at once on one connection, and real asyncpg refuses: "another operation is in progress". A pool fixes it: each query borrows its own connection, so the two query tasks wait on the database side by side instead of colliding. The database is simulated; each query takes 50 ms of virtual time.',
  code: py`
    import asyncio
    import asyncpg

    async def query(pool, sql):
        # Each concurrent query needs its own connection.
        async with pool.acquire() as conn:
            return await conn.fetch(sql)

    async def fetch_users():
        pool = await asyncpg.create_pool("postgresql://user:password@localhost/dbname")
        try:
            users, posts = await asyncio.gather(
                query(pool, "SELECT * FROM users"),
                query(pool, "SELECT * FROM posts"),
            )
            return users, posts
        finally:
            await pool.close()

    users, posts = asyncio.run(fetch_users())
    print(len(users), "users,", len(posts), "posts")
  `,
};
