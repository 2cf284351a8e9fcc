"""What a new bag records: its bag-info, its descriptive record and its PREMIS provenance.

Kept apart from the ingest run (:mod:`archive.preservation.ingest`), which decides *whether* a
file becomes a bag, so that the records a bag starts with are stated in one place; the
changes made to them later (amendments, withdrawals) are new versions of these same files
(:mod:`archive.preservation.bag_versions`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from archive import __version__
from archive.preservation.bag_profile import PROFILE_ID, SOFTWARE_PREFIX
from archive.preservation.bagwriter import BagContents
from archive.preservation.catalog import DESCRIPTIVE_TAG, PROVENANCE_TAG
from archive.preservation.identify import Identification
from archive.preservation.metadata import MetadataRow
from archive.preservation.provenance import PROVENANCE_FORMAT, Agent, event, identification_event, now_utc
from archive.preservation.root import ArchiveRoot
from archive.preservation.safenames import safe_name
from archive.preservation.sources import Candidate, display, name_record
from archive.preservation.transfer_records import transfer_events

__all__ = ["IngestRun", "bag_contents"]


@dataclass(frozen=True)
class IngestRun:
    """What stays the same for every file of one run (sent once to each worker)."""

    root: ArchiveRoot
    run_id: str
    operator: Agent
    organization: Agent
    software: dict[str, Agent]
    accept_any: bool
    #: apply a differing metadata row to bytes already archived as an amendment (ingest --amend)
    amend: bool = False
    #: take in again bytes whose bag was purged (ingest --readmit)
    readmit: bool = False
    #: validates another repository's bag whole before it is taken in (a module-level function,
    #: since the run goes to worker processes); None: bagit-python (:mod:`archive.preservation.transfer`)
    check_bag: Callable | None = None



def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def bag_contents(run: IngestRun, candidate: Candidate, row: MetadataRow | None, data: bytes,
                  info: os.stat_result, item_id: str, digests: dict[str, str],
                  ident: Identification, identified_at: str, digested_at: str,
                  title: str) -> BagContents:
    payload_name = safe_name(display(candidate.path.name))
    config = run.root.config
    software = run.software
    ingested_at = now_utc()
    format_record = {**ident.as_dict(), "accepted": ident.kind is not None}
    events = [
        event("message digest calculation", digested_at,
              f"digests of the original bytes: {', '.join(digests)}", "success", digests,
              [(software["hashlib"], "executing program")]),
        identification_event(identified_at, format_record, ident.kind is not None and not ident.warnings, software),
        event("ingestion", ingested_at,
              f"received {candidate.shown}; preserved unchanged as data/{payload_name} "
              f"in bag {item_id}", "success",
              {"run": run.run_id, "size": len(data), "metadata": "asserted" if row else "none"},
              [(run.operator, "implementer"), (software["archive"], "executing program"),
               (run.organization, "custodian")]),
    ]
    agents = [run.operator, run.organization, *software.values()]
    names = name_record(candidate.path)
    transfer = {}
    if candidate.transfer is not None:   # a payload file of another repository's bag
        (received, compared), sender = transfer_events(candidate.transfer, data, digests, digested_at,
                                                       run.operator, software)
        events = [received, events[0], compared, *events[1:]]   # received, digested, compared, ...
        agents += [sender] if sender.identifier not in {a.identifier for a in agents} else []
        names["originalPath"] = candidate.shown
        transfer = {"transfer": candidate.transfer.record()}
    provenance = {
        "format": PROVENANCE_FORMAT,
        "object": {"objectIdentifier": item_id, **names,
                   "relativePath": display(candidate.relative), "size": len(data),
                   "modified": _iso(info.st_mtime), "payloadPath": f"data/{payload_name}",
                   "fixity": digests, "format": format_record, **transfer},
        "events": events,
        "agents": [a.as_dict() for a in agents],
    }
    descriptive = row.as_dict() if row else {"source": None, "metadata": {}, "restricted": False}
    bag_info = [
        ("Source-Organization", config.source_organization),
        ("Organization-Address", config.organization_address),
        ("Contact-Name", config.contact_name),
        ("Contact-Phone", config.contact_phone),
        ("Contact-Email", config.contact_email),
        ("External-Identifier", item_id),
        ("External-Description", title),
        ("Internal-Sender-Identifier", display(candidate.relative)),
        ("Bagging-Date", ingested_at[:10]),
        ("Bag-Group-Identifier", run.run_id),
        ("Bag-Software-Agent", f"{SOFTWARE_PREFIX}{__version__}"),
        ("BagIt-Profile-Identifier", PROFILE_ID),
    ]

    def dump(obj: dict) -> bytes:
        return (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    return BagContents(payload_name, data, digests, bag_info,
                       {DESCRIPTIVE_TAG: dump(descriptive), PROVENANCE_TAG: dump(provenance)})
