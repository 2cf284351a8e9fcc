"""Bags from other repositories: ``archive ingest`` given a BagIt bag takes it as a transfer.

A folder holding ``bagit.txt``, or a ``.zip``/``.tar``/``.tar.gz``/``.tgz`` holding one bag
(RFC 8493 section 4), is read here for the ingest's walk (:mod:`archive.preservation.sources`):
validated whole, then each payload file handed on as an ordinary candidate, which the
normal ingest path identifies, refuses if junk, and archives as an item of its own.

Decisions, first:

* **Validated whole, first; refused whole.** A serialized bag is surveyed and unpacked
  safely (:mod:`archive.preservation.unpack`: no escaping paths, no links or devices, no
  bombs) into the staging area; the bag folder is then validated completely by the run's
  ``check_bag``. ``archive ingest`` passes :func:`archive.fixity.transfer_check.bag_problems`,
  the archive's own verifier, which names *every* problem (bagit-python stops at the first
  failing stage and only logs a malformed manifest line); this layer may not import it,
  hence the parameter. Without one, :func:`reference_problems` (bagit-python) decides. Any
  problem refuses the bag in one outcome line naming them all, before any of it is archived.
* **Every payload file listed must be there**: a bag with files still to fetch
  (``fetch.txt``) is incomplete, and refused.
* **Each item made keeps the sender's record** (:mod:`archive.preservation.transfer_records`):
  bag-info, the sender's digests, a PREMIS "transfer" and "fixity check" event. Its bytes are
  compared with the sender's digests again as they are read.
* **One line for the transfer**, after its items: read as a transfer from whom, and how many
  items it made. It is reported with the status "skipped" (the bag as a container is not an
  item; its files are), so the run's counts keep their meaning: one count per item.
* The unpacked copy lives in ``bags/.staging/`` until the run ends (:meth:`Transfers.close`);
  a killed run leaves it for the next run's clearing of the staging area.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import bagit

from archive.preservation.outcomes import ARCHIVED, DUPLICATE, REFUSED, SKIPPED, Outcome
from archive.preservation.root import ArchiveRoot
from archive.preservation.sources import Candidate, Found, display, is_system_file
from archive.preservation.transfer_records import SenderFile, read_sender
from archive.preservation.unpack import Limits, Survey, UnsafeArchive, extract, free_space_problem, \
    serialization_of, survey

__all__ = ["BagCheck", "Transfers", "reference_problems"]

#: checks a bag folder completely; returns every problem found (none: the bag is valid)
BagCheck = Callable[[Path], list[str]]
#: at most this many problems are named on a refusal line (the count says how many more)
SHOWN_PROBLEMS = 20


def reference_problems(bag: Path) -> list[str]:
    """bagit-python's verdict on a bag folder: its problems, as far as it goes (see the docstring)."""
    try:
        bagit.Bag(str(bag)).validate()
    except bagit.BagValidationError as exc:
        return [str(d) for d in exc.details] or [str(exc)]
    except (bagit.BagError, OSError, ValueError) as exc:    # a bag-info it cannot decode, say
        return [f"bagit-python cannot read it: {exc}"]
    return []


def describe_check(check: BagCheck) -> str:
    """How the provenance names the validator."""
    if check is reference_problems:
        return f"bagit-python {bagit.VERSION}"
    return getattr(check, "validator", "") or f"{check.__module__}.{check.__qualname__}"


class _Refused(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class _Tally:
    """A transfer's items as the run reports them, for its own line."""

    organization: str
    name: str
    how: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys((ARCHIVED, DUPLICATE, REFUSED, SKIPPED), 0))

    def line(self) -> str:
        counts = self.counts
        made = counts[ARCHIVED] + counts[DUPLICATE]
        text = (f"read as a transfer from {self.organization} (bag {self.name!r}, {self.how}): "
                f"{made} item{'' if made == 1 else 's'} ({counts[ARCHIVED]} new, "
                f"{counts[DUPLICATE]} already archived)")
        if counts[REFUSED]:
            text += f"; {counts[REFUSED]} files refused"
        if counts[SKIPPED]:
            text += f"; {counts[SKIPPED]} skipped"
        return text


class _TransferLine(Outcome):
    """The outcome naming the transfer itself; its text is completed once its items are reported."""


