"""Character-encoding detection for text and HTML sources.

News pages reach the archive in every code page newsrooms used between 1995
and 2010: Windows-1251, KOI8-R, DOS 866 and the Kazakh KZ-1048 for Cyrillic,
Windows-1250 and ISO-8859-2 for Central Europe, Windows-1255 for Hebrew, GB
2312, Big5, Shift_JIS and EUC-KR for East Asia, and Unicode in its several
shapes. Hardly any file says which, and a single-byte file "decodes" in any
single-byte code page. Our own scoring, deciding alone among six Cyrillic and
Western code pages, was confidently wrong on real intake (Hebrew recorded as
KOI8-R at 0.92-1.0, Polish as Windows-1252, Western as Windows-1251) and
refused what it did not know. So a maintained detector, the *engine*, now
ranks the candidates, and what the bytes prove or what we know better goes
before it or over it:

* a byte-order mark, strict ASCII and strict UTF-8 settle it outright, and so
  do zero bytes where UTF-16 or UTF-32 without a mark puts them;
* an HTML page's ``<meta charset>`` (or an XML declaration) is believed when
  the bytes decode so and read as prose; as in browsers (WHATWG), a page
  declaring Latin-1 is read as Windows-1252, ISO-8859-9 as Windows-1254;
* when the engine sees Cyrillic, is unsure, or reads nonsense, our scoring of
  the Cyrillic code pages (:mod:`archive.preservation.encoding_stats`)
  decides if it reads as prose: chardet reads all-capitals Russian in
  Windows-1251 as KOI8-R and in KOI8-R as Greek, and tells KZ-1048 from
  PT154 in a short Kazakh text by 0.49 against 0.47;
* otherwise the engine's answer stands, named by its Windows twin when that
  gives the same text (the name most pages used).

Why chardet. Both maintained detectors were measured on the generated
ground-truth corpus (tests/encoding_corpus.py: 24 languages, 48 encodings,
579 files of 0.7-6.6 KB; right = the file decodes to exactly the text
written), each alone on the whole file (bench/encodings.py, 2026-12-04):

    files                   detector                   right  wrong  refused  median ms
    all 579                 chardet 7.7.0              96.9%     10        8       0.36
                            charset-normalizer 3.5.3   90.7%     54        0       0.29
    legacy code pages, 291  chardet 7.7.0              96.6%     10        0       1.12
                            charset-normalizer 3.5.3   81.4%     54        0       0.53

charset-normalizer is twice as fast, but it reads French, Spanish,
Portuguese, Baltic and Turkish pages as Windows-1250: one legacy file in five
wrong. chardet's ten errors are between siblings that give most letters
alike (Polish in Windows-1257 read as -1250, Latvian in ISO-8859-10 as -4);
its refusals are UTF-16 without a mark, which we settle before it. With the
rules above: 98.3% right, none refused, median 0.20 ms a file (1.39 ms on
the legacy ones, 2.9 ms on 20 KB pages: the engine reads a 4 KB sample).

The result records the method, the runner-up and what was tried, so
provenance says how sure we were and what else it could have been.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from archive.preservation.encoding_stats import (CYRILLIC, MIN_SCORE, best_cyrillic, byte_sample, control_problem,
                                                 decode_strict, letter_bound, mostly_cyrillic, score, text_sample,
                                                 wide_unicode)

__all__ = ["CANDIDATES", "ENGINE", "MIN_SCORE", "EncodingGuess", "UndecodableText", "canonical",
           "declared_charset", "detect_encoding", "score"]

#: our single-byte candidates (Cyrillic), in the order that breaks ties
CANDIDATES = CYRILLIC
#: the maintained detector that ranks candidates, and the name its answers are recorded under
ENGINE = "chardet"
#: at most this many bytes go to the engine and to scoring; the whole file is still decoded
SAMPLE_BYTES = 4096
#: our Cyrillic scoring reads this much of the file: plenty to tell code pages apart
STATS_BYTES = 2048
# an answer of an unsure engine is taken only if our score of its text reaches this
_ENGINE_FLOOR = 0.5
# chardet gives its "nothing fit" answer this confidence: at or below it the engine has no idea
_ENGINE_NO_IDEA = 0.10
# below this confidence the engine is unsure, and our Cyrillic scoring is heard
_ENGINE_SURE = 0.5
# how many of the engine's first answers may add a Cyrillic code page to our scoring
_ENGINE_CYRILLIC = 4
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_CYRILLIC_FAMILY = frozenset({"cp1251", "kz1048", "koi8-r", "koi8-u", "koi8-t", "cp866", "cp1125",
                              "iso8859-5", "mac-cyrillic", "ptcp154", "cp855"})
# labels pages use that Python does not know, and WHATWG's supersets of declared code pages
_LABELS = {"x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic", "windows-874": "cp874",
           "x-sjis": "shift_jis", "iso-8859-8-i": "iso8859-8", "x-euc-jp": "euc_jp"}
_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "tis-620": "cp874",
              "iso8859-11": "cp874", "gb2312": "gbk", "euc_kr": "cp949"}
_WINDOWS_TWINS = {"iso8859-1": "cp1252", "iso8859-15": "cp1252", "iso8859-2": "cp1250", "iso8859-7": "cp1253",
                  "iso8859-8": "cp1255", "iso8859-9": "cp1254", "iso8859-13": "cp1257", "iso8859-4": "cp1257",
                  "tis-620": "cp874", "iso8859-11": "cp874"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE)


class UndecodableText(ValueError):
    """No encoding gives readable text; the message says why and what was tried.

    ``tried`` holds the same encodings as data, for a caller that records the
    file's encoding as unknown.
    """

    def __init__(self, message: str, tried: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.tried = tried


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen for a text file and how it was chosen."""

    encoding: str          # Python codec name, e.g. "utf-8", "cp1251", "koi8-r"
    method: str            # "bom", "ascii", "utf-8", "declared", "statistics" or ENGINE
    confidence: float      # 1.0 when the bytes leave no doubt; the engine's own figure for its answers
    declared: str | None = None   # what an HTML page said about itself, if anything
    note: str = ""
    runner_up: str | None = None  # the next-best encoding, one that reads the bytes as another text
    tried: tuple[str, ...] = field(default=())   # the encodings decoded on the way, in order

    def as_dict(self) -> dict:
        return {"encoding": self.encoding, "method": self.method,
                "confidence": round(self.confidence, 3), "declared": self.declared,
                "note": self.note, "runner_up": self.runner_up, "tried": list(self.tried)}


