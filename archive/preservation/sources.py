"""Finding the files of an ingest run, lazily, each with its asserted metadata.

The paths given are walked one folder at a time (never listed whole up front,
so memory does not grow with the size of the batch). A folder's
``metadata.csv`` is read when the walk enters the folder, before its files, and
applies to files below it by their path relative to it; a batch sheet
(``--metadata``) applies by the path relative to the folder being ingested and
wins. Rows that matched no file are reported at the end, but only when the file
they name does not exist: ingesting one file of a folder is no reason to
complain about its neighbours.

A folder holding ``bagit.txt`` is another repository's bag, and a ``.zip``/``.tar``/``.tar.gz``
may hold one: the walk does not enter such a folder but hands it, like such a file, to the
run's bag reader (:class:`archive.preservation.transfer.Transfers`), which takes it as a
transfer, each payload file an item. A file that holds no bag is an ordinary file, as before.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Protocol

from archive.preservation.metadata import METADATA_NAME, MetadataRow, MetadataSheet, path_key, read_sheet
from archive.preservation.outcomes import REFUSED, SKIPPED, Outcome
from archive.preservation.transfer_records import SenderFile

_SYSTEM_FILES = {"thumbs.db", "desktop.ini", "ehthumbs.db"}

#: what a source yields: an outcome settled without reading the file, or a file
#: to ingest with its metadata row, the reason its metadata cannot be trusted, or None
Found = Outcome | tuple["Candidate", MetadataRow | str | None]


@dataclass(frozen=True)
class Candidate:
    """A file to ingest: where it is and its path within the batch it was found in."""

    path: Path
    relative: str
    base: Path
    #: how its outcome names it, when not by ``path`` (a file unpacked from a serialized bag)
    shown_as: str = ""
    #: the sender's bag and digests, for a payload file of another repository's bag
    transfer: SenderFile | None = None

    @property
    def shown(self) -> str:
        return self.shown_as or display(self.path)


class BagReader(Protocol):
    """What reads other repositories' bags for a walk (:class:`archive.preservation.transfer.Transfers`)."""

    def holds_bag(self, path: Path) -> bool: ...
    def read(self, path: Path) -> Iterator[Found]: ...
    def settled(self, outcome: Outcome) -> None: ...
    def close(self) -> None: ...


def display(path: Path | str) -> str:
    """A path as text that can always be printed and stored (undecodable bytes shown as U+FFFD)."""
    return os.fsencode(path).decode("utf-8", "replace")


