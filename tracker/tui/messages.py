"""Messages posted from workers to the app; widget messages live on their widgets."""

from __future__ import annotations

from textual.message import Message


class IngestProgress(Message):
    """Posted by the add-articles worker after each input: ``done`` of ``total``, on ``label``."""

    def __init__(self, done: int, total: int, label: str) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.label = label

    def can_replace(self, message: Message) -> bool:
        # Only the latest progress matters when the UI falls behind.
        return isinstance(message, IngestProgress)
