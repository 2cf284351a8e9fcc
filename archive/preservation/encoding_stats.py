"""What decoded text looks like: the measures behind :mod:`archive.preservation.encoding`.

Every single-byte file "decodes" in every single-byte code page, so the bytes
alone cannot say which one the newsroom used; what the decoded text looks like
can. Real words keep one script and one case pattern (``привет``, ``Привет``,
``ПРИВЕТ``); the wrong code page yields words like ``рТЙЧЕФ`` or ``Ïðèâåò``
and symbols or control characters where letters should be. A general-purpose
detector guesses the script well but not the Cyrillic code page of a short or
all-capitals text, nor KZ-1048: :func:`best_cyrillic` settles those.

Text in UTF-16 or UTF-32 without a byte-order mark is recognised here too, by
where its zero bytes fall: every ASCII character written in UTF-16-LE leaves a
zero at an odd offset, and no legacy code page writes zero bytes in text.

Judging costs time in proportion to the text judged, so only a sample is
judged: the lines that hold non-ASCII characters (a page's markup, scripts
and styles say nothing of its encoding), a few kilobytes of them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

#: Cyrillic single-byte code pages we score ourselves, in the order that breaks ties
CYRILLIC = ("cp1251", "kz1048", "koi8_r", "cp866")
MIN_SCORE = 0.8
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1a")
# punctuation and signs that real text in these code pages uses outside ASCII
_TEXT_SYMBOLS = frozenset("«»–—…„“”‘’‚•·№§°±\u00a0©®™€£¥¢×÷¶µ¹²³¼½¾¡¿ªº¦¨¯´¸¬\u00ad")
# Letters only Serbian and Macedonian use. A Kazakh text read as Windows-1251
# instead of KZ-1048 shows them where its own letters (ә ғ қ ң ө ұ ү һ) belong.
_RARE_LETTERS = frozenset("ЂђЃѓЌќЋћЈјЅѕЉљЊњЏџ")
# The ten commonest letters of Russian prose (about 60% of its letters; Kazakh
# and Ukrainian text about 50%). A Cyrillic text read in the wrong code page
# permutes its letters and drops to about 35%, whatever its case.
_COMMON_CYRILLIC = frozenset("оеаинтсрвл")
# Japanese writes one word in kanji and kana together: one script for our purpose.
_SAME_SCRIPT = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "KATAKANA-HIRAGANA": "CJK", "IDEOGRAPHIC": "CJK"}
_WORD = re.compile(r"[^\W\d_]+")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_SCAN = 1 << 20   # samples are taken from the first megabyte
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")   # all but _ALLOWED_CONTROLS


def _is_bad_char(ch: str) -> bool:
    """A character that does not belong in running text (control, unassigned, drawing)."""
    if ch in _ALLOWED_CONTROLS:
        return False
    category = unicodedata.category(ch)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return True
    return "\u2500" <= ch <= "\u259f"  # box drawing and blocks: DOS pseudographics


def control_problem(text: str) -> str | None:
    """A reason to refuse ``text`` for control characters, or None."""
    bad = len(_CONTROL.findall(text))
    if bad > max(2, len(text) // 1000):
        return f"contains {bad} control characters (binary data)"
    return None


@lru_cache(maxsize=16384)
def _script(ch: str) -> str:
    """The script a character belongs to, by the first word of its Unicode name (cached: called per letter)."""
    name = unicodedata.name(ch, "")
    first = name.split(" ", 1)[0] if name else ""
    return _SAME_SCRIPT.get(first, first)


@lru_cache(maxsize=16384)
def _kind(ch: str) -> int:
    """-1 for a character that is no text, 1 for one real prose has outside ASCII, 0 otherwise."""
    if _is_bad_char(ch):
        return -1
    if ch.isalpha() or ch in _TEXT_SYMBOLS:
        return 1
    category = unicodedata.category(ch)
    # Thai vowels and tones, Hebrew and Arabic vowel points are combining marks; CJK
    # punctuation (、。「」) is no symbol mojibake of Latin or Cyrillic makes
    return 1 if category in ("Mn", "Mc") or ch >= "\u3000" and category.startswith("P") else 0


def _word_ok(word: str, scripts: dict[int, str]) -> bool:
    """Whether a word keeps one script and one case pattern, as real words do.

    ``scripts`` maps each character to a letter naming its script, so that
    ``str.translate`` checks a whole word at once.
    """
    marks = word.translate(scripts)
    if marks.count(marks[0]) != len(marks):
        return False
    caseless = word.lower() == word.upper()   # Hebrew, Arabic, Thai, CJK: no case to check
    case_ok = caseless or word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
    # Latin words made only of accented letters are code-page mojibake (Ïðèâåò)
    latin_mojibake = len(word) > 2 and not any(c.isascii() for c in word) and _script(word[0]) == "LATIN"
    return case_ok and not latin_mojibake


def score(text: str) -> float:
    """How much ``text`` looks like real prose, from 0 to 1, judged on its non-ASCII part."""
    text = _composed(text)
    bound = letter_bound(text)
    return bound * _word_share(text) if bound > 0 else 0.0


def _composed(text: str) -> str:
    """``text`` in composed form: Windows-1258 writes Vietnamese tones as combining marks."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def letter_bound(text: str) -> float:
    """The part of :func:`score` judged on characters alone; the score never exceeds it.

    Counted over distinct characters, so it costs little: :func:`rank` skips
    the words of a candidate whose letters alone already lose.
    """
    plain = bad = rare = cyrillic = common = total = 0
    for ch, n in Counter(text).items():
        if ch < "\x80":
            continue
        total += n
        kind = _kind(ch)
        plain += n if kind == 1 else 0
        bad += n if kind == -1 else 0
        rare += n if ch in _RARE_LETTERS else 0
        if ch.isalpha() and _script(ch) == "CYRILLIC":
            cyrillic += n
            common += n if ch.lower() in _COMMON_CYRILLIC else 0
    if not total:
        return 1.0
    char_score = max(0.0, (plain - bad) / total) * (1 - rare / total)
    # Cyrillic letters in the proportions of real prose, or permuted by the wrong code page
    if cyrillic and cyrillic >= total / 2:
        char_score *= min(1.0, common / cyrillic / 0.5)
    return char_score


