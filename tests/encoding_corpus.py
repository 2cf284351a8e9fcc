"""A ground-truth corpus for the encoding detector, generated, never stored.

Real intake holds news pages in every code page a newsroom used between 1995
and 2010, and the detector was measured confidently wrong on them (Hebrew read
as KOI8-R, Polish as Latin-1). Files on disk would be opaque bytes whose true
encoding nobody could check; here every case is made from a text written for
this corpus and carries its answer: the encoding it was written in and the text
it must decode to. A guess is right when ``data.decode(guess) == case.text``,
so two code pages that give the same bytes for a text are both right.

Each text is encoded into every code page of ``CODE_PAGES`` that can hold it,
and into UTF-8 (with and without a signature) and UTF-16/32 in both byte
orders, with and without a byte-order mark. Two rules keep the cases the
shape of what newsrooms published:

* a text that a code page cannot hold only for its typographic punctuation
  (« » „ “ — … ’) or the French œ is written the way such a newsroom typed it,
  with ASCII quotes, hyphens and "oe", and that plain text is the answer;
* the East Asian double-byte code pages also hold Greek, Cyrillic and kana
  (and GB 18030 holds everything), but a whole Russian article in Shift_JIS is
  not something anyone published: they are used for their own languages only.

Vietnamese in Windows-1258 is written as that code page requires, base letters
with combining tone marks (other languages go into it only as they are). The
legacy and UTF-8 cases also come as an HTML page, markup first, with and
without a ``<meta>`` that names the true charset. ``chardet_alone`` and
``charset_normalizer_alone`` are the libraries as a caller would use them, for
the comparisons in tests/test_encoding_corpus.py and bench/encodings.py.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from tests.encoding_texts import SEEDS, TEXTS

__all__ = ["CODE_PAGES", "Case", "SEEDS", "TEXTS", "cases", "chardet_alone", "charset_normalizer_alone",
           "seed_cases"]

#: legacy code pages, with the label a page would declare them by
CODE_PAGES = {
    "cp1250": "windows-1250", "cp1251": "windows-1251", "cp1252": "windows-1252", "cp1253": "windows-1253",
    "cp1254": "windows-1254", "cp1255": "windows-1255", "cp1256": "windows-1256", "cp1257": "windows-1257",
    "cp1258": "windows-1258", "iso8859_1": "iso-8859-1", "iso8859_2": "iso-8859-2", "iso8859_3": "iso-8859-3",
    "iso8859_4": "iso-8859-4", "iso8859_5": "iso-8859-5", "iso8859_6": "iso-8859-6", "iso8859_7": "iso-8859-7",
    "iso8859_8": "iso-8859-8", "iso8859_9": "iso-8859-9", "iso8859_10": "iso-8859-10",
    "iso8859_11": "iso-8859-11", "iso8859_13": "iso-8859-13", "iso8859_14": "iso-8859-14",
    "iso8859_15": "iso-8859-15", "iso8859_16": "iso-8859-16", "koi8_r": "koi8-r", "koi8_u": "koi8-u",
    "cp866": "ibm866", "kz1048": "kz-1048", "mac_cyrillic": "x-mac-cyrillic", "tis_620": "tis-620",
    "cp874": "windows-874", "gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
    "shift_jis": "shift_jis", "euc_jp": "euc-jp", "iso2022_jp": "iso-2022-jp", "euc_kr": "euc-kr",
    "cp949": "ks_c_5601-1987",
}
#: double-byte code pages and the languages they are used for (see the module docstring)
_REGIONAL = {"gb2312": "zh", "gbk": "zh", "gb18030": "zh", "big5": "zh", "shift_jis": "ja", "euc_jp": "ja",
             "iso2022_jp": "ja", "euc_kr": "ko", "cp949": "ko"}
#: (codec the answer names, byte-order mark written before the text or b"")
_UNICODE = (("utf-8", b""), ("utf-8-sig", codecs.BOM_UTF8),
            ("utf-16-le", b""), ("utf-16-be", b""), ("utf-16", codecs.BOM_UTF16_LE), ("utf-16", codecs.BOM_UTF16_BE),
            ("utf-32-le", b""), ("utf-32-be", b""), ("utf-32", codecs.BOM_UTF32_LE), ("utf-32", codecs.BOM_UTF32_BE))
#: byte-order mark -> (codec of the text after it, form of the case)
_BOM_BODY = {codecs.BOM_UTF16_LE: ("utf-16-le", "bom-le"), codecs.BOM_UTF16_BE: ("utf-16-be", "bom-be"),
             codecs.BOM_UTF32_LE: ("utf-32-le", "bom-le"), codecs.BOM_UTF32_BE: ("utf-32-be", "bom-be"),
             codecs.BOM_UTF8: ("utf-8", "bom")}
_PLAIN = str.maketrans({"«": '"', "»": '"', "„": '"', "“": '"', "”": '"', "‘": "'", "’": "'", "—": "-",
                        "–": "-", "…": "...", "№": "N", "œ": "oe", "Œ": "OE", "€": "EUR"})


@dataclass(frozen=True)
class Case:
    """One file of the corpus and its answer."""

    language: str     # key of TEXTS, e.g. "hebrew"
    script: str       # e.g. "Hebrew", the unit of the benchmark's failure breakdown
    encoding: str     # the codec the bytes were written in
    form: str         # "plain", "html" (no declaration), "html-meta", or "bom", "bom-le", "bom-be"
    data: bytes
    text: str         # what the bytes must decode to

    @property
    def name(self) -> str:
        return f"{self.language}/{self.encoding}/{self.form}"

    @property
    def html(self) -> bool:
        """Whether the file is a page (the detector is told so, as ingest tells it)."""
        return self.form.startswith("html")

    def right(self, encoding: str | None) -> bool:
        """Whether decoding with ``encoding`` gives back exactly the text written."""
        if not encoding:
            return False
        try:
            return self.data.decode(encoding) == self.text
        except (UnicodeDecodeError, LookupError):
            return False


def _fit(text: str, codec: str, region: str) -> str | None:
    """``text`` as a newsroom using ``codec`` would have written it, or None if it cannot."""
    if codec == "cp1258" and region == "vi":
        text = _for_cp1258(text)
    for version in (text, text.translate(_PLAIN)):
        try:
            version.encode(codec)
        except UnicodeEncodeError:
            continue
        return version
    return None


def _for_cp1258(text: str) -> str:
    """Vietnamese in Windows-1258's form: a precomposed base it has (â, ơ, ư...), then combining marks."""
    return "".join(_cp1258_char(ch) for ch in text)


