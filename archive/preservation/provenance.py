"""PREMIS-style provenance records kept inside every bag.

PREMIS (the Library of Congress preservation metadata standard) describes an
object, the events that happened to it and the agents (people and software)
responsible. We keep its vocabulary (eventType ``ingestion``, ``format
identification``, ``message digest calculation``; agentType ``person``,
``software``, ``organization``) in a JSON tag file, ``metadata/provenance.json``,
so an auditor can read it in any text editor decades from now.
"""

from __future__ import annotations

import getpass
import hashlib
import importlib.metadata
import platform
import socket
import ssl
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from archive import __version__
from archive.preservation.identify import libmagic_version

PROVENANCE_FORMAT = "archive-provenance/1"


def now_utc() -> str:
    """The current time as ISO 8601 UTC with milliseconds, e.g. 2026-11-25T13:04:05.123Z."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def new_run_id(prefix: str) -> str:
    """A run's identifier: what, when (UTC, to the second), and a few random digits."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    return f"{prefix}-{stamp}-{uuid.uuid4().hex[:6]}"


def default_operator() -> str:
    """Who runs the ingest when no one says: the login name at this host."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return f"{user}@{socket.gethostname()}"


@dataclass(frozen=True)
class Agent:
    identifier: str
    name: str
    type: str            # person | software | organization
    version: str = ""

    def as_dict(self) -> dict:
        record = {"agentIdentifier": self.identifier, "agentName": self.name, "agentType": self.type}
        if self.version:
            record["agentVersion"] = self.version
        return record


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def software_agents() -> dict[str, Agent]:
    """The programs that act on every item, with their exact versions."""
    python = platform.python_version()
    return {
        "archive": Agent("software:archive", "archive", "software", __version__),
        "libmagic": Agent("software:python-magic", "python-magic with libmagic", "software",
                          f"python-magic {_package_version('python-magic')}; libmagic {libmagic_version()}"),
        "chardet": Agent("software:chardet", "chardet, the engine of archive's encoding detector", "software",
                         f"chardet {_package_version('chardet')}"),
        "hashlib": Agent("software:hashlib", "Python hashlib", "software",
                         f"Python {python}; {ssl.OPENSSL_VERSION}"),
    }


def person_agent(operator: str) -> Agent:
    return Agent(f"person:{operator}", operator, "person")


def organization_agent(name: str) -> Agent:
    return Agent(f"organization:{name}", name, "organization")


def event(event_type: str, when: str, detail: str, outcome: str, outcome_detail: dict | str,
          agents: list[tuple[Agent, str]]) -> dict:
    """One PREMIS event; ``agents`` pairs each agent with its role in the event."""
    return {
        "eventIdentifier": f"urn:uuid:{uuid.uuid4()}",
        "eventType": event_type,
        "eventDateTime": when,
        "eventDetail": detail,
        "eventOutcome": outcome,
        "eventOutcomeDetail": outcome_detail,
        "linkingAgents": [{"agentIdentifier": a.identifier, "role": role} for a, role in agents],
    }


def digests_of(data: bytes, algorithms: tuple[str, ...]) -> dict[str, str]:
    return {algorithm: hashlib.new(algorithm, data).hexdigest() for algorithm in algorithms}


def identification_event(when: str, record: dict, clean: bool, software: dict[str, Agent]) -> dict:
    """The PREMIS "format identification" event: libmagic's name, our kind and the encoding.

    Its outcome is a warning when the file was not accepted or was kept with
    something to say (an encoding that could not be established).
    """
    return event("format identification", when, "MIME type and description by libmagic; kind by "
                 "archive's reading of the markup; character encoding by archive's detector, "
                 "chardet its engine", "success" if clean else "warning", record,
                 [(software[name], "executing program") for name in ("libmagic", "archive", "chardet")])
