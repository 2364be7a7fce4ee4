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

import os
import stat
import tempfile
from collections.abc import Iterable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from tracker.bulk import building_many_objects
from tracker.errors import StoreError
from tracker.index import COMPACT_AFTER, Content, IndexFile, Rows, TableIndex, content_of

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

    __slots__ = ("by_key", "keys", "lines", "position", "stale", "_file_order")

    def __init__(self, by_key: dict[str, bytes] | None = None, file_order: list[str] | None = None) -> None:
        self.by_key: dict[str, bytes] = by_key or {}
        self.keys: list[str] = []
        """Keys in the order of the lines last written; empty until laid out."""
        self.lines: list[bytes] = []
        self.position: dict[str, int] = {}
        self.stale: set[str] = set()
        self._file_order = file_order
        """Keys in the order read from the file; laid out on the first write, not at opening."""

    def touch(self, key: str) -> None:
        self.by_key.pop(key, None)
        self.stale.add(key)

    def _adopt_file_order(self, keys: list[str]) -> None:
        # Lines read in our (sorted) order can be patched in place; others are laid out again.
        self._file_order = None
        if all(a < b for a, b in zip(keys, keys[1:])):
            self.keys = keys
            self.position = {k: i for i, k in enumerate(keys)}
            self.lines = [self.by_key.get(k, b"") for k in keys]  # touched lines are rewritten next

    def chunks(self, docs: dict[str, Any]) -> list[bytes]:
        """The table's lines with their separators, as pieces to write without joining them."""
        if self._file_order is not None:
            self._adopt_file_order(self._file_order)
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


def _document(line: bytes) -> Any:
    """The document on one line of ours: ``"key": {...}``."""
    return orjson.loads(memoryview(line)[line.index(b'": ') + 3 :])


class LazyDocs(MutableMapping[str, Any]):
    """A table whose documents are parsed from their lines on first use.

    Only for a file whose content the index vouches for (it was parsed whole and checked when
    the index was made), so a line can never turn out not to be JSON here.
    """

    __slots__ = ("_items",)

    def __init__(self, lines: dict[str, bytes]) -> None:
        # One dict for parsed and unparsed documents keeps the file's order; a value still
        # in bytes is a line not yet parsed (documents themselves are always objects).
        self._items: dict[str, Any] = dict(lines)

    def __getitem__(self, key: str) -> Any:
        value = self._items[key]
        if type(value) is bytes:
            value = self._items[key] = _document(value)
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self._items[key] = value

    def __delitem__(self, key: str) -> None:
        del self._items[key]

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def parsed(self) -> int:
        """How many documents have been parsed so far."""
        return sum(1 for value in self._items.values() if type(value) is not bytes)


class LazyDatabase(MutableMapping[str, Any]):
    """The tables of a file the index vouches for, split into lines only when first used.

    Listing needs only the index's rows, so opening a large database neither splits nor
    parses it; anything that reads a document splits the file once (see ``LazyDocs``).
    """

    __slots__ = ("_raw", "_path", "_tables", "_lines_into")

    def __init__(self, raw: bytes, path: Path, lines_into: dict[str, TableLines]) -> None:
        self._raw: bytes | None = raw
        self._path = path
        self._tables: dict[str, Any] | None = None
        self._lines_into = lines_into
        """The storage's write cache, filled with the lines when the file is split."""

    @property
    def is_split(self) -> bool:
        return self._tables is not None

    def tables(self) -> dict[str, Any]:
        if self._tables is None:
            assert self._raw is not None
            self._tables, lines = parse_with_lines(self._raw, self._path, lazy=True)
            self._lines_into.update(lines)
            self._raw = None
        return self._tables

    def __bool__(self) -> bool:
        return True  # a tracker database always has its schema record; no need to split to say so

    def __getitem__(self, table: str) -> Any:
        return self.tables()[table]

    def __setitem__(self, table: str, docs: Any) -> None:
        self.tables()[table] = docs

    def __delitem__(self, table: str) -> None:
        del self.tables()[table]

    def __iter__(self) -> Iterator[str]:
        return iter(self.tables())

    def __len__(self) -> int:
        return len(self.tables())


