"""Small stand-ins for ``yarl.URL`` and ``multidict.CIMultiDictProxy``, used by
Loopscope's simulated aiohttp (the real packages are not available).  They
cover the parts snippets commonly touch: str()/repr(), host, path, query and
case-insensitive header lookup."""

from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


class URL:
    """Minimal immutable URL, printed like ``yarl.URL``."""

    __slots__ = ("_url", "_parts")

    def __init__(self, val=""):
        if isinstance(val, URL):
            val = val._url
        if not isinstance(val, str):
            raise TypeError("Constructor parameter should be str")
        self._url = val
        self._parts = urlsplit(val)

    # -- presentation -------------------------------------------------
    def __str__(self):
        return self._url

    def __repr__(self):
        return f"URL({self._url!r})"

    def human_repr(self):
        return self._url

    def __eq__(self, other):
        if isinstance(other, URL):
            return self._url == other._url
        return NotImplemented

    def __hash__(self):
        return hash(("URL", self._url))

    # -- components ---------------------------------------------------
    def is_absolute(self):
        return bool(self._parts.scheme and self._parts.netloc)

    @property
    def scheme(self):
        return self._parts.scheme

    @property
    def host(self):
        return self._parts.hostname

    raw_host = host

    @property
    def port(self):
        try:
            port = self._parts.port
        except ValueError:
            return None
        if port is None:
            return _DEFAULT_PORTS.get(self._parts.scheme)
        return port

    @property
    def explicit_port(self):
        try:
            return self._parts.port
        except ValueError:
            return None

    @property
    def user(self):
        return self._parts.username

    @property
    def password(self):
        return self._parts.password

    @property
    def path(self):
        return self._parts.path or ("/" if self.is_absolute() else "")

    raw_path = path

    @property
    def path_qs(self):
        qs = self._parts.query
        return self.path + ("?" + qs if qs else "")

    @property
    def query_string(self):
        return self._parts.query

    raw_query_string = query_string

    @property
    def query(self):
        return CIMultiDictProxy(parse_qsl(self._parts.query, keep_blank_values=True),
                                case_sensitive=True)

    @property
    def fragment(self):
        return self._parts.fragment

    @property
    def name(self):
        return self.path.rsplit("/", 1)[-1]

    @property
    def parts(self):
        path = self.path
        if not path:
            return ()
        pieces = path.split("/")
        return ("/",) + tuple(pieces[1:]) if path.startswith("/") else tuple(pieces)

    @property
    def origin(self):
        return URL(urlunsplit((self.scheme, self._parts.netloc, "", "", "")))

    # -- building -----------------------------------------------------
    def join(self, url):
        return URL(urljoin(self._url, str(url)))

    def __truediv__(self, name):
        base = self._url.split("?", 1)[0].split("#", 1)[0]
        if not base.endswith("/"):
            base += "/"
        return URL(base + str(name).lstrip("/"))

    def with_query(self, *args, **kwargs):
        query = args[0] if args else kwargs
        if isinstance(query, str):
            qs = query
        elif query is None:
            qs = ""
        else:
            items = query.items() if isinstance(query, Mapping) else query
            qs = urlencode([(k, _query_value(v)) for k, v in items])
        p = self._parts
        return URL(urlunsplit((p.scheme, p.netloc, p.path, qs, p.fragment)))

    def update_query(self, *args, **kwargs):
        query = args[0] if args else kwargs
        if isinstance(query, str):
            extra = query
        else:
            items = query.items() if isinstance(query, Mapping) else query
            extra = urlencode([(k, _query_value(v)) for k, v in items])
        p = self._parts
        qs = "&".join(x for x in (p.query, extra) if x)
        return URL(urlunsplit((p.scheme, p.netloc, p.path, qs, p.fragment)))

    extend_query = update_query


def _query_value(v):
    if isinstance(v, bool):
        raise TypeError("Invalid variable type: value should be str, int or float, got True "
                        "of type <class 'bool'>")
    return str(v)


class CIMultiDictProxy(Mapping):
    """Read-only, case-insensitive (for headers) multi-mapping."""

    def __init__(self, items=(), *, case_sensitive=False):
        if isinstance(items, Mapping):
            items = items.items()
        self._items = [(str(k), v) for k, v in items]
        self._cs = case_sensitive

    def _key(self, key):
        return key if self._cs else str(key).lower()

    def __getitem__(self, key):
        k = self._key(key)
        for name, value in self._items:
            if self._key(name) == k:
                return value
        raise KeyError(key)

    def getall(self, key, default=None):
        k = self._key(key)
        found = [v for name, v in self._items if self._key(name) == k]
        if found:
            return found
        if default is not None:
            return default
        raise KeyError(key)

    def getone(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            if default is not None:
                return default
            raise

    def __contains__(self, key):
        k = self._key(key)
        return any(self._key(name) == k for name, _ in self._items)

    def __iter__(self):
        return iter([name for name, _ in self._items])

    def __len__(self):
        return len(self._items)

    def items(self):
        return list(self._items)

    def keys(self):
        return [name for name, _ in self._items]

    def values(self):
        return [v for _, v in self._items]

    def copy(self):
        return dict(self._items)

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in self._items)
        name = "MultiDictProxy" if self._cs else "CIMultiDictProxy"
        return f"<{name}({body})>"
