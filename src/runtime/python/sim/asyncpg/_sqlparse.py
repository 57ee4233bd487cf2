"""A small SQL parser for Loopscope's simulated asyncpg database.

It understands the subset of PostgreSQL that guide snippets use (see
``_fakedb`` for the list).  Anything else raises :class:`Unsupported`, and
the fake database then answers with an empty result instead of crashing.
No real database is involved.
"""

import re
from decimal import Decimal
from types import SimpleNamespace as Node

__all__ = ("Unsupported", "tokenize", "split_statements", "parse_statement",
           "canonical_type", "AGGREGATES", "SCALAR_FUNCTIONS")


class Unsupported(Exception):
    """The statement uses SQL the simulation does not understand."""


class Tok:
    __slots__ = ("kind", "value", "raw")

    def __init__(self, kind, value, raw):
        self.kind = kind      # id | qid | str | num | param | op | eof
        self.value = value
        self.raw = raw

    def __repr__(self):
        return f"Tok({self.kind}, {self.value!r})"


_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+|--[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^']|'')*')
  | (?P<qid>"(?:[^"]|"")+")
  | (?P<num>(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?)
  | (?P<param>\$\d+)
  | (?P<id>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<op>::|<=|>=|<>|!=|\|\||[-+*/%=<>(),;.\[\]?@#^&~!|])
""", re.X | re.S)


def tokenize(sql):
    tokens = []
    pos = 0
    while pos < len(sql):
        m = _TOKEN_RE.match(sql, pos)
        if m is None:
            raise Unsupported(f"unexpected character {sql[pos]!r}")
        pos = m.end()
        kind = m.lastgroup
        raw = m.group()
        if kind == "ws":
            continue
        if kind == "str":
            tokens.append(Tok("str", raw[1:-1].replace("''", "'"), raw))
        elif kind == "qid":
            tokens.append(Tok("qid", raw[1:-1].replace('""', '"'), raw))
        elif kind == "num":
            if re.fullmatch(r"\d+", raw):
                value = int(raw)
            else:
                value = Decimal(raw)
            tokens.append(Tok("num", value, raw))
        elif kind == "param":
            tokens.append(Tok("param", int(raw[1:]), raw))
        elif kind == "id":
            tokens.append(Tok("id", raw.lower(), raw))
        else:
            tokens.append(Tok("op", raw, raw))
    return tokens


def split_statements(tokens):
    """Split on top-level ';'; empty statements are dropped."""
    stmts, cur = [], []
    for tok in tokens:
        if tok.kind == "op" and tok.value == ";":
            if cur:
                stmts.append(cur)
            cur = []
        else:
            cur.append(tok)
    if cur:
        stmts.append(cur)
    return stmts


_TYPE_ALIASES = {
    "int": "int4", "integer": "int4", "int4": "int4", "serial": "int4", "serial4": "int4",
    "bigint": "int8", "int8": "int8", "bigserial": "int8", "serial8": "int8",
    "smallint": "int2", "int2": "int2", "smallserial": "int2", "serial2": "int2",
    "real": "float4", "float4": "float4",
    "double precision": "float8", "float8": "float8", "float": "float8",
    "numeric": "numeric", "decimal": "numeric",
    "text": "text", "citext": "text", "varchar": "varchar", "character varying": "varchar",
    "char": "bpchar", "character": "bpchar", "bpchar": "bpchar", "name": "name",
    "bool": "bool", "boolean": "bool",
    "date": "date", "timestamp": "timestamp", "timestamptz": "timestamptz",
    "time": "time", "timetz": "timetz", "interval": "interval",
    "json": "json", "jsonb": "jsonb", "uuid": "uuid", "bytea": "bytea",
}

SERIAL_TYPES = {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"}


def canonical_type(name):
    if name.endswith("[]"):
        return canonical_type(name[:-2]) + "[]"
    return _TYPE_ALIASES.get(name, name)


AGGREGATES = {"count", "sum", "avg", "min", "max", "array_agg", "string_agg",
              "bool_and", "bool_or"}
SCALAR_FUNCTIONS = {
    "now", "current_timestamp", "current_date", "version", "current_database",
    "current_user", "pg_sleep", "lower", "upper", "length", "char_length", "coalesce",
    "concat", "abs", "round", "floor", "ceil", "ceiling", "random", "gen_random_uuid",
    "greatest", "least", "nullif", "trim", "btrim", "ltrim", "rtrim", "replace",
}

_RESERVED = {
    "FROM", "WHERE", "GROUP", "ORDER", "LIMIT", "OFFSET", "HAVING", "UNION", "INTERSECT",
    "EXCEPT", "FOR", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "CROSS", "ON", "USING",
    "AS", "INTO", "RETURNING", "SET", "VALUES", "AND", "OR", "NOT", "IS", "IN", "LIKE",
    "ILIKE", "BETWEEN", "ASC", "DESC", "NULLS", "FETCH", "WINDOW", "CONFLICT", "DO",
    "SELECT", "WHEN", "THEN", "ELSE", "END", "NATURAL", "OUTER", "DEFAULT",
}

_CMP_OPS = {"=", "<>", "!=", "<", "<=", ">", ">="}


class Parser:
    def __init__(self, tokens):
        self.toks = list(tokens) + [Tok("eof", None, "")]
        self.i = 0
        self.max_param = 0

    # -- token helpers ------------------------------------------------
    def peek(self, k=0):
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def next(self):
        tok = self.toks[self.i]
        if tok.kind != "eof":
            self.i += 1
        return tok

    def at_kw(self, *words, k=0):
        tok = self.peek(k)
        return tok.kind == "id" and tok.value.upper() in words

    def accept_kw(self, *words):
        if self.at_kw(*words):
            return self.next().value.upper()
        return None

    def expect_kw(self, *words):
        got = self.accept_kw(*words)
        if got is None:
            raise Unsupported(f"expected {'/'.join(words)} near {self.peek().raw!r}")
        return got

    def at_op(self, *ops, k=0):
        tok = self.peek(k)
        return tok.kind == "op" and tok.value in ops

    def accept_op(self, *ops):
        if self.at_op(*ops):
            return self.next().value
        return None

    def expect_op(self, op):
        if not self.accept_op(op):
            raise Unsupported(f"expected {op!r} near {self.peek().raw!r}")

    def at_end(self):
        return self.peek().kind == "eof"

    def expect_end(self):
        if not self.at_end():
            raise Unsupported(f"unexpected {self.peek().raw!r}")

    def ident(self):
        tok = self.next()
        if tok.kind in ("id", "qid"):
            return tok.value
        raise Unsupported(f"expected a name near {tok.raw!r}")

    def table_name(self):
        name = self.ident()
        if self.accept_op("."):          # schema.table -> table
            name = self.ident()
        return name

    def skip_parens(self):
        """Skip a balanced (...) group starting at the current '('."""
        self.expect_op("(")
        depth = 1
        while depth:
            tok = self.next()
            if tok.kind == "eof":
                raise Unsupported("unbalanced parentheses")
            if tok.kind == "op" and tok.value == "(":
                depth += 1
            elif tok.kind == "op" and tok.value == ")":
                depth -= 1

    def typename(self):
        name = self.ident()
        if name == "double" and self.accept_kw("PRECISION"):
            name = "double precision"
        elif name in ("character", "char") and self.accept_kw("VARYING"):
            name = "varchar"
        if self.at_op("("):
            self.skip_parens()
        if name in ("timestamp", "time"):
            if self.accept_kw("WITH"):
                self.expect_kw("TIME")
                self.expect_kw("ZONE")
                name += "tz"
            elif self.accept_kw("WITHOUT"):
                self.expect_kw("TIME")
                self.expect_kw("ZONE")
        while self.accept_op("["):
            self.expect_op("]")
            if not name.endswith("[]"):
                name += "[]"
        return name

    # -- expressions --------------------------------------------------
    def expr(self):
        return self.or_expr()

    def or_expr(self):
        node = self.and_expr()
        while self.accept_kw("OR"):
            node = ("or", node, self.and_expr())
        return node

    def and_expr(self):
        node = self.not_expr()
        while self.accept_kw("AND"):
            node = ("and", node, self.not_expr())
        return node

    def not_expr(self):
        if self.accept_kw("NOT"):
            return ("not", self.not_expr())
        return self.comparison()

    def comparison(self):
        node = self.additive()
        while True:
            op = self.accept_op(*_CMP_OPS)
            if op:
                op = "<>" if op == "!=" else op
                if self.at_kw("ANY", "ALL", "SOME") and self.at_op("(", k=1):
                    quantifier = self.next().value.upper()
                    self.expect_op("(")
                    if self.at_kw("SELECT"):
                        raise Unsupported("subqueries are not supported")
                    inner = self.expr()
                    self.expect_op(")")
                    node = ("anycmp", op, node, inner, quantifier == "ALL")
                else:
                    node = ("cmp", op, node, self.additive())
                continue
            if self.accept_kw("IS"):
                neg = bool(self.accept_kw("NOT"))
                word = self.expect_kw("NULL", "TRUE", "FALSE")
                if word == "NULL":
                    node = ("isnull", node, neg)
                else:
                    node = ("istruth", node, word == "TRUE", neg)
                continue
            neg = False
            if self.at_kw("NOT") and self.at_kw("LIKE", "ILIKE", "IN", "BETWEEN", k=1):
                self.next()
                neg = True
            word = self.accept_kw("LIKE", "ILIKE", "IN", "BETWEEN")
            if word in ("LIKE", "ILIKE"):
                node = ("like", node, self.additive(), word == "ILIKE", neg)
            elif word == "IN":
                self.expect_op("(")
                if self.at_kw("SELECT"):
                    raise Unsupported("subqueries are not supported")
                items = [self.expr()]
                while self.accept_op(","):
                    items.append(self.expr())
                self.expect_op(")")
                node = ("in", node, items, neg)
            elif word == "BETWEEN":
                lo = self.additive()
                self.expect_kw("AND")
                hi = self.additive()
                node = ("between", node, lo, hi, neg)
            else:
                return node

    def additive(self):
        node = self.multiplicative()
        while True:
            op = self.accept_op("+", "-", "||")
            if not op:
                return node
            node = ("arith", op, node, self.multiplicative())

    def multiplicative(self):
        node = self.unary()
        while True:
            op = self.accept_op("*", "/", "%")
            if not op:
                return node
            node = ("arith", op, node, self.unary())

    def unary(self):
        if self.accept_op("-"):
            inner = self.unary()
            if inner[0] == "lit" and isinstance(inner[1], (int, Decimal)):
                return ("lit", -inner[1])
            return ("neg", inner)
        if self.accept_op("+"):
            return self.unary()
        return self.postfix()

    def postfix(self):
        node = self.primary()
        while self.accept_op("::"):
            node = ("cast", node, canonical_type(self.typename()))
        return node

    def primary(self):
        tok = self.peek()
        if tok.kind == "num":
            self.next()
            return ("lit", tok.value)
        if tok.kind == "str":
            self.next()
            return ("lit", tok.value)
        if tok.kind == "param":
            self.next()
            self.max_param = max(self.max_param, tok.value)
            return ("param", tok.value)
        if tok.kind == "op" and tok.value == "(":
            self.next()
            if self.at_kw("SELECT", "WITH", "VALUES"):
                raise Unsupported("subqueries are not supported")
            node = self.expr()
            if self.at_op(","):
                raise Unsupported("row constructors are not supported")
            self.expect_op(")")
            return node
        if tok.kind == "qid":
            return self.column_ref()
        if tok.kind != "id":
            raise Unsupported(f"unexpected {tok.raw!r}")
        word = tok.value.upper()
        if word == "NULL":
            self.next()
            return ("lit", None)
        if word in ("TRUE", "FALSE"):
            self.next()
            return ("lit", word == "TRUE")
        if word in ("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_USER", "LOCALTIMESTAMP",
                    "SESSION_USER") and not self.at_op("(", k=1):
            self.next()
            name = {"LOCALTIMESTAMP": "now", "SESSION_USER": "current_user"}.get(
                word, word.lower())
            return ("func", name, [], False, False)
        if word == "CAST":
            self.next()
            self.expect_op("(")
            inner = self.expr()
            self.expect_kw("AS")
            typ = canonical_type(self.typename())
            self.expect_op(")")
            return ("cast", inner, typ)
        if word == "CASE":
            return self.case_expr()
        if word in ("EXISTS", "ARRAY", "INTERVAL", "ROW"):
            raise Unsupported(f"{word} is not supported")
        if word in ("DATE", "TIMESTAMP", "TIMESTAMPTZ") and self.peek(1).kind == "str":
            self.next()
            text = self.next().value
            return ("cast", ("lit", text), canonical_type(word.lower()))
        if self.at_op("(", k=1):
            return self.func_call()
        if word in _RESERVED:
            raise Unsupported(f"unexpected keyword {word}")
        return self.column_ref()

    def case_expr(self):
        self.expect_kw("CASE")
        base = None
        if not self.at_kw("WHEN"):
            base = self.expr()
        whens = []
        while self.accept_kw("WHEN"):
            cond = self.expr()
            self.expect_kw("THEN")
            whens.append((cond, self.expr()))
        if not whens:
            raise Unsupported("CASE without WHEN")
        default = ("lit", None)
        if self.accept_kw("ELSE"):
            default = self.expr()
        self.expect_kw("END")
        return ("case", base, whens, default)

    def func_call(self):
        name = self.ident()
        self.expect_op("(")
        if name not in AGGREGATES and name not in SCALAR_FUNCTIONS:
            raise Unsupported(f"function {name}() is not simulated")
        if name == "count" and self.accept_op("*"):
            self.expect_op(")")
            return ("func", name, [], True, False)
        distinct = bool(self.accept_kw("DISTINCT"))
        args = []
        if not self.at_op(")"):
            args.append(self.expr())
            while self.accept_op(","):
                args.append(self.expr())
        if self.at_kw("ORDER"):
            raise Unsupported("ordered aggregates are not supported")
        self.expect_op(")")
        if self.at_kw("OVER", "FILTER"):
            raise Unsupported("window functions are not supported")
        return ("func", name, args, False, distinct)

    def column_ref(self):
        first = self.ident()
        if self.accept_op("."):
            if self.accept_op("*"):
                return ("star", first)
            return ("col", self.ident(), first)
        return ("col", first, None)

    # -- statements ---------------------------------------------------
    def select_items(self):
        items = []
        while True:
            if self.accept_op("*"):
                items.append((("star", None), None))
            else:
                node = self.expr()
                alias = None
                if self.accept_kw("AS"):
                    alias = self.ident()
                elif self.peek().kind == "qid" or (
                        self.peek().kind == "id" and self.peek().value.upper() not in _RESERVED):
                    alias = self.ident()
                items.append((node, alias))
            if not self.accept_op(","):
                return items

    def table_ref(self):
        name = self.table_name()
        alias = None
        if self.accept_kw("AS"):
            alias = self.ident()
        elif self.peek().kind == "qid" or (
                self.peek().kind == "id" and self.peek().value.upper() not in _RESERVED):
            alias = self.ident()
        if self.at_op("("):
            raise Unsupported("column alias lists are not supported")
        return Node(name=name, alias=alias or name, join=None, on=None)

    def from_clause(self):
        if self.at_op("("):
            raise Unsupported("subqueries in FROM are not supported")
        sources = [self.table_ref()]
        while True:
            if self.accept_op(","):
                src = self.table_ref()
                src.join = "cross"
                sources.append(src)
                continue
            if self.accept_kw("NATURAL"):
                raise Unsupported("NATURAL JOIN is not supported")
            if self.accept_kw("CROSS"):
                self.expect_kw("JOIN")
                src = self.table_ref()
                src.join = "cross"
                sources.append(src)
                continue
            kind = None
            if self.accept_kw("JOIN"):
                kind = "inner"
            elif self.accept_kw("INNER"):
                self.expect_kw("JOIN")
                kind = "inner"
            elif self.accept_kw("LEFT"):
                self.accept_kw("OUTER")
                self.expect_kw("JOIN")
                kind = "left"
            elif self.at_kw("RIGHT", "FULL"):
                raise Unsupported("RIGHT/FULL JOIN is not supported")
            if kind is None:
                return sources
            src = self.table_ref()
            src.join = kind
            if self.accept_kw("USING"):
                raise Unsupported("JOIN ... USING is not supported")
            self.expect_kw("ON")
            src.on = self.expr()
            sources.append(src)

    def select(self):
        self.expect_kw("SELECT")
        distinct = False
        if self.accept_kw("DISTINCT"):
            if self.at_kw("ON"):
                raise Unsupported("DISTINCT ON is not supported")
            distinct = True
        else:
            self.accept_kw("ALL")
        items = self.select_items()
        stmt = Node(kind="select", items=items, distinct=distinct, sources=[], where=None,
                    group=[], having=None, order=[], limit=None, offset=None)
        if self.accept_kw("INTO"):
            raise Unsupported("SELECT INTO is not supported")
        if self.accept_kw("FROM"):
            stmt.sources = self.from_clause()
        if self.accept_kw("WHERE"):
            stmt.where = self.expr()
        if self.accept_kw("GROUP"):
            self.expect_kw("BY")
            stmt.group.append(self.expr())
            while self.accept_op(","):
                stmt.group.append(self.expr())
        if self.accept_kw("HAVING"):
            stmt.having = self.expr()
        if self.at_kw("UNION", "INTERSECT", "EXCEPT", "WINDOW"):
            raise Unsupported("set operations are not supported")
        if self.accept_kw("ORDER"):
            self.expect_kw("BY")
            while True:
                node = self.expr()
                desc = self.accept_kw("ASC", "DESC") == "DESC"
                nulls_first = desc
                if self.accept_kw("NULLS"):
                    nulls_first = self.expect_kw("FIRST", "LAST") == "FIRST"
                stmt.order.append((node, desc, nulls_first))
                if not self.accept_op(","):
                    break
        for _ in range(2):
            if self.accept_kw("LIMIT"):
                stmt.limit = None if self.accept_kw("ALL") else self.expr()
            if self.accept_kw("OFFSET"):
                stmt.offset = self.expr()
                self.accept_kw("ROW", "ROWS")
        if self.accept_kw("FOR"):
            self.expect_kw("UPDATE", "SHARE", "NO", "KEY")
            while self.accept_kw("UPDATE", "SHARE", "KEY", "SKIP", "LOCKED", "NOWAIT", "OF"):
                pass
        return stmt

    def returning(self):
        if self.accept_kw("RETURNING"):
            return self.select_items()
        return None

    def insert(self):
        self.expect_kw("INSERT")
        self.expect_kw("INTO")
        ref = self.table_ref_for_dml()
        columns = None
        if self.at_op("(") and not self.at_kw("SELECT", k=1):
            self.expect_op("(")
            columns = [self.ident()]
            while self.accept_op(","):
                columns.append(self.ident())
            self.expect_op(")")
        stmt = Node(kind="insert", table=ref.name, alias=ref.alias, columns=columns,
                    rows=[], select=None, on_conflict=None, returning=None)
        if self.accept_kw("DEFAULT"):
            self.expect_kw("VALUES")
            stmt.rows = [[]]
        elif self.accept_kw("VALUES"):
            while True:
                self.expect_op("(")
                row = [self.value_expr()]
                while self.accept_op(","):
                    row.append(self.value_expr())
                self.expect_op(")")
                stmt.rows.append(row)
                if not self.accept_op(","):
                    break
        elif self.at_kw("SELECT"):
            stmt.select = self.select()
        else:
            raise Unsupported("INSERT needs VALUES or SELECT")
        if self.accept_kw("ON"):
            self.expect_kw("CONFLICT")
            if self.at_op("("):
                self.skip_parens()
            self.expect_kw("DO")
            self.expect_kw("NOTHING")
            stmt.on_conflict = "nothing"
        stmt.returning = self.returning()
        return stmt

    def value_expr(self):
        if self.accept_kw("DEFAULT"):
            return ("default",)
        return self.expr()

    def table_ref_for_dml(self):
        name = self.table_name()
        alias = name
        if self.accept_kw("AS"):
            alias = self.ident()
        elif self.peek().kind == "id" and self.peek().value.upper() not in _RESERVED:
            alias = self.ident()
        return Node(name=name, alias=alias)

    def update(self):
        self.expect_kw("UPDATE")
        self.accept_kw("ONLY")
        ref = self.table_ref_for_dml()
        self.expect_kw("SET")
        assignments = []
        while True:
            col = self.ident()
            if self.at_op("."):
                raise Unsupported("qualified SET targets are not supported")
            self.expect_op("=")
            assignments.append((col, self.value_expr()))
            if not self.accept_op(","):
                break
        if self.at_kw("FROM"):
            raise Unsupported("UPDATE ... FROM is not supported")
        where = self.expr() if self.accept_kw("WHERE") else None
        return Node(kind="update", table=ref.name, alias=ref.alias, assignments=assignments,
                    where=where, returning=self.returning())

    def delete(self):
        self.expect_kw("DELETE")
        self.expect_kw("FROM")
        self.accept_kw("ONLY")
        ref = self.table_ref_for_dml()
        if self.at_kw("USING"):
            raise Unsupported("DELETE ... USING is not supported")
        where = self.expr() if self.accept_kw("WHERE") else None
        return Node(kind="delete", table=ref.name, alias=ref.alias, where=where,
                    returning=self.returning())

    def create_table(self):
        self.expect_kw("CREATE")
        if self.accept_kw("TEMP", "TEMPORARY", "UNLOGGED"):
            pass
        self.expect_kw("TABLE")
        if_not_exists = False
        if self.accept_kw("IF"):
            self.expect_kw("NOT")
            self.expect_kw("EXISTS")
            if_not_exists = True
        name = self.table_name()
        self.expect_op("(")
        columns, constraints = [], []
        while True:
            if self.at_kw("PRIMARY", "UNIQUE", "CONSTRAINT", "FOREIGN", "CHECK", "EXCLUDE"):
                constraints.append(self.table_constraint())
            else:
                columns.append(self.column_def())
            if self.accept_op(","):
                continue
            self.expect_op(")")
            break
        return Node(kind="create", table=name, if_not_exists=if_not_exists,
                    columns=columns, constraints=constraints)

    def table_constraint(self):
        if self.accept_kw("CONSTRAINT"):
            self.ident()
        word = self.expect_kw("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "EXCLUDE")
        cols = []
        if word == "PRIMARY":
            self.expect_kw("KEY")
        if word in ("PRIMARY", "UNIQUE") and self.accept_op("("):
            cols.append(self.ident())
            while self.accept_op(","):
                cols.append(self.ident())
            self.expect_op(")")
        self.skip_to_comma()
        return (word, cols)

    def skip_to_comma(self):
        while not self.at_end() and not self.at_op(",", ")"):
            if self.at_op("("):
                self.skip_parens()
            else:
                self.next()

    def column_def(self):
        name = self.ident()
        raw_type = self.typename()
        col = Node(name=name, raw_type=raw_type, type=canonical_type(raw_type),
                   serial=raw_type in SERIAL_TYPES, not_null=raw_type in SERIAL_TYPES,
                   primary=False, unique=False, default=None)
        while not self.at_end() and not self.at_op(",", ")"):
            if self.accept_kw("PRIMARY"):
                self.expect_kw("KEY")
                col.primary = col.not_null = True
            elif self.accept_kw("NOT"):
                self.expect_kw("NULL")
                col.not_null = True
            elif self.accept_kw("NULL"):
                pass
            elif self.accept_kw("UNIQUE"):
                col.unique = True
            elif self.accept_kw("DEFAULT"):
                start = self.i
                try:
                    col.default = self.additive()
                except Unsupported:       # e.g. DEFAULT nextval('seq'): ignore it
                    self.i = start
                    col.default = None
                    self.skip_to_comma()
            elif self.accept_kw("GENERATED"):
                self.accept_kw("ALWAYS", "BY")
                self.accept_kw("DEFAULT")
                self.expect_kw("AS")
                if self.accept_kw("IDENTITY"):
                    col.serial = col.not_null = True
                    if self.at_op("("):
                        self.skip_parens()
                else:
                    raise Unsupported("generated columns are not supported")
            elif self.at_op("("):
                self.skip_parens()
            else:
                self.next()     # REFERENCES x, CHECK, COLLATE, ON DELETE ... (ignored)
        return col

    def drop_table(self):
        self.expect_kw("DROP")
        self.expect_kw("TABLE")
        if_exists = False
        if self.accept_kw("IF"):
            self.expect_kw("EXISTS")
            if_exists = True
        names = [self.table_name()]
        while self.accept_op(","):
            names.append(self.table_name())
        self.accept_kw("CASCADE", "RESTRICT")
        return Node(kind="drop", tables=names, if_exists=if_exists)

    def truncate(self):
        self.expect_kw("TRUNCATE")
        self.accept_kw("TABLE")
        names = [self.table_name()]
        while self.accept_op(","):
            names.append(self.table_name())
        restart = False
        while not self.at_end():
            word = self.expect_kw("RESTART", "CONTINUE", "IDENTITY", "CASCADE", "RESTRICT")
            restart = restart or word == "RESTART"
        return Node(kind="truncate", tables=names, restart=restart)

    def transaction_control(self):
        word = self.next().value.upper()
        if word in ("BEGIN", "START"):
            return Node(kind="begin")
        if word in ("COMMIT", "END"):
            return Node(kind="commit")
        if word in ("ROLLBACK", "ABORT"):
            self.accept_kw("WORK", "TRANSACTION")
            if self.accept_kw("TO"):
                self.accept_kw("SAVEPOINT")
                return Node(kind="rollback_to", name=self.ident())
            return Node(kind="rollback")
        if word == "SAVEPOINT":
            return Node(kind="savepoint", name=self.ident())
        if word == "RELEASE":
            self.accept_kw("SAVEPOINT")
            return Node(kind="release", name=self.ident())
        raise Unsupported(word)


# Statements accepted as harmless no-ops, with their command tag.
NOOP_TAGS = {"SET": "SET", "RESET": "RESET", "LISTEN": "LISTEN", "UNLISTEN": "UNLISTEN",
             "NOTIFY": "NOTIFY", "DISCARD": "DISCARD ALL", "VACUUM": "VACUUM",
             "ANALYZE": "ANALYZE", "CHECKPOINT": "CHECKPOINT"}

SQL_COMMANDS = {
    "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "DROP", "ALTER", "TRUNCATE", "BEGIN",
    "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "WITH", "SET",
    "SHOW", "EXPLAIN", "ANALYZE", "VACUUM", "GRANT", "REVOKE", "COPY", "LISTEN", "NOTIFY",
    "UNLISTEN", "DO", "CALL", "VALUES", "TABLE", "LOCK", "PREPARE", "EXECUTE", "DEALLOCATE",
    "DISCARD", "RESET", "COMMENT", "REINDEX", "CLUSTER", "FETCH", "MOVE", "CLOSE", "DECLARE",
    "CHECKPOINT", "LOAD", "IMPORT", "REFRESH", "SECURITY", "MERGE", "REASSIGN",
}


def parse_statement(tokens):
    """Parse one statement's tokens into a Node (raises Unsupported)."""
    p = Parser(tokens)
    first = p.peek()
    word = first.value.upper() if first.kind == "id" else ""
    if word == "SELECT":
        stmt = p.select()
    elif word == "INSERT":
        stmt = p.insert()
    elif word == "UPDATE":
        stmt = p.update()
    elif word == "DELETE":
        stmt = p.delete()
    elif word == "CREATE" and (p.at_kw("TABLE", k=1) or (
            p.at_kw("TEMP", "TEMPORARY", "UNLOGGED", k=1) and p.at_kw("TABLE", k=2))):
        stmt = p.create_table()
    elif word == "DROP" and p.at_kw("TABLE", k=1):
        stmt = p.drop_table()
    elif word == "TRUNCATE":
        stmt = p.truncate()
    elif word in ("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT",
                  "RELEASE"):
        stmt = p.transaction_control()
        while not p.at_end():       # BEGIN ISOLATION LEVEL ... etc.
            p.next()
        return stmt, p.max_param
    elif word in NOOP_TAGS:
        while not p.at_end():
            tok = p.next()
            if tok.kind == "param":
                p.max_param = max(p.max_param, tok.value)
        return Node(kind="noop", tag=NOOP_TAGS[word]), p.max_param
    else:
        raise Unsupported(word or first.raw)
    p.expect_end()
    return stmt, p.max_param


def guess_status(tokens):
    """The command tag PostgreSQL would report for a statement we cannot run."""
    words = [t.value.upper() for t in tokens if t.kind == "id"][:6]
    first = words[0] if words else ""
    if first == "INSERT":
        return "INSERT 0 0"
    if first in ("UPDATE", "DELETE", "MERGE"):
        return f"{first} 0"
    if first in ("SELECT", "WITH", "VALUES", "TABLE"):
        return "SELECT 0"
    if first in ("CREATE", "DROP", "ALTER"):
        skip = {"OR", "REPLACE", "UNIQUE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL",
                "LOCAL", "MATERIALIZED", "CONCURRENTLY"}
        rest = [w for w in words[1:] if w not in skip]
        return f"{first} {rest[0]}" if rest else first
    return first
