"""The read API over the preservation store: what is archived, and all about it.

The CLI's ``list`` and ``show`` and the web front end read items only through
these functions. They read the bags' own tag files, so what they report is what
the bags say, never a copy that could drift.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import bagit

from archive.errors import BagReadError, ItemNotFound
from archive.preservation.root import ArchiveRoot
from archive.preservation.tag_trust import tag_file_problems

ID_LENGTH = 16
DESCRIPTIVE_TAG = "metadata/descriptive.json"
PROVENANCE_TAG = "metadata/provenance.json"
_ID = re.compile(r"^[0-9a-f]{%d}$" % ID_LENGTH)
_ID_PREFIX = re.compile(r"^[0-9a-f]{4,%d}$" % ID_LENGTH)


def is_item_id(text: str) -> bool:
    """A full item identifier (16 lower-case hex digits); never a prefix or a path."""
    return bool(_ID.match(text or ""))


def item_id_for(sha256: str) -> str:
    """The identifier of content with this SHA-256: the same bytes always get the same id."""
    return sha256[:ID_LENGTH]


@dataclass(frozen=True)
class Item:
    """One archived item as its bag describes it."""

    id: str
    bag: Path
    title: str
    original_name: str
    original_path: str
    payload: Path
    kind: str | None
    mime: str
    size: int
    digests: dict[str, str]
    ingested: str
    restricted: bool
    metadata: dict[str, list[str]]
    metadata_source: dict | None
    provenance: dict = field(repr=False)
    #: Why its tag files cannot be trusted (:mod:`archive.preservation.tag_trust`); empty: trusted.
    trust_problems: tuple[str, ...] = ()
    #: The PREMIS "deaccession" event that withdrew it from access (its ``eventOutcomeDetail``
    #: says whether the payload was purged), or None while it is in access.
    withdrawal: dict | None = None

    @property
    def withdrawn(self) -> bool:
        """Taken out of access (search, browse, OAI lists); its page answers 410 with a tombstone."""
        return self.withdrawal is not None

    @property
    def purged(self) -> bool:
        """Withdrawn and its payload removed from the store: only the tag files remain, as a tombstone."""
        detail = (self.withdrawal or {}).get("eventOutcomeDetail")
        return isinstance(detail, dict) and bool(detail.get("purged"))

    @property
    def sha256(self) -> str:
        return self.digests["sha256"]

    @property
    def trusted(self) -> bool:
        """Its descriptive record and provenance are what was written (the tag manifests agree)."""
        return not self.trust_problems

    @property
    def hidden(self) -> bool:
        """Never shown publicly: restricted, or (failing closed) its record cannot be trusted."""
        return self.restricted or not self.trusted

    def summary(self) -> dict:
        return {"id": self.id, "title": self.title, "kind": self.kind, "mime": self.mime,
                "size": self.size, "sha256": self.sha256, "ingested": self.ingested,
                "restricted": self.restricted, "original_name": self.original_name,
                "trusted": self.trusted, "trust_problems": list(self.trust_problems)}

    def as_dict(self) -> dict:
        return {**self.summary(), "bag": str(self.bag), "payload": str(self.payload),
                "original_path": self.original_path, "digests": self.digests,
                "metadata": self.metadata, "metadata_source": self.metadata_source,
                "provenance": self.provenance}


def bag_dirs(root: ArchiveRoot) -> Iterator[Path]:
    """Every bag directory in the store, in identifier order (staging and dot-files excluded)."""
    try:
        with os.scandir(root.bags) as entries:
            names = sorted(entry.name for entry in entries
                           if entry.is_dir(follow_symlinks=False) and _ID.match(entry.name))
    except FileNotFoundError:
        return
    for name in names:
        yield root.bags / name


def _read_json(bag: Path, name: str, already: bytes | None = None) -> dict:
    """A JSON tag file; from ``already`` (its bytes as the trust check read them) when given."""
    try:
        return json.loads(already.decode("utf-8") if already is not None
                          else (bag / name).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BagReadError(f"{bag}: cannot read {name}: {exc}") from exc


def bag_sha256(bag: Path) -> str:
    """The SHA-256 the bag's payload manifest records (our bags hold one payload file)."""
    try:
        line = (bag / "manifest-sha256.txt").read_text(encoding="utf-8").split("\n", 1)[0]
    except OSError as exc:
        raise BagReadError(f"{bag}: cannot read manifest-sha256.txt: {exc}") from exc
    return line.split(None, 1)[0] if line.strip() else ""


