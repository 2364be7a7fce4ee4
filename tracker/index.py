"""A sidecar of one table's list fields, valid for one exact content of ``claims.json``.

Parsing 100,000 claims into Python objects takes about a second, yet listing and filtering
them needs only a few fields of each. This file (``.claims.json.index`` beside the database)
keeps those fields, so a process can list at once and parse a claim only when it shows or
changes it.

It is a cache, never the user's data: it names the content it describes (size and CRC-32 of
the database file), and any doubt (missing, torn, foreign, older, describing other content)
means it is ignored and rebuilt from the database. Layout, one JSON document per line:

    {"format": "tracker-index", "version": 1, "table": "claims", "fields": N}
    {"content": [size, crc], "rows": {key: fields, ...}}                  # a full copy
    {"from": [size, crc], "to": [size, crc], "rows": {key: fields|null}}  # then one line per write

Each write appends the rows it changed instead of rewriting the file; the chain is valid
only while each line starts where the previous one ended. Writers append under the
database's lock, so lines never interleave.
"""

from __future__ import annotations

import os
import tempfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

FORMAT = "tracker-index"
VERSION = 1
COMPACT_AFTER = 500
"""Appended lines after which the next load rewrites the file as one full copy."""

Content = tuple[int, int]
"""What identifies a version of the database: its size and the CRC-32 of its bytes."""


def content_of(payload: bytes) -> Content:
    return (len(payload), zlib.crc32(payload))


@dataclass(frozen=True)
class TableIndex:
    """Which table to index and how: ``fields`` turns one document into its list fields.

    Bump ``version`` whenever ``fields`` changes what it returns: older files are then rebuilt.
    """

    table: str
    fields: Callable[[dict[str, Any]], list[Any]]
    version: int


def _lines(raw: bytes) -> Iterator[memoryview]:
    view, start = memoryview(raw), 0
    while start < len(raw):
        end = raw.find(b"\n", start)
        end = len(raw) if end < 0 else end
        yield view[start:end]
        start = end + 1


class IndexFile:
    """Reads and writes the sidecar of the database at ``database``."""

    def __init__(self, database: Path, spec: TableIndex) -> None:
        self.path = database.parent / f".{database.name}.index"
        self.spec = spec
        self.appended = 0
        """Lines after the full copy in the file last loaded or written."""

    def _header(self) -> bytes:
        return orjson.dumps({"format": FORMAT, "version": VERSION, "table": self.spec.table, "fields": self.spec.version})

    def load(self, content: Content) -> dict[str, list[Any]] | None:
        """The rows describing exactly ``content``, or None when the file cannot vouch for it."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        lines = _lines(raw)  # views, not copies: the full copy is most of the file
        header = next(lines, None)
        if header is None or header != self._header():
            return None
        try:
            base = orjson.loads(next(lines, b""))
            rows, at = base["rows"], tuple(base["content"])
            appended = 0
            for line in lines:
                if at == content:
                    break  # rows are a function of the content: any point that matches will do
                try:
                    patch = orjson.loads(line)
                except orjson.JSONDecodeError:
                    break  # the last line is being appended, or was torn by a crash
                if tuple(patch["from"]) != at:
                    return None
                for key, fields in patch["rows"].items():
                    if fields is None:
                        rows.pop(key, None)
                    else:
                        rows[key] = fields
                at = tuple(patch["to"])
                appended += 1
        except (orjson.JSONDecodeError, KeyError, TypeError, AttributeError):
            return None  # torn by a crash mid-append, or not ours: rebuild
        if at != content or not isinstance(rows, dict):
            return None
        self.appended = appended
        return rows

    def write(self, content: Content, rows: dict[str, list[Any]]) -> bool:
        """Replace the file with a full copy of ``rows`` for ``content``; False when it could not.

        A failure (a read-only folder, say) only costs speed: the next process parses the database.
        """
        payload = self._header() + b"\n" + orjson.dumps({"content": content, "rows": rows}) + b"\n"
        try:
            fd, tmp = tempfile.mkstemp(prefix=f"{self.path.name}.", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(payload)
                os.replace(tmp, self.path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return False
        self.appended = 0
        return True

    def append(self, before: Content, after: Content, changed: dict[str, list[Any] | None]) -> bool:
        """Record one write's changed rows; False when there is no file to extend."""
        line = orjson.dumps({"from": before, "to": after, "rows": changed}) + b"\n"
        try:
            with open(self.path, "r+b") as fh:
                fh.seek(0, os.SEEK_END)
                fh.write(line)
        except OSError:
            return False
        self.appended += 1
        return True