def canonical(name: str) -> str | None:
    """Python's canonical name of a codec, or None if Python does not know it."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if any."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", "replace").lower()


class _Trail:
    """The encodings tried so far, each once, for the result and for a refusal's message."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def add(self, encoding: str) -> None:
        name = canonical(encoding) or encoding
        if name not in self.names:
            self.names.append(name)

    def decode(self, data: bytes, encoding: str) -> str | None:
        self.add(encoding)
        return decode_strict(data, encoding)

    def __str__(self) -> str:
        return ", ".join(self.names) or "nothing"


def _checked(guess: EncodingGuess, text: str, trail: _Trail) -> EncodingGuess:
    """``guess``, unless its text is full of control characters: bytes that decode are not text for that."""
    problem = control_problem(text)
    if problem:
        raise UndecodableText(f"{problem}; tried {trail}", tuple(trail.names))
    return guess


def detect_encoding(data: bytes, html: bool = False) -> EncodingGuess:
    """Choose the encoding of ``data``; raise ``UndecodableText`` if none reads as text."""
    trail = _Trail()
    guess = _by_bom(data, trail) or _by_zero_bytes(data, trail)
    if guess:
        return guess
    declared = declared_charset(data) if html else None
    guess = _by_ascii_or_utf8(data, declared, trail)
    if guess:
        return guess
    if declared:
        guess = _by_declaration(data, declared, trail)
        if guess:
            return guess
    return _by_engine(data, declared, trail)


def _by_bom(data: bytes, trail: _Trail) -> EncodingGuess | None:
    """A byte-order mark settles it; one that its bytes do not follow is refused, not guessed past."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = trail.decode(data, encoding)
            if text is None:
                raise UndecodableText(f"starts with a {encoding} byte-order mark but is not valid {encoding}",
                                      tuple(trail.names))
            return _checked(EncodingGuess(canonical(encoding) or encoding, "bom", 1.0,
                                          tried=(canonical(encoding),)), text, trail)
    return None


def _by_zero_bytes(data: bytes, trail: _Trail) -> EncodingGuess | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where its zero bytes fall."""
    if 0 not in data:
        return None
    found = wide_unicode(data)
    if found is None:
        trail.add("utf-32")
        trail.add("utf-16")
        return None
    encoding, _ = found
    name = canonical(encoding) or encoding
    trail.add(name)
    return EncodingGuess(name, "statistics", 0.99,
                         note=f"{name} without a byte-order mark (zero bytes where it puts them)",
                         tried=tuple(trail.names))


