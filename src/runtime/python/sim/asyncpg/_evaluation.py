"""Expression evaluation for Loopscope's simulated asyncpg database, with
SQL's NULL (three-valued) logic, PostgreSQL-style casts, operators,
functions and aggregates.  No real database is involved."""

import datetime as _dt
import math
import random
import re
import uuid
from decimal import ROUND_HALF_UP, Decimal

from . import exceptions as exc
from ._sqlparse import AGGREGATES, Unsupported
from ._types import cast, pg_error, pg_type_name, type_of_value

__all__ = ("Evaluation", "hashable")


def hashable(v):
    if isinstance(v, list):
        return tuple(hashable(x) for x in v)
    if isinstance(v, dict):
        return tuple(sorted(v.items()))
    return v


def _like_regex(pattern, ci):
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
            continue
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
        i += 1
    return re.compile("".join(out) + r"\Z", re.S | (re.I if ci else 0))


class Evaluation:
    """Mixin of Executor: evaluates expressions for one row (or group)."""

    def _ev(self, node, env, grp=None):
        k = node[0]
        if k == "lit":
            return node[1]
        if k == "param":
            return self.bound[node[1] - 1]
        if k == "col":
            row = env[self.colidx[id(node)]]
            return None if row is None else row.get(node[1])
        if k == "cast":
            return cast(self._ev(node[1], env, grp), node[2])
        if k == "arith":
            return self._arith(node[1], self._ev(node[2], env, grp), self._ev(node[3], env, grp))
        if k == "cmp":
            return self._compare(node[1], self._ev(node[2], env, grp),
                                 self._ev(node[3], env, grp))
        if k == "anycmp":
            v, arr = self._ev(node[2], env, grp), self._ev(node[3], env, grp)
            if arr is None:
                return None
            results = [self._compare(node[1], v, e) for e in arr]
            decisive = not node[4]      # ANY: a True decides; ALL: a False decides
            if decisive in results:
                return decisive
            return None if None in results else not decisive
        if k == "and":
            a = self._ev(node[1], env, grp)
            if a is False:
                return False
            b = self._ev(node[2], env, grp)
            if b is False:
                return False
            return None if a is None or b is None else True
        if k == "or":
            a = self._ev(node[1], env, grp)
            if a is True:
                return True
            b = self._ev(node[2], env, grp)
            if b is True:
                return True
            return None if a is None or b is None else False
        if k == "not":
            v = self._ev(node[1], env, grp)
            return None if v is None else not v
        if k == "neg":
            v = self._ev(node[1], env, grp)
            return None if v is None else -v
        if k == "isnull":
            return (self._ev(node[1], env, grp) is None) != node[2]
        if k == "istruth":
            return (self._ev(node[1], env, grp) is node[2]) != node[3]
        if k == "like":
            v, pat = self._ev(node[1], env, grp), self._ev(node[2], env, grp)
            if v is None or pat is None:
                return None
            return bool(_like_regex(str(pat), node[3]).match(str(v))) != node[4]
        if k == "in":
            v = self._ev(node[1], env, grp)
            if v is None:
                return None
            saw_null = False
            for item in node[2]:
                r = self._compare("=", v, self._ev(item, env, grp))
                if r is True:
                    return not node[3]
                saw_null = saw_null or r is None
            return None if saw_null else node[3]
        if k == "between":
            v = self._ev(node[1], env, grp)
            lo, hi = self._ev(node[2], env, grp), self._ev(node[3], env, grp)
            r = self._and3(self._compare(">=", v, lo), self._compare("<=", v, hi))
            return r if r is None else r != node[4]
        if k == "case":
            base = self._ev(node[1], env, grp) if node[1] is not None else None
            for cond, value in node[2]:
                hit = self._compare("=", base, self._ev(cond, env, grp)) \
                    if node[1] is not None else self._ev(cond, env, grp)
                if hit is True:
                    return self._ev(value, env, grp)
            return self._ev(node[3], env, grp)
        if k == "func":
            return self._call(node, env, grp)
        if k == "default":
            raise Unsupported("DEFAULT here")
        raise Unsupported(f"expression {k}")

    @staticmethod
    def _and3(a, b):
        if a is False or b is False:
            return False
        return None if a is None or b is None else True

    @staticmethod
    def _coerce_pair(a, b):
        if isinstance(a, str) and b is not None and not isinstance(b, str):
            a = cast(a, type_of_value(b))
        elif isinstance(b, str) and a is not None and not isinstance(a, str):
            b = cast(b, type_of_value(a))
        if isinstance(a, float) and isinstance(b, Decimal):
            b = float(b)
        elif isinstance(b, float) and isinstance(a, Decimal):
            a = float(a)
        return a, b

    def _compare(self, op, a, b):
        if a is None or b is None:
            return None
        a, b = self._coerce_pair(a, b)
        try:
            if op == "=":
                return a == b
            if op == "<>":
                return a != b
            if op == "<":
                return a < b
            if op == "<=":
                return a <= b
            if op == ">":
                return a > b
            return a >= b
        except TypeError:
            raise pg_error(exc.UndefinedFunctionError,
                           f"operator does not exist: {pg_type_name(type_of_value(a))} {op} "
                           f"{pg_type_name(type_of_value(b))}",
                           hint="No operator matches the given name and argument types. "
                                "You might need to add explicit type casts.") from None

    def _arith(self, op, a, b):
        if a is None or b is None:
            return None
        if op == "||":
            return cast(a, "text") + cast(b, "text")
        a, b = self._coerce_pair(a, b)
        try:
            if isinstance(a, _dt.date) and isinstance(b, int) and op in "+-":
                return a + _dt.timedelta(days=b if op == "+" else -b)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            if b == 0:
                raise pg_error(exc.DivisionByZeroError, "division by zero")
            if op == "/":
                if isinstance(a, int) and isinstance(b, int):
                    q = abs(a) // abs(b)
                    return q if (a >= 0) == (b >= 0) else -q
                return a / b
            if isinstance(a, int) and isinstance(b, int):
                return int(math.fmod(a, b))
            return a % b if isinstance(a, Decimal) else math.fmod(a, b)
        except TypeError:
            raise pg_error(exc.UndefinedFunctionError,
                           f"operator does not exist: {pg_type_name(type_of_value(a))} {op} "
                           f"{pg_type_name(type_of_value(b))}") from None

    def _call(self, node, env, grp):
        name, args, star, distinct = node[1], node[2], node[3], node[4]
        if name in AGGREGATES:
            return self._aggregate(name, args, star, distinct, grp or [])
        vals = [self._ev(a, env, grp) for a in args]
        try:
            return self._scalar(name, vals)
        except (IndexError, TypeError):
            types = ", ".join(pg_type_name(type_of_value(v)) for v in vals)
            raise pg_error(exc.UndefinedFunctionError, f"function {name}({types}) does not exist",
                           hint="No function matches the given name and argument types. "
                                "You might need to add explicit type casts.") from None

    def _scalar(self, name, vals):
        if name in ("now", "current_timestamp"):
            return _dt.datetime.now(_dt.timezone.utc)
        if name == "current_date":
            return _dt.date.today()
        if name == "version":
            return "PostgreSQL 16.4 (Loopscope simulation - no real database)"
        if name == "current_database":
            return self.database
        if name == "current_user":
            return self.user
        if name == "pg_sleep":
            seconds = vals[0]
            if seconds is not None:
                self.extra_sleep += max(0.0, float(seconds))
            return None
        if name == "random":
            return random.random()
        if name == "gen_random_uuid":
            return uuid.uuid4()
        if name == "coalesce":
            return next((v for v in vals if v is not None), None)
        if name == "nullif":
            return None if self._compare("=", vals[0], vals[1]) else vals[0]
        if name in ("greatest", "least"):
            present = [v for v in vals if v is not None]
            if not present:
                return None
            return max(present) if name == "greatest" else min(present)
        if name == "concat":
            return "".join(cast(v, "text") for v in vals if v is not None)
        if any(v is None for v in vals):
            return None
        v = vals[0]
        if name == "lower":
            return str(v).lower()
        if name == "upper":
            return str(v).upper()
        if name in ("length", "char_length"):
            return len(str(v))
        if name in ("trim", "btrim"):
            return str(v).strip(vals[1] if len(vals) > 1 else " ")
        if name == "ltrim":
            return str(v).lstrip(vals[1] if len(vals) > 1 else " ")
        if name == "rtrim":
            return str(v).rstrip(vals[1] if len(vals) > 1 else " ")
        if name == "replace":
            return str(v).replace(vals[1], vals[2])
        if name == "abs":
            return abs(v)
        if name == "round":
            places = int(vals[1]) if len(vals) > 1 else 0
            d = Decimal(str(v)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
            return float(d) if isinstance(v, float) else d
        if name == "floor":
            return math.floor(v) if isinstance(v, float) else Decimal(math.floor(v))
        if name in ("ceil", "ceiling"):
            return math.ceil(v) if isinstance(v, float) else Decimal(math.ceil(v))
        raise IndexError(name)

    def _aggregate(self, name, args, star, distinct, grp):
        if name == "count" and star:
            return len(grp)
        vals = [self._ev(args[0], env, None) for env in grp] if args else []
        vals = [v for v in vals if v is not None]
        if distinct:
            seen, unique = set(), []
            for v in vals:
                if hashable(v) not in seen:
                    seen.add(hashable(v))
                    unique.append(v)
            vals = unique
        if name == "count":
            return len(vals)
        if name == "array_agg":
            return vals or None
        if name == "string_agg":
            sep = self._ev(args[1], grp[0] if grp else [], None) if len(args) > 1 else ""
            return sep.join(str(v) for v in vals) if vals else None
        if not vals:
            return None
        if name == "sum":
            return sum(vals, Decimal(0) if isinstance(vals[0], Decimal) else 0)
        if name == "avg":
            if isinstance(vals[0], float):
                return sum(vals) / len(vals)
            mean = Decimal(sum(Decimal(v) for v in vals)) / Decimal(len(vals))
            return mean.quantize(Decimal("1e-16")) if abs(mean) < 10 ** 10 else mean
        if name == "min":
            return min(vals)
        if name == "max":
            return max(vals)
        if name == "bool_and":
            return all(vals)
        if name == "bool_or":
            return any(vals)
        raise Unsupported(name)

    def _project(self, items, scope, env, grp):
        out = []
        for node, _ in items:
            if node[0] == "star":
                for i, (alias, table) in enumerate(scope):
                    if node[1] is None or node[1] == alias:
                        row = env[i]
                        out.extend(None if row is None else row.get(c.name)
                                   for c in table.columns)
            else:
                out.append(self._ev(node, env, grp))
        return tuple(out)
