"""``ClientSession`` of Loopscope's simulated aiohttp.

This is a Loopscope simulation: no real network call happens.  Each request
waits ``_loopscope_sim.config["http_latency"]`` seconds (via asyncio.sleep,
read when the request starts) while holding one of the connector's
connection slots, then gets a deterministic response from the pretend
server in ``aiohttp._server``.
"""

import asyncio
import json as _json
import warnings
from collections.abc import Coroutine
from dataclasses import dataclass
from urllib.parse import urljoin

import _loopscope_sim

from . import _server
from ._compat import URL, CIMultiDictProxy
from .client_exceptions import InvalidURL
from .client_reqrep import ClientResponse
from .connector import TCPConnector
from .helpers import BasicAuth

__all__ = ("ClientSession", "ClientTimeout", "request")

_SENTINEL = object()


@dataclass(frozen=True)
class ClientTimeout:
    """Timeout settings.  The simulation enforces ``total`` (the whole
    request, including waiting for a free connection); other fields are
    kept for compatibility."""

    total: "float | None" = None
    connect: "float | None" = None
    sock_read: "float | None" = None
    sock_connect: "float | None" = None
    ceil_threshold: float = 5


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60)

_HTTP_SCHEMES = {"http", "https", "ws", "wss"}

# Request options aiohttp 3.9 accepts that make no difference to the simulation.
_IGNORED_REQUEST_OPTIONS = frozenset({
    "cookies", "skip_auto_headers", "allow_redirects", "max_redirects", "compress",
    "chunked", "expect100", "read_until_eof", "proxy", "proxy_auth", "verify_ssl",
    "fingerprint", "ssl_context", "ssl", "server_hostname", "proxy_headers",
    "trace_request_ctx", "read_bufsize", "auto_decompress", "max_line_size",
    "max_field_size",
})


