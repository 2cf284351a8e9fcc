"""The person authority: an archivist's corrections to who is who, kept for good.

:func:`archive.description.name_keys.name_key` folds transliteration variants only, on purpose:
plain misspellings (Taykina for Taukina, Mukhtabar for Mukhtar) keep their own
keys, and two different people who share a surname share a key. People fix
both by hand, and those corrections are recorded here.

The record
----------
Corrections live in the archive root as ``persons-authority.jsonl``, beside
``bags/`` and ``audit-log.jsonl``. It is an append-only, human-readable log:
one JSON object per line, written with one ``O_APPEND`` write and fsynced at
once (corrections are few and precious)::

    {"eventIdentifier": "urn:uuid:...", "eventDateTime": "2026-...Z",
     "action": "alias", "from": "Taykina", "to": "Taukina",
     "fromKey": "taikina", "toKey": "taukina", "operator": "...", "note": "..."}

The log is never rewritten or truncated; a later line overrides an earlier one
about the same key. It is not part of the index (which is derived and
disposable): every reindex reads it again, so corrections survive every
reindex. It is as precious as the bags and the audit log and must be included
in every backup of the archive root. Keys are recomputed from the recorded
*spellings* when the log is read (the ``...Key`` fields are informative), so
the corrections still mean the same people if the folding rules change.

Rules
-----
``alias A B`` — A is the same person as B: ``name_key(A)`` maps to
``name_key(B)``.

* A full-name alias (A has several words, e.g. "Mukhtabar Abliyazov" ->
  "Mukhtar Ablyazov") maps exactly that full-name key.
* A one-word alias (a surname, e.g. "Taykina" -> "Taukina") maps that key and,
  when B is one word too, the surname (last word) of every full-name key, so
  "Rozlana Taykina" also becomes "Rozlana Taukina". A one-word alias does not
  touch given names.
* Chains resolve transitively (A -> B, B -> C gives A -> C); an alias that
  would close a cycle is refused. ``alias A A`` withdraws an earlier alias of A.

``split A [B ...]`` — the listed spellings are a person of their own, although
their keys fold together with someone else (an automatic merge undone). The
spellings are matched exactly (case and spacing aside) against the surface
forms found in each article; those mentions get the *split key*
``name_key(A) + "#" + spelling`` (A's spelling lower-cased), and only that key
is indexed for them (not the surname key), so surname searches of the other
person no longer find them. Limits: a split works on spellings, not on
articles (every mention spelt so, anywhere, moves); the split person is found
by its split key (``archive persons`` shows it, and :meth:`Authority.key_for`
gives it for a typed spelling); an alias to or from a split key is not offered.

Corrections take effect in the index at the next reindex; the ``persons``
commands reindex at once after recording one.

This module keeps the records and reads nothing of the index: listing the
people of the index, corrections applied, is the search layer's
(:func:`archive.search.people.list_people`), because the index is built from
this module and must not be imported by it.
"""

from __future__ import annotations

import fcntl
from collections import Counter
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from archive.errors import ArchiveError, StoreUnwritable, UsageError
from archive.jsonlines import append_event, open_log
from archive.description.name_keys import name_key
from archive.preservation.provenance import default_operator, now_utc
from archive.preservation.root import ArchiveRoot

__all__ = [
    "AUTHORITY_NAME",
    "Authority",
    "alias",
    "authority_path",
    "load_authority",
    "read_corrections",
    "resolve",
    "split",
]

AUTHORITY_NAME = "persons-authority.jsonl"
SPLIT_MARK = "#"


def authority_path(root: ArchiveRoot) -> Path:
    return root.path / AUTHORITY_NAME


def _spelling(text: str) -> str:
    """How spellings are compared: case-folded, spacing collapsed."""
    return " ".join(str(text).split()).casefold()


def _key_of(text: str) -> str:
    key = name_key(str(text))
    if not key:
        raise UsageError(f"{text!r} has no letters to make a name key of")
    return key


