"""Exports: each format is a pure writer fed by the same view of the workspace (``snapshot``)."""

from __future__ import annotations

from tracker.export.snapshot import Snapshot, snapshot

__all__ = ["Snapshot", "snapshot", "FORMATS", "render"]

FORMATS = ("json",)
"""Every format ``tracker export --format`` accepts."""


def render(fmt: str, snap: Snapshot) -> str:
    """The export of ``snap`` in format ``fmt`` as text; the same input always gives the same bytes."""
    if fmt == "json":
        from tracker.export.json_export import render_json

        return render_json(snap)
    raise ValueError(f"unknown export format {fmt!r}")
