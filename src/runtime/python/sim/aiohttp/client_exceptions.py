"""Exception classes of Loopscope's simulated aiohttp (same names and
hierarchy as aiohttp 3.9).  No real network call ever happens."""

import asyncio

__all__ = (
    "ClientError",
    "ClientConnectionError",
    "ClientOSError",
    "ClientConnectorError",
    "ClientProxyConnectionError",
    "ClientSSLError",
    "ClientConnectorSSLError",
    "ClientConnectorCertificateError",
    "ServerConnectionError",
    "ServerDisconnectedError",
    "ServerTimeoutError",
    "ServerFingerprintMismatch",
    "ClientPayloadError",
    "ClientResponseError",
    "ContentTypeError",
    "WSServerHandshakeError",
    "TooManyRedirects",
    "ClientHttpProxyError",
    "InvalidURL",
)


class ClientError(Exception):
    """Base class for client errors."""


class ClientResponseError(ClientError):
    """Connection error during reading response.

    ``request_info`` is a RequestInfo; ``status`` the HTTP status code.
    """

    def __init__(self, request_info, history, *, code=None, status=None,
                 message="", headers=None):
        self.request_info = request_info
        if status is not None:
            self.status = status
        elif code is not None:
            self.status = code
        else:
            self.status = 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return "{}, message={!r}, url={!r}".format(
            self.status, self.message, self.request_info.real_url)

    def __repr__(self):
        args = f"{self.request_info!r}, {self.history!r}"
        if self.status != 0:
            args += f", status={self.status!r}"
        if self.message != "":
            args += f", message={self.message!r}"
        if self.headers is not None:
            args += f", headers={self.headers!r}"
        return f"{type(self).__name__}({args})"

    @property
    def code(self):
        return self.status


class ContentTypeError(ClientResponseError):
    """ContentType found is not valid."""


class WSServerHandshakeError(ClientResponseError):
    """websocket server handshake error."""


class ClientHttpProxyError(ClientResponseError):
    """HTTP proxy error."""


class TooManyRedirects(ClientResponseError):
    """Client was redirected too many times."""


class ClientConnectionError(ClientError):
    """Base class for client socket errors."""


class ClientOSError(ClientConnectionError, OSError):
    """OSError error."""


class ClientConnectorError(ClientOSError):
    """Client connector error: the connection to the host could not be made.

    Exported for ``except`` clauses; the simulation never raises it.
    """

    def __init__(self, connection_key=None, os_error=None):
        if os_error is None:
            os_error = OSError(111, "Connect call failed")
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return getattr(self._conn_key, "host", None)

    @property
    def port(self):
        return getattr(self._conn_key, "port", None)

    @property
    def ssl(self):
        return getattr(self._conn_key, "ssl", None)

    def __str__(self):
        return "Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]".format(
            self, "default" if self.ssl is True else self.ssl,
            self.strerror)

    __reduce__ = BaseException.__reduce__


class ClientProxyConnectionError(ClientConnectorError):
    """Proxy connection error."""


class ClientSSLError(ClientConnectorError):
    """Base error for ssl.*Errors."""


class ClientConnectorSSLError(ClientSSLError):
    """Response ssl error."""


class ClientConnectorCertificateError(ClientSSLError):
    """Response certificate error."""


class ServerConnectionError(ClientConnectionError):
    """Server connection errors."""


class ServerDisconnectedError(ServerConnectionError):
    """Server disconnected."""

    def __init__(self, message=None):
        if message is None:
            message = "Server disconnected"
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    """Server timeout error."""


class ServerFingerprintMismatch(ServerConnectionError):
    """SSL certificate does not match expected fingerprint."""


class ClientPayloadError(ClientError):
    """Response payload error."""


class InvalidURL(ClientError, ValueError):
    """Invalid URL.  URL used for fetching is malformed."""

    def __init__(self, url):
        super().__init__(url)

    @property
    def url(self):
        return self.args[0]

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.url}>"
