"""Markdown status summary for pasting into a newsletter or a wiki.

Claims are grouped by status (overdue first); each shows its deadline, actor, latest
evidence and links to its sources. Every piece of text from an article is flattened to one
line and Markdown-escaped, so it can never open a link, an image, HTML, emphasis or math;
only URLs that pass ``web_url`` (absolute http/https) become link targets.
"""

from __future__ import annotations

import re

from tracker.export.safety import web_url
from tracker.export.snapshot import ClaimView, Snapshot, article_label
from tracker.models import Article, Change
from tracker.text import one_line

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can start
# syntax inline: code, emphasis, links/images, raw HTML/autolinks, tables, strikethrough,
# attribute lists and math ($) in the common extensions.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]()<>|~#{}$])")


def md_text(text: str | None) -> str:
    """Untrusted text as inert Markdown on one line."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(text or ""))


def md_link(label: str, url: str | None) -> str:
    """``[label](url)`` when ``url`` is a safe web address, else the escaped label alone."""
    target = web_url(url)
    return f"[{md_text(label)}]({target})" if target else md_text(label)


def article_ref(article: Article | None, article_id: str) -> str:
    """The article as a link (title, else outlet, else id), followed by outlet and date."""
    if article is None:
        return f"article {md_text(article_id)} (not in the workspace)"
    label, details = article_label(article)
    extra = f" ({md_text(', '.join(details))})" if details else ""
    return md_link(label, article.url) + extra


def _change(change: Change, snap: Snapshot) -> str:
    """One history entry: date, status, quoted evidence, its article or URL, and the note."""
    text = change.at.date().isoformat() + (f", {change.status.value}" if change.status is not None else "")
    evidence = change.evidence
    if evidence is not None and evidence.quote:
        text += f": “{md_text(evidence.quote)}”"
    refs = []
    if evidence is not None and evidence.article:
        refs.append(article_ref(snap.articles_by_id.get(evidence.article), evidence.article))
    if evidence is not None and evidence.url:
        refs.append(md_link(evidence.url, evidence.url))
    if refs:
        text += " — " + "; ".join(refs)
    if change.note:
        text += f" (note: {md_text(change.note)})"
    return text


def _claim(view: ClaimView, snap: Snapshot) -> list[str]:
    claim = view.claim
    lines = [f"- **{md_text(claim.text)}**"]
    if claim.actor:
        lines.append(f"  - Actor: {md_text(claim.actor)}")
    if claim.deadline is not None:
        when = claim.deadline.date.isoformat() if claim.deadline.date else "no date"
        due = f", {view.due_phrase}" if view.due_phrase else ""
        lines.append(f"  - Deadline: {when} (“{md_text(claim.deadline.text)}”){due}")
    elif claim.event_date:
        lines.append(f"  - Happened: {md_text(claim.event_date)}")
    evidence, settled = view.latest_evidence, view.settled_by
    if evidence is not None:
        lines.append(f"  - Latest evidence: {_change(evidence, snap)}")
    elif settled is not None:
        lines.append(f"  - Status set: {_change(settled, snap)}")
    sources = snap.sources(claim)
    if sources:
        refs = dict.fromkeys(article_ref(article, source.article) for source, article in sources)
        lines.append("  - Sources: " + "; ".join(refs))
    lines.append(f"  - Claim id: {md_text(claim.id)}")
    return lines


def render_markdown(snap: Snapshot) -> str:
    counts = snap.counts()
    total = len(snap.claims)
    out = [f"# Claims as of {snap.as_of.isoformat()}", ""]
    summary = ", ".join(f"{n} {status.value}" for status, n in counts.items() if n)
    out.append(f"{total} claim{'s' if total != 1 else ''}" + (f": {summary}." if summary else "."))
    for status, views in snap.grouped():
        out += ["", f"## {status.value.capitalize()} ({len(views)})", ""]
        for view in views:
            out += _claim(view, snap)
    return "\n".join(out) + "\n"
