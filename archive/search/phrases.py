"""Phrase search in the body text, which the index keeps without positions.

The body text (:data:`archive.search.analysis.BODY_FIELD`) is indexed with word
frequencies only: positions are most of the cost of writing an index and most
of its size, and a phrase query that checks positions must read them in every
article that has all its words, which for common words is most of the archive
(Whoosh took about 0.7 s for such a phrase at 20,000 articles). Instead:

* **Pair words.** Each index build chooses the words found in at least
  :data:`PAIR_SHARE` of the articles (from a sample of them, see
  :func:`choose_pair_words`), and the writer indexes every adjacent pair of
  two such words as one term of :data:`~archive.search.analysis.PAIRS_FIELD`. A
  phrase whose adjacent words are all pair words needs no positions: a
  two-word phrase is exactly the articles of its pair term, and a longer one
  is confirmed among the few articles that have all its pairs.
* **Confirming.** Any other phrase has a word that is in fewer than about
  :data:`PAIR_SHARE` of the articles; the articles having every word (or
  pair) of the phrase are few, and each is confirmed against its folded words
  (:data:`~archive.search.analysis.WORDS_FIELD`, one compressed column value).

:class:`FieldPhrase` is the Whoosh query that does this; the search module puts
it in place of Whoosh's ``Phrase`` for the body text (and, through the
heading pairs or the positions in the postings, for the title and
standfirst). Its matches are exactly the articles where the words stand in
order next to each other (with a ``"..."~N`` slop: each word at most N
positions after the one before, as Whoosh's ``SpanNear2`` counts). Only
those are scored, by the phrase's pair term (how often the phrase occurs) for
two pair words in the body, else by its words, as an AND of them would be.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from whoosh import matching
from whoosh.query import And, Phrase, Query, Term

from archive.search.analysis import (BODY_FIELD, HEADING_FIELDS, HEADING_PAIRS_FIELD, PAIRS_FIELD, WORD_JOIN, WORDS_FIELD,
                       fold_words, heading_pair_term, pair_term, unpack_positions)
from archive.search.doc_columns import DocColumn
from archive.search.posting_lists import term_docs, term_values

__all__ = [
    "PAIR_MIN_ARTICLES",
    "PAIR_SAMPLE",
    "PAIR_SHARE",
    "PHRASE_FIELDS",
    "FieldPhrase",
    "choose_pair_words",
    "document_frequencies",
    "fast_phrases",
    "scored_by_words",
]

#: A word in at least this share of the sampled articles is a pair word.
PAIR_SHARE = 0.10
#: Articles sampled (evenly through the archive) to find the pair words.
PAIR_SAMPLE = 500
#: Below this many articles no pair words are chosen: confirming every phrase
#: costs little in a small archive, and a small sample says little about shares.
PAIR_MIN_ARTICLES = 200


def document_frequencies(texts: Iterable[str]) -> tuple[Counter, int]:
    """In how many of ``texts`` each folded word occurs, and how many texts there were."""
    frequencies: Counter = Counter()
    count = 0
    for text in texts:
        frequencies.update(set(fold_words(text)))
        count += 1
    return frequencies, count


def choose_pair_words(frequencies: Counter, sampled: int, articles: int) -> frozenset[str]:
    """The pair words: in at least :data:`PAIR_SHARE` of ``sampled`` articles.

    ``articles``: how many the archive holds; none are chosen for fewer than
    :data:`PAIR_MIN_ARTICLES`.
    """
    if articles < PAIR_MIN_ARTICLES or not sampled:
        return frozenset()
    least = PAIR_SHARE * sampled
    return frozenset(word for word, count in frequencies.items() if count >= least)


# --- matching -----------------------------------------------------------------------


def _docs_of(reader, fieldname: str, term: str) -> set[int]:
    return set(term_docs(reader, fieldname, term))


def _within(positions: list[list[int]], slop: int) -> bool:
    """Whether the words stand in order, each 1 to ``slop`` positions after the one before.

    The spans of Whoosh's ``SpanNear2(ordered=True, mindist=1)``: a span grows
    by the next word when it starts 1 to ``slop`` positions after the span ends.
    """
    ends = set(positions[0])
    for following in positions[1:]:
        ends = {p for p in following for end in ends if 1 <= p - end <= slop}
        if not ends:
            return False
    return True


def _confirmed(column, candidates: Iterable[int], words: list[str], slop: int) -> set[int]:
    """The candidates whose folded words hold the phrase."""
    found = set()
    if slop <= 1:
        phrase = WORD_JOIN.join(words).encode("utf-8")
        inner = b"\0" + phrase + b"\0"
        head, tail = phrase + b"\0", b"\0" + phrase
        for docnum in candidates:
            text = column[docnum]
            if inner in text or text.startswith(head) or text.endswith(tail) or text == phrase:
                found.add(docnum)
        return found
    pattern = _slop_pattern(words, slop)
    return {docnum for docnum in candidates if pattern.search(column[docnum])}


def _slop_pattern(words: list[str], slop: int) -> re.Pattern[bytes]:
    """A pattern for folded words (joined by ``WORD_JOIN``) holding ``words`` in order, each
    1 to ``slop`` positions after the one before: :func:`_within`, as one regular expression
    (so that no text is split into a list of words to be compared in Python)."""
    sep = re.escape(WORD_JOIN.encode("utf-8"))
    other = b"[^" + sep + b"]*" + sep                 # one word and the separator after it
    gap = sep + b"(?:" + other + b"){0,%d}" % (slop - 1)
    body = gap.join(re.escape(word.encode("utf-8")) for word in words)
    return re.compile(rb"(?:\A|" + sep + b")" + body + b"(?=" + sep + rb"|\Z)")


def _positional_docs(reader, fieldname: str, words: list[str], slop: int) -> set[int]:
    """The documents of a field that keeps positions (title, standfirst) holding the phrase.

    A phrase without slop is looked up by its adjacent pairs
    (:data:`~archive.search.analysis.HEADING_PAIRS_FIELD`): for two words that is
    the answer. Otherwise candidates (the documents with every pair, or every
    word) are confirmed by each word's positions, read from its postings a
    block at a time.
    """
    candidates = None
    if slop == 1 and fieldname in HEADING_FIELDS and HEADING_PAIRS_FIELD in reader.schema:
        pairs = sorted((_docs_of(reader, HEADING_PAIRS_FIELD, heading_pair_term(fieldname, a, b))
                        for a, b in zip(words, words[1:])), key=len)
        candidates = set.intersection(*pairs)
        if len(words) == 2 or not candidates:
            return candidates
    postings = [term_values(reader, fieldname, word) for word in words]
    if not all(postings):
        return set()
    if candidates is None:
        candidates = set.intersection(*(set(p) for p in sorted(postings, key=len)))
    return {docnum for docnum in candidates
            if _within([unpack_positions(p[docnum]) for p in postings], slop)}


def phrase_docs(reader, words: list[str], slop: int, pair_words: frozenset[str],
                fieldname: str = BODY_FIELD) -> set[int]:
    """The documents of ``reader`` whose field holds the phrase ``words`` (folded words)."""
    if not words:
        return set()
    if len(words) == 1:
        return _docs_of(reader, fieldname, words[0])
    if fieldname != BODY_FIELD:
        return _positional_docs(reader, fieldname, words, slop)
    paired = [slop == 1 and a in pair_words and b in pair_words for a, b in zip(words, words[1:])]
    parts: list[set[int]] = []
    covered: set[int] = set()
    for i, use_pair in enumerate(paired):
        if use_pair:
            parts.append(_docs_of(reader, PAIRS_FIELD, pair_term(words[i], words[i + 1])))
            covered.update((i, i + 1))
    for i, word in enumerate(words):
        if i not in covered:
            parts.append(_docs_of(reader, BODY_FIELD, word))
    parts.sort(key=len)
    candidates = set.intersection(*parts)
    if len(words) == 2 and paired[0] or not candidates:
        return candidates
    if not reader.has_column(WORDS_FIELD):
        return set()
    return _confirmed(DocColumn(reader, WORDS_FIELD, b""), sorted(candidates), words, slop)


class FieldPhrase(Query):
    """A phrase in one text field, matched and scored as the module notes say.

    In the body text by pair terms and the folded-words column; in the title
    and standfirst by their heading pairs and, for a slop or a longer phrase,
    the positions in the postings (read a block at a time, where Whoosh's
    phrase query steps a span matcher through each document).
    """

    def __init__(self, words: list[str], slop: int = 1, boost: float = 1.0,
                 pair_words: frozenset[str] = frozenset(), fieldname: str = BODY_FIELD) -> None:
        self.fieldname = fieldname
        self.words = list(words)
        self.slop = slop
        self.boost = boost
        self.pair_words = pair_words

    def __eq__(self, other) -> bool:
        return (type(other) is type(self) and self.fieldname == other.fieldname
                and self.words == other.words and self.slop == other.slop and self.boost == other.boost)

    def __hash__(self) -> int:
        return hash((self.fieldname, tuple(self.words), self.slop, self.boost))

    def __repr__(self) -> str:
        return f"FieldPhrase({self.fieldname!r}, {self.words!r}, slop={self.slop})"

    def __unicode__(self) -> str:
        return '%s:"%s"' % (self.fieldname, " ".join(self.words))

    __str__ = __unicode__

    def has_terms(self) -> bool:
        return True

    def terms(self, phrases: bool = False):
        if phrases:
            for word in self.words:
                yield self.fieldname, word

    def words_query(self) -> Query:
        return And([Term(self.fieldname, word) for word in self.words], boost=self.boost)

    def ranking_query(self) -> Query:
        """What ranks the phrase's documents: its pair term (how often the phrase occurs)
        for two pair words, else the AND of its words."""
        if (self.fieldname == BODY_FIELD and len(self.words) == 2 and self.slop == 1
                and set(self.words) <= self.pair_words):
            return Term(PAIRS_FIELD, pair_term(*self.words), boost=self.boost)
        return self.words_query()

    def estimate_size(self, ixreader) -> int:
        return self.words_query().estimate_size(ixreader)

    def found(self, searcher) -> set[int]:
        """The documents of ``searcher`` (a top-level or a segment's) that hold the phrase.

        Kept for the last reader asked: a search finds its result set, then
        ranks it, and both ask (a query is parsed anew for each search).
        """
        reader = searcher.reader()
        last = self.__dict__.get("_found")
        if last is None or last[0] is not reader:
            last = self._found = (reader, phrase_docs(reader, self.words, self.slop, self.pair_words,
                                                      self.fieldname))
        return last[1]

    def docs(self, searcher, deleting: bool = False):
        return iter(sorted(self.found(searcher)))

    def matcher(self, searcher, context=None):
        """The documents holding the phrase, scored by :meth:`ranking_query`."""
        found = self.found(searcher)
        if not found:
            return matching.NullMatcher()
        return matching.FilterMatcher(self.ranking_query().matcher(searcher, context), found)


def scored_by_words(query: Query) -> Query:
    """``query`` with any Whoosh ``Phrase`` (one :func:`fast_phrases` left) replaced by the AND of its words.

    A :class:`FieldPhrase` stays: it is scored by its
    :meth:`~FieldPhrase.ranking_query` in the documents holding the phrase
    (:mod:`archive.search.top_hits` does the same without Whoosh's matchers).
    """
    def replace(node: Query) -> Query:
        if isinstance(node, Phrase):
            return And([Term(node.fieldname, word) for word in node.words], boost=node.boost)
        return node

    return query.accept(replace)


#: The fields whose phrases :class:`FieldPhrase` matches (the body without positions,
#: the others with :class:`~archive.search.analysis.PackedPositions`).
PHRASE_FIELDS = (BODY_FIELD, "title", "standfirst")


def fast_phrases(query: Query, pair_words: frozenset[str]) -> Query:
    """``query`` with every Whoosh ``Phrase`` on a text field replaced by a :class:`FieldPhrase`."""

    def replace(node: Query) -> Query:
        if isinstance(node, Phrase) and node.fieldname in PHRASE_FIELDS:
            return FieldPhrase(node.words, slop=node.slop, boost=node.boost, pair_words=pair_words,
                               fieldname=node.fieldname)
        return node

    return query.accept(replace)
