"""Fetching an article over HTTP(S) with the standard library: a time limit, a size cap, checks.

urllib is enough for one GET with redirects, and it keeps every byte in our hands: the body is
read in chunks so a huge answer stops at the cap instead of filling memory.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from http.client import HTTPException, HTTPResponse
from urllib.parse import urlsplit

from tracker import __version__
from tracker.errors import BadInput

USER_AGENT = f"Mozilla/5.0 (compatible; tracker/{__version__}; news claim tracker)"
CHUNK = 64 * 1024

ARTICLE_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
"""Content types that can hold an article, and the format each is read as."""


@dataclass(frozen=True)
class Fetched:
    raw: bytes
    url: str
    """Where the answer came from, after redirects."""
    content_type: str | None
    """The media type without parameters, e.g. "text/html"; None when the server sent none."""


def is_web_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
    """The body of a 200 answer to GET ``url``; BadInput (a one-line reason) for anything else."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise BadInput("only http:// and https:// addresses can be fetched")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            if response.status != 200:
                raise BadInput(f"the server answered HTTP {response.status} {response.reason}, not the page")
            content_type = response.headers.get_content_type() if response.headers.get("Content-Type") else None
            if content_type is not None and content_type not in ARTICLE_TYPES:
                raise BadInput(f"the server sent {content_type}, not an article (a web page or text)")
            declared_length = response.headers.get("Content-Length", "")
            if declared_length.isdigit() and int(declared_length) > max_bytes:
                raise BadInput(f"the answer is too big ({_size(int(declared_length))}; the limit is {_size(max_bytes)})")
            body = _read_capped(response, max_bytes, deadline, timeout)
            body = _decompressed(body, response.headers.get("Content-Encoding", ""), max_bytes)
            return Fetched(raw=body, url=response.url or url, content_type=content_type)
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400 and error.headers and (error.headers.get("Location") or error.headers.get("URI")):
            # urllib gives up on a loop or after 10 redirects, with a reason several lines long.
            raise BadInput("the server keeps redirecting (a redirect loop, or too many redirects)") from None
        raise BadInput(f"the server answered HTTP {error.code} {_one_line(error.reason)}") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise BadInput(_timed_out(timeout)) from None
        raise BadInput(f"cannot reach the server: {_one_line(error.reason)}") from None
    except TimeoutError:
        raise BadInput(_timed_out(timeout)) from None
    except (HTTPException, OSError) as error:
        raise BadInput(f"the connection failed: {_one_line(error) or type(error).__name__}") from None


def _read_capped(response: HTTPResponse, max_bytes: int, deadline: float, timeout: float) -> bytes:
    # The socket time-out bounds each wait; the deadline bounds the whole download, so a
    # server that trickles a byte at a time cannot hold us much past ``timeout``. read1()
    # returns what has arrived instead of waiting for a full chunk, which read() would do.
    chunks, size = [], 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise BadInput(f"the answer is too big (over {_size(max_bytes)})")
        if time.monotonic() > deadline:
            raise BadInput(_timed_out(timeout))
        chunks.append(chunk)
    return b"".join(chunks)


def _decompressed(body: bytes, encoding: str, max_bytes: int) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise BadInput(f"the server sent an answer compressed with {encoding!r}, which cannot be read")
    # wbits 47 accepts gzip and zlib headers; -15 is raw deflate, which some servers send.
    for wbits in (47, -15):
        inflater = zlib.decompressobj(wbits)
        try:
            data = inflater.decompress(body, max_bytes + 1)
        except zlib.error:
            continue
        if len(data) > max_bytes:
            raise BadInput(f"the answer is too big once unpacked (over {_size(max_bytes)})")
        return data
    raise BadInput(f"the answer claims {encoding} compression but cannot be unpacked")


def _timed_out(timeout: float) -> str:
    return f"no complete answer within {timeout:g} s (timed out)"


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def _one_line(value: object) -> str:
    return " ".join(str(value).split())
