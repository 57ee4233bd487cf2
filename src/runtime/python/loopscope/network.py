"""Sockets during a run. The snippet runs in a browser sandbox with no network. Left alone,
Emscripten's socket emulation "connects" to anything and the program would carry on as if a
server had answered, which CPython never does. So, for the run, resolving a name and connecting
fail as they do on a machine with its network unplugged, with one line saying why and what
Loopscope simulates instead."""
import errno
import socket

HINT = ("Loopscope runs your code in the browser without network access; aiohttp and asyncpg "
        "are simulated instead (import them as usual).")

_saved = {}


def _noted(exc):
    exc.add_note(HINT)
    return exc


def _getaddrinfo(host, port, *args, **kwargs):
    raise _noted(socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"))


def _gethostbyname(host):
    raise _noted(socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution"))


def _connect(self, address):
    raise _noted(OSError(errno.ENETUNREACH, "Network is unreachable"))


def _connect_ex(self, address):
    return errno.ENETUNREACH


# (owner, attribute, replacement): module functions and socket.socket methods alike.
_PATCHES = (
    (socket, "getaddrinfo", _getaddrinfo),
    (socket, "gethostbyname", _gethostbyname),
    (socket.socket, "connect", _connect),
    (socket.socket, "connect_ex", _connect_ex),
)


def install():
    for owner, name, fn in _PATCHES:
        # socket.socket inherits connect from _socket.socket: remember "not its own" as None.
        _saved[(owner, name)] = owner.__dict__.get(name)
        setattr(owner, name, fn)


def uninstall():
    for (owner, name), fn in _saved.items():
        if fn is None:
            delattr(owner, name)
        else:
            setattr(owner, name, fn)
    _saved.clear()
