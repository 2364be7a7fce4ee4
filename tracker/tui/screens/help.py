"""The help screen: every key of the dashboard, built from the bindings themselves."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the dashboard, the table and the app; escape or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog", id="help"):
            yield Static(self.keys_table())

    def keys_table(self) -> Table:
        from tracker.tui.screens.dashboard import DashboardScreen
        from tracker.tui.widgets.claim_table import ClaimTable

        table = Table(box=None, show_header=False, padding=(0, 1), title="Keys", title_style="bold")
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        groups = (
            ("Claims", DashboardScreen.BINDINGS),
            ("Table", ClaimTable.BINDINGS),
            ("Anywhere", [*self.app.BINDINGS, Binding("ctrl+p", "command_palette", "Command palette: every action, and claims by text")]),
        )
        for title, bindings in groups:
            table.add_row(Text(title, style="underline"), "")
            for binding in bindings:
                assert isinstance(binding, Binding)
                keys = " ".join(self.app.get_key_display(Binding(key, binding.action)) for key in binding.key.split(","))
                table.add_row(Text(keys), Text(binding.tooltip or binding.description))
        table.add_row("", "")
        table.add_row(Text("mouse"), Text("click a row to select it, a column title to sort, double-click to open its article"))
        return table
