"""Value conversion for Loopscope's simulated asyncpg: the checks asyncpg
makes when encoding query arguments (so ``DataError`` messages match), and
PostgreSQL-style casts.  No real database is involved."""

import datetime as _dt
import json
import uuid
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from . import exceptions as exc
from .exceptions import _base

__all__ = ("pg_error", "encode_arg", "cast", "pg_type_name", "type_of_value", "INT_TYPES",
           "TEXT_TYPES", "NUMERIC_TYPES")

INT_TYPES = {"int2", "int4", "int8"}
FLOAT_TYPES = {"float4", "float8"}
NUMERIC_TYPES = INT_TYPES | FLOAT_TYPES | {"numeric"}
TEXT_TYPES = {"text", "varchar", "bpchar", "name"}

_INT_RANGE = {
    "int2": (-2 ** 15, 2 ** 15 - 1, "int16", "smallint"),
    "int4": (-2 ** 31, 2 ** 31 - 1, "int32", "integer"),
    "int8": (-2 ** 63, 2 ** 63 - 1, "int64", "bigint"),
}

_DISPLAY = {
    "int2": "smallint", "int4": "integer", "int8": "bigint", "float4": "real",
    "float8": "double precision", "numeric": "numeric", "text": "text",
    "varchar": "character varying", "bpchar": "character", "name": "name",
    "bool": "boolean", "date": "date", "timestamp": "timestamp without time zone",
    "timestamptz": "timestamp with time zone", "time": "time without time zone",
    "json": "json", "jsonb": "jsonb", "uuid": "uuid", "bytea": "bytea",
    "unknown": "unknown", "void": "void",
}


def pg_type_name(t):
    return _DISPLAY.get(t, t or "unknown")


def type_of_value(v):
    """PostgreSQL type of a Python value (for messages and literal typing)."""
    if v is None:
        return "unknown"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int4" if -2 ** 31 <= v < 2 ** 31 else "int8"
    if isinstance(v, float):
        return "float8"
    if isinstance(v, Decimal):
        return "numeric"
    if isinstance(v, str):
        return "text"
    if isinstance(v, _dt.datetime):
        return "timestamptz" if v.tzinfo else "timestamp"
    if isinstance(v, _dt.date):
        return "date"
    if isinstance(v, uuid.UUID):
        return "uuid"
    if isinstance(v, (bytes, bytearray)):
        return "bytea"
    return "unknown"


def pg_error(cls, message, *, detail=None, hint=None, **fields):
    """An asyncpg PostgresError as the server would send it."""
    err = cls(message)
    err.__dict__.update(severity="ERROR", severity_en="ERROR", sqlstate=cls.sqlstate,
                        message=message, detail=detail, hint=hint, **fields)
    return err


# -- argument encoding (client side, like asyncpg's codecs) ------------------

def _encode(t, v):
    if t.endswith("[]"):
        if isinstance(v, (str, bytes)) or not hasattr(v, "__len__") or \
                not hasattr(v, "__iter__"):
            raise TypeError(
                f"a sized iterable container expected (got type {type(v).__name__!r})")
        return [None if e is None else _encode(t[:-2], e) for e in v]
    if t in INT_TYPES:
        if type(v) is not int and hasattr(type(v), "__int__") and not isinstance(v, str):
            v = int(v)
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
        lo, hi, bits, _ = _INT_RANGE[t]
        if not lo <= v <= hi:
            raise OverflowError(f"value out of {bits} range")
        return int(v)
    if t in FLOAT_TYPES:
        if isinstance(v, (str, bytes)) or not hasattr(type(v), "__float__"):
            raise TypeError(f"must be real number, not {type(v).__name__}")
        return float(v)
    if t == "numeric":
        try:
            return v if isinstance(v, Decimal) else Decimal(str(v))
        except InvalidOperation:
            raise ValueError(f"invalid numeric value {v!r}") from None
    if t in TEXT_TYPES or t in ("json", "jsonb"):
        if not isinstance(v, str):
            raise TypeError(f"expected str, got {type(v).__name__}")
        return v
    if t == "bool":
        if not isinstance(v, bool):
            raise TypeError(f"a boolean is required (got type {type(v).__name__})")
        return v
    if t == "date":
        if isinstance(v, _dt.datetime):
            return v.date()
        if not isinstance(v, _dt.date):
            raise TypeError("expected a datetime.date or datetime.datetime instance, "
                            f"got {type(v).__name__!r}")
        return v
    if t in ("timestamp", "timestamptz"):
        if isinstance(v, _dt.datetime):
            return v
        if isinstance(v, _dt.date):
            return _dt.datetime(v.year, v.month, v.day)
        raise TypeError("expected a datetime.date or datetime.datetime instance, "
                        f"got {type(v).__name__!r}")
    if t == "uuid":
        if isinstance(v, uuid.UUID):
            return v
        if isinstance(v, str):
            return uuid.UUID(v)
        if isinstance(v, bytes):
            return uuid.UUID(bytes=v)
        raise TypeError(f"invalid UUID {v!r}: expected str or UUID")
    if t == "bytea":
        if not isinstance(v, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(v).__name__}'")
        return bytes(v)
    return v


