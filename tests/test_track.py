"""`tracker track`: a person tracks a claim the extractor missed, from a sentence of a stored article."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import add_text
from tests.test_cli import run
from tracker.errors import BadInput
from tracker.extract import ArticleText, default_extractor, extract_claims
from tracker.ingest import rebuild, track
from tracker.models import Kind, Mode
from tracker.store import Store

PLANT = (
    "Borealis drones\n\n"
    "Borealis Aero will open a drone plant in Tampere by the end of 2031, its chief executive said.\n"
    "The company's first 500 drones should roll off the line by March 2032, according to the executive.\n"
    "Officials described the weather on the day as cold.\n"
)
MISSED = "The company's first 500 drones should roll off the line by March 2032, according to the executive."
PRODUCED = (
    "Drones\n\n"
    "Borealis Aero has produced its first 500 drones at its plant in Tampere, the company said on Friday.\n"
    "Officials described the weather on the day as cold.\n"
)


@pytest.fixture
def plant(store: Store, tmp_path: Path) -> str:
    """The id of an article whose second sentence the rules do not read as a claim."""
    add_text(store, tmp_path, "plant.txt", PLANT, "2031-02-01")
    (article,) = store.articles()
    assert [c.sources[0].quote for c in store.claims()] == [PLANT.splitlines()[2]]  # the one the rules read
    return article.id


def test_tracking_a_missed_sentence_makes_a_claim_citing_it_whole(store: Store, plant: str) -> None:
    # A few words, copied with other spacing and case, find the sentence.
    claim, proposals = track(store, plant, "first 500 drones   should ROLL off", note="the first output is due")
    assert proposals == 0
    (source,) = claim.sources
    text = store.article_text(store.article(plant))
    assert source.quote == MISSED and text[source.start : source.end] == MISSED
    # Its facts are read from the sentence: the deadline resolved against the publication date, the count.
    assert claim.deadline is not None and claim.deadline.date == dt.date(2032, 3, 31)
    assert claim.quantity is not None and (claim.quantity.low, claim.quantity.unit) == (500, "drones")
    assert claim.mode is Mode.PLEDGE and claim.by_hand
    assert claim.history[-1].by == "user" and claim.history[-1].note == "tracked by hand; the first output is due"
    assert store.claim(claim.id).by_hand and len(store.claims()) == 2


def test_a_person_gives_the_kind_mode_and_deadline(store: Store, plant: str) -> None:
    claim, _ = track(store, plant, MISSED, kind=Kind.PRODUCTION_TARGET, deadline="2032-06-30")
    assert claim.kind is Kind.PRODUCTION_TARGET and claim.deadline is not None and claim.deadline.date == dt.date(2032, 6, 30)
    store.undo()
    event, _ = track(store, plant, MISSED, mode=Mode.EVENT, deadline="2032-06-30")
    assert event.mode is Mode.EVENT and event.deadline is None  # a thing done has no deadline


def test_undo_takes_a_tracked_claim_back(store: Store, plant: str) -> None:
    before = {c.id for c in store.claims()}
    track(store, plant, MISSED)
    store.undo()
    assert {c.id for c in store.claims()} == before


def test_describe_gives_what_extraction_gives_where_the_rules_read_a_claim() -> None:
    published = dt.date(2031, 2, 1)
    (extracted,) = extract_claims(PLANT, published)
    described = default_extractor().describe(ArticleText(PLANT, published), extracted.start + 10, extracted.start + 20)
    assert described == extracted


def test_a_later_article_already_added_is_read_for_news_of_the_tracked_claim(store: Store, plant: str, tmp_path: Path) -> None:
    add_text(store, tmp_path, "produced.txt", PRODUCED, "2032-03-10")
    assert store.proposals() == []  # nothing tracked spoke of the first 500 drones
    claim, proposals = track(store, plant, MISSED, kind=Kind.PRODUCTION_TARGET)
    (proposal,) = store.proposals()
    assert proposals == 1 and proposal.claim == claim.id and proposal.effect.value == "confirms"
    assert proposal.quote.startswith("Borealis Aero has produced its first 500 drones")


def test_a_later_retelling_merges_into_the_tracked_claim_and_stays_there_after_rebuild(store: Store, plant: str, tmp_path: Path) -> None:
    claim, _ = track(store, plant, MISSED, kind=Kind.PRODUCTION_TARGET)
    retold = (
        "Drones\n\nBorealis Aero is set to produce its first 500 drones by March 2032, the company's executive said.\n"
        "Officials described the weather on the day as cold.\n"
    )
    report = add_text(store, tmp_path, "retold.txt", retold, "2031-02-03")
    assert report.merged_mentions == 1
    merged = store.claim(claim.id)
    assert len(merged.sources) == 2
    # A rebuild reads the retelling again, as a claim of its own: it joins the tracked claim again, whose
    # sentence and facts stay the person's.
    rebuild(store)
    assert store.claim(claim.id).model_dump() == merged.model_dump()
    assert len(store.claims()) == 2  # and the plant


def test_rebuild_keeps_a_tracked_claim_its_facts_and_its_open_proposals(store: Store, plant: str, tmp_path: Path) -> None:
    add_text(store, tmp_path, "produced.txt", PRODUCED, "2032-03-10")
    claim, _ = track(store, plant, MISSED, kind=Kind.PRODUCTION_TARGET, deadline="2032-06-30")
    before = store.claim(claim.id)
    proposals = store.proposals()
    rebuild(store)
    after = store.claim(claim.id)
    assert after.model_dump() == before.model_dump()
    assert store.proposals() == proposals


def test_words_that_miss_or_repeat_or_a_sentence_already_tracked_are_one_line_errors(
    capsys: pytest.CaptureFixture[str], store: Store, plant: str, db_path: Path
) -> None:
    raw = db_path.read_bytes()
    cases = [
        ("no such words", "the article has no sentence with “no such words”"),
        ("Borealis", "“Borealis” is in the article 2 times: give more of the sentence"),
        ("will open a drone plant in Tampere", "that sentence is already tracked as claim"),
        ("   ", "give some words of the sentence to track"),
    ]
    for words, message in cases:
        code, out, err = run(capsys, "--db", str(db_path), "track", plant, words)
        assert code == 1 and out == "" and message in err and len(err.strip().splitlines()) == 1, (words, err)
    code, _, err = run(capsys, "--db", str(db_path), "track", "a-nothing", "Borealis")
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert db_path.read_bytes() == raw  # nothing written


def test_a_dismissed_sentence_is_restored_not_tracked_again(capsys: pytest.CaptureFixture[str], store: Store, plant: str, db_path: Path) -> None:
    from tracker.corrections import dismiss

    (extracted,) = store.claims()
    dismiss(store, extracted.id)
    code, _, err = run(capsys, "--db", str(db_path), "track", plant, "will open a drone plant in Tampere")
    assert code == 1 and f"already tracked (dismissed) as claim {extracted.id}: `tracker restore {extracted.id}`" in err


def test_the_cli_says_what_it_tracked_and_the_export_holds_it(capsys: pytest.CaptureFixture[str], store: Store, plant: str, db_path: Path) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "track", plant, "roll off the line", "--kind", "production_target")
    assert code == 0 and err == ""
    claim_id = out.split(":")[0]
    assert out.startswith(f"{claim_id}: tracked (production_target, pledge, due 2032-03-31, 500 drones): The company's first 500")
    code, out, _ = run(capsys, "--db", str(db_path), "export", "--format", "json")
    exported = {c["id"]: c for c in json.loads(out)["claims"]}
    assert exported[claim_id]["sources"][0]["quote"] == MISSED
    # A deadline is written as for `tracker edit`: a month is its last day.
    run(capsys, "--db", str(db_path), "undo")
    code, out, err = run(capsys, "--db", str(db_path), "track", plant, "roll off the line", "--deadline", "2032-02")
    assert code == 0 and "due 2032-02-29" in out
    run(capsys, "--db", str(db_path), "undo")
    code, out, err = run(capsys, "--db", str(db_path), "track", plant, "roll off the line", "--deadline", "spring")
    assert code == 1 and "deadline 'spring' is not a date" in err


def test_a_tracked_sentence_merged_into_an_extracted_claim_stays_there_after_rebuild(store: Store, plant: str) -> None:
    from tracker.corrections import merge

    (extracted,) = store.claims()
    tracked, _ = track(store, plant, MISSED)
    assert tracked.sources[0].by_hand
    merge(store, extracted.id, tracked.id, note="the same plan")
    merged = store.claim(extracted.id)
    rebuild(store)
    rebuilt = store.claim(extracted.id)
    assert [s.quote for s in rebuilt.sources] == [s.quote for s in merged.sources] == [PLANT.splitlines()[2], MISSED]
    assert [c.id for c in store.claims()] == [extracted.id]


def test_dating_an_undated_article_resolves_the_deadline_of_a_sentence_tracked_in_it(store: Store, tmp_path: Path) -> None:
    from tracker.ingest import add_sources, set_published

    path = tmp_path / "undated.txt"
    path.write_text(PLANT.replace("by March 2032", "by the end of March"), encoding="utf-8")
    add_sources(store, [str(path)])
    (article,) = store.articles()
    assert article.published is None
    claim, _ = track(store, article.id, "roll off the line")
    assert claim.deadline is not None and claim.deadline.date is None  # "by the end of March" of no known year
    set_published(store, article.id, dt.date(2031, 2, 1))
    assert store.claim(claim.id).deadline.date == dt.date(2031, 3, 31)


def test_dating_an_article_leaves_a_deadline_a_person_set_alone(store: Store, tmp_path: Path) -> None:
    from tracker.corrections import edit
    from tracker.ingest import add_sources, set_published

    path = tmp_path / "undated.txt"
    path.write_text(PLANT.replace("by the end of 2031", "by the end of the year"), encoding="utf-8")
    add_sources(store, [str(path)])
    (article,) = store.articles()
    (extracted,) = store.claims()
    edit(store, extracted.id, deadline="none", note="no date was promised")
    tracked, _ = track(store, article.id, "roll off the line", deadline="2033-01")
    set_published(store, article.id, dt.date(2031, 2, 1))
    assert store.claim(extracted.id).deadline is None
    assert store.claim(tracked.id).deadline.date == dt.date(2033, 1, 31)


def test_a_sentence_with_no_predicate_of_the_rules_takes_the_kind_its_nouns_name() -> None:
    extractor = default_extractor()
    for sentence, kind in [
        ("The initiative will be backed by Nordic financing until the end of 2032, officials said.", Kind.FUNDING),
        ("It was cold in Tampere on Monday, with snow expected later in the week.", Kind.OTHER),
    ]:
        text = f"Borealis news\n\n{sentence}\n"
        described = extractor.describe(ArticleText(text, dt.date(2031, 2, 1)), text.index(sentence), text.index(sentence) + 5)
        assert described.kind is kind, sentence
        assert extract_claims(text, dt.date(2031, 2, 1)) == []  # the rules pass it by


def test_the_cli_points_to_claims_that_read_like_the_one_tracked(capsys: pytest.CaptureFixture[str], store: Store, plant: str, db_path: Path, tmp_path: Path) -> None:
    (extracted,) = store.claims()
    welcome = (
        "Borealis news\n\nThe mayor welcomed the Borealis Aero drone plant planned for Tampere, calling it good news for the region.\n"
        "Officials described the weather on the day as cold.\n"
    )
    add_text(store, tmp_path, "welcome.txt", welcome, "2031-02-03")
    article = next(a for a in store.articles() if a.id != plant)
    code, out, _ = run(capsys, "--db", str(db_path), "track", article.id, "The mayor welcomed")
    claim_id = out.split(":")[0]
    assert code == 0 and f"reads like {extracted.id}: `tracker similar {claim_id}`, then `tracker merge`" in out


def test_a_sentence_already_tracked_is_refused_before_later_articles_are_read(store: Store, plant: str, tmp_path: Path) -> None:
    add_text(store, tmp_path, "produced.txt", PRODUCED, "2032-03-10")
    reads: list[str] = []
    with pytest.raises(BadInput, match="already tracked"):
        track(store, plant, "will open a drone plant in Tampere", progress=lambda done, total, path: reads.append(path))
    assert reads == []  # no later article was read for an answer that could only be no
