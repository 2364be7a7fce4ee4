"""A licence to make something, granted or received, is an agreement that was made."""

from __future__ import annotations

import datetime as dt
from functools import partial

from tests.extract.helpers import claims_in_body
from tracker.models import Kind, Mode

claims_in = partial(claims_in_body, published=dt.date(2031, 8, 23))


def test_a_licence_to_make_something_received_or_granted_is_an_agreement_event() -> None:
    for sentence in (
        "Ukraine receives license from Nordland to manufacture artillery shells",
        "Borealis Aero received licences to produce its cargo drones in Portugal on June 22.",
        "The corresponding licence was granted by the Norwegian company Acme Arms, according to the ministry's press service.",
    ):
        [claim] = claims_in(sentence)
        assert (claim.kind, claim.mode) == (Kind.AGREEMENT, Mode.EVENT), sentence


def test_a_licence_applied_for_or_only_allowed_is_no_claim() -> None:
    assert claims_in("Acme Arms was among the first companies to apply for and receive a license.") == []
    assert claims_in("The government authorized Borealis to obtain a license to produce 155-mm shells developed by Acme Arms.") == []
