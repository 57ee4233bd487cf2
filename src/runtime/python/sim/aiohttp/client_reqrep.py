"""``ClientResponse`` of Loopscope's simulated aiohttp.

Responses are produced by a pretend server (see ``aiohttp._server``); no
real network call happens.  The API and its error behaviour follow
aiohttp 3.9: ``status``, ``reason``, ``ok``, ``headers``, ``await text()``,
``await json()``, ``await read()``, ``raise_for_status()``, ``release()``.
"""

import json as _json
import re
from dataclasses import dataclass
from http.cookies import SimpleCookie

from ._compat import URL, CIMultiDictProxy
from ._server import reason_for
from .client_exceptions import ClientConnectionError, ClientResponseError, ContentTypeError
from .connector import DONE
from .streams import StreamReader

__all__ = ("ClientResponse", "RequestInfo")


@dataclass(frozen=True)
class RequestInfo:
    url: URL
    method: str
    headers: CIMultiDictProxy
    real_url: URL


_JSON_RE = re.compile(r"^application/(?:[\w.+-]+?\+)?json")


def _is_expected_content_type(ctype, expected):
    if expected == "application/json":
        return _JSON_RE.match(ctype) is not None
    return expected in ctype


def _mimetype(ctype):
    return ctype.split(";", 1)[0].strip().lower()


class ClientResponse:
    """A simulated HTTP response."""

    def __init__(self, method, url, *, status, body, request_headers=None):
        self.method = method
        self._url = url
        self.status = status
        self.reason = reason_for(status)
        headers = []
        if body:
            headers.append(("Content-Type", "application/json"))
        headers.append(("Content-Length", str(len(body))))
        headers.append(("Server", "loopscope-simulated-server"))
        self._headers = CIMultiDictProxy(headers)
        self.content = StreamReader(body)
        self._body = None
        self._released = False
        self._closed = False
        self._request_info = RequestInfo(
            url, method, CIMultiDictProxy(request_headers or {}), url)
        self._history = ()
        self.cookies = SimpleCookie()

    # -- attributes ---------------------------------------------------
    @property
    def url(self):
        return self._url

    @property
    def real_url(self):
        return self._url

    @property
    def host(self):
        return self._url.host

    @property
    def headers(self):
        return self._headers

    @property
    def raw_headers(self):
        return tuple((k.encode(), v.encode()) for k, v in self._headers.items())

    @property
    def request_info(self):
        return self._request_info

    @property
    def history(self):
        return self._history

    @property
    def ok(self):
        """True if ``status`` is less than 400."""
        return self.status < 400

    @property
    def content_type(self):
        return _mimetype(self._headers.get("Content-Type", "application/octet-stream"))

    @property
    def charset(self):
        return None

    @property
    def content_length(self):
        return int(self._headers["Content-Length"])

    @property
    def version(self):
        return (1, 1)

    @property
    def links(self):
        return CIMultiDictProxy(())

    @property
    def closed(self):
        return self._closed

    def __repr__(self):
        return "<ClientResponse({}) [{} {}]>\n{!r}\n".format(
            self._url, self.status, self.reason, self._headers)

    # -- body ---------------------------------------------------------
    def get_encoding(self):
        return "utf-8"

    async def read(self):
        """Read the response body as bytes."""
        if self._body is None:
            self._body = await self.content.read()
        elif self._released:
            raise ClientConnectionError("Connection closed")
        return self._body

    async def text(self, encoding=None, errors="strict"):
        """Read the response body as text."""
        if self._body is None:
            await self.read()
        return self._body.decode(encoding or self.get_encoding(), errors=errors)

    async def json(self, *, encoding=None, loads=_json.loads,
                   content_type="application/json"):
        """Read the response body and decode it as JSON."""
        if self._body is None:
            await self.read()
        if content_type:
            ctype = self._headers.get("Content-Type", "").lower()
            if not _is_expected_content_type(ctype, content_type):
                raise ContentTypeError(
                    self._request_info, self._history,
                    message="Attempt to decode JSON with unexpected mimetype: %s" % ctype,
                    headers=self._headers)
        stripped = self._body.strip()
        if not stripped:
            return None
        return loads(stripped.decode(encoding or self.get_encoding()))

    # -- lifecycle ----------------------------------------------------
    def raise_for_status(self):
        """Raise ClientResponseError if the status is 400 or higher."""
        if not self.ok:
            self.release()
            raise ClientResponseError(
                self._request_info, self._history, status=self.status,
                message=self.reason, headers=self._headers)

    def release(self):
        """Give the connection back (works with or without ``await``)."""
        if not self._released:
            if self.content.exception() is None:
                self.content.set_exception(ClientConnectionError("Connection closed"))
            self._released = True
        self._closed = True
        return DONE

    def close(self):
        self._closed = True

    async def wait_for_close(self):
        self.release()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()
