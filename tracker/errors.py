"""Errors meant for a person: each carries a one-line message the command line prints as is."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the tracker reports to the user instead of a traceback."""


class StoreError(TrackerError):
    """The database cannot be read or written; the file on disk is left as it was."""


class StoreLocked(StoreError):
    """Another process held the database lock for too long."""


class NotFound(TrackerError):
    """An id names no claim, article or proposal."""


class BadInput(TrackerError):
    """A value given by the user (a date, a status, an article file) cannot be used."""
