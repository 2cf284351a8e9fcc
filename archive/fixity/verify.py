"""Verifying BagIt bags: fixity, completeness and the MUST rules of RFC 8493.

This is the auditor's verdict, so it has to be right where the reference
implementation is not, and it reports every problem in a bag, never only the
first. It works on any bag directory (ours or another system's, BagIt 0.93 to
1.0) and never writes to it.

What is checked, in order:

* ``bagit.txt``: present, no byte-order mark, exactly the two lines
  ``BagIt-Version: M.N`` and ``Tag-File-Character-Encoding: ENC`` (nothing
  before the colons, nothing more), a known version and encoding;
* ``bag-info.txt`` (optional): ``Label: value`` lines with indented
  continuations, the reserved fields that must not repeat, Payload-Oxum's form;
* every manifest: known algorithm, well-formed lines, digests of the right
  length, no path listed twice, paths that stay in the bag (no ``..``, no
  absolute or ``~`` paths, nothing that resolves outside through a symbolic
  link), payload manifests naming only ``data/``, tag manifests only tag files;
* completeness: every payload file in every payload manifest, every listed
  file present (or listed in ``fetch.txt``), Payload-Oxum equal to what is on
  disk, ``fetch.txt`` naming only payload files that the manifests list;
* fixity (unless ``fast``): every file listed in any manifest, payload or tag,
  read once and digested with every algorithm that lists it.

Manifest paths are percent-decoded as RFC 8493 says (only ``%0A``, ``%0D``
and ``%25``, in either case), so a file literally named ``%7Etest`` matches.

This module runs the checks in that order (:class:`_Check`), digests the
listed files (the fixity stage) and verifies many bags at once
(:func:`verify_bags`). The rules themselves live with what they read:
:mod:`archive.fixity.tag_files` (``bagit.txt``, ``bag-info.txt``),
:mod:`archive.fixity.manifests` (manifest lines and path rules) and
:mod:`archive.fixity.completeness` (the walk of the bag, ``fetch.txt``,
completeness), :mod:`archive.fixity.profile` (our BagIt profile); the verdict and its problems are in
:mod:`archive.fixity.verdict`. Each stage is a class built on the one before,
so a later stage can use what an earlier one found, and :class:`_Check` is
the last of them.
"""

from __future__ import annotations

import os
import time
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from archive.fixity.profile import ProfileChecks
from archive.fixity.manifests import Manifest
from archive.fixity.verdict import BagVerdict
from archive.preservation.hashing import Hasher
from archive.workers import default_workers, worker_pool

__all__ = ["MAX_WINDOW", "PARALLEL_MIN_BAGS", "WINDOW_SECONDS", "verify_bag", "verify_bags"]


class _Check(ProfileChecks):
    """The checks of one bag, in order, and the fixity stage that closes them."""

    # --- fixity ------------------------------------------------------------------

    def check_fixity(self, manifests: list[Manifest], hasher: Hasher) -> None:
        wanted: dict[str, tuple[int, set[str]]] = {}
        for manifest in manifests:
            for path in manifest.entries:
                on_disk = self.aliases.get(path, path)
                size = (self.tag_sizes if manifest.tag else self.sizes).get(on_disk)
                if size is None:
                    continue  # missing: already reported
                wanted.setdefault(self.prefix + on_disk, (size, set()))[1].add(manifest.algorithm)
        found = hasher.digest_many(wanted)
        for manifest in manifests:
            for path, expected in manifest.entries.items():
                result = found.get(self.prefix + self.aliases.get(path, path))
                if result is None:
                    continue
                if isinstance(result, OSError):
                    self.error("unreadable", path, f"cannot be read: {result.strerror}")
                elif result[manifest.algorithm] != expected:
                    self.error("checksum", path, f"{manifest.algorithm} mismatch (listed in {manifest.name})",
                               algorithm=manifest.algorithm, expected=expected,
                               found=result[manifest.algorithm])

    # --- all -----------------------------------------------------------------------

    def run(self, fast: bool, hasher: Hasher | None) -> BagVerdict:
        started = time.perf_counter()
        if not self.bag.is_dir():
            self.error("not-a-bag", str(self.bag), "is not a directory")
            return self.verdict
        # every check runs whatever bagit.txt says: a half-copied bag has many problems
        self.read_bagit_txt()
        self.read_bag_info()
        manifests = self.find_manifests()
        self.walk_payload()  # before the manifests: it tells whether paths need resolving through links
        for manifest in manifests:
            self.read_manifest(manifest)
        self.verdict.algorithms = sorted({m.algorithm for m in manifests})
        self.read_fetch([m for m in manifests if not m.tag])
        self.check_completeness(manifests)
        self.check_profile(manifests)
        if not fast:
            own = hasher or Hasher()
            try:
                self.check_fixity(manifests, own)
            finally:
                if hasher is None:
                    own.close()
        self.verdict.seconds = time.perf_counter() - started
        return self.verdict


