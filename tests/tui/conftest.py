"""Fixtures for the dashboard tests: a varied workspace and an app over it, with a fixed as-of date."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.workspace import AS_OF, build_workspace
from tracker.store import Store
from tracker.tui.app import TrackerApp


@pytest.fixture
def workspace(tmp_path: Path) -> Store:
    return build_workspace(tmp_path)


@pytest.fixture
def app(workspace: Store) -> TrackerApp:
    # A short watch interval keeps the external-change test fast.
    return TrackerApp(workspace, AS_OF, watch_interval=0.05)
