"""Reading a serialized bag (``.zip``, ``.tar``, ``.tar.gz``, ``.tgz``) without trusting it.

A bag another repository sends may come as one file (RFC 8493 section 4: one top-level
directory, the bag's files inside). Such a file is the most hostile input the archive
takes: its member names are chosen by the sender, and its sizes are only declared.

Decisions, first:

* **Two passes: look, then write.** :func:`survey` reads the member headers only (for a
  zip its central directory, for a tar each header, streamed) and collects *every*
  problem: names that escape the top directory (``../``, absolute paths, drive letters),
  links (symbolic or hard), devices, FIFOs, sparse files, encrypted members, names listed
  twice, more than one top-level entry, and sizes beyond the bounds below. Nothing is
  written unless the survey found none. :func:`extract` then writes, applying the same
  rules again to each member (the file may have changed since it was surveyed) and
  counting the bytes that really come out.
* **Only what we create.** Extraction makes every folder and file itself (``O_EXCL``,
  ``O_NOFOLLOW``, mode 0644 whatever the archive says), into a fresh folder, so no member
  can write through a link or over another.
* **Bounds tied to ``max_file_bytes``** (:class:`Limits`): no member larger than the
  largest file ingest takes, declared or actual; no more than :data:`TOTAL_FACTOR` times
  that in all, and never more than the free space; at most :data:`MAX_RATIO` bytes out per
  byte in (deflate cannot pass ~1032:1; news text compresses 3-20:1), once past
  :data:`RATIO_FLOOR`; at most :data:`MAX_MEMBERS` members. A zip's member count and central
  directory size are read from its end record *before* :mod:`zipfile` loads the directory,
  and a tar's members are never kept (the list tarfile builds is emptied as it goes), so
  memory stays flat; time is bounded by the bytes the bounds allow (a plain tar's survey
  seeks past the data and reads only the headers).
* **Whether it holds a bag** is the survey's answer too (a ``bagit.txt`` at the top of the
  one directory, or, refused, at the root): an archive that holds no bag is not this
  module's business, and ingest treats it as the file it is.
"""

from __future__ import annotations

import lzma
import os
import re
import shutil
import stat
import struct
import tarfile
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

__all__ = ["Limits", "Survey", "UnsafeArchive", "extract", "serialization_of", "survey"]

#: file name endings of a serialized bag, and the serialization each names
SERIALIZATIONS = {".tar.gz": "tar.gz", ".tgz": "tar.gz", ".tar": "tar", ".zip": "zip"}
TOTAL_FACTOR = 100
MAX_RATIO = 250
RATIO_FLOOR = 4 * 1024 * 1024
MAX_MEMBERS = 100_000
#: a zip central directory larger than this is not loaded (zipfile reads it whole)
MAX_DIRECTORY_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20
_DRIVE = re.compile(r"[A-Za-z]:")


def serialization_of(name: str) -> str | None:
    """"zip", "tar" or "tar.gz" for a file name that ends like a serialized bag, else None."""
    lower = name.lower()
    return next((kind for end, kind in SERIALIZATIONS.items() if lower.endswith(end)), None)


@dataclass(frozen=True)
class Limits:
    """How much a serialized bag may unpack to (see the module docstring)."""

    member_bytes: int
    total_bytes: int
    members: int = MAX_MEMBERS
    ratio: int = MAX_RATIO

    @classmethod
    def for_archive(cls, max_file_bytes: int) -> "Limits":
        return cls(max_file_bytes, TOTAL_FACTOR * max_file_bytes)


