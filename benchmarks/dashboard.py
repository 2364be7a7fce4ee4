"""How fast the dashboard is with 100,000 claims (headless, through App.run_test).

Prints: the time to build and open the workspace, the time from starting the app to the
first full screen (target < 1.5 s), and the time from a keystroke in the search field to the
updated table (target < 150 ms), for each key of a typed query and for the `!` overdue filter, and
the time `=` takes to offer the claims that read like the selected one.

    PYTHONPATH=. python benchmarks/dashboard.py [--claims N]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tracker.models import Claim, Deadline, Kind, Source, Status  # noqa: E402
from tracker.store import Store  # noqa: E402

AS_OF = dt.date(2026, 11, 22)
KINDS = ("opening", "production_target", "agreement", "export", "funding", "other")
STATUSES = ("pending",) * 6 + ("confirmed", "partial", "refuted")
PLACES = ("Berlin", "Copenhagen", "Kyiv", "Lviv", "Warsaw", "Odesa")


def build(folder: Path, count: int) -> None:
    store = Store.open(folder / "claims.json", create=True)
    template = Claim(id="c", text="x", created_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    start = dt.date(2025, 1, 1)
    with store.transaction():
        for i in range(count):
            place = PLACES[i % len(PLACES)]
            claim = template.model_copy(
                update={
                    "id": f"c{i:07d}",
                    "kind": Kind(KINDS[i % len(KINDS)]),
                    "status": Status(STATUSES[i % len(STATUSES)]),
                    "text": f"Plant {i} will build {100 + i % 900} interceptor drones a day in {place}",
                    "actor": f"Manufacturer {i % 300}",
                    "places": [place],
                    "deadline": Deadline(date=start + dt.timedelta(days=i % 1000), text="by the end of the month", precision="month"),
                    "sources": [Source(article=f"a{i % 500}", quote=f"The plant in {place} will build drones ({i}).", start=0, end=10)],
                }
            )
            store.save_claim(claim)


class PaintClock:
    """Records when the table last painted a line: the moment the user sees the new rows."""

    def __init__(self, table) -> None:
        self.last = 0.0
        self.first_row: float | None = None
        render_line = table.render_line

        def timed(y: int):
            strip = render_line(y)
            self.last = time.perf_counter()
            if self.first_row is None and y == 1 and table.rows:
                self.first_row = self.last
            return strip

        table.render_line = timed


async def measure(db: Path) -> None:
    from tracker.tui.app import TrackerApp
    from tracker.tui.widgets.claim_table import ClaimTable

    started = time.perf_counter()
    store = Store.open(db)
    opened = time.perf_counter()
    print(f"open workspace (Store.open): {opened - started:.2f} s")

    app = TrackerApp(store, AS_OF, watch_interval=None)
    clock: PaintClock | None = None

    def hook(message) -> None:
        # Install the clock as soon as the table exists, before its first paint.
        nonlocal clock
        if clock is None and app.screen_stack and isinstance(app.screen, type(app.dashboard)):
            tables = app.dashboard.query(ClaimTable)
            if tables:
                clock = PaintClock(tables.first())

    started = time.perf_counter()
    async with app.run_test(size=(120, 35), message_hook=hook) as pilot:
        table = app.dashboard.query_one(ClaimTable)
        while clock is None or clock.first_row is None:
            await pilot.pause()
        print(f"start -> first full screen ({len(table.rows):,} rows painted): {clock.first_row - started:.2f} s (target < 1.5 s)")

        async def timed_press(key: str) -> float:
            """Milliseconds from the key press to the table's last repainted line."""
            before = time.perf_counter()
            clock.last = before
            await pilot.press(key)
            return (clock.last - before) * 1000

        await app.workers.wait_for_complete()

        await pilot.press("slash")
        timings = []
        for key in "drones 4242":
            ms = await timed_press("space" if key == " " else key)
            timings.append((key, ms, len(table.rows)))
        for key, ms, rows in timings:
            print(f"  key {key!r:5} -> {rows:>7,} rows, table repainted after {ms:6.1f} ms")
        values = [ms for _, ms, _ in timings]
        print(f"filter keystroke -> updated table: median {statistics.median(values):.1f} ms, worst {max(values):.1f} ms (target < 150 ms)")
        for _ in range(len("drones 4242")):
            await pilot.press("backspace")
        await pilot.press("enter")
        ms = await timed_press("exclamation_mark")
        print(f"`!` (overdue only) -> {len(table.rows):,} rows in {ms:.1f} ms")
        ms = await timed_press("escape")
        print(f"escape (clear filter) -> {len(table.rows):,} rows in {ms:.1f} ms")
        ms = await timed_press("s")
        print(f"`s` (re-sort every row by kind) -> {ms:.1f} ms")
        ms = await timed_press("pagedown")
        print(f"pagedown -> {ms:.1f} ms")
        ms = await timed_press("end")
        print(f"end -> {ms:.1f} ms")
        ms = await timed_press("b")
        print(f"`b` (back to pending: write claims.json, re-read every row, repaint) -> {ms:.1f} ms")
        before = time.perf_counter()
        await pilot.press("equals_sign")
        while not hasattr(app.screen, "similar"):
            await pilot.pause()
        found = len(app.screen.similar)
        print(f"`=` (claims that read like this one; every quote here is alike, no dates to narrow) -> {found} shown after {(time.perf_counter() - before) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build(Path(tmp), args.claims)
        print(f"build {args.claims:,} claims: {time.perf_counter() - started:.1f} s")
        asyncio.run(measure(Path(tmp) / "claims.json"))


if __name__ == "__main__":
    main()
