"""The workspace: ``claims.json`` (a TinyDB database) and the ``sources/`` folder beside it.

``Store`` is the only code that touches TinyDB. It hands out validated pydantic models,
takes them back, and wraps every change in ``transaction()``: the lock is taken, the latest
file on disk is read, the change is applied, and the file is written once, atomically. Two
processes changing the workspace at once therefore never lose each other's work.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from pydantic import ValidationError
from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document, Table

from tracker.bulk import building_many_objects
from tracker.errors import BadInput, NotFound, StoreError, StoreLocked
from tracker.models import (
    PROPOSAL_STATUS,
    Article,
    Change,
    Claim,
    Evidence,
    Note,
    Proposal,
    ProposalState,
    Status,
)
from tracker.index import TableIndex
from tracker.status import effective_status_of
from tracker.storage import (
    AtomicJSONStorage,
    empty_database,
    remove_stale_temporaries,
)

CLAIMS, ARTICLES, PROPOSALS, JOURNAL = "claims", "articles", "proposals", "journal"
JOURNAL_LIMIT = 200
"""How many changes ``undo`` can go back."""
LOCK_TIMEOUT = 30.0
"""Seconds to wait for another process to finish writing."""


class KeyedTable(Table):
    """A TinyDB table whose documents are keyed by our own string ids (claim ids, article ids)."""

    document_id_class = str

    def _get_next_id(self) -> str:  # pragma: no cover - every insert names its id
        raise TypeError("documents in a tracker table are always stored under their own id")

    def _update_table(self, updater: Callable[[dict[str, Any]], None]) -> None:
        # TinyDB converts every key to the id class and back on each write (tens of ms at
        # 100,000 claims); our keys are already strings, so the table is updated in place.
        tables = self._storage.read() or {}
        table = tables.setdefault(self.name, {})
        recorder = _TouchRecorder(table)
        updater(recorder)  # type: ignore[arg-type]
        touch = getattr(self._storage, "touch", None)
        if touch is not None:
            touch(self.name, recorder.touched)
        self._storage.write(tables)
        self.clear_cache()


class _TouchRecorder:
    """A view of a table for TinyDB's updaters that records every document they could change.

    The storage re-serialises only those documents; a key read here may be mutated in place
    by TinyDB's ``update``, so reads count as touches too.
    """

    def __init__(self, table: dict[str, Any]) -> None:
        self._table = table
        self.touched: set[str] = set()

    def __contains__(self, key: object) -> bool:
        return key in self._table

    def __getitem__(self, key: str) -> Any:
        self.touched.add(key)
        return self._table[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.touched.add(key)
        self._table[key] = value

    def __delitem__(self, key: str) -> None:
        self.touched.add(key)
        del self._table[key]

    def pop(self, key: str, *default: Any) -> Any:
        self.touched.add(key)
        return self._table.pop(key, *default)

    def keys(self) -> Any:
        return self._table.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def clear(self) -> None:
        self.touched.update(self._table)
        self._table.clear()


class TrackerDB(TinyDB):
    table_class = KeyedTable


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def short_id(prefix: str, *parts: str, length: int = 8) -> str:
    """A short, stable id derived from the given parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return prefix + digest[:length]


ROW_FIELDS_VERSION = 2
"""Bump when ``row_fields`` changes what it returns (saved indexes are then rebuilt)."""


def row_fields(doc: dict[str, Any]) -> list[Any]:
    """What a list needs of one stored claim, as plain JSON values (kept in the index file)."""
    deadline = doc.get("deadline") or {}
    places, parties = doc.get("places") or (), doc.get("parties") or ()
    sources, history, notes = doc.get("sources") or (), doc.get("history") or (), doc.get("notes") or ()
    text, actor = doc.get("text", ""), doc.get("actor") or ""
    stamps = [h["at"] for h in history[-1:]] + [n["at"] for n in notes[-1:]]
    if doc.get("created_at"):
        stamps.append(doc["created_at"])
    # What the text filter searches: claim, actor, places, parties and quotes, lower-cased;
    # each piece once (the claim's text is often one of its quotes).
    pieces = dict.fromkeys([text, actor, *places, *parties, *(s.get("quote", "") for s in sources)])
    haystack = "\n".join(pieces).lower()
    return [
        doc["id"],
        doc.get("status", "pending"),
        doc.get("mode", "pledge"),
        doc.get("kind", "other"),
        deadline.get("date"),
        deadline.get("text", ""),
        text,
        actor,
        len(sources),
        max(stamps, default=""),
        haystack,
        bool(doc.get("dismissed")),
    ]


