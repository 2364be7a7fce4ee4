"""A TinyDB storage for ``claims.json`` that is fast, atomic and safe to share between processes.

TinyDB's stock ``JSONStorage`` re-reads and rewrites the whole file on every call, writes in
place (a crash can leave a broken file) and knows nothing of other processes. This storage:

* keeps the parsed data in memory and re-reads the file only when its identity (inode,
  size, mtime, ctime) changed, i.e. when another process wrote it;
* writes a new file beside the old one, fsyncs it and renames it over the old one, so a crash
  leaves either the old or the new file, never half of one;
* writes one document per line with sorted keys, so the file is stable and diffs well in git;
* refuses a file that is not JSON, not a tracker database, or of a newer schema version,
  with a one-line error and without touching it.

Locking between processes lives in ``tracker.store``; this class only reads and writes.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from collections.abc import Iterable
from typing import Any

import orjson
from tinydb.storages import Storage

from tracker.errors import StoreError

SCHEMA_VERSION = 1
"""Bumped whenever the stored layout changes in a way older versions cannot read."""
META_TABLE = "meta"
SCHEMA_DOC = "schema"
FORMAT_NAME = "tracker"


def empty_database() -> dict[str, dict[str, Any]]:
    """The data of a new, empty tracker database."""
    return {META_TABLE: {SCHEMA_DOC: {"format": FORMAT_NAME, "version": SCHEMA_VERSION}}}


class TableLines:
    """One table's documents serialised, one line each, in key order.

    A write after a change to a few documents re-serialises only those and patches their lines
    in place; only adding or removing documents re-sorts the table.
    """

    __slots__ = ("by_key", "keys", "lines", "position", "stale")

    def __init__(self, by_key: dict[str, bytes] | None = None, keys: list[str] | None = None) -> None:
        self.by_key: dict[str, bytes] = by_key or {}
        self.keys: list[str] = keys or []
        """Keys in file order; empty until laid out."""
        self.lines: list[bytes] = [self.by_key[k] for k in self.keys]
        self.position: dict[str, int] = {k: i for i, k in enumerate(self.keys)}
        self.stale: set[str] = set()

    def touch(self, key: str) -> None:
        self.by_key.pop(key, None)
        self.stale.add(key)

    def chunks(self, docs: dict[str, Any]) -> list[bytes]:
        """The table's lines with their separators, as pieces to write without joining them."""
        patchable = len(self.keys) == len(docs) and all(k in self.position and k in docs for k in self.stale)
        if patchable:
            for key in self.stale:
                line = self.by_key[key] = _line(key, docs[key])
                self.lines[self.position[key]] = line
        else:
            self.keys = sorted(docs)
            self.lines = [self.by_key.get(k) or self.by_key.setdefault(k, _line(k, docs[k])) for k in self.keys]
            self.position = {k: i for i, k in enumerate(self.keys)}
        self.stale.clear()
        pieces = [b",\n"] * (2 * len(self.lines) - 1)
        pieces[::2] = self.lines
        return pieces


def _line(key: str, doc: Any) -> bytes:
    return orjson.dumps(str(key)) + b": " + orjson.dumps(doc, option=orjson.OPT_SORT_KEYS)


def serialise(data: dict[str, dict[str, Any]], cache: dict[str, TableLines] | None = None) -> bytes:
    """Stable JSON: tables and documents in key order, one document per line."""
    return b"".join(serialise_chunks(data, cache))


def serialise_chunks(data: dict[str, dict[str, Any]], cache: dict[str, TableLines] | None = None) -> list[bytes]:
    """``serialise`` as pieces, so a large file is written without copying it into one buffer.

    ``cache`` holds each table's serialised lines (see ``TableLines``) between writes.
    """
    cache = cache if cache is not None else {}
    out = [b"{"]
    tables = sorted(data)
    for t_index, table in enumerate(tables):
        docs = data[table]
        out.append(b"\n" + orjson.dumps(table) + b": {")
        if docs:
            table_lines = cache.get(table)
            if table_lines is None:
                table_lines = cache[table] = TableLines()
            out.append(b"\n")
            out.extend(table_lines.chunks(docs))
            out.append(b"\n}")
        else:
            out.append(b"}")
        if t_index < len(tables) - 1:
            out.append(b",")
    out.append(b"\n}\n")
    return out


def _parse_by_line(raw: bytes) -> tuple[dict[str, dict[str, Any]], dict[str, TableLines]] | None:
    """Parse a file laid out by ``serialise`` one document line at a time.

    Gives the data and, for free, each document's line to seed the write cache. Returns None
    when the layout is not ours (a hand-edited file, say); the caller then parses it whole.
    """
    parts = raw.split(b"\n")
    if not parts or parts[0] != b"{" or parts[-1] != b"" or parts[-2] != b"}":
        return None
    data: dict[str, dict[str, Any]] = {}
    by_key: dict[str, dict[str, bytes]] = {}
    loads = orjson.loads
    docs: dict[str, Any] | None = None
    table_lines: dict[str, bytes] = {}
    comma = False
    for line in parts[1:-2]:
        if docs is None:
            # A table header: "name": {  or an empty table: "name": {},
            if line.endswith(b": {"):
                name = loads(line[:-3])
            elif line.endswith((b": {}", b": {},")):
                data[loads(line[: line.rindex(b": {}")])] = {}
                continue
            else:
                return None
            docs, table_lines, comma = {}, {}, False
            data[name], by_key[name] = docs, table_lines
            continue
        if line in (b"}", b"},"):
            if comma:  # a comma before the closing brace is not JSON
                return None
            docs = None
            continue
        if docs and not comma:  # documents must be separated by commas
            return None
        comma = line[-1:] == b","
        if comma:
            line = line[:-1]
        cut = line.find(b'": ')
        if line[:1] != b'"' or cut < 0:
            return None
        key = loads(line[: cut + 1])
        docs[key] = loads(line[cut + 3 :])
        table_lines[key] = line
    if docs is not None:
        return None
    lines = {}
    for name, table_lines in by_key.items():
        keys = list(table_lines)
        # Lines in our order can be patched in place; others are laid out again on the first write.
        in_order = len(keys) == len(data[name]) and all(a < b for a, b in zip(keys, keys[1:]))
        lines[name] = TableLines(table_lines, keys if in_order else None)
    return data, lines