def _by_ascii_or_utf8(data: bytes, declared: str | None, trail: _Trail) -> EncodingGuess | None:
    # ISO-2022-JP is ASCII bytes with escape sequences: the engine knows it, ASCII would lose it
    if data.isascii() and b"\x1b" not in data:
        trail.add("ascii")
        return _checked(EncodingGuess("ascii", "ascii", 1.0, declared, tried=tuple(trail.names)),
                        data.decode("ascii"), trail)
    text = trail.decode(data, "utf-8")
    if text is None or data.isascii():
        return None
    note = "" if not declared or canonical(declared) == "utf-8" else \
        f"page declares {declared} but its bytes are valid UTF-8"
    return _checked(EncodingGuess("utf-8", "utf-8", 1.0, declared, note, tried=tuple(trail.names)), text, trail)


def _declared_codecs(declared: str) -> list[str]:
    """The codecs to read a page with that declares ``declared``: WHATWG's superset first."""
    name = canonical(_LABELS.get(declared, declared))
    if name is None or name.startswith(("utf-16", "utf-32")) or name == "utf-8":
        return []   # an ASCII-based page cannot be UTF-16; UTF-8 was already tried
    superset = _SUPERSETS.get(name)
    return [superset, name] if superset else [name]


def _by_declaration(data: bytes, declared: str, trail: _Trail) -> EncodingGuess | None:
    """What the page says of itself, if its bytes decode so and read as prose: pages lie often
    enough (a template's ``utf-8`` over Windows-1251 text) that the declaration alone is not proof."""
    for codec in _declared_codecs(declared):
        text = trail.decode(data, codec)
        if text is None or control_problem(text):
            continue
        value = _text_score(text)
        if value >= MIN_SCORE:
            return EncodingGuess(canonical(codec) or codec, "declared", value, declared,
                                 tried=tuple(trail.names))
    return None


def _engine_answers(sample: bytes) -> list[tuple[str, float]]:
    """The engine's candidates for ``sample``, best first, as (Python codec name, confidence).

    ``chardet.detect_all`` scores every candidate fully (6 ms on a 1 KB
    Cyrillic page against 1 ms for ``detect``); the ranked list ``detect``
    takes its first answer from costs what ``detect`` costs and names the
    runner-up. It is not chardet's public interface, hence the pinned version
    and the fallback. EBCDIC (chardet's "mainframe" era) is left out: no news
    page comes in it, and it only adds nonsense runner-ups.
    """
    try:
        from chardet import EncodingEra
        from chardet.pipeline.orchestrator import run_pipeline
        eras = EncodingEra.ALL & ~EncodingEra.MAINFRAME
        ranked = [(r.encoding, r.confidence) for r in run_pipeline(sample, eras)]
    except ImportError:   # another chardet: its public, slower, full ranking
        import chardet
        ranked = [(r["encoding"], r["confidence"]) for r in chardet.detect_all(sample, compat_names=False)]
    out: dict[str, float] = {}
    for encoding, confidence in ranked:
        name = canonical(encoding or "")
        if name and name not in out:
            out[name] = float(confidence)
    return list(out.items())


def _by_engine(data: bytes, declared: str | None, trail: _Trail) -> EncodingGuess:
    """The engine's answer, or our Cyrillic scoring where it sees Cyrillic, is unsure or reads nonsense."""
    answers = _engine_answers(byte_sample(data, SAMPLE_BYTES))
    fitting = _fitting(data, answers, trail)
    top = next(fitting, None)
    note = _why_not_utf8(data, declared)
    if top and _believed(top):
        return _engine_guess(data, top, fitting, declared, note, trail)
    extra = tuple(name for name, _ in answers[:_ENGINE_CYRILLIC] if name in _CYRILLIC_FAMILY)
    if top is None or top[0] in _CYRILLIC_FAMILY:
        guess = _by_statistics(data, extra, MIN_SCORE, top, declared, note, trail)
        top_score = _text_score(top[2]) if top and not guess else 0.0
    else:   # against an engine that reads no Cyrillic, ours must read at least as well as its answer
        top_score = _text_score(top[2])
        guess = _by_statistics(data, extra, max(MIN_SCORE, top_score), top, declared, note, trail)
    if guess:
        return guess
    while top is not None and top[1] > _ENGINE_NO_IDEA:   # answers come most confident first
        if top_score >= _ENGINE_FLOOR:
            return _engine_guess(data, top, fitting, declared, note, trail)
        top = next(fitting, None)
        top_score = _text_score(top[2]) if top else 0.0
    raise _refusal(data, note, trail)


