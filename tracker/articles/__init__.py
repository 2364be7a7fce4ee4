"""Reading articles: files (plain text, Markdown, HTML) and web addresses, into text and metadata.

``load_article`` is the way in for ``tracker add``. The text it returns is what claim quotes
and their offsets point into, so it must come out the same every time the stored bytes are
read again: ``article_text`` and ``read_article_text`` compute it from the bytes alone (never
from an HTTP header or the time of day), and ``load_article`` uses the same code.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from tracker.articles.datelines import find_dateline
from tracker.articles.decoding import decode_text
from tracker.articles.fetch import ARTICLE_TYPES, fetch, is_web_url
from tracker.articles.filenames import EXTENSIONS, source_filename
from tracker.articles.html import date_in_url, extract_page, host_name
from tracker.errors import BadInput
from tracker.text import one_line

__all__ = [
    "MAX_BYTES",
    "MIN_WORDS",
    "LoadedArticle",
    "article_files",
    "article_text",
    "find_dateline",
    "load_article",
    "read_article_text",
    "source_filename",
]

MAX_BYTES = 5_000_000
"""Largest file or download accepted: news pages weigh ~0.1-1 MB; anything far bigger is not one article."""
MIN_WORDS = 20
"""Fewer words than this is a caption, an error page or an empty template, not an article."""
TITLE_SEARCH_LINES = 5
"""A plain-text title is looked for in this many first lines."""
MAX_TITLE_CHARS = 200
"""A plain-text "title" longer than this is a first paragraph; it is cut to keep lists readable."""

FORMATS_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")
"""What ``article_files`` picks from a folder."""

_LOOKS_LIKE_HTML = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE | re.DOTALL)
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)\s*$")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3}|`)(\S(?:.*?\S)?)\1")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.DOTALL)
_FRONT_MATTER_FIELD = re.compile(r"^(\w[\w-]*)\s*:\s*(.*?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class LoadedArticle:
    raw: bytes
    """The bytes exactly as read or fetched: stored byte for byte in ``sources/``."""
    text: str
    """The article's text: what quotes and start/end offsets point into."""
    format: str
    """"text", "markdown" or "html"."""
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    """The canonical URL when the page names one, else the address it was fetched from."""
    author: str | None
    filename: str
    """A readable, filesystem-safe name for ``sources/`` with the format's extension (not yet unique)."""


@dataclass(frozen=True)
class _Parsed:
    text: str
    words: int
    """Words of actual article text (for HTML: the main text without the headline)."""
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None


def load_article(source: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, timeout: float = 20.0) -> LoadedArticle:
    """Read the article at a file path or an http(s) URL.

    Raises BadInput with a one-line message naming the source when it cannot be used: a missing
    path, a folder, a binary file, an empty or near-empty text, too many bytes, an HTTP error, a
    time-out, or an answer that is not an article.
    """
    name = one_line(os.fspath(source))
    try:
        if isinstance(source, str) and is_web_url(source):
            return _load_url(source, max_bytes=max_bytes, timeout=timeout)
        return _load_file(Path(source), max_bytes=max_bytes)
    except BadInput as error:
        raise BadInput(f"{name}: {error}") from None


def article_text(raw: bytes, format: str) -> str:
    """The text of an article's bytes in a given format; the same bytes always give the same text."""
    return _parse(raw, format).text


def read_article_text(path: Path) -> str:
    """The text of a stored source file, its format told by its extension (as ``load_article`` does)."""
    raw = Path(path).read_bytes()
    return article_text(raw, _format_of(Path(path), raw))


def article_files(directory: Path) -> list[Path]:
    """The article files in a folder (not its sub-folders), sorted by name, hidden files skipped."""
    return sorted(
        entry
        for entry in Path(directory).iterdir()
        if not entry.name.startswith(".") and entry.suffix.lower() in ARTICLE_EXTENSIONS and entry.is_file()
    )


