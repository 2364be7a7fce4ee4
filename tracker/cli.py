"""The command line: a thin face over the core (``tracker.store``, ``tracker.status``, exports).

Each command parses its options, calls one core function and prints. Errors meant for a
person (``TrackerError``) become one line on stderr and a non-zero exit, never a traceback.
Heavy imports (article parsing, Textual) happen inside the commands that need them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from tracker import __version__
from tracker.errors import BadInput, TrackerError
from tracker.models import Evidence, Kind, Mode, ProposalState, Status
from tracker.status import days_left, effective_status
from tracker.store import ClaimFilter, ClaimRow, Store
from tracker.text import one_line, printable

DB_ENV = "TRACKER_DB"
STATUSES = [s.value for s in Status]
KINDS = [k.value for k in Kind]


def parse_date(value: str | None, what: str = "date") -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise BadInput(f"{what} {value!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-22") from None


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2026-11-22", param, ctx)


DATE = DateParam()


class Context:
    """What every command gets: where the database is and which day to look at."""

    def __init__(self, db: Path, as_of: dt.date | None) -> None:
        self.db = db
        self._as_of = as_of
        self._store: Store | None = None

    def as_of(self, override: dt.date | None = None) -> dt.date:
        return override or self._as_of or dt.date.today()

    def store(self, *, create: bool = False) -> Store:
        if self._store is None:
            self._store = Store.open(self.db, create=create, **clock_from_env())
        return self._store


NOW_ENV = "TRACKER_NOW"


def clock_from_env() -> dict[str, Any]:
    """``$TRACKER_NOW`` (an ISO timestamp) fixes the clock, so a rebuilt sample is byte-identical."""
    value = os.environ.get(NOW_ENV)
    if not value:
        return {}
    try:
        now = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BadInput(f"${NOW_ENV} {value!r} is not an ISO timestamp, e.g. 2026-11-22T09:00:00+00:00") from None
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    return {"clock": lambda: now}


def database_path(option: str | None) -> Path:
    """``--db``, else ``$TRACKER_DB``, else ``./claims.json``."""
    return Path(option or os.environ.get(DB_ENV) or "claims.json")


class TrackerGroup(click.Group):
    """Turns ``TrackerError`` into a one-line error and a non-zero exit."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrackerError as exc:
            raise click.ClickException(printable(str(exc))) from None
        except KeyboardInterrupt:
            raise click.Abort() from None


pass_ctx = click.make_pass_decorator(Context)


@click.group(cls=TrackerGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="PATH", help=f"The claims database (default: ${DB_ENV}, else ./claims.json).")
@click.option("--as-of", "as_of", type=DATE, help="Look at the claims as on this day (default: today).")
@click.version_option(__version__, prog_name="tracker")
@click.pass_context
def cli(ctx: click.Context, db: str | None, as_of: dt.date | None) -> None:
    """Track public claims from the articles that report them to the evidence that settles them.

    With no command, opens the dashboard over the workspace.
    """
    ctx.obj = Context(database_path(db), as_of)
    if ctx.invoked_subcommand is None:
        open_dashboard(ctx.obj)


def open_dashboard(context: Context) -> None:
    """Open the Textual dashboard, or print the list where there is none yet."""
    try:
        from tracker.tui.app import run_dashboard  # type: ignore[import-not-found]
    except ImportError:
        print_rows(context.store().find(ClaimFilter(), context.as_of()), context.as_of())
        return
    run_dashboard(context.store(), context.as_of())


# ---------------------------------------------------------------- workspace


@cli.command()
@click.argument("directory", required=False, type=click.Path(file_okay=False, path_type=Path))
@pass_ctx
def init(context: Context, directory: Path | None) -> None:
    """Make an empty workspace (claims.json and sources/) in DIRECTORY (default: beside --db)."""
    db = (directory / "claims.json") if directory else context.db
    db.parent.mkdir(parents=True, exist_ok=True)
    if db.exists():
        Store.open(db)  # refuses a file that is not a tracker database
        click.echo(f"{db}: already a tracker workspace")
        return
    Store.open(db, create=True)
    click.echo(f"created {db} and {db.parent / 'sources'}/")


