"""The command palette (ctrl+p): the dashboard's actions, and claims found by their text."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from rich.markup import escape
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tracker.text import one_line

if TYPE_CHECKING:
    from tracker.tui.app import TrackerApp

ACTIONS: tuple[tuple[str, str, str], ...] = (
    ("Confirm claim", "mark('confirmed')", "Mark the selected claim confirmed, with evidence and a note"),
    ("Partly met", "mark('partial')", "Mark the selected claim partial"),
    ("Refute claim", "mark('refuted')", "Mark the selected claim refuted"),
    ("Mark overdue", "mark('overdue')", "Mark the selected claim overdue by hand"),
    ("Back to pending", "mark('pending')", "Put the selected claim back to pending"),
    ("Add note", "note", "Add a note to the selected claim"),
    ("Undo", "undo", "Revert the last change"),
    ("Dismiss claim", "dismiss_claim", "Not a trackable claim: hide the selected claim from lists and exports"),
    ("Pick claim to merge", "pick_for_merge", "Pick the selected claim to merge into another one"),
    ("Merge picked claim here", "merge", "Merge the picked claim into the selected one"),
    ("Add article", "add_article", "Add articles from files or URLs"),
    ("Review proposals", "review", "Accept or reject the changes later articles suggest"),
    ("Export", "export", "Write the claims to a file in the workspace folder"),
    ("Show overdue claims", "show_overdue", "Filter the table to overdue claims"),
    ("Clear filters", "clear_filters", "Show every claim"),
    ("Search claims", "search", "Type to filter claims by text"),
)
"""Palette title, dashboard action and help text: the same actions the keys run."""

MAX_CLAIM_HITS = 20


class DashboardCommands(Provider):
    """Yields the dashboard's actions, and claims whose text matches, to jump to them."""

    @property
    def tracker(self) -> TrackerApp:
        return self.app  # type: ignore[return-value]

    def _run(self, action: str) -> Callable[[], object]:
        def run() -> None:
            app = self.tracker
            app.call_later(app.dashboard.run_action, action)

        return run

    async def discover(self) -> Hits:
        for title, action, help_text in ACTIONS:
            yield DiscoveryHit(title, self._run(action), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, action, help_text in ACTIONS:
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), self._run(action), help=help_text)
        words = query.lower().split()
        if not words:
            return
        found = 0
        for row in self.tracker.dashboard.all_rows:
            if all(word in row.haystack for word in words):
                yield Hit(0.5, Text(one_line(row.text, 90)), partial(self.tracker.dashboard.select_claim, row.id), text=row.text, help=escape(f"{row.id} · {row.status}"))
                found += 1
                if found >= MAX_CLAIM_HITS:
                    break
