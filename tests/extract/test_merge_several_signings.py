"""Several agreements signed together by the same parties are several claims, not one signing retold."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import add_text
from tracker.extract.merge import one_of_several
from tracker.store import Store

LISTED = (
    "Fair deals\n\n"
    "At the Lyon arms fair, Ukraine's state concern Ukrspetsmash signed agreements with the French firm Orvel.\n"
    "The first agreement, with the French firm Orvel, provides for a joint venture in Ukraine to repair radars.\n"
    "The second agreement, signed by the French firm Orvel, concerns training of Ukrainian crews on its gear.\n"
    "The third agreement commits the French firm Orvel to design a light cargo drone with Ukrainian engineers.\n"
)


def test_telling_of_several_agreements_is_recognised() -> None:
    assert one_of_several("The third agreement covers the joint design of a drone.")
    assert one_of_several("Orvel has signed three deals with Ukraine.")
    assert one_of_several("In a separate deal, the firm agreed to train crews.")
    assert not one_of_several("Orvel and Ukraine signed an agreement on repairs.")


def test_agreements_listed_one_by_one_stay_apart(store: Store, tmp_path: Path) -> None:
    add_text(store, tmp_path, "listed.txt", LISTED, "2030-05-02")
    agreements = [c for c in store.claims() if c.kind.value == "agreement"]
    quotes = [[s.quote for s in c.sources] for c in agreements]
    # No claim holds two of the numbered agreements.
    for sources in quotes:
        assert sum(q.startswith(("The first", "The second", "The third")) for q in sources) <= 1, quotes