def _parse_by_line(raw: bytes, lazy: bool = False) -> tuple[dict[str, Any], dict[str, TableLines]] | None:
    """Parse a file laid out by ``serialise`` one document line at a time.

    Gives the data and, for free, each document's line to seed the write cache. Returns None
    when the layout is not ours (a hand-edited file, say); the caller then parses it whole.
    With ``lazy`` the tables are ``LazyDocs``: only the layout and the keys are read now.
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
    for number in range(1, len(parts) - 2):
        # Let go of each line as it is taken: stripping a line's comma copies it, and keeping
        # both copies of a 100 MB file would double the memory this needs.
        line, parts[number] = parts[number], b""
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
        if table_lines and not comma:  # documents must be separated by commas
            return None
        comma = line[-1:] == b","
        if comma:
            line = line[:-1]
        cut = line.find(b'": ')
        if line[:1] != b'"' or cut < 0:
            return None
        key = line[1:cut]
        # In a file the index vouches for, a key without escapes is its own text; others are decoded.
        key = key.decode() if lazy and b"\\" not in key else loads(line[: cut + 1])
        if not lazy:
            docs[key] = loads(line[cut + 3 :])
        table_lines[key] = line
    if docs is not None:
        return None
    lines = {}
    for name, table_lines in by_key.items():
        if lazy:
            data[name] = LazyDocs(table_lines)
        lines[name] = TableLines(table_lines, file_order=list(table_lines))
    return data, lines


def parse_with_lines(
    raw: bytes, path: Path, lazy: bool = False
) -> tuple[dict[str, dict[str, Any]], dict[str, TableLines]]:
    """Parse and check the file's bytes (``StoreError`` naming the file when it is not ours), also
    returning each document's line when the file has our layout (else no lines).

    ``lazy`` defers parsing each document to its first use (see ``LazyDocs``); only for a
    file already known to be good, since its documents are not checked as JSON now.
    """
    if not raw or raw.isspace():
        raise StoreError(f"{path}: the file is empty, not a tracker database (left untouched)")
    try:
        with building_many_objects():
            try:
                parsed = _parse_by_line(raw, lazy)
            except orjson.JSONDecodeError:
                parsed = None  # the whole-file parse below reports the error with its position
            if parsed is None:
                data, lines = orjson.loads(raw), {}
            else:
                data, lines = parsed
    except orjson.JSONDecodeError as exc:
        raise StoreError(f"{path}: not valid JSON ({exc}); the file was left untouched") from None
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
    if not all(isinstance(table, (dict, LazyDocs)) for table in data.values()):
        raise StoreError(f"{path}: a table is not a JSON object; not a tracker database (left untouched)")
    return data, lines


def file_signature(path: Path) -> tuple[int, int, int, int] | None:
    """What identifies one version of the file on disk; None when it does not exist."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_NEW_FILE_MODE = 0o666 & ~_umask()
"""What a new file gets from any other program; read once, at import, while no thread runs."""