@cli.command()
@pass_ctx
def check(context: Context) -> None:
    """Validate every document in the database and its articles in sources/."""
    store = context.store()
    count = store.check()
    errors, warnings = store.check_sources()
    for line in warnings:
        click.echo(f"warning: {printable(line)}", err=True)
    for line in errors:
        click.echo(f"error: {printable(line)}", err=True)
    if errors:
        raise TrackerError(f"{context.db}: {len(errors)} problem{'s' * (len(errors) != 1)} with sources/ (listed above)")
    click.echo(f"{context.db}: {count} documents, all valid; {len(store.articles())} article files intact")


# ------------------------------------------------------------------ reading


def print_rows(rows: list[ClaimRow], as_of: dt.date) -> None:
    if not rows:
        click.echo("no claims")
        return
    click.echo(f"{'ID':9} {'STATUS':9} {'KIND':17} {'DEADLINE':10} {'DAYS':>5} {'SRC':>3}  CLAIM")
    for row in sorted(rows, key=_row_order):
        days = "" if row.deadline is None else str((row.deadline - as_of).days)
        deadline = row.deadline.isoformat() if row.deadline else "-"
        click.echo(f"{row.id:9} {row.status:9} {row.kind:17} {deadline:10} {days:>5} {row.sources:>3}  {one_line(row.text, 70)}")


def _row_order(row: ClaimRow) -> tuple[int, str, str]:
    # Overdue first, then by deadline (undated last), then id.
    urgency = {"overdue": 0, "pending": 1, "partial": 2}.get(row.status, 3)
    return (urgency, row.deadline.isoformat() if row.deadline else "9999", row.id)


