"""Exports: each format is a pure writer fed by the same view of the workspace (``snapshot``).

``FORMATS`` is the one list of formats: ``tracker export --format`` and the dashboard's export
key both offer exactly these. Writers are imported only when used.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from tracker.errors import BadInput
from tracker.export.snapshot import Snapshot, snapshot

__all__ = ["Snapshot", "snapshot", "FORMATS", "SUFFIXES", "render", "write_export"]

_WRITERS = {
    "json": ("tracker.export.json_export", "render_json", ".json"),
    "md": ("tracker.export.markdown", "render_markdown", ".md"),
    "html": ("tracker.export.html", "render_html", ".html"),
    "csv": ("tracker.export.csv_export", "render_csv", ".csv"),
    "claimreview": ("tracker.export.claimreview", "render_claimreview", ".jsonld"),
    "ics": ("tracker.export.ics", "render_ics", ".ics"),
}

FORMATS = tuple(_WRITERS)
"""Every format ``tracker export --format`` accepts."""

SUFFIXES = {fmt: suffix for fmt, (_, _, suffix) in _WRITERS.items()}
"""The file name suffix for each format, e.g. for a default output name."""


def render(fmt: str, snap: Snapshot, **options: str) -> str:
    """The export of ``snap`` in format ``fmt`` as text; the same input always gives the same bytes.

    ``options`` go to the writer: ``page_url`` for ``claimreview``.
    """
    try:
        module, function, _ = _WRITERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}") from None
    return getattr(import_module(module), function)(snap, **options)


def write_export(text: str, path: Path) -> None:
    """Write an export to ``path`` atomically: a reader never sees half a file."""
    from tracker.storage import write_atomically

    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as exc:
        raise BadInput(f"{path}: cannot write ({exc.strerror})") from None
