"""Building many long-lived objects at once, without the cyclic garbage collector in the way.

Opening a large workspace makes hundreds of thousands of objects (parsed documents, index
rows, list rows). None of them form reference cycles, and they live until the next reload.
Left alone, the collector walks them again and again while they are built, then on every
later full collection: up to half the time of a first list at 100,000 claims. So the
collector is paused while they are built, and what was built is frozen out of its sight;
reference counting still frees it all once a reload drops it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def building_many_objects() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
