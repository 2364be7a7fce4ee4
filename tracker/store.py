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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from pydantic import ValidationError
from tinydb import TinyDB
from tinydb.storages import MemoryStorage
from tinydb.table import Document, Table

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
        updater(tables.setdefault(self.name, {}))
        self._storage.write(tables)
        self.clear_cache()


class TrackerDB(TinyDB):
    table_class = KeyedTable


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def short_id(prefix: str, *parts: str, length: int = 8) -> str:
    """A short, stable id derived from the given parts."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return prefix + digest[:length]


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """The few fields of a claim needed to list, filter and sort it, read straight from the store.

    Building a full ``Claim`` model costs tens of microseconds; a list over 100,000 claims
    uses these rows and validates only the claims it shows.
    """

    id: str
    kind: str
    mode: str
    text: str
    actor: str
    status: str
    """The effective status on the as-of date."""
    deadline: dt.date | None
    deadline_text: str
    sources: int
    last_change: str
    """ISO timestamp of the latest history entry, note or creation."""
    haystack: str
    """Lower-cased text searched by the text filter: claim, actor, places, parties, quotes."""


def claim_row(doc: dict[str, Any], as_of: dt.date) -> ClaimRow:
    deadline = doc.get("deadline") or {}
    deadline_date = dt.date.fromisoformat(deadline["date"]) if deadline.get("date") else None
    history = doc.get("history") or []
    notes = doc.get("notes") or []
    stamps = [h["at"] for h in history[-1:]] + [n["at"] for n in notes[-1:]]
    if doc.get("created_at"):
        stamps.append(doc["created_at"])
    sources = doc.get("sources") or []
    haystack = "\n".join(
        [doc.get("text", ""), doc.get("actor") or "", *doc.get("places", ()), *doc.get("parties", ())]
        + [s.get("quote", "") for s in sources]
    ).lower()
    return ClaimRow(
        id=doc["id"],
        kind=doc.get("kind", "other"),
        mode=doc.get("mode", "pledge"),
        text=doc.get("text", ""),
        actor=doc.get("actor") or "",
        status=effective_status_of(doc.get("status", "pending"), doc.get("mode", "pledge"), deadline_date, as_of),
        deadline=deadline_date,
        deadline_text=deadline.get("text", ""),
        sources=len(sources),
        last_change=max(stamps, default=""),
        haystack=haystack,
    )


@dataclass(frozen=True)
class ClaimFilter:
    """What ``tracker list`` and the dashboard filter on; every field is optional."""

    status: str | None = None
    kind: str | None = None
    due_before: dt.date | None = None
    due_within: int | None = None
    """Days from the as-of date; keeps claims whose deadline falls in that window."""
    search: str | None = None

    def matches(self, row: ClaimRow, as_of: dt.date) -> bool:
        if self.status and row.status != self.status:
            return False
        if self.kind and row.kind != self.kind:
            return False
        if self.due_before and (row.deadline is None or row.deadline >= self.due_before):
            return False
        if self.due_within is not None:
            if row.deadline is None or not (as_of <= row.deadline <= as_of + dt.timedelta(days=self.due_within)):
                return False
        if self.search:
            return all(word in row.haystack for word in self.search.lower().split())
        return True


class Store:
    """A tracker workspace: the claims database and the folder of source articles."""

    def __init__(self, db: TinyDB, path: Path | None, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.db = db
        self.path = path
        """The database file; None for an in-memory store."""
        self.clock = clock
        """Where timestamps come from; tests pass a fixed clock."""
        self._lock = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT) if path else None
        self._in_transaction = False
        self._journal_entry: dict[str, Any] | None = None
        self._rows_cache: tuple[int, dt.date, list[ClaimRow]] | None = None

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
        db = TrackerDB(str(storage_path), storage=AtomicJSONStorage)
        store = cls(db, path, **kwargs)
        if path.exists():
            store.storage.read()  # refuse a bad file now, with its one-line error
            remove_stale_temporaries(path)
        else:
            with store.transaction():
                store.storage.write(empty_database())
        store.sources_dir.mkdir(exist_ok=True)
        return store

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
        if self._in_transaction:
            yield
            return
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
        finally:
            if deferred:
                storage.deferred = False
            self._in_transaction = False
            self._journal_entry = None
            self._rows_cache = None
            if self._lock is not None:
                self._lock.release()

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
        self._rows_cache = None

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

    def claim(self, claim_id: str) -> Claim:
        doc = self._raw(CLAIMS).get(claim_id)
        if doc is None:
            matches = [key for key in self._raw(CLAIMS) if key.startswith(claim_id)] if len(claim_id) >= 3 else []
            if len(matches) != 1:
                raise NotFound(f"no claim with id {claim_id!r}")
            doc = self._raw(CLAIMS)[matches[0]]
        return self._model(Claim, doc, f"claim {claim_id}")

    def claims(self) -> list[Claim]:
        return [self._model(Claim, doc, f"claim {key}") for key, doc in self._raw(CLAIMS).items()]

    def claim_count(self) -> int:
        return len(self._raw(CLAIMS))

    def rows(self, as_of: dt.date) -> list[ClaimRow]:
        """Light rows for every claim, cached until the data changes."""
        raw = self._raw(CLAIMS)
        cached = self._rows_cache
        if cached is not None and cached[0] == id(raw) and cached[1] == as_of and not self.changed_on_disk():
            return cached[2]
        try:
            rows = [claim_row(doc, as_of) for doc in raw.values()]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(f"{self.path or 'store'}: a claim is malformed ({exc}); run `tracker check`") from None
        self._rows_cache = (id(raw), as_of, rows)
        return rows

    def find(self, claim_filter: ClaimFilter, as_of: dt.date) -> list[ClaimRow]:
        return [row for row in self.rows(as_of) if claim_filter.matches(row, as_of)]

    def article(self, article_id: str) -> Article:
        doc = self._raw(ARTICLES).get(article_id)
        if doc is None:
            matches = [k for k in self._raw(ARTICLES) if k.startswith(article_id)] if len(article_id) >= 3 else []
            if len(matches) != 1:
                raise NotFound(f"no article with id {article_id!r}")
            doc = self._raw(ARTICLES)[matches[0]]
        return self._model(Article, doc, f"article {article_id}")

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
        doc = self._raw(PROPOSALS).get(proposal_id)
        if doc is None:
            matches = [k for k in self._raw(PROPOSALS) if k.startswith(proposal_id)] if len(proposal_id) >= 3 else []
            if len(matches) != 1:
                raise NotFound(f"no proposal with id {proposal_id!r}")
            doc = self._raw(PROPOSALS)[matches[0]]
        return self._model(Proposal, doc, f"proposal {proposal_id}")

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
            for table, docs in entry["before"].items():
                for key, old in docs.items():
                    if table == CLAIMS and old is not None:
                        current = self._raw(CLAIMS).get(key)
                        restored = self._model(Claim, old, f"claim {key}")
                        # History is never rewritten: keep every entry, then record the undo.
                        if current is not None:
                            restored.history = self._model(Claim, current, f"claim {key}").history
                        restored.history.append(
                            Change(at=now, status=restored.status, by=by, note=f"undo: {entry['description']}")
                        )
                        old = restored.model_dump(mode="json")
                    self._put(table, key, old)
            self.db.table(JOURNAL).remove(doc_ids=[f"{entry['seq']:08d}"])
        return entry["description"]

