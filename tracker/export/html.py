"""A single self-contained HTML page: readable on a phone, coloured by status, filterable offline.

Safety: every piece of text is passed through ``html.escape``; only http(s) URLs become links;
the page embeds no data in its script (the filter reads the rendered cards' ``data-status``
and text), and the script never writes HTML (no ``innerHTML``). A Content-Security-Policy
allows only this page's own style and script (by hash) and nothing from the network, so even
a mistake in escaping could not run injected script or fetch anything.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape

from tracker.export.safety import clean, web_url
from tracker.export.snapshot import STATUS_ORDER, ClaimView, Snapshot, article_label
from tracker.models import Article, Change

STYLE = """
:root { color-scheme: light dark; --fg: #1b1f23; --bg: #fff; --muted: #5c6670; --card: #f6f8fa; --line: #d0d7de;
  --overdue: #b42318; --pending: #9a6700; --partial: #bc4c00; --confirmed: #1a7f37; --refuted: #6e40c9; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --card: #161b22; --line: #30363d;
  --overdue: #ff7b72; --pending: #d29922; --partial: #f0883e; --confirmed: #3fb950; --refuted: #bc8cff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: var(--fg); background: var(--bg); overflow-wrap: anywhere; }
h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
.counts { color: var(--muted); margin: 0 0 1rem; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem; position: sticky; top: 0; background: var(--bg); padding: .5rem 0; }
.controls select, .controls input { font: inherit; padding: .4rem .5rem; border: 1px solid var(--line); border-radius: .4rem;
  background: var(--card); color: var(--fg); }
.controls input { flex: 1 1 12rem; min-width: 0; }
#shown { color: var(--muted); margin: .25rem 0 1rem; }
.claim { background: var(--card); border: 1px solid var(--line); border-left: .4rem solid var(--status); border-radius: .5rem;
  padding: .75rem 1rem; margin: 0 0 .75rem; }
.claim h2 { font-size: 1.05rem; margin: 0 0 .4rem; }
.claim dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .75rem; margin: 0; }
.claim dt { color: var(--muted); }
.claim dd { margin: 0; }
.claim ul { margin: 0; padding-left: 1.1rem; }
.badge { display: inline-block; font-size: .8rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
  color: var(--bg); background: var(--status); border-radius: .3rem; padding: 0 .4rem; margin-right: .4rem; vertical-align: .1em; }