def write_atomically(path: Path, payload: bytes | list[bytes]) -> None:
    """Write ``payload`` (bytes or pieces of it) to a temporary file beside ``path``, fsync it and
    rename it over ``path``."""
    directory = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _NEW_FILE_MODE
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            # mkstemp makes the file private (0600): the renamed file would take that from a shared one.
            os.fchmod(fh.fileno(), mode)
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

    With an ``index`` (see ``tracker.index``) it also keeps a sidecar of one table's list
    fields. When the sidecar vouches for the file's exact content, documents are parsed only
    when used, and the sidecar's rows (``index_rows``) serve lists without parsing any.
    """

    def __init__(self, path: str | os.PathLike[str], index: TableIndex | None = None) -> None:
        self.path = Path(path)
        self._data: dict[str, dict[str, Any]] | None = None
        self._signature: tuple[int, int, int, int] | None = None
        self.deferred = False
        self.dirty = False
        self._lines: dict[str, TableLines] = {}
        """Serialised lines of every table's documents (see ``TableLines``)."""
        self._index = IndexFile(self.path, index) if index is not None else None
        self._content: Content | None = None
        """Size and CRC of the file as last read or written."""
        self._indexed: Content | None = None
        """The content the sidecar on disk describes, as far as this process knows."""
        self._index_rows: Rows | None = None
        """Rows from the sidecar for the data in memory, until ``index_rows`` hands them out."""

    def touch(self, table: str, keys: Iterable[str]) -> None:
        """Mark documents as changed in memory, so the next write serialises them again."""
        table_lines = self._lines.get(table)
        if table_lines is not None:
            for key in keys:
                table_lines.touch(key)

    def read(self) -> dict[str, dict[str, Any]] | None:
        if self.deferred and self._data is not None:
            # Inside a transaction: the lock is held and the file was checked when it began, so
            # no other process can have written it (saves a stat per document read).
            return self._data
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
            self._content = content_of(raw)
            rows = self._index.load(self._content) if self._index is not None else None
            if rows is not None:
                # The index was made from this very content after it was checked whole:
                # split and parse it only as far as it is used.
                self._lines = {}
                self._data = LazyDatabase(raw, self.path, self._lines)
            else:
                self._data, self._lines = parse_with_lines(raw, self.path)
            self._signature = signature
            self.dirty = False
            # Without a usable index the file was parsed whole; the index is written again
            # when a list first needs the rows (see ``index_rows``), not by every reader.
            self._indexed = self._content if rows is not None else None
            self._index_rows = rows
        return self._data

    def index_rows(self) -> dict[str, list[Any]] | None:
        """The indexed table's rows for the data in memory, once; None without a usable index.

        Handed out rather than kept: the caller builds its own rows from them.
        """
        if self.dirty or self._index is None:
            return None  # unsaved changes are not in them
        if self._index_rows is None:
            return self._rebuild_index()  # no index for this content: made from the documents
        rows, self._index_rows = self._index_rows.get(), None
        if rows is None:
            return self._rebuild_index()  # a damaged line: read the documents, mend the file
        if self._index.appended > COMPACT_AFTER and self._indexed == self._content:
            self._index.write(self._content, rows)  # fold a long chain of writes into one copy
        return rows

    def _rebuild_index(self) -> dict[str, list[Any]] | None:
        """Write a full sidecar for the data in memory and return its rows.

        None when a document cannot be indexed (a malformed one is reported when it is used).
        """
        assert self._index is not None and self._data is not None and self._content is not None
        spec = self._index.spec
        self._indexed = None
        try:
            with building_many_objects():
                rows = {key: spec.fields(doc) for key, doc in (self._data.get(spec.table) or {}).items()}
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        if self._index.write(self._content, rows):
            self._indexed = self._content
        return rows

    def _index_changes(self) -> dict[str, list[Any] | None] | None:
        """The indexed table's rows changed since the last write (None: unknown, rebuild)."""
        assert self._index is not None and self._data is not None
        spec = self._index.spec
        table_lines = self._lines.get(spec.table)
        if table_lines is None:
            return None
        docs = self._data.get(spec.table) or {}
        try:
            return {key: spec.fields(docs[key]) if key in docs else None for key in table_lines.stale}
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

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
        changes = self._index_changes() if self._index is not None else None
        payload = b"".join(serialise_chunks(self._data, self._lines))
        try:
            write_atomically(self.path, payload)
        except OSError as exc:
            # The old file is intact; drop the unsaved change so memory matches the disk.
            self.discard()
            raise StoreError(f"{self.path}: could not be saved ({exc.strerror}); the previous version is intact") from None
        before, self._content = self._content, content_of(payload)
        self._signature = file_signature(self.path)
        self.dirty = False
        if self._index is not None:
            self._update_index(before, changes)

    def _update_index(self, before: Content | None, changes: dict[str, list[Any] | None] | None) -> None:
        """Bring the sidecar (and rows not yet handed out) to the content just written."""
        assert self._index is not None and self._content is not None
        if changes is not None and self._indexed is not None and self._indexed == before:
            # The sidecar describes the previous content: extend it by this write's rows.
            appended = self._index.append(before, self._content, changes)
            self._indexed = self._content if appended else None
            if self._index_rows is not None:
                self._index_rows.update(changes)
        else:
            self._indexed = None  # stays unindexed until a list needs the rows

    def discard(self) -> None:
        """Forget unsaved changes; the next read comes from the file."""
        self._data, self._signature, self.dirty, self._lines = None, None, False, {}
        self._index_rows = None

    def close(self) -> None:
        pass
