"""Modal dialogs that ask for a value and ``dismiss`` it (or None when cancelled)."""