class UnsafeArchive(Exception):
    """The serialized bag cannot be unpacked safely; ``problems`` names every reason found."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class Survey:
    """What the member headers say: the top directory, whether a bag is there, every problem."""

    top: str | None = None
    holds_bag: bool = False
    members: int = 0
    total: int = 0
    problems: list[str] = field(default_factory=list)
    stopped: bool = False      # a bound was passed: the rest was not read


@dataclass(frozen=True)
class _Member:
    name: str
    kind: str          # "file", "dir", or what else it is ("a symbolic link to x", ...)
    size: int          # declared uncompressed size
    packed: int | None = None   # compressed size (zip members)


# --- the rules, the same in both passes ------------------------------------------------------


class _Rules:
    """Every member checked against the rules and the bounds; problems collected, not raised."""

    def __init__(self, limits: Limits, archive_bytes: int) -> None:
        self.limits, self.archive_bytes = limits, archive_bytes
        self.found = Survey()
        self.names: set[tuple[str, ...]] = set()
        self.folders: set[tuple[str, ...]] = set()
        self.tops: dict[str, str] = {}       # top-level entries (a few, for the message) -> kind

    def problem(self, text: str) -> None:
        self.found.problems.append(text)

    def stop(self, why: str) -> None:
        """A bound is passed: say so and read no further (skipping a member means decompressing it)."""
        self.found.stopped = True
        self.problem(f"refused unread: it {why}")

    def admit(self, member: _Member) -> tuple[str, ...] | None:
        """The member's path as parts, when it may be written; else None (and why is recorded)."""
        found, shown = self.found, repr(member.name)
        found.members += 1
        if found.members > self.limits.members:
            self.stop(f"has more than {self.limits.members} members")
            return None
        if member.size > self.limits.member_bytes:     # even a member refused for its kind is skipped
            self.stop(f"holds {shown} of {member.size} bytes, over the limit of {self.limits.member_bytes} "
                      f"(max_file_bytes in archive.toml)")   # by reading (decompressing) it
            return None
        parts = _parts(member.name)
        if isinstance(parts, str):
            self.problem(f"{shown} {parts}")
            return None
        if len(self.tops) < 5 or parts[0] in self.tops:
            self.tops[parts[0]] = "dir" if len(parts) > 1 else member.kind
        if parts[-1] == "bagit.txt" and len(parts) <= 2:
            found.holds_bag = True
        if member.kind == "dir":
            self.folders.add(parts)
            return parts
        if member.kind != "file":
            self.problem(f"{shown} is {member.kind}, which a bag may not hold")
            return None
        if parts in self.names or parts in self.folders:
            self.problem(f"{shown} is in the archive twice")
            return None
        self.names.add(parts)
        return parts if self._size_allowed(member, shown) else None

    def _size_allowed(self, member: _Member, shown: str) -> bool:
        found, limits = self.found, self.limits
        found.total += member.size
        if found.total > limits.total_bytes:
            self.stop(f"unpacks to more than {limits.total_bytes} bytes in all "
                      f"({TOTAL_FACTOR} times max_file_bytes)")
            return False
        if member.packed is not None and member.size > RATIO_FLOOR // 4 \
                and member.size > limits.ratio * max(member.packed, 1):
            self.stop(f"holds {shown}, which unpacks {member.size // max(member.packed, 1)} times larger "
                      f"than it is stored (a zip bomb?)")
            return False
        if found.total > RATIO_FLOOR and found.total > limits.ratio * max(self.archive_bytes, 1):
            self.stop(f"unpacks to {found.total} bytes from {self.archive_bytes}, over {limits.ratio} times "
                      f"its size (a zip bomb?)")
            return False
        return True

    def consumed(self, raw_bytes: int, out_bytes: int) -> None:
        """A compressed stream's bytes read so far against the bytes that came out of them."""
        if out_bytes > RATIO_FLOOR and out_bytes > self.limits.ratio * max(raw_bytes, 1):
            self.stop(f"gave {out_bytes} bytes out of {raw_bytes} compressed ones, over "
                      f"{self.limits.ratio} to 1 (a decompression bomb?)")

    def finish(self) -> Survey:
        """The top level: exactly one directory, the bag (RFC 8493 section 4)."""
        found = self.found
        folders = [name for name, kind in self.tops.items() if kind == "dir"]
        if len(self.tops) == 1 and folders:
            found.top = folders[0]
        elif self.tops and not found.stopped:
            listed = ", ".join(repr(name) for name in list(self.tops)[:4])
            self.problem(f"holds {listed}{' ...' if len(self.tops) > 4 else ''} at its top level: a "
                         f"serialized bag has exactly one top-level directory, the bag (RFC 8493 section 4)")
        return found