@cli.command("list")
@click.option("--status", type=click.Choice(STATUSES), help="Only claims with this (effective) status.")
@click.option("--kind", type=click.Choice(KINDS), help="Only claims of this kind.")
@click.option("--due-before", type=DATE, help="Only claims whose deadline is before this day.")
@click.option("--due-within", type=click.IntRange(min=0), metavar="DAYS", help="Only claims due within DAYS days.")
@click.option("--search", metavar="TEXT", help="Only claims whose text, actor, places, parties or quotes hold TEXT.")
@click.option("--dismissed", is_flag=True, help="Only the claims dismissed as not trackable (left out otherwise).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_ctx
def list_claims(
    context: Context,
    status: str | None,
    kind: str | None,
    due_before: dt.date | None,
    due_within: int | None,
    search: str | None,
    dismissed: bool,
    as_json: bool,
) -> None:
    """List the tracked claims, overdue first."""
    as_of = context.as_of()
    rows = context.store().find(ClaimFilter(status, kind, due_before, due_within, search, dismissed), as_of)
    if as_json:
        payload = [
            {
                "id": r.id,
                "status": r.status,
                "kind": r.kind,
                "mode": r.mode,
                "text": r.text,
                "actor": r.actor or None,
                "deadline": r.deadline.isoformat() if r.deadline else None,
                "deadline_text": r.deadline_text or None,
                "days_left": (r.deadline - as_of).days if r.deadline else None,
                "sources": r.sources,
            }
            for r in sorted(rows, key=_row_order)
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    print_rows(rows, as_of)


@cli.command()
@click.argument("claim_id")
@click.option("--json", "as_json", is_flag=True, help="Print the claim as JSON.")
@pass_ctx
def show(context: Context, claim_id: str, as_json: bool) -> None:
    """Everything about one claim: its sources with quotes, and its history."""
    store = context.store()
    as_of = context.as_of()
    claim = store.claim(claim_id)
    status = effective_status(claim, as_of)
    if as_json:
        doc = claim.model_dump(mode="json")
        doc["stored_status"], doc["status"] = doc["status"], status.value
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    p = lambda label, value: click.echo(f"{label:10} {printable(str(value))}")  # noqa: E731
    p("claim", claim.id + (" (dismissed: not a trackable claim)" if claim.dismissed else ""))
    p("text", claim.text)
    p("status", status.value + ("" if status is claim.status else f" (recorded: {claim.status.value})"))
    p("kind", f"{claim.kind.value} ({claim.mode.value})")
    if claim.actor:
        p("actor", claim.actor)
    if claim.deadline:
        left = days_left(claim, as_of)
        when = claim.deadline.date.isoformat() if claim.deadline.date else "no date"
        extra = "" if left is None else (f", {left} days left" if left >= 0 else f", {-left} days overdue")
        p("deadline", f"{when} ({claim.deadline.text!r}{extra})")
    if claim.event_date:
        p("happened", claim.event_date)
    if claim.quantity:
        p("quantity", claim.quantity.describe())
    if claim.places:
        p("places", ", ".join(claim.places))
    if claim.parties:
        p("parties", ", ".join(claim.parties))
    if claim.tags:
        p("tags", ", ".join(claim.tags))
    if claim.absorbed:
        p("merged", ", ".join(claim.absorbed))
    click.echo("sources")
    for number, source in enumerate(claim.sources, start=1):
        try:
            art = store.article(source.article)
            label = " · ".join(x for x in (art.title, art.outlet, art.published and art.published.isoformat()) if x)
        except TrackerError:
            label = "(article missing)"
        click.echo(f"  {number}. [{source.article}] {printable(label)}" + (" (tracked by hand)" if source.by_hand else ""))
        click.echo(f"     “{one_line(source.quote)}”")
    if claim.history:
        click.echo("history")
        for change in claim.history:
            what = change.status.value if change.status else "-"
            line = f"  {change.at.isoformat()} {what:9} by {change.by}"
            if change.note:
                line += f": {change.note}"
            click.echo(printable(line))
            if change.evidence:
                ev = change.evidence
                if ev.article:
                    quote = f" “{one_line(ev.quote)}”" if ev.quote else ""
                    click.echo(f"    evidence [{ev.article}]{quote}")
                if ev.url:
                    click.echo(f"    evidence {printable(ev.url)}")
    if claim.notes:
        click.echo("notes")
        for note in claim.notes:
            click.echo(f"  {note.at.isoformat()} {printable(note.text)}")


# ------------------------------------------------------------------ changing


@cli.command()
@click.argument("claim_id")
@click.argument("status", type=click.Choice(STATUSES), metavar="STATUS")
@click.option("--note", help="Why the status changed.")
@click.option("--evidence", "evidence_article", metavar="ARTICLE_ID", help="An article in the workspace that shows it.")
@click.option("--quote", help="The sentence of that article that shows it.")
@click.option("--url", help="A web page that shows it.")
@pass_ctx
def mark(
    context: Context,
    claim_id: str,
    status: str,
    note: str | None,
    evidence_article: str | None,
    quote: str | None,
    url: str | None,
) -> None:
    """Set a claim's STATUS by hand, with an optional note and evidence."""
    evidence = None
    if evidence_article or url or quote:
        evidence = Evidence(article=evidence_article, quote=quote, url=url)
    claim = context.store().mark(claim_id, status, note=note, evidence=evidence)
    click.echo(f"{claim.id}: {status}")


@cli.command()
@click.argument("claim_id")
@click.argument("text")
@pass_ctx
def note(context: Context, claim_id: str, text: str) -> None:
    """Add a note to a claim."""
    claim = context.store().add_note(claim_id, text)
    click.echo(f"{claim.id}: note added")


@cli.command()
@click.argument("keep_id", metavar="KEEP")
@click.argument("other_id", metavar="OTHER")
@click.option("--note", help="Why they are the same claim.")
@pass_ctx
def merge(context: Context, keep_id: str, other_id: str, note: str | None) -> None:
    """OTHER is the same claim as KEEP: fold it into KEEP (sources, notes, history, proposals)."""
    from tracker.corrections import merge as merge_claims

    claim = merge_claims(context.store(), keep_id, other_id, note=note)
    click.echo(f"{claim.id}: merged {claim.absorbed[-1] if claim.absorbed else other_id}; {len(claim.sources)} sources")


@cli.command()
@click.argument("claim_id")
@click.option("--limit", type=click.IntRange(min=1), default=3, show_default=True, help="How many claims to show at most.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_ctx
def similar(context: Context, claim_id: str, limit: int, as_json: bool) -> None:
    """Claims that read like CLAIM_ID but were kept apart: candidates for `tracker merge`."""
    from tracker.corrections import similar_claims

    store = context.store()
    claim = store.claim(claim_id)
    found = similar_claims(store, claim.id, limit=limit)
    if as_json:
        click.echo(json.dumps([dataclasses.asdict(s) for s in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo(f"no claim reads like {claim.id}")
        return
    click.echo(f"{'ID':9} {'SCORE':5} {'KIND':17} CLAIM")
    for s in found:
        click.echo(f"{s.claim_id:9} {s.score:5.2f} {s.kind:17} {one_line(s.text, 70)}")
        if s.shared:
            click.echo(f"{'':33} shared words: {one_line(', '.join(s.shared), 60)}")
    click.echo(f"the same claim? `tracker merge {claim.id} ID` folds it into {claim.id}")


@cli.command()
@click.argument("claim_id")
@click.option("--note", help="Why it is not a trackable claim.")
@pass_ctx
def dismiss(context: Context, claim_id: str, note: str | None) -> None:
    """Not a trackable claim (an extraction error): keep it, but leave it out of lists and exports."""
    from tracker.corrections import dismiss as dismiss_claim

    claim = dismiss_claim(context.store(), claim_id, note=note)
    click.echo(f"{claim.id}: dismissed (`tracker list --dismissed` lists it, `tracker restore {claim.id}` takes it back)")


@cli.command()
@click.argument("claim_id")
@click.option("--kind", type=click.Choice(KINDS), help="What sort of claim it is.")
@click.option("--mode", type=click.Choice(["pledge", "event"]), help="Promised for later, or reported as done.")
@click.option("--text", help="The claim in one line.")
@click.option("--actor", help="Who made the claim ('none' takes it away).")
@click.option("--deadline", help="YYYY-MM-DD, YYYY-MM or YYYY (the last day of it), or 'none'.")
@click.option("--quantity", help="As the news would write it: '600-800 drones per day', 'EUR 1.2 billion', or 'none'.")
@click.option("--note", help="Why.")
@pass_ctx
def edit(context: Context, claim_id: str, kind: str | None, mode: str | None, text: str | None, actor: str | None,
         deadline: str | None, quantity: str | None, note: str | None) -> None:
    """Set facts extraction got wrong; the history keeps the old values, and a rebuild keeps the new."""
    from tracker.corrections import edit as edit_claim

    claim = edit_claim(context.store(), claim_id, kind=Kind(kind) if kind else None, mode=Mode(mode) if mode else None,
                       text=text, actor=actor, deadline=deadline, quantity=quantity, note=note)
    click.echo(f"{claim.id}: {printable((claim.history[-1].note or '').removeprefix('edited: '))}")


@cli.command()
@click.argument("claim_id")
@click.argument("number", type=click.IntRange(min=1), metavar="SOURCE")
@click.option("--note", help="Why it is another claim.")
@pass_ctx
def split(context: Context, claim_id: str, number: int, note: str | None) -> None:
    """SOURCE of CLAIM_ID (its number in `tracker show`) is another claim, wrongly merged: make it one of its own."""
    from tracker.ingest import split as split_claim

    part = split_claim(context.store(), claim_id, number, note=note)
    click.echo(f"{part.id}: split off {context.store().claim(claim_id).id} ({part.kind.value}, {part.mode.value}): {one_line(part.text, 90)}")


@cli.command()
@click.argument("article_id")
@click.argument("words")
@click.option("--kind", type=click.Choice(KINDS), help="The claim's kind (default: what the sentence reads as).")
@click.option("--mode", type=click.Choice(["pledge", "event"]), help="Promised for later, or reported as done.")
@click.option("--deadline", help="Where the sentence gives none or gets it wrong: YYYY-MM-DD, YYYY-MM or YYYY (its last day), or 'none'.")
@click.option("--note", help="Why it is worth tracking.")
@pass_ctx
def track(context: Context, article_id: str, words: str, kind: str | None, mode: str | None,
          deadline: str | None, note: str | None) -> None:
    """Track a claim the extractor missed: the sentence of ARTICLE_ID that holds WORDS."""
    from tracker.ingest import track as track_claim

    progress, close = _progress_bar()  # later articles are read for news of the claim
    try:
        claim, proposals = track_claim(context.store(), article_id, words, kind=Kind(kind) if kind else None,
                                       mode=Mode(mode) if mode else None, deadline=deadline, note=note, progress=progress)
    finally:
        close()
    facts = [claim.kind.value, claim.mode.value]
    if claim.deadline and claim.deadline.date:
        facts.append(f"due {claim.deadline.date.isoformat()}")
    if claim.quantity:
        facts.append(claim.quantity.describe())
    click.echo(f"{claim.id}: tracked ({', '.join(printable(f) for f in facts)}): {one_line(claim.text, 90)}")
    if proposals:
        click.echo(f"{proposals} proposal(s) from later articles: `tracker review`")
    from tracker.corrections import similar_claims

    alike = similar_claims(context.store(), claim.id, limit=3)
    if alike:  # another outlet's telling may already be tracked: one merge makes them one claim
        click.echo(f"reads like {', '.join(s.claim_id for s in alike)}: `tracker similar {claim.id}`, then `tracker merge`")


@cli.command()
@click.argument("claim_id")
@click.option("--note", help="Why it is a trackable claim after all.")
@pass_ctx
def restore(context: Context, claim_id: str, note: str | None) -> None:
    """Take a dismissed claim back into the lists and exports."""
    from tracker.corrections import restore as restore_claim

    claim = restore_claim(context.store(), claim_id, note=note)
    click.echo(f"{claim.id}: restored")


@cli.command()
@pass_ctx
def undo(context: Context) -> None:
    """Revert the last change (the revert is itself recorded in the history)."""
    description = context.store().undo()
    click.echo(f"undone: {printable(description)}")


# ---------------------------------------------------------------- proposals


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Also list accepted and rejected proposals.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_ctx
def review(context: Context, show_all: bool, as_json: bool) -> None:
    """List the status changes proposed by later articles, waiting for a person."""
    store = context.store()
    proposals = store.proposals(None if show_all else ProposalState.OPEN)
    if not show_all:
        dismissed = {row.id for row in store.find(ClaimFilter(dismissed=True), context.as_of())}
        proposals = [p for p in proposals if p.claim not in dismissed]
    if as_json:
        click.echo(json.dumps([p.model_dump(mode="json") for p in proposals], indent=2, ensure_ascii=False))
        return
    if not proposals:
        click.echo("no open proposals")
        return
    for proposal in sorted(proposals, key=lambda p: p.created_at):
        claim = store.claim(proposal.claim)
        click.echo(f"{proposal.id} [{proposal.state.value}] article {proposal.article} {proposal.effect.value} {claim.id}")
        click.echo(f"  claim: {one_line(claim.text)}")
        click.echo(f"  quote: “{one_line(proposal.quote)}”")
        if proposal.new_deadline and proposal.new_deadline.date:
            click.echo(f"  new deadline: {proposal.new_deadline.date.isoformat()} ({one_line(proposal.new_deadline.text)})")


@cli.command()
@click.argument("proposal_id")
@click.option("--note", help="A note for the claim's history.")
@pass_ctx
def accept(context: Context, proposal_id: str, note: str | None) -> None:
    """Accept a proposal: the claim's status changes, with the article's quote as evidence."""
    proposal = context.store().settle_proposal(proposal_id, True, note=note)
    click.echo(f"{proposal.id}: accepted; claim {proposal.claim} updated")


@cli.command()
@click.argument("proposal_id")
@pass_ctx
def reject(context: Context, proposal_id: str) -> None:
    """Reject a proposal; the claim stays as it is."""
    proposal = context.store().settle_proposal(proposal_id, False)
    click.echo(f"{proposal.id}: rejected")


# ------------------------------------------------------------------ exports


@cli.command()
@click.option("--format", "fmt", default="json", show_default=True, help="Export format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write to FILE instead of stdout.")
@click.option("--status", type=click.Choice(STATUSES), help="Only claims with this status.")
@click.option("--kind", type=click.Choice(KINDS), help="Only claims of this kind.")
@click.option("--as-of", "as_of", type=DATE, help="Export the claims as on this day.")
@click.option("--page-url", metavar="URL", help="claimreview: where the HTML export is published (each review links to its claim there).")
@pass_ctx
def export(context: Context, fmt: str, output: Path | None, status: str | None, kind: str | None, as_of: dt.date | None, page_url: str | None) -> None:
    """Export the claims (formats: see the README)."""
    from tracker.export import FORMATS, render, snapshot, write_export

    if fmt not in FORMATS:
        raise BadInput(f"unknown export format {fmt!r} (one of: {', '.join(FORMATS)})")
    options = {}
    if page_url is not None:
        if fmt != "claimreview":
            raise BadInput("--page-url is only used by --format claimreview")
        options["page_url"] = page_url
    text = render(fmt, snapshot(context.store(), context.as_of(as_of), status=status, kind=kind), **options)
    if output is None:
        click.echo(text, nl=False)
        return
    write_export(text, output)
    click.echo(f"wrote {output}", err=True)


# ------------------------------------------------------------ adding articles
# (issue 3) Thin faces over tracker.ingest: add, article, rebuild.


def _progress_bar() -> tuple[Any, Any]:
    """A progress callback drawing a bar on stderr once there is more than one input, and its closer."""
    state: dict[str, Any] = {}

    def report(done: int, total: int, current: str) -> None:
        if total < 2 or not sys.stderr.isatty():
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = click.progressbar(length=total, label="reading", file=sys.stderr, show_pos=True)
        bar.update(1)

    def close() -> None:
        if state.get("bar") is not None:
            state["bar"].render_finish()

    return report, close


def _load_meta(path: Path | None) -> dict[str, dict[str, Any]] | None:
    if path is None:
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(f"{path}: not a readable meta.json ({exc})") from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise BadInput(f"{path}: a meta.json maps file names to {{published, title, outlet, url}}")
    return data


def _warn_if_after_today(store: Store, published: dt.date | None) -> None:
    # Kept, since a collection may be dated ahead on purpose, but 2099 for 2025 is a slip worth a word.
    today = store.clock().date()
    if published is not None and published > today:
        click.echo(f"warning: publication date {published.isoformat()} is after today ({today.isoformat()}); "
                   "its relative deadlines are counted from that day", err=True)


def _remove_unused_workspace(store: Store) -> None:
    """Remove the workspace ``add`` just created when nothing went into it.

    A mistyped path, typed in the wrong folder, must not leave a claims.json and a sources/ there.
    Left alone if another process has written to it meanwhile.
    """
    if store.path is None or store.changed_on_disk() or store.articles() or store.journal():
        return
    store.close()
    store.path.unlink(missing_ok=True)
    store.path.with_name(store.path.name + ".lock").unlink(missing_ok=True)
    try:
        store.sources_dir.rmdir()  # only when empty
    except OSError:
        pass


SHOWN_AT_MOST = 5
"""Articles named one by one after an add; past that, one line counts the rest (a folder may hold hundreds)."""


def _shown(items: list[str]) -> list[str]:
    # Counting a single leftover takes a line as naming it does.
    return items if len(items) <= SHOWN_AT_MOST + 1 else items[:SHOWN_AT_MOST]


def _report_undated(store: Store, undated: list[str]) -> None:
    shown = _shown(undated)
    for article_id in shown:
        # The stored file's name says which article the id is ("2025-11-03-ukraine-to-open-offices.txt").
        click.echo(f"{article_id} ({printable(store.article(article_id).path)}): publication date unknown, "
                   f"relative deadlines not resolved; fix with `tracker article {article_id} --published DATE`")
    if len(undated) > len(shown):
        # The JSON export lists every article, so a script can still find them all.
        click.echo(f"{len(undated) - len(shown)} more articles with no publication date ({len(undated)} in all): "
                   "fix each with `tracker article ID --published DATE`; "
                   '`tracker export --format json` lists them all ("published": null)')


def _report_unmatched_metadata(path: Path, metadata: dict[str, dict[str, Any]], unmatched: list[tuple[str, str | None]]) -> None:
    # Warned, not refused: one meta.json may describe a whole collection while a part of it is added.
    shown = _shown([name for name, _ in unmatched])
    for name, guess in unmatched[: len(shown)]:
        hint = f' (did you mean "{printable(guess)}"?)' if guess else ""
        lost = ", ".join(k for k in ("published", "title", "outlet", "url") if metadata[name].get(k))
        click.echo(f'warning: {printable(str(path))}: "{one_line(name)}" matches no added file{hint}'
                   + (f"; not used: {lost}" if lost else ""), err=True)
    if len(unmatched) > len(shown):
        click.echo(f"warning: {printable(str(path))}: {len(unmatched) - len(shown)} more entries match no added file "
                   "(entries are matched by file name)", err=True)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|DIR|URL...")
@click.option("--published", type=DATE, help="Publication date (default: from the page or a dateline).")
@click.option("--title", help="Title (default: from the article).")
@click.option("--outlet", help="Outlet that published it.")
@click.option("--url", help="Where it was published.")
@click.option("--meta", "meta", type=click.Path(dir_okay=False, path_type=Path),
              help="A meta.json mapping file names to {published, title, outlet, url}, for adding a collection.")
@pass_ctx
def add(context: Context, inputs: tuple[str, ...], published: dt.date | None, title: str | None,
        outlet: str | None, url: str | None, meta: Path | None) -> None:
    """Add articles (files, folders, http(s) URLs): store them, extract and merge their claims."""
    from tracker.ingest import add_sources

    metadata = _load_meta(meta)
    created = not context.db.exists()
    store = context.store(create=True)
    _warn_if_after_today(store, published)
    progress, close = _progress_bar()
    report = None
    try:
        report = add_sources(store, list(inputs), published=published, title=title, outlet=outlet, url=url,
                             progress=progress, metadata=metadata)
    finally:
        close()
        if created and (report is None or not report.articles):
            _remove_unused_workspace(store)
    for source in report.duplicates:
        click.echo(f"{printable(source)}: already in the workspace, nothing changed")
    if metadata:  # first: an entry lost to a typo is why an article below is undated
        _report_unmatched_metadata(meta, metadata, report.unmatched_metadata)
    _report_undated(store, report.undated)
    for source, reason in report.failures:
        click.echo(f"error: {one_line(reason)}", err=True)
    click.echo(report.summary())
    if report.failures:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("article_id")
@click.option("--published", type=DATE, help="Set the publication date and re-resolve relative deadlines.")
@pass_ctx
def article(context: Context, article_id: str, published: dt.date | None) -> None:
    """Show an article's metadata, or fix its publication date."""
    store = context.store()
    if published is not None:
        from tracker.ingest import set_published

        _warn_if_after_today(store, published)
        updated = set_published(store, article_id, published)
        click.echo(f"{store.article(article_id).id}: published {published.isoformat()}; {updated} claim(s) re-resolved")
        return
    art = store.article(article_id)
    for label, value in (("article", art.id), ("title", art.title), ("outlet", art.outlet), ("url", art.url),
                         ("author", art.author), ("published", art.published or "unknown"), ("file", f"sources/{art.path}")):
        if value:
            click.echo(f"{label:10} {printable(str(value))}")
    cited = [c for c in store.claims() if any(s.article == art.id for s in c.sources)]
    click.echo(f"claims     {len(cited)}")
    for claim in sorted(cited, key=lambda c: c.id):
        click.echo(f"  {claim.id} {one_line(claim.text, 90)}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_ctx
def articles(context: Context, as_json: bool) -> None:
    """List the workspace's articles, newest first, with how many claims cite each."""
    store = context.store()
    cited: dict[str, int] = {}
    for doc in store.claim_documents().values():
        if not doc.get("dismissed"):
            for article_id in {source.get("article") for source in doc.get("sources") or ()}:
                cited[article_id] = cited.get(article_id, 0) + 1
    rows = sorted(store.articles(), key=lambda a: (a.published is not None, a.published or dt.date.min, a.added_at), reverse=True)
    if as_json:
        payload = [{"id": a.id, "published": a.published.isoformat() if a.published else None, "claims": cited.get(a.id, 0),
                    "title": a.title, "outlet": a.outlet, "file": f"sources/{a.path}"} for a in rows]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
        return
    click.echo(f"{'ID':11} {'PUBLISHED':10} {'CLAIMS':>6}  TITLE")
    for a in rows:
        title = " · ".join(x for x in (a.title, a.outlet) if x) or f"sources/{a.path}"
        click.echo(f"{a.id:11} {a.published.isoformat() if a.published else '-':10} {cited.get(a.id, 0):>6}  {one_line(title, 80)}")


@cli.command()
@pass_ctx
def rebuild(context: Context) -> None:
    """Re-extract every stored source, keeping ids, statuses, notes and history on claims that still match."""
    from tracker.ingest import rebuild as rebuild_claims

    progress, close = _progress_bar()
    try:
        report = rebuild_claims(context.store(), progress)
    finally:
        close()
    for source, reason in report.failures:
        click.echo(f"error: {one_line(reason)}", err=True)
    click.echo(f"rebuilt from {len(report.articles)} articles: {report.new_claims} claims, "
               f"{report.merged_mentions} merged mentions, {report.proposals} open proposals")
    if report.failures:
        raise click.exceptions.Exit(1)


# ------------------------------------------------------------------ summary (issue 5)


@cli.command()
@click.option("--as-of", "as_of", type=DATE, help="Summarise the claims as on this day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@pass_ctx
def summary(context: Context, as_of: dt.date | None, as_json: bool) -> None:
    """Counts by status, overdue claims, claims due in the next 30 days, recent changes, open proposals."""
    from tracker.export.summary import DUE_WINDOW_DAYS, RECENT_DAYS
    from tracker.export.summary import summary as summarize_store

    report = summarize_store(context.store(), context.as_of(as_of))
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2, ensure_ascii=False))
        return
    click.echo(f"Claims as of {report.as_of.isoformat()}: {report.total}")
    for status, count in report.counts.items():
        click.echo(f"  {status.value:10} {count:>5}")

    def claim_line(view: Any, days: str) -> str:
        deadline = view.claim.deadline.date.isoformat()
        return f"  {view.claim.id:10} {days:>17}  {deadline}  {one_line(view.claim.text, 70)}"

    click.echo(f"\nOverdue ({len(report.overdue)})")
    for view in report.overdue:
        click.echo(claim_line(view, f"{-view.days_left} days overdue"))
    click.echo(f"\nDue in the next {DUE_WINDOW_DAYS} days ({len(report.due_soon)})")
    for view in report.due_soon:
        click.echo(claim_line(view, view.due_phrase))
    click.echo(f"\nChanges in the last {RECENT_DAYS} days ({len(report.recent_changes)})")
    for recent in report.recent_changes:
        change = recent.change
        what = change.status.value if change.status else "note"
        line = f"  {change.at.date().isoformat()}  {recent.view.claim.id:10} {what:9} by {one_line(change.by, 20)}"
        if change.note:
            line += f": {one_line(change.note, 60)}"
        click.echo(line)
    click.echo(f"\nProposals waiting for review ({len(report.waiting_proposals)})")
    for waiting in report.waiting_proposals:
        proposal = waiting.proposal
        click.echo(f"  {proposal.id:10} {proposal.effect.value:11} {waiting.view.claim.id:10} {one_line(waiting.view.claim.text, 60)}")
    if report.waiting_proposals:
        click.echo("  (see `tracker review`)")

# ------------------------------------------------------------ end of summary


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``tracker`` command."""
    try:
        code = cli.main(args=argv, prog_name="tracker", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.UsageError as exc:
        # One line, not click's usage block: the message already names the bad value.
        hint = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        click.echo(f"Error: {exc.format_message()}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(1)
    except BrokenPipeError:  # e.g. `tracker list | head`
        sys.stderr.close()
        sys.exit(1)
    # Without standalone mode click returns the code a command exited with (ctx.exit(N)).
    if isinstance(code, int) and code:
        sys.exit(code)
