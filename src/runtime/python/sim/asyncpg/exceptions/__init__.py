"""Exceptions of Loopscope's simulated asyncpg (a subset of asyncpg 0.29's
generated classes, same names and SQLSTATE codes).  No real database is
involved: Loopscope raises these from its in-memory simulation."""

from ._base import *  # noqa: F401,F403
from . import _base


class PostgresWarning(_base.PostgresLogMessage, Warning):
    sqlstate = "01000"


class PostgresConnectionError(_base.PostgresError):
    sqlstate = "08000"


class ConnectionDoesNotExistError(PostgresConnectionError):
    sqlstate = "08003"


class ConnectionFailureError(PostgresConnectionError):
    sqlstate = "08006"


class ClientCannotConnectError(PostgresConnectionError):
    sqlstate = "08001"


class FeatureNotSupportedError(_base.PostgresError):
    sqlstate = "0A000"


class CardinalityViolationError(_base.PostgresError):
    sqlstate = "21000"


class DataError(_base.PostgresError):
    sqlstate = "22000"


class DivisionByZeroError(DataError):
    sqlstate = "22012"


class NumericValueOutOfRangeError(DataError):
    sqlstate = "22003"


class InvalidTextRepresentationError(DataError):
    sqlstate = "22P02"


class IntegrityConstraintViolationError(_base.PostgresError):
    sqlstate = "23000"


class NotNullViolationError(IntegrityConstraintViolationError):
    sqlstate = "23502"


class ForeignKeyViolationError(IntegrityConstraintViolationError):
    sqlstate = "23503"


class UniqueViolationError(IntegrityConstraintViolationError):
    sqlstate = "23505"


class CheckViolationError(IntegrityConstraintViolationError):
    sqlstate = "23514"


class InvalidTransactionStateError(_base.PostgresError):
    sqlstate = "25000"


class ActiveSQLTransactionError(InvalidTransactionStateError):
    sqlstate = "25001"


class NoActiveSQLTransactionError(InvalidTransactionStateError):
    sqlstate = "25P01"


class InFailedSQLTransactionError(InvalidTransactionStateError):
    sqlstate = "25P02"


class InvalidPasswordError(_base.PostgresError):
    sqlstate = "28P01"


class SavepointError(_base.PostgresError):
    sqlstate = "3B000"


class InvalidSavepointSpecificationError(SavepointError):
    sqlstate = "3B001"


class InvalidCatalogNameError(_base.PostgresError):
    sqlstate = "3D000"


class TransactionRollbackError(_base.PostgresError):
    sqlstate = "40000"


class SerializationError(TransactionRollbackError):
    sqlstate = "40001"


class DeadlockDetectedError(TransactionRollbackError):
    sqlstate = "40P01"


class SyntaxOrAccessError(_base.PostgresError):
    sqlstate = "42000"


class PostgresSyntaxError(SyntaxOrAccessError):
    sqlstate = "42601"


class InsufficientPrivilegeError(SyntaxOrAccessError):
    sqlstate = "42501"


class GroupingError(SyntaxOrAccessError):
    sqlstate = "42803"


class DatatypeMismatchError(SyntaxOrAccessError):
    sqlstate = "42804"


class UndefinedColumnError(SyntaxOrAccessError):
    sqlstate = "42703"


class UndefinedFunctionError(SyntaxOrAccessError):
    sqlstate = "42883"


class UndefinedTableError(SyntaxOrAccessError):
    sqlstate = "42P01"


class UndefinedParameterError(SyntaxOrAccessError):
    sqlstate = "42P02"


class UndefinedObjectError(SyntaxOrAccessError):
    sqlstate = "42704"


class DuplicateColumnError(SyntaxOrAccessError):
    sqlstate = "42701"


class DuplicateTableError(SyntaxOrAccessError):
    sqlstate = "42P07"


class AmbiguousColumnError(SyntaxOrAccessError):
    sqlstate = "42702"


class InvalidColumnReferenceError(SyntaxOrAccessError):
    sqlstate = "42P10"


class OperatorInterventionError(_base.PostgresError):
    sqlstate = "57000"


class QueryCanceledError(OperatorInterventionError):
    sqlstate = "57014"


class AdminShutdownError(OperatorInterventionError):
    sqlstate = "57P01"


class TooManyConnectionsError(_base.PostgresError):
    sqlstate = "53300"


class InternalServerError(_base.PostgresError):
    sqlstate = "XX000"


__all__ = (
    "ActiveSQLTransactionError", "AdminShutdownError", "AmbiguousColumnError",
    "CardinalityViolationError", "CheckViolationError", "ClientCannotConnectError",
    "ConnectionDoesNotExistError", "ConnectionFailureError", "DataError",
    "DatatypeMismatchError", "DeadlockDetectedError", "DivisionByZeroError",
    "DuplicateColumnError", "DuplicateTableError", "FeatureNotSupportedError",
    "ForeignKeyViolationError", "GroupingError", "InFailedSQLTransactionError",
    "InsufficientPrivilegeError", "IntegrityConstraintViolationError",
    "InternalServerError", "InvalidCatalogNameError", "InvalidColumnReferenceError",
    "InvalidPasswordError", "InvalidSavepointSpecificationError",
    "InvalidTextRepresentationError", "InvalidTransactionStateError",
    "NoActiveSQLTransactionError", "NotNullViolationError",
    "NumericValueOutOfRangeError", "OperatorInterventionError",
    "PostgresConnectionError", "PostgresSyntaxError", "PostgresWarning",
    "QueryCanceledError", "SavepointError", "SerializationError",
    "SyntaxOrAccessError", "TooManyConnectionsError", "TransactionRollbackError",
    "UndefinedColumnError", "UndefinedFunctionError", "UndefinedObjectError",
    "UndefinedParameterError", "UndefinedTableError", "UniqueViolationError",
) + _base.__all__


class DuplicateAliasError(SyntaxOrAccessError):
    sqlstate = "42712"


class InvalidTableDefinitionError(SyntaxOrAccessError):
    sqlstate = "42P16"


__all__ += ("DuplicateAliasError", "InvalidTableDefinitionError")
