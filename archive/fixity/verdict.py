"""What verifying a bag finds: each problem, the bag's verdict, and the check's findings so far.

:class:`Problem` and :class:`BagVerdict` are what an auditor gets back from
:func:`archive.fixity.verify.verify_bag`; they are plain records, picklable,
since worker processes send them back to the audit. :class:`BagFindings` is
the state one bag's check shares between its stages (tag files, manifests,
completeness, fixity: :mod:`archive.fixity.tag_files`,
:mod:`archive.fixity.manifests`, :mod:`archive.fixity.completeness`), each
stage a class built on the one before. It lives here, below every stage, so
that each stage can record a problem without importing the others.

Decisions:

* **Every problem, never only the first.** Findings are appended, never
  raised: a half-copied bag has many problems and the auditor wants them all.
* **Errors and warnings apart.** A warning (a system file left unlisted, a
  file still to fetch) never makes a bag invalid; :attr:`BagVerdict.valid`
  looks at the errors alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["BagFindings", "BagVerdict", "Problem"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bag: what, where, and for fixity the digests."""

    code: str
    path: str
    message: str
    algorithm: str | None = None
    expected: str | None = None
    found: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class BagVerdict:
    """Everything found about one bag."""

    bag: Path
    mode: str = "full"
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    version: str | None = None
    algorithms: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0
    #: for a bag of ours withdrawn from access: {"date", "reason", "purged"} from its provenance
    #: (a purged bag's empty payload is its tombstone, not a loss)
    withdrawal: dict | None = None

    @property
    def valid(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        found = {"bag": str(self.bag), "valid": self.valid, "mode": self.mode,
                 "version": self.version, "algorithms": self.algorithms, "files": self.files,
                 "bytes": self.bytes, "seconds": round(self.seconds, 6),
                 "problems": [p.as_dict() for p in self.problems],
                 "warnings": [w.as_dict() for w in self.warnings]}
        if self.withdrawal is not None:
            found["withdrawal"] = dict(self.withdrawal)
        return found


class BagFindings:
    """The checks of one bag; every finding goes into ``verdict``.

    The state below is filled in by the stages in turn: the tag files set the
    encoding and Payload-Oxum, the walk of the bag the sizes on disk and
    whether any symbolic link is there, the manifests and ``fetch.txt`` what is
    listed. Later stages read what earlier ones found, never the disk again.
    """

    def __init__(self, bag: Path, fast: bool) -> None:
        self.bag = bag
        self.verdict = BagVerdict(bag=bag, mode="fast" if fast else "full")
        self.encoding = "utf-8"
        self.real_root = os.path.realpath(bag)
        self.prefix = os.path.join(os.fspath(bag), "")  # the bag's path and a separator, for joins
        self.fetch: dict[str, str] = {}
        self.pending_fetch: set[str] = set()  # listed, absent, and to be fetched
        self.sizes: dict[str, int] = {}       # payload files on disk -> size
        self.tag_sizes: dict[str, int] = {}   # every other regular file in the bag -> size
        self.aliases: dict[str, str] = {}     # listed path -> name on disk, when they differ in normalization
        self.has_symlinks = True              # until the walk has shown otherwise
        self.bag_info_fields: list[tuple[str, str]] = []   # bag-info.txt as read, in order

    #: Payload-Oxum as (octets, streams), once bag-info.txt has given a well-formed one
    oxum: tuple[int, int] | None = None

    def error(self, code: str, path: str, message: str, **digests: str) -> None:
        self.verdict.problems.append(Problem(code, path, message, **digests))

    def warn(self, code: str, path: str, message: str) -> None:
        self.verdict.warnings.append(Problem(code, path, message))
