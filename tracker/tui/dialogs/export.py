"""Asks for an export format, the file to write in the workspace folder and, for ClaimReview, the page URL."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from tracker.errors import BadInput

EXTENSIONS = {"md": "md", "html": "html", "csv": "csv", "ics": "ics", "claimreview": "jsonld", "json": "json"}
"""File extension per format; a format not listed here uses its own name."""

PAGE_URL_FORMATS = frozenset({"claimreview"})
"""Formats whose writer takes a ``page_url``."""


@dataclass(frozen=True)
class ExportRequest:
    format: str
    path: Path
    """Relative paths are inside the workspace folder."""
    page_url: str | None = None
    """claimreview: where the HTML export is published (``tracker export --page-url``); checked already."""


def default_name(fmt: str, as_of: dt.date) -> str:
    return f"claims-{as_of.isoformat()}.{EXTENSIONS.get(fmt, fmt)}"


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Lists every format the export registry has at run time."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, as_of: dt.date) -> None:
        super().__init__()
        self.as_of = as_of

    def compose(self) -> ComposeResult:
        from tracker.export import FORMATS

        first = FORMATS[0]
        with Vertical(classes="dialog"):
            yield Label("Export the claims", classes="dialog-title")
            yield Label("Format")
            yield Select([(fmt, fmt) for fmt in FORMATS], value=first, allow_blank=False, id="format", compact=True)
            yield Label("File, in the workspace folder")
            yield Input(default_name(first, self.as_of), id="path", compact=True)
            # Only ClaimReview uses it, as only it takes ``tracker export --page-url``.
            with Vertical(id="page-url-field"):
                yield Label("Page URL of the HTML export (optional)")
                yield Input(placeholder="https://…/claims.html", id="page-url", compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Export", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self._show_page_url(self.query_one("#format", Select).value)

    def _show_page_url(self, fmt: object) -> None:
        self.query_one("#page-url-field").display = fmt in PAGE_URL_FORMATS

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        self._show_page_url(event.value)
        path = self.query_one("#path", Input)
        # Follow the format only while the name is still one we suggested.
        stem = f"claims-{self.as_of.isoformat()}."
        if path.value.startswith(stem) and isinstance(event.value, str):
            path.value = default_name(event.value, self.as_of)

    @on(Button.Pressed, "#ok")
    @on(Input.Submitted)
    def _ok(self) -> None:
        fmt = self.query_one("#format", Select).value
        name = self.query_one("#path", Input).value.strip()
        if not isinstance(fmt, str) or not name:
            self.notify("choose a format and a file name", severity="warning")
            return
        page_url = self.query_one("#page-url", Input).value.strip() if fmt in PAGE_URL_FORMATS else ""
        if page_url:
            from tracker.export.claimreview import page_address

            try:
                page_address(page_url)  # the check ``tracker export --page-url`` makes
            except BadInput as exc:
                self.notify(str(exc), severity="error", markup=False)
                self.query_one("#page-url", Input).focus()
                return
        self.dismiss(ExportRequest(fmt, Path(name).expanduser(), page_url or None))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
