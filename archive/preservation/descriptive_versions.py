"""A new version of an item's descriptive record: what an amendment checks, records and writes.

Decisions, first:

* **The fields a sheet takes, refused as a sheet refuses them.** An amendment sets the Dublin
  Core elements and DCMI terms a ``metadata.csv`` takes (:func:`archive.preservation.metadata.column_problem`;
  ``dcterms.accessRights`` included) and its values must pass
  :func:`archive.preservation.metadata.value_problems`, so that an amended record is one an
  ingest could have written. ``FIELD=`` removes a field. Whether the item is ``restricted``
  is decided from the new values by the very rule an ingest uses
  (:attr:`archive.preservation.metadata.MetadataRow.restricted`), never set on its own.
* **Every version stays in the bag.** The record being replaced is kept byte for byte as
  ``metadata/descriptive-vN.json`` (the ingest's record is version 1, the first amendment's
  version 2 ...); ``metadata/descriptive.json`` is always the current one, so every reader of
  a bag reads it as before. The current record names its version and the event that made
  it (``"amended"``), and keeps its ``source`` (the sheet the record began with).
* **The provenance says who, when, why and what.** A PREMIS "metadata modification" event:
  the operator (a person agent, listed once among the bag's agents), the archive software,
  the custodian; its ``eventOutcomeDetail`` holds the reason, every changed field with its
  values before and after, the version made and where the previous one is kept (and, for an
  ingest that applied a sheet, that sheet: file, SHA-256, line, run).
* **One atomic change, the payload untouched.** The three tag files change together in one
  new version of the bag (:func:`archive.preservation.bag_versions.replace_bag`: the payload
  hard-linked, the tag manifests computed afresh), so a kill leaves the old bag or the new.
* **No lock here.** Callers hold the archive's ingest lock: ``archive amend``
  (:mod:`archive.preservation.amend`) takes it; ``archive ingest --amend``
  (:mod:`archive.preservation.already_archived`) runs inside an ingest, which holds it.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from archive.preservation.access_events import dump_json, provenance_with
from archive.preservation.bag_versions import replace_bag
from archive.preservation.catalog import DESCRIPTIVE_TAG, PROVENANCE_TAG, Item
from archive.preservation.metadata import MetadataRow, column_problem, value_problems
from archive.preservation.provenance import Agent, event, now_utc
from archive.preservation.root import ArchiveRoot

__all__ = ["METADATA_MODIFICATION", "Amendment", "amended_values", "amendment_events", "assignment_problems",
           "differences", "item_problems", "read_assignments", "reason_problems", "restricted_by", "shown",
           "versions_kept", "write_amendment"]

METADATA_MODIFICATION = "metadata modification"
#: where the record of version N is kept once a later one replaces it
VERSION_TAG = "metadata/descriptive-v{}.json"
_VERSION = re.compile(r"^descriptive-v(\d+)\.json$")
#: the longest reason taken: a sentence or two for the provenance record, not a document
MAX_REASON = 2000
#: how much of a value a message quotes
_QUOTE = 60


@dataclass(frozen=True)
class Amendment:
    """What one amendment did to an item's descriptive record."""

    id: str
    title: str                #: the item's title after the amendment
    changes: dict[str, tuple[list[str], list[str]]]    #: field -> (values before, values after)
    date: str                 #: the event's date-time (UTC)
    version: int              #: the version of the descriptive record now current (the ingest's is 1)
    previous: str             #: where in the bag the record it replaced is kept
    reason: str
    operator: str
    event: str                #: the PREMIS event's identifier
    restricted: bool          #: whether the item is restricted now
    was_restricted: bool
    bag: Path
    seconds: float = 0.0

    def change_lines(self) -> list[str]:
        """One line per changed field: ``dc.title: 'Old' -> 'New'``."""
        return [f"{name}: {shown(before)} -> {shown(after)}" for name, (before, after) in self.changes.items()]

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "date": self.date, "version": self.version,
                "previous": self.previous, "reason": self.reason, "operator": self.operator,
                "event": self.event, "restricted": self.restricted, "was_restricted": self.was_restricted,
                "changes": {name: {"before": before, "after": after}
                            for name, (before, after) in self.changes.items()},
                "bag": str(self.bag), "seconds": round(self.seconds, 3)}


def shown(values: list[str]) -> str:
    """Values for a message: quoted, long ones cut, "(none)" for none."""
    if not values:
        return "(none)"
    cut = [v if len(v) <= _QUOTE else v[:_QUOTE - 1] + "\u2026" for v in values]
    return "; ".join(repr(v) for v in cut)


# --- reading and checking what is asked -------------------------------------------------

def read_assignments(assignments: Iterable[str] | Mapping[str, Iterable[str]]) -> tuple[dict[str, list[str]], list[str]]:
    """What is asked, as field -> new values ([] removes the field), with every problem found.

    ``FIELD=VALUE`` strings (split at the first "="; a field given twice gets both values,
    in order; ``FIELD=`` or a blank value removes it) or a mapping of field to values.
    Values are trimmed of outer space, as a sheet's cells are.
    """
    pairs: list[tuple[str, str]] = []
    problems: list[str] = []
    if isinstance(assignments, str):
        assignments = [assignments]
    if isinstance(assignments, Mapping):
        for name, values in assignments.items():
            values = [values] if isinstance(values, str) else list(values)
            pairs += [(name, value) for value in values] or [(name, "")]
    else:
        for text in assignments:
            name, equals, value = str(text).partition("=")
            if not equals:
                problems.append(f"{text!r} is not FIELD=VALUE (FIELD= with no value removes the field)")
                continue
            pairs.append((name, value))
    found: dict[str, list[str]] = {}          # in the order first named
    removed: set[str] = set()
    for name, value in pairs:
        name, value = name.strip(), value.strip()
        found.setdefault(name, [])
        if value:
            found[name].append(value)
        else:
            removed.add(name)
    problems += [f"{name} is both removed ({name}=) and given values" for name in found
                 if name in removed and found[name]]
    return found, problems


