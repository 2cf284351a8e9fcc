"""``archive check``: do the bags and the search index agree?

The bags are the truth and the index is derived from them, so every
difference is the index's fault: a bag it lacks, an entry whose bag is gone,
or an entry whose recorded SHA-256 is not the bag's. ``repair`` re-derives the
first and third from their bags and deletes the second; it never touches a
bag.

A withdrawn bag is indexed as a stub (:mod:`archive.search.tombstones`) and a purged one
compares by the SHA-256 its tombstone keeps (its payload manifest is empty). A bag whose
withdrawal (or readmission) the index has not followed, a withdrawn item still indexed in
full or a stub left for an item back in access, is ``withdrawal_stale``; ``repair`` reindexes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pathlib import Path

from archive.preservation.catalog import Item, bag_dirs, bag_sha256, load_item
from archive.errors import BagReadError
from archive.preservation.tag_trust import tag_file_problems
from archive.search.index import indexed_entries, indexed_withdrawn
from archive.search.index_update import update_items
from archive.preservation.root import ArchiveRoot


@dataclass
class CheckReport:
    bags: int = 0
    indexed: int = 0
    missing: list[str] = field(default_factory=list)       # bags with no index entry
    orphans: list[str] = field(default_factory=list)       # index entries with no bag
    mismatched: list[str] = field(default_factory=list)    # entries whose sha256 differs from the bag's
    unreadable: list[str] = field(default_factory=list)    # bags whose manifest cannot be read
    untrusted: dict[str, list[str]] = field(default_factory=dict)   # bags whose tag files fail: why
    exposed: list[str] = field(default_factory=list)       # untrusted bags indexed as public
    withdrawal_stale: list[str] = field(default_factory=list)   # withdrawn in full in the index, or the reverse
    withdrawn: int = 0                                      # bags withdrawn from access (purged ones included)
    purged: int = 0                                         # bags whose payload was purged
    repaired: bool = False

    @property
    def consistent(self) -> bool:
        return not (self.missing or self.orphans or self.mismatched or self.unreadable or self.untrusted
                    or self.exposed or self.withdrawal_stale)

    def as_dict(self) -> dict:
        return {"bags": self.bags, "indexed": self.indexed, "consistent": self.consistent,
                "missing": self.missing, "orphans": self.orphans, "mismatched": self.mismatched,
                "unreadable": self.unreadable, "untrusted": self.untrusted, "exposed": self.exposed,
                "withdrawal_stale": self.withdrawal_stale, "withdrawn": self.withdrawn,
                "purged": self.purged, "repaired": self.repaired}


def _read(bag: Path) -> tuple[list[str], Item | None]:
    """Why the bag's tag files cannot be trusted (empty: they can), and the bag read as an item."""
    try:
        item = load_item(bag)
    except BagReadError:
        return tag_file_problems(bag), None
    return list(item.trust_problems), item


def compare(root: ArchiveRoot) -> CheckReport:
    """Every difference between the bags and the live index."""
    report = CheckReport()
    truth: dict[str, str] = {}
    withdrawn: set[str] = set()
    for bag in bag_dirs(root):
        try:
            truth[bag.name] = bag_sha256(bag)
        except BagReadError:
            report.unreadable.append(bag.name)
        problems, item = _read(bag)
        if problems:
            report.untrusted[bag.name] = problems
        if item is not None and item.withdrawn:
            withdrawn.add(bag.name)
            report.purged += item.purged
            if item.purged and bag.name in truth:
                truth[bag.name] = item.sha256        # its payload manifest is empty: the tombstone keeps it
    report.withdrawn = len(withdrawn)
    entries = indexed_entries(root)
    stubs = indexed_withdrawn(root)
    derived = {item_id: sha256 for item_id, (sha256, _) in entries.items()}
    report.exposed = sorted(i for i in report.untrusted if i in entries and not entries[i][1])
    report.bags, report.indexed = len(truth) + len(report.unreadable), len(derived)
    report.missing = sorted(set(truth) - set(derived))
    report.orphans = sorted(set(derived) - set(truth) - set(report.unreadable))
    report.mismatched = sorted(i for i in set(truth) & set(derived) if truth[i] != derived[i])
    report.withdrawal_stale = sorted(i for i in set(truth) & set(derived) if (i in withdrawn) != (i in stubs))
    return report


def check(root: ArchiveRoot, repair: bool = False) -> CheckReport:
    """Compare; with ``repair``, reindex the missing and mismatched and drop the orphans, then compare again."""
    report = compare(root)
    if not repair or not (report.missing or report.mismatched or report.exposed or report.orphans
                          or report.withdrawal_stale):
        return report
    update_items(root, index=report.missing + report.mismatched + report.exposed + report.withdrawal_stale,
                 remove=report.orphans)
    after = compare(root)
    after.repaired = True
    return after