def verify_bag(bag: str | os.PathLike, *, fast: bool = False, hasher: Hasher | None = None) -> BagVerdict:
    """Verify one bag directory; ``fast`` checks completeness and Payload-Oxum only."""
    return _Check(Path(bag), fast).run(fast, hasher)


#: below this many bags an audit stays in one process
PARALLEL_MIN_BAGS = 64
#: how much work to hand the worker processes at a time, and at most how many bags
WINDOW_SECONDS, MAX_WINDOW = 0.25, 512
_worker_fast = False


def _worker_start(fast: bool) -> None:
    global _worker_fast
    _worker_fast = fast


def _worker_verify(bag: str | os.PathLike) -> BagVerdict:
    return verify_bag(bag, fast=_worker_fast, hasher=_worker_hasher())


@lru_cache(maxsize=1)
def _worker_hasher() -> Hasher:
    return Hasher(workers=1)


def verify_bags(bags: Iterable[str | os.PathLike], *, fast: bool = False,
                workers: int | None = None, expected: int = 0,
                deadline: float | None = None) -> Iterator[BagVerdict]:
    """Verify bags, yielding their verdicts in order.

    With ``expected`` (the number of bags coming) at or above
    PARALLEL_MIN_BAGS, bags are verified in one process per core, a few at a
    time (so a caller that stops asking, as a time-boxed audit does, stops the
    work too); otherwise one after another here, sharing a pool of hashing
    threads, which is what a few large bags want. ``deadline`` (a
    ``time.monotonic()`` value) keeps the work handed out at once from running
    past it.
    """
    processes = workers or default_workers(expected, PARALLEL_MIN_BAGS)
    if processes <= 1:
        with Hasher(workers) as hasher:
            for bag in bags:
                yield verify_bag(bag, fast=fast, hasher=hasher)
        return
    with worker_pool(processes, _worker_start, (fast,)) as pool:
        bag_iter, size = iter(bags), 2 * processes
        while window := list(islice(bag_iter, size)):
            started = time.monotonic()
            yield from pool.imap(_worker_verify, window, chunksize=max(1, len(window) // (4 * processes)))
            budget = WINDOW_SECONDS if deadline is None else min(WINDOW_SECONDS, deadline - time.monotonic())
            size = _next_window(len(window), time.monotonic() - started, processes, budget)


def _next_window(done: int, seconds: float, processes: int, budget: float) -> int:
    """How many bags to hand out next: about a quarter second of work.

    Small bags need large windows to keep the workers busy (pickling one bag at
    a time costs more than verifying it); large bags need small ones, so a
    time-boxed audit stops soon after its time is up.
    """
    per_bag = seconds / done if done else 0.0
    wanted = int(max(budget, 0.0) / per_bag) if per_bag > 0 else MAX_WINDOW
    return max(2 * processes, min(MAX_WINDOW, wanted))
