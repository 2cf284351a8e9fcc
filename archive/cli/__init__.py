"""cli."""

from archive.cli.app import main

__all__ = ["main"]
