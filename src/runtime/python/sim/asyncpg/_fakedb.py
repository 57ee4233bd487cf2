"""The in-memory "PostgreSQL server" behind Loopscope's simulated asyncpg.

No real database is involved.  Every event loop gets its own copy of a tiny
sample database (``_loopscope_sim.reset_state()`` forgets them all):

    users  (id serial PRIMARY KEY, name text NOT NULL, email text UNIQUE)
    posts  (id serial PRIMARY KEY, user_id int NOT NULL, title text NOT NULL)
    orders (id serial PRIMARY KEY, user_id int NOT NULL, item text NOT NULL,
            quantity int NOT NULL DEFAULT 1)

Understood SQL (one table or simple joins, no subqueries):

* ``SELECT [DISTINCT] items [FROM t [alias] [[LEFT] JOIN t2 ON ...]]
  [WHERE ...] [GROUP BY ...] [HAVING ...] [ORDER BY ...] [LIMIT n] [OFFSET n]``
  with ``$n`` parameters, ``::type`` casts, ``count/sum/avg/min/max``,
  ``pg_sleep(s)`` (waits ``s`` more seconds), ``now()``, ``lower()``...;
  ``SELECT 1``, ``SELECT $1::int``.
* ``INSERT INTO t [(cols)] VALUES (...), ... [ON CONFLICT DO NOTHING]
  [RETURNING ...]``, ``UPDATE t SET ... [WHERE] [RETURNING]``,
  ``DELETE FROM t [WHERE] [RETURNING]`` -> 'INSERT 0 1', 'UPDATE 2', 'DELETE 1'.
* ``CREATE TABLE [IF NOT EXISTS]``, ``DROP TABLE [IF EXISTS]``, ``TRUNCATE``,
  ``BEGIN/COMMIT/ROLLBACK/SAVEPOINT``; ``SET``/``LISTEN``... are no-ops.

Errors follow PostgreSQL: unknown table -> UndefinedTableError
('relation "foo" does not exist'), unknown column, NOT NULL / UNIQUE
violations, bad argument types -> asyncpg's DataError, and so on.

Anything else (subqueries, CTEs, window functions, ALTER TABLE, ...) is *not*
an error: it returns an empty result with the command tag PostgreSQL would
report ('SELECT 0', 'CREATE INDEX', ...), changes nothing, and emits a
LoopscopeSimWarning saying so.
"""

import asyncio
import datetime as _dt
import functools
import os
import re
import warnings
import weakref

import _loopscope_sim

from . import exceptions as exc
from ._analysis import Analysis
from ._evaluation import Evaluation, hashable
from ._sqlparse import (SQL_COMMANDS, Unsupported, guess_status, parse_statement,
                        split_statements, tokenize)
from ._types import cast, encode_arg, pg_error
from .exceptions import _base

__all__ = ("Database", "Session", "Executor", "Result", "current_database", "reset")


# -- storage -----------------------------------------------------------------

class Column:
    __slots__ = ("name", "type", "not_null", "unique", "primary", "default", "serial")

    def __init__(self, name, type, *, not_null=False, unique=False, primary=False,
                 default=None, serial=False):
        self.name = name
        self.type = type
        self.primary = primary
        self.not_null = not_null or primary or serial
        self.unique = unique
        self.default = default
        self.serial = serial


class Table:
    def __init__(self, name, columns):
        self.name = name
        self.columns = list(columns)
        self.colmap = {c.name: c for c in self.columns}
        self.rows = []
        self.sequences = {c.name: 1 for c in self.columns if c.serial}

    def next_serial(self, col):
        value = self.sequences[col]
        self.sequences[col] = value + 1
        return value

    def constraint_name(self, col):
        return f"{self.name}_pkey" if col.primary else f"{self.name}_{col.name}_key"


class Database:
    def __init__(self):
        self.tables = {}

    def add(self, table, rows=()):
        self.tables[table.name] = table
        for values in rows:
            table.rows.append(dict(zip((c.name for c in table.columns), values)))
        for col in table.sequences:
            table.sequences[col] = max([r[col] for r in table.rows] + [0]) + 1


