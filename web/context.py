"""What a request's code reads from the running app: the archive root it serves.

Kept apart from the app factory (``web/__init__.py``) so that the blueprints
and views, which the factory imports, never import the factory's module back.
"""

from __future__ import annotations

from flask import current_app

from archive.api import ArchiveRoot

__all__ = ["archive_root"]


def archive_root() -> ArchiveRoot:
    """The archive root this app serves (opened once, in :func:`web.create_app`)."""
    return current_app.extensions["archive_root"]