def assignment_problems(assigned: Mapping[str, list[str]]) -> list[str]:
    """Every field a sheet would not take and every value it would refuse."""
    problems = [f"unknown field {name!r}: use dc.<element> or dcterms.<term>, the Dublin Core fields a "
                "metadata.csv takes" for name in assigned if name == "filename" or column_problem(name)]
    problems += value_problems({name: values for name, values in assigned.items() if values})
    return problems


def reason_problems(reason: str) -> list[str]:
    if not reason:
        return ["a reason is required (--reason TEXT): the provenance records why the record changed"]
    if len(reason) > MAX_REASON:
        return [f"the reason is {len(reason)} characters; at most {MAX_REASON}"]
    return []


def item_problems(item: Item) -> list[str]:
    """Why this item's record cannot be amended, from what its bag says now."""
    problems = []
    if item.purged:
        when = ((item.withdrawal or {}).get("eventDateTime") or "?")[:10]
        problems.append(f"{item.id} was purged on {when}: only its tombstone is left, and a tombstone is "
                        "not amended")
    if not item.trusted:
        problems.append(f"{item.id}: its tag files do not verify against its tag manifests "
                        f"({'; '.join(item.trust_problems)}); run archive verify {item.id} and have an auditor "
                        "look first: a new version would make the changed record look valid")
    return problems


# --- the record's history ---------------------------------------------------------------

def amended_values(current: Mapping[str, list[str]], assigned: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """``current`` with ``assigned`` applied: fields kept in their order, new ones after."""
    result = {name: list(values) for name, values in current.items()}
    for name, values in assigned.items():
        if values:
            result[name] = list(values)
        else:
            result.pop(name, None)
    return result


def differences(before: Mapping[str, list[str]], after: Mapping[str, list[str]]) -> dict[str, tuple[list[str], list[str]]]:
    """Every field whose values differ: field -> (before, after), in the order of ``after`` then removed ones."""
    names = list(after) + [name for name in before if name not in after]
    return {name: (list(before.get(name) or []), list(after.get(name) or [])) for name in names
            if list(before.get(name) or []) != list(after.get(name) or [])}


def restricted_by(values: Mapping[str, list[str]]) -> bool:
    """Whether these values restrict the item: the ingest's own rule, on a row of them."""
    return MetadataRow(Path(), "", 0, dict(values)).restricted


def versions_kept(bag: Path) -> list[int]:
    """The numbers of the earlier descriptive records kept in ``bag``, in order."""
    try:
        names = os.listdir(bag / "metadata")
    except OSError:
        return []
    return sorted(int(m.group(1)) for m in map(_VERSION.match, names) if m)


def amendment_events(provenance: Mapping) -> list[dict]:
    """The item's "metadata modification" events, oldest first."""
    return [one for one in provenance.get("events") or []
            if isinstance(one, dict) and one.get("eventType") == METADATA_MODIFICATION]


# --- writing -----------------------------------------------------------------------------

def _event(when: str, reason: str, changes: dict, version: int, previous: str, source: dict | None,
           agents: list[tuple[Agent, str]]) -> dict:
    detail = {"reason": reason, "changes": {name: {"before": before, "after": after}
                                            for name, (before, after) in changes.items()},
              "version": version, "previous": previous}
    if source:
        detail["source"] = source
    return event(METADATA_MODIFICATION, when,
                 f"descriptive metadata amended ({', '.join(changes)}); the payload unchanged; the earlier "
                 f"record kept as {previous}", "success", detail, agents)


def write_amendment(root: ArchiveRoot, item: Item, assigned: Mapping[str, list[str]], reason: str,
                    operator: Agent, software: Agent, organization: Agent,
                    source: dict | None = None) -> Amendment:
    """Give ``item``'s bag a new version with ``assigned`` applied to its descriptive record.

    The caller holds the ingest lock and has checked what is asked (the functions above);
    ``assigned`` must change something. ``source``: the sheet an ingest applied, if any.
    """
    started = time.monotonic()
    old_bytes = (item.bag / DESCRIPTIVE_TAG).read_bytes()
    record = json.loads(old_bytes.decode("utf-8"))
    after = amended_values(item.metadata, assigned)
    changes = differences(item.metadata, after)
    current = max(versions_kept(item.bag), default=0) + 1
    previous = VERSION_TAG.format(current)
    when = now_utc()
    made = _event(when, reason, changes, current + 1, previous, source,
                  [(operator, "implementer"), (software, "executing program"), (organization, "custodian")])
    restricted = restricted_by(after)
    record.update(metadata=after, restricted=restricted,
                  amended={"version": current + 1, "date": when, "event": made["eventIdentifier"],
                           "previous": previous})
    replace_bag(root, item.bag, {
        DESCRIPTIVE_TAG: dump_json(record),
        previous: old_bytes,
        PROVENANCE_TAG: provenance_with(item.provenance, made, [operator, software, organization]),
    })
    titles = after.get("dc.title") or [item.original_name]
    return Amendment(id=item.id, title=titles[0], changes=changes, date=when, version=current + 1,
                     previous=previous, reason=reason, operator=operator.name, event=made["eventIdentifier"],
                     restricted=restricted, was_restricted=item.restricted, bag=item.bag,
                     seconds=time.monotonic() - started)
