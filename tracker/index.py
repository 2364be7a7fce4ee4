"""A sidecar of one table's list fields, valid for one exact content of ``claims.json``.

Parsing 100,000 claims into Python objects takes about a second, yet listing and filtering
them needs only a few fields of each. This file (``.claims.json.index`` beside the database)
keeps those fields, so a process can list at once and parse a claim only when it shows or
changes it.

It is a cache, never the user's data: it names the content it describes (size and CRC-32 of
the database file), and any doubt (missing, torn, foreign, older, describing other content)
means it is ignored and rebuilt from the database. Layout, one JSON document per line, each
record a small line naming content and a large line of rows:

    {"format": "tracker-index", "version": 2, "table": "claims", "fields": N}
    {"content": [size, crc]}                 # a full copy of the rows for that content
    {key: fields, ...}
    {"from": [size, crc], "to": [size, crc]} # then, per write, the rows it changed
    {key: fields or null, ...}

The small lines let a process check that the index vouches for the database without parsing
any rows; the rows are parsed only when a list needs them. Each write appends its changed rows
instead of rewriting the file, under the database's lock, so records never interleave.
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

from tracker.bulk import building_many_objects

FORMAT = "tracker-index"
VERSION = 2
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


class Rows:
    """The rows an index file holds for one content, parsed from their lines on first use."""

    def __init__(self, lines: list[memoryview]) -> None:
        self._lines = lines
        self._rows: dict[str, list[Any]] | None = None
        self._later: list[dict[str, list[Any] | None]] = []

    def update(self, changed: dict[str, list[Any] | None]) -> None:
        """Apply one write's changed rows (now, or after parsing)."""
        if self._rows is None:
            self._later.append(changed)
        else:
            _apply(self._rows, changed)

    def get(self) -> dict[str, list[Any]] | None:
        """The rows by key; None when a line turns out unreadable (the caller reads the documents)."""
        if self._rows is None:
            try:
                with building_many_objects():
                    rows = orjson.loads(self._lines[0])
                    for line in self._lines[1:]:
                        _apply(rows, orjson.loads(line))
            except (orjson.JSONDecodeError, IndexError, AttributeError, TypeError):
                return None
            if not isinstance(rows, dict):
                return None
            for changed in self._later:
                _apply(rows, changed)
            self._rows, self._lines, self._later = rows, [], []
        return self._rows


def _apply(rows: dict[str, list[Any]], changed: dict[str, list[Any] | None]) -> None:
    for key, fields in changed.items():
        if fields is None:
            rows.pop(key, None)
        else:
            rows[key] = fields


class IndexFile:
    """Reads and writes the sidecar of the database at ``database``."""

    def __init__(self, database: Path, spec: TableIndex) -> None:
        self.path = database.parent / f".{database.name}.index"
        self.spec = spec
        self.appended = 0
        """Records after the full copy in the file last loaded or written."""

    def _header(self) -> bytes:
        return orjson.dumps({"format": FORMAT, "version": VERSION, "table": self.spec.table, "fields": self.spec.version})

    def load(self, content: Content) -> Rows | None:
        """The rows describing exactly ``content`` (parsed on first use), or None when the file
        cannot vouch for it."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        lines = _lines(raw)  # views, not copies: the rows are most of the file
        if next(lines, None) != self._header():
            return None
        try:
            at = tuple(orjson.loads(next(lines, b""))["content"])
            rows_lines = [next(lines)]
            if rows_lines[0][-1:] != b"}":
                return None  # torn
            appended = 0
            for key_line in lines:
                if at == content:
                    break  # rows are a function of the content: any point that matches will do
                changed = next(lines, None)
                if changed is None or changed[-1:] != b"}":
                    break  # the last record is being appended, or was torn by a crash
                step = orjson.loads(key_line)
                if tuple(step["from"]) != at:
                    return None
                rows_lines.append(changed)
                at = tuple(step["to"])
                appended += 1
        except (orjson.JSONDecodeError, StopIteration, KeyError, TypeError):
            return None  # not ours, or torn: rebuild
        if at != content:
            return None
        self.appended = appended
        return Rows(rows_lines)

    def write(self, content: Content, rows: dict[str, list[Any]]) -> bool:
        """Replace the file with a full copy of ``rows`` for ``content``; False when it could not.

        A failure (a read-only folder, say) only costs speed: the next process parses the database.
        """
        payload = b"\n".join([self._header(), orjson.dumps({"content": content}), orjson.dumps(rows), b""])
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
        record = orjson.dumps({"from": before, "to": after}) + b"\n" + orjson.dumps(changed) + b"\n"
        try:
            with open(self.path, "r+b") as fh:
                fh.seek(0, os.SEEK_END)
                fh.write(record)
        except OSError:
            return False
        self.appended += 1
        return True