@dataclass
class Authority:
    """The corrections in force: alias keys and split spellings."""

    aliases: dict[str, str] = field(default_factory=dict)     # from key -> to key
    splits: dict[str, str] = field(default_factory=dict)      # spelling -> split key
    preferred: dict[str, str] = field(default_factory=dict)   # key -> the full name an alias gave

    @property
    def empty(self) -> bool:
        return not self.aliases and not self.splits

    def _chase(self, key: str) -> str:
        seen = {key}
        while key in self.aliases:
            key = self.aliases[key]
            if key in seen:          # cannot happen through alias(); a hand-edited log might
                break
            seen.add(key)
        return key

    def resolve(self, key: str) -> str:
        """The canonical key of ``key`` (itself when no correction applies)."""
        if not key or SPLIT_MARK in key:
            return key
        key = self._chase(key)
        tokens = key.split()
        if len(tokens) > 1:
            surname = self._chase(tokens[-1])
            if surname != tokens[-1] and len(surname.split()) == 1:
                key = self._chase(" ".join(tokens[:-1] + [surname]))
        return key

    def display_name(self, key: str, names: Counter) -> str:
        """The one name a person is shown by, everywhere (facets, people pages, the CLI, JSON).

        The full name an archivist gave as an alias's target, if any; else the
        full form (two words or more) seen in the most articles (``names``: name
        -> articles), preferring names no alias corrects away; ties to the
        longer, then the first in alphabetical order, so that the same articles
        always give the same name.
        """
        given = self.preferred.get(key)
        if given:
            return given
        if not names:
            return key
        return max(names, key=lambda n: (self.resolve(name_key(n)) == name_key(n), len(n.split()) > 1,
                                         names[n], len(n.split()), [-ord(c) for c in n]))

    def key_for(self, surface: str, key: str | None = None) -> str:
        """The key of one mention spelt ``surface`` (its folded key is ``key``)."""
        split_key = self.splits.get(_spelling(surface))
        if split_key:
            return split_key
        return self.resolve(key if key is not None else name_key(surface))

    def apply(self, people: list[dict]) -> list[dict]:
        """One article's people ({name, key, forms}) with the corrections applied.

        Split spellings leave their person for a person of their own; keys are
        resolved; people that end up with one key are merged.
        """
        if self.empty:
            return people
        merged: dict[str, dict] = {}
        for person in people:
            base = self.resolve(person.get("key") or "")
            forms = person.get("forms") or {}
            groups: dict[str, dict[str, int]] = {}
            for surface, count in forms.items():
                split_key = self.splits.get(_spelling(surface))
                groups.setdefault(split_key or base, {})[surface] = count
            if not groups:
                groups[base] = {}
            for key, group_forms in groups.items():
                name = person.get("name") or ""
                if group_forms and name not in group_forms:
                    name = max(group_forms, key=lambda s: (len(s.split()), group_forms[s], s))
                target = merged.get(key)
                if target is None:
                    merged[key] = {"name": name, "key": key, "forms": dict(group_forms)}
                else:
                    for surface, count in group_forms.items():
                        target["forms"][surface] = target["forms"].get(surface, 0) + count
                    if len(name.split()) > len(target["name"].split()):
                        target["name"] = name
        return list(merged.values())


def read_corrections(root: ArchiveRoot) -> list[dict]:
    """The logged corrections in order; a line cut short by a crash is skipped."""
    try:
        handle = open(authority_path(root), encoding="utf-8")
    except FileNotFoundError:
        return []
    events = []
    with handle:
        for line in handle:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if isinstance(event, dict) and event.get("action") in ("alias", "split", "undo"):
                events.append(event)
    return events


def _build(events: list[dict]) -> Authority:
    """The corrections in force: every alias and split in order, but those an undo took back
    (an undo names the correction by its number, counting every logged event from 1)."""
    authority = Authority()
    undone = {event.get("undo") for event in events if event.get("action") == "undo"}
    for number, event in enumerate(events, start=1):
        if number in undone or event.get("action") == "undo":
            continue
        try:
            if event["action"] == "alias":
                source, target = _key_of(event["from"]), _key_of(event["to"])
                if source == target:
                    authority.aliases.pop(source, None)
                else:
                    authority.aliases[source] = target
                if len(str(event["to"]).split()) > 1:    # a full name: how this person is shown
                    full = " ".join(str(event["to"]).split())
                    authority.preferred[target] = authority.preferred[target.split()[-1]] = full
            else:
                spellings = event["from"]
                if isinstance(spellings, str):
                    spellings = [spellings]
                key = _split_key(spellings[0])
                for spelling in spellings:
                    authority.splits[_spelling(spelling)] = key
        except (KeyError, IndexError, TypeError, ArchiveError):
            continue   # a hand-edited line we cannot read must not stop indexing
    return authority


