"""Words as the search index sees them: tokens, their folding, positions and word pairs.

One definition of a word serves the index writer, the query parser and the
snippet maker, so that what a researcher types meets what was indexed:

* a word is a run of ``\\w`` characters, with inner dots kept (``U.S.``, ``2.5``),
  as Whoosh's default ``RegexTokenizer`` reads it;
* it is lower-cased and accent-folded with Whoosh's ``accent_map`` (é -> e;
  it folds Latin letters only: Cyrillic ё and й stay as they are); never
  stemmed, no stop words, because the articles are in English, Russian and
  Kazakh and names must match exactly.

:func:`fold_words` gives the same words as :class:`FoldingTokenizer` (the
Whoosh analyzer, used for queries and by Whoosh's own writer) without making
a Token per word: tokenising is most of the work of indexing an article.

The body text is indexed without positions, which are most of the cost of
writing an index and most of its size. Phrases in it are found another way
(:mod:`archive.search.phrases`), from two fields derived from the text by
:func:`body_fields`:

* :data:`PAIRS_FIELD`: every adjacent pair of *pair words* (words found in a
  large share of the articles, chosen per index build) as one term, so that a
  phrase of common words ("sea wall", "human rights"), which positions would
  have to check in most of the archive, is one term look-up;
* :data:`WORDS_FIELD`: the article's folded words in order, compressed, a
  column read only to confirm a phrase in the few articles that have its
  rarer word.

The short title and standfirst keep positions, stored by :class:`PackedPositions`
(a packed array instead of Whoosh's pickled list of gaps), so Whoosh's own
phrase queries work there. Every adjacent pair of their words is also a term
of :data:`HEADING_PAIRS_FIELD` (``title:sea wall``): a headline is a few
words, so this costs little, and a two-word phrase in headlines is then one
term look-up instead of positions compared in every headline with both words.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable

from whoosh.analysis import Token, Tokenizer
from whoosh.columns import CompressedBytesColumn
from whoosh.fields import COLUMN, KEYWORD, TEXT
from whoosh.formats import Format, tokens
from whoosh.support.charset import accent_map

__all__ = [
    "BODY_FIELD",
    "HEADING_FIELDS",
    "HEADING_PAIRS_FIELD",
    "PAIRS_FIELD",
    "WORDS_FIELD",
    "WORD",
    "WORD_JOIN",
    "FoldingTokenizer",
    "PackedPositions",
    "PairCodes",
    "body_fields",
    "body_text_field",
    "fold",
    "fold_words",
    "folded_words",
    "folding_analyzer",
    "pack_positions",
    "pair_terms",
    "pair_term",
    "pairs_field",
    "positions_of",
    "text_field",
    "unpack_positions",
    "words_field",
]

#: Whoosh's default RegexTokenizer pattern, without its capturing group (for findall).
WORD = re.compile(r"\w+(?:\.?\w+)*")
#: Joins the words of a text while they are folded together: not a word character,
#: neither cased nor case-ignorable, so lower() treats each word as it would alone.
#: It also separates the words in :data:`WORDS_FIELD`.
WORD_JOIN = "\x00"
_BIG_ENDIAN = sys.byteorder == "big"

#: The body text field, and the two fields derived from it for phrases.
BODY_FIELD = "text"
PAIRS_FIELD = "text_pairs"
WORDS_FIELD = "text_words"
#: Adjacent word pairs of the headings (:data:`HEADING_FIELDS`), each term named for its field.
HEADING_PAIRS_FIELD = "heading_pairs"
HEADING_FIELDS = ("title", "standfirst")


#: The lower-case characters ``accent_map`` changes (its ASCII entries are capitals, or
#: map a letter to itself), as a character class: text without any skips the translation.
_FOLDED = re.compile("[%s]" % "".join(re.escape(chr(c)) for c, v in sorted(accent_map.items())
                                      if chr(c) == chr(c).lower() and chr(c) != v))


def fold(word: str) -> str:
    """One word (or text) as the index keeps it: lower case, accents folded.

    ``str.translate`` looks every character up in ``accent_map``, the slowest
    part of folding; text that holds none of the characters it changes
    (ASCII, Cyrillic, typographic quotes and dashes) is left as it is.
    """
    lowered = word.lower()
    if lowered.isascii() or not _FOLDED.search(lowered):
        return lowered
    return lowered.translate(accent_map)


def folded_words(text: str) -> str:
    """The words of ``text``, folded, joined by :data:`WORD_JOIN` ("" for none)."""
    return fold(WORD_JOIN.join(WORD.findall(text)))


def fold_words(text: str) -> list[str]:
    """The words of ``text``, folded, in order: the terms the index gets.

    Exactly ``[fold(w) for w in WORD.findall(text)]``, but folded in one call
    on the joined words (``WORD_JOIN`` keeps every word's case context its own).
    """
    joined = folded_words(text)
    return joined.split(WORD_JOIN) if joined else []


class FoldingTokenizer(Tokenizer):
    """``RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)`` in one pass.

    The Whoosh analyzer of the text fields: the query parser runs queries
    through it (the segment writer folds documents with :func:`fold_words`,
    whose words are its tokens, position by position).
    """

    WORD = re.compile(r"\w+(\.?\w+)*")    # Whoosh's default RegexTokenizer pattern

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = value
            token.text = fold(value)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for pos, match in enumerate(self.WORD.finditer(value)):
            word = match.group(0)
            token.text = fold(word)
            token.boost = 1.0
            if keeporiginal:
                token.original = word
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


def folding_analyzer() -> FoldingTokenizer:
    """Words, lower-cased and accent-folded, never stemmed and no stop words.

    The articles are English, Russian and Kazakh: an English stemmer or stop
    list would mangle the others, and stemming breaks exact name searches.
    The same analyzer runs on queries, so folding is symmetric.
    """
    return FoldingTokenizer()


# --- positions ------------------------------------------------------------------------


def pack_positions(positions: list[int]) -> bytes:
    """Ascending positions as bytes: a typecode (``H`` or ``I``) and the little-endian array."""
    packed = array("H" if positions[-1] < 65536 else "I", positions)
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed.typecode.encode("ascii") + packed.tobytes()


def unpack_positions(value: bytes) -> array:
    """The positions :func:`pack_positions` packed, as an array."""
    packed = array(chr(value[0]))
    packed.frombytes(value[1:])
    if _BIG_ENDIAN:
        packed.byteswap()
    return packed


def positions_of(words: list[str]) -> dict[str, list[int]]:
    """Each distinct word of ``words`` with its positions, in ascending order."""
    found: dict[str, list[int]] = {}
    for position, word in enumerate(words):
        where = found.get(word)
        if where is None:
            found[word] = [position]
        else:
            where.append(position)
    return found


class PackedPositions(Format):
    """Whoosh's ``Positions`` format with the positions packed by :func:`pack_positions`.

    Supports what ``Positions`` supports (frequency, weight, positions,
    position boosts, always 1.0), so Whoosh's phrase queries read it as they
    read their own.
    """

    def word_values(self, value, analyzer, **kwargs):
        boost = self.field_boost
        kwargs["positions"] = True
        found: dict[str, list[int]] = defaultdict(list)
        for token in tokens(value, analyzer, kwargs):
            found[token.text].append(token.pos)
        for word, where in found.items():
            yield word, len(where), len(where) * boost, pack_positions(where)

    def encode(self, positions: list[int]) -> bytes:
        return pack_positions(positions)

    def decode_positions(self, value: bytes) -> list[int]:
        return unpack_positions(value).tolist()

    def decode_frequency(self, value: bytes) -> int:
        return (len(value) - 1) // (2 if value[:1] == b"H" else 4)

    def decode_weight(self, value: bytes) -> float:
        return self.decode_frequency(value) * self.field_boost

    def decode_position_boosts(self, value: bytes) -> list[tuple[int, float]]:
        return [(position, 1) for position in self.decode_positions(value)]

    def combine(self, values: Iterable[bytes]) -> bytes:
        merged: set[int] = set()
        for value in values:
            merged.update(unpack_positions(value))
        return pack_positions(sorted(merged))


def text_field(*, stored: bool = False, field_boost: float = 1.0) -> TEXT:
    """A text field of folded words with packed positions (phrase search works on it)."""
    field = TEXT(analyzer=folding_analyzer(), stored=stored, field_boost=field_boost)
    field.format = PackedPositions(field_boost=field_boost)
    return field


def body_text_field(*, stored: bool = False) -> TEXT:
    """The body text: folded words with their frequencies, no positions (see the module notes)."""
    return TEXT(analyzer=folding_analyzer(), phrase=False, stored=stored)


def pairs_field() -> KEYWORD:
    """:data:`PAIRS_FIELD`: pair terms with how often each occurs, scorable (given as a list).

    The frequency ranks a phrase's articles: one that uses the phrase more
    often comes first, and a single term's postings let Whoosh skip to the top
    of the page instead of scoring every article that has the phrase.
    """
    return KEYWORD(scorable=True)


def words_field() -> COLUMN:
    """:data:`WORDS_FIELD`: the body's folded words, a compressed column (UTF-8)."""
    return COLUMN(CompressedBytesColumn(level=1))