class _BaseRequestContextManager(Coroutine):
    """What ``session.get(...)`` returns: await it, or ``async with`` it."""

    __slots__ = ("_coro", "_resp")

    def __init__(self, coro):
        self._coro = coro
        self._resp = None

    def send(self, arg):
        return self._coro.send(arg)

    def throw(self, *args):
        return self._coro.throw(*args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self._coro.__await__()

    def __iter__(self):
        return self.__await__()

    async def __aenter__(self):
        self._resp = await self._coro
        return self._resp


class _RequestContextManager(_BaseRequestContextManager):
    __slots__ = ()

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._resp.wait_for_close()


_IGNORED_SESSION_OPTIONS = frozenset({
    "cookie_jar", "request_class", "response_class", "ws_response_class", "version",
    "read_timeout", "conn_timeout", "auto_decompress", "trust_env", "requote_redirect_url",
    "trace_configs", "read_bufsize", "max_line_size", "max_field_size",
    "fallback_charset_resolver",
})


def _header_items(headers):
    if not headers:
        return []
    if hasattr(headers, "items"):
        return list(headers.items())
    return [tuple(pair) for pair in headers]


def _coerce_timeout(timeout):
    if isinstance(timeout, ClientTimeout):
        return timeout
    if timeout is None:
        return ClientTimeout(total=None)
    return ClientTimeout(total=float(timeout))


class ClientSession:
    """First-class interface for making (simulated) HTTP requests.

    Loopscope simulation: no real network call happens.  Use it exactly like
    aiohttp's: ``async with aiohttp.ClientSession() as session:`` then
    ``async with session.get(url) as response:``.
    """

    def __init__(self, base_url=None, *, connector=None, loop=None, cookies=None,
                 headers=None, skip_auto_headers=None, auth=None,
                 json_serialize=_json.dumps, connector_owner=True,
                 raise_for_status=False, timeout=_SENTINEL, **kwargs):
        unknown = set(kwargs) - _IGNORED_SESSION_OPTIONS
        if unknown:
            raise TypeError("ClientSession.__init__() got an unexpected keyword argument "
                            f"'{sorted(unknown)[0]}'")
        try:
            self._loop = asyncio.get_running_loop()
        except RuntimeError:
            self._loop = None
        self._base_url = None if base_url is None else URL(base_url)
        self._connector = connector if connector is not None else TCPConnector()
        self._connector_owner = connector_owner
        self._default_headers = _header_items(headers)
        if timeout is _SENTINEL or timeout is None:
            self._timeout = DEFAULT_TIMEOUT
        else:
            self._timeout = _coerce_timeout(timeout)
        self._raise_for_status = raise_for_status
        self._json_serialize = json_serialize
        self._auth = auth
        self._options = dict(kwargs, cookies=cookies, skip_auto_headers=skip_auto_headers)

    def __repr__(self):
        return f"<aiohttp.client.ClientSession object at {id(self):#x}>"

    def __del__(self, _warnings=warnings):
        # aiohttp reports sessions that were never closed.
        try:
            if not self.closed:
                _warnings.warn(f"Unclosed client session {self!r}", ResourceWarning,
                               source=self)
                if self._loop is not None:
                    self._loop.call_exception_handler(
                        {"client_session": self, "message": "Unclosed client session"})
        except Exception:
            pass

    # -- properties ---------------------------------------------------
    @property
    def closed(self):
        """True once the session (or its connector) has been closed."""
        return self._connector is None or self._connector.closed

    @property
    def connector(self):
        return self._connector

    @property
    def connector_owner(self):
        return self._connector_owner

    @property
    def timeout(self):
        return self._timeout

    @property
    def headers(self):
        return CIMultiDictProxy(self._default_headers)

    @property
    def auth(self):
        return self._auth

    @property
    def raise_for_status(self):
        return self._raise_for_status

    @property
    def loop(self):
        return self._loop

    # -- lifecycle ----------------------------------------------------
    async def close(self):
        """Close the session (and its connector, if it owns it)."""
        if not self.closed:
            if self._connector is not None and self._connector_owner:
                self._connector.close()
            self._connector = None

    def detach(self):
        self._connector = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def __enter__(self):
        raise TypeError("Use async with instead")

    def __exit__(self, exc_type, exc, tb):  # pragma: no cover
        pass

    # -- requests -----------------------------------------------------
    def request(self, method, url, **kwargs):
        """Perform an HTTP request; await it or use ``async with``."""
        return _RequestContextManager(self._request(method, url, **kwargs))

    def get(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(
            self._request("GET", url, allow_redirects=allow_redirects, **kwargs))

    def options(self, url, *, allow_redirects=True, **kwargs):
        return _RequestContextManager(
            self._request("OPTIONS", url, allow_redirects=allow_redirects, **kwargs))

    def head(self, url, *, allow_redirects=False, **kwargs):
        return _RequestContextManager(
            self._request("HEAD", url, allow_redirects=allow_redirects, **kwargs))

    def post(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request("POST", url, data=data, **kwargs))

    def put(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request("PUT", url, data=data, **kwargs))

    def patch(self, url, *, data=None, **kwargs):
        return _RequestContextManager(self._request("PATCH", url, data=data, **kwargs))

    def delete(self, url, **kwargs):
        return _RequestContextManager(self._request("DELETE", url, **kwargs))

    def ws_connect(self, url, **kwargs):
        raise NotImplementedError(
            "Loopscope's simulated aiohttp does not support WebSockets")

    def _build_url(self, str_or_url):
        text = str(str_or_url)
        if self._base_url is not None and not URL(text).is_absolute():
            text = urljoin(str(self._base_url), text)
        return URL(text)

    async def _request(self, method, str_or_url, *, params=None, data=None, json=None,
                       headers=None, auth=None, raise_for_status=None,
                       timeout=_SENTINEL, **kwargs):
        unknown = set(kwargs) - _IGNORED_REQUEST_OPTIONS
        if unknown:
            raise TypeError(
                f"_request() got an unexpected keyword argument '{sorted(unknown)[0]}'")
        if self.closed:
            raise RuntimeError("Session is closed")
        if data is not None and json is not None:
            raise ValueError("data and json parameters can not be used at the same time")
        has_json = json is not None
        if has_json:
            # Serialize now, like aiohttp (TypeError for unserializable data).
            json = _json.loads(self._json_serialize(json))

        url = self._build_url(str_or_url)
        if params:
            url = url.update_query(params)
        if url.scheme not in _HTTP_SCHEMES or not url.host:
            raise InvalidURL(url)
        method = method.upper()

        merged = {}
        names = {}
        for key, value in self._default_headers + _header_items(headers):
            names[key.lower()] = key
            merged[key.lower()] = str(value)
        auth = auth if auth is not None else self._auth
        if isinstance(auth, BasicAuth):
            names["authorization"] = "Authorization"
            merged["authorization"] = auth.encode()
        request_headers = [(names[k], v) for k, v in merged.items()]

        if timeout is _SENTINEL:
            real_timeout = self._timeout
        else:
            real_timeout = _coerce_timeout(timeout)

        status, extra_delay, body = _server.respond(
            method, url, headers=request_headers, user_headers=bool(request_headers),
            json_body=json, has_json=has_json, data=data)
        latency = _loopscope_sim.latency("http")
        _loopscope_wait = f"HTTP {method} {url} (simulated)"  # noqa: F841 - read by Loopscope's tracer

        connector = self._connector
        try:
            async with asyncio.timeout(real_timeout.total) as deadline:
                slot = await connector._acquire_slot((url.host, url.port))
                try:
                    await asyncio.sleep(latency + extra_delay)
                finally:
                    connector._release_slot(slot)
        except TimeoutError:
            if deadline.expired():
                raise asyncio.TimeoutError from None
            raise

        response = ClientResponse(method, url, status=status, body=body,
                                  request_headers=request_headers)
        check = self._raise_for_status if raise_for_status is None else raise_for_status
        if check is True:
            response.raise_for_status()
        elif callable(check):
            await check(response)
        return response


class _SessionRequestContextManager:
    def __init__(self, coro, session):
        self._coro = coro
        self._resp = None
        self._session = session

    async def __aenter__(self):
        try:
            self._resp = await self._coro
        except BaseException:
            await self._session.close()
            raise
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()
        await self._session.close()


def request(method, url, *, connector=None, **kwargs):
    """One-off request: ``async with aiohttp.request("GET", url) as resp:``."""
    connector_owner = connector is None
    if connector is None:
        connector = TCPConnector(force_close=True)
    session = ClientSession(connector=connector, connector_owner=connector_owner,
                            timeout=kwargs.pop("timeout", _SENTINEL),
                            raise_for_status=kwargs.pop("raise_for_status", False))
    return _SessionRequestContextManager(session._request(method, url, **kwargs), session)
