"""A footer that leaves out its least used keys when the terminal is too narrow for all of them."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer


class FittingFooter(Footer):
    """Textual's footer, minus keys named in ``drop_first`` (in that order) until the rest fit on one line.

    Textual's own footer cuts the line at the edge, so at 80 columns the last keys were half
    shown or not at all. Every key stays bound and listed by the help screen.
    """

    def __init__(self, *, drop_first: tuple[str, ...], compact: bool = False) -> None:
        super().__init__(compact=compact)
        self.drop_first = drop_first
        """Actions of the keys to leave out first, e.g. ``"toggle_theme"`` or ``"command_palette"``."""

    async def recompose(self) -> None:
        # The footer rebuilds its keys whenever the bindings change (a screen or focus change).
        await super().recompose()
        self.fit()

    def on_resize(self, event: events.Resize) -> None:
        self.fit()

    def fit(self) -> None:
        # By type name: FooterKey is not exported by textual.widgets.
        keys = list(self.query("FooterKey"))
        width = self.size.width or self.app.size.width
        needs = {key: key.get_content_width(self.size, self.app.size) + key.styles.gutter.width + key.styles.margin.width for key in keys}
        total = sum(needs.values())
        hidden = set()
        for action in self.drop_first:
            if total <= width:
                break
            for key in keys:
                if key.action == action and key not in hidden:
                    hidden.add(key)
                    total -= needs[key]
        for key in keys:
            key.display = key not in hidden
