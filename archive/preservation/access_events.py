"""The PREMIS events that change an item's access, and how one is added to a bag's provenance.

A "deaccession" event withdraws an item (:mod:`archive.preservation.withdraw`); a later
"readmission" event (``archive ingest --readmit``, :mod:`archive.preservation.readmission`)
puts it back. :attr:`archive.preservation.catalog.Item.withdrawal` reads the last word of
the two. Both modules write the provenance record the same way, through
:func:`provenance_with`: a copy of the record with the event appended and its agents listed,
serialised as the bag writer serialises every JSON tag file. Kept apart from both so that
neither imports the other (a withdrawal holds the ingest lock; a readmission runs inside an
ingest, which already holds it).
"""

from __future__ import annotations

import json

from archive.preservation.provenance import Agent

__all__ = ["DEACCESSION", "READMISSION", "dump_json", "provenance_with"]

DEACCESSION = "deaccession"
READMISSION = "readmission"


def dump_json(record: dict) -> bytes:
    """A JSON tag file as the bag writer writes them (UTF-8, indented, a final newline)."""
    return (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def provenance_with(provenance: dict, event: dict, agents: list[Agent]) -> bytes:
    """``provenance`` (left unchanged) with ``event`` appended and every agent it links listed once."""
    record = json.loads(json.dumps(provenance))
    record.setdefault("events", []).append(event)
    listed = record.setdefault("agents", [])
    known = {agent.get("agentIdentifier") for agent in listed}
    for agent in agents:
        if agent.identifier not in known:
            listed.append(agent.as_dict())
            known.add(agent.identifier)
    return dump_json(record)
