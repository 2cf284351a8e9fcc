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
#: a set of small files under this many bytes in all is digested right here:
#: handing a 5 KB file to another thread costs more than digesting it
INLINE_BYTES = 1024 * 1024
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

    def digest_many(self, files: dict[str, tuple[int, set[str]]]) -> dict[str, Digests | OSError]:
        """Digest every file (path -> (size, algorithms)); an unreadable file maps to its error."""
        results: dict[str, Digests | OSError] = {}
        if sum(size for size, _ in files.values()) <= INLINE_BYTES:
            return {path: _guarded(_digest_small, path, algorithms)
                    for path, (_, algorithms) in files.items()}
        small: dict[str, Future] = {}
        for path, (size, algorithms) in files.items():
            if size <= LARGE_FILE:
                small[path] = self._files.submit(_guarded, _digest_small, path, algorithms)
        for path, (size, algorithms) in files.items():
            if size > LARGE_FILE:
                results[path] = _guarded(self._digest_large, path, algorithms)
        for path, future in small.items():
            results[path] = future.result()
        return results

    def _digest_large(self, path: str, algorithms: set[str]) -> Digests:
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


def _digest_small(path: str | Path, algorithms: set[str]) -> Digests:
    with open(path, "rb", buffering=0) as handle:
        data = handle.readall()  # a small file: one read, then every algorithm over it
    return {name: hashlib.new(name, data).hexdigest() for name in sorted(algorithms)}


def _guarded(function, path: str, algorithms: set[str]) -> Digests | OSError:
    try:
        return function(path, algorithms)
    except OSError as exc:
        return exc
