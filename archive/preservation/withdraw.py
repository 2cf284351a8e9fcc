"""Withdrawing an item from access, and purging its payload: a new version of its bag.

Decisions, first:

* **The bag says it.** A withdrawal is a PREMIS "deaccession" event appended to the bag's
  ``metadata/provenance.json``: who (the operator, the software, the custodian), when, and
  in ``eventOutcomeDetail`` the public ``reason`` and whether the payload was ``purged``.
  Every reader takes the item's state from there (:attr:`archive.preservation.catalog.Item.withdrawn`,
  ``purged``): the index, the web, OAI-PMH, ``verify``, ``check``, ``list``; nothing else
  records it, so nothing can disagree with the bag.
* **Withdrawn is not deleted.** A withdrawal keeps the payload: the new version hard-links
  it, byte for byte the same file. A **purge** leaves it out (``keep_payload=False``): the
  payload manifests are empty and Payload-Oxum is ``0.0``, while the tag files stay as the
  tombstone (identifier, original name, every digest, the format, the descriptive record,
  all the events and the reason), so an auditor always sees what was there and why it went.
  Purging a withdrawn item adds a second deaccession event, with its own reason.
* **Never an edit in place, never a mix.** The change is a new version of the bag built
  beside it and exchanged atomically (:func:`archive.preservation.bag_versions.replace_bag`),
  under the archive's ingest lock; a command killed at any moment leaves the old bag or the
  new one, and the next change (or ingest) clears what the kill left in the staging area.
* **Every problem at once, nothing changed.** An unknown id, an empty reason, an item already
  withdrawn (without a purge) or already purged, an article id given for its file, a bag
  whose tag files do not verify (rewriting its tag manifests would make a changed record
  look valid): all are collected into one :class:`archive.errors.WithdrawalRefused`.
* **What was public goes on record.** The search layer passes ``records``, the public
  records (the item's own, and each article of a feed or web archive) that leave the site,
  with their OAI-PMH set and listing key; they are kept in the event, so that deleted-record
  headers and article tombstones survive a purge and every rebuild of the index.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from archive.errors import ItemNotFound, WithdrawalRefused
from archive.preservation.access_events import DEACCESSION, provenance_with
from archive.preservation.bag_versions import replace_bag
from archive.preservation.catalog import PROVENANCE_TAG, Item, get_item
from archive.preservation.ingest import clear_staging, ingest_lock
from archive.preservation.provenance import (Agent, default_operator, event, now_utc, organization_agent,
                                             person_agent, software_agents)
from archive.preservation.root import ArchiveRoot

__all__ = ["Withdrawal", "check_withdrawal", "withdraw_item"]

#: an article's id: its file's bag id, a hyphen and 8 hex digits (archive.description.parts)
_ARTICLE_ID = re.compile(r"^([0-9a-f]{16})-[0-9a-f]{8}$")
#: the longest public reason taken: a line or two for the tombstone, not a document
MAX_REASON = 2000


@dataclass(frozen=True)
class Withdrawal:
    """What one ``withdraw_item`` did."""

    id: str
    title: str
    reason: str
    operator: str
    date: str                 #: the deaccession event's date-time (UTC)
    purged: bool              #: this call removed the payload from the store
    withdrawn_before: str | None   #: when an earlier withdrawal took it out of access (a purge of a withdrawn item)
    payload_bytes: int        #: bytes this call removed from the store
    bag: Path
    seconds: float

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "reason": self.reason, "operator": self.operator,
                "date": self.date, "purged": self.purged,
                "withdrawn_before": self.withdrawn_before, "payload_bytes": self.payload_bytes,
                "bag": str(self.bag), "seconds": round(self.seconds, 3)}


def _clean_reason(reason: str | None) -> str:
    """The reason as one line (it is shown on a public page and in OAI-PMH-facing records)."""
    return " ".join((reason or "").split())


def _find(root: ArchiveRoot, identifier: str, problems: list[str]) -> Item | None:
    """The item to withdraw, or None with the problem named."""
    article = _ARTICLE_ID.match((identifier or "").strip().lower())
    if article:
        problems.append(f"{identifier} is an article of the file {article.group(1)}: a file is withdrawn "
                        f"whole (archive withdraw {article.group(1)})")
        return None
    try:
        return get_item(root, identifier)
    except ItemNotFound as exc:
        problems.append(exc.message)
        return None


def _state_problems(item: Item, purge: bool) -> list[str]:
    """Why this item cannot be withdrawn (or purged) as asked, from what its bag says now."""
    problems = []
    if not item.trusted:
        problems.append(f"{item.id}: its tag files do not verify against its tag manifests "
                        f"({'; '.join(item.trust_problems)}); run archive verify {item.id} and have an auditor "
                        "look first: a new version would make the changed record look valid")
    when = ((item.withdrawal or {}).get("eventDateTime") or "")[:10]
    if item.purged:
        problems.append(f"{item.id} was already purged on {when}: only its tombstone is left")
    elif item.withdrawn and not purge:
        problems.append(f"{item.id} was already withdrawn on {when}; add --purge to remove its payload too")
    return problems


def _deaccession(item: Item, reason: str, purge: bool, records: list[dict] | None,
                 operator: Agent, software: Agent, organization: Agent) -> dict:
    """The PREMIS event of this withdrawal (or purge)."""
    payload_path = item.provenance["object"]["payloadPath"]
    if purge:
        detail_text = (f"withdrawn from access; the payload {payload_path} ({item.size} bytes) removed from "
                       "the store; the bag's tag files kept as its tombstone")
    else:
        detail_text = "withdrawn from access; the bag and its payload kept"
    outcome: dict = {"reason": reason, "purged": purge}
    if purge:
        outcome["payload"] = {"path": payload_path, "size": item.size, "fixity": dict(item.digests)}
    if records:
        outcome["records"] = [dict(record) for record in records]
    return event(DEACCESSION, now_utc(), detail_text, "success", outcome,
                 [(operator, "implementer"), (software, "executing program"), (organization, "custodian")])


def _refusal(identifier: str, problems: list[str]) -> WithdrawalRefused:
    if len(problems) == 1:
        return WithdrawalRefused(problems[0])
    return WithdrawalRefused(f"cannot withdraw {identifier}: {len(problems)} problems", problems)


def _reason_problems(reason: str) -> list[str]:
    if not reason:
        return ["a public reason is required (--reason TEXT): the item's tombstone page shows it"]
    if len(reason) > MAX_REASON:
        return [f"the reason is {len(reason)} characters; at most {MAX_REASON} (it is shown on a page)"]
    return []


def check_withdrawal(root: ArchiveRoot, identifier: str, reason: str, purge: bool = False) -> Item:
    """The item a withdrawal would change, or :class:`WithdrawalRefused` naming every problem.

    Reads only, so that the command can ask to confirm a purge of the right item before
    anything changes; :func:`withdraw_item` checks again under the lock.
    """
    problems = _reason_problems(_clean_reason(reason))
    item = _find(root, identifier, problems)
    if item is not None:
        problems += _state_problems(item, purge)
    if problems:
        raise _refusal(identifier, problems)
    assert item is not None
    return item


def withdraw_item(root: ArchiveRoot, identifier: str, reason: str, operator: str | None = None,
                  purge: bool = False, records: list[dict] | None = None) -> Withdrawal:
    """Withdraw the item ``identifier`` from access (and with ``purge`` remove its payload).

    ``reason`` is public: the tombstone page shows it. ``records``: the public records
    leaving with it (see the module docs), kept in the event. Raises
    :class:`WithdrawalRefused` naming every problem, having changed nothing. The index is the
    search layer's to follow (:func:`archive.search.withdrawing.withdraw_and_index`).
    """
    started = time.monotonic()
    reason = _clean_reason(reason)
    who = person_agent(operator or default_operator())
    with ingest_lock(root):
        clear_staging(root)                 # a change killed earlier: its old bag back, its leftovers gone
        item = check_withdrawal(root, identifier, reason, purge)     # again, under the lock
        before = item.withdrawal
        software = software_agents()["archive"]
        organization = organization_agent(root.config.source_organization)
        record = _deaccession(item, reason, purge, records, who, software, organization)
        provenance = provenance_with(item.provenance, record, [who, software, organization])
        replace_bag(root, item.bag, {PROVENANCE_TAG: provenance}, keep_payload=not purge)
    return Withdrawal(id=item.id, title=item.title, reason=reason, operator=who.name,
                      date=record["eventDateTime"], purged=purge,
                      withdrawn_before=(before or {}).get("eventDateTime"),
                      payload_bytes=item.size if purge else 0, bag=item.bag,
                      seconds=time.monotonic() - started)
