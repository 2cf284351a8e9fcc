"""The language of an article's text, for articles whose language nobody asserted.

Library, and why
----------------
**py3langid** 0.4.0 (BSD-3-Clause), the maintained fork of Lui and Baldwin's
langid.py: a naive Bayes classifier over byte n-grams with 140 labels, Kazakh
among them. It is a 4.5 MB package whose one dependency, numpy, adds 73 MB.
On our evaluation set (``tests/language_samples.py``: 510 texts we wrote in 14
languages; ``bench/language.py`` gives the figures) its top answer is right on
every text of a sentence or longer (426 of 426, traps included) and on 81 of 84
headlines. It takes 0.2 ms (median) to 0.3 ms (mean) a text, after loading its
model in 0.6 s into about 75 MB of memory, numpy included. It is
deterministic: the same bytes always get the same scores.

Measured against it on the same set:

* **lingua-language-detector** 2.1.1 gets all 84 headlines right but puts
  Ukrainian down as Kazakh with confidence 1.0 (5 of 24 Ukrainian sentences and
  paragraphs). For an archive of Kazakh and Russian newspapers that is the
  worst mistake there is. It is also a 96 MB install that takes 6.8 s and
  1.2 GB of memory to load all its models, and about six times as long a
  text (1.2 ms median, 1.7 ms mean).
* **langdetect** 1.0.9 has no Kazakh model: it calls all 45 Kazakh texts
  Russian or Ukrainian. It answers at random unless seeded, and gets 0.90 of
  the set right.
* **langid** 1.1.6 is the original of py3langid and has had no release since 2016.

What is said, and when nothing is
---------------------------------
A wrong language is worse than none: it files an article under a language
nobody will search it in. So the answer is None when

* the text has fewer than ``MIN_LETTERS`` (20) letters, a Chinese or Japanese
  character or a Korean syllable counting for three (our Chinese sentences
  need 28 characters where the same news takes 78 to 113 letters elsewhere).
  Twenty letters is three or four words, a short headline; digits,
  punctuation, URLs and e-mail addresses do not count. On fragments of our
  sentences the confidence bar alone made no mistake even under ten letters:
  the floor is for what the set cannot hold, a name, a lone word, a caption;
* py3langid's probability for its best language is under ``MIN_CONFIDENCE``
  (0.8). Its probabilities are tempered by the square root of the text's
  length, so this bar is hard for a headline and easy for a paragraph. On our
  set the wrong answers all scored 0.73 or less (three headlines: Russian taken
  for Macedonian at 0.32, Portuguese for Venetian at 0.42, German for
  Luxembourgish at 0.73) and every right answer on a sentence or longer scored
  at least 0.82. At 0.8 the set has no wrong answer, 59 of 84 headlines are
  named and the rest get None; no sentence, paragraph or article gets None.
* its best guess is ``zxx`` ("no linguistic content").

Regional forms that py3langid tells apart from their macrolanguage (Moroccan
and Egyptian Arabic, Wu Chinese and Cantonese) are reported as the
macrolanguage, ``ar`` and ``zh``, with their probabilities added: news text
in them is rare, and without that fold short standard Chinese and Arabic
passed for them on our set. Labels with no two-letter code (``ace``, ``crh``
and the like) are given as their three-letter ISO 639-3 code, as BCP 47 does.

Limits: Kazakh written in the Latin alphabets of 2017 to 2021 is not
recognised (it scores as Crimean Tatar or Uzbek under 0.4, so None); a text
that opens with a long passage in another language is judged on that opening,
because only the first ``PREFIX_CHARS`` characters are read.

Bounded time
------------
Only the first ``PREFIX_CHARS`` (300) characters are classified, cut at a
space. On the set, every article and every 10,000-character text is already
right from its first 250 characters, and at 300 the set's figures are those
at 2,000 (no wrong answer; the same 25 headlines get None). The cost grows
with the characters read (py3langid counts n-grams in Python): on
bench/ingest.py's 5 KB articles 2,000 characters took about 1.0 ms, 600 about
0.45 ms and 300 about 0.25 ms, and language identification runs for every
article in the indexing path. A 5 MB text takes as long as a short one.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version

# numpy's BLAS would start a pool of threads per process for py3langid's small products; the index
# builds in one worker process per core already, so more threads only contend (measured: 4% of a build).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: E402 (after the thread setting)

__all__ = ["LanguageGuess", "MIN_CONFIDENCE", "MIN_LETTERS", "PREFIX_CHARS", "identify_language"]

MIN_LETTERS = 20
MIN_CONFIDENCE = 0.8
PREFIX_CHARS = 300
#: A Han character, kana or Hangul syllable carries about as much as three letters of an alphabet.
IDEOGRAPH_WEIGHT = 3
#: Individual languages that py3langid labels, reported as their macrolanguage (ISO 639-3 mappings).
MACROLANGUAGE = {"ary": "ar", "arz": "ar", "wuu": "zh", "yue": "zh", "uzs": "uz"}
NO_LANGUAGE = "zxx"

_IDEOGRAPHS = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LOAD_LOCK = threading.Lock()
_IDENTIFIER: LanguageIdentifier | None = None


@dataclass(frozen=True)
class LanguageGuess:
    """The language identified in a text, how sure the library was, and which library it was."""

    tag: str            # ISO 639-1 code ("kk"), or ISO 639-3 where there is none
    confidence: float   # the library's probability for ``tag``, 0 to 1
    method: str         # library and version, e.g. "py3langid 0.4.0"

    def as_dict(self) -> dict:
        return {"tag": self.tag, "confidence": round(self.confidence, 3), "method": self.method}


@lru_cache(maxsize=1)
def method() -> str:
    """The library and version that identifies languages, as recorded with each guess."""
    return f"py3langid {version('py3langid')}"


def _identifier() -> LanguageIdentifier:
    """py3langid's model with normalised probabilities, loaded once per process (0.6 s)."""
    global _IDENTIFIER
    if _IDENTIFIER is None:
        with _LOAD_LOCK:
            if _IDENTIFIER is None:
                _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def prefix(text: str, limit: int = PREFIX_CHARS) -> str:
    """The first ``limit`` characters of ``text``, cut back to a space when one is near the end."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rfind(" ", limit * 3 // 4)
    return head[:cut] if cut > 0 else head


def _is_address(word: str) -> bool:
    return "://" in word or "@" in word or word[:4].lower() == "www."


def prose(text: str) -> str:
    """``text`` without URLs, e-mail addresses and handles, which are Latin whatever the language.

    Split on white space rather than matched with a pattern: a pattern for
    addresses backtracks, and took 10 s on 2,000 ``@`` signs.
    """
    return " ".join(word for word in text.split() if not _is_address(word))


def letter_weight(text: str) -> int:
    """How many letters ``text`` has, each ideograph or Hangul syllable counting ``IDEOGRAPH_WEIGHT``."""
    letters = sum(1 for ch in text if ch.isalpha())
    return letters + (IDEOGRAPH_WEIGHT - 1) * len(_IDEOGRAPHS.findall(text))


def ranked(text: str) -> list[tuple[str, float]]:
    """Every label with its probability, best first, regional forms folded into their macrolanguage."""
    totals: dict[str, float] = {}
    for label, probability in _identifier().rank(text):
        tag = MACROLANGUAGE.get(label, label)
        totals[tag] = totals.get(tag, 0.0) + probability
    return sorted(totals.items(), key=lambda item: item[1], reverse=True)


def identify_language(text: str) -> LanguageGuess | None:
    """The language of ``text``, or None when it is too short or the library too unsure.

    Reads at most the first ``PREFIX_CHARS`` characters. None below
    ``MIN_LETTERS`` letters, below ``MIN_CONFIDENCE``, or for "no language".
    """
    sample = prose(prefix(text or ""))
    if letter_weight(sample) < MIN_LETTERS:
        return None
    tag, confidence = ranked(sample)[0]
    if tag == NO_LANGUAGE or confidence < MIN_CONFIDENCE:
        return None
    return LanguageGuess(tag=tag, confidence=min(confidence, 1.0), method=method())