def parse(raw: bytes, path: Path) -> dict[str, dict[str, Any]]:
    """Parse and check the file's bytes; raise ``StoreError`` naming the file when it is not ours."""
    return parse_with_lines(raw, path)[0]


def parse_with_lines(raw: bytes, path: Path) -> tuple[dict[str, dict[str, Any]], dict[str, TableLines]]:
    """``parse``, also returning each document's line when the file has our layout (else no lines)."""
    if not raw or raw.isspace():
        raise StoreError(f"{path}: the file is empty, not a tracker database (left untouched)")
    # Parsing builds hundreds of thousands of objects; the cyclic GC would walk them all
    # repeatedly for nothing, since JSON cannot hold cycles.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        try:
            parsed = _parse_by_line(raw)
        except orjson.JSONDecodeError:
            parsed = None  # the whole-file parse below reports the error with its position
        if parsed is None:
            data, lines = orjson.loads(raw), {}
        else:
            data, lines = parsed
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{path}: not valid JSON ({exc}); the file was left untouched") from None
    finally:
        # The parsed documents hold no reference cycles and live until the next reload, so
        # move them out of the collector's sight: otherwise every later collection walks
        # them all (about a second at 100,000 claims). Reference counting still frees them.
        gc.freeze()
        if was_enabled:
            gc.enable()
    schema = data.get(META_TABLE, {}).get(SCHEMA_DOC) if isinstance(data, dict) else None
    if not isinstance(schema, dict) or schema.get("format") != FORMAT_NAME:
        raise StoreError(f"{path}: not a tracker database (no tracker schema record); left untouched")
    version = schema.get("version")
    if not isinstance(version, int) or version < 1:
        raise StoreError(f"{path}: unreadable schema version {version!r}; left untouched")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: written by a newer tracker (schema {version}, this one reads {SCHEMA_VERSION}); "
            "upgrade tracker to open it"
        )
    if not all(isinstance(table, dict) for table in data.values()):
        raise StoreError(f"{path}: a table is not a JSON object; not a tracker database (left untouched)")
    return data, lines


def file_signature(path: Path) -> tuple[int, int, int, int] | None:
    """What identifies one version of the file on disk; None when it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def write_atomically(path: Path, payload: bytes | list[bytes]) -> None:
    """Write ``payload`` (bytes or pieces of it) to a temporary file beside ``path``, fsync it and
    rename it over ``path``."""
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            # One join is cheaper than writing 200,000 small pieces through the buffer.
            fh.write(payload if isinstance(payload, bytes) else b"".join(payload))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    # The rename itself is only durable once the directory entry is on disk.
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def remove_stale_temporaries(path: Path) -> None:
    """Delete temporary files a killed writer left beside the database."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        try:
            leftover.unlink()
        except OSError:
            pass


class AtomicJSONStorage(Storage):
    """TinyDB storage over one JSON file; see the module docstring for its guarantees.

    TinyDB mutates the dict returned by ``read`` in place and then calls ``write``; while
    ``deferred`` is set, ``write`` only marks the data dirty and ``flush`` writes it once, so a
    command that changes several documents writes the file once.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._signature: tuple[int, int, int, int] | None = None
        self.deferred = False
        self.dirty = False
        self._lines: dict[str, TableLines] = {}
        """Serialised lines of every table's documents (see ``TableLines``)."""

    def touch(self, table: str, keys: Iterable[str]) -> None:
        """Mark documents as changed in memory, so the next write serialises them again."""
        table_lines = self._lines.get(table)
        if table_lines is not None:
            for key in keys:
                table_lines.touch(key)

    def read(self) -> dict[str, dict[str, Any]] | None:
        signature = file_signature(self.path)
        if signature is None:
            if self._data is None or not self.dirty:
                self._data, self._signature = None, None
            return self._data
        if signature != self._signature or self._data is None:
            try:
                raw = self.path.read_bytes()
            except OSError as exc:
                raise StoreError(f"{self.path}: cannot be read ({exc.strerror})") from None
            self._data, self._lines = parse_with_lines(raw, self.path)
            self._signature = signature
            self.dirty = False
        return self._data

    def changed_on_disk(self) -> bool:
        """True when the file differs from the version this storage last read or wrote."""
        return file_signature(self.path) != self._signature

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self.dirty = True
        if not self.deferred:
            self.flush()

    def flush(self) -> None:
        if not self.dirty or self._data is None:
            return
        payload = serialise_chunks(self._data, self._lines)
        try:
            write_atomically(self.path, payload)
        except OSError as exc:
            # The old file is intact; drop the unsaved change so memory matches the disk.
            self.discard()
            raise StoreError(f"{self.path}: could not be saved ({exc.strerror}); the previous version is intact") from None
        self._signature = file_signature(self.path)
        self.dirty = False

    def discard(self) -> None:
        """Forget unsaved changes; the next read comes from the file."""
        self._data, self._signature, self.dirty, self._lines = None, None, False, {}

    def close(self) -> None:
        pass
