"""The dashboard application: wiring only. Screens, dialogs and widgets live in their packages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from tracker.store import ClaimRow, Store
from tracker.tui.commands import DashboardCommands
from tracker.tui.screens.dashboard import DashboardScreen
from tracker.tui.screens.help import HelpScreen

LIGHT_THEME, DARK_THEME = "textual-light", "textual-dark"


class TrackerApp(App[None]):
    """The ``tracker`` dashboard over one workspace."""

    CSS_PATH = "tracker.tcss"
    TITLE = "tracker"
    COMMANDS = App.COMMANDS | {DashboardCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", tooltip="Leave the dashboard", id="quit"),
        Binding("question_mark", "help", "Help", tooltip="Every key and what it does", id="help"),
        Binding("t", "toggle_theme", "Theme", tooltip="Switch between the light and the dark theme", id="theme"),
    ]

    def __init__(self, store: Store, as_of: dt.date, *, watch_interval: float | None = 1.0) -> None:
        super().__init__()
        self.store = store
        """The workspace; every read and change goes through it."""
        self.as_of = as_of
        """The day statuses and days left are computed for."""
        self.watch_interval = watch_interval
        """Seconds between checks for another process writing claims.json; None turns the check off."""
        self.dashboard = DashboardScreen()
        self.theme = DARK_THEME

    @property
    def workspace_name(self) -> str:
        path = self.store.path
        if path is None:
            return "(in memory)"
        return str(path.parent.resolve().name or path.parent) + "/" + path.name

    @property
    def workspace_folder(self) -> Path | None:
        return self.store.path.parent if self.store.path else None

    def on_mount(self) -> None:
        self.push_screen(self.dashboard)
        if self.watch_interval:
            self.set_interval(self.watch_interval, self.check_disk, name="watch claims.json")

    def check_disk(self) -> None:
        """Reload when another process (``tracker add`` in another terminal) wrote the database."""
        if self.store.changed_on_disk():
            self.dashboard.reload()

    def read_rows(self) -> list[ClaimRow]:
        """Every claim's row on the as-of date, but those a person dismissed (not trackable claims)."""
        return [row for row in self.store.rows(self.as_of) if not row.dismissed]

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT_THEME if self.theme == DARK_THEME else DARK_THEME


def run_dashboard(store: Store, as_of: dt.date) -> None:
    """Open the dashboard in the terminal (what ``tracker`` with no command does)."""
    TrackerApp(store, as_of).run()
