"""Merging: one claim retold by several sentences or outlets becomes one claim; different claims stay apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.extract.base import Anchor
from tracker.extract.merge import anchors_compatible, content_tokens, expand_places, places_compatible, similarity
from tracker.ingest import add_sources
from tracker.store import Store


def anchor(day: str, explicit: bool, last: str | None = None) -> Anchor:
    return Anchor(dt.date.fromisoformat(day), dt.date.fromisoformat(last or day), explicit)


def test_retellings_share_their_content_words() -> None:
    a = content_tokens("Ukraine will establish defense production offices in Berlin and Copenhagen by the end of the year.")
    b = content_tokens("Opening in Berlin and Copenhagen by year's end")
    assert similarity(a, b) >= 0.75
    assert {"berlin", "copenhagen", "open"} <= a & b


def test_moments() -> None:
    # Retold by another outlet a week later: the same pledge.
    assert anchors_compatible(anchor("2025-07-04", False), anchor("2025-07-11", False), "pledge")
    # Two months later with no date of its own: a different pledge.
    assert not anchors_compatible(anchor("2025-07-04", False), anchor("2025-09-05", False), "pledge")
    # "signed on July 4", reported in September, is the signing reported on July 4.
    assert anchors_compatible(anchor("2025-07-04", True), anchor("2025-07-04", False), "event")
    # "In late June" is not the signing reported on July 4.
    assert not anchors_compatible(anchor("2025-06-21", True, "2025-06-30"), anchor("2025-07-04", False), "event")
    assert anchors_compatible(anchor("2025-06-21", True), anchor("2025-06-21", True), "pledge")


def test_places_compare_by_country() -> None:
    assert places_compatible(expand_places(["Copenhagen"]), expand_places(["Denmark"]))
    assert not places_compatible(expand_places(["Berlin", "Copenhagen"]), expand_places(["Denmark"]))
    assert places_compatible(expand_places([]), expand_places(["Denmark"]))


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_two_outlets_one_claim_and_two_agreements_stay_apart(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path, "a.txt", (
        "Finland to open drone offices in Helsinki and Oslo this year\n\n"
        "Finland will open drone production offices in Helsinki and Oslo by year's end, the minister told journalists.\n"
        "Finland and Ukraine signed a defense agreement on March 3, the ministry said, a deal the minister called historic for both.\n"
    ))
    second = write(tmp_path, "b.txt", (
        "Drone offices planned\n\n"
        "The minister said Finland is set to open drone production offices in Helsinki and Oslo by the end of the year.\n"
        "Finland and Ukraine signed another defense agreement on May 20, covering joint drone production in both countries.\n"
    ))
    add_sources(store, [first], published=dt.date(2025, 5, 21))
    report = add_sources(store, [second], published=dt.date(2025, 5, 23))
    assert report.merged_mentions == 1 and report.new_claims == 1
    offices = [c for c in store.claims() if c.kind.value == "opening"]
    assert len(offices) == 1 and len(offices[0].sources) == 3
    agreements = [c for c in store.claims() if c.kind.value == "agreement"]
    assert sorted(c.event_date for c in agreements) == ["2025-03-03", "2025-05-20"]


def test_a_pledge_retold_weeks_later_with_the_same_figures_and_deadline_merges(store, tmp_path) -> None:
    import datetime as dt

    from tracker.ingest import add_sources

    first = tmp_path / "a.txt"
    first.write_text("Funding\n\nAccording to him, Norway will allocate NOK 2 billion in 2026 to finance Ukrainian long-range drones.\nOfficials have discussed the programme with partners for several months before this announcement was made public.\n")
    later = tmp_path / "b.txt"
    later.write_text("Office\n\nEarlier, the outlet wrote that Norway will spend 2 billion kroner on Ukrainian long-range drones this year.\nOfficials have discussed the programme with partners for several months before this announcement was made public.\n")
    other = tmp_path / "c.txt"
    other.write_text("Funding\n\nNorway will spend 3 billion kroner on Ukrainian long-range drones this year.\nOfficials have discussed the programme with partners for several months before this announcement was made public.\n")
    add_sources(store, [str(first)], published=dt.date(2026, 2, 10))
    add_sources(store, [str(later)], published=dt.date(2026, 3, 27))
    add_sources(store, [str(other)], published=dt.date(2026, 3, 28))
    claims = store.claims()
    assert sorted(len(c.sources) for c in claims) == [1, 2]


def test_scaled_numbers_and_cities_share_tokens_with_their_retellings() -> None:
    assert "2e+08" in content_tokens("London would contribute £200mn towards the project.")
    assert "2e+08" in content_tokens("Britain will put 200 million pounds into a new plant.")
    assert {"odense", "denmark"} <= content_tokens("The plant near Odense opened on Dec. 2.")


def test_a_body_sentence_merges_with_its_own_headline_on_fewer_words(store, tmp_path) -> None:
    text = (
        "Firm plans Estonian plant, eyes 2,000 drones a year\n\n"
        "• Plant near Tallinn to open by 1 December 2026\n\n"
        "The company's chief executive described the permits process as quick and the staff as motivated.\n"
        "Officials have discussed the programme with partners for several months before this announcement.\n"
    )
    path = tmp_path / "a.txt"
    path.write_text(text)
    add_sources(store, [str(path)], published=dt.date(2026, 9, 15))
    (claim,) = store.claims()
    assert len(claim.sources) == 2 and claim.deadline.date == dt.date(2026, 12, 1)
