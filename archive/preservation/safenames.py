"""Safe payload file names.

The original name of a file is kept verbatim in the provenance record; the name
inside the bag only has to be one that every filesystem and every BagIt tool
accepts. We normalise to Unicode NFC (so a name typed on macOS, which stores
NFD, and the same name typed elsewhere become one), replace characters that
Windows, macOS or BagIt manifests treat specially, and bound the length.
"""

from __future__ import annotations

import unicodedata

#: bytes of UTF-8 a payload name may take. Linux allows 255; we keep room for
#: tools that append suffixes and for encrypted filesystems that shorten names.
MAX_NAME_BYTES = 200

# Reserved by Windows, disallowed in manifests (%) or path separators anywhere.
_REPLACED = set('/\\:*?"<>|%')
_WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}


def _clean_char(ch: str) -> str:
    if ch in _REPLACED or unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
        return "_"
    return ch


def _truncate_utf8(text: str, limit: int) -> str:
    """The longest prefix of ``text`` whose UTF-8 form fits in ``limit`` bytes."""
    encoded = text.encode("utf-8")[:limit]
    return encoded.decode("utf-8", errors="ignore")


def safe_name(original: str) -> str:
    """A portable file name for ``original`` (a bare name, not a path).

    The result is NFC, has no control or reserved characters, no leading dot
    or dash, no trailing dot or space, is not a Windows device name and fits in
    ``MAX_NAME_BYTES`` bytes of UTF-8 with its extension kept.
    """
    name = unicodedata.normalize("NFC", original)
    name = "".join(_clean_char(ch) for ch in name)
    name = name.strip(" .")
    if not name:
        return "unnamed"
    if name[0] in ".-":
        name = "_" + name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.upper() in _WINDOWS_DEVICES or stem.split(".")[0].upper() in _WINDOWS_DEVICES:
        stem = "_" + stem
    suffix = f".{ext}" if dot else ""
    if len(suffix.encode("utf-8")) > 16:  # an "extension" this long is part of the name
        stem, suffix = stem + suffix, ""
    stem = _truncate_utf8(stem, MAX_NAME_BYTES - len(suffix.encode("utf-8"))).rstrip(" .")
    return (stem or "unnamed") + suffix
