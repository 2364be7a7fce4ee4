"""The review screen: status changes proposed by later articles, accepted or rejected with one key."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tracker.errors import TrackerError
from tracker.models import PROPOSAL_STATUS, Proposal, ProposalState
from tracker.text import one_line, printable
from tracker.tui.widgets.claim_detail import STATUS_STYLE, article_label

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp


class ReviewScreen(Screen[None]):
    """Every open proposal; ``a`` accepts the highlighted one, ``r`` rejects it."""

    app: TrackerApp  # type: ignore[assignment]

    BINDING_GROUP_TITLE = "Review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "settle(True)", "Accept", tooltip="Apply the proposed status, with the quote as evidence", id="accept"),
        Binding("r", "settle(False)", "Reject", tooltip="Leave the claim as it is", id="reject"),
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the claims"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.proposals: list[Proposal] = []

    def compose(self) -> ComposeResult:
        yield Static(id="review-header")
        yield OptionList(id="proposals")
        with VerticalScroll(id="proposal-detail"):
            yield Static(id="proposal-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load()
        self.query_one(OptionList).focus()

    def load(self, index: int = 0) -> None:
        try:
            dismissed = {row.id for row in self.app.store.rows(self.app.as_of) if row.dismissed}
            open_proposals = [p for p in self.app.store.proposals(ProposalState.OPEN) if p.claim not in dismissed]
            self.proposals = sorted(open_proposals, key=lambda p: (p.created_at, p.id))
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
            self.proposals = []
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(self.summary(p), id=p.id) for p in self.proposals])
        count = len(self.proposals)
        self.query_one("#review-header", Static).update(
            Text(f" Review: {count} open proposal{'s' if count != 1 else ''} ", style="bold reverse")
            + Text("  a accept · r reject · esc back", style="dim")
        )
        if self.proposals:
            options.highlighted = min(index, count - 1)
        else:
            self.query_one("#proposal-body", Static).update(Text("Nothing to review.", style="dim"))

    def summary(self, proposal: Proposal) -> Text:
        status = PROPOSAL_STATUS[proposal.effect].value
        line = Text()
        line.append(f"{proposal.effect.value:<11}", style=STATUS_STYLE.get(status, ""))
        try:
            line.append(one_line(self.app.store.claim(proposal.claim).text, 120))
        except TrackerError:
            line.append(f"(claim {proposal.claim} is missing)", style="dim")
        return line

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.show(self.proposals[event.option_index])

    def show(self, proposal: Proposal) -> None:
        store = self.app.store
        out = Text()
        status = PROPOSAL_STATUS[proposal.effect]
        out.append("Claim  ", style="dim")
        try:
            claim = store.claim(proposal.claim)
            out.append(printable(claim.text), style="bold")
            out.append(f"\n       {claim.id}, now {claim.status.value}", style="dim")
        except TrackerError as exc:
            out.append(printable(str(exc)))
        out.append("\n\nThe article ", style="dim")
        out.append(proposal.effect.value, style=STATUS_STYLE.get(status.value, "bold"))
        out.append(" it; accepting sets ", style="dim")
        out.append(status.value, style=STATUS_STYLE.get(status.value, "bold"))
        if proposal.new_deadline is not None:
            when = proposal.new_deadline.date.isoformat() if proposal.new_deadline.date else "no date"
            out.append(f"\nNew deadline {when} “{one_line(proposal.new_deadline.text)}”")
        out.append("\n\n")
        try:
            out.append(article_label(store.article(proposal.article), proposal.article), style="italic")
        except TrackerError:
            out.append(article_label(None, proposal.article), style="italic")
        out.append("\n“")
        out.append(printable(proposal.quote))
        out.append("”\n")
        self.query_one("#proposal-body", Static).update(out)

    def action_settle(self, accept: bool) -> None:
        options = self.query_one(OptionList)
        index = options.highlighted
        if index is None or not self.proposals:
            self.notify("no proposal selected", severity="warning")
            return
        proposal = self.proposals[index]
        if self.app.dashboard.ingesting:
            self.notify("articles are being added; try again when that finishes", severity="warning")
            return
        try:
            self.app.store.settle_proposal(proposal.id, accept)
        except TrackerError as exc:
            self.notify(str(exc), severity="error", markup=False)
        else:
            verb = "accepted" if accept else "rejected"
            self.notify(f"{proposal.id} {verb}", markup=False)
        self.load(index)
