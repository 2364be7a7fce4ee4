"""Widgets of the dashboard, each fed by its screen (attributes down, messages up)."""
