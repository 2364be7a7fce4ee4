"""Making untrusted text (from articles) safe to print in a terminal."""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, and C1 controls: these start terminal escape
# sequences that could move the cursor, retitle the window or hide text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """``text`` with terminal control characters shown as visible escapes."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def one_line(text: str, width: int | None = None) -> str:
    """``printable`` text collapsed to one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(printable(text).split())
    if width is not None and len(flat) > width:
        return flat[: max(width - 1, 0)] + "…"
    return flat
