"""Base exception classes of Loopscope's simulated asyncpg.

Same names, hierarchy and module path as asyncpg 0.29, so tracebacks read
e.g. ``asyncpg.exceptions._base.InterfaceError``.  No real database is
involved: Loopscope raises these from its in-memory simulation.
"""

__all__ = ("PostgresError", "FatalPostgresError", "UnknownPostgresError",
           "InterfaceError", "InterfaceWarning", "PostgresLogMessage",
           "InternalClientError", "OutdatedSchemaCacheError", "ProtocolError",
           "UnsupportedClientFeatureError", "TargetServerAttributeNotMatched")


class PostgresMessageMeta(type):
    _message_map = {}
    _field_map = {
        "S": "severity",
        "V": "severity_en",
        "C": "sqlstate",
        "M": "message",
        "D": "detail",
        "H": "hint",
        "P": "position",
        "p": "internal_position",
        "q": "internal_query",
        "W": "context",
        "s": "schema_name",
        "t": "table_name",
        "c": "column_name",
        "d": "data_type_name",
        "n": "constraint_name",
        "F": "server_source_filename",
        "L": "server_source_line",
        "R": "server_source_function",
    }

    def __new__(mcls, name, bases, dct):
        cls = super().__new__(mcls, name, bases, dct)
        if name == "PostgresMessage":
            for f in mcls._field_map.values():
                setattr(cls, f, None)
        code = dct.get("sqlstate")
        if code is not None:
            mcls._message_map.setdefault(code, cls)
        return cls

    @classmethod
    def get_message_class_for_sqlstate(mcls, code):
        return mcls._message_map.get(code, UnknownPostgresError)


class PostgresMessage(metaclass=PostgresMessageMeta):
    def as_dict(self):
        dct = {}
        for f in type(self)._field_map.values():
            val = getattr(self, f)
            if val is not None:
                dct[f] = val
        return dct


class PostgresError(PostgresMessage, Exception):
    """Base class for all Postgres errors."""

    def __str__(self):
        msg = self.args[0]
        if self.detail:
            msg += "\nDETAIL:  {}".format(self.detail)
        if self.hint:
            msg += "\nHINT:  {}".format(self.hint)
        return msg

    @classmethod
    def new(cls, fields, query=None):
        field_map = type(cls)._field_map
        dct = {"query": query}
        for k, v in fields.items():
            if k in field_map:
                dct[field_map[k]] = v
        exccls = type(cls).get_message_class_for_sqlstate(fields.get("C"))
        ex = exccls(dct.get("message", ""))
        ex.__dict__.update(dct)
        return ex


class FatalPostgresError(PostgresError):
    """A fatal error that should result in server disconnection."""


class UnknownPostgresError(FatalPostgresError):
    """An error with an unknown SQLSTATE code."""


class InterfaceMessage:
    def __init__(self, *, detail=None, hint=None):
        self.detail = detail
        self.hint = hint

    def __str__(self):
        msg = self.args[0]
        if self.detail:
            msg += "\nDETAIL:  {}".format(self.detail)
        if self.hint:
            msg += "\nHINT:  {}".format(self.hint)
        return msg


class InterfaceError(InterfaceMessage, Exception):
    """An error caused by improper use of asyncpg API."""

    def __init__(self, msg, *, detail=None, hint=None):
        InterfaceMessage.__init__(self, detail=detail, hint=hint)
        Exception.__init__(self, msg)

    def with_msg(self, msg):
        return type(self)(msg, detail=self.detail, hint=self.hint).with_traceback(
            self.__traceback__)


class DataError(InterfaceError, ValueError):
    """An error caused by invalid query input."""


class UnsupportedClientFeatureError(InterfaceError):
    """Requested feature is unsupported by asyncpg."""


class InterfaceWarning(InterfaceMessage, UserWarning):
    """A warning caused by an improper use of asyncpg API."""

    def __init__(self, msg, *, detail=None, hint=None):
        InterfaceMessage.__init__(self, detail=detail, hint=hint)
        UserWarning.__init__(self, msg)


class InternalClientError(Exception):
    """All unexpected errors not classified otherwise."""


class ProtocolError(InternalClientError):
    """Unexpected condition in the handling of PostgreSQL protocol input."""


class TargetServerAttributeNotMatched(InternalClientError):
    """Could not find a host that satisfies the target attribute requirement"""


class OutdatedSchemaCacheError(InternalClientError):
    """A value decoding error caused by a schema change before row fetching."""

    def __init__(self, msg, *, schema=None, data_type=None, position=None):
        super().__init__(msg)
        self.schema_name = schema
        self.data_type_name = data_type
        self.position = position


class PostgresLogMessage(PostgresMessage):
    """A base class for non-error server messages."""

    def __str__(self):
        return "{}: {}".format(type(self).__name__, self.message)
