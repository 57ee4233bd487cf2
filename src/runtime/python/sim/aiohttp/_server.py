"""The pretend web server behind Loopscope's simulated aiohttp.

Nothing here touches a network.  Every URL, on any host, gets a
deterministic answer computed from the request:

* ``/status/<code>``  -> responds with that HTTP status (httpbin-style)
* ``/delay/<seconds>`` -> adds that many seconds of latency
* ``/json``           -> a small fixed JSON document
* anything else       -> 200 with a JSON body describing the request,
  e.g. ``{"url": ..., "method": "GET", "simulated": true}``; ``params=``
  show up as ``"args"``, ``json=`` as ``"json"``, ``data=`` as ``"form"``
  (dict) or ``"data"`` (text), custom headers as ``"headers"``.
"""

import json
from http import HTTPStatus

FIXED_JSON = {
    "slideshow": {
        "author": "Loopscope",
        "title": "Sample Slide Show",
        "date": "sample data",
        "slides": [
            {"title": "Wake up to asyncio!", "type": "all"},
            {"title": "Overview", "type": "all",
             "items": ["Why await matters", "Who is waiting on whom"]},
        ],
    },
    "simulated": True,
}

_NO_BODY_STATUSES = {204, 304}


def reason_for(status):
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


def serialize_json(obj):
    """Serialize ``json=`` like aiohttp does (raises TypeError if impossible)."""
    return json.dumps(obj)


def _echo_data(data):
    """Describe a ``data=`` payload for the echo body: (key, value)."""
    if data is None:
        return None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return "data", bytes(data).decode("utf-8", "replace")
    if isinstance(data, str):
        return "data", data
    if hasattr(data, "items"):
        return "form", {str(k): str(v) for k, v in data.items()}
    try:
        pairs = list(data)
        return "form", {str(k): str(v) for k, v in pairs}
    except (TypeError, ValueError):
        return "data", str(data)


def respond(method, url, *, headers=None, user_headers=False, json_body=None,
            has_json=False, data=None):
    """Compute the simulated response.

    Returns ``(status, extra_delay_seconds, body_bytes)``.
    """
    path = url.path or "/"
    parts = [p for p in path.split("/") if p]
    status = 200
    extra_delay = 0.0
    doc = None

    if len(parts) == 2 and parts[0] == "status":
        try:
            code = int(parts[1])
        except ValueError:
            code = None
        if code is None or not 100 <= code <= 599:
            status = 400
            doc = {"error": "Invalid status code", "simulated": True}
        else:
            status = code
    elif len(parts) == 2 and parts[0] == "delay":
        try:
            extra_delay = max(0.0, float(parts[1]))
        except ValueError:
            status = 400
            doc = {"error": "Invalid delay", "simulated": True}
    elif parts == ["json"]:
        doc = FIXED_JSON

    if doc is None:
        doc = {"url": str(url), "method": method}
        if status != 200:
            doc["status"] = status
        if extra_delay:
            doc["delay"] = extra_delay
        query = url.query
        if query:
            doc["args"] = {k: query[k] for k in query}
        if has_json:
            doc["json"] = json_body
        echoed = _echo_data(data)
        if echoed is not None:
            doc[echoed[0]] = echoed[1]
        if user_headers and headers:
            doc["headers"] = dict(headers)
        doc["simulated"] = True

    if method == "HEAD" or status in _NO_BODY_STATUSES or status < 200:
        body = b""
    else:
        body = json.dumps(doc).encode("utf-8")
    return status, extra_delay, body
