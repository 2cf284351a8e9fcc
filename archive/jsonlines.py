"""Append-only JSON Lines files that keep whole lines only, even on a full disk.

The audit log and the person authority's corrections are records an auditor
or archivist relies on, appended one event per line. Two things can cut a
line short: a crash in the middle of a write, and a disk that fills up in the
middle of one (``write`` then writes part of it, or fails). A reader skips a
line it cannot parse, but the *next* append would then continue the cut line
and spoil a good event too. So an append that fails or comes up short is cut
off again (``ftruncate`` to the size before it), and a file that ends in a cut
line (from a crash) gets its newline before the next event.
"""

from __future__ import annotations

import errno
import json
import os

__all__ = ["append_event", "open_log"]


def open_log(path: os.PathLike | str) -> int:
    """A descriptor to append to ``path`` (created if needed), positioned after whole lines."""
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            _write_whole(fd, b"\n", size)
    except BaseException:
        os.close(fd)
        raise
    return fd


def append_event(fd: int, event: dict) -> None:
    """Append ``event`` as one line in one write; on any failure no part of it stays (OSError raised)."""
    line = (json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
    _write_whole(fd, line, os.fstat(fd).st_size)


def _write_whole(fd: int, data: bytes, size_before: int) -> None:
    try:
        if os.write(fd, data) != len(data):   # one write: O_APPEND keeps concurrent writers' lines whole
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    except OSError:
        try:
            os.ftruncate(fd, size_before)
        except OSError:
            pass
        raise
