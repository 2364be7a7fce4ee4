"""The detail pane: everything about the highlighted claim, as literal text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tracker.models import Article, Claim
from tracker.status import days_left, effective_status
from tracker.text import one_line, printable

STATUS_STYLE = {
    "overdue": "bold red",
    "confirmed": "bold green",
    "partial": "bold yellow",
    "refuted": "bold magenta",
    "pending": "bold",
}
"""Rich styles of the statuses, used in the header and the detail pane."""


def article_label(article: Article | None, article_id: str) -> str:
    if article is None:
        return f"[{article_id}] (article missing)"
    parts = [article.title, article.outlet, article.published.isoformat() if article.published else None]
    return f"[{article.id}] " + one_line(" · ".join(p for p in parts if p) or article.path)


def claim_detail_text(claim: Claim, articles: Mapping[str, Article], as_of: dt.date) -> Text:
    """The claim as a ``Text``: every value from an article is appended literally, never parsed as markup."""
    out = Text()

    def heading(label: str) -> None:
        out.append(f"\n{label}\n", style="bold underline")

    def field(label: str, value: str, style: str = "") -> None:
        out.append(f"{label:>9} ", style="dim")
        out.append(printable(value), style=style)
        out.append("\n")

    status = effective_status(claim, as_of)
    out.append(printable(claim.text), style="bold")
    out.append("\n\n")
    recorded = "" if status is claim.status else f" (recorded: {claim.status.value})"
    field("status", status.value + recorded, style=STATUS_STYLE.get(status.value, ""))
    field("id", claim.id)
    field("kind", f"{claim.kind.value} · {claim.mode.value}")
    if claim.actor:
        field("actor", claim.actor)
    if claim.deadline:
        when = claim.deadline.date.isoformat() if claim.deadline.date else "no date"
        left = days_left(claim, as_of)
        if left is None:
            extra = ""
        elif status.value in ("confirmed", "refuted"):
            extra = f" ({-left} days ago)" if left < 0 else f" (in {left} days)"
        else:
            extra = f", {left} days left" if left >= 0 else f", {-left} days overdue"
        field("deadline", f"{when}{extra}")
        field("", f"“{one_line(claim.deadline.text)}”")
    if claim.event_date:
        field("happened", claim.event_date)
    if claim.quantity:
        field("quantity", printable(claim.quantity.describe()))
    if claim.places:
        field("places", ", ".join(claim.places))
    if claim.parties:
        field("parties", ", ".join(claim.parties))
    if claim.tags:
        field("tags", ", ".join(claim.tags))

    heading(f"Sources ({len(claim.sources)})")
    for source in claim.sources:
        out.append(article_label(articles.get(source.article), source.article), style="italic")
        out.append("\n  “")
        out.append(one_line(source.quote))
        out.append("”\n")
    if not claim.sources:
        out.append("none\n", style="dim")

    heading(f"History ({len(claim.history)})")
    for change in claim.history:
        out.append(change.at.strftime("%Y-%m-%d %H:%M "), style="dim")
        out.append(change.status.value if change.status else "·", style=STATUS_STYLE.get(change.status.value, "") if change.status else "")
        out.append(printable(f" by {change.by}"))
        if change.note:
            out.append(": " + one_line(change.note))
        out.append("\n")
        evidence = change.evidence
        if evidence:
            if evidence.article:
                out.append("  evidence ", style="dim")
                out.append(article_label(articles.get(evidence.article), evidence.article))
                out.append("\n")
                if evidence.quote:
                    out.append(f"  “{one_line(evidence.quote)}”\n")
            if evidence.url:
                out.append("  evidence ", style="dim")
                out.append(one_line(evidence.url) + "\n")
    if not claim.history:
        out.append("no changes yet\n", style="dim")

    if claim.notes:
        heading(f"Notes ({len(claim.notes)})")
        for note in claim.notes:
            out.append(note.at.strftime("%Y-%m-%d %H:%M "), style="dim")
            out.append(printable(note.text) + "\n")
    return out


class ClaimDetail(VerticalScroll, can_focus=False):
    """Scrollable pane showing one claim; the screen calls ``show`` whenever the selection changes."""

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(Text("no claim selected", style="dim"), id="detail-body")

    def show(self, claim: Claim | None, articles: Mapping[str, Article], as_of: dt.date, *, message: str = "") -> None:
        body = self.query_one("#detail-body", Static)
        if claim is None:
            body.update(Text(message or "no claim selected", style="dim"))
        else:
            body.update(claim_detail_text(claim, articles, as_of))
        self.scroll_home(animate=False)
