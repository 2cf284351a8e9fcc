"""The archive's own verdict on a bag from elsewhere, for taking it in or handing one out.

``archive ingest`` validates another repository's bag with this before any of it is archived,
and ``archive export`` validates what it wrote. It is :func:`archive.fixity.verify.verify_bag`,
the auditor's check, reduced to a list of problems: it names *every* problem of a bag (a
changed byte, a missing file, an extra file, a malformed manifest line, all at once) where
bagit-python stops at its first failing stage and only logs a malformed manifest line. The
preservation layer, which runs ingest and export, cannot import this layer; the commands pass
:func:`bag_problems` down (``check_bag``, ``check``).

Warnings stay warnings (a system file left unlisted, a ``./`` path), except a file still to be
fetched: a bag taken in must be complete.
"""

from __future__ import annotations

from pathlib import Path

from archive import __version__
from archive.fixity.verify import verify_bag

__all__ = ["bag_problems"]


def bag_problems(bag: Path) -> list[str]:
    """Every reason ``bag`` (a folder) is not a valid, complete bag; empty when it is one."""
    verdict = verify_bag(bag)
    return [str(p) for p in verdict.problems] + [f"{w} (a bag taken in must hold every file)"
                                                  for w in verdict.warnings if w.code == "fetch"]


#: how provenance names this validator (:func:`archive.preservation.transfer.describe_check`)
bag_problems.validator = f"archive verify (archive {__version__}, RFC 8493 and every manifest digest)"
