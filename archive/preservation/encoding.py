"""Character-encoding detection for text and HTML sources.

Kazakh and Russian newspapers of the 1990s and 2000s published in the old
single-byte Cyrillic code pages (Windows-1251, KOI8-R, DOS 866, the Kazakh
KZ-1048), Western sources in Latin-1 or Windows-1252. None of these files says
which it uses, and every one of them "decodes" as any other. So the decision
rests on what the decoded text looks like:

* a byte-order mark, strict ASCII or strict UTF-8 settle it outright;
* an HTML page's own ``<meta charset>`` is believed when the bytes fit it;
* otherwise each single-byte candidate is decoded and scored: real words keep
  one script and one case pattern (``привет``, ``Привет``, ``ПРИВЕТ``), while
  the wrong code page yields words like ``рТЙЧЕФ`` or ``Ïðèâåò`` and symbols
  or control characters where letters should be.

The result records the method and a score, so provenance says how sure we were.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

#: single-byte candidates, in the order that breaks ties
CANDIDATES = ("cp1251", "kz1048", "koi8_r", "cp866", "iso8859_1", "cp1252")
MIN_SCORE = 0.8
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1a")
# punctuation and signs that real text in these code pages uses outside ASCII
_TEXT_SYMBOLS = set("«»–—…„“”‘’‚•·№§°±\u00a0©®™€£¥¢×÷¶µ¹²³¼½¾¡¿ªº¦¨¯´¸¬\u00ad")
# Letters only Serbian and Macedonian use. A Kazakh text read as Windows-1251
# instead of KZ-1048 shows them where its own letters (ә ғ қ ң ө ұ ү һ) belong.
_RARE_LETTERS = set("ЂђЃѓЌќЋћЈјЅѕЉљЊњЏџ")
# The ten commonest letters of Russian prose (about 60% of its letters; Kazakh
# and Ukrainian text about 50%). A Cyrillic text read in the wrong code page
# permutes its letters and drops to about 35%, whatever its case.
_COMMON_CYRILLIC = set("оеаинтсрвл")
_WORD = re.compile(r"[^\W\d_]+")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE)


class UndecodableText(ValueError):
    """No encoding gives readable text; the message says why."""


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen for a text file and how it was chosen."""

    encoding: str          # Python codec name, e.g. "utf-8", "cp1251", "koi8-r"
    method: str            # "bom", "ascii", "utf-8", "declared" or "statistics"
    confidence: float      # 1.0 when the bytes leave no doubt
    declared: str | None = None   # what an HTML page said about itself, if anything
    note: str = ""

    def as_dict(self) -> dict:
        return {"encoding": self.encoding, "method": self.method,
                "confidence": round(self.confidence, 3), "declared": self.declared,
                "note": self.note}