def is_system_file(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$") or name.lower() in _SYSTEM_FILES


@dataclass
class Sources:
    """The files under ``targets``, lazily, with their metadata; see the module docstring."""

    targets: list[Path]
    skip: set[Path]
    batch_sheet: MetadataSheet | None = None
    #: takes bags as transfers; without one, a bag's folder is walked as any folder
    bags: BagReader | None = None
    sheets: dict[Path, MetadataSheet] = field(default_factory=dict)
    _used: set[tuple[Path, str]] = field(default_factory=set)
    _bases: set[Path] = field(default_factory=set)

    def count(self) -> int:
        """How many entries the walk will offer (a quick listing, for progress displays); a bag
        folder counts its payload files and its own line."""
        return sum(_files_below(path / "data") + 1 if kind == "bag" else 1 for kind, path in self._entries())

    def __iter__(self) -> Iterator[Found]:
        for kind, path in self._entries():
            if kind == "bag" or (kind == "file" and self.bags and self.bags.holds_bag(path)):
                yield from self.bags.read(path)
            elif kind == "file":
                yield from self._sheet_problems(path)
                yield self._with_metadata(path)
            elif kind == "skipped":
                yield Outcome(display(path), SKIPPED, reason="hidden or system file")
            else:
                yield Outcome(display(path), REFUSED, reason=kind)
        yield from self._unused_rows()

    def settled(self, outcome: Outcome) -> None:
        """Told of each outcome as the run reports it, in order (a transfer counts its items)."""
        if self.bags:
            self.bags.settled(outcome)

    def close(self) -> None:
        """The run is over: what the bag reader unpacked goes."""
        if self.bags:
            self.bags.close()

    def _is_bag(self, folder: Path) -> bool:
        return self.bags is not None and os.path.isfile(folder / "bagit.txt") \
            and not os.path.islink(folder / "bagit.txt")

    def _entries(self) -> Iterator[tuple[str, Path]]:
        """("file" | "skipped" | a refusal reason, path) for everything under the targets."""
        for given in self.targets:
            given = given.absolute()
            if given.is_symlink():
                yield "symbolic link; ingest its target instead", given
            elif given.is_dir() and self._is_bag(given):
                yield "bag", given
            elif given.is_dir():
                yield from self._walk(given)
            elif given.is_file():
                yield "file", given
            elif given.exists():
                yield "not a regular file or folder", given
            else:
                yield "no such file or folder", given

    def _walk(self, base: Path) -> Iterator[tuple[str, Path]]:
        errors: list[OSError] = []
        for folder, dirnames, filenames in os.walk(base, onerror=errors.append):
            for error in errors:
                yield f"cannot read folder: {error.strerror}", Path(error.filename or folder)
            errors.clear()
            here = Path(folder)
            for name in sorted(dirnames):
                if (here / name).is_symlink():
                    yield "symbolic link to a folder; not followed", here / name
                    dirnames.remove(name)
                elif self._is_bag(here / name) and not is_system_file(name):
                    yield "bag", here / name
                    dirnames.remove(name)
                elif is_system_file(name):
                    dirnames.remove(name)
            dirnames.sort()
            for name in sorted(filenames):
                path = here / name
                if path in self.skip or name == METADATA_NAME:
                    continue
                yield ("skipped" if is_system_file(name) else "file"), path
        for error in errors:
            yield f"cannot read folder: {error.strerror}", Path(error.filename or base)

    def _base_of(self, path: Path) -> Path:
        for given in self.targets:
            given = given.absolute()
            if given == path:
                return path.parent
            if given in path.parents:
                return given
        return path.parent

    def _sheet_problems(self, path: Path) -> Iterator[Outcome]:
        """Read the metadata.csv of the folders from the batch's base down to ``path``, once each."""
        base = self._base_of(path)
        chain = [path.parent] + [p for p in path.parent.parents if p == base or base in p.parents]
        for here in reversed(chain):
            if here in self.sheets:
                continue
            sheet_path = here / METADATA_NAME
            if sheet_path.is_file() and sheet_path not in self.skip:
                sheet = self.sheets[here] = read_sheet(sheet_path)
                for where, why in sheet.problems:
                    yield Outcome(display(where), REFUSED, reason=why)
            else:
                self.sheets[here] = MetadataSheet(path=sheet_path)  # none here: an empty sheet

    def _with_metadata(self, path: Path) -> Found:
        base = self._base_of(path)
        self._bases.add(base)
        candidate = Candidate(path, path.relative_to(base).as_posix(), base)
        found: list[tuple[MetadataSheet, str]] = []
        for folder in [path.parent, *path.parent.parents]:
            sheet = self.sheets.get(folder)
            if sheet is not None and (sheet.rows or sheet.bad_rows or sheet.unusable):
                found.append((sheet, path_key(path.relative_to(folder).as_posix())))
        self._used.update((sheet.path, key) for sheet, key in found)
        batch, key = self.batch_sheet, path_key(candidate.relative)
        if batch and (key in batch.rows or key in batch.bad_rows):
            found = [(batch, key)]
            self._used.add((batch.path, key))
        return candidate, _choose_row(found)

    def _unused_rows(self) -> Iterator[Outcome]:
        sheets = [*self.sheets.values(), *([self.batch_sheet] if self.batch_sheet else [])]
        for sheet in sheets:
            folders = self._bases if sheet is self.batch_sheet else {sheet.path.parent}
            for key in [*sheet.rows, *sheet.bad_rows]:
                if (sheet.path, key) in self._used or any((f / key).exists() for f in folders):
                    continue
                row = sheet.rows.get(key)
                where, why = (f"{sheet.path}:{row.line}", "") if row else sheet.bad_rows[key].split(": ", 1)
                yield Outcome(display(where), REFUSED,
                              reason=f"describes {key!r}, which does not exist" + (f" ({why})" if why else ""))


def _files_below(folder: Path) -> int:
    return sum(len(files) for _, _, files in os.walk(folder))


def _choose_row(found: list[tuple[MetadataSheet, str]]) -> MetadataRow | str | None:
    """The one row describing a file, or why its metadata cannot be trusted."""
    rows: list[MetadataRow] = []
    for sheet, key in found:
        if sheet.unusable:
            return f"its metadata sheet {display(sheet.path)} is invalid (see the errors reported for it)"
        if key in sheet.bad_rows:
            return f"its metadata row is invalid: {sheet.bad_rows[key]}"
        if key in sheet.rows:
            rows.append(sheet.rows[key])
    if len(rows) > 1:
        places = " and ".join(f"{display(r.csv_path)}:{r.line}" for r in rows)
        return f"described by more than one metadata sheet ({places})"
    return rows[0] if rows else None


def name_record(path: Path) -> dict:
    """The original name and path, exactly: as text, plus the raw bytes when they are not UTF-8."""
    record = {"originalName": display(path.name), "originalPath": display(path)}
    raw = os.fsencode(path.name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        record["originalNameBytesHex"] = raw.hex()
    return record
