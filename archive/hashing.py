"""Reading files once for every checksum algorithm, on every core.

hashlib releases the GIL while it digests more than a couple of kilobytes,
so plain threads use every core: many small files are spread across a thread
pool (each file read once, fed to each of its algorithms), and a large file is
read once in big chunks while its algorithms digest the previous chunk side by
side on separate threads. SHA-512 and SHA-256 of one large file thus run at
the speed of the slower of the two, not of both in sequence.
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

#: files larger than this are digested with one thread per algorithm
LARGE_FILE = 32 * 1024 * 1024
_CHUNK = 8 * 1024 * 1024

Digests = dict[str, str]


class Hasher:
    """A pool of threads that digests files; reuse one for a whole audit."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or os.cpu_count() or 1
        self._files = ThreadPoolExecutor(self.workers, thread_name_prefix="digest-file")
        self._algorithms = ThreadPoolExecutor(8, thread_name_prefix="digest-algorithm")

    def close(self) -> None:
        self._files.shutdown()
        self._algorithms.shutdown()

    def __enter__(self) -> "Hasher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def digest_many(self, files: dict[Path, tuple[int, set[str]]]) -> dict[Path, Digests | OSError]:
        """Digest every file (path -> (size, algorithms)); an unreadable file maps to its error."""
        results: dict[Path, Digests | OSError] = {}
        small: dict[Path, Future] = {}
        for path, (size, algorithms) in files.items():
            if size <= LARGE_FILE:
                small[path] = self._files.submit(_guarded, _digest_small, path, algorithms)
        for path, (size, algorithms) in files.items():
            if size > LARGE_FILE:
                results[path] = _guarded(self._digest_large, path, algorithms)
        for path, future in small.items():
            results[path] = future.result()
        return results

    def _digest_large(self, path: Path, algorithms: set[str]) -> Digests:
        hashers = {name: hashlib.new(name) for name in sorted(algorithms)}
        pending: list[Future] = []
        with open(path, "rb", buffering=0) as handle:
            while True:
                chunk = handle.read(_CHUNK)  # read the next chunk while the last is digested
                for future in pending:
                    future.result()
                if not chunk:
                    break
                pending = [self._algorithms.submit(h.update, chunk) for h in hashers.values()]
        return {name: h.hexdigest() for name, h in hashers.items()}


def _digest_small(path: Path, algorithms: set[str]) -> Digests:
    hashers = {name: hashlib.new(name) for name in sorted(algorithms)}
    with open(path, "rb", buffering=0) as handle:
        while chunk := handle.read(LARGE_FILE):
            for h in hashers.values():
                h.update(chunk)
    return {name: h.hexdigest() for name, h in hashers.items()}


def _guarded(function, path: Path, algorithms: set[str]) -> Digests | OSError:
    try:
        return function(path, algorithms)
    except OSError as exc:
        return exc
