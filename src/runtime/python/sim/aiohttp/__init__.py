"""Loopscope's simulated ``aiohttp`` (client side only).

This is a Loopscope simulation, not the real aiohttp: **no real network call
ever happens**.  It mirrors the aiohttp 3.9 client API closely enough for
guide snippets to run unchanged in the browser:

* ``ClientSession`` with ``get/post/put/patch/delete/head/options/request``;
  each call can be awaited or used with ``async with``.
* Every request waits ``_loopscope_sim.config["http_latency"]`` seconds
  (asyncio.sleep, virtual time in Loopscope) while holding one of the
  connector's slots; the default ``TCPConnector(limit=100)`` lets at most
  100 requests wait at once, like real aiohttp.
* Responses are deterministic JSON describing the request.  httpbin-style
  paths on any host: ``/status/<code>``, ``/delay/<seconds>``, ``/json``;
  ``json=`` / ``data=`` / ``params=`` are echoed back.
* ``ClientTimeout(total=...)`` is enforced and raises ``asyncio.TimeoutError``.

Not simulated: server-side ``aiohttp.web``, WebSockets, redirects, cookies,
proxies, streaming uploads, real DNS or connection failures.
"""

from . import _compat, client_exceptions  # noqa: F401
from ._compat import URL
from .client import ClientSession, ClientTimeout, request
from .client_exceptions import (
    ClientConnectionError,
    ClientConnectorCertificateError,
    ClientConnectorError,
    ClientConnectorSSLError,
    ClientError,
    ClientHttpProxyError,
    ClientOSError,
    ClientPayloadError,
    ClientProxyConnectionError,
    ClientResponseError,
    ClientSSLError,
    ContentTypeError,
    InvalidURL,
    ServerConnectionError,
    ServerDisconnectedError,
    ServerFingerprintMismatch,
    ServerTimeoutError,
    TooManyRedirects,
    WSServerHandshakeError,
)
from .client_reqrep import ClientResponse, RequestInfo
from .connector import BaseConnector, NamedPipeConnector, TCPConnector, UnixConnector
from .helpers import BasicAuth
from .streams import EofStream, StreamReader

__version__ = "3.9.5-loopscope-sim"

#: Marker for tools: this package is a Loopscope simulation.
__loopscope_sim__ = True

__all__ = (
    "BaseConnector",
    "BasicAuth",
    "ClientConnectionError",
    "ClientConnectorCertificateError",
    "ClientConnectorError",
    "ClientConnectorSSLError",
    "ClientError",
    "ClientHttpProxyError",
    "ClientOSError",
    "ClientPayloadError",
    "ClientProxyConnectionError",
    "ClientResponse",
    "ClientResponseError",
    "ClientSSLError",
    "ClientSession",
    "ClientTimeout",
    "ContentTypeError",
    "EofStream",
    "InvalidURL",
    "NamedPipeConnector",
    "RequestInfo",
    "ServerConnectionError",
    "ServerDisconnectedError",
    "ServerFingerprintMismatch",
    "ServerTimeoutError",
    "StreamReader",
    "TCPConnector",
    "TooManyRedirects",
    "UnixConnector",
    "URL",
    "WSServerHandshakeError",
    "request",
)
