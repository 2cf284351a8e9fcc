"""Hand-made BagIt bags for the verifier's tests, written byte by byte.

``make_bag`` writes a correct bag (bagit.txt, bag-info.txt with Payload-Oxum,
payload manifests and tag manifests whose digests come straight from hashlib);
a test then breaks exactly one rule with the helpers of ``HandBag``, which
re-digest the tag manifests afterwards (unless told not to) so that the only
thing wrong with the bag is the violation under test.

Also here: ``snapshot_tree`` (every byte, mode and mtime under a directory),
to prove that verifying a bag never changes it, and ``make_writable`` for the
read-only bags that ingest writes.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

TAG_FILES_SKIPPED = ("tagmanifest-",)


def digest(data: bytes, algorithm: str) -> str:
    return hashlib.new(algorithm, data).hexdigest()


def encode_path(path: str) -> str:
    """A file name as RFC 8493 writes it in a manifest: only %, LF and CR are encoded."""
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


@dataclass
class HandBag:
    """A bag written by ``make_bag``, with helpers to damage it."""

    path: Path
    algorithms: tuple[str, ...]
    tag_algorithms: tuple[str, ...]
    encoding: str = "utf-8"

    def __truediv__(self, relative: str) -> Path:
        return self.path / relative

    # --- writing -------------------------------------------------------------------

    def write(self, relative: str, content: bytes | str, *, retag: bool = True) -> Path:
        """Write (or overwrite) any file of the bag; tag manifests follow unless ``retag=False``."""
        target = self.path / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists() and not target.is_symlink():
            target.chmod(0o644)
        data = content.encode(self.encoding) if isinstance(content, str) else content
        target.write_bytes(data)
        if retag:
            self.retag()
        return target

    def remove(self, relative: str, *, retag: bool = True) -> None:
        (self.path / relative).unlink()
        if retag:
            self.retag()

    def lines(self, name: str) -> list[str]:
        return (self.path / name).read_bytes().decode(self.encoding).splitlines()

    def set_lines(self, name: str, lines: list[str], *, retag: bool = True) -> None:
        self.write(name, "".join(line + "\n" for line in lines), retag=retag)

    def add_line(self, name: str, line: str, *, retag: bool = True) -> None:
        self.set_lines(name, self.lines(name) + [line], retag=retag)

    def drop_lines(self, name: str, containing: str, *, retag: bool = True) -> None:
        kept = [line for line in self.lines(name) if containing not in line]
        assert len(kept) < len(self.lines(name)), f"no line of {name} contains {containing!r}"
        self.set_lines(name, kept, retag=retag)

    def list_payload(self, relative: str, data: bytes | None = None, *, raw: str | None = None,
                     algorithms: tuple[str, ...] | None = None, retag: bool = True) -> None:
        """Add a manifest line for ``relative`` (digest of ``data``, else of the file on disk)."""
        if data is None:
            data = (self.path / relative).read_bytes()
        for algorithm in algorithms or self.algorithms:
            self.add_line(f"manifest-{algorithm}.txt",
                          f"{digest(data, algorithm)}  {raw if raw is not None else encode_path(relative)}",
                          retag=False)
        if retag:
            self.retag()

    def set_info(self, fields: list[tuple[str, str]], *, retag: bool = True) -> None:
        self.set_lines("bag-info.txt", [f"{label}: {value}" for label, value in fields], retag=retag)

    def oxum(self) -> str:
        """Payload-Oxum of what is on disk now."""
        sizes = [os.lstat(Path(folder) / name).st_size
                 for folder, _, names in os.walk(self.path / "data") for name in names]
        return f"{sum(sizes)}.{len(sizes)}"

    def tag_files(self) -> list[str]:
        """Every file outside data/ except the tag manifests themselves."""
        found = []
        for folder, dirnames, names in os.walk(self.path):
            here = Path(folder)
            if here == self.path:
                dirnames[:] = [d for d in dirnames if d != "data"]
            for name in names:
                relative = (here / name).relative_to(self.path).as_posix()
                if not relative.startswith(TAG_FILES_SKIPPED):
                    found.append(relative)
        return sorted(found)

    def retag(self) -> None:
        """Rewrite every tag manifest from the tag files on disk now."""
        files = [(relative, (self.path / relative).read_bytes()) for relative in self.tag_files()]
        for algorithm in self.tag_algorithms:
            target = self.path / f"tagmanifest-{algorithm}.txt"
            if target.exists():
                target.chmod(0o644)
            target.write_bytes("".join(f"{digest(data, algorithm)}  {encode_path(relative)}\n"
                                       for relative, data in files).encode(self.encoding))


def make_bag(path: Path, payload: dict[str, bytes] | None = None, *, version: str = "1.0",
             algorithms: tuple[str, ...] = ("sha256", "sha512"),
             tag_algorithms: tuple[str, ...] = ("sha256",),
             info: list[tuple[str, str]] | None = None, oxum: bool = True,
             raw_paths: dict[str, str] | None = None) -> HandBag:
    """Write a correct bag at ``path``; ``payload`` maps names under data/ to their bytes.

    ``raw_paths`` gives, for some payload names, the exact text to put in the
    manifests instead of the RFC 8493 encoding of the name.
    """
    payload = {"hello.txt": b"hello, world\n", "sub/notes.txt": b"two\nlines\n"} if payload is None else payload
    raw_paths = raw_paths or {}
    path.mkdir(parents=True, exist_ok=True)
    (path / "bagit.txt").write_bytes(f"BagIt-Version: {version}\nTag-File-Character-Encoding: UTF-8\n".encode())
    (path / "data").mkdir(exist_ok=True)
    for name, data in payload.items():
        target = path / "data" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    for algorithm in algorithms:
        (path / f"manifest-{algorithm}.txt").write_bytes("".join(
            f"{digest(data, algorithm)}  {raw_paths.get(name, encode_path('data/' + name))}\n"
            for name, data in payload.items()).encode())
    bag = HandBag(path, tuple(algorithms), tuple(tag_algorithms))
    fields = list(info) if info is not None else [("Source-Organization", "Test bench"),
                                                  ("Bagging-Date", "2024-01-02")]
    if oxum:
        fields.append(("Payload-Oxum", bag.oxum()))
    bag.set_info(fields, retag=False)
    bag.retag()
    return bag


def make_writable(bag: Path) -> None:
    """Make every file and directory of a bag writable (ingest writes them read-only)."""
    for folder, dirnames, names in os.walk(bag):
        for name in dirnames + names:
            target = Path(folder) / name
            if not target.is_symlink():
                target.chmod(target.stat().st_mode | stat.S_IWUSR)
    bag.chmod(bag.stat().st_mode | stat.S_IWUSR)


def snapshot_tree(top: Path) -> dict[str, tuple]:
    """Every entry under ``top``: kind, mode, mtime and bytes (or link target), to prove nothing changed."""
    result: dict[str, tuple] = {}
    for folder, dirnames, names in os.walk(top):
        for name in dirnames + names:
            target = Path(folder) / name
            info = os.lstat(target)
            relative = target.relative_to(top).as_posix()
            if stat.S_ISLNK(info.st_mode):
                result[relative] = ("link", os.readlink(target))
            elif stat.S_ISDIR(info.st_mode):
                result[relative] = ("dir", info.st_mode)
            else:
                result[relative] = ("file", info.st_mode, info.st_mtime_ns, target.read_bytes())
    return result


def audit(bag: Path | HandBag, *, fast: bool = False):
    """``verify_bag`` that also proves the bag was not touched: same entries, bytes, modes, mtimes."""
    from archive.fixity.verify import verify_bag

    path = bag.path if isinstance(bag, HandBag) else Path(bag)
    before = snapshot_tree(path)
    verdict = verify_bag(path, fast=fast)
    assert snapshot_tree(path) == before, f"verifying {path} changed it"
    return verdict


def codes(problems) -> set[tuple[str, str]]:
    """(code, path) of every problem or warning, for compact assertions."""
    return {(p.code, p.path) for p in problems}
