"""What every ``archive`` command shares: the ``--root`` and ``--json`` options, errors, JSON, progress.

Each command parses its options, calls one library function and turns
``ArchiveError`` into a message on stderr and an exit code (:func:`_call`).
Exit codes: 0 for success, 1 when the work was done but something was
refused or unreadable, 2 for usage errors (bad options, not an archive root,
invalid configuration); the library's errors carry theirs.

This module imports none of the command modules, which all import it: the
helpers sit below the commands, and :mod:`archive.cli.app` above them all.
The helpers keep their leading underscore: they are the commands' plumbing,
not an API for anyone outside ``archive.cli``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Callable, NoReturn, TypeVar

import click

from archive.errors import ArchiveError
from archive.preservation.root import ROOT_ENV

T = TypeVar("T")

def _root_value(ctx: click.Context, _param, value: str | None) -> str | None:
    """A command's --root, else the group's (``archive --root DIR list``), else $ARCHIVE_ROOT."""
    if value:
        return value
    return ctx.find_root().params.get("group_root") or os.environ.get(ROOT_ENV) or None


root_option = click.option(
    "--root", metavar="DIR", callback=_root_value,
    help=f"Archive root to work on (default: the group's --root, ${ROOT_ENV}, else the current directory).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")


def _fail(error: ArchiveError) -> NoReturn:
    click.echo(f"error: {error}", err=True)
    sys.exit(error.exit_code)


def _call(function: Callable[..., T], *args, **kwargs) -> T:
    """Run one library call, turning its ArchiveError into a message and an exit code."""
    try:
        return function(*args, **kwargs)
    except ArchiveError as error:
        _fail(error)


def _print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


class _Progress:
    """A one-line progress bar on stderr, kept below the per-file lines on stdout."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()

    def clear(self) -> None:
        if self.enabled:
            click.echo("\r\x1b[K", nl=False, err=True)

    def draw(self, done: int, total: int) -> None:
        if not self.enabled or not total:
            return
        width = 30
        filled = width * done // total
        rate = done / max(time.monotonic() - self.started, 1e-6)
        click.echo(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} files, "
                   f"{rate:.0f}/s", nl=False, err=True)
