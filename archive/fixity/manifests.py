"""The RFC 8493 rules of a bag's manifests, and of the paths they and ``fetch.txt`` list.

Every ``manifest-ALG.txt`` and ``tagmanifest-ALG.txt`` must name a known
algorithm and hold well-formed ``CHECKSUM PATH`` lines, with digests of the
algorithm's length and no path listed twice. Every path must stay in the bag
(no ``..``, no absolute or ``~`` paths, nothing that resolves outside
through a symbolic link) and in its part: payload manifests name only
``data/``, tag manifests only tag files.

Decisions:

* **Percent-decoding as RFC 8493 says**: only ``%0A``, ``%0D`` and ``%25``,
  in either case (:func:`decode_path`), so a file literally named
  ``%7Etest`` matches.
* **Resolving links only when there are links.** :meth:`ManifestChecks.inside`
  costs a ``stat`` per path component; the walk of the bag
  (:mod:`archive.fixity.completeness`) runs first and says whether the bag
  holds any symbolic link at all, and without one no path can lead out.
* **Tolerance for older bags.** A path listed twice with the same digest is a
  warning before BagIt 1.0 (0.97 tolerated it), an error from 1.0 on; paths
  that differ only in Unicode normalization are a warning.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field

from archive.fixity.tag_files import TagFileChecks

__all__ = ["DIGEST_LENGTHS", "Manifest", "ManifestChecks", "decode_path"]

DIGEST_LENGTHS = {"md5": 32, "sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128}

_MANIFEST_NAME = re.compile(r"(tag)?manifest-([A-Za-z0-9_-]+)\.txt")
_MANIFEST_LINE = re.compile(r"([0-9A-Fa-f]+)[ \t]+(\*?)(.*)")
_PERCENT = re.compile(r"%(0[AaDd]|25)")


def decode_path(raw: str) -> str:
    """A manifest or fetch path as the file's name: RFC 8493 percent-encodes only CR, LF and %."""
    return _PERCENT.sub(lambda m: chr(int(m.group(1), 16)), raw)


@dataclass
class Manifest:
    """One manifest file as read: its algorithm, whether it lists tag files, and what it lists."""

    name: str
    algorithm: str
    tag: bool
    entries: dict[str, str] = field(default_factory=dict)  # path -> digest (lowercase)


class ManifestChecks(TagFileChecks):
    """The manifests of a bag, line by line, and whether each path they list is safe."""

    def find_manifests(self) -> list[Manifest]:
        manifests = []
        try:
            names = sorted(os.listdir(self.bag))
        except OSError as exc:
            self.error("unreadable", ".", f"cannot list the bag: {exc.strerror}")
            return []
        for name in names:
            match = _MANIFEST_NAME.fullmatch(name)
            if not match:
                continue
            algorithm = match.group(2).lower()
            if algorithm not in DIGEST_LENGTHS:
                self.error("algorithm", name, f"unsupported checksum algorithm {match.group(2)!r}")
                continue
            manifests.append(Manifest(name, algorithm, bool(match.group(1))))
        if not any(not m.tag for m in manifests):
            self.error("manifest", ".", "no payload manifest (manifest-<algorithm>.txt)")
        return manifests

    def read_manifest(self, manifest: Manifest) -> None:
        text = self.read_tag_text(manifest.name)
        if text is None:
            return
        twins: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{manifest.name}:{number}"
            match = _MANIFEST_LINE.fullmatch(line)
            if not match or not match.group(3).strip():
                self.error("manifest", where, f"malformed line {line!r} (expected 'CHECKSUM PATH')")
                continue
            digest, star, raw = match.group(1).lower(), match.group(2), match.group(3)
            if len(digest) != DIGEST_LENGTHS[manifest.algorithm]:
                self.error("manifest", where, f"{manifest.algorithm} digest {digest!r} has "
                           f"{len(digest)} hex digits, not {DIGEST_LENGTHS[manifest.algorithm]}")
                continue
            if star:
                self.warn("manifest", where, "'*' before the path (md5sum's binary mark) is not BagIt syntax")
            path = decode_path(raw)
            if path.startswith("./"):
                self.warn("manifest", where, f"path {path!r} starts with './'")
                path = path[2:]
            if not self.safe_path(path, where, manifest.tag):
                continue
            if path in manifest.entries:
                same = manifest.entries[path] == digest
                if same and self.verdict.version != "1.0":  # RFC 8493 forbids; 0.97 tolerated
                    self.warn("duplicate", where, f"{path} is listed twice (same digest)")
                else:
                    self.error("duplicate", where, f"{path} is listed twice"
                               + (" with the same digest" if same else " with different digests"))
                continue
            normal = unicodedata.normalize("NFC", path)
            if normal in twins and twins[normal] != path:
                self.warn("normalization", where, f"{path!r} and {twins[normal]!r} differ only in "
                          "Unicode normalization")
            twins[normal] = path
            manifest.entries[path] = digest

    def safe_path(self, path: str, where: str, tag: bool) -> bool:
        """Whether a listed path stays inside the bag and in its part (payload or tags)."""
        parts = path.split("/")
        if path.startswith("/") or re.match(r"[A-Za-z]:", path) or path.startswith("\\\\"):
            reason = "is an absolute path"
        elif path.startswith("~"):
            reason = "starts with '~' (a home directory shortcut)"
        elif ".." in parts:
            reason = "climbs out with '..'"
        elif "" in parts or "." in parts:
            reason = "has an empty or '.' component"
        elif not self.inside(path):
            reason = "resolves outside the bag (through a symbolic link)"
        elif not tag and parts[0] != "data":
            reason = "is not in the payload directory data/"
        elif tag and parts[0] == "data":
            reason = "is a payload file, which a tag manifest must not list"
        else:
            return True
        self.error("unsafe-path", where, f"path {path!r} {reason}")
        return False

    def inside(self, path: str) -> bool:
        """Whether ``path`` (already free of '..' and absolute forms) resolves inside the bag."""
        if not self.has_symlinks:  # then only links could lead out, and resolving costs a stat per part
            return True
        real = os.path.realpath(os.path.join(self.bag, path))
        return real == self.real_root or real.startswith(self.real_root + os.sep)