class ClaimRow:
    """The few fields of a claim needed to list, filter and sort it.

    Building a full ``Claim`` model costs tens of microseconds; a list over 100,000 claims
    uses these rows (read from the index file when it is fresh, see ``tracker.index``) and
    validates only the claims it shows.
    """

    __slots__ = (
        "id", "status", "stored_status", "mode", "kind", "deadline", "deadline_text",
        "text", "actor", "sources", "last_change", "haystack", "dismissed",
    )

    def __init__(self, fields: list[Any]) -> None:
        (
            self.id, self.stored_status, self.mode, self.kind, date, self.deadline_text,
            self.text, self.actor, self.sources, self.last_change, self.haystack, self.dismissed,
        ) = fields
        self.deadline: dt.date | None = dt.date.fromisoformat(date) if date else None
        self.status: str = self.stored_status
        """The effective status on the as-of date the row was last computed for."""

    def at(self, as_of: dt.date) -> ClaimRow:
        self.status = effective_status_of(self.stored_status, self.mode, self.deadline, as_of)
        return self

    def __repr__(self) -> str:
        return f"ClaimRow({self.id!r}, {self.status!r}, {self.text[:40]!r})"


def claim_row(doc: dict[str, Any], as_of: dt.date) -> ClaimRow:
    return ClaimRow(row_fields(doc)).at(as_of)


CLAIMS_INDEX = TableIndex(CLAIMS, row_fields, ROW_FIELDS_VERSION)


@dataclass(frozen=True)
class ClaimFilter:
    """What ``tracker list`` and the dashboard filter on; every field is optional."""

    status: str | None = None
    kind: str | None = None
    due_before: dt.date | None = None
    due_within: int | None = None
    """Days from the as-of date; keeps claims whose deadline falls in that window."""
    search: str | None = None
    dismissed: bool = False
    """Keep only the claims a person dismissed (by default they are left out)."""

    def matches(self, row: ClaimRow, as_of: dt.date) -> bool:
        if row.dismissed is not self.dismissed:
            return False
        if self.status and row.status != self.status:
            return False
        if self.kind and row.kind != self.kind:
            return False
        if self.due_before and (row.deadline is None or row.deadline >= self.due_before):
            return False
        if self.due_within is not None:
            if row.deadline is None or not (as_of <= row.deadline <= as_of + dt.timedelta(days=self.due_within)):
                return False
        if self.search_words:
            haystack = row.haystack
            return all(word in haystack for word in self.search_words)
        return True

    @cached_property
    def search_words(self) -> tuple[str, ...]:
        """The search text's lower-cased words, split once rather than once per claim."""
        return tuple(self.search.lower().split()) if self.search else ()


