"""Worker processes for CPU-bound work (libmagic, parsing, hashing small files).

Workers are forked, not spawned: spawning re-runs the caller's main module in
each worker, which breaks any script that calls the library without an
``if __name__ == "__main__"`` guard. Each worker asks the kernel to kill it
when its parent dies (Linux ``PR_SET_PDEATHSIG``), so a killed ingest or audit
never leaves workers writing behind it. Work is fed a bounded window at a
time, since ``Pool.imap`` would otherwise queue its whole input at once.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.pool
import os
import signal
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def _start(parent: int, initializer: Callable[..., None] | None, initargs: tuple) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles ^C
    try:
        ctypes.CDLL(None).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before the signal was set
        os._exit(1)
    if initializer:
        initializer(*initargs)


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def worker_pool(workers: int, initializer: Callable[..., None] | None = None,
                initargs: tuple = ()) -> multiprocessing.pool.Pool:
    return _context().Pool(workers, initializer=_start, initargs=(os.getpid(), initializer, initargs))


def worker_barrier(parties: int):
    """A barrier for ``parties`` workers of :func:`worker_pool` (hand it over in ``initargs``)."""
    return _context().Barrier(parties)


def windows(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size``, consumed lazily."""
    window: list[T] = []
    for item in items:
        window.append(item)
        if len(window) >= size:
            yield window
            window = []
    if window:
        yield window


def default_workers(tasks: int, minimum: int) -> int:
    """One worker per core (up to four) when there are at least ``minimum`` tasks, else none."""
    return min(os.cpu_count() or 1, 4) if tasks >= minimum else 1
