"""SQL analysis for Loopscope's simulated asyncpg database: resolves tables
and columns, infers ``$n`` parameter types (so argument checks match asyncpg)
and reports PostgreSQL's errors (undefined table/column, GROUP BY rules, ...)
before anything runs.  No real database is involved."""

from . import exceptions as exc
from ._sqlparse import AGGREGATES, Unsupported
from ._types import pg_error, type_of_value

__all__ = ("Analysis",)


def _contains_agg(node):
    if isinstance(node, tuple):
        if node and node[0] == "func" and node[1] in AGGREGATES:
            return True
        return any(_contains_agg(x) for x in node[1:])
    if isinstance(node, list):
        return any(_contains_agg(x) for x in node)
    return False


def _known(t):
    return None if t in (None, "unknown") else t


class Analysis:
    """Mixin of Executor: the analysis phase."""

    def _table(self, name):
        table = self.db.tables.get(name)
        if table is None:
            raise pg_error(exc.UndefinedTableError, f'relation "{name}" does not exist')
        return table

    def _resolve(self, scope, name, qual):
        if qual is not None:
            for i, (alias, table) in enumerate(scope):
                if alias == qual:
                    if name in table.colmap:
                        return i, table.colmap[name]
                    raise pg_error(exc.UndefinedColumnError,
                                   f"column {qual}.{name} does not exist")
            raise pg_error(exc.UndefinedTableError,
                           f'missing FROM-clause entry for table "{qual}"')
        hits = [(i, t.colmap[name]) for i, (_, t) in enumerate(scope) if name in t.colmap]
        if not hits:
            raise pg_error(exc.UndefinedColumnError, f'column "{name}" does not exist')
        if len(hits) > 1:
            raise pg_error(exc.AmbiguousColumnError, f'column reference "{name}" is ambiguous')
        return hits[0]

    def _analyze(self, stmt, max_param=0):
        self.ptypes = {}
        self.colidx = {}
        self.max_param = max_param
        getattr(self, "_analyze_" + stmt.kind)(stmt)

    def _expr(self, node, scope, expect=None):
        k = node[0]
        if k == "lit":
            v = node[1]
            return "unknown" if v is None or isinstance(v, str) else type_of_value(v)
        if k == "param":
            n = node[1]
            if _known(expect) and n not in self.ptypes:
                self.ptypes[n] = expect
            return self.ptypes.get(n)
        if k == "col":
            idx, col = self._resolve(scope, node[1], node[2])
            self.colidx[id(node)] = idx
            return col.type
        if k == "star":
            raise Unsupported("'*' is only supported in the select list")
        if k == "default":
            return expect
        if k == "cast":
            self._expr(node[1], scope, node[2])
            return node[2]
        if k in ("arith", "cmp"):
            op, left, right = node[1], node[2], node[3]
            if op == "||":
                self._expr(left, scope, "text")
                self._expr(right, scope, "text")
                return "text"
            lt = self._expr(left, scope)
            rt = self._expr(right, scope, _known(lt))
            if not _known(lt):
                lt = self._expr(left, scope, _known(rt)) or lt
            return "bool" if k == "cmp" else (_known(lt) or _known(rt))
        if k == "anycmp":
            lt = self._expr(node[2], scope)
            at = self._expr(node[3], scope, _known(lt) and lt + "[]")
            if not _known(lt) and _known(at) and at.endswith("[]"):
                self._expr(node[2], scope, at[:-2])
            return "bool"
        if k in ("and", "or"):
            self._expr(node[1], scope, "bool")
            self._expr(node[2], scope, "bool")
            return "bool"
        if k == "not":
            self._expr(node[1], scope, "bool")
            return "bool"
        if k == "neg":
            return self._expr(node[1], scope, expect)
        if k == "isnull":
            self._expr(node[1], scope)
            return "bool"
        if k == "istruth":
            self._expr(node[1], scope, "bool")
            return "bool"
        if k == "like":
            self._expr(node[1], scope, "text")
            self._expr(node[2], scope, "text")
            return "bool"
        if k == "in":
            t = self._expr(node[1], scope)
            for item in node[2]:
                t2 = self._expr(item, scope, _known(t))
                t = _known(t) or _known(t2)
            if t:
                self._expr(node[1], scope, t)
            return "bool"
        if k == "between":
            t = self._expr(node[1], scope)
            self._expr(node[2], scope, _known(t))
            self._expr(node[3], scope, _known(t))
            return "bool"
        if k == "case":
            base, whens, default = node[1], node[2], node[3]
            bt = self._expr(base, scope) if base is not None else None
            result = None
            for cond, value in whens:
                self._expr(cond, scope, _known(bt) if base is not None else "bool")
                result = _known(result) or _known(self._expr(value, scope, _known(result)))
            return _known(result) or _known(self._expr(default, scope, _known(result)))
        if k == "func":
            return self._func_type(node, scope)
        raise Unsupported(f"expression {k}")

    def _func_type(self, node, scope):
        name, args = node[1], node[2]
        if name == "count":
            for a in args:
                self._expr(a, scope)
            return "int8"
        if name in ("sum", "avg", "min", "max", "array_agg", "bool_and", "bool_or"):
            t = self._expr(args[0], scope, "bool" if name.startswith("bool") else None) \
                if args else None
            if name == "sum":
                return "int8" if t in ("int2", "int4") else ("numeric" if t == "int8" else t)
            if name == "avg":
                return "float8" if t in ("float4", "float8") else "numeric"
            if name in ("bool_and", "bool_or"):
                return "bool"
            return "array" if name == "array_agg" else t
        if name == "string_agg":
            for a in args:
                self._expr(a, scope, "text")
            return "text"
        if name == "pg_sleep":
            for a in args:
                self._expr(a, scope, "float8")
            return "void"
        if name in ("lower", "upper", "trim", "btrim", "ltrim", "rtrim", "replace",
                    "length", "char_length"):
            for a in args:
                self._expr(a, scope, "text")
            return "int4" if name in ("length", "char_length") else "text"
        if name in ("coalesce", "greatest", "least", "nullif", "abs", "round", "floor",
                    "ceil", "ceiling"):
            t = None
            for a in args:
                t = _known(t) or _known(self._expr(a, scope, _known(t)))
            for a in args:
                self._expr(a, scope, t)
            return t
        for a in args:
            self._expr(a, scope)
        return {"now": "timestamptz", "current_timestamp": "timestamptz",
                "current_date": "date", "random": "float8",
                "gen_random_uuid": "uuid"}.get(name, "text")

    def _finish_params(self):
        for n in range(1, self.max_param + 1):
            self.ptypes.setdefault(n, "text")

    def _scope_for(self, sources):
        scope = []
        for src in sources:
            table = self._table(src.name)
            if any(alias == src.alias for alias, _ in scope):
                raise pg_error(exc.DuplicateAliasError,
                               f'table name "{src.alias}" specified more than once')
            scope.append((src.alias, table))
            if src.on is not None:
                self._expr(src.on, scope, "bool")
        return scope

    def _items(self, items, scope):
        names = []
        for node, alias in items:
            if node[0] == "star":
                qual = node[1]
                if not scope:
                    raise pg_error(exc.PostgresSyntaxError,
                                   "SELECT * with no tables specified is not valid")
                if qual is not None and all(a != qual for a, _ in scope):
                    raise pg_error(exc.UndefinedTableError,
                                   f'missing FROM-clause entry for table "{qual}"')
                for a, table in scope:
                    if qual is None or a == qual:
                        names.extend(c.name for c in table.columns)
                continue
            t = self._expr(node, scope)
            if node[0] == "param" and node[1] not in self.ptypes:
                self.ptypes[node[1]] = "text"
            names.append(alias or self._column_name(node, t))
        return names

    @staticmethod
    def _column_name(node, t):
        k = node[0]
        if k == "col":
            return node[1]
        if k == "func":
            return node[1]
        if k == "cast":
            inner = node[1]
            if inner[0] in ("col", "func"):
                return inner[1]
            return node[2]
        if k == "case":
            return "case"
        return "?column?"

    def _analyze_select(self, stmt):
        scope = self._scope_for(stmt.sources)
        stmt.scope = scope
        stmt.columns = self._items(stmt.items, scope)
        if stmt.where is not None:
            if _contains_agg(stmt.where):
                raise pg_error(exc.GroupingError,
                               "aggregate functions are not allowed in WHERE")
            self._expr(stmt.where, scope, "bool")
        group = []
        for g in stmt.group:
            if g[0] == "lit" and isinstance(g[1], int):
                if not 1 <= g[1] <= len(stmt.items) or stmt.items[g[1] - 1][0][0] == "star":
                    raise pg_error(exc.InvalidColumnReferenceError,
                                   f"GROUP BY position {g[1]} is not in select list")
                g = stmt.items[g[1] - 1][0]
            else:
                self._expr(g, scope)
            group.append(g)
        stmt.group = group
        if stmt.having is not None:
            self._expr(stmt.having, scope, "bool")
        stmt.order_keys = []
        for node, desc, nulls_first in stmt.order:
            if node[0] == "lit" and isinstance(node[1], int):
                if not 1 <= node[1] <= len(stmt.columns):
                    raise pg_error(exc.InvalidColumnReferenceError,
                                   f"ORDER BY position {node[1]} is not in select list")
                stmt.order_keys.append(("pos", node[1] - 1, desc, nulls_first))
            elif node[0] == "col" and node[2] is None and node[1] in stmt.columns and \
                    not any(node[1] in t.colmap for _, t in scope):
                stmt.order_keys.append(("pos", stmt.columns.index(node[1]), desc, nulls_first))
            else:
                self._expr(node, scope)
                stmt.order_keys.append(("expr", node, desc, nulls_first))
        for node in (stmt.limit, stmt.offset):
            if node is not None:
                self._expr(node, [], "int8")
        stmt.grouped = bool(group) or stmt.having is not None or any(
            _contains_agg(node) for node, _ in stmt.items) or any(
            _contains_agg(node) for node, _, _ in stmt.order)
        if stmt.grouped:
            self._check_grouping(stmt)
        self._finish_params()

    def _norm(self, node):
        if not isinstance(node, tuple):
            return node
        if node and node[0] == "col":
            return ("colref", self.colidx.get(id(node)), node[1])
        return tuple(self._norm(x) if isinstance(x, tuple) else
                     [self._norm(y) for y in x] if isinstance(x, list) else x
                     for x in node)

    def _check_grouping(self, stmt):
        group = {repr(self._norm(g)) for g in stmt.group}
        pk_ok = set()
        for g in stmt.group:
            if g[0] == "col":
                idx = self.colidx.get(id(g))
                if idx is not None and stmt.scope[idx][1].colmap[g[1]].primary:
                    pk_ok.add(idx)

        def check(node):
            if isinstance(node, list):
                for x in node:
                    check(x)
                return
            if not isinstance(node, tuple) or not node:
                return
            if not isinstance(node[0], str):       # (condition, value) pairs of CASE
                for x in node:
                    check(x)
                return
            if repr(self._norm(node)) in group:
                return
            if node[0] == "func" and node[1] in AGGREGATES:
                return
            if node[0] == "col":
                idx = self.colidx.get(id(node))
                if idx in pk_ok:
                    return
                alias = stmt.scope[idx][0]
                raise pg_error(exc.GroupingError,
                               f'column "{alias}.{node[1]}" must appear in the GROUP BY '
                               f"clause or be used in an aggregate function")
            for x in node[1:]:
                check(x)

        for node, _ in stmt.items:
            if node[0] == "star":
                for idx, (alias, table) in enumerate(stmt.scope):
                    if (node[1] is None or node[1] == alias) and idx not in pk_ok:
                        raise pg_error(exc.GroupingError,
                                       f'column "{alias}.{table.columns[0].name}" must '
                                       f"appear in the GROUP BY clause or be used in an "
                                       f"aggregate function")
            else:
                check(node)
        if stmt.having is not None:
            check(stmt.having)
        for kind, node, _, _ in stmt.order_keys:
            if kind == "expr":
                check(node)

    def _analyze_insert(self, stmt):
        table = self._table(stmt.table)
        stmt.scope = [(stmt.alias, table)]
        cols = stmt.columns if stmt.columns is not None else [c.name for c in table.columns]
        seen = set()
        for c in cols:
            if c not in table.colmap:
                raise pg_error(exc.UndefinedColumnError,
                               f'column "{c}" of relation "{table.name}" does not exist')
            if c in seen:
                raise pg_error(exc.DuplicateColumnError, f'column "{c}" specified more than once')
            seen.add(c)
        if stmt.select is not None:
            self._analyze_select(stmt.select)
            width = len(stmt.select.columns)
            stmt.width_check = width
        else:
            for row in stmt.rows:
                if len(row) > len(cols):
                    raise pg_error(exc.PostgresSyntaxError,
                                   "INSERT has more expressions than target columns")
                if stmt.columns is not None and len(row) < len(cols):
                    raise pg_error(exc.PostgresSyntaxError,
                                   "INSERT has more target columns than expressions")
                for j, node in enumerate(row):
                    self._expr(node, [], table.colmap[cols[j]].type)
        stmt.target_cols = cols
        if stmt.select is not None and len(stmt.select.columns) > len(cols):
            raise pg_error(exc.PostgresSyntaxError,
                           "INSERT has more expressions than target columns")
        if stmt.returning is not None:
            stmt.returning_columns = self._items(stmt.returning, stmt.scope)
        self._finish_params()

    def _analyze_update(self, stmt):
        table = self._table(stmt.table)
        stmt.scope = [(stmt.alias, table)]
        for col, node in stmt.assignments:
            if col not in table.colmap:
                raise pg_error(exc.UndefinedColumnError,
                               f'column "{col}" of relation "{table.name}" does not exist')
            self._expr(node, stmt.scope, table.colmap[col].type)
        if stmt.where is not None:
            self._expr(stmt.where, stmt.scope, "bool")
        if stmt.returning is not None:
            stmt.returning_columns = self._items(stmt.returning, stmt.scope)
        self._finish_params()

    def _analyze_delete(self, stmt):
        table = self._table(stmt.table)
        stmt.scope = [(stmt.alias, table)]
        if stmt.where is not None:
            self._expr(stmt.where, stmt.scope, "bool")
        if stmt.returning is not None:
            stmt.returning_columns = self._items(stmt.returning, stmt.scope)
        self._finish_params()

    def _analyze_create(self, stmt):
        if stmt.table in self.db.tables and not stmt.if_not_exists:
            raise pg_error(exc.DuplicateTableError, f'relation "{stmt.table}" already exists')
        seen = set()
        for col in stmt.columns:
            if col.name in seen:
                raise pg_error(exc.DuplicateColumnError,
                               f'column "{col.name}" specified more than once')
            seen.add(col.name)
        for kind, cols in stmt.constraints:
            for c in cols:
                if c not in seen:
                    raise pg_error(exc.UndefinedColumnError,
                                   f'column "{c}" named in key does not exist')

    def _analyze_drop(self, stmt):
        for name in stmt.tables:
            if name not in self.db.tables and not stmt.if_exists:
                raise pg_error(exc.UndefinedTableError, f'table "{name}" does not exist')

    def _analyze_truncate(self, stmt):
        for name in stmt.tables:
            self._table(name)