class Store:
    """A tracker workspace: the claims database and the folder of source articles."""

    def __init__(self, db: TinyDB, path: Path | None, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.db = db
        self.path = path
        """The database file; None for an in-memory store."""
        self.clock = clock
        """Where timestamps come from; tests pass a fixed clock."""
        self._lock = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT) if path else None
        self._thread_lock = threading.RLock()
        self._in_transaction = False
        self._journal_entry: dict[str, Any] | None = None
        self._unlink_after_commit: dict[str, str] = {}
        """Files in sources/ (name -> sha256) to remove once the transaction is saved (undo of an add)."""
        self._rows: dict[str, ClaimRow] | None = None
        """Rows by claim id for the claims table last read; kept up to date by ``_put``."""
        self._rows_source: dict[str, Any] | None = None
        self._rows_as_of: dt.date | None = None

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False, **kwargs: Any) -> Store:
        """Open the workspace whose database is ``path``; create it when asked and missing."""
        path = Path(path)
        if path.is_dir():
            raise StoreError(f"{path}: is a folder; give the path of claims.json")
        if not path.exists():
            if not create:
                raise StoreError(f"{path}: no tracker database here (run `tracker init` or `tracker add` first)")
            if not path.parent.is_dir():
                raise StoreError(f"{path.parent}: no such folder")
        storage_path = path
        db = TrackerDB(str(storage_path), storage=AtomicJSONStorage, index=CLAIMS_INDEX)
        store = cls(db, path, **kwargs)
        if path.exists():
            store.storage.read()  # refuse a bad file now, with its one-line error
            store._remove_stale_temporaries()
        else:
            with store.transaction():
                store.storage.write(empty_database())
        store.sources_dir.mkdir(exist_ok=True)
        return store

    def _remove_stale_temporaries(self) -> None:
        # Under the lock: a temporary file seen while another process writes is still in use.
        if self._lock is None or self.path is None:
            return
        try:
            with self._lock.acquire(timeout=0):
                remove_stale_temporaries(self.path)
        except Timeout:
            pass  # someone is writing; their file is not stale, try again next time

    @classmethod
    def in_memory(cls, **kwargs: Any) -> Store:
        """A store that lives only in memory, for tests."""
        db = TrackerDB(storage=MemoryStorage)
        db.storage.write(empty_database())
        return cls(db, None, **kwargs)

    @property
    def storage(self) -> Any:
        return self.db.storage

    @property
    def sources_dir(self) -> Path:
        if self.path is None:
            raise StoreError("an in-memory store has no sources folder")
        return self.path.parent / "sources"

    def changed_on_disk(self) -> bool:
        """True when another process wrote the database since this store last read it."""
        return isinstance(self.storage, AtomicJSONStorage) and self.storage.changed_on_disk()

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------- transactions

    @contextmanager
    def transaction(self, description: str = "") -> Iterator[None]:
        """Run a change under the lock, starting from the latest file, and write it once.

        With a ``description`` the change is journaled so ``undo`` can revert it.
        """
        with self._thread_lock:
            # Held for the whole transaction: a dashboard worker thread and the UI thread
            # share one Store, and only the thread inside a transaction may join it.
            if self._in_transaction:
                yield
            else:
                with self._exclusive(description):
                    yield

    @contextmanager
    def _exclusive(self, description: str) -> Iterator[None]:
        try:
            if self._lock is not None:
                self._lock.acquire()
        except Timeout:
            raise StoreLocked(f"{self.path}: another tracker process has held the lock for {LOCK_TIMEOUT:.0f}s") from None
        self._in_transaction = True
        storage = self.storage
        deferred = isinstance(storage, AtomicJSONStorage)
        try:
            for table in self.db._tables.values():
                # Another process may have written since this one last read the file.
                table._next_id = None
                table.clear_cache()
            if deferred:
                storage.read()  # the latest file, checked once: nobody else writes while the lock is held
                storage.deferred = True
            self._journal_entry = {"description": description, "before": {}} if description else None
            try:
                yield
                if self._journal_entry is not None and self._journal_entry["before"]:
                    self._append_journal(self._journal_entry)
            except BaseException:
                if deferred:
                    storage.discard()
                raise
            if deferred:
                storage.deferred = False
                storage.flush()
            # Saved, and still under the lock (so no add can pick the file up again meanwhile).
            self._remove_unreferenced_files()
        finally:
            if deferred:
                storage.deferred = False
            self._in_transaction = False
            self._journal_entry = None
            self._unlink_after_commit = {}
            if self._lock is not None:
                self._lock.release()

    def stored_file(self, name: str) -> None:
        """Record that the current change wrote ``sources/<name>``, so undoing the change removes it."""
        if self._journal_entry is not None:
            self._journal_entry.setdefault("files", []).append(name)

    def _remove_unreferenced_files(self) -> None:
        for name, sha256 in self._unlink_after_commit.items():
            path = self.sources_dir / name
            try:
                # Only the bytes that were stored: a file edited since is someone's work.
                if hashlib.sha256(path.read_bytes()).hexdigest() == sha256:
                    path.unlink()
            except OSError:
                pass  # already gone, or it stays and `tracker check` lists it

    def _raw(self, table: str) -> dict[str, Any]:
        data = self.storage.read() or {}
        return data.get(table, {})

    def _put(self, table: str, key: str, doc: dict[str, Any] | None) -> None:
        """Store or (with None) remove one document, remembering its old version for undo."""
        if not self._in_transaction:
            raise RuntimeError("changes must run inside Store.transaction()")
        tbl = self.db.table(table)
        old = self._raw(table).get(key)
        if self._journal_entry is not None:
            before = self._journal_entry["before"].setdefault(table, {})
            if key not in before:
                before[key] = copy.deepcopy(old)
        if doc is None:
            if old is not None:
                tbl.remove(doc_ids=[key])
        elif old is None:
            tbl.insert(Document(doc, doc_id=key))
        else:
            tbl.update(lambda current: (current.clear(), current.update(doc)), doc_ids=[key])
        if table == CLAIMS and self._rows is not None:
            self._rows.pop(key, None)
            stored = self._raw(CLAIMS).get(key)
            if stored is not None and self._rows_as_of is not None:
                self._rows[key] = self._row(stored, self._rows_as_of)

    def _append_journal(self, entry: dict[str, Any]) -> None:
        journal = self._raw(JOURNAL)
        seq = max((int(k) for k in journal), default=0) + 1
        tbl = self.db.table(JOURNAL)
        tbl.insert(Document({"seq": seq, "at": self.clock().isoformat(), **entry}, doc_id=f"{seq:08d}"))
        stale = sorted(journal, key=int)[:-JOURNAL_LIMIT]
        if stale:
            tbl.remove(doc_ids=stale)

    # ------------------------------------------------------------------ reading

    def _model(self, model: type[Any], doc: dict[str, Any], what: str) -> Any:
        try:
            return model.model_validate(doc)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise StoreError(f"{self.path or 'store'}: {what} is malformed at {where}: {first['msg']}") from None

    def _lookup(self, table: str, key: str, model: type[Any], what: str) -> Any:
        """The document with id ``key``, or the only one whose id starts with it (3+ characters)."""
        docs = self._raw(table)
        doc = docs.get(key)
        if doc is None:
            matches = [k for k in docs if k.startswith(key)] if len(key) >= 3 else []
            if len(matches) != 1:
                raise NotFound(f"no {what} with id {key!r}")
            key, doc = matches[0], docs[matches[0]]
        return self._model(model, doc, f"{what} {key}")

    def claim(self, claim_id: str) -> Claim:
        try:
            return self._lookup(CLAIMS, claim_id, Claim, "claim")
        except NotFound:
            # An id people wrote down before a merge should lead them to where its sources went.
            keeper = next((key for key, doc in self._raw(CLAIMS).items() if claim_id in doc.get("absorbed", ())), None)
            if keeper is None:
                raise
            raise NotFound(f"claim {claim_id!r} was merged into {keeper}") from None

    def claims(self) -> list[Claim]:
        return [self._model(Claim, doc, f"claim {key}") for key, doc in self._raw(CLAIMS).items()]

    def claim_documents(self) -> dict[str, dict[str, Any]]:
        """The stored claim documents as they are, keyed by id; read-only.

        For bulk matching (a new article against 50,000 claims) where validating every claim
        would cost seconds; anything that changes a claim goes through ``claim`` and ``save_claim``.
        """
        return self._raw(CLAIMS)

    def claim_count(self) -> int:
        return len(self._raw(CLAIMS))

    def rows(self, as_of: dt.date) -> list[ClaimRow]:
        """Light rows for every claim, with statuses as of ``as_of``.

        Built once per version of the file; this process's own changes update single rows.
        """
        with self._thread_lock:
            data = self.storage.read()
            if self._rows is None or self._rows_source is not data:
                # A new version of the file: rows from the index when it has them, which spares
                # parsing every claim; else from the documents.
                indexed = self.storage.index_rows() if isinstance(self.storage, AtomicJSONStorage) else None
                with building_many_objects():
                    if indexed is not None:
                        self._rows = {key: ClaimRow(fields).at(as_of) for key, fields in indexed.items()}
                    else:
                        self._rows = {key: self._row(doc, as_of) for key, doc in self._raw(CLAIMS).items()}
                self._rows_source, self._rows_as_of = data, as_of
            elif self._rows_as_of != as_of:
                for row in self._rows.values():
                    row.at(as_of)
                self._rows_as_of = as_of
            return list(self._rows.values())

    def _row(self, doc: dict[str, Any], as_of: dt.date) -> ClaimRow:
        try:
            return claim_row(doc, as_of)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            where = doc.get("id") if isinstance(doc, dict) else "?"
            raise StoreError(f"{self.path or 'store'}: claim {where} is malformed ({exc}); run `tracker check`") from None

    def find(self, claim_filter: ClaimFilter, as_of: dt.date) -> list[ClaimRow]:
        return [row for row in self.rows(as_of) if claim_filter.matches(row, as_of)]

    def article(self, article_id: str) -> Article:
        return self._lookup(ARTICLES, article_id, Article, "article")

    def articles(self) -> list[Article]:
        return [self._model(Article, doc, f"article {key}") for key, doc in self._raw(ARTICLES).items()]

    def article_by_sha256(self, sha256: str) -> Article | None:
        for doc in self._raw(ARTICLES).values():
            if doc.get("sha256") == sha256:
                return self._model(Article, doc, "article")
        return None

    def article_text(self, article: Article) -> str:
        """The article's text as extracted when it was added (what source offsets point into)."""
        from tracker.articles import read_article_text  # deferred: parsing libraries are heavy

        return read_article_text(self.sources_dir / article.path)

    def proposal(self, proposal_id: str) -> Proposal:
        return self._lookup(PROPOSALS, proposal_id, Proposal, "proposal")

    def proposals(self, state: ProposalState | None = None) -> list[Proposal]:
        found = [self._model(Proposal, doc, f"proposal {key}") for key, doc in self._raw(PROPOSALS).items()]
        return [p for p in found if state is None or p.state is state]

    def journal(self) -> list[dict[str, Any]]:
        return sorted(self._raw(JOURNAL).values(), key=lambda e: e["seq"])

    def check(self) -> int:
        """Validate every document; return how many were checked or raise ``StoreError``."""
        count = 0
        for table, model in ((CLAIMS, Claim), (ARTICLES, Article), (PROPOSALS, Proposal)):
            for key, doc in self._raw(table).items():
                self._model(model, doc, f"{table[:-1]} {key}")
                count += 1
        return count

    def check_sources(self) -> tuple[list[str], list[str]]:
        """Problems between the database and ``sources/``: (errors, warnings), one line each.

        Errors: an article whose file is missing or whose bytes changed since it was added, a
        claim or proposal citing an unknown article. Warnings: files no article refers to
        (for instance a stored file edited by hand, then its add undone; undo leaves such files).
        """
        errors: list[str] = []
        articles = {article.id: article for article in self.articles()}
        for article in articles.values():
            path = self.sources_dir / article.path
            try:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
            except OSError:
                errors.append(f"article {article.id}: sources/{article.path} is missing")
                continue
            if digest != article.sha256:
                errors.append(f"article {article.id}: sources/{article.path} changed since it was added")
        for key, doc in self._raw(CLAIMS).items():
            for cited in sorted({source.get("article") for source in doc.get("sources") or ()} - articles.keys()):
                errors.append(f"claim {key}: cites unknown article {cited}")
        for key, doc in self._raw(PROPOSALS).items():
            if doc.get("article") not in articles:
                errors.append(f"proposal {key}: cites unknown article {doc.get('article')}")
        known = {article.path for article in articles.values()}
        stray = sorted(
            p.name for p in self.sources_dir.iterdir() if p.is_file() and not p.name.startswith(".") and p.name not in known
        ) if self.sources_dir.is_dir() else []
        warnings = [f"sources/{name}: no article refers to it" for name in stray]
        return errors, warnings

    def claims_citing(self, article_id: str) -> list[Claim]:
        """Every claim with a source in this article (the dashboard marks their sentences in it)."""
        return [
            self._model(Claim, doc, f"claim {key}")
            for key, doc in self._raw(CLAIMS).items()
            if any(source.get("article") == article_id for source in doc.get("sources") or ())
        ]

    # ----------------------------------------------------------------- writing

    def save_claim(self, claim: Claim) -> None:
        with self.transaction():
            self._put(CLAIMS, claim.id, claim.model_dump(mode="json"))

    def delete_claim(self, claim_id: str) -> None:
        with self.transaction():
            self._put(CLAIMS, claim_id, None)

    def save_article(self, article: Article) -> None:
        with self.transaction():
            self._put(ARTICLES, article.id, article.model_dump(mode="json"))

    def delete_proposal(self, proposal_id: str) -> None:
        with self.transaction():
            self._put(PROPOSALS, proposal_id, None)

    def save_proposal(self, proposal: Proposal) -> None:
        with self.transaction():
            self._put(PROPOSALS, proposal.id, proposal.model_dump(mode="json"))

    def mark(
        self,
        claim_id: str,
        status: Status | str,
        *,
        note: str | None = None,
        evidence: Evidence | None = None,
        by: str = "user",
    ) -> Claim:
        """Set a claim's status by hand, recording who, when, why and on what evidence."""
        try:
            status = Status(status)
        except ValueError:
            raise BadInput(f"unknown status {status!r} (one of: {', '.join(s.value for s in Status)})") from None
        if evidence is not None and evidence.article:
            evidence.article = self.article(evidence.article).id
        with self.transaction(f"mark {claim_id} {status.value}"):
            claim = self.claim(claim_id)
            claim.status = status
            claim.history.append(Change(at=self.clock(), status=status, by=by, note=note, evidence=evidence))
            self._put(CLAIMS, claim.id, claim.model_dump(mode="json"))
        return claim

    def add_note(self, claim_id: str, text: str, *, by: str = "user") -> Claim:
        if not text.strip():
            raise BadInput("a note needs some text")
        with self.transaction(f"note on {claim_id}"):
            claim = self.claim(claim_id)
            now = self.clock()
            claim.notes.append(Note(at=now, text=text, by=by))
            claim.history.append(Change(at=now, by=by, note=f"note added: {text}"))
            self._put(CLAIMS, claim.id, claim.model_dump(mode="json"))
        return claim

    def settle_proposal(self, proposal_id: str, accept: bool, *, note: str | None = None, by: str = "user") -> Proposal:
        """Accept (apply to the claim, quote as evidence) or reject an open proposal."""
        verb = "accept" if accept else "reject"
        with self.transaction(f"{verb} proposal {proposal_id}"):
            proposal = self.proposal(proposal_id)
            if proposal.state is not ProposalState.OPEN:
                raise BadInput(f"proposal {proposal.id} was already {proposal.state.value}")
            now = self.clock()
            proposal.state = ProposalState.ACCEPTED if accept else ProposalState.REJECTED
            proposal.settled_at = now
            if accept:
                claim = self.claim(proposal.claim)
                status = PROPOSAL_STATUS[proposal.effect]
                claim.status = status
                if proposal.new_deadline is not None:
                    claim.deadline = proposal.new_deadline
                claim.history.append(
                    Change(
                        at=now,
                        status=status,
                        by=by,
                        note=note or f"accepted proposal {proposal.id}: article {proposal.effect.value} the claim",
                        evidence=Evidence(article=proposal.article, quote=proposal.quote),
                        effect=proposal.effect,
                    )
                )
                self._put(CLAIMS, claim.id, claim.model_dump(mode="json"))
            self._put(PROPOSALS, proposal.id, proposal.model_dump(mode="json"))
        return proposal

    def undo(self, *, by: str = "user") -> str:
        """Revert the last journaled change; the revert is itself recorded in each claim's history."""
        with self.transaction():
            journal = self.journal()
            if not journal:
                raise BadInput("nothing to undo")
            entry = journal[-1]
            now = self.clock()
            # Articles the change added: their files go too, if the change stored them.
            added = {
                doc["path"]: doc["sha256"]
                for key, old in entry["before"].get(ARTICLES, {}).items()
                if old is None and (doc := self._raw(ARTICLES).get(key)) is not None
            }
            # A merge copied the history of the claim it removed; undoing it gives those entries
            # back to that claim alone.
            returning = [
                change
                for key, old in entry["before"].get(CLAIMS, {}).items()
                if old is not None and key not in self._raw(CLAIMS)
                for change in old.get("history") or ()
            ]
            for table, docs in entry["before"].items():
                for key, old in docs.items():
                    if table == CLAIMS and old is not None:
                        current = self._raw(CLAIMS).get(key)
                        restored = self._model(Claim, old, f"claim {key}")
                        # History is never rewritten: keep every entry, then record the undo.
                        if current is not None:
                            own = old.get("history") or []
                            kept = [c for c in current.get("history") or () if c in own or c not in returning]
                            restored.history = self._model(Claim, {**current, "history": kept}, f"claim {key}").history
                        restored.history.append(
                            Change(at=now, status=restored.status, by=by, note=f"undo: {entry['description']}")
                        )
                        old = restored.model_dump(mode="json")
                    self._put(table, key, old)
            self.db.table(JOURNAL).remove(doc_ids=[f"{entry['seq']:08d}"])
            still_used = {doc.get("path") for doc in self._raw(ARTICLES).values()}
            self._unlink_after_commit = {
                name: added[name] for name in entry.get("files", ()) if name in added and name not in still_used
            }
        return entry["description"]

