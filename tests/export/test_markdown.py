"""The Markdown summary: grouped by status with deadlines, evidence and sources; article text stays inert."""

from __future__ import annotations

import re
from html import unescape

from markdown_it import MarkdownIt

from tracker.export import Snapshot, render
from tracker.export.markdown import md_text


def test_sample_is_grouped_overdue_first_with_deadlines_evidence_and_sources(sample_snapshot: Snapshot) -> None:
    md = render("md", sample_snapshot)
    headings = re.findall(r"^## (.+)$", md, flags=re.M)
    assert headings == ["Overdue (1)", "Pending (3)", "Partial (1)", "Confirmed (2)", "Refuted (1)"]
    assert "8 claims: 1 overdue, 3 pending, 1 partial, 2 confirmed, 1 refuted." in md
    drones = md[md.index("600-800"):]
    assert "Deadline: 2025-11-30 (“by the end of November”), 357 days overdue" in drones.split("\n- ")[0]
    assert "  - Deadline: 2026-12-01 (“by December 1, 2026”), 9 days left" in md
    assert "  - Actor: Denys Shmyhal" in md
    # Latest evidence: the quote, linked to the later article, with the note.
    assert ("Latest evidence: 2026-11-18, confirmed: “The Berlin office of Ukraine's defense industry opened on Monday.” — "
            "[Berlin office of Ukraine's defense industry opens](https://news.example.org/2026/11/berlin-office)") in md
    # A source with a URL is a link; one without shows title, outlet and date.
    assert "[Ukraine, Denmark to Launch Joint Defense Production Backed by EU Funding](https://thegaze.media/news/" in md
    assert "Zelensky says (The Kyiv Independent, 2025-11-03)" in md
    # A claim settled without evidence still says when and why.
    assert "Status set: 2026-11-20, partial (note: a line opened in Denmark only)" in md


def _html(md: str, linkify: bool = False) -> str:
    parser = MarkdownIt("commonmark", {"html": True, "linkify": linkify})
    if linkify:
        parser.enable("linkify")
    return parser.render(md)


def test_hostile_text_cannot_make_links_html_or_emphasis(hostile_snapshot: Snapshot) -> None:
    md = render("md", hostile_snapshot)
    html = _html(md)
    assert "<script" not in html and "<img" not in html and "<em>" not in html and "<code>" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs, "the safe article URLs should still be links"
    assert all(h.startswith("https://example.org/") for h in hrefs), hrefs
    # The only bold text is each claim's own text, never markup from inside it.
    assert html.count("<strong>") == len(hostile_snapshot.claims)
    assert "javascript:" not in "".join(hrefs)


def test_linkifying_renderers_only_link_text_that_is_its_own_target(hostile_snapshot: Snapshot) -> None:
    # GitHub-style renderers turn bare URLs into links: allowed, as long as the link shows exactly where it
    # goes; a hidden target or a javascript: link is not.
    html = _html(render("md", hostile_snapshot), linkify=True)
    links = re.findall(r'<a href="([^"]*)">(.*?)</a>', html)
    assert links
    for href, label in links:
        assert href.startswith(("https://", "http://")), href
        assert href.startswith("https://example.org/") or unescape(label).replace("\\", "") in unescape(href), (href, label)


def test_md_text_escapes_and_flattens() -> None:
    assert md_text("[x](javascript:alert(1))") == "\\[x\\]\\(javascript:alert\\(1\\)\\)"
    assert md_text("a\nb  c") == "a b c"
    assert md_text("<b>") == "\\<b\\>"