# --- word pairs -----------------------------------------------------------------------


_PAIR_FORMAT = "{} {}".format


def pair_term(first: str, second: str) -> str:
    """The index term of two adjacent words (a space never occurs inside a word)."""
    return _PAIR_FORMAT(first, second)


class PairCodes:
    """Adjacent pairs of pair words as small integers, cheap to find, hash and pool.

    With the pair words sorted, the pair of words ``a``, ``b`` (at ``i``, ``j``
    in that order) is ``i * n + j``. Codes sort as their terms do ("a b"
    before "a c" before "ab c"), since a space sorts before every character a
    word can hold, so a writer can sort the codes and name them as it writes.
    """

    def __init__(self, pair_words: Iterable[str]) -> None:
        self.words = sorted(set(pair_words))
        self.number = {word: i for i, word in enumerate(self.words)}
        self.size = len(self.words)

    def __bool__(self) -> bool:
        return self.size > 0

    def codes(self, words: list[str]) -> Counter:
        """The codes of the adjacent pairs of ``words`` that are both pair words, with their counts."""
        if not self.size or len(words) < 2:
            return Counter()
        numbers = list(map(self.number.get, words))               # None: not a pair word
        size = self.size
        return Counter([first * size + second for first, second in zip(numbers, numbers[1:])
                        if first is not None and second is not None])

    def term(self, code: int) -> str:
        first, second = divmod(code, self.size)
        return pair_term(self.words[first], self.words[second])


