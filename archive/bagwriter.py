"""Writing BagIt 1.0 bags (RFC 8493) atomically.

A bag is assembled in a staging directory beside the store, every file and
directory is flushed to disk, and only then is the whole directory renamed to
its final name. A rename within one filesystem is atomic, so a reader (or a
process killed half way) sees either no bag or a complete one.

We write the few files of a one-payload bag ourselves rather than with
bagit-python's ``make_bag``: that function turns a directory into a bag in
place, changes the process's working directory, cannot add tag files in the
same pass and does not flush anything to disk. bagit-python remains the
reference the tests validate every bag against.
"""

from __future__ import annotations

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
        os.fsync(fd)
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
    """Write a complete, flushed bag in a new directory under ``staging``; return it."""
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

    directories = {bag, bag / "data"}
    for name, data in tag_files.items():
        target = bag / name
        if target.parent not in directories:
            target.parent.mkdir(parents=True, exist_ok=True)
            directories.add(target.parent)
        _write_file(target, data)
    for algorithm in contents.payload_digests:
        digests = {name: hashlib.new(algorithm, data).hexdigest() for name, data in tag_files.items()}
        _write_file(bag / f"tagmanifest-{algorithm}.txt", _manifest(digests))
    for directory in sorted(directories, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(directory)
    return bag


def commit_bag(built: Path, final: Path) -> None:
    """Move a built bag to its final name atomically and make the rename durable.

    ``os.rename`` onto an existing non-empty directory fails, so a bag that is
    already there is never replaced.
    """
    if final.exists():
        raise FileExistsError(f"{final} already exists")
    os.rename(built, final)
    fsync_dir(final.parent)
