"""``archive amend``: correct the archivist's descriptive metadata of an item, keeping its history.

Decisions, first:

* **The record changes, the bytes never.** An amendment replaces the values of the Dublin
  Core fields a ``metadata.csv`` takes (``dcterms.accessRights`` included: restricting an item
  is an amendment), in a new version of the bag whose payload is the same file; what the
  new version holds is :mod:`archive.preservation.descriptive_versions`'s (the earlier
  records kept as ``metadata/descriptive-vN.json``, a PREMIS "metadata modification" event).
* **Every problem at once, nothing changed.** A request that is not ``FIELD=VALUE``, an unknown
  field, a value a sheet would be refused for (a date we cannot read, an access right we do
  not know), an empty reason, an unknown id, an article's id given for its file, a purged
  item, a bag whose tag files do not verify, and a request that would change nothing: all are
  collected and raised together, as :class:`archive.errors.AmendmentRefused` (or, when the id
  is unknown, :class:`archive.errors.ItemNotFound`, with the other problems in its details).
* **Checked under the lock, on the bag as it is then**, after what a killed change left in the
  staging area is cleared (so that running a command again always finishes an interrupted
  one). A request wrong in itself (its fields, values or reason) is refused at once, without
  waiting for the lock while an ingest runs, with every problem named, the item's included.
* **The index is the search layer's to follow** (:func:`archive.search.amending.amend_and_index`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from archive.errors import AmendmentRefused, ItemNotFound
from archive.preservation.catalog import Item, get_item
from archive.preservation.descriptive_versions import (Amendment, amended_values, assignment_problems, differences,
                                                       item_problems, read_assignments, reason_problems, shown,
                                                       write_amendment)
from archive.preservation.ingest import clear_staging, ingest_lock
from archive.preservation.provenance import default_operator, organization_agent, person_agent, software_agents
from archive.preservation.root import ArchiveRoot

__all__ = ["Amendment", "amend_item", "check_amendment"]

#: an article's id: its file's bag id, a hyphen and 8 hex digits (archive.description.parts)
_ARTICLE_ID = re.compile(r"^([0-9a-f]{16})-[0-9a-f]{8}$")

Assignments = Iterable[str] | Mapping[str, Iterable[str]]


def _clean_reason(reason: str | None) -> str:
    """The reason as one line, as the provenance keeps it."""
    return " ".join((reason or "").split())


def _find(root: ArchiveRoot, identifier: str, problems: list[str]) -> tuple[Item | None, bool]:
    """The item to amend, or None with the problem named; and whether the id is unknown."""
    article = _ARTICLE_ID.match((identifier or "").strip().lower())
    if article:
        problems.append(f"{identifier} is an article of the file {article.group(1)}: its metadata is the file's "
                        f"(archive amend {article.group(1)} ...)")
        return None, False
    try:
        return get_item(root, identifier), False
    except ItemNotFound as exc:
        problems.append(exc.message)
        return None, True


def _no_change(item: Item, assigned: dict[str, list[str]]) -> list[str]:
    if differences(item.metadata, amended_values(item.metadata, assigned)):
        return []
    now = ", ".join(f"{name} {shown(item.metadata.get(name) or [])}" for name in assigned)
    return [f"nothing would change: {item.id} already has {now}"]


def _request_problems(assignments: Assignments, reason: str) -> tuple[dict[str, list[str]], list[str]]:
    """What is asked, and every problem of the request in itself (no bag read)."""
    assigned, problems = read_assignments(assignments)
    if not assigned and not problems:
        problems.append("no FIELD=VALUE given: say what to change (FIELD= removes a field)")
    return assigned, problems + assignment_problems(assigned) + reason_problems(_clean_reason(reason))


def check_amendment(root: ArchiveRoot, identifier: str, assignments: Assignments,
                    reason: str) -> tuple[Item, dict[str, list[str]]]:
    """The item and the fields an amendment would set, or a refusal naming every problem. Reads only."""
    assigned, problems = _request_problems(assignments, reason)
    item, unknown = _find(root, identifier, problems)
    if item is not None:
        found = item_problems(item)
        problems += found
        if assigned and not found:
            problems += _no_change(item, assigned)
    if problems:
        kind = ItemNotFound if unknown else AmendmentRefused
        if len(problems) == 1:
            raise kind(problems[0])
        raise kind(f"cannot amend {identifier}: {len(problems)} problems", problems)
    assert item is not None
    return item, assigned


def amend_item(root: ArchiveRoot, identifier: str, assignments: Assignments, reason: str,
               operator: str | None = None) -> Amendment:
    """Amend the descriptive record of item ``identifier`` (see the module docs); what was done.

    ``assignments``: ``FIELD=VALUE`` strings, or a mapping of field to values (``FIELD=`` or no
    values removes the field). ``operator``: who amends it (default: login@host).
    """
    reason = _clean_reason(reason)
    if _request_problems(assignments, reason)[1]:
        check_amendment(root, identifier, assignments, reason)   # refused at once, every problem named
    who = person_agent(operator or default_operator())
    with ingest_lock(root):
        clear_staging(root)            # a change killed earlier: its old bag back, its leftovers gone
        item, assigned = check_amendment(root, identifier, assignments, reason)    # the bag as it is now
        return write_amendment(root, item, assigned, reason, who, software_agents()["archive"],
                               organization_agent(root.config.source_organization))