def _word_share(text: str) -> float:
    """The share of words with letters outside ASCII that keep one script and one case pattern."""
    words = Counter(w for w in _WORD.findall(text) if not w.isascii())
    if not words:
        return 0.9
    names: dict[str, str] = {}
    scripts = {ord(ch): names.setdefault(_script(ch), chr(65 + len(names))) for ch in set().union(*words)}
    good = sum(n for word, n in words.items() if _word_ok(word, scripts))
    return good / sum(words.values())


def mostly_cyrillic(text: str) -> bool:
    """Whether most letters outside ASCII are Cyrillic: the texts :func:`best_cyrillic` knows."""
    letters = [(ch, n) for ch, n in Counter(text).items() if ch >= "\x80" and ch.isalpha()]
    cyrillic = sum(n for ch, n in letters if _script(ch) == "CYRILLIC")
    return cyrillic > sum(n for _, n in letters) / 2


def decode_strict(data: bytes, encoding: str) -> str | None:
    """``data`` decoded, or None if it is not valid in ``encoding`` (or Python lacks it)."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def rank(data: bytes, candidates: tuple[str, ...], bar: float = 0.0) -> list[tuple[float, str, str]]:
    """(score, codec, text) for every candidate that decodes ``data``, best first, ties in given order.

    Words cost most to judge; a candidate whose :func:`letter_bound` cannot
    beat the best score so far, nor reach ``bar``, is ranked by that bound,
    its words unread.
    """
    bounded = []
    for order, codec in enumerate(candidates):
        text = decode_strict(data, codec)
        if text is not None:
            text = _composed(text)
            bounded.append((letter_bound(text), -order, codec, text))
    bounded.sort(reverse=True)
    scored, best, known = [], (bar, -len(candidates)), {}
    for bound, order, codec, text in bounded:
        if (bound, order) > best:
            if text not in known:   # code pages that give the same text are scored once
                known[text] = bound * _word_share(text) if bound > 0 else 0.0
            value = known[text]
            best = max(best, (value, order))
        else:
            value = bound
        scored.append((value, order, codec, text))
    scored.sort(reverse=True)
    return [(value, codec, text) for value, _, codec, text in scored]


def best_cyrillic(data: bytes, extra: tuple[str, ...] = (), bar: float = 0.0) -> list[tuple[float, str, str]]:
    """Our Cyrillic code pages and ``extra`` ones (a detector's Cyrillic guesses), ranked by score;
    those that cannot reach ``bar`` by their letters alone are ranked by them."""
    candidates = CYRILLIC + tuple(c for c in extra if c not in CYRILLIC)
    return rank(data, candidates, bar)


def byte_sample(data: bytes, size: int) -> bytes:
    """The lines of ``data`` that hold non-ASCII bytes, at most about ``size`` bytes of them.

    A page's markup, scripts and styles are ASCII and say nothing of its
    encoding; its text does. Whole lines keep multi-byte characters whole in
    every ASCII-based encoding. Bytes without any above 0x7F (ISO-2022) are
    given as they are.
    """
    if not _HIGH_BYTE.search(data, 0, _SCAN):
        return data[:size]
    lines, total = [], 0
    for line in data[:_SCAN].split(b"\n"):
        if _HIGH_BYTE.search(line):
            lines.append(line)
            total += len(line) + 1
            if total >= size:
                break
    return _cut(b"\n".join(lines), size + size // 4)


def _cut(data: bytes, limit: int) -> bytes:
    """``data`` cut to at most ``limit`` bytes after a space or ``>``: no byte below 0x40 is
    the second byte of a character in GBK, Big5, Shift_JIS or EUC, so no character is split."""
    if len(data) <= limit:
        return data
    end = max(data.rfind(b" ", 0, limit), data.rfind(b">", 0, limit))
    return data[:end + 1] if end > 0 else data[:limit]


def text_sample(text: str, size: int) -> str:
    """The lines of a decoded text that hold non-ASCII characters, about ``size`` of them: what is scored."""
    lines, total = [], 0
    for line in text[:_SCAN].split("\n"):
        if not line.isascii():
            lines.append(line)
            total += len(line) + 1
            if total >= size:
                break
    return "\n".join(lines)


def wide_unicode(data: bytes) -> tuple[str, str] | None:
    """(codec, text) when ``data`` is UTF-32 or UTF-16 without a byte-order mark, else None.

    The zero bytes decide the candidates: UTF-32 leaves at least one in every
    four-byte unit, UTF-16 leaves them on one side of each pair (its ASCII
    characters). The candidate must then decode strictly and read as text:
    junk with zero bytes decodes, in UTF-16, to unassigned and private-use
    code points and to control characters.
    """
    zeros = data.count(0)
    if zeros < 2:
        return None
    for codec in _wide_candidates(data):
        text = decode_strict(data, codec)
        if text is not None and _reads_as_text(text):
            return codec, text
    return None


def _wide_candidates(data: bytes) -> list[str]:
    """The UTF-32 and UTF-16 byte orders the zero bytes allow, likeliest first."""
    out = []
    quads = len(data) // 4
    if len(data) % 4 == 0:
        # code points below U+110000: the top byte is zero, the next at most 0x10
        if data[3::4].count(0) == quads and max(data[2::4]) <= 0x10:
            out.append("utf-32-le")
        if data[0::4].count(0) == quads and max(data[1::4]) <= 0x10:
            out.append("utf-32-be")
    if len(data) % 2 == 0:
        # ASCII characters leave their zero on the high side of the pair; CJK text has few of them
        odd, even = data[1::2].count(0), data[0::2].count(0)
        sides = sorted(((odd, "utf-16-le"), (even, "utf-16-be")), reverse=True)
        out += [codec for count, codec in sides if count >= 2]
    return out


def _reads_as_text(text: str) -> bool:
    """Few characters that are no text at all, and no run of control characters."""
    if control_problem(text):
        return False
    head = text[:4096]
    bad = sum(1 for ch in head if unicodedata.category(ch) in ("Cn", "Co", "Cs"))
    return bad <= max(2, len(head) // 100)