def load_item(bag: Path) -> Item:
    """Read one bag's tag files into an ``Item``, with whether they can be trusted.

    The records are parsed from the very bytes the trust check hashed: read once,
    and what is trusted is what was checked (no window for a change between two reads).
    """
    read: dict[str, bytes | None] = {}
    problems = tuple(tag_file_problems(bag, read))
    descriptive = _read_json(bag, DESCRIPTIVE_TAG, read.get(DESCRIPTIVE_TAG))
    provenance = _read_json(bag, PROVENANCE_TAG, read.get(PROVENANCE_TAG))
    try:
        obj = provenance["object"]
        metadata = descriptive.get("metadata") or {}
        ingestion = [e for e in provenance["events"] if e["eventType"] == "ingestion"]
        titles = metadata.get("dc.title") or [obj["originalName"]]
        return Item(
            id=obj["objectIdentifier"], bag=bag, title=titles[0],
            original_name=obj["originalName"], original_path=obj["originalPath"],
            payload=bag / obj["payloadPath"], kind=obj["format"].get("kind"),
            mime=obj["format"].get("mime", ""), size=obj["size"], digests=obj["fixity"],
            ingested=ingestion[0]["eventDateTime"] if ingestion else "",
            restricted=bool(descriptive.get("restricted")), metadata=metadata,
            metadata_source=descriptive.get("source"), provenance=provenance,
            trust_problems=problems, withdrawal=_withdrawal(provenance["events"]))
    except (KeyError, IndexError, TypeError) as exc:
        raise BagReadError(f"{bag}: provenance or metadata record is incomplete ({exc!r})") from exc


def withdrawal_events(events: list) -> list[dict]:
    """The "deaccession" events of the withdrawal in force, oldest first; empty while the item is
    in access. A later "readmission" (``ingest --readmit``) ends a withdrawal."""
    found: list[dict] = []
    for one in events:
        kind = one.get("eventType") if isinstance(one, dict) else None
        if kind == "deaccession":
            found.append(one)
        elif kind == "readmission":
            found = []
    return found


def _withdrawal(events: list) -> dict | None:
    """The event that withdrew the item (the last of :func:`withdrawal_events`), or None."""
    found = withdrawal_events(events)
    return found[-1] if found else None


def list_items(root: ArchiveRoot) -> tuple[list[Item], list[BagReadError]]:
    """Every item, plus an error for each bag that could not be read (never silently dropped)."""
    items, errors = [], []
    for bag in bag_dirs(root):
        try:
            items.append(load_item(bag))
        except BagReadError as exc:
            errors.append(exc)
    return items, errors


def find_bag(root: ArchiveRoot, identifier: str) -> Path:
    """The bag for an identifier or a unique prefix of one (at least 4 characters)."""
    identifier = identifier.strip().lower()
    if _ID.match(identifier) and (root.bags / identifier).is_dir():
        return root.bags / identifier
    if not _ID_PREFIX.match(identifier):
        raise ItemNotFound(f"{identifier!r} is not an item identifier "
                           f"({ID_LENGTH} hex digits, or a unique prefix of at least 4)")
    matches = [bag for bag in bag_dirs(root) if bag.name.startswith(identifier)]
    if not matches:
        raise ItemNotFound(f"no item {identifier} in {root.bags}")
    if len(matches) > 1:
        raise ItemNotFound(f"{identifier} is ambiguous: " + ", ".join(b.name for b in matches[:10]))
    return matches[0]


def get_item(root: ArchiveRoot, identifier: str) -> Item:
    return load_item(find_bag(root, identifier))


def bag_info(bag: Path) -> dict[str, str | list[str]]:
    """bag-info.txt as bagit-python, the reference implementation, reads it."""
    try:
        return dict(bagit.Bag(str(bag)).info)
    except bagit.BagError as exc:
        raise BagReadError(f"{bag}: {exc}") from exc