def sample_database():
    db = Database()
    db.add(Table("users", [
        Column("id", "int4", primary=True, serial=True),
        Column("name", "text", not_null=True),
        Column("email", "text", unique=True),
    ]), [
        (1, "Alice", "alice@example.com"),
        (2, "Bob", "bob@example.com"),
        (3, "Carol", "carol@example.com"),
    ])
    db.add(Table("posts", [
        Column("id", "int4", primary=True, serial=True),
        Column("user_id", "int4", not_null=True),
        Column("title", "text", not_null=True),
    ]), [
        (1, 1, "Hello, asyncio!"),
        (2, 1, "Why await matters"),
        (3, 2, "My first post"),
        (4, 3, "Waiting on I/O"),
    ])
    db.add(Table("orders", [
        Column("id", "int4", primary=True, serial=True),
        Column("user_id", "int4", not_null=True),
        Column("item", "text", not_null=True),
        Column("quantity", "int4", not_null=True, default=("lit", 1)),
    ]), [
        (1, 1, "Coffee beans", 2),
        (2, 2, "Teapot", 1),
        (3, 1, "Mug", 4),
    ])
    return db


_databases = weakref.WeakKeyDictionary()
_fallback = None


def current_database():
    """The sample database of the running event loop (created on first use)."""
    global _fallback
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        loop = None
    if loop is not None:
        try:
            db = _databases.get(loop)
            if db is None:
                db = _databases[loop] = sample_database()
            return db
        except TypeError:       # loop not weak-referenceable
            pass
    if _fallback is None:
        _fallback = sample_database()
    return _fallback


def reset():
    global _fallback
    _databases.clear()
    _fallback = None


_loopscope_sim.register_reset(reset)


# -- sessions and undo -------------------------------------------------------

class Session:
    """Per-connection transaction state."""

    def __init__(self):
        self.in_xact = False
        self.failed = False
        self.undo = []
        self.savepoints = []

    def end(self):
        self.in_xact = False
        self.failed = False
        self.undo = []
        self.savepoints = []


def apply_undo(db, entries):
    for entry in reversed(entries):
        kind = entry[0]
        if kind == "insert":
            _, table, row = entry
            for i, r in enumerate(table.rows):
                if r is row:
                    del table.rows[i]
                    break
        elif kind == "update":
            _, row, old = entry
            row.clear()
            row.update(old)
        elif kind == "delete":
            _, table, removed = entry
            for index, row in removed:
                table.rows.insert(index, row)
        elif kind == "create":
            db.tables.pop(entry[1], None)
        elif kind == "drop":
            db.tables[entry[1]] = entry[2]
        elif kind == "truncate":
            _, table, rows, sequences = entry
            table.rows[:] = rows
            table.sequences = sequences
    entries.clear()


class Result:
    __slots__ = ("columns", "rows", "status")

    def __init__(self, columns, rows, status):
        self.columns = columns
        self.rows = rows
        self.status = status

    def __repr__(self):
        return f"Result({self.status!r}, {len(self.rows)} rows)"


_SIM_DIR = os.path.dirname(os.path.abspath(__file__))


def _warn_unsupported(query, reason):
    snippet = " ".join(query.split())
    if len(snippet) > 80:
        snippet = snippet[:77] + "..."
    msg = (f"Loopscope's simulated database does not understand this SQL ({reason}); "
           f"it returned no rows and changed nothing: {snippet}")
    try:
        warnings.warn(msg, _loopscope_sim.LoopscopeSimWarning,
                      skip_file_prefixes=(_SIM_DIR,))
    except TypeError:       # Python < 3.12
        warnings.warn(msg, _loopscope_sim.LoopscopeSimWarning, stacklevel=6)


_TXN_KINDS = {"begin", "commit", "rollback", "savepoint", "release", "rollback_to"}


