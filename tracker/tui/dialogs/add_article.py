"""Asks for the articles to add: file paths (completed as you type) or URLs."""

from __future__ import annotations

import os
from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label

from tracker.tui.dialogs import FormDialog

MAX_LISTED = 2000
"""Entries read from one folder when completing; enough for any sources folder."""


class PathSuggester(Suggester):
    """Completes the last path typed (relative to ``base``); right arrow or tab accepts."""

    def __init__(self, base: Path | None) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.base = base or Path.cwd()

    async def get_suggestion(self, value: str) -> str | None:
        head, _, last = value.rpartition(" ")
        if not last or "://" in last:
            return None
        expanded = os.path.expanduser(last)
        folder, prefix = os.path.split(expanded)
        directory = Path(folder) if os.path.isabs(folder) else self.base / folder
        try:
            with os.scandir(directory) as entries:
                names = sorted((e.name + ("/" if e.is_dir() else "") for _, e in zip(range(MAX_LISTED), entries)))
        except OSError:
            return None
        shown_hidden = prefix.startswith(".")
        for name in names:
            if name.startswith(prefix) and name != prefix and (shown_hidden or not name.startswith(".")):
                return (head + " " if head else "") + last[: len(last) - len(prefix)] + name
        return None


class AddArticleDialog(FormDialog[str]):
    """Returns what was typed: one or more paths or URLs (quote paths with spaces)."""


    def __init__(self, base: Path | None) -> None:
        super().__init__()
        self.base = base

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Add articles", classes="dialog-title")
            yield Label("Files (relative to the workspace folder) or URLs, separated by spaces; → completes a path")
            yield Input(placeholder="sources/article.txt or https://…", id="inputs", suggester=PathSuggester(self.base), compact=True)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add", variant="primary", id="ok")
                yield Button("Cancel", id="cancel")

    def answer(self) -> str | None:
        return self.query_one("#inputs", Input).value.strip() or None
