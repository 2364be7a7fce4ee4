"""ClaimReview JSON-LD: one review per settled claim, valid schema.org property names, safe to embed."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.export.conftest import HOSTILE
from tracker.errors import BadInput
from tracker.export import Snapshot, render
from tracker.export.claimreview import actor_type
from tracker.export.safety import clean

SCHEMA = json.loads((Path(__file__).parent / "schema_org_properties.json").read_text(encoding="utf-8"))


def allowed_properties(type_name: str) -> set[str]:
    names: set[str] = set()
    current: str | None = type_name
    while current is not None:
        names |= set(SCHEMA[current]["properties"])
        current = SCHEMA[current]["parent"]
    return names


def invalid_keys(node: Any, path: str = "$") -> list[str]:
    """Every key used on a typed node that schema.org does not define for that type (or its parents)."""
    found = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            found += invalid_keys(item, f"{path}[{i}]")
    elif isinstance(node, dict):
        if "@type" in node:
            assert node["@type"] in SCHEMA, f"{path}: unknown type {node['@type']}"
            allowed = allowed_properties(node["@type"]) | {"@type", "@id"}
            found += [f"{path}.{key} on {node['@type']}" for key in node if key not in allowed]
        for key, value in node.items():
            found += invalid_keys(value, f"{path}.{key}")
    return found


def test_the_checker_catches_a_property_on_the_wrong_type() -> None:
    assert invalid_keys({"@type": "Rating", "ratingValue": 1, "claimReviewed": "x"}) == ["$.claimReviewed on Rating"]
    assert invalid_keys({"@type": "ClaimReview", "itemReviewed": {"@type": "Claim", "reviewRating": 1}}) == [
        "$.itemReviewed.reviewRating on Claim"
    ]


@pytest.mark.parametrize("which", ["sample_snapshot", "hostile_snapshot"])
def test_every_property_is_defined_by_schema_org_for_its_type(which: str, request: pytest.FixtureRequest) -> None:
    doc = json.loads(render("claimreview", request.getfixturevalue(which)))
    assert doc["@context"] == "https://schema.org"
    assert doc["@graph"]
    assert invalid_keys(doc["@graph"]) == []


PAGE = "https://factcheck.example.org/ukraine/claims.html"
"""Where the HTML export is published, as given to ``tracker export --page-url``."""


def url_values(node: Any) -> list[str]:
    """Every ``url`` anywhere in a JSON-LD document."""
    if isinstance(node, list):
        return [url for item in node for url in url_values(item)]
    if isinstance(node, dict):
        own = [node["url"]] if "url" in node else []
        return own + [url for value in node.values() for url in url_values(value)]
    return []


def test_one_review_per_settled_claim_with_rating_author_and_first_appearance(sample_snapshot: Snapshot) -> None:
    reviews = {r["url"].removeprefix(PAGE): r for r in json.loads(render("claimreview", sample_snapshot, page_url=PAGE))["@graph"]}
    # confirmed c1office, c7agree; partial c6lines; refuted c8capacity; overdue and pending claims are not reviewed.
    assert sorted(reviews) == ["#claim-c1office", "#claim-c6lines", "#claim-c7agree", "#claim-c8capacity"]
    office = reviews["#claim-c1office"]
    assert office["reviewRating"] == {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1, "alternateName": "Promise kept"}
    assert office["claimReviewed"] == "Ukraine will open defense production offices in Berlin and Copenhagen"
    assert office["datePublished"] == "2026-11-18"  # the day the verdict was recorded
    claim = office["itemReviewed"]
    assert claim["author"] == {"@type": "Person", "name": "Volodymyr Zelensky"}
    assert claim["datePublished"] == "2025-11-03"  # the earliest of its two source articles
    assert claim["firstAppearance"]["headline"].startswith("Ukraine to open defense production offices")
    assert len(claim["appearance"]) == 2
    assert office["citation"]["url"] == "https://news.example.org/2026/11/berlin-office"
    assert reviews["#claim-c8capacity"]["reviewRating"]["ratingValue"] == 1
    assert reviews["#claim-c8capacity"]["reviewRating"]["alternateName"] == "False"  # an event, not a pledge
    assert reviews["#claim-c6lines"]["reviewRating"]["alternateName"] == "Partly kept"
    aggregator = reviews["#claim-c7agree"]["itemReviewed"]["firstAppearance"]
    assert aggregator["url"].startswith("https://aggregator.oikosix.com/")


@pytest.mark.parametrize("which", ["sample_snapshot", "hostile_snapshot"])
def test_every_url_is_absolute_and_the_review_url_only_when_the_page_is_known(which: str, request: pytest.FixtureRequest) -> None:
    """schema.org consumers resolve no relative URL: a review links to its card only on a page with a known address."""
    snap = request.getfixturevalue(which)
    unknown = json.loads(render("claimreview", snap))
    assert all("url" not in review for review in unknown["@graph"])
    published = json.loads(render("claimreview", snap, page_url=PAGE + "#top"))
    assert all(review["url"].startswith(PAGE + "#claim-") for review in published["@graph"])
    for doc in (unknown, published):
        assert url_values(doc) and all(url.startswith(("https://", "http://")) for url in url_values(doc))


@pytest.mark.parametrize("page_url", ["claims.html", "/claims.html", "javascript:alert(1)", "https://"])
def test_a_page_url_that_is_not_an_absolute_web_address_is_refused(sample_snapshot: Snapshot, page_url: str) -> None:
    with pytest.raises(BadInput, match="absolute"):
        render("claimreview", sample_snapshot, page_url=page_url)


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("Volodymyr Zelensky", "Person"),
        ("Denys Shmyhal", "Person"),
        ("Ministry of Defense", "Organization"),
        ("Ukraine", "Organization"),  # a country speaking through its government
        ("Rheinmetall AG", "Organization"),
        ("NATO", "Organization"),
        ("Fire Point", "Person"),  # a two-word company name is indistinguishable from a name: a known limit
    ],
)
def test_actor_type(actor: str, expected: str) -> None:
    assert actor_type(actor) == expected


def test_hostile_text_round_trips_and_cannot_close_a_script_element(hostile_snapshot: Snapshot) -> None:
    text = render("claimreview", hostile_snapshot)
    assert "<" not in text and ">" not in text and "&" not in text  # \u003c etc.: safe inside <script>
    doc = json.loads(text)
    reviewed = {r["claimReviewed"] for r in doc["@graph"]}
    settled = [evil for n, evil in enumerate(HOSTILE) if n % 4 != 3]  # every fourth hostile claim stays pending
    assert reviewed == {clean(evil) for evil in settled}
    assert "javascript:" not in json.dumps(doc)