class Transfers:
    """The run's reader of other repositories' bags (:class:`archive.preservation.sources.BagReader`)."""

    def __init__(self, root: ArchiveRoot, check: BagCheck | None = None) -> None:
        self.root = root
        self.check = check or reference_problems
        self.limits = Limits.for_archive(root.config.max_file_bytes)
        self._surveys: dict[Path, Survey] = {}
        self._open: dict[str, _Tally] = {}
        self._unpacked: list[Path] = []

    # --- what the walk asks -------------------------------------------------------------------

    def holds_bag(self, path: Path) -> bool:
        """Whether a file is a serialized bag (by its name, then its members); the survey is kept."""
        if serialization_of(path.name) is None or path.is_symlink() or not path.is_file():
            return False
        found = survey(path, self.limits)
        if found.holds_bag:
            self._surveys[path] = found      # read() unpacks what this survey found safe
        return found.holds_bag

    def read(self, path: Path) -> Iterator[Found]:
        """The bag's payload files as candidates, then its own line; or one refusal naming every problem."""
        shown = display(path)
        serialization = "directory" if path.is_dir() else serialization_of(path.name) or "file"
        before = len(self._unpacked)
        try:
            folder = path if path.is_dir() else self._unpack(path)
            sender, entries = self._validated(folder, shown, serialization)
        except _Refused as refused:
            for unpacked in self._unpacked[before:]:          # nothing of it stays
                shutil.rmtree(unpacked, ignore_errors=True)
            del self._unpacked[before:]
            yield Outcome(shown, REFUSED, reason=self._refusal(serialization, refused.problems))
            return
        finally:
            self._surveys.pop(path, None)
        how = "a folder" if serialization == "directory" else f"a {serialization} file"
        self._open[shown] = _Tally(sender.organization, sender.name, how)
        inside = shown if serialization == "directory" else f"{shown}/{sender.name}"
        for relative in sorted(entries):
            where = f"{inside}/{relative}"
            if any(is_system_file(part) for part in relative.split("/")[1:]):
                yield Outcome(where, SKIPPED, reason="hidden or system file")
                continue
            yield (Candidate(folder / relative, f"{sender.name}/{relative}", folder, where,
                             SenderFile(sender, relative, entries[relative])), None)
        yield _TransferLine(shown, SKIPPED, reason="")

    def settled(self, outcome: Outcome) -> None:
        if isinstance(outcome, _TransferLine):
            tally = self._open.pop(outcome.path, None)
            outcome.reason = tally.line() if tally else "read as a transfer"
            return
        for prefix, tally in self._open.items():
            if outcome.path.startswith(prefix + "/"):
                tally.counts[outcome.status] = tally.counts.get(outcome.status, 0) + 1
                return

    def close(self) -> None:
        for folder in self._unpacked:
            shutil.rmtree(folder, ignore_errors=True)
        self._unpacked.clear()

    # --- the steps ----------------------------------------------------------------------------

    def _unpack(self, path: Path) -> Path:
        found = self._surveys.get(path) or survey(path, self.limits)
        if found.problems:
            raise _Refused(found.problems)
        self.root.staging.mkdir(exist_ok=True)
        room = free_space_problem(found.total, self.root.staging)
        if room:
            raise _Refused([room])
        into = self.root.staging / f"transfer-{os.getpid()}-{secrets.token_hex(6)}"
        self._unpacked.append(into)
        try:
            return extract(path, into, self.limits)
        except UnsafeArchive as exc:
            raise _Refused(exc.problems) from exc
        except OSError as exc:
            raise _Refused([f"cannot be unpacked: {exc.strerror or exc}"]) from exc

    def _validated(self, folder: Path, shown: str, serialization: str):
        """The sender's bag and payload entries, once the bag is found valid and complete."""
        problems = _links_or_devices(folder) if serialization == "directory" else []
        problems = problems or self.check(folder)
        if problems:
            raise _Refused(problems)
        try:
            sender, entries = read_sender(str(folder), shown, serialization, describe_check(self.check))
        except (bagit.BagError, OSError, ValueError) as exc:
            raise _Refused([f"bagit-python cannot read it: {exc}"]) from exc
        missing = [path for path in entries if not (folder / path).is_file()]
        if missing:
            raise _Refused([f"{len(missing)} payload files are not in the bag (still to fetch?), "
                            f"e.g. {missing[0]}"])
        unknown = sorted({alg for digests in entries.values() for alg in digests} - hashlib.algorithms_guaranteed)
        if unknown:
            raise _Refused([f"its manifests use digests this archive cannot compute: {', '.join(unknown)}"])
        if not entries:
            raise _Refused(["its payload is empty: nothing to take in"])
        return sender, entries

    @staticmethod
    def _refusal(serialization: str, problems: list[str]) -> str:
        what = "bag" if serialization == "directory" else f"{serialization} file posing as a bag"
        shown = problems[:SHOWN_PROBLEMS]
        more = f"; and {len(problems) - len(shown)} more" if len(problems) > len(shown) else ""
        return (f"invalid {what}, refused whole (nothing of it archived): {len(problems)} "
                f"problem{'s' if len(problems) != 1 else ''}: " + "; ".join(shown) + more)


def _links_or_devices(folder: Path) -> list[str]:
    """Symbolic links and special files in a bag folder, found without following any.

    Checked before any validator reads the bag: bagit-python follows links and would
    block on a FIFO; a sender's bag has no business holding either."""
    problems: list[str] = []
    for here, dirs, files in os.walk(folder):        # os.walk never follows a link into a folder
        for name in dirs + files:
            path = os.path.join(here, name)
            mode = os.lstat(path).st_mode
            relative = os.path.relpath(path, folder)
            if stat.S_ISLNK(mode):
                problems.append(f"{relative} is a symbolic link, which a bag taken in may not hold")
            elif not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
                problems.append(f"{relative} is not a regular file (a FIFO, socket or device)")
    return problems
