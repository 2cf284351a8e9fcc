"""Bags another repository might send, made here with bagit-python (the reference), serialized
as that repository would (a zip, a tar, a tar.gz), and damaged or made hostile on purpose.

Every text below was written for these tests.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import bagit

from archive.preservation.catalog import bag_dirs, load_item
from archive.preservation.root import ArchiveRoot

#: what the sender's bag-info.txt says (bagit-python adds Payload-Oxum and its Bag-Software-Agent)
SENDER_INFO = {
    "Source-Organization": "Calden Bay Press Archive",
    "External-Identifier": "cbpa-2024-017",
    "Bagging-Date": "2024-03-01",
    "Contact-Email": "archivist@caldenbay.example",
    "External-Description": "Three harbour stories, March 2024",
}

ARTICLES = {
    "harbour.txt": "Harbour board approves the sea wall repairs\n\nCALDEN BAY, 14 June 2003 - The "
                   "harbour board approved the sea wall repairs on Tuesday. Work starts in July.\n",
    "news/ferry.html": "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Ferry "
                       "timetable</title></head><body><h1>Evening ferry to run until October</h1><p>The "
                       "evening crossing to Calden Bay will run until the end of October, the board "
                       "said.</p></body></html>\n",
    "news/council.txt": "Council meets on the bridge\n\nThe regional council agreed on Monday to repair "
                        "the old bridge over the Calden river before the winter storms.\n",
}

FORMATS = ("zip", "tar", "tar.gz", "tgz")


def sender_bag(where: Path, name: str = "cbpa-transfer", files: dict[str, str | bytes] | None = None,
               checksums: tuple[str, ...] = ("sha256", "md5"), **info: str) -> Path:
    """A valid bag as the sending repository makes it: bagit-python's make_bag, with bag-info."""
    folder = where / name
    for relative, text in (ARTICLES if files is None else files).items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    bagit.make_bag(str(folder), {**SENDER_INFO, **info}, checksums=list(checksums))
    return folder


def serialize(bag: Path, fmt: str, out: Path, *, top: str | None = None) -> Path:
    """The bag as one file: every file under one top-level directory (RFC 8493 section 4)."""
    out.mkdir(parents=True, exist_ok=True)
    top = bag.name if top is None else top
    target = out / f"{bag.name}.{fmt}"
    files = sorted(p for p in bag.rglob("*") if p.is_file())
    if fmt == "zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
            for path in files:
                package.write(path, f"{top}/{path.relative_to(bag).as_posix()}".lstrip("/"))
        return target
    mode = "w" if fmt == "tar" else "w:gz"
    with tarfile.open(target, mode) as tar:
        for path in files:
            tar.add(path, f"{top}/{path.relative_to(bag).as_posix()}".lstrip("/"), recursive=False)
    return target


def manifest(bag: Path, algorithm: str = "sha256") -> dict[str, str]:
    """The bag's payload manifest: path -> digest."""
    entries = {}
    for line in (bag / f"manifest-{algorithm}.txt").read_text(encoding="utf-8").splitlines():
        digest, path = line.split(None, 1)
        entries[path] = digest
    return entries


def items(root: ArchiveRoot) -> list:
    return [load_item(bag) for bag in bag_dirs(root)]


def transfer_record(item) -> dict:
    return item.provenance["object"]["transfer"]


def tar_with(bag: Path, out: Path, *extra: tarfile.TarInfo, data: dict[str, bytes] | None = None,
             mode: str = "w") -> Path:
    """The bag as a tar, plus hostile members (a link, a device, a path that climbs out)."""
    target = out / f"{bag.name}-hostile.tar{'.gz' if 'gz' in mode else ''}"
    out.mkdir(parents=True, exist_ok=True)
    with tarfile.open(target, mode) as tar:
        for path in sorted(p for p in bag.rglob("*") if p.is_file()):
            tar.add(path, f"{bag.name}/{path.relative_to(bag).as_posix()}", recursive=False)
        for info in extra:
            payload = (data or {}).get(info.name)
            tar.addfile(info, io.BytesIO(payload) if payload is not None else None)
    return target


def tar_member(name: str, kind: bytes = tarfile.REGTYPE, link: str = "", size: int = 0) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type, info.linkname, info.size = kind, link, size
    return info


def zip_with(bag: Path, out: Path, extra: dict[str, bytes] | None = None, *,
             symlinks: dict[str, str] | None = None, name: str = "") -> Path:
    """The bag as a zip plus extra members, and symbolic links as a Unix zipper records them."""
    out.mkdir(parents=True, exist_ok=True)
    target = out / (name or f"{bag.name}-hostile.zip")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for path in sorted(p for p in bag.rglob("*") if p.is_file()):
            package.write(path, f"{bag.name}/{path.relative_to(bag).as_posix()}")
        for member, data in (extra or {}).items():
            package.writestr(member, data)
        for member, points_to in (symlinks or {}).items():
            info = zipfile.ZipInfo(member)
            info.create_system, info.external_attr = 3, (0o120777 << 16)
            package.writestr(info, points_to)
    return target


def rewrite_manifests(bag: Path) -> None:
    """Recompute the tag manifests after a test edited a manifest on purpose (a bag whose tag
    manifests agree with a payload manifest that lies)."""
    for tagmanifest in bag.glob("tagmanifest-*.txt"):
        algorithm = tagmanifest.name[len("tagmanifest-"):-4]
        lines = []
        for name in sorted(p.relative_to(bag).as_posix() for p in bag.iterdir()
                           if p.is_file() and not p.name.startswith("tagmanifest-")):
            lines.append(f"{hashlib.new(algorithm, (bag / name).read_bytes()).hexdigest()}  {name}\n")
        tagmanifest.write_text("".join(lines), encoding="utf-8")


def left_in_staging(root: ArchiveRoot) -> list[str]:
    return sorted(os.listdir(root.staging)) if root.staging.is_dir() else []


def outcome_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.strip()]


def json_outcomes(output: str) -> list[dict]:
    return json.loads(output)["outcomes"]