def _load_file(path: Path, *, max_bytes: int) -> LoadedArticle:
    try:
        if path.is_dir():
            raise BadInput("is a folder, not an article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise BadInput(f"too big for an article ({_megabytes(size)}; the limit is {_megabytes(max_bytes)})")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        raise BadInput("no such file") from None
    except PermissionError:
        raise BadInput("cannot be read (permission denied)") from None
    except OSError as error:
        raise BadInput(f"cannot be read ({error.strerror or error})") from None
    if len(raw) > max_bytes:
        raise BadInput(f"too big for an article (over {_megabytes(max_bytes)})")
    return _loaded(raw, _format_of(path, raw), fallback_name=path.stem, fetched_url=None)


def _load_url(url: str, *, max_bytes: int, timeout: float) -> LoadedArticle:
    fetched = fetch(url, max_bytes=max_bytes, timeout=timeout)
    format = ARTICLE_TYPES.get(fetched.content_type or "", "text")
    # A web page served as text/plain, or with no content type, is still a web page.
    if format == "text" and _LOOKS_LIKE_HTML.match(fetched.raw[:4096]):
        format = "html"
    return _loaded(fetched.raw, format, fallback_name=_last_path_segment(fetched.url), fetched_url=fetched.url)


def _loaded(raw: bytes, format: str, *, fallback_name: str | None, fetched_url: str | None) -> LoadedArticle:
    if not raw.strip():
        raise BadInput("is empty")
    parsed = _parse(raw, format)
    if format != "html" and not parsed.text.strip():
        raise BadInput("is empty")
    if parsed.words < MIN_WORDS:
        if format == "html":
            raise BadInput(f"no article text found in the page ({parsed.words} words of main text)")
        raise BadInput(f"too short to be an article ({parsed.words} words)")
    url = parsed.url or fetched_url
    published = parsed.published
    if published is None and format == "html":
        published = date_in_url(url) or date_in_url(fetched_url) or find_dateline(parsed.text)
    outlet = parsed.outlet or (host_name(url) if format == "html" or fetched_url else None)
    return LoadedArticle(
        raw=raw,
        text=parsed.text,
        format=format,
        title=parsed.title,
        published=published,
        outlet=outlet,
        url=url,
        author=parsed.author,
        filename=source_filename(parsed.title, published, fallback_name, format),
    )


def _parse(raw: bytes, format: str) -> _Parsed:
    if format == "html":
        page = extract_page(decode_text(raw, html=True))
        return _Parsed(page.text, page.body_words, page.title, page.published, page.author, page.outlet, page.url)
    text = decode_text(raw)
    if format == "markdown":
        return _parse_markdown(text)
    if format == "text":
        return _Parsed(text, len(text.split()), title=_plain_title(text), published=find_dateline(text))
    raise ValueError(f"unknown article format {format!r}; expected one of {sorted(EXTENSIONS)}")


def _parse_markdown(text: str) -> _Parsed:
    fields: dict[str, str] = {}
    body = text
    if front_matter := _FRONT_MATTER.match(text):
        fields = {key.lower(): value.strip("'\"") for key, value in _FRONT_MATTER_FIELD.findall(front_matter.group(1))}
        body = text[front_matter.end() :]
    title = _first(fields, "title", "headline") or _markdown_title(body)
    published = _front_matter_date(_first(fields, "published", "date", "pubdate")) or find_dateline(body)
    return _Parsed(
        text,
        len(body.split()),
        title=_cut_title(title) if title else None,
        published=published,
        author=_first(fields, "author", "byline"),
        outlet=_first(fields, "outlet", "publisher", "source", "site"),
        url=_first(fields, "url", "canonical_url", "canonical", "link"),
    )


def _markdown_title(text: str) -> str | None:
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if heading := _ATX_HEADING.match(line):
            return _strip_inline_markup(heading.group(1))
        next_line = lines[index + 1] if index + 1 < len(lines) else ""
        if line.strip() and _SETEXT_UNDERLINE.match(next_line):
            return _strip_inline_markup(line)
    return _plain_title(text)


def _strip_inline_markup(line: str) -> str:
    return _MARKDOWN_EMPHASIS.sub(r"\2", _MARKDOWN_LINK.sub(r"\1", line)).strip()


def _plain_title(text: str) -> str | None:
    lines = [line for line in text.split("\n")[:TITLE_SEARCH_LINES] if line.strip()]
    # Copies of web pages often start with a section label ("News Feed", "World"): a headline
    # has at least three words, so a shorter first line gives way to the next one that has them.
    headline = next((line for line in lines if len(line.split()) >= 3), lines[0] if lines else None)
    return _cut_title(headline) if headline else None


def _cut_title(title: str) -> str:
    title = " ".join(title.split())
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, MAX_TITLE_CHARS)
    return title[: cut if cut > 0 else MAX_TITLE_CHARS] + "…"


def _first(fields: dict[str, str], *keys: str) -> str | None:
    return next((fields[key] for key in keys if fields.get(key)), None)


def _front_matter_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return find_dateline(value)


def _format_of(path: Path, raw: bytes) -> str:
    format = FORMATS_BY_EXTENSION.get(path.suffix.lower())
    # An HTML page saved as .txt, or under no extension at all, is still a web page.
    if format in (None, "text") and _LOOKS_LIKE_HTML.match(raw[:4096]):
        return "html"
    return format or "text"


def _last_path_segment(url: str) -> str | None:
    segment = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return segment.rsplit(".", 1)[0] if "." in segment else segment or None


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"
