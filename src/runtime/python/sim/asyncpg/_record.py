"""``asyncpg.Record`` for Loopscope's simulated asyncpg (pure Python; the
behaviour follows asyncpg's C implementation)."""

__all__ = ("Record", "make_record")

_CREATE = object()


class Record:
    """A read-only row: ``r['name']``, ``r[0]``, ``r.get('name')``,
    ``dict(r)``, ``len(r)``, iteration over values, ``keys()/values()/items()``.
    Columns are not attributes (``r.name`` raises AttributeError), as in asyncpg.
    """

    __slots__ = ("_mapping", "_keys", "_values")

    def __init__(self, *args, **kwargs):
        if not args or args[0] is not _CREATE:
            raise TypeError(f"cannot create '{_qualname(type(self))}' instances")
        _, mapping, keys, values = args
        self._mapping = mapping
        self._keys = keys
        self._values = values

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._values[key]
        if isinstance(key, int):
            try:
                return self._values[key]
            except IndexError:
                raise IndexError("record index out of range") from None
        try:
            return self._values[self._mapping[key]]
        except (KeyError, TypeError):
            raise KeyError(key) from None

    def get(self, key, default=None):
        """Value of column ``key`` (by name), or ``default``."""
        try:
            return self._values[self._mapping[key]]
        except (KeyError, TypeError):
            return default

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return iter(self._keys)

    def values(self):
        return iter(self._values)

    def items(self):
        return iter(zip(self._keys, self._values))

    def __repr__(self):
        if not self._values:
            return "<Record>"
        body = " ".join(f"{k}={v!r}" for k, v in zip(self._keys, self._values))
        return f"<Record {body}>"

    def _cmp_other(self, other):
        if isinstance(other, Record):
            return other._values
        if isinstance(other, tuple):
            return other
        return None

    def __eq__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values == o

    def __ne__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values != o

    def __lt__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values < o

    def __le__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values <= o

    def __gt__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values > o

    def __ge__(self, other):
        o = self._cmp_other(other)
        return NotImplemented if o is None else self._values >= o

    def __hash__(self):
        return hash(self._values)

    def __reduce__(self):
        raise TypeError("cannot pickle 'Record' object")


Record.__module__ = "asyncpg"


def _qualname(cls):
    return f"{cls.__module__}.{cls.__qualname__}"


def make_record(columns, values, record_class=None):
    """Build a Record (or ``record_class`` subclass) for one row."""
    cls = record_class or Record
    mapping = {}
    for i, name in enumerate(columns):
        mapping[name] = i
    return cls(_CREATE, mapping, tuple(columns), tuple(values))
