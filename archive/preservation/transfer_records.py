"""What an item taken in from another repository's bag keeps of that bag.

When ``archive ingest`` is handed a BagIt bag (:mod:`archive.preservation.transfer`), each
payload file becomes an item of its own, and each item's provenance keeps what the sender
said: the sender's whole ``bag-info.txt`` (Source-Organization, External-Identifier,
Bagging-Date and the rest, in order, repeats kept), the digests the sender's manifests list
for that file, how the bag came (a folder, a zip, a tar) and what validated it.

Decisions, first:

* **PREMIS eventType "transfer"** for the receipt. PREMIS's "transfer" is custody passing
  from one party to another, which is what happened; "replication" is a repository copying
  its own holdings (a backup, a second site), and "ingestion" is already recorded for the
  making of our bag. Its outcome detail names the sender's bag, its serialization, the
  validator and the sender's bag-info; the sender organization is a linked agent with the
  role "transmitter". A second event, **"fixity check"**, records our digests of the bytes
  compared with the sender's manifest, algorithm by algorithm.
* **Compared, not trusted.** The bag was validated whole before any of it was taken; each
  file is compared again, as read, against the sender's digests (:meth:`SenderFile.mismatch`),
  every algorithm the sender used, ours or not: a file that changed after the validation
  is refused by name rather than archived under a fixity it does not have.
* **bagit-python reads the sender's records**, once the bag is valid: it is the reference
  reading of ``bag-info.txt`` and of manifest paths (percent-encoding, normalization).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import bagit

from archive.preservation.provenance import Agent, event, organization_agent

__all__ = ["SenderBag", "SenderFile", "read_sender", "transfer_events"]


@dataclass(frozen=True)
class SenderBag:
    """A valid bag from another repository, as its tag files describe it."""

    name: str                     # the bag's folder name
    received: str                 # where it came from, as shown (the folder or the serialized file)
    serialization: str            # "directory", "zip", "tar" or "tar.gz"
    version: str                  # its BagIt-Version
    bag_info: tuple[tuple[str, str], ...]
    validator: str                # what validated it whole, before anything of it was taken

    def first(self, label: str) -> str:
        return next((value for key, value in self.bag_info if key.lower() == label.lower()), "")

    @property
    def organization(self) -> str:
        """Who sent it: its Source-Organization, else a plain description."""
        return self.first("Source-Organization") or "an unnamed sender"

    def record(self) -> dict:
        return {"bag": self.name, "received": self.received, "serialization": self.serialization,
                "bagitVersion": self.version, "validator": self.validator,
                "bagInfo": [[label, value] for label, value in self.bag_info]}


@dataclass(frozen=True)
class SenderFile:
    """One payload file of a sender's bag: where it is in the bag and the sender's digests of it."""

    bag: SenderBag
    path: str                     # its path in the bag, "data/..."
    digests: dict[str, str]       # algorithm -> the sender's digest (lower case)

    def mismatch(self, data: bytes, ours: dict[str, str]) -> str | None:
        """Why the bytes read are not the file the sender listed, or None when every digest agrees."""
        for algorithm, expected in sorted(self.digests.items()):
            found = ours.get(algorithm) or hashlib.new(algorithm, data).hexdigest()
            if found != expected:
                return (f"its {algorithm} is not the one the sender's manifest lists ({expected}): it "
                        f"changed after the bag was validated; the rest of the transfer is unaffected")
        return None

    def record(self) -> dict:
        """What the item's provenance keeps of the sender (its ``object``.``transfer``)."""
        return {**self.bag.record(), "path": self.path, "senderDigests": dict(sorted(self.digests.items()))}


def read_sender(folder: str, received: str, serialization: str, validator: str) -> tuple[SenderBag, dict[str, dict[str, str]]]:
    """The sender's bag and its payload manifests ({path: {algorithm: digest}}), read by bagit-python.

    Called on a bag already validated; a bagit-python error here is still reported by the caller.
    """
    bag = bagit.Bag(folder)
    pairs: list[tuple[str, str]] = []
    for label, value in bag.info.items():
        for one in value if isinstance(value, list) else [value]:
            pairs.append((str(label), str(one)))
    entries = {path.replace("\\", "/"): {alg: digest.lower() for alg, digest in digests.items()}
               for path, digests in bag.payload_entries().items()}
    name = bag.path.rstrip("/").rsplit("/", 1)[-1]
    version = ".".join(str(n) for n in bag.version_info)
    return SenderBag(name, received, serialization, version, tuple(pairs), validator), entries


def sender_agent(sender: SenderBag) -> Agent:
    return organization_agent(sender.organization)


def transfer_events(sender_file: SenderFile, data: bytes, ours: dict[str, str], when: str,
                    operator: Agent, software: dict[str, Agent]) -> tuple[list[dict], Agent]:
    """The PREMIS "transfer" and "fixity check" events of one item, and the sender as an agent.

    Only called for bytes :meth:`SenderFile.mismatch` found equal to the sender's listing."""
    sender = sender_file.bag
    source = sender_agent(sender)
    how = "a folder" if sender.serialization == "directory" else f"a {sender.serialization} file"
    received = event(
        "transfer", when,
        f"received from {sender.organization} as {sender_file.path} of bag "
        f"{sender.name!r} ({how}, {sender.received}); the bag was validated whole by {sender.validator} "
        f"before any of it was taken", "success",
        {"bag": sender.name, "serialization": sender.serialization, "validator": sender.validator,
         "bagInfo": [[label, value] for label, value in sender.bag_info]},
        [(source, "transmitter"), (operator, "implementer"), (software["archive"], "executing program")])
    compared = sorted(sender_file.digests)
    checked = event(
        "fixity check", when,
        f"our digests of the bytes compared with the sender's manifest ({', '.join(compared)})", "success",
        {"sender": dict(sorted(sender_file.digests.items())),
         "ours": {alg: ours.get(alg) or hashlib.new(alg, data).hexdigest() for alg in compared}},
        [(software["hashlib"], "executing program"), (software["archive"], "executing program")])
    return [received, checked], source