def _cp1258_char(ch: str) -> str:
    """One character as Windows-1258 writes it; the marks kept apart are the tones it lacks precomposed."""
    if _encodes(ch, "cp1258"):
        return ch
    base, *marks = unicodedata.normalize("NFD", ch)
    for size in range(len(marks), -1, -1):
        for kept in combinations(marks, size):
            head = unicodedata.normalize("NFC", base + "".join(kept))
            rest = [m for m in marks if m not in kept]
            if len(head) == 1 and _encodes(head + "".join(rest), "cp1258"):
                return head + "".join(rest)
    return ch


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _page(text: str, language: str, label: str | None, old_style: bool) -> str:
    """``text`` as a news page of the 2000s: styles, a script, navigation, then the article.

    The markup is ASCII and comes first, as on real pages, so a detector that
    only looks at the start of a file sees little of the text.
    """
    title = " ".join(text.split()[:6])
    if label is None:
        meta = ""
    elif old_style:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">\n'
    else:
        meta = f'<meta charset="{label}">\n'
    paragraphs = "".join(f"<p>{p.strip()}</p>\n" for p in text.split("\n") if p.strip())
    sections = ("news", "politics", "economy", "region", "culture", "sport", "weather", "archive")
    nav = "".join(f'<li><a href="/{s}/" class="nav-{s}">{s.title()}</a></li>\n' for s in sections)
    return (f'<!DOCTYPE html>\n<html lang="{language[:2]}">\n<head>\n{meta}<title>{title}</title>\n'
            f"{_HEAD}</head>\n<body onload=\"track('news', 4711)\">\n<header>\n"
            f'<a href="/" class="logo"><img src="/static/logo.gif" alt="" width="200" height="40"></a>\n'
            f'<nav><ul class="menu">\n{nav}</ul></nav>\n</header>\n<article>\n<h1>{title}</h1>\n'
            f'<p class="dateline">2004-03-15 08:40</p>\n{paragraphs}</article>\n'
            f'<footer>&copy; 2004 <a href="/about/">About</a> | <a href="/rss.xml">RSS</a></footer>\n'
            f"</body>\n</html>\n")


