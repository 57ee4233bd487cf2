"""``Connection.transaction()`` for Loopscope's simulated asyncpg.

Same states, SQL and error messages as asyncpg 0.29: BEGIN / COMMIT /
ROLLBACK (SAVEPOINT / RELEASE / ROLLBACK TO for nested transactions), each
one simulated round trip.  The in-memory database really rolls back.
No real database is involved.
"""

import enum

from . import exceptions as exc

__all__ = ("Transaction",)


class TransactionState(enum.Enum):
    NEW = 0
    STARTED = 1
    COMMITTED = 2
    ROLLEDBACK = 3
    FAILED = 4


ISOLATION_LEVELS = {"read_committed", "read_uncommitted", "serializable", "repeatable_read"}


class Transaction:
    """Represents a transaction or savepoint block (use ``async with``)."""

    __slots__ = ("_connection", "_isolation", "_readonly", "_deferrable", "_state",
                 "_nested", "_id", "_managed")

    def __init__(self, connection, isolation, readonly, deferrable):
        if isolation and isolation not in ISOLATION_LEVELS:
            raise ValueError(
                "isolation is expected to be either of {}, got {!r}".format(
                    ISOLATION_LEVELS, isolation))
        self._connection = connection
        self._isolation = isolation
        self._readonly = readonly
        self._deferrable = deferrable
        self._state = TransactionState.NEW
        self._nested = False
        self._id = None
        self._managed = False

    async def __aenter__(self):
        if self._managed:
            raise exc.InterfaceError(
                "cannot enter context: {} is already in managed mode".format(self))
        self._managed = True
        await self.start()

    async def __aexit__(self, extype, ex, tb):
        try:
            if extype is not None:
                await self.__rollback()
            else:
                await self.__commit()
        finally:
            self._managed = False

    async def start(self):
        """Enter the transaction or savepoint block."""
        self.__check_state_base("start")
        if self._state is TransactionState.STARTED:
            raise exc.InterfaceError("cannot start; the transaction is already started")
        con = self._connection
        if con._top_xact is None:
            if con.is_in_transaction():
                raise exc.InterfaceError(
                    "cannot use Connection.transaction() in a manually started transaction")
            con._top_xact = self
        else:
            self._nested = True
        if self._nested:
            self._id = con._get_unique_id("savepoint")
            query = f"SAVEPOINT {self._id};"
        else:
            query = "BEGIN"
            if self._isolation:
                query += " ISOLATION LEVEL " + self._isolation.replace("_", " ").upper()
            if self._readonly:
                query += " READ ONLY"
            if self._deferrable:
                query += " DEFERRABLE"
            query += ";"
        try:
            await con.execute(query)
        except BaseException:
            if con._top_xact is self:
                con._top_xact = None
            self._state = TransactionState.FAILED
            raise
        self._state = TransactionState.STARTED

    def __check_state_base(self, opname):
        if self._state is TransactionState.COMMITTED:
            raise exc.InterfaceError(f"cannot {opname}; the transaction is already committed")
        if self._state is TransactionState.ROLLEDBACK:
            raise exc.InterfaceError(f"cannot {opname}; the transaction is already rolled back")
        if self._state is TransactionState.FAILED:
            raise exc.InterfaceError(f"cannot {opname}; the transaction is in error state")

    def __check_state(self, opname):
        if self._state is not TransactionState.STARTED:
            if self._state is TransactionState.NEW:
                raise exc.InterfaceError(f"cannot {opname}; the transaction is not yet started")
            self.__check_state_base(opname)

    async def __commit(self):
        self.__check_state("commit")
        con = self._connection
        if con._top_xact is self:
            con._top_xact = None
        query = f"RELEASE SAVEPOINT {self._id};" if self._nested else "COMMIT;"
        try:
            await con.execute(query)
        except BaseException:
            self._state = TransactionState.FAILED
            raise
        self._state = TransactionState.COMMITTED

    async def __rollback(self):
        self.__check_state("rollback")
        con = self._connection
        if con._top_xact is self:
            con._top_xact = None
        query = f"ROLLBACK TO {self._id};" if self._nested else "ROLLBACK;"
        try:
            await con.execute(query)
        except BaseException:
            self._state = TransactionState.FAILED
            raise
        self._state = TransactionState.ROLLEDBACK

    async def commit(self):
        """Exit the transaction or savepoint block and commit changes."""
        if self._managed:
            raise exc.InterfaceError("cannot manually commit from within an `async with` block")
        await self.__commit()

    async def rollback(self):
        """Exit the transaction or savepoint block and rollback changes."""
        if self._managed:
            raise exc.InterfaceError(
                "cannot manually rollback from within an `async with` block")
        await self.__rollback()

    def __repr__(self):
        attrs = [f"state:{self._state.name.lower()}"]
        if self._isolation is not None:
            attrs.append(self._isolation)
        if self._readonly:
            attrs.append("readonly")
        if self._deferrable:
            attrs.append("deferrable")
        return "<{}.{} {} {:#x}>".format(self.__module__, type(self).__name__,
                                         " ".join(attrs), id(self))