def _text_score(text: str) -> float:
    """Our :func:`score` of a decoded text, judged on the sample our scoring reads."""
    return score(text_sample(text, STATS_BYTES))


def _refusal(data: bytes, note: str, trail: _Trail) -> UndecodableText:
    """Why nothing reads ``data`` as text: control characters if it has them, and what was tried."""
    problem = control_problem(data.decode("latin-1"))
    why = problem or "no single-byte encoding nor multi-byte one reads as text"
    return UndecodableText(f"{note}; {why} (tried {trail})", tuple(trail.names))


def _believed(top: tuple[str, float, str]) -> bool:
    """Whether the engine's answer stands without our scoring: it is sure, reads no Cyrillic, and
    the characters it gives are those of prose (its words are not judged: that costs most)."""
    name, confidence, text = top
    return (name not in _CYRILLIC_FAMILY and confidence >= _ENGINE_SURE
            and letter_bound(text_sample(text, STATS_BYTES)) >= MIN_SCORE)


def _engine_guess(data: bytes, top: tuple[str, float, str], fitting: Iterator[tuple[str, float, str]],
                  declared: str | None, note: str, trail: _Trail) -> EncodingGuess:
    """The engine's answer ``top``; the runner-up is its next answer that reads another text.

    An ISO code page is recorded as its Windows twin when that gives the very
    same text (Latin-9 prose without a euro sign is Windows-1252 prose): the
    guess is as right, and the name is the one most pages used.
    """
    name, confidence, text = top
    twin = _WINDOWS_TWINS.get(name)
    if twin and trail.decode(data, twin) == text:
        name = twin
    runner_up = next((other for other, _, other_text in fitting if other_text != text), None)
    return EncodingGuess(name, ENGINE, confidence, declared, note, runner_up, tuple(trail.names))


def _fitting(data: bytes, answers: list[tuple[str, float]], trail: _Trail) -> Iterator[tuple[str, float, str]]:
    """(codec, confidence, text) for the engine's answers that decode all of ``data`` as text, lazily:
    most files need only the first two."""
    for name, confidence in answers:
        text = trail.decode(data, name)
        if text is not None and not control_problem(text):
            yield name, confidence, text


def _by_statistics(data: bytes, extra: tuple[str, ...], bar: float, top: tuple[str, float, str] | None,
                   declared: str | None, note: str, trail: _Trail) -> EncodingGuess | None:
    """Our Cyrillic code pages and the engine's Cyrillic answers, scored; the best if it reaches ``bar``."""
    for codec in CANDIDATES + extra:
        trail.add(codec)
    ranked = best_cyrillic(byte_sample(data, STATS_BYTES), extra, bar)
    if not ranked or ranked[0][0] < bar or not mostly_cyrillic(ranked[0][2]):
        return None
    value, codec, sample = ranked[0]
    text = decode_strict(data, codec)
    if text is None or control_problem(text):
        return None
    name = canonical(codec) or codec
    if top and top[0] != name:
        note += f"; {ENGINE} said {top[0]}"
    others = [canonical(c) for _, c, other in ranked[1:] if other != sample]
    runner_up = next(iter(others), top[0] if top and top[2] != text else None)
    return EncodingGuess(name, "statistics", value, declared, note, runner_up, tuple(trail.names))


def _why_not_utf8(data: bytes, declared: str | None) -> str:
    """The note every guess past UTF-8 carries: where UTF-8 failed, and a declaration overruled."""
    note = "ISO-2022 escape sequences" if data.isascii() else \
        f"not valid UTF-8 (first invalid byte at offset {_first_bad_utf8(data)})"
    if declared:
        note += f"; page declares {declared}, which does not fit its bytes"
    return note


def _first_bad_utf8(data: bytes) -> int:
    """Where UTF-8 decoding of ``data`` fails, for the note (-1 if it does not)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return -1
