"""May a bag's own description be trusted? Its tag files checked against its tag manifests.

A bag's descriptive record says whether the item is restricted, and its
provenance says where it came from. Whoever reads them to act (the index
deciding what the public sees, ``archive check``, the web site) first confirms
that they are what was written: every tag file listed in every tag manifest
with the digest it has now, and no tag file left out of any tag manifest (a
record removed from both manifests and then edited would otherwise pass).
That costs a few kilobytes of hashing per bag. A bag that fails is *not
trusted*: it is treated as restricted and flagged, never shown, until an
auditor has looked (fail closed). The full verification of a bag, payload
included, is :mod:`archive.fixity.verify`'s; this is the small part of it that
reading a bag depends on, kept here so that the layers that read bags need not
import fixity.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

__all__ = ["tag_file_problems"]

_TAG_MANIFEST = re.compile(r"^tagmanifest-(md5|sha1|sha224|sha256|sha384|sha512)\.txt$")
#: At most this many bytes of tag files are read for one bag: ours hold a few kilobytes.
MAX_TAG_BYTES = 16 * 1024 * 1024


def tag_file_problems(bag: Path, read: dict[str, bytes | None] | None = None) -> list[str]:
    """Every reason not to trust ``bag``'s tag files (empty: they are what was written).

    Run for every bag a reindex derives, so it works with plain ``os`` calls:
    one directory listing per tag folder (``data/`` is never entered) and one
    read per tag file (Path objects cost more than the hashing, measured).
    ``read``, if given, receives the bytes of every listed tag file as hashed,
    so that the caller parses what was checked without reading it again.
    """
    base = os.fspath(bag)
    try:
        files = _tag_files(base)
    except OSError as exc:
        return [f"cannot list the bag's tag files: {exc.strerror or exc}"]
    manifests = sorted(name for name in files if _TAG_MANIFEST.match(name))
    if not manifests:
        return ["no tag manifest"]
    covered = files - set(manifests)
    problems: list[str] = []
    contents: dict[str, bytes | None] = read if read is not None else {}
    for manifest in manifests:
        algorithm = _TAG_MANIFEST.match(manifest).group(1)
        listed = _read_manifest(base, manifest, problems)
        for name in sorted(covered - set(listed)):
            problems.append(f"{name} is not listed in {manifest}")
        for name, expected in sorted(listed.items()):
            if name not in contents:
                contents[name] = _read(base, name, files)
            data = contents[name]
            if data is None:
                problems.append(f"{name}, listed in {manifest}, is missing")
            elif hashlib.new(algorithm, data).hexdigest() != expected.lower():
                problems.append(f"{name} does not match its {algorithm} digest in {manifest}")
    return problems


def _tag_files(base: str, folder: str = "") -> set[str]:
    """Regular files outside ``data/``, relative to the bag with forward slashes."""
    found: set[str] = set()
    with os.scandir(os.path.join(base, folder) if folder else base) as entries:
        for entry in entries:
            name = f"{folder}/{entry.name}" if folder else entry.name
            if entry.is_dir(follow_symlinks=False):
                if name != "data":
                    found.update(_tag_files(base, name))
            elif entry.is_file(follow_symlinks=False):
                found.add(name)
    return found


def _read_manifest(base: str, name: str, problems: list[str]) -> dict[str, str]:
    try:
        text = _bytes(os.path.join(base, name)).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"cannot read {name}: {exc}")
        return {}
    listed = {}
    for line in text.splitlines():
        parts = line.strip().split(None, 1)
        if len(parts) == 2:
            listed[parts[1].strip()] = parts[0]
        elif line.strip():
            problems.append(f"{name}: a line that is not 'digest path': {line[:80]!r}")
    return listed


def _read(base: str, name: str, files: set[str]) -> bytes | None:
    """A tag file's bytes; None when it is not a regular file of this bag (never outside it)."""
    if name not in files:
        return None
    try:
        return _bytes(os.path.join(base, name))
    except OSError:
        return None


def _bytes(path: str) -> bytes:
    """A small file's bytes with bare ``os`` calls (a buffered file object costs more than
    the read); a file over ``MAX_TAG_BYTES`` gives b"", which matches no digest."""
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        size = os.fstat(handle).st_size
        if size > MAX_TAG_BYTES:
            return b""
        data = os.read(handle, size + 1)
        while len(data) < size:         # a short read: go on to the end
            more = os.read(handle, size - len(data) + 1)
            if not more:
                break
            data += more
        return data
    finally:
        os.close(handle)