def load_authority(root: ArchiveRoot) -> Authority:
    """The corrections in force in this archive root (empty when there are none)."""
    return _build(read_corrections(root))


def resolve(root: ArchiveRoot, key: str) -> str:
    """The canonical person key of ``key``: identity when no correction applies."""
    return load_authority(root).resolve(key)


def _split_key(spelling: str) -> str:
    return f"{_key_of(spelling)}{SPLIT_MARK}{_spelling(spelling)}"


# --- recording ------------------------------------------------------------------------


def _event(action: str, source, target, operator: str | None, note: str | None, **extra) -> dict:
    return {"eventIdentifier": f"urn:uuid:{uuid.uuid4()}", "eventDateTime": now_utc(),
            "action": action, "from": source, "to": target, **extra,
            "operator": operator or default_operator(), "note": note or ""}


def _record(root: ArchiveRoot, check) -> dict:
    """Append the event ``check(authority)`` returns, under a lock: one write, then fsync."""
    path = authority_path(root)
    created = not path.exists()
    try:
        fd = open_log(path)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)      # check and append as one step between writers
            event = check(load_authority(root))
            append_event(fd, event)
            os.fsync(fd)
        finally:
            os.close(fd)
        if created:
            dir_fd = os.open(root.path, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise StoreUnwritable(f"cannot record the correction in {path}: {exc.strerror or exc}; "
                              "nothing was recorded (the file keeps whole lines only)") from exc
    return event


def corrections(root: ArchiveRoot) -> list[dict]:
    """Every logged correction, numbered from 1 (as ``persons undo`` takes them), with ``undone``."""
    events = read_corrections(root)
    undone = {event.get("undo") for event in events if event.get("action") == "undo"}
    return [{"number": number, "undone": number in undone, **event} for number, event in enumerate(events, 1)]


def undo(root: ArchiveRoot, number: int, *, note: str | None = None, operator: str | None = None) -> dict:
    """Record that correction ``number`` no longer holds (itself a logged event; nothing is erased)."""

    def check(_: Authority) -> dict:
        found = {entry["number"]: entry for entry in corrections(root)}
        entry = found.get(number)
        if entry is None:
            raise UsageError(f"there is no correction {number} (there are {len(found)}: see archive persons corrections)")
        if entry["action"] == "undo":
            raise UsageError(f"correction {number} is itself an undo; record the correction again instead")
        if entry["undone"]:
            raise UsageError(f"correction {number} is already undone")
        return _event("undo", entry.get("from"), entry.get("to"), operator, note, undo=number)
    return _record(root, check)


def alias(root: ArchiveRoot, source: str, target: str, *, note: str | None = None,
          operator: str | None = None) -> dict:
    """Record that ``source`` (a spelling) is the same person as ``target``; the event logged."""
    source_key, target_key = _key_of(source), _key_of(target)

    def check(authority: Authority) -> dict:
        if source_key == target_key and source_key not in authority.aliases:
            raise UsageError(f"{source!r} and {target!r} already have the same key "
                               f"({source_key}); nothing to correct")
        if source_key != target_key:
            trial = Authority(dict(authority.aliases), authority.splits)
            trial.aliases[source_key] = target_key
            key, seen = target_key, [source_key, target_key]
            while key in trial.aliases:
                key = trial.aliases[key]
                seen.append(key)
                if key == source_key:
                    raise UsageError(f"refused: aliasing {source!r} to {target!r} would make a "
                                       f"cycle ({' -> '.join(seen)})")
        return _event("alias", source, target, operator, note,
                      fromKey=source_key, toKey=target_key)
    return _record(root, check)


def split(root: ArchiveRoot, spellings: list[str], *, note: str | None = None,
          operator: str | None = None) -> dict:
    """Record that these spellings are a person of their own; the event logged."""
    spellings = [" ".join(s.split()) for s in spellings if s and s.strip()]
    if not spellings:
        raise UsageError("split needs at least one spelling")
    key = _split_key(spellings[0])

    def check(authority: Authority) -> dict:
        return _event("split", spellings, key, operator, note)
    return _record(root, check)
