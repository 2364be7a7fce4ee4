"""Restatements: a headline, subheading or bullet that restates one of its article's claims becomes a source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tracker.extract.merge import content_tokens, proper_names
from tracker.extract.restate import Target, candidate_units, countries_of, restatements
from tracker.extract.sentences import Unit
from tracker.ingest import add_sources
from tracker.store import Store

PUBLISHED = dt.date(2026, 1, 10)
PLANT = "Nordvik Arms will open a drone assembly plant in Norway, its chief executive said on Monday."


def target(claim_id: str, *sentences: str, kind: str = "opening", deadline: dt.date | None = None, actor: str = "") -> Target:
    return Target(
        claim_id,
        tuple(content_tokens(s) for s in sentences),
        frozenset().union(*(proper_names(s) for s in sentences)),
        frozenset().union(*(countries_of(s) for s in sentences)),
        kind,
        deadline,
        frozenset(w.lower() for w in actor.split()),
    )


def attached(text: str, *targets: Target, kind: str = "title") -> list[str]:
    unit = Unit(text, 0, len(text), 0, kind)
    return [found.claim_id for found in restatements([unit], list(targets), PUBLISHED)]


def test_a_headline_made_of_a_claims_words_restates_it() -> None:
    assert attached("Nordvik Arms to open drone assembly plant in Norway", target("c1", PLANT)) == ["c1"]


def test_a_body_sentence_is_not_a_candidate_however_close() -> None:
    text = "Title line\n\nNordvik Arms to open drone assembly plant in Norway, a spokesman confirmed.\n"
    assert [u.kind for u in candidate_units(text, [])] == []


def test_units_already_cited_are_not_candidates() -> None:
    text = "Nordvik Arms to open drone assembly plant in Norway\n\nBody.\n"
    assert len(candidate_units(text, [])) == 1
    assert candidate_units(text, [(0, 10)]) == []


def test_a_headline_without_the_act_of_the_claims_kind_restates_nothing() -> None:
    assert attached("Nordvik Arms drone assembly plant in Norway unveiled", target("c1", PLANT)) == []


def test_the_act_as_the_topic_of_an_interview_headline_does_not_count() -> None:
    assert attached("Nordvik Arms chief on opening a drone assembly plant in Norway", target("c1", PLANT)) == []


def test_a_negated_headline_restates_nothing() -> None:
    assert attached("Nordvik Arms will not open drone assembly plant in Norway", target("c1", PLANT)) == []


def test_a_figure_the_claim_does_not_give_sets_the_headline_apart() -> None:
    assert attached("Nordvik Arms to open 3 drone assembly plants in Norway", target("c1", PLANT)) == []


def test_a_country_the_claim_does_not_name_sets_the_headline_apart() -> None:
    assert attached("Nordvik Arms to open drone assembly plant in Norway and Sweden", target("c1", PLANT)) == []


def test_a_deadline_other_than_the_claims_sets_the_headline_apart() -> None:
    claim = target("c1", PLANT + " It is due by the end of the year.", deadline=dt.date(2026, 12, 31))
    assert attached("Nordvik Arms to open drone assembly plant in Norway this year", claim) == ["c1"]
    assert attached("Nordvik Arms to open drone assembly plant in Norway by March", claim) == []


def test_a_headline_as_close_to_two_claims_is_left_alone() -> None:
    other = "Nordvik Arms will open a drone assembly plant in Norway, the minister added on Monday."
    assert attached("Nordvik Arms to open drone assembly plant in Norway", target("c1", PLANT), target("c2", other)) == []


def test_a_headline_giving_the_claims_company_name_restates_it_in_fewer_of_its_words() -> None:
    headline = "Nordvik Arms picks coastal town for new drone plant it will open in Norway"
    assert attached(headline, target("c1", PLANT)) == ["c1"]


def test_the_speakers_name_is_not_a_name_of_what_the_claim_is_about() -> None:
    said = "Minister Kari Dahl said the state will open a drone assembly plant in Norway."
    headline = "Kari Dahl picks coastal town for new drone plant it will open in Norway"
    assert attached(headline, target("c1", said)) == ["c1"]
    assert attached(headline, target("c1", said, actor="Kari Dahl")) == []


class _BodyOnly:
    """An extractor that finds only the body sentence's claim, as the rules do when a headline is too terse."""

    def extract(self, article):  # type: ignore[no-untyped-def]
        from tracker.extract.base import Extracted
        from tracker.models import Kind, Mode

        start = article.text.index(PLANT)
        return [Extracted(Kind.OPENING, Mode.PLEDGE, PLANT, PLANT, start, start + len(PLANT), PLANT, places=["Norway"])]

    def status_cues(self, article):  # type: ignore[no-untyped-def]
        return []


def test_adding_an_article_cites_its_restating_headline_as_a_further_source(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "nordvik.txt"
    path.write_text(f"Nordvik Arms to open drone assembly plant in Norway\n\n{PLANT}\n\nThe weather was mild.\n", encoding="utf-8")
    report = add_sources(store, [str(path)], published=PUBLISHED, extractor=_BodyOnly())
    (claim,) = store.claims()
    assert [s.quote for s in claim.sources] == [PLANT, "Nordvik Arms to open drone assembly plant in Norway"]
    assert report.merged_mentions == 1