_HEAD = """<link rel="stylesheet" href="/static/site.css" type="text/css">
<style type="text/css">
body { font-family: Georgia, "Times New Roman", serif; margin: 0 auto; max-width: 48em; color: #222; }
header { border-bottom: 2px solid #036; padding: 0.5em 0; }
nav ul.menu { list-style: none; margin: 0; padding: 0; }
nav ul.menu li { display: inline-block; margin-right: 1.2em; font-size: 0.9em; }
nav a:hover, footer a:hover { text-decoration: underline; color: #c00; }
article h1 { font-size: 1.8em; line-height: 1.2; margin: 0.6em 0 0.3em; }
p.dateline { color: #666; font-size: 0.85em; }
footer { border-top: 1px solid #ccc; margin-top: 2em; padding-top: 0.5em; font-size: 0.8em; }
</style>
<script type="text/javascript">
  var pageData = pageData || [];
  function track(section, id) {
    pageData.push({section: section, article: id, time: new Date().getTime()});
    var img = new Image(1, 1);
    img.src = "/stat/pixel.gif?s=" + encodeURIComponent(section) + "&a=" + id;
  }
</script>
"""


def _legacy_cases(language: str, script: str, text: str, region: str) -> list[Case]:
    out = []
    for number, (codec, label) in enumerate(CODE_PAGES.items()):
        if codec in _REGIONAL and _REGIONAL[codec] != region:
            continue
        fitted = _fit(text, codec, region)
        if fitted is None:
            continue
        out.append(Case(language, script, codec, "plain", fitted.encode(codec), fitted))
        for form, declared in (("html", None), ("html-meta", label)):
            page = _page(fitted, language, declared, old_style=number % 2 == 1)
            out.append(Case(language, script, codec, form, page.encode(codec), page))
    return out


def _unicode_cases(language: str, script: str, text: str) -> list[Case]:
    out = []
    for codec, bom in _UNICODE:
        body, form = _BOM_BODY.get(bom, (codec, "plain"))
        out.append(Case(language, script, codec, form, bom + text.encode(body), text))
    for form, declared in (("html", None), ("html-meta", "utf-8")):
        page = _page(text, language, declared, old_style=False)
        out.append(Case(language, script, "utf-8", form, page.encode("utf-8"), page))
    return out


@lru_cache(maxsize=1)
def cases() -> tuple[Case, ...]:
    """Every case of the corpus, in a fixed order."""
    out: list[Case] = []
    for language, (script, region, text) in TEXTS.items():
        out += _legacy_cases(language, script, text, region)
        out += _unicode_cases(language, script, text)
    return tuple(out)


def seed_cases() -> tuple[Case, ...]:
    """The short Cyrillic, Kazakh and Western seeds of tests/test_encoding.py, as cases."""
    return tuple(Case(name, "seed", codec, "plain", text.encode(codec), text) for name, text, codec in SEEDS)


# --------------------------------------------------------------------------- the libraries alone

def chardet_alone(data: bytes) -> str | None:
    """chardet as a caller would use it: the whole file, Python's codec name, None when it gives up."""
    import chardet

    return chardet.detect(data, compat_names=False)["encoding"]


def charset_normalizer_alone(data: bytes) -> str | None:
    """charset-normalizer's best match. Its UTF-8 answer for a file with a signature is made
    ``utf-8-sig``: the library reports the signature apart, and a fair caller strips it."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    return "utf-8-sig" if best.bom and best.encoding == "utf_8" else best.encoding


if __name__ == "__main__":
    from collections import Counter

    everything = cases()
    print(f"{len(everything)} cases, {len(TEXTS)} texts, "
          f"{len({c.encoding for c in everything})} encodings, {sum(len(c.data) for c in everything)} bytes")
    for language, count in Counter(c.language for c in everything).items():
        legacy = {c.encoding for c in everything if c.language == language} & set(CODE_PAGES)
        print(f"  {language:20} {count:4}  {' '.join(sorted(legacy))}")