def _fmt_value(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "t" if v else "f"
    if isinstance(v, _dt.datetime):
        text = v.isoformat(sep=" ")
        return text[:-3] if re.search(r"[+-]\d\d:00$", text) else text
    return str(v)


def _sort_cmp(a, b):
    try:
        return (a > b) - (a < b)
    except TypeError:
        return (str(a) > str(b)) - (str(a) < str(b))


# -- execution ---------------------------------------------------------------

class Executor(Analysis, Evaluation):
    """Runs SQL for one client operation against a Database + Session."""

    def __init__(self, db, session, *, user="postgres", database="postgres"):
        self.db = db
        self.session = session
        self.user = user
        self.database = database
        self.extra_sleep = 0.0

    # -- entry points -------------------------------------------------
    def run(self, query, args=(), *, simple=False):
        """Run ``query``; returns a list of Result (one per statement).

        ``simple`` is asyncpg's simple-query path (``execute()`` without
        arguments): several statements allowed, no parameters.
        """
        try:
            stmts = split_statements(tokenize(query))
        except Unsupported as e:
            if not simple:
                numbers = [int(x) for x in re.findall(r"\$(\d+)", query)]
                self._check_arg_count(max(numbers, default=0), args)
            _warn_unsupported(query, e)
            return [Result([], [], _guess_from_word((query.split() or [""])[0].upper()))]
        if not stmts:
            return [Result([], [], "")]
        if not simple and len(stmts) > 1:
            raise pg_error(exc.PostgresSyntaxError,
                           "cannot insert multiple commands into a prepared statement")
        results = []
        script_undo = []
        try:
            for toks in stmts:
                results.append(self._one(query, toks, args, simple, script_undo))
        except _base.PostgresError:
            if not self.session.in_xact:
                apply_undo(self.db, script_undo)
            raise
        return results

    def run_many(self, query, args_list):
        """executemany(): one statement, many argument tuples, all-or-nothing."""
        stmts = split_statements(tokenize(query))
        if len(stmts) > 1:
            raise pg_error(exc.PostgresSyntaxError,
                           "cannot insert multiple commands into a prepared statement")
        if not stmts:
            return
        undo = []
        try:
            for args in args_list:
                self._one(query, stmts[0], tuple(args), False, undo)
        except BaseException:
            if not self.session.in_xact:
                apply_undo(self.db, undo)
            raise

    def prepare(self, query):
        """Analyse a statement (server-side errors surface here, like PREPARE)."""
        stmts = split_statements(tokenize(query))
        if len(stmts) > 1:
            raise pg_error(exc.PostgresSyntaxError,
                           "cannot insert multiple commands into a prepared statement")
        if not stmts:
            return Result([], [], "")
        try:
            stmt, max_param = parse_statement(stmts[0])
        except Unsupported:
            return None
        self._check_failed(stmt)
        if stmt.kind not in _TXN_KINDS and stmt.kind != "noop":
            try:
                self._analyze(stmt, max_param)
            except _base.PostgresError:
                if self.session.in_xact:
                    self.session.failed = True
                raise
        return max_param

    # -- one statement ------------------------------------------------
    def _check_failed(self, stmt):
        if self.session.failed and not (
                stmt is not None and stmt.kind in ("rollback", "rollback_to", "commit")):
            raise pg_error(exc.InFailedSQLTransactionError,
                           "current transaction is aborted, commands ignored until "
                           "end of transaction block")

    def _check_arg_count(self, expected, args):
        if len(args) != expected:
            raise _base.InterfaceError(
                "the server expects {x} argument{s} for this query, {y} {w} passed".format(
                    x=expected, s="s" if expected != 1 else "", y=len(args),
                    w="was" if len(args) == 1 else "were"))

    def _one(self, query, toks, args, simple, sink):
        try:
            stmt, max_param = parse_statement(toks)
            reason = None
        except Unsupported as e:
            stmt, reason = None, e
            max_param = max((t.value for t in toks if t.kind == "param"), default=0)
        session = self.session
        local = []
        try:
            if stmt is None:
                _check_syntax(toks)
            self._check_failed(stmt)
            if simple and max_param:
                first = next(t.value for t in toks if t.kind == "param")
                raise pg_error(exc.UndefinedParameterError, f"there is no parameter ${first}")
            if stmt is not None and stmt.kind in _TXN_KINDS:
                if not simple:
                    self._check_arg_count(max_param, args)
                return self._txn(stmt)
            if stmt is not None and stmt.kind != "noop":
                self._analyze(stmt, max_param)
            if not simple:
                self._check_arg_count(max_param, args)
            if stmt is None:
                _check_syntax(toks)
                _warn_unsupported(query, reason)
                return Result([], [], guess_status(toks))
            if stmt.kind == "noop":
                return Result([], [], stmt.tag)
            self.bound = [encode_arg(i + 1, self.ptypes.get(i + 1, "unknown"), a)
                          for i, a in enumerate(args)]
            result = getattr(self, "_exec_" + stmt.kind)(stmt, local)
        except _base.PostgresError:
            apply_undo(self.db, local)
            if session.in_xact:
                session.failed = True
            raise
        except BaseException:
            apply_undo(self.db, local)
            raise
        if session.in_xact:
            session.undo.extend(local)
        else:
            sink.extend(local)
        return result

    def _txn(self, stmt):
        s = self.session
        kind = stmt.kind
        if kind == "begin":
            if not s.in_xact:
                s.end()
                s.in_xact = True
            return Result([], [], "BEGIN")
        if kind == "commit":
            if not s.in_xact:
                return Result([], [], "COMMIT")
            if s.failed:
                apply_undo(self.db, s.undo)
                s.end()
                return Result([], [], "ROLLBACK")
            s.end()
            return Result([], [], "COMMIT")
        if kind == "rollback":
            apply_undo(self.db, s.undo)
            s.end()
            return Result([], [], "ROLLBACK")
        words = {"savepoint": "SAVEPOINT", "release": "RELEASE SAVEPOINT",
                 "rollback_to": "ROLLBACK TO SAVEPOINT"}
        if not s.in_xact:
            raise pg_error(exc.NoActiveSQLTransactionError,
                           f"{words[kind]} can only be used in transaction blocks")
        if kind == "savepoint":
            s.savepoints.append((stmt.name, len(s.undo)))
            return Result([], [], "SAVEPOINT")
        for pos in range(len(s.savepoints) - 1, -1, -1):
            if s.savepoints[pos][0] == stmt.name:
                break
        else:
            raise pg_error(exc.InvalidSavepointSpecificationError,
                           f'savepoint "{stmt.name}" does not exist')
        if kind == "release":
            del s.savepoints[pos:]
            return Result([], [], "RELEASE")
        mark = s.savepoints[pos][1]
        tail = s.undo[mark:]
        apply_undo(self.db, tail)
        del s.undo[mark:]
        del s.savepoints[pos + 1:]
        s.failed = False
        return Result([], [], "ROLLBACK")

    # -- statements ---------------------------------------------------
    def _select_rows(self, stmt):
        scope = stmt.scope
        envs = [[]]
        for i, src in enumerate(stmt.sources):
            table = scope[i][1]
            joined = []
            for env in envs:
                matched = False
                for row in table.rows:
                    candidate = env + [row]
                    if src.on is None or self._ev(src.on, candidate) is True:
                        joined.append(candidate)
                        matched = True
                if src.join == "left" and not matched:
                    joined.append(env + [None])
            envs = joined
        if stmt.where is not None:
            envs = [e for e in envs if self._ev(stmt.where, e) is True]
        out = []
        if stmt.grouped:
            groups = {}
            if stmt.group:
                for e in envs:
                    key = tuple(hashable(self._ev(g, e)) for g in stmt.group)
                    groups.setdefault(key, []).append(e)
            else:
                groups[()] = envs
            for grp in groups.values():
                rep = grp[0] if grp else [None] * len(scope)
                if stmt.having is not None and self._ev(stmt.having, rep, grp) is not True:
                    continue
                out.append((self._project(stmt.items, scope, rep, grp), rep, grp))
        else:
            for e in envs:
                out.append((self._project(stmt.items, scope, e, None), e, None))
        if stmt.distinct:
            seen, unique = set(), []
            for item in out:
                key = hashable(item[0])
                if key not in seen:
                    seen.add(key)
                    unique.append(item)
            out = unique
        if stmt.order_keys:
            keyed = []
            for values, env, grp in out:
                keys = []
                for kind, ref, desc, nulls_first in stmt.order_keys:
                    keys.append(values[ref] if kind == "pos" else self._ev(ref, env, grp))
                keyed.append((keys, values))
            directions = [(desc, nf) for _, _, desc, nf in stmt.order_keys]

            def compare(x, y):
                for (a, b), (desc, nulls_first) in zip(zip(x[0], y[0]), directions):
                    if a is None or b is None:
                        if a is None and b is None:
                            continue
                        return (-1 if a is None else 1) * (-1 if nulls_first else 1)
                    c = _sort_cmp(a, b)
                    if c:
                        return -c if desc else c
                return 0

            keyed.sort(key=functools.cmp_to_key(compare))
            rows = [values for _, values in keyed]
        else:
            rows = [values for values, _, _ in out]
        offset = self._ev(stmt.offset, []) if stmt.offset is not None else None
        limit = self._ev(stmt.limit, []) if stmt.limit is not None else None
        if offset:
            rows = rows[int(offset):]
        if limit is not None:
            rows = rows[:int(limit)]
        return rows

    def _exec_select(self, stmt, undo):
        rows = self._select_rows(stmt)
        return Result(stmt.columns, rows, f"SELECT {len(rows)}")

    def _check_row(self, table, row, *, exclude=None, on_conflict=None):
        for col in table.columns:
            if col.not_null and row.get(col.name) is None:
                values = ", ".join(_fmt_value(row.get(c.name)) for c in table.columns)
                raise pg_error(
                    exc.NotNullViolationError,
                    f'null value in column "{col.name}" of relation "{table.name}" '
                    f"violates not-null constraint",
                    detail=f"Failing row contains ({values}).",
                    table_name=table.name, column_name=col.name)
        for col in table.columns:
            if not (col.primary or col.unique):
                continue
            value = row.get(col.name)
            if value is None:
                continue
            for other in table.rows:
                if other is exclude or other is row:
                    continue
                if other.get(col.name) == value:
                    if on_conflict == "nothing":
                        return False
                    raise pg_error(
                        exc.UniqueViolationError,
                        f'duplicate key value violates unique constraint '
                        f'"{table.constraint_name(col)}"',
                        detail=f"Key ({col.name})=({_fmt_value(value)}) already exists.",
                        table_name=table.name,
                        constraint_name=table.constraint_name(col))
        return True

    def _new_row(self, table, provided):
        row = {}
        for col in table.columns:
            if col.name in provided and provided[col.name] is not _DEFAULT:
                row[col.name] = cast(provided[col.name], col.type)
            elif col.serial:
                row[col.name] = table.next_serial(col.name)
            elif col.default is not None:
                row[col.name] = cast(self._ev(col.default, []), col.type)
            else:
                row[col.name] = None
        return row

    def _exec_insert(self, stmt, undo):
        table = stmt.scope[0][1]
        cols = stmt.target_cols
        if stmt.select is not None:
            sources = self._select_rows(stmt.select)
        else:
            sources = [tuple(_DEFAULT if node[0] == "default" else self._ev(node, [])
                             for node in row) for row in stmt.rows]
        inserted = []
        for values in sources:
            row = self._new_row(table, dict(zip(cols, values)))
            if not self._check_row(table, row, on_conflict=stmt.on_conflict):
                continue
            table.rows.append(row)
            undo.append(("insert", table, row))
            inserted.append(row)
        return self._returning(stmt, inserted, f"INSERT 0 {len(inserted)}")

    def _returning(self, stmt, rows, status):
        if stmt.returning is None:
            return Result([], [], status)
        out = [self._project(stmt.returning, stmt.scope, [row], None) for row in rows]
        return Result(stmt.returning_columns, out, status)

    def _exec_update(self, stmt, undo):
        table = stmt.scope[0][1]
        targets = [r for r in table.rows
                   if stmt.where is None or self._ev(stmt.where, [r]) is True]
        updated = []
        for row in targets:
            changes = {}
            for col, node in stmt.assignments:
                column = table.colmap[col]
                if node[0] == "default":
                    changes[col] = cast(self._ev(column.default, []), column.type) \
                        if column.default is not None else None
                else:
                    changes[col] = cast(self._ev(node, [row]), column.type)
            undo.append(("update", row, dict(row)))
            row.update(changes)
            self._check_row(table, row, exclude=row)
            updated.append(row)
        return self._returning(stmt, updated, f"UPDATE {len(updated)}")

    def _exec_delete(self, stmt, undo):
        table = stmt.scope[0][1]
        removed = [(i, r) for i, r in enumerate(table.rows)
                   if stmt.where is None or self._ev(stmt.where, [r]) is True]
        for i, _ in reversed(removed):
            del table.rows[i]
        if removed:
            undo.append(("delete", table, removed))
        return self._returning(stmt, [r for _, r in removed], f"DELETE {len(removed)}")

    def _exec_create(self, stmt, undo):
        if stmt.table in self.db.tables:
            return Result([], [], "CREATE TABLE")     # IF NOT EXISTS (a NOTICE in PG)
        columns = []
        for c in stmt.columns:
            columns.append(Column(c.name, c.type, not_null=c.not_null, unique=c.unique,
                                  primary=c.primary, default=c.default, serial=c.serial))
        table = Table(stmt.table, columns)
        for kind, cols in stmt.constraints:
            if len(cols) == 1:
                col = table.colmap[cols[0]]
                if kind == "PRIMARY":
                    col.primary = col.not_null = True
                elif kind == "UNIQUE":
                    col.unique = True
        self.db.tables[stmt.table] = table
        undo.append(("create", stmt.table))
        return Result([], [], "CREATE TABLE")

    def _exec_drop(self, stmt, undo):
        for name in stmt.tables:
            table = self.db.tables.pop(name, None)
            if table is not None:
                undo.append(("drop", name, table))
        return Result([], [], "DROP TABLE")

    def _exec_truncate(self, stmt, undo):
        for name in stmt.tables:
            table = self.db.tables[name]
            undo.append(("truncate", table, list(table.rows), dict(table.sequences)))
            table.rows.clear()
            if stmt.restart:
                table.sequences = {c: 1 for c in table.sequences}
        return Result([], [], "TRUNCATE TABLE")


_DEFAULT = object()

PLACEHOLDER_NOTE = ("Loopscope hint: asyncpg uses PostgreSQL's $1, $2, ... placeholders, "
                    "not ? or %s.")


def _check_syntax(toks):
    """Raise PostgreSQL's syntax error for statements that are not SQL at all
    (unknown first word, ``?`` or ``%s`` placeholders)."""
    first = toks[0]
    if first.kind != "id" or first.value.upper() not in SQL_COMMANDS:
        raise pg_error(exc.PostgresSyntaxError, f'syntax error at or near "{first.raw}"')
    for i, tok in enumerate(toks):
        culprit = None
        if tok.kind == "op" and tok.value == "?":
            culprit = toks[i + 1] if i + 1 < len(toks) else None
        elif tok.kind == "op" and tok.value == "%" and i + 1 < len(toks) and \
                toks[i + 1].kind == "id" and toks[i + 1].value == "s":
            culprit = tok
        else:
            continue
        where = f'at or near "{culprit.raw}"' if culprit is not None else "at end of input"
        err = pg_error(exc.PostgresSyntaxError, f"syntax error {where}")
        err.add_note(PLACEHOLDER_NOTE)
        raise err


def _guess_from_word(word):
    return {"INSERT": "INSERT 0 0", "UPDATE": "UPDATE 0", "DELETE": "DELETE 0",
            "SELECT": "SELECT 0", "WITH": "SELECT 0"}.get(word, word)