def _parts(name: str) -> tuple[str, ...] | str:
    """A member name as path parts, or why it cannot be one (it would leave the folder)."""
    if not name or "\x00" in name:
        return "has an empty or NUL name"
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return "is an absolute path"
    if ".." in re.split(r"[\\/]", name):
        return "climbs out of the bag with '..'"
    parts = tuple(p for p in name.split("/") if p not in ("", "."))
    return parts or "names the archive's root itself"


# --- members of a zip, of a tar ---------------------------------------------------------------


def _zip_directory(handle: BinaryIO, size: int) -> tuple[int, int] | None:
    """(members, central directory bytes) from the zip's end record (zip64 too); None if none found."""
    tail_size = min(size, 22 + 65535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    _, _, _, _, count, cd_bytes, _, _ = struct.unpack("<4s4H2LH", tail[at:at + 22])
    if count == 0xFFFF or cd_bytes == 0xFFFFFFFF:
        locator = tail[at - 20:at] if at >= 20 else b""
        if locator[:4] != b"PK\x06\x07":
            return None
        handle.seek(struct.unpack("<4sLQL", locator)[2])
        record = handle.read(56)
        if record[:4] != b"PK\x06\x06" or len(record) < 56:
            return None
        count, cd_bytes = struct.unpack("<4sQ2H2L4Q", record)[7:9]
    return count, cd_bytes


def _zip_kind(info: zipfile.ZipInfo) -> str:
    """What a zip member is: its Unix mode says, when a Unix zipper wrote one."""
    kind = stat.S_IFMT(info.external_attr >> 16) if info.create_system == 3 else 0
    if info.flag_bits & 0x1:
        return "an encrypted member"
    if kind == stat.S_IFLNK:
        return "a symbolic link"
    if info.is_dir() or kind == stat.S_IFDIR:
        return "dir"
    if kind not in (0, stat.S_IFREG):
        return "a device, FIFO or socket"
    return "file"


def _zip_members(path: Path, rules: _Rules) -> Iterator[tuple[_Member, Callable[[], BinaryIO]]]:
    with open(path, "rb") as handle:
        directory = _zip_directory(handle, rules.archive_bytes)
        if directory and directory[0] > rules.limits.members:
            rules.stop(f"declares {directory[0]} members, more than {rules.limits.members}")
            return
        if directory and directory[1] > MAX_DIRECTORY_BYTES:
            rules.stop(f"has a central directory of {directory[1]} bytes")
            return
        with zipfile.ZipFile(handle) as package:
            for info in package.infolist():
                member = _Member(info.filename, _zip_kind(info), info.file_size, info.compress_size)
                yield member, lambda info=info: package.open(info)


_TAR_KINDS = {tarfile.SYMTYPE: "a symbolic link", tarfile.LNKTYPE: "a hard link",
              tarfile.CHRTYPE: "a character device", tarfile.BLKTYPE: "a block device",
              tarfile.FIFOTYPE: "a FIFO", tarfile.GNUTYPE_SPARSE: "a sparse file"}


def _tar_members(path: Path, rules: _Rules) -> Iterator[tuple[_Member, Callable[[], BinaryIO]]]:
    """A tar's members, one header at a time. Random access ("r:*"): a plain tar's data is
    skipped by seeking, so its survey reads the headers alone; a compressed one's is skipped by
    decompressing, which the ratio of bytes out to bytes read (the file's position) bounds."""
    with open(path, "rb") as handle, tarfile.open(fileobj=handle, mode="r:*") as tar:
        out = 0          # bytes of the members before this one, which have been read or skipped
        while not rules.found.stopped and (info := tar.next()) is not None:
            tar.members.clear()                      # tarfile keeps every header read: not here
            rules.consumed(handle.tell(), out)
            if rules.found.stopped:
                return
            kind = ("dir" if info.isdir() else "file" if info.type in (tarfile.REGTYPE, tarfile.AREGTYPE,
                    tarfile.CONTTYPE) else _TAR_KINDS.get(info.type, f"an entry of type {info.type!r}"))
            if kind.endswith("link"):
                kind += f" to {info.linkname!r}"
            yield _Member(info.name, kind, info.size), lambda info=info: tar.extractfile(info)
            out += info.size + 512


# --- the two passes ---------------------------------------------------------------------------


def _members(path: Path, rules: _Rules) -> Iterator[tuple[_Member, Callable[[], BinaryIO]]]:
    kind = serialization_of(path.name)
    return _zip_members(path, rules) if kind == "zip" else _tar_members(path, rules)


def survey(path: Path, limits: Limits) -> Survey:
    """Read the member headers of a serialized bag; every problem found, nothing written.

    An archive that cannot be read at all (damaged, or not of its kind) has ``holds_bag``
    False and says why in ``problems``.
    """
    rules = _Rules(limits, path.stat().st_size)
    try:
        for member, _ in _members(path, rules):
            rules.admit(member)
        rules.finish()
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, OSError, ValueError,
            NotImplementedError, struct.error, zlib.error, lzma.LZMAError) as exc:
        rules.problem(f"cannot be read as a {serialization_of(path.name)} archive: {exc}")
        rules.found.stopped = True
    return rules.found


