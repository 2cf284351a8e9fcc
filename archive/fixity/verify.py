"""Verifying BagIt bags: fixity, completeness and the MUST rules of RFC 8493.

This is the auditor's verdict, so it has to be right where the reference
implementation is not, and it reports every problem in a bag, never only the
first. It works on any bag directory (ours or another system's, BagIt 0.93 to
1.0) and never writes to it.

What is checked, in order:

* ``bagit.txt``: present, no byte-order mark, exactly the two lines
  ``BagIt-Version: M.N`` and ``Tag-File-Character-Encoding: ENC`` (nothing
  before the colons, nothing more), a known version and encoding;
* ``bag-info.txt`` (optional): ``Label: value`` lines with indented
  continuations, the reserved fields that must not repeat, Payload-Oxum's form;
* every manifest: known algorithm, well-formed lines, digests of the right
  length, no path listed twice, paths that stay in the bag (no ``..``, no
  absolute or ``~`` paths, nothing that resolves outside through a symbolic
  link), payload manifests naming only ``data/``, tag manifests only tag files;
* completeness: every payload file in every payload manifest, every listed
  file present (or listed in ``fetch.txt``), Payload-Oxum equal to what is on
  disk, ``fetch.txt`` naming only payload files that the manifests list;
* fixity (unless ``fast``): every file listed in any manifest, payload or tag,
  read once and digested with every algorithm that lists it.

Manifest paths are percent-decoded as RFC 8493 says (only ``%0A``, ``%0D``
and ``%25``, in either case), so a file literally named ``%7Etest`` matches.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import time
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from archive.preservation.hashing import Hasher
from archive.workers import default_workers, worker_pool

DIGEST_LENGTHS = {"md5": 32, "sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128}
KNOWN_VERSIONS = {"0.93", "0.94", "0.95", "0.96", "0.97", "1.0"}
#: reserved bag-info fields that describe the bag as a whole and so cannot repeat
SINGLE_VALUED = ("Bagging-Date", "Bag-Size", "Payload-Oxum", "Bag-Count")
#: files operating systems leave behind; unlisted, they are worth a warning, not a failure
SYSTEM_FILES = {".ds_store", "thumbs.db", "desktop.ini", ".directory"}

_BAGIT_LINES = (re.compile(r"BagIt-Version: ([0-9]+\.[0-9]+)"),
                re.compile(r"Tag-File-Character-Encoding: (\S(?:.*\S)?)"))
_MANIFEST_NAME = re.compile(r"(tag)?manifest-([A-Za-z0-9_-]+)\.txt")
_MANIFEST_LINE = re.compile(r"([0-9A-Fa-f]+)[ \t]+(\*?)(.*)")
_PERCENT = re.compile(r"%(0[AaDd]|25)")
_OXUM = re.compile(r"([0-9]+)\.([0-9]+)")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bag: what, where, and for fixity the digests."""

    code: str
    path: str
    message: str
    algorithm: str | None = None
    expected: str | None = None
    found: str | None = None

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class BagVerdict:
    """Everything found about one bag."""

    bag: Path
    mode: str = "full"
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    version: str | None = None
    algorithms: list[str] = field(default_factory=list)
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0

    @property
    def valid(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict:
        return {"bag": str(self.bag), "valid": self.valid, "mode": self.mode,
                "version": self.version, "algorithms": self.algorithms, "files": self.files,
                "bytes": self.bytes, "seconds": round(self.seconds, 6),
                "problems": [p.as_dict() for p in self.problems],
                "warnings": [w.as_dict() for w in self.warnings]}


def read_regular(path: str) -> bytes:
    """The bytes of a regular file; a FIFO or device in its place is an error, not a hang."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(0, "not a regular file (a FIFO, socket or device)", str(path))
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def decode_path(raw: str) -> str:
    """A manifest or fetch path as the file's name: RFC 8493 percent-encodes only CR, LF and %."""
    return _PERCENT.sub(lambda m: chr(int(m.group(1), 16)), raw)


@dataclass
class _Manifest:
    name: str
    algorithm: str
    tag: bool
    entries: dict[str, str] = field(default_factory=dict)  # path -> digest (lowercase)


class _Check:
    """The checks of one bag; every finding goes into ``verdict``."""

    def __init__(self, bag: Path, fast: bool) -> None:
        self.bag = bag
        self.verdict = BagVerdict(bag=bag, mode="fast" if fast else "full")
        self.encoding = "utf-8"
        self.real_root = os.path.realpath(bag)
        self.prefix = os.path.join(os.fspath(bag), "")  # the bag's path and a separator, for joins
        self.fetch: dict[str, str] = {}
        self.pending_fetch: set[str] = set()  # listed, absent, and to be fetched
        self.sizes: dict[str, int] = {}       # payload files on disk -> size
        self.tag_sizes: dict[str, int] = {}   # every other regular file in the bag -> size
        self.aliases: dict[str, str] = {}     # listed path -> name on disk, when they differ in normalization
        self.has_symlinks = True              # until the walk has shown otherwise

    def error(self, code: str, path: str, message: str, **digests: str) -> None:
        self.verdict.problems.append(Problem(code, path, message, **digests))

    def warn(self, code: str, path: str, message: str) -> None:
        self.verdict.warnings.append(Problem(code, path, message))

    # --- tag files ---------------------------------------------------------------

    def read_bagit_txt(self) -> None:
        """Check bagit.txt; without one, go on with UTF-8 so that every other problem is found too."""
        try:
            data = read_regular(self.prefix + "bagit.txt")
        except FileNotFoundError:
            self.error("bagit.txt", "bagit.txt", "missing (a bag must have bagit.txt)")
            return
        except OSError as exc:
            self.error("bagit.txt", "bagit.txt", f"unreadable: {exc.strerror}")
            return
        if data.startswith(codecs.BOM_UTF8):
            self.error("bagit.txt", "bagit.txt", "starts with a byte-order mark, which RFC 8493 forbids")
            data = data[len(codecs.BOM_UTF8):]
        try:
            lines = data.decode("utf-8").splitlines()
        except UnicodeDecodeError:
            self.error("bagit.txt", "bagit.txt", "is not UTF-8")
            return
        if len(lines) != 2:
            self.error("bagit.txt", "bagit.txt", f"has {len(lines)} lines; it must have exactly 2 "
                       "(BagIt-Version and Tag-File-Character-Encoding)")
        for number, pattern in enumerate(_BAGIT_LINES):
            line = lines[number] if number < len(lines) else ""
            match = pattern.fullmatch(line)
            if not match:
                expected = pattern.pattern.split(":")[0]
                self.error("bagit.txt", "bagit.txt", f"line {number + 1} {line!r} is not "
                           f"'{expected}: ...' exactly")
            elif number == 0:
                self.verdict.version = match.group(1)
                if match.group(1) not in KNOWN_VERSIONS:
                    self.error("bagit.txt", "bagit.txt", f"unknown BagIt-Version {match.group(1)}")
            else:
                try:
                    self.encoding = codecs.lookup(match.group(1)).name
                except LookupError:
                    self.error("bagit.txt", "bagit.txt", f"unknown Tag-File-Character-Encoding {match.group(1)}")

    def read_tag_text(self, name: str) -> str | None:
        try:
            data = read_regular(self.prefix + name)
        except OSError as exc:
            self.error("unreadable", name, f"cannot be read: {exc.strerror}")
            return None
        try:
            text = data.decode(self.encoding)
        except UnicodeDecodeError as exc:
            self.error("encoding", name, f"is not valid {self.encoding} (byte {exc.start})")
            return None
        if text.startswith("\ufeff"):
            self.warn("encoding", name, "starts with a byte-order mark")
            text = text[1:]
        return text

    def read_bag_info(self) -> None:
        if not (self.bag / "bag-info.txt").exists():
            return
        text = self.read_tag_text("bag-info.txt")
        if text is None:
            return
        fields: list[tuple[str, str]] = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            if line[0] in " \t":
                if not fields:
                    self.error("bag-info", "bag-info.txt", f"line {number} continues a field that does not exist")
                else:
                    label, value = fields[-1]
                    fields[-1] = (label, value + " " + line.strip())
                continue
            label, colon, value = line.partition(":")
            if not colon or not label.strip():
                self.error("bag-info", "bag-info.txt", f"line {number} {line!r} is not 'Label: value'")
                continue
            if label != label.strip():
                self.warn("bag-info", "bag-info.txt", f"line {number}: white space around the label {label!r}")
            fields.append((label.strip(), value.strip()))
        self.check_reserved(fields)

    def check_reserved(self, fields: list[tuple[str, str]]) -> None:
        for reserved in SINGLE_VALUED:
            values = [v for label, v in fields if label.lower() == reserved.lower()]
            if len(values) > 1:
                message = f"{reserved} appears {len(values)} times"
                if self.verdict.version == "1.0":  # RFC 8493; earlier drafts allowed it
                    self.error("bag-info", "bag-info.txt", message + "; it must not repeat")
                else:
                    self.warn("bag-info", "bag-info.txt", message)
        for label, value in fields:
            if label.lower() == "payload-oxum":
                match = _OXUM.fullmatch(value)
                if not match:
                    self.error("oxum", "bag-info.txt", f"Payload-Oxum {value!r} is not OCTETS.STREAMS")
                else:
                    self.oxum = (int(match.group(1)), int(match.group(2)))

    oxum: tuple[int, int] | None = None

    # --- manifests ---------------------------------------------------------------

    def find_manifests(self) -> list[_Manifest]:
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
            manifests.append(_Manifest(name, algorithm, bool(match.group(1))))
        if not any(not m.tag for m in manifests):
            self.error("manifest", ".", "no payload manifest (manifest-<algorithm>.txt)")
        return manifests

    def read_manifest(self, manifest: _Manifest) -> None:
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

    # --- payload and fetch ---------------------------------------------------------

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

    def read_fetch(self, payload_manifests: list[_Manifest]) -> None:
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

    def check_completeness(self, manifests: list[_Manifest]) -> None:
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

    # --- fixity ------------------------------------------------------------------

    def check_fixity(self, manifests: list[_Manifest], hasher: Hasher) -> None:
        wanted: dict[str, tuple[int, set[str]]] = {}
        for manifest in manifests:
            for path in manifest.entries:
                on_disk = self.aliases.get(path, path)
                size = (self.tag_sizes if manifest.tag else self.sizes).get(on_disk)
                if size is None:
                    continue  # missing: already reported
                wanted.setdefault(self.prefix + on_disk, (size, set()))[1].add(manifest.algorithm)
        found = hasher.digest_many(wanted)
        for manifest in manifests:
            for path, expected in manifest.entries.items():
                result = found.get(self.prefix + self.aliases.get(path, path))
                if result is None:
                    continue
                if isinstance(result, OSError):
                    self.error("unreadable", path, f"cannot be read: {result.strerror}")
                elif result[manifest.algorithm] != expected:
                    self.error("checksum", path, f"{manifest.algorithm} mismatch (listed in {manifest.name})",
                               algorithm=manifest.algorithm, expected=expected,
                               found=result[manifest.algorithm])

    # --- all -----------------------------------------------------------------------

    def run(self, fast: bool, hasher: Hasher | None) -> BagVerdict:
        started = time.perf_counter()
        if not self.bag.is_dir():
            self.error("not-a-bag", str(self.bag), "is not a directory")
            return self.verdict
        # every check runs whatever bagit.txt says: a half-copied bag has many problems
        self.read_bagit_txt()
        self.read_bag_info()
        manifests = self.find_manifests()
        self.walk_payload()  # before the manifests: it tells whether paths need resolving through links
        for manifest in manifests:
            self.read_manifest(manifest)
        self.verdict.algorithms = sorted({m.algorithm for m in manifests})
        self.read_fetch([m for m in manifests if not m.tag])
        self.check_completeness(manifests)
        if not fast:
            own = hasher or Hasher()
            try:
                self.check_fixity(manifests, own)
            finally:
                if hasher is None:
                    own.close()
        self.verdict.seconds = time.perf_counter() - started
        return self.verdict


def verify_bag(bag: str | os.PathLike, *, fast: bool = False, hasher: Hasher | None = None) -> BagVerdict:
    """Verify one bag directory; ``fast`` checks completeness and Payload-Oxum only."""
    return _Check(Path(bag), fast).run(fast, hasher)


#: below this many bags an audit stays in one process
PARALLEL_MIN_BAGS = 64
#: how much work to hand the worker processes at a time, and at most how many bags
WINDOW_SECONDS, MAX_WINDOW = 0.25, 512
_worker_fast = False


def _worker_start(fast: bool) -> None:
    global _worker_fast
    _worker_fast = fast


def _worker_verify(bag: str | os.PathLike) -> BagVerdict:
    return verify_bag(bag, fast=_worker_fast, hasher=_worker_hasher())


@lru_cache(maxsize=1)
def _worker_hasher() -> Hasher:
    return Hasher(workers=1)


def verify_bags(bags: Iterable[str | os.PathLike], *, fast: bool = False,
                workers: int | None = None, expected: int = 0,
                deadline: float | None = None) -> Iterator[BagVerdict]:
    """Verify bags, yielding their verdicts in order.

    With ``expected`` (the number of bags coming) at or above
    PARALLEL_MIN_BAGS, bags are verified in one process per core, a few at a
    time (so a caller that stops asking, as a time-boxed audit does, stops the
    work too); otherwise one after another here, sharing a pool of hashing
    threads, which is what a few large bags want. ``deadline`` (a
    ``time.monotonic()`` value) keeps the work handed out at once from running
    past it.
    """
    processes = workers or default_workers(expected, PARALLEL_MIN_BAGS)
    if processes <= 1:
        with Hasher(workers) as hasher:
            for bag in bags:
                yield verify_bag(bag, fast=fast, hasher=hasher)
        return
    with worker_pool(processes, _worker_start, (fast,)) as pool:
        bag_iter, size = iter(bags), 2 * processes
        while window := list(islice(bag_iter, size)):
            started = time.monotonic()
            yield from pool.imap(_worker_verify, window, chunksize=max(1, len(window) // (4 * processes)))
            budget = WINDOW_SECONDS if deadline is None else min(WINDOW_SECONDS, deadline - time.monotonic())
            size = _next_window(len(window), time.monotonic() - started, processes, budget)


def _next_window(done: int, seconds: float, processes: int, budget: float) -> int:
    """How many bags to hand out next: about a quarter second of work.

    Small bags need large windows to keep the workers busy (pickling one bag at
    a time costs more than verifying it); large bags need small ones, so a
    time-boxed audit stops soon after its time is up.
    """
    per_bag = seconds / done if done else 0.0
    wanted = int(max(budget, 0.0) / per_bag) if per_bag > 0 else MAX_WINDOW
    return max(2 * processes, min(MAX_WINDOW, wanted))