.status-overdue { --status: var(--overdue); } .status-pending { --status: var(--pending); }
.status-partial { --status: var(--partial); } .status-confirmed { --status: var(--confirmed); }
.status-refuted { --status: var(--refuted); }
blockquote { margin: .25rem 0; padding-left: .6rem; border-left: 2px solid var(--line); color: var(--muted); }
a { color: inherit; }
.muted { color: var(--muted); }
@media (max-width: 32rem) { body { padding: .5rem; } .claim dl { grid-template-columns: 1fr; } .claim dt { margin-top: .3rem; } }
""".strip()

# The filter: shows the cards whose data-status matches the select and whose text holds every
# word of the search box. The initial filter can come from the URL, e.g. page.html#status=overdue&q=drones.
SCRIPT = """
"use strict";
(function () {
  var select = document.getElementById("status");
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".claim"));
  var texts = cards.map(function (card) { return card.textContent.toLowerCase(); });
  function apply() {
    var status = select.value;
    var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var count = 0;
    cards.forEach(function (card, i) {
      var visible = (status === "all" || card.getAttribute("data-status") === status) &&
        words.every(function (word) { return texts[i].indexOf(word) !== -1; });
      card.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = count + " of " + cards.length + " claims shown";
  }
  function fromHash() {
    var params = new URLSearchParams(window.location.hash.slice(1));
    var status = params.get("status") || "all";
    select.value = select.querySelector('option[value="' + CSS.escape(status) + '"]') ? status : "all";
    search.value = params.get("q") || "";
    apply();
  }
  select.addEventListener("change", apply);
  search.addEventListener("input", apply);
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
""".strip()


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


CSP = f"default-src 'none'; style-src {_csp_hash(STYLE)}; script-src {_csp_hash(SCRIPT)}; base-uri 'none'; form-action 'none'"
"""Only the page's own style and script may run; nothing is loaded from anywhere."""


def e(text: object) -> str:
    """Escaped text for an element body or a quoted attribute, control characters made visible."""
    return escape(clean(str(text)), quote=True)


def link(label: str, url: str | None) -> str:
    target = web_url(url)
    if target is None:
        return e(label)
    return f'<a href="{e(target)}" rel="noopener noreferrer nofollow">{e(label)}</a>'


def article_ref(article: Article | None, article_id: str) -> str:
    if article is None:
        return f"article {e(article_id)} (not in the workspace)"
    label, details = article_label(article)
    return link(label, article.url) + (f" <span class=\"muted\">({e(', '.join(details))})</span>" if details else "")


def _change(change: Change, snap: Snapshot) -> str:
    """Date and status, the quoted evidence, then its article or URL and the note."""
    html = e(change.at.date().isoformat() + (f", {change.status.value}" if change.status else ""))
    evidence = change.evidence
    if evidence is not None and evidence.quote:
        html += f"<blockquote>{e(evidence.quote)}</blockquote>"
    more = []
    if evidence is not None and evidence.article:
        more.append(article_ref(snap.articles_by_id.get(evidence.article), evidence.article))
    if evidence is not None and evidence.url:
        more.append(link(evidence.url, evidence.url))
    if change.note:
        more.append(f"note: {e(change.note)}")
    return html + ("<br>" if more and not (evidence and evidence.quote) else "") + "<br>".join(more)


def _claim(view: ClaimView, snap: Snapshot) -> str:
    claim = view.claim
    rows = []
    if claim.actor:
        rows.append(("Actor", e(claim.actor)))
    if claim.deadline is not None:
        when = claim.deadline.date.isoformat() if claim.deadline.date else "no date"
        due = f", {view.due_phrase}" if view.due_phrase else ""
        rows.append(("Deadline", f"{e(when)} (“{e(claim.deadline.text)}”){e(due)}"))
    elif claim.event_date:
        rows.append(("Happened", e(claim.event_date)))
    evidence, settled = view.latest_evidence, view.settled_by
    if evidence is not None:
        rows.append(("Latest evidence", _change(evidence, snap)))
    elif settled is not None:
        rows.append(("Status set", _change(settled, snap)))
    sources = snap.sources(claim)
    if sources:
        items = "".join(
            f"<li>{article_ref(article, source.article)}<blockquote>{e(source.quote)}</blockquote></li>"
            for source, article in sources
        )
        rows.append(("Sources", f"<ul>{items}</ul>"))
    rows.append(("Claim id", e(claim.id)))
    body = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in rows)
    status = view.status.value
    return (
        f'<article class="claim status-{status}" id="claim-{e(claim.id)}" data-status="{status}">'
        f'<h2><span class="badge">{status}</span>{e(claim.text)}</h2><dl>{body}</dl></article>'
    )


def render_html(snap: Snapshot) -> str:
    counts = snap.counts()
    total = len(snap.claims)
    title = f"Claims as of {snap.as_of.isoformat()}"
    summary = ", ".join(f"{n} {status.value}" for status, n in counts.items() if n) or "none"
    options = [f'<option value="all">All statuses ({total})</option>'] + [
        f'<option value="{s.value}">{s.value.capitalize()} ({counts[s]})</option>' for s in STATUS_ORDER
    ]
    cards = "\n".join(_claim(view, snap) for _, views in snap.grouped() for view in views)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{e(CSP)}">
<meta name="referrer" content="no-referrer">
<title>{e(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{e(title)}</h1>
<p class="counts">{total} claim{"s" if total != 1 else ""}: {e(summary)}</p>
</header>
<div class="controls" role="search">
<label for="status" hidden>Status</label>
<select id="status">{"".join(options)}</select>
<label for="search" hidden>Search</label>
<input id="search" type="search" placeholder="Search claims, actors, quotes, sources" autocomplete="off">
</div>
<p id="shown" aria-live="polite">{total} of {total} claims shown</p>
<main>
{cards}
</main>
<script>{SCRIPT}</script>
</body>
</html>
"""
