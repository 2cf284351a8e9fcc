"""A new version of a bag, made beside the old one and swapped in: how a bag changes at all.

Decisions, first:

* **Never an edit in place.** An amendment, a withdrawal or a purge builds a complete new
  bag in ``bags/.staging/``: the payload hard-linked from the old bag (the same bytes, the
  same inode, never copied or rewritten) or left out (a purge), every tag file copied or
  replaced as asked, and the tag manifests (and, for a purge, the payload manifests and
  Payload-Oxum) computed afresh, so the new bag is valid by bagit-python and
  ``archive verify`` on its own.
* **One atomic step.** The new bag is flushed to disk, then exchanged with the old one by
  ``renameat2(RENAME_EXCHANGE)``: at every moment ``bags/ID`` is either the whole old bag
  or the whole new one. The old version, now in the staging area, is removed afterwards;
  a kill before that leaves it there for :func:`recover_staging` to clear.
* **Where the exchange is not offered** (a filesystem without it), the old bag is first
  renamed to ``.staging/retired-ID`` and the new one renamed in; a kill between the two
  renames leaves no ``bags/ID``, and :func:`recover_staging` (run before every ingest and
  change) puts the retired bag back. Nothing archived is lost either way.
* Callers hold the archive's ingest lock (:func:`archive.preservation.ingest.ingest_lock`),
  so one change at a time touches a bag; what the changes *are* (a new descriptive record, a
  PREMIS event) is decided by the modules that call :func:`replace_bag`.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import os
import re
import secrets
import shutil
from pathlib import Path

from archive.preservation.bagwriter import (
    _manifest,
    _write_file,
    fsync_dir,
    human_size,
    sync_filesystem,
)
from archive.preservation.root import ArchiveRoot

__all__ = ["build_version", "recover_staging", "replace_bag", "swap_in"]

_TAG_MANIFEST = re.compile(r"^tagmanifest-(\w+)\.txt$")
_PAYLOAD_MANIFEST = re.compile(r"^manifest-(\w+)\.txt$")
_RETIRED = "retired-"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _files(bag: Path) -> list[str]:
    """Every file of ``bag`` as a relative path with "/" separators, in a stable order."""
    found = []
    for folder, _dirs, names in os.walk(bag):
        for name in names:
            found.append(os.path.relpath(os.path.join(folder, name), bag).replace(os.sep, "/"))
    return sorted(found)


def _oxum_info(info: bytes, size: int, count: int) -> bytes:
    """bag-info.txt with Payload-Oxum and Bag-Size saying what the new payload holds."""
    lines = []
    for line in info.decode("utf-8").splitlines(keepends=True):
        label = line.split(":", 1)[0].strip().lower()
        if label == "payload-oxum":
            line = f"Payload-Oxum: {size}.{count}\n"
        elif label == "bag-size":
            line = f"Bag-Size: {human_size(size)}\n"
        lines.append(line)
    return "".join(lines).encode("utf-8")


def build_version(root: ArchiveRoot, bag: Path, changes: dict[str, bytes | None], *,
                  keep_payload: bool = True) -> Path:
    """A complete new version of ``bag`` in the staging area; return its path (not yet flushed).

    ``changes`` maps tag file names ("metadata/descriptive.json") to their new bytes, or to
    None to leave the file out. Tag manifests are always computed afresh; with
    ``keep_payload=False`` the payload is left out and the payload manifests and
    Payload-Oxum say so (the digests the bag had stay wherever the caller records them).
    """
    root.staging.mkdir(parents=True, exist_ok=True)
    built = root.staging / f"version-{bag.name}-{os.getpid()}-{secrets.token_hex(4)}"
    built.mkdir()
    (built / "data").mkdir()
    tags: dict[str, bytes] = {}
    files = _files(bag)
    for name in files:
        if name.startswith("data/"):
            if keep_payload:
                (built / name).parent.mkdir(parents=True, exist_ok=True)
                os.link(bag / name, built / name)
        elif not _TAG_MANIFEST.match(name) and name not in changes:
            tags[name] = (bag / name).read_bytes()
    tags.update({name: data for name, data in changes.items() if data is not None})
    if not keep_payload:
        for name in [n for n in tags if _PAYLOAD_MANIFEST.match(n)]:
            tags[name] = b""
        if "bag-info.txt" in tags:
            tags["bag-info.txt"] = _oxum_info(tags["bag-info.txt"], 0, 0)
    for name, data in tags.items():
        (built / name).parent.mkdir(parents=True, exist_ok=True)
        _write_file(built / name, data)
    algorithms = [m.group(1) for m in map(_TAG_MANIFEST.match, files) if m] or ["sha256"]
    for algorithm in algorithms:
        digests = {name: hashlib.new(algorithm, data).hexdigest() for name, data in tags.items()}
        _write_file(built / f"tagmanifest-{algorithm}.txt", _manifest(digests))
    return built


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the call or filesystem lacks it."""
    try:
        call = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    if call(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(code, f"cannot exchange {a} and {b}: {os.strerror(code)}")


def _remove(path: Path) -> None:
    """Remove a retired bag (its files are read-only; its folders are not)."""
    shutil.rmtree(path, ignore_errors=True)


def swap_in(root: ArchiveRoot, built: Path, bag: Path) -> None:
    """Make the flushed-to-disk ``built`` the bag at ``bag``, atomically; remove the old version."""
    sync_filesystem(root.bags)
    if _exchange(built, bag):
        fsync_dir(root.bags)
        _remove(built)          # the exchange left the old version here
        return
    retired = root.staging / f"{_RETIRED}{bag.name}"
    _remove(retired)
    os.rename(bag, retired)
    os.rename(built, bag)
    fsync_dir(root.bags)
    _remove(retired)


def replace_bag(root: ArchiveRoot, bag: Path, changes: dict[str, bytes | None], *,
                keep_payload: bool = True) -> Path:
    """Build a new version of ``bag`` with ``changes`` (see :func:`build_version`) and swap it in.

    The caller holds the ingest lock. On any error before the swap the old bag is untouched
    and the half-built version is removed.
    """
    built = build_version(root, bag, changes, keep_payload=keep_payload)
    try:
        swap_in(root, built, bag)
    except BaseException:
        if built.exists() and bag.exists():
            _remove(built)
        raise
    return bag


def recover_staging(root: ArchiveRoot) -> list[str]:
    """Put back any bag a kill left retired and missing from the store; return their ids.

    Run before the staging area is cleared: a retired bag whose place in the store is empty
    is the only copy of that item, so it goes back, never away.
    """
    restored: list[str] = []
    if not root.staging.is_dir():
        return restored
    for entry in root.staging.iterdir():
        if entry.name.startswith(_RETIRED) and entry.is_dir() and not entry.is_symlink():
            home = root.bags / entry.name[len(_RETIRED):]
            if not home.exists():
                os.rename(entry, home)
                restored.append(home.name)
    if restored:
        fsync_dir(root.bags)
    return restored
