"""Helpers of Loopscope's simulated aiohttp (``BasicAuth``)."""

import base64
from collections import namedtuple

__all__ = ("BasicAuth",)


class BasicAuth(namedtuple("BasicAuth", ["login", "password", "encoding"])):
    """Http basic authentication helper (the credentials go nowhere:
    Loopscope's aiohttp makes no real network calls)."""

    def __new__(cls, login, password="", encoding="latin1"):
        if login is None:
            raise ValueError("None is not allowed as login value")
        if password is None:
            raise ValueError("None is not allowed as password value")
        if ":" in login:
            raise ValueError('A ":" is not allowed in login (RFC 1945#section-11.1)')
        return super().__new__(cls, login, password, encoding)

    def encode(self):
        creds = f"{self.login}:{self.password}".encode(self.encoding)
        return "Basic %s" % base64.b64encode(creds).decode(self.encoding)
