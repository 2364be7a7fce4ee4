"""Adding articles to a workspace: read, store the bytes, extract claims, merge them, propose changes.

``add_sources`` is what ``tracker add`` and the dashboard's add dialog call. Reading and
extraction (the slow part) happen before the lock is taken; everything that changes the
workspace then happens in one ``store.transaction``, which starts from the latest file on disk,
so a concurrent ``tracker add`` never loses work, and one ``tracker undo`` reverts the whole add.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tracker.corrections import absorb_facts, deadline_from
from tracker.errors import BadInput, TrackerError
from tracker.extract import ArticleText, Extracted, Extractor, default_extractor
from tracker.extract.base import Anchor
from tracker.extract.dates import find_time_expressions
from tracker.extract.merge import MergeIndex, content_tokens
from tracker.extract.proposals import MIN_PROPOSAL_SHARED, suggest
from tracker.extract.restate import Target, candidate_units, restatements
from tracker.models import Article, Change, Claim, Effect, Kind, Mode, Proposal, Source
from tracker.store import Store, short_id
from tracker.text import one_line

Progress = Callable[[int, int, str], None]
"""progress(done, total, current input)."""


@dataclass
class AddReport:
    """What one ``add`` (or ``rebuild``) did."""

    articles: list[str] = field(default_factory=list)
    """Ids of the articles added."""
    duplicates: list[str] = field(default_factory=list)
    """Inputs whose bytes were already in the workspace (nothing changed for them)."""
    new_claims: int = 0
    merged_mentions: int = 0
    """Mentions added as a new source to a claim that already existed."""
    proposals: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    """(input, one-line reason) for inputs that could not be added."""
    undated: list[str] = field(default_factory=list)
    """Ids of added articles whose publication date is unknown (relative deadlines unresolved)."""
    unmatched_metadata: list[tuple[str, str | None]] = field(default_factory=list)
    """(name, the likeliest intended file name or None) of each ``metadata`` entry that names no input."""

    def summary(self) -> str:
        parts = [
            f"{len(self.articles)} article{'s' * (len(self.articles) != 1)} added",
            f"{self.new_claims} new claim{'s' * (self.new_claims != 1)}",
            f"{self.merged_mentions} merged mention{'s' * (self.merged_mentions != 1)}",
            f"{self.proposals} proposal{'s' * (self.proposals != 1)}",
        ]
        if self.duplicates:
            parts.append(f"{len(self.duplicates)} already present")
        if self.failures:
            parts.append(f"{len(self.failures)} failed")
        return ", ".join(parts)


def article_id(sha256: str) -> str:
    return "a" + sha256[:10]


def claim_id(sha256: str, start: int, end: int) -> str:
    """Stable: the same first source always gives the same id, so a rebuild keeps ids."""
    return short_id("c", sha256, str(start), str(end))


@dataclass
class _Prepared:
    """One input read and extracted, waiting for the transaction."""

    source: str
    raw: bytes
    sha256: str
    filename: str
    article: Article
    extracted: list[Extracted]
    cues: list
    text: str


def expand_inputs(inputs: Iterable[str]) -> tuple[list[str], list[tuple[str, str]]]:
    """Folders become their article files; returns (inputs, failures)."""
    from tracker.articles import article_files

    expanded: list[str] = []
    failures: list[tuple[str, str]] = []
    for item in inputs:
        path = Path(item)
        if not item.startswith(("http://", "https://")) and path.is_dir():
            files = article_files(path)
            if not files:
                failures.append((item, f"{item}: no article files (.txt, .md, .html) in this folder"))
            expanded.extend(str(f) for f in files)
        else:
            expanded.append(item)
    return expanded, failures


def add_sources(
    store: Store,
    inputs: Sequence[str],
    *,
    published: dt.date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    progress: Progress | None = None,
    extractor: Extractor | None = None,
    metadata: dict[str, dict[str, object]] | None = None,
) -> AddReport:
    """Add files, folders and URLs; bad inputs are listed in ``failures`` and the good ones still added.

    ``metadata`` maps a file name to corpus-style fields (published, title, outlet, url) that
    override what the file says, for adding a collection at once (``tracker add --meta``).
    """
    from tracker.articles import load_article, source_filename

    extractor = extractor or default_extractor()
    report = AddReport()
    paths, report.failures = expand_inputs(inputs)
    report.unmatched_metadata = _unmatched_metadata(metadata or {}, paths)
    if (title or url) and len(paths) > 1:
        # They name one article: given to a folder, every article would get the same title or address.
        raise BadInput(f"--title and --url name one article, not {len(paths)} articles; "
                       "add them one at a time, or give each its own in a --meta file")
    prepared: list[_Prepared] = []
    seen: set[str] = set()
    for done, source in enumerate(paths, start=1):
        try:
            loaded = load_article(source)
        except TrackerError as exc:
            report.failures.append((source, str(exc)))
        else:
            sha = hashlib.sha256(loaded.raw).hexdigest()
            if sha in seen:
                report.duplicates.append(source)
            else:
                seen.add(sha)
                meta = (metadata or {}).get(Path(source).name, {})
                date = published or _meta_date(meta.get("published"), Path(source).name) or loaded.published
                art_title = title or _meta_str(meta.get("title")) or loaded.title
                filename = loaded.filename
                if date is not None and loaded.published is None:
                    filename = source_filename(art_title, date, Path(source).stem, loaded.format)
                article = Article(
                    id=article_id(sha),
                    path=filename,
                    sha256=sha,
                    title=art_title,
                    outlet=outlet or _meta_str(meta.get("outlet")) or loaded.outlet,
                    url=url or _meta_str(meta.get("url")) or loaded.url,
                    author=loaded.author,
                    published=date,
                    added_at=store.clock(),
                )
                text = ArticleText(loaded.text, date)
                prepared.append(_Prepared(source, loaded.raw, sha, filename, article, extractor.extract(text), extractor.status_cues(text), loaded.text))
        if progress:
            progress(done, len(paths), source)
    # Oldest first: a later article can only confirm or delay what an earlier one promised.
    prepared.sort(key=lambda p: (p.article.published or dt.date.max,))
    written: list[Path] = []
    try:
        with store.transaction(f"add {len(prepared)} article{'s' * (len(prepared) != 1)}"):
            known = {a.sha256 for a in store.articles()}
            builder = _Builder(store)
            for item in prepared:
                if item.sha256 in known:
                    report.duplicates.append(item.source)
                    continue
                known.add(item.sha256)
                item.article.path = _store_bytes(store, item.filename, item.raw, written)
                store.save_article(item.article)
                builder.add_article(item.article, item.extracted, item.cues, report, item.text)
                report.articles.append(item.article.id)
                if item.article.published is None:
                    report.undated.append(item.article.id)
            builder.save()
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return report


def _unmatched_metadata(metadata: dict[str, dict[str, object]], paths: Sequence[str]) -> list[tuple[str, str | None]]:
    """The entries naming none of the inputs (a typo loses that article's date and title), each with a guess."""
    names = [Path(p).name for p in paths]
    # A file that has an entry of its own is not the one a misspelt entry meant.
    without_entry = [n for n in names if n not in metadata]
    def guess(key: str) -> str | None:
        if Path(key).name in without_entry:  # a path where a file name was wanted
            return Path(key).name
        return next(iter(difflib.get_close_matches(key, without_entry, n=1)), None)

    return [(key, guess(key)) for key in metadata if key not in names]


def _meta_date(value: object, name: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadInput(f"metadata of {name}: published {value!r} is not a date; use YYYY-MM-DD") from None


def _meta_str(value: object) -> str | None:
    return str(value) if value else None


def _store_bytes(store: Store, filename: str, raw: bytes, written: list[Path]) -> str:
    """Write the original bytes under ``sources/``, made unique; returns the name used."""
    folder = store.sources_dir
    folder.mkdir(exist_ok=True)
    stem, dot, ext = filename.rpartition(".")
    if not dot:
        stem, ext = filename, ""
    candidate = filename
    counter = 1
    while True:
        path = folder / candidate
        if path.exists():
            if path.read_bytes() == raw:
                # The same bytes under the same name (put back by hand, or left by an undo before
                # undo removed files): reused, and not this add's to remove on undo.
                return candidate
            counter += 1
            candidate = f"{stem}-{counter}.{ext}" if ext else f"{stem}-{counter}"
            continue
        tmp = folder / f".{candidate}.tmp"
        tmp.write_bytes(raw)
        os.replace(tmp, path)
        written.append(path)
        store.stored_file(candidate)  # undoing this add removes it again
        return candidate


def _new_claim(cid: str, new: Extracted, source: Source, now: dt.datetime) -> Claim:
    return Claim(
        id=cid,
        kind=new.kind,
        mode=new.mode,
        text=new.text,
        actor=new.actor,
        places=list(new.places),
        parties=list(new.parties),
        quantity=new.quantity,
        deadline=new.deadline,
        event_date=new.event_date,
        sources=[source],
        created_at=now,
    )


class _Builder:
    """Merges extracted statements into the store's claims and collects proposals (inside a transaction)."""

    def __init__(
        self, store: Store, *, claims: dict[str, Claim] | None = None, keep_ids: bool = True, dismissed: Iterable[Claim] = ()
    ) -> None:
        """``dismissed``: for a rebuild, the claims a person dismissed; their statements are held apart (``_hold``)."""
        self.store = store
        self.published: dict[str, dt.date | None] = {}
        for article in store.articles():
            self.published[article.id] = article.published
        self.index = MergeIndex(self._anchor_of)
        months = {aid: (d.year * 12 + d.month - 1 if d else None) for aid, d in self.published.items()}
        docs = store.claim_documents() if claims is None else {c.id: c.model_dump(mode="json") for c in claims.values()}
        self.first_published: dict[str, dt.date | None] = {}
        for doc in docs.values():
            if doc.get("dismissed"):
                # A person took it out of the tracking: later articles neither propose changes to it
                # (they would wait hidden and come back on restore) nor merge into it, where a
                # new mention would vanish; a retelling becomes a claim of its own, shown.
                continue
            self.index.add_doc(doc, months)
            sources = doc.get("sources") or []
            self.first_published[doc["id"]] = self.published.get(sources[0]["article"]) if sources else None
        self.dismissed_spans: dict[str, list[tuple[int, int, str]]] = {}
        """article id -> (start, end, dismissed claim id) of each source of a dismissed claim."""
        for claim in dismissed:
            for s in claim.sources:
                self.dismissed_spans.setdefault(s.article, []).append((s.start, s.end, claim.id))
        self.held_index = MergeIndex(self._anchor_of)
        """The features of the claims rebuilt for dismissed ones: kept out of ``index``, so nothing merges into
        them and no proposal points at them, yet their own article's restatements still find them."""
        self.held_by: dict[str, str] = {}
        """rebuilt claim id -> the dismissed claim whose statements it holds."""
        self._holding: dict[str, str] = {}
        """dismissed claim id -> the rebuilt claim holding its statements."""
        self.changed: dict[str, Claim] = {}
        self.preloaded = claims
        self.proposals: list[Proposal] = []
        self.existing_proposals = {(p.claim, p.article, p.effect.value) for p in store.proposals()}

    def _anchor_of(self, article: str, quote: str) -> Anchor | None:
        from tracker.extract.claims import _anchor

        published = self.published.get(article)
        return _anchor(find_time_expressions(quote, published), published)

    def _claim(self, cid: str) -> Claim:
        if cid in self.changed:
            return self.changed[cid]
        if self.preloaded is not None and cid in self.preloaded:
            claim = self.preloaded[cid]
        else:
            claim = self.store.claim(cid)
        self.changed[cid] = claim
        return claim

    def add_article(
        self, article: Article, extracted: list[Extracted], cues: list, report: AddReport, text: str | None = None
    ) -> None:
        self.published[article.id] = article.published
        now = self.store.clock()
        headlines: set[str] = set()
        latest: dict[tuple[str, str], str] = {}
        """(kind, mode) -> the claim this article spoke of last, for statements that refer back to it."""
        stated: list[str] = []
        """The claims this article states, in order: what its other sentences may restate."""
        for new in extracted:
            tokens = content_tokens(new.sentence)
            key = (new.kind.value, new.mode.value)
            held = self._hold(article, new, tokens, now, report)
            if held is not None:
                latest[key] = held
                if held not in stated:
                    stated.append(held)
                continue
            target = self.index.best_match(new, tokens, article.published, frozenset(headlines), article.id)
            if target is None and new.refers_back and key in latest and self.index.referent(new, latest[key]):
                target = latest[key]
            latest[key] = target or claim_id(article.sha256, new.start, new.end)
            if latest[key] not in stated:
                stated.append(latest[key])
            source = Source(article=article.id, quote=new.quote, start=new.start, end=new.end)
            if target is not None:
                claim = self._claim(target)
                if any(s.article == source.article and s.start == source.start for s in claim.sources):
                    continue
                claim.sources.append(source)
                claim.fill_in_facts(new)
                report.merged_mentions += 1
                self.index.add_extracted(target, new, tokens, created=False, article=article.id)
                continue
            cid = claim_id(article.sha256, new.start, new.end)
            self.changed[cid] = _new_claim(cid, new, source, now)
            self.first_published[cid] = article.published
            if new.headline:
                headlines.add(cid)
            self.index.add_extracted(cid, new, tokens, created=True, article=article.id)
            report.new_claims += 1
        if text is not None and stated:
            self._add_restatements(article, text, stated, cues, report)
        self.propose(article, extracted, cues, report, text)

    def propose(self, article: Article, extracted: list[Extracted], cues: list, report: AddReport, text: str | None = None) -> None:
        """The status changes this article's statements and cues propose for the tracked pledges."""
        now = self.store.clock()
        for suggestion in suggest(self.index, extracted, cues, article.published, self.first_published, text):
            key = (suggestion.claim, article.id, suggestion.effect.value)
            if key in self.existing_proposals:
                continue
            self.existing_proposals.add(key)
            self.proposals.append(
                Proposal(
                    id=short_id("p", *key),
                    claim=suggestion.claim,
                    article=article.id,
                    effect=suggestion.effect,
                    quote=suggestion.quote,
                    start=suggestion.start,
                    end=suggestion.end,
                    new_deadline=suggestion.new_deadline,
                    created_at=now,
                )
            )
            report.proposals += 1

    def _hold(self, article: Article, new: Extracted, tokens: frozenset[str], now: dt.datetime, report: AddReport) -> str | None:
        """Give a statement that was a dismissed claim's back to the claim rebuilt for it alone; returns its id.

        As when the articles were added one by one: what was told before the dismissal stays with the
        dismissed claim, and a retelling added after it does not merge into it but forms (or joins) a
        claim of its own, which stays listed. None for a statement of no dismissed claim.
        """
        spans = self.dismissed_spans.get(article.id, ())
        owner = next((old for start, end, old in spans if start < new.end and new.start < end), None)
        if owner is None:
            return None
        source = Source(article=article.id, quote=new.quote, start=new.start, end=new.end)
        cid = self._holding.get(owner)
        if cid is None:
            cid = claim_id(article.sha256, new.start, new.end)
            self.changed[cid] = _new_claim(cid, new, source, now)
            self.held_by[cid], self._holding[owner] = owner, cid
            self.held_index.add_extracted(cid, new, tokens, created=True, article=article.id)
            report.new_claims += 1
            return cid
        claim = self._claim(cid)
        if not any(s.article == source.article and s.start == source.start for s in claim.sources):
            claim.sources.append(source)
            claim.fill_in_facts(new)
            self.held_index.add_extracted(cid, new, tokens, created=False, article=article.id)
            report.merged_mentions += 1
        return cid

    def _index_of(self, cid: str) -> MergeIndex:
        return self.held_index if cid in self.held_by else self.index

    def _add_restatements(self, article: Article, text: str, stated: list[str], cues: list, report: AddReport) -> None:
        """Attach the article's other sentences that restate one of its claims (``extract.restate``)."""
        taken = [(s.start, s.end) for cid in stated for s in self._claim(cid).sources if s.article == article.id]
        taken += [(c.start, c.end) for c in cues if c.effect != "confirms"]
        targets = []
        for cid in stated:
            feat = self._index_of(cid).features(cid)
            claim = self._claim(cid)
            people = frozenset(w.lower() for w in (claim.actor or "").split())
            targets.append(Target(cid, tuple(t for t, _, _ in feat.sources), feat.names, feat.places | feat.parties,
                                  feat.kind, feat.deadline, people))

        for found in restatements(candidate_units(text, taken), targets, article.published):
            claim = self._claim(found.claim_id)
            claim.sources.append(Source(article=article.id, quote=found.quote, start=found.start, end=found.end))
            self._index_of(found.claim_id).add_restatement(found.claim_id, found.tokens, self._anchor_of(article.id, found.quote), article.id)
            report.merged_mentions += 1

    def save(self) -> None:
        for claim in self.changed.values():
            self.store.save_claim(claim)
        for proposal in self.proposals:
            self.store.save_proposal(proposal)


# ------------------------------------------------------------------ rebuild


def rebuild(store: Store, progress: Progress | None = None, *, extractor: Extractor | None = None) -> AddReport:
    """Re-extract every stored source, keeping ids, statuses, notes and history on claims that still match.

    A rebuilt claim takes over an old claim when they share a source (same article, overlapping
    quote). Old claims a person worked on (a status, notes, history) that no longer match are
    kept as they are; the others are dropped. Settled proposals stay; open ones are recomputed,
    and none for a dismissed claim, whose own statements are held apart from the rest while the
    claims are rebuilt: the result is what adding the articles one by one with the dismissal in
    place gave (a retelling added after it stays a claim of its own, listed). Claims tracked by hand keep
    their facts and their open proposals.
    """
    extractor = extractor or default_extractor()
    report = AddReport()
    articles = sorted(store.articles(), key=lambda a: (a.published or dt.date.max, a.added_at, a.id))
    extracted: dict[str, tuple[list[Extracted], list, str]] = {}
    for done, article in enumerate(articles, start=1):
        try:
            text = store.article_text(article)
        except (OSError, TrackerError) as exc:
            report.failures.append((article.id, f"{article.path}: cannot be read ({exc})"))
        else:
            art = ArticleText(text, article.published)
            extracted[article.id] = (extractor.extract(art), extractor.status_cues(art), text)
        if progress:
            progress(done, len(articles), article.path)
    with store.transaction("rebuild"):
        old_claims = store.claims()
        old_proposals = store.proposals()
        by_hand = {c.id for c in old_claims if c.by_hand}
        for proposal in old_proposals:
            if proposal.state.value == "open" and proposal.claim not in by_hand:
                store.delete_proposal(proposal.id)  # recomputed below (a claim tracked by hand is not re-extracted)
        for claim in old_claims:
            store.delete_claim(claim.id)
        builder = _Builder(store, claims={}, dismissed=[c for c in old_claims if c.dismissed])
        for article in articles:
            if article.id in extracted:
                new, cues, text = extracted[article.id]
                builder.add_article(article, new, cues, report, text)
        kept_user_work, renames = _carry_over(old_claims, builder.changed, builder.held_by)
        report.new_claims = len(builder.changed)  # after the merges a person made are made again
        settled = {(p.claim, p.article, p.effect.value) for p in old_proposals if p.state.value != "open"}
        proposals = []
        for proposal in builder.proposals:
            proposal.claim = renames.get(proposal.claim, proposal.claim)
            key = (proposal.claim, proposal.article, proposal.effect.value)
            if key not in settled:
                proposal.id = short_id("p", *key)
                proposals.append(proposal)
        builder.proposals = proposals
        report.proposals = len(proposals)
        builder.save()
        for claim in kept_user_work:
            store.save_claim(claim)
        valid = {c.id for c in store.claims()}
        for proposal in old_proposals:
            if proposal.state.value != "open" and proposal.claim not in valid:
                store.delete_proposal(proposal.id)  # its claim is gone
    report.articles = [a.id for a in articles if a.id in extracted]
    return report


_QUOTE_MARKS = {"'": "['’‘]", "’": "['’‘]", "‘": "['’‘]", '"': '["“”]', "“": '["“”]', "”": '["“”]'}


def find_words(text: str, words: str) -> tuple[int, int]:
    """Where ``words`` (a sentence or part of one, as a person copied it) stand in an article's ``text``:
    case, runs of spaces and line breaks, and straight or curly quotes may differ."""
    parts = words.split()
    if not parts:
        raise BadInput("give some words of the sentence to track")
    pattern = r"\s+".join("".join(_QUOTE_MARKS.get(ch, re.escape(ch)) for ch in part) for part in parts)
    found = list(re.finditer(pattern, text, re.I))
    if not found:
        raise BadInput(f"the article has no sentence with “{one_line(words, 60)}”")
    if len(found) > 1:
        raise BadInput(f"“{one_line(words, 60)}” is in the article {len(found)} times: give more of the sentence")
    return found[0].start(), found[0].end()


def track(
    store: Store,
    article_id: str,
    words: str,
    *,
    kind: Kind | None = None,
    mode: Mode | None = None,
    deadline: str | None = None,
    note: str | None = None,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    by: str = "user",
) -> tuple[Claim, int]:
    """Track a claim extraction missed, from the sentence of a stored article holding ``words``.

    The claim cites the whole sentence; its facts are what the extractor reads there (``Extractor.describe``),
    with the kind, mode and deadline a person gives taking precedence (the deadline written as for
    ``corrections.edit``: YYYY-MM-DD, YYYY-MM, YYYY or "none"). Later articles already in the workspace
    are read again for news of it: returns the claim and how many proposals they gave.
    """
    extractor = extractor or default_extractor()
    article = store.article(article_id)
    text = _source_text(store, article)
    start, end = find_words(text, words)
    new = extractor.describe(ArticleText(text, article.published), start, end)
    if kind is not None:
        new.kind = kind
    if mode is not None:
        new.mode = mode
    if new.mode is Mode.EVENT:
        new.deadline = None
    elif deadline is not None:
        new.deadline = deadline_from(deadline)
    _refuse_if_tracked(store, article.id, new)  # before the slow part; checked again under the lock
    later = [a for a in store.articles() if a.id != article.id and article.published and a.published and a.published > article.published]
    if new.mode is not Mode.PLEDGE:
        later = []  # only a pledge is settled by later news
    pledge_words = content_tokens(new.sentence)
    readings = []
    for done, other in enumerate(sorted(later, key=lambda a: (a.published, a.added_at, a.id)), start=1):
        if progress:
            progress(done, len(later), other.path)
        try:
            other_text = store.article_text(other)
        except (OSError, TrackerError):
            continue  # ``tracker check`` reports missing sources; tracking does not need every one
        if len(content_tokens(other_text) & pledge_words) < MIN_PROPOSAL_SHARED:
            continue  # no sentence of it can share enough words with the pledge to propose anything: not read
        art = ArticleText(other_text, other.published)
        readings.append((other, extractor.extract(art), extractor.status_cues(art), other_text))
    with store.transaction(f"track a claim of {article.id}"):
        _refuse_if_tracked(store, article.id, new)
        now = store.clock()
        cid = claim_id(article.sha256, new.start, new.end)
        source = Source(article=article.id, quote=new.quote, start=new.start, end=new.end)
        claim = _claim_by_hand(cid, new, source, now, by, "tracked by hand" + _reason(note))
        given = (("kind", kind), ("mode", mode), ("deadline", deadline if new.mode is Mode.PLEDGE else None))
        claim.edited = [name for name, value in given if value is not None]
        store.save_claim(claim)
        builder = _Builder(store, claims={cid: claim})
        report = AddReport()
        for other, extracted, cues, other_text in readings:
            builder.propose(other, extracted, cues, report, other_text)
        for proposal in builder.proposals:
            store.save_proposal(proposal)
    return claim, len(builder.proposals)


def split(
    store: Store, from_claim: str, number: int, *, note: str | None = None, extractor: Extractor | None = None, by: str = "user"
) -> Claim:
    """Take source ``number`` (1-based, as ``tracker show`` lists them) out of a claim it was wrongly merged
    into, as a claim of its own with the facts its sentence gives; returns the new claim.

    The new claim is a person's (``Claim.by_hand``): a rebuild keeps it, and does not merge its sentence back.
    Proposals stay with the claim they were made for."""
    extractor = extractor or default_extractor()
    claim = store.claim(from_claim)
    if len(claim.sources) < 2:
        raise BadInput(f"claim {claim.id} has one source: nothing to split off (`tracker dismiss {claim.id}` if it is no claim)")
    if not 1 <= number <= len(claim.sources):
        raise BadInput(f"claim {claim.id} has sources 1 to {len(claim.sources)}, not {number} (`tracker show {claim.id}` lists them)")
    source = claim.sources[number - 1]
    article = store.article(source.article)
    new = extractor.describe(ArticleText(_source_text(store, article), article.published), source.start, source.end)
    reason = _reason(note)
    with store.transaction(f"split source {number} off {claim.id}"):
        claim = store.claim(claim.id)
        source = claim.sources[number - 1]
        now = store.clock()
        cid = claim_id(article.sha256, source.start, source.end)
        if cid == claim.id or any(c.id == cid for c in store.claims_citing(article.id)):
            cid = short_id("c", cid, "split", now.isoformat())  # its sentence first made the claim it leaves
        part = _claim_by_hand(cid, new, source, now, by, f"split off claim {claim.id}: another claim, wrongly merged into it{reason}")
        claim.sources = [s for i, s in enumerate(claim.sources) if i != number - 1]
        claim.history.append(Change(at=now, by=by, note=f"split off source {number} as claim {cid}: “{one_line(source.quote, 120)}”{reason}"))
        store.save_claim(claim)
        store.save_claim(part)
    return part


def _refuse_if_tracked(store: Store, article_id: str, new: Extracted) -> None:
    """A one-line error when a claim already cites (part of) the sentence a person wants to track."""
    for claim in store.claims_citing(article_id):
        if any(s.article == article_id and s.start < new.end and new.start < s.end for s in claim.sources):
            hint = f"`tracker restore {claim.id}` takes it back" if claim.dismissed else f"`tracker show {claim.id}`"
            raise BadInput(f"that sentence is already tracked{' (dismissed)' if claim.dismissed else ''} as claim {claim.id}: {hint}")


def _source_text(store: Store, article: Article) -> str:
    """An article's stored text, or a one-line error naming its file."""
    try:
        return store.article_text(article)
    except FileNotFoundError:
        raise BadInput(f"sources/{article.path}: cannot be read (no such file); `tracker check` lists what is missing") from None
    except OSError as exc:
        raise BadInput(f"sources/{article.path}: cannot be read ({exc.strerror or exc})") from None


def _claim_by_hand(cid: str, new: Extracted, source: Source, now: dt.datetime, by: str, what: str) -> Claim:
    """A claim a person made from one sentence (``track``, ``split``), its history saying how."""
    claim = _new_claim(cid, new, source.model_copy(update={"by_hand": True}), now)
    claim.by_hand = True
    claim.history.append(Change(at=now, by=by, note=what))
    return claim


def _reason(note: str | None) -> str:
    """A person's note as the tail of a history line: "; why", or nothing."""
    return f"; {note.strip()}" if note and note.strip() else ""


def _has_user_work(claim: Claim) -> bool:
    return (
        claim.status.value != "pending" or bool(claim.notes) or any(c.by != "tracker" for c in claim.history)
        or bool(claim.tags) or claim.dismissed or bool(claim.absorbed) or claim.by_hand or bool(claim.edited)
    )


def _carry_over(
    old_claims: list[Claim], rebuilt: dict[str, Claim], held_by: dict[str, str]
) -> tuple[list[Claim], dict[str, str]]:
    """Give rebuilt claims the id, status, notes and history of the old claim they share a source with.

    An old claim a person merged others into takes every rebuilt claim that shares one of its
    sources (the retellings the extractor still tells apart), so the correction holds. A dismissed
    one takes only the claim the builder held its statements in (``held_by``: rebuilt id ->
    dismissed id), which no other old claim takes. A claim a person made (tracked or split off by hand)
    stays as it is, and the rebuilt claims give up its sentences. The facts a person edited stay theirs.
    Returns the old claims with a person's work that match nothing (kept as they are) and the
    renames made (rebuilt id -> old id). ``rebuilt`` is updated in place.
    """
    owner: dict[str, list[tuple[str, int, int]]] = {
        cid: [(s.article, s.start, s.end) for s in claim.sources] for cid, claim in rebuilt.items()
    }
    renames: dict[str, str] = {}
    unmatched: list[Claim] = []
    # A person's corrections first, so the claims they gather are not taken by another old claim; the claims a
    # person made before all, so that no other takes their sentences.
    for old in sorted(old_claims, key=lambda c: (not c.by_hand, not (c.absorbed or c.dismissed))):
        if old.dismissed:
            matches = [cid for cid, dismissed in held_by.items() if dismissed == old.id and cid in owner]
        else:
            matches = list(dict.fromkeys(
                cid
                for s in old.sources
                for cid, spans in owner.items()
                if cid not in held_by and any(a == s.article and start < s.end and s.start < end for a, start, end in spans)
            ))
        if not matches:
            if _has_user_work(old):
                unmatched.append(old)
            continue
        if old.by_hand:
            # A claim a person made (``track``, ``split``) keeps exactly its sentences: rebuilt claims give them up.
            mine = [(s.article, s.start, s.end) for s in old.sources]
            for cid in matches:
                rest = [s for s in rebuilt[cid].sources if not any(a == s.article and start < s.end and s.start < end for a, start, end in mine)]
                if rest:
                    rebuilt[cid].sources = rest
                    owner[cid] = [(s.article, s.start, s.end) for s in rest]
                else:
                    rebuilt.pop(cid)
                    owner.pop(cid)
                    renames[cid] = old.id
            rebuilt[old.id] = old.model_copy(deep=True)
            continue
        if not (old.absorbed or old.dismissed):
            matches = matches[:1]
        new = rebuilt.pop(matches[0])
        for extra in matches[1:]:
            absorb_facts(new, rebuilt.pop(extra))
        # Sentences a person tracked (then merged into this claim) stay, though extraction does not read them.
        spans = {(s.article, s.start, s.end) for s in new.sources}
        new.sources = new.sources + [s for s in old.sources if s.by_hand and (s.article, s.start, s.end) not in spans]
        new.id = old.id
        new.status = old.status
        if any(change.effect is Effect.DELAYS for change in old.history):
            # A person accepted a later article's new deadline: re-extraction would put the old one back.
            new.deadline = old.deadline
        for name in old.edited:
            setattr(new, name, getattr(old, name))  # what a person set by hand (``corrections.edit``)
        new.edited = old.edited
        new.history = old.history
        new.notes = old.notes
        new.tags = old.tags
        new.dismissed = old.dismissed
        new.absorbed = old.absorbed
        new.created_at = old.created_at or new.created_at
        rebuilt[old.id] = new
        for cid in matches:
            owner.pop(cid)
            renames[cid] = old.id
    return unmatched, renames


def set_published(store: Store, article_id: str, published: dt.date, *, extractor: Extractor | None = None) -> int:
    """Fix an article's publication date and re-resolve its claims' relative deadlines; returns claims updated."""
    extractor = extractor or default_extractor()
    article = store.article(article_id)
    text = _source_text(store, article)
    dated = ArticleText(text, published)
    statements = {e.start: e for e in extractor.extract(dated)}
    for claim in store.claims_citing(article.id):
        for source in claim.sources:
            if source.by_hand and source.article == article.id and source.start not in statements:
                # A sentence a person chose is read again as it was when tracked (extraction may pass it by).
                statements[source.start] = extractor.describe(dated, source.start, source.end)
    updated = 0
    with store.transaction(f"set publication date of {article.id} to {published.isoformat()}"):
        article = store.article(article.id)
        article.published = published
        store.save_article(article)
        for claim in store.claims():
            changed = False
            for source in claim.sources:
                if source.article != article.id or source.start not in statements:
                    continue
                new = statements[source.start]
                if "deadline" in claim.edited:
                    pass  # a person set it (``corrections.edit``)
                elif claim.mode is Mode.PLEDGE and new.deadline is not None and (claim.deadline is None or claim.deadline.date is None or claim.deadline.text == new.deadline.text):
                    if claim.deadline != new.deadline:
                        claim.deadline = new.deadline
                        changed = True
                if new.event_date and claim.event_date != new.event_date and claim.sources[0] is source:
                    claim.event_date = new.event_date
                    changed = True
            if changed:
                claim.history.append(Change(at=store.clock(), by="tracker", note=f"deadline re-resolved: article {article.id} dated {published.isoformat()}"))
                store.save_claim(claim)
                updated += 1
    return updated