def extract(path: Path, into: Path, limits: Limits) -> Path:
    """Unpack a surveyed serialized bag into the new folder ``into``; the bag's folder in it.

    Raises :class:`UnsafeArchive` at the first rule broken (the survey already named them
    all; a file that breaks one now has changed since) or when the free space would not do.
    """
    rules = _Rules(limits, path.stat().st_size)
    into.mkdir()
    try:
        for member, opener in _members(path, rules):
            parts = rules.admit(member)
            if rules.found.problems:
                raise UnsafeArchive(rules.found.problems)
            if parts is None:
                continue
            target = into.joinpath(*parts)
            _folders(into, parts if member.kind == "dir" else parts[:-1])
            if member.kind == "file":
                _write(target, opener, member.size, rules)
    except (tarfile.TarError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError,
            struct.error, zlib.error, lzma.LZMAError) as exc:     # not OSError: writing's is the caller's
        raise UnsafeArchive([f"cannot be read as a {serialization_of(path.name)} archive: {exc}"]) from exc
    found = rules.finish()
    if found.problems or found.top is None:
        raise UnsafeArchive(found.problems or ["holds no bag folder"])
    return into / found.top


def _folders(into: Path, parts: tuple[str, ...]) -> None:
    folder = into
    for part in parts:
        folder = folder / part
        try:
            os.mkdir(folder, 0o755)
        except FileExistsError:
            if not folder.is_dir() or folder.is_symlink():
                raise UnsafeArchive([f"{'/'.join(parts)!r} is both a file and a folder"]) from None


def _write(target: Path, opener: Callable[[], BinaryIO], declared: int, rules: _Rules) -> None:
    """One member's bytes, never more than it declared, into a file only we created."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    except FileExistsError:
        raise UnsafeArchive([f"{target.name!r} is in the archive twice"]) from None
    written = 0
    with os.fdopen(fd, "wb") as out, opener() as source:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > declared or written > rules.limits.member_bytes:
                raise UnsafeArchive([f"{target.name!r} unpacks to more than the {declared} bytes it declares"])
            out.write(chunk)
    if written != declared:
        raise UnsafeArchive([f"{target.name!r} holds {written} bytes, not the {declared} it declares"])


def free_space_problem(survey_total: int, into: Path) -> str | None:
    """Why unpacking ``survey_total`` bytes below ``into`` would not fit, or None."""
    free = shutil.disk_usage(into).free
    if survey_total > free:
        return f"unpacks to {survey_total} bytes, more than the {free} free where it would be unpacked"
    return None
