"""The HTML page: self-contained, escaped, and its filter works in a real browser (headless Chromium)."""

from __future__ import annotations

import base64
import hashlib
import json
import os
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.export.chromium import Chromium, chromium_binary
from tracker.export import Snapshot, render
from tracker.export.html import CSP, SCRIPT, STYLE


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.script_bodies: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_bodies.append(data)


def _parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def test_page_is_self_contained_and_phone_ready(sample_snapshot: Snapshot) -> None:
    html = render("html", sample_snapshot)
    page = _parse(html)
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in page.tags
    # Nothing is loaded from anywhere: no src, no stylesheet links; the CSP forbids it too.
    assert not [t for t, a in page.tags if "src" in a or (t == "link")]
    assert "default-src 'none'" in CSP and "connect-src" not in CSP
    for source, directive in ((STYLE, "style-src"), (SCRIPT, "script-src")):
        digest = base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()
        assert f"{directive} 'sha256-{digest}'" in CSP
    assert "innerHTML" not in SCRIPT and "outerHTML" not in SCRIPT and "insertAdjacentHTML" not in SCRIPT
    assert "document.write" not in SCRIPT


def test_hostile_text_is_escaped_everywhere(hostile_snapshot: Snapshot) -> None:
    html = render("html", hostile_snapshot)
    page = _parse(html)
    assert [t for t, _ in page.tags].count("script") == 1
    assert page.script_bodies == [SCRIPT]
    allowed = {"html", "head", "meta", "title", "style", "body", "header", "h1", "p", "div", "label", "select", "option",
               "input", "main", "article", "h2", "span", "dl", "dt", "dd", "ul", "li", "blockquote", "a", "br", "script"}
    assert {t for t, _ in page.tags} <= allowed
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith("https://example.org/"), attrs
    assert "javascript:alert" not in "".join(str(a.get("href")) for _, a in page.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    binary = chromium_binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run should have installed it")
        pytest.skip("chromium is not installed (`.ci/run` installs it: apt-get install chromium)")
    chromium = Chromium(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield chromium
    chromium.close()


VISIBLE = "JSON.stringify(Array.from(document.querySelectorAll('.claim')).filter(c => !c.hidden).map(c => c.id.slice(6)))"


def _open(browser: Chromium, path: Path, fragment: str = "") -> None:
    browser.events.clear()
    browser.open(path.as_uri() + fragment)


def _visible(browser: Chromium) -> list[str]:
    return json.loads(browser.evaluate(VISIBLE))


def test_filter_by_status_and_search_in_chromium(browser: Chromium, sample_snapshot: Snapshot, tmp_path: Path) -> None:
    page = tmp_path / "claims.html"
    page.write_text(render("html", sample_snapshot), encoding="utf-8")
    _open(browser, page)
    assert browser.problems() == []
    everything = _visible(browser)
    assert sorted(everything) == sorted(v.claim.id for v in sample_snapshot.claims)
    assert everything[0] == "c2drones"  # overdue first
    browser.evaluate("var s = document.getElementById('status'); s.value = 'confirmed'; s.dispatchEvent(new Event('change'))")
    assert _visible(browser) == ["c1office", "c7agree"]
    assert browser.evaluate("document.getElementById('shown').textContent") == "2 of 8 claims shown"
    browser.evaluate("var q = document.getElementById('search'); q.value = 'BERLIN office'; q.dispatchEvent(new Event('input'))")
    assert _visible(browser) == ["c1office"]
    browser.evaluate("var s = document.getElementById('status'); s.value = 'all'; s.dispatchEvent(new Event('change'))")
    browser.evaluate("var q = document.getElementById('search'); q.value = 'shmyhal'; q.dispatchEvent(new Event('input'))")
    assert _visible(browser) == ["c4facility"]  # the actor is searched too
    # A filter given in the address, e.g. a link to the overdue claims.
    _open(browser, page, "#status=overdue")
    browser.wait_until("document.getElementById('status').value === 'overdue'")
    assert _visible(browser) == ["c2drones"]
    assert browser.evaluate("document.getElementById('search').value") == ""
    assert browser.problems() == []


def test_hostile_page_runs_no_injected_script_in_chromium(browser: Chromium, hostile_snapshot: Snapshot, tmp_path: Path) -> None:
    page = tmp_path / "hostile.html"
    page.write_text(render("html", hostile_snapshot), encoding="utf-8")
    _open(browser, page, "#status=refuted&q=" + "%3Cscript%3E")
    assert browser.problems() == []
    assert not [e for e in browser.events if e.get("method") == "Page.javascriptDialogOpening"]
    assert browser.evaluate("document.scripts.length") == 1
    assert _visible(browser) == ["h001"]  # refuted and holding "<script>" (as text)


def test_the_browser_check_would_see_a_script_error(browser: Chromium, tmp_path: Path) -> None:
    # Proof the console check can fail: a page with an error and a CSP-blocked script is reported.
    page = tmp_path / "broken.html"
    page.write_text("<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'\">"
                    "<p>x</p><script>alert(1)</script>", encoding="utf-8")
    _open(browser, page)
    assert any("Content Security Policy" in p for p in browser.problems())
    browser.events.clear()
    browser.evaluate("setTimeout(function () { undefinedFunction(); }, 0); new Promise(r => setTimeout(r, 50))")
    assert any("undefinedFunction" in p for p in browser.problems())