def canonical(name: str) -> str | None:
    """Python's canonical name of a codec, or None if Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _is_bad_char(ch: str) -> bool:
    """A character that does not belong in running text (control, unassigned, drawing)."""
    if ch in _ALLOWED_CONTROLS:
        return False
    category = unicodedata.category(ch)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return True
    return "\u2500" <= ch <= "\u259f"  # box drawing and blocks: DOS pseudographics


def _control_problem(text: str) -> str | None:
    """A reason to refuse ``text`` for control characters, or None."""
    bad = sum(1 for ch in text if ch < " " and ch not in _ALLOWED_CONTROLS or ch == "\x7f")
    if bad > max(2, len(text) // 1000):
        return f"contains {bad} control characters (binary data, or UTF-16 without a byte-order mark)"
    return None


def _script(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else ""


def score(text: str) -> float:
    """How much ``text`` looks like real prose, from 0 to 1, judged on its non-ASCII part."""
    high = [ch for ch in text if ord(ch) > 127]
    if not high:
        return 1.0
    bad = sum(1 for ch in high if _is_bad_char(ch))
    plain = sum(1 for ch in high if ch.isalpha() or ch in _TEXT_SYMBOLS)
    char_score = max(0.0, (plain - bad) / len(high))
    words = [w for w in _WORD.findall(text) if any(ord(c) > 127 for c in w)]
    if not words:
        return char_score * 0.9
    good = 0
    for word in words:
        one_script = len({_script(c) for c in word}) == 1
        case_ok = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        # Latin words made only of accented letters are code-page mojibake (Ïðèâåò)
        latin_mojibake = len(word) > 2 and _script(word[0]) == "LATIN" and all(ord(c) > 127 for c in word)
        good += one_script and case_ok and not latin_mojibake
    rare = sum(1 for ch in high if ch in _RARE_LETTERS)
    return char_score * good / len(words) * (1 - rare / len(high)) * _letter_fit(high)


def _letter_fit(high: list[str]) -> float:
    """1.0 when Cyrillic letters come in the proportions of real prose, less when permuted."""
    cyrillic = [ch.lower() for ch in high if ch.isalpha() and _script(ch) == "CYRILLIC"]
    if not cyrillic or len(cyrillic) < len(high) / 2:
        return 1.0
    share = sum(1 for ch in cyrillic if ch in _COMMON_CYRILLIC) / len(cyrillic)
    return min(1.0, share / 0.5)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace").lower()


def _decode_strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _checked(guess: EncodingGuess, text: str) -> EncodingGuess:
    problem = _control_problem(text)
    if problem:
        raise UndecodableText(problem)
    return guess


def detect_encoding(data: bytes, html: bool = False) -> EncodingGuess:
    """Choose the encoding of ``data``; raise ``UndecodableText`` if none reads as text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_strict(data, encoding)
            if text is None:
                raise UndecodableText(f"starts with a {encoding} byte-order mark but is not valid {encoding}")
            return _checked(EncodingGuess(canonical(encoding) or encoding, "bom", 1.0), text)
    declared = declared_charset(data) if html else None
    if data.isascii():
        return _checked(EncodingGuess("ascii", "ascii", 1.0, declared), data.decode("ascii"))
    text = _decode_strict(data, "utf-8")
    if text is not None:
        note = "" if not declared or canonical(declared) == "utf-8" else \
            f"page declares {declared} but its bytes are valid UTF-8"
        return _checked(EncodingGuess("utf-8", "utf-8", 1.0, declared, note), text)
    if declared and canonical(declared) not in (None, "utf-8", "ascii"):
        # WHATWG: a page declaring Latin-1 is decoded as Windows-1252
        codec = "cp1252" if canonical(declared) == "iso8859-1" else canonical(declared)
        text = _decode_strict(data, codec)
        if text is not None and score(text) >= MIN_SCORE:
            return _checked(EncodingGuess(codec, "declared", score(text), declared), text)
    return _by_statistics(data, declared)


def _by_statistics(data: bytes, declared: str | None) -> EncodingGuess:
    """Score every single-byte candidate and keep the best, if it is good enough."""
    best: tuple[float, str, str] | None = None
    for candidate in CANDIDATES:
        text = _decode_strict(data, candidate)
        if text is None:
            continue
        value = score(text)
        if best is None or value > best[0] + 1e-9:
            best = (value, candidate, text)
    bad_at = _first_bad_utf8(data)
    if best is None or best[0] < MIN_SCORE:
        raise UndecodableText(
            f"not valid UTF-8 (first invalid byte at offset {bad_at}) and no single-byte "
            f"encoding ({', '.join(canonical(c) or c for c in CANDIDATES)}) reads as text")
    note = f"not valid UTF-8 (first invalid byte at offset {bad_at})"
    if declared:
        note += f"; page declares {declared}, which does not fit its bytes"
    value, candidate, text = best
    return _checked(EncodingGuess(canonical(candidate) or candidate, "statistics", value, declared, note), text)


def _first_bad_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return -1
