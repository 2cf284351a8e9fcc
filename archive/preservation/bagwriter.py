"""Writing BagIt 1.0 bags (RFC 8493) atomically.

A bag is assembled in a staging directory beside the store, flushed to disk,
and only then renamed to its final name. A rename within one filesystem is
atomic, so a reader (or a process killed half way) sees either no bag or a
complete one.

Flushing is done per batch of bags rather than per file: one ``syncfs`` of the
store's filesystem makes every staged file and directory durable in a single
journal commit, where an ``fsync`` per file costs a journal commit each (13 per
bag, most of the time of an ingest). Then the batch is renamed into place and
the store directory is flushed once more, so the renames are durable too.

We write the few files of a one-payload bag ourselves rather than with
bagit-python's ``make_bag``: that function turns a directory into a bag in
place, changes the process's working directory, cannot add tag files in the
same pass and does not flush anything to disk. bagit-python remains the
reference the tests validate every bag against.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
#: bag files are read-only: a bag is never edited in place
FILE_MODE = 0o444


@dataclass(frozen=True)
class BagContents:
    """Everything one bag holds, ready to be written."""

    payload_name: str                  # safe file name under data/
    payload: bytes                     # the original bytes, untouched
    payload_digests: dict[str, str]    # algorithm -> hex digest of payload
    bag_info: list[tuple[str, str]]    # bag-info.txt fields in order (Payload-Oxum is added)
    tag_files: dict[str, bytes]        # e.g. "metadata/provenance.json" -> bytes


def human_size(size: int) -> str:
    """Bag-Size in the customary form, e.g. ``4.3 KB``."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if value < 1000 or unit == "TB":
            return f"{size} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _clean_value(value: str) -> str:
    """bag-info values are one line each: fold line breaks and tabs into spaces."""
    return " ".join(str(value).split())


def render_bag_info(fields: list[tuple[str, str]]) -> bytes:
    lines = [f"{label}: {_clean_value(value)}\n" for label, value in fields if _clean_value(value)]
    return "".join(lines).encode("utf-8")


def _write_file(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


def _load_syncfs():
    try:
        return ctypes.CDLL(None, use_errno=True).syncfs  # the C library already loaded
    except (OSError, AttributeError):
        return None


_syncfs = _load_syncfs()


def sync_filesystem(path: Path) -> None:
    """Flush everything written to the filesystem holding ``path`` (Linux syncfs, else sync)."""
    if _syncfs is None:
        os.sync()
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        if _syncfs(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, f"syncfs failed: {os.strerror(errno)}", str(path))
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _manifest(entries: dict[str, str]) -> bytes:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(entries.items())).encode("utf-8")


def build_bag(staging: Path, contents: BagContents) -> Path:
    """Write a complete bag in a new directory under ``staging``; return it (not yet flushed)."""
    bag = staging / f"bag-{os.getpid()}-{secrets.token_hex(6)}"
    bag.mkdir(parents=True)
    (bag / "data").mkdir()
    payload_path = f"data/{contents.payload_name}"
    _write_file(bag / payload_path, contents.payload)

    size = len(contents.payload)
    info = [*contents.bag_info, ("Bag-Size", human_size(size)), ("Payload-Oxum", f"{size}.1")]
    tag_files: dict[str, bytes] = {"bagit.txt": BAGIT_TXT, "bag-info.txt": render_bag_info(info)}
    for algorithm, digest in contents.payload_digests.items():
        tag_files[f"manifest-{algorithm}.txt"] = _manifest({payload_path: digest})
    tag_files.update(contents.tag_files)

    for name, data in tag_files.items():
        target = bag / name
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_file(target, data)
    for algorithm in contents.payload_digests:
        digests = {name: hashlib.new(algorithm, data).hexdigest() for name, data in tag_files.items()}
        _write_file(bag / f"tagmanifest-{algorithm}.txt", _manifest(digests))
    return bag


def commit_bags(moves: list[tuple[Path, Path]]) -> None:
    """Flush built bags to disk, then move each to its final name and make the renames durable.

    ``moves`` pairs each built bag with its final path; all final paths are in
    one store directory on the staging area's filesystem. A bag that is
    already at its final path is never replaced.
    """
    if not moves:
        return
    store = moves[0][1].parent
    sync_filesystem(store)
    for built, final in moves:
        if final.exists():
            raise FileExistsError(f"{final} already exists")
        os.rename(built, final)
    fsync_dir(store)
