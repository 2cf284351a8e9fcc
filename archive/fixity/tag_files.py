"""The RFC 8493 rules of a bag's tag files: ``bagit.txt`` and ``bag-info.txt``.

``bagit.txt`` must be present, without a byte-order mark, and exactly the two
lines ``BagIt-Version: M.N`` and ``Tag-File-Character-Encoding: ENC``
(nothing before the colons, nothing more), with a known version and encoding.
``bag-info.txt`` is optional: ``Label: value`` lines with indented
continuations, the reserved fields that describe the bag as a whole not
repeated, and Payload-Oxum of the form ``OCTETS.STREAMS``.

Decisions:

* **Go on without a good bagit.txt.** Its encoding is assumed to be UTF-8 and
  every other check still runs, so a damaged bag shows all its problems.
* **Read with care.** :func:`read_regular` opens without blocking and refuses
  anything but a regular file: a FIFO in a tag file's place would otherwise
  hang the audit.
* **Versions before 1.0 are judged by their own drafts**: a repeated reserved
  field is an error only in a BagIt 1.0 bag, a warning in older ones.
"""

from __future__ import annotations

import codecs
import os
import re
import stat

from archive.fixity.verdict import BagFindings

__all__ = ["KNOWN_VERSIONS", "SINGLE_VALUED", "TagFileChecks", "read_regular"]

KNOWN_VERSIONS = {"0.93", "0.94", "0.95", "0.96", "0.97", "1.0"}
#: reserved bag-info fields that describe the bag as a whole and so cannot repeat
SINGLE_VALUED = ("Bagging-Date", "Bag-Size", "Payload-Oxum", "Bag-Count")

_BAGIT_LINES = (re.compile(r"BagIt-Version: ([0-9]+\.[0-9]+)"),
                re.compile(r"Tag-File-Character-Encoding: (\S(?:.*\S)?)"))
_OXUM = re.compile(r"([0-9]+)\.([0-9]+)")


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


class TagFileChecks(BagFindings):
    """The first stage of a bag's check: ``bagit.txt``, then ``bag-info.txt``, and reading any tag file."""

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
        self.bag_info_fields = fields
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