def heading_pairs_field() -> KEYWORD:
    """:data:`HEADING_PAIRS_FIELD`: heading pair terms (given as a list), only for finding phrases."""
    return KEYWORD()


def heading_pair_term(fieldname: str, first: str, second: str) -> str:
    """The :data:`HEADING_PAIRS_FIELD` term of two adjacent words of a heading field."""
    return f"{fieldname}:{first} {second}"


def heading_pair_terms(fieldname: str, words: list[str]) -> list[str]:
    """Every adjacent pair of a heading's folded ``words``, as terms, in order."""
    return [heading_pair_term(fieldname, first, second) for first, second in zip(words, words[1:])]


def pair_terms(words: list[str], pair_words: frozenset[str]) -> list[str]:
    """Every adjacent pair of ``words`` in which both words are pair words, as terms, in order."""
    return [pair_term(first, second) for first, second in zip(words, words[1:])
            if first in pair_words and second in pair_words]


def heading_fields(doc: dict) -> dict:
    """:data:`HEADING_PAIRS_FIELD` of a document's headings, for a Whoosh writer (as :func:`body_fields`)."""
    terms = [term for name in HEADING_FIELDS if doc.get(name)
             for term in heading_pair_terms(name, fold_words(doc[name]))]
    return {HEADING_PAIRS_FIELD: terms} if terms else {}


def body_fields(text: str, pair_words: frozenset[str]) -> dict:
    """The fields derived from a body text: :data:`PAIRS_FIELD` (every occurrence) and :data:`WORDS_FIELD`.

    For a Whoosh writer; :class:`archive.search.segment_writer.SegmentBuilder`
    derives the same values itself from the words it has folded already.
    """
    joined = folded_words(text)
    words = joined.split(WORD_JOIN) if joined else []
    return {PAIRS_FIELD: pair_terms(words, pair_words),
            WORDS_FIELD: joined.encode("utf-8")}
