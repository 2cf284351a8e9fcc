"""``archive ingest --readmit``: bytes of a purged (or withdrawn) item taken in again.

Decisions:

* **Never by accident.** Without ``--readmit``, bytes whose bag was purged are refused,
  naming the date and the reason (:func:`withdrawn_outcome`); bytes of a withdrawn item
  whose payload is still there are "already archived", with a note, and nothing changes.
* **Readmission puts the item back in access.** The archivist who runs ``--readmit`` holds
  the very bytes (every digest the tombstone keeps must match) and says they belong in the
  archive again; a "readmission" event ends the withdrawal, the item is searchable and
  harvestable again, and its OAI-PMH datestamp moves to the readmission. Keeping it
  out of sight stays one command away (``archive withdraw`` again, or restricting it), and
  its history shows both steps. A readmission of a withdrawn, unpurged item only adds the
  event: the payload never left.
* **The worker stages, the main process commits.** The ingest's worker processes see the
  bytes while the main process holds the ingest lock: a worker writes them to the staging
  area and hands back a :class:`Readmission`, which the main process commits
  (:meth:`Readmission.commit`) as a new version of the bag: the payload put back, its
  manifests and Payload-Oxum restored, the event added, exchanged atomically
  (:func:`archive.preservation.bag_versions.swap_in`). A kill leaves the purged bag or the
  readmitted one; the next run clears the staged bytes.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from archive.errors import BagReadError
from archive.preservation.access_events import READMISSION, provenance_with
from archive.preservation.bag_records import IngestRun
from archive.preservation.bag_versions import _oxum_info, build_version, swap_in
from archive.preservation.bagwriter import FILE_MODE, _manifest, _write_file
from archive.preservation.catalog import PROVENANCE_TAG, Item, load_item
from archive.preservation.outcomes import ARCHIVED, DUPLICATE, REFUSED, Outcome
from archive.preservation.provenance import event, now_utc
from archive.preservation.root import ArchiveRoot

__all__ = ["Readmission", "withdrawn_outcome"]

_PAYLOAD_MANIFEST = re.compile(r"^manifest-(\w+)\.txt$")


def _when_and_why(item: Item) -> tuple[str, str]:
    detail = (item.withdrawal or {}).get("eventOutcomeDetail")
    reason = detail.get("reason") if isinstance(detail, dict) else None
    return ((item.withdrawal or {}).get("eventDateTime") or "?")[:10], reason or "no reason recorded"


def withdrawn_outcome(run: IngestRun, shown: str, final: Path, sha256: str,
                      data: bytes | None) -> Outcome | Readmission | None:
    """What an ingest says of bytes whose bag is withdrawn or purged; None if it is neither.

    Runs in a worker process: with ``run.readmit`` it only stages the bytes (a
    :class:`Readmission` for the main process to commit).
    """
    try:
        item = load_item(final)
    except BagReadError:
        return None                   # the caller reports the unreadable bag
    if not item.withdrawn:
        return None
    when, why = _when_and_why(item)
    if item.sha256 != sha256:
        return Outcome(shown, REFUSED, item.id,
                       reason=f"identifier {item.id} already names different content (sha256 {item.sha256})")
    if run.readmit and data is not None:
        return Readmission.stage(run, shown, item, data)
    if item.purged:
        return Outcome(shown, REFUSED, item.id, item.title,
                       reason=f"its bag was purged on {when} ({why}): only the tombstone is kept; "
                              "`archive ingest --readmit` takes these bytes in again")
    return Outcome(shown, DUPLICATE, item.id, item.title,
                   reason=f"withdrawn on {when} ({why}); not changed (`archive ingest --readmit` "
                          "puts it back in access)")


def _payload_manifests(bag: Path) -> list[str]:
    """The algorithms of the bag's payload manifests (empty files, in a purged bag)."""
    return sorted(m.group(1) for m in map(_PAYLOAD_MANIFEST.match, os.listdir(bag)) if m)


@dataclass
class Readmission:
    """Bytes of a withdrawn item, staged by a worker, to be put back by the main process."""

    outcome: Outcome          #: what is reported once committed
    bag: Path
    staged: Path | None       #: the bytes in the staging area; None when the payload never left
    digests: dict[str, str]   #: of the bytes received, for every algorithm the bag's manifests use
    run: IngestRun

    @classmethod
    def stage(cls, run: IngestRun, shown: str, item: Item, data: bytes) -> Outcome | Readmission:
        """Check the bytes against every digest the bag keeps; write them to the staging area."""
        algorithms = _payload_manifests(item.bag)
        digests = {name: hashlib.new(name, data).hexdigest() for name in algorithms}
        differing = [name for name in algorithms if item.digests.get(name) not in (None, digests[name])]
        if differing:
            return Outcome(shown, REFUSED, item.id, reason=f"these bytes differ from the ones item {item.id} "
                           f"held ({', '.join(differing)} digests do not match its tombstone)")
        outcome = Outcome(shown, ARCHIVED, item.id, item.title, kind=item.kind, size=len(data))
        staged = None
        if item.purged:
            folder = run.root.staging / f"readmit-{item.id}-{os.getpid()}-{secrets.token_hex(4)}"
            folder.mkdir(parents=True)
            staged = folder / "payload"
            _write_file(staged, data)
        return cls(outcome, item.bag, staged, digests, run)

    def _discard(self) -> None:
        """Remove the staged bytes (the next run's clear of the staging area would, too)."""
        if self.staged is not None:
            shutil.rmtree(self.staged.parent, ignore_errors=True)

    def commit(self, root: ArchiveRoot) -> Outcome:
        """Put the item back (in the main process, under the ingest lock): a new version of its bag."""
        shown = self.outcome.path
        try:
            item = load_item(self.bag)
        except BagReadError as exc:
            self._discard()
            return Outcome(shown, REFUSED, self.bag.name, reason=f"its identifier's bag cannot be read: {exc}")
        if not item.withdrawn or (item.purged and self.staged is None):
            self._discard()
            return Outcome(shown, DUPLICATE, item.id, item.title)    # an earlier file of this run readmitted it
        restored = item.purged
        payload_path = item.provenance["object"]["payloadPath"]
        software = self.run.software["archive"]
        record = event(READMISSION, now_utc(),
                       (f"the payload received again as {shown} and put back as {payload_path}; "
                        if restored else "") + "the withdrawal of "
                       f"{(item.withdrawal or {}).get('eventDateTime', '?')[:10]} ended: back in access",
                       "success", {"run": self.run.run_id, "payload restored": restored},
                       [(self.run.operator, "implementer"), (software, "executing program"),
                        (self.run.organization, "custodian")])
        changes = {PROVENANCE_TAG: provenance_with(item.provenance, record,
                                                   [self.run.operator, software, self.run.organization])}
        if restored:
            for name, digest in self.digests.items():
                changes[f"manifest-{name}.txt"] = _manifest({payload_path: digest})
            changes["bag-info.txt"] = _oxum_info((item.bag / "bag-info.txt").read_bytes(),
                                                 self.outcome.size, 1)
        built = build_version(root, item.bag, changes)
        if restored:
            assert self.staged is not None
            os.chmod(self.staged, FILE_MODE)
            os.rename(self.staged, built / payload_path)
            os.rmdir(self.staged.parent)
        swap_in(root, built, item.bag)
        self.outcome.reason = ("readmitted: its payload is back in the bag and the item back in access"
                               if restored else "readmitted: back in access (its payload had been kept)")
        return self.outcome