def encode_arg(index, t, value):
    """Check/convert query argument ``$index`` for parameter type ``t``,
    raising asyncpg's ``DataError`` exactly where asyncpg would."""
    if value is None:
        return None
    try:
        return _encode(t, value)
    except Exception as e:
        value_repr = repr(value)
        if len(value_repr) > 40:
            value_repr = value_repr[:40] + "..."
        raise _base.DataError(
            f"invalid input for query argument ${index}: {value_repr} ({e})") from e


# -- server-side casts -------------------------------------------------------

def _invalid(t, v):
    name = {"int2": "smallint", "int4": "integer", "int8": "bigint"}.get(t, pg_type_name(t))
    return pg_error(exc.InvalidTextRepresentationError,
                    f'invalid input syntax for type {name}: "{v}"')


def _to_int(t, v):
    if isinstance(v, bool):
        v = int(v)
    elif isinstance(v, str):
        try:
            v = int(v.strip())
        except ValueError:
            raise _invalid(t, v) from None
    elif isinstance(v, (float, Decimal)):
        v = int(Decimal(str(v)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    elif not isinstance(v, int):
        raise _invalid(t, v)
    lo, hi, _, name = _INT_RANGE[t]
    if not lo <= v <= hi:
        raise pg_error(exc.NumericValueOutOfRangeError, f"{name} out of range")
    return v


_TRUE_WORDS = {"t", "true", "y", "yes", "on", "1"}
_FALSE_WORDS = {"f", "false", "n", "no", "off", "0"}


def cast(v, t):
    """PostgreSQL-style conversion of ``v`` to type ``t`` (``x::t``)."""
    if v is None or t in (None, "unknown", "array"):
        return v
    if t.endswith("[]"):
        if isinstance(v, (list, tuple)):
            return [cast(e, t[:-2]) for e in v]
        return v
    if t in INT_TYPES:
        return _to_int(t, v)
    if t in FLOAT_TYPES:
        try:
            return float(v.strip() if isinstance(v, str) else v)
        except (TypeError, ValueError):
            raise _invalid(t, v) from None
    if t == "numeric":
        try:
            return Decimal(v.strip()) if isinstance(v, str) else Decimal(str(v))
        except InvalidOperation:
            raise _invalid(t, v) from None
    if t in TEXT_TYPES:
        if isinstance(v, bool):
            return "true" if v else "false"
        return v if isinstance(v, str) else str(v)
    if t == "bool":
        if isinstance(v, bool):
            return v
        if isinstance(v, int):
            return v != 0
        word = str(v).strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise _invalid(t, v)
    if t == "date":
        if isinstance(v, _dt.datetime):
            return v.date()
        if isinstance(v, _dt.date):
            return v
        try:
            return _dt.date.fromisoformat(str(v).strip())
        except ValueError:
            raise _invalid(t, v) from None
    if t in ("timestamp", "timestamptz"):
        if isinstance(v, _dt.datetime):
            if t == "timestamptz" and v.tzinfo is None:
                return v.replace(tzinfo=_dt.timezone.utc)
            if t == "timestamp" and v.tzinfo is not None:
                return v.replace(tzinfo=None)
            return v
        if isinstance(v, _dt.date):
            v = _dt.datetime(v.year, v.month, v.day)
            return cast(v, t)
        try:
            return cast(_dt.datetime.fromisoformat(str(v).strip()), t)
        except ValueError:
            raise _invalid(t, v) from None
    if t in ("json", "jsonb"):
        text = v if isinstance(v, str) else json.dumps(v)
        try:
            parsed = json.loads(text)
        except ValueError:
                raise pg_error(exc.InvalidTextRepresentationError,
                           "invalid input syntax for type json") from None
        return json.dumps(parsed) if t == "jsonb" else text
    if t == "uuid":
        if isinstance(v, uuid.UUID):
            return v
        try:
            return uuid.UUID(str(v))
        except ValueError:
            raise _invalid(t, v) from None
    if t == "bytea":
        if isinstance(v, (bytes, bytearray)):
            return bytes(v)
        return str(v).encode()
    return v
