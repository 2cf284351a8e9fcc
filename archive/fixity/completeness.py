"""Whether a bag holds what its manifests list, and nothing else: the walk, ``fetch.txt``, completeness.

Every payload file must be in every payload manifest, every listed file must
be present (or listed in ``fetch.txt``, to be fetched), Payload-Oxum must
equal what is on disk, and ``fetch.txt`` may name only payload files that the
manifests list.

Decisions:

* **One walk of the bag.** :meth:`CompletenessChecks.walk_payload` lists every
  file with its size in a single pass, not following links; every later check
  (completeness, fixity) takes sizes and existence from it, never from the
  disk again. It runs before the manifests are read, since it tells whether
  any path needs resolving through a symbolic link.
* **Not a regular file is a problem, not a hang**: a FIFO, socket or device
  in the payload is reported, never opened.
* **Names that differ only in Unicode normalization** (a bag copied between
  macOS and Linux) match, with a warning; the file on disk is digested.
* **Leftovers of operating systems** (``.DS_Store``, ``Thumbs.db``) that no
  manifest lists are worth a warning, not a failure.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from typing import Iterator

from archive.fixity.manifests import Manifest, ManifestChecks, decode_path

__all__ = ["SYSTEM_FILES", "CompletenessChecks"]

#: files operating systems leave behind; unlisted, they are worth a warning, not a failure
SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", ".directory"}


class CompletenessChecks(ManifestChecks):
    """The files on disk against the manifests and ``fetch.txt``, and Payload-Oxum against both."""

    def walk_payload(self) -> None:
        """List every file of the bag with its size, and note whether it holds any symbolic link.

        One pass over the directory tree, from which every later check takes
        what it needs: no other existence or size lookups on disk.
        """
        self.has_symlinks = False
        data = self.bag / "data"
        if not data.is_dir() or data.is_symlink():
            self.has_symlinks = data.is_symlink()
            self.error("payload", "data", "the payload directory data/ is missing")
        for entry in self._tree(self.prefix):
            relative = entry.path[len(self.prefix):].replace(os.sep, "/")
            payload = relative.startswith("data/")
            if entry.is_symlink():
                self.has_symlinks = True
                if payload and entry.is_dir():
                    self.error("unsafe-path", relative, "symbolic link to a directory inside the payload")
                    continue
                if payload and not self.inside(relative):
                    self.error("unsafe-path", relative, "symbolic link that points outside the bag")
                    continue
            if entry.is_dir(follow_symlinks=False):
                continue
            try:
                info = entry.stat()
            except OSError as exc:
                if payload:
                    self.error("unreadable", relative, f"cannot be read: {exc.strerror}")
                continue
            if not stat.S_ISREG(info.st_mode):  # a FIFO would block a reader forever
                self.error("unsafe-path", relative, "is not a regular file (a FIFO, socket or device)")
                continue
            (self.sizes if payload else self.tag_sizes)[relative] = info.st_size

    def _tree(self, folder: str) -> Iterator[os.DirEntry]:
        """Every entry below ``folder``, not following links."""
        try:
            with os.scandir(folder) as entries:
                listed = list(entries)
        except OSError as exc:
            self.error("unreadable", folder[len(self.prefix):] or ".", f"cannot be listed: {exc.strerror}")
            return
        for entry in listed:
            yield entry
            if entry.is_dir(follow_symlinks=False):
                yield from self._tree(entry.path)

    def read_fetch(self, payload_manifests: list[Manifest]) -> None:
        if "fetch.txt" not in self.tag_sizes:
            return
        text = self.read_tag_text("fetch.txt")
        if text is None:
            return
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"fetch.txt:{number}"
            parts = line.split(None, 2)
            if len(parts) != 3 or not (parts[1] == "-" or parts[1].isdigit()):
                self.error("fetch", where, f"malformed line {line!r} (expected 'URL LENGTH PATH')")
                continue
            path = decode_path(parts[2])
            if not self.safe_path(path, where, tag=False):
                continue
            missing = [m.name for m in payload_manifests if path not in m.entries]
            if missing:
                self.error("fetch", where, f"{path} is to be fetched but is not in {', '.join(missing)}")
            self.fetch[path] = parts[0]

    def check_completeness(self, manifests: list[Manifest]) -> None:
        payload = [m for m in manifests if not m.tag]
        nfc_on_disk = {unicodedata.normalize("NFC", p): p for p in self.sizes}
        for manifest in payload:
            for path in manifest.entries:
                if path in self.sizes:
                    continue
                twin = nfc_on_disk.get(unicodedata.normalize("NFC", path))
                if twin:
                    self.aliases[path] = twin
                    self.warn("normalization", path, f"listed in {manifest.name} as {path!r}; on disk "
                              f"as {twin!r}, which differs only in Unicode normalization")
                elif path in self.fetch:
                    if path not in self.pending_fetch:
                        self.pending_fetch.add(path)
                        self.warn("fetch", path, f"not present yet: to be fetched from {self.fetch[path]}")
                else:
                    self.error("missing", path, f"listed in {manifest.name} but missing from the bag")
        listed_nfc = [{unicodedata.normalize("NFC", p) for p in m.entries} for m in payload]
        for path in self.sizes:
            for manifest, nfc in zip(payload, listed_nfc, strict=True):
                if path in manifest.entries or unicodedata.normalize("NFC", path) in nfc:
                    continue
                if path.rsplit("/", 1)[-1].lower() in SYSTEM_FILES:
                    self.warn("unlisted", path, f"system file not listed in {manifest.name}")
                else:
                    self.error("unlisted", path, f"in the payload but not listed in {manifest.name}")
        for manifest in (m for m in manifests if m.tag):
            for path in manifest.entries:
                if path not in self.tag_sizes:
                    self.error("missing", path, f"listed in {manifest.name} but missing from the bag")
        self.verdict.files = len(self.sizes)
        self.verdict.bytes = sum(self.sizes.values())
        if self.oxum is not None:
            octets, streams = self.oxum
            if (octets, streams) != (self.verdict.bytes, self.verdict.files):
                message = (f"Payload-Oxum says {octets}.{streams} but the payload holds "
                           f"{self.verdict.bytes}.{self.verdict.files} (bytes.files)")
                if self.pending_fetch:  # it describes the payload once fetch.txt's files are in
                    self.warn("oxum", "bag-info.txt", message + ", with files still to fetch")
                else:
                    self.error("oxum", "bag-info.txt", message)
