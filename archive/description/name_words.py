"""The words of an article as the person-finding heuristics see them.

Finding people (:mod:`archive.description.person_finding`) decides from single
words and their neighbours: is this word a title, a speech verb, a place, a
word of an organisation's name; does it end like a surname; is it capitalised,
and does it open a sentence. This module holds what is known of words, apart
from the rules that weigh it:

* the word lists, compared by name key
  (:func:`archive.description.name_keys.name_key`) so that spelling variants
  and Cyrillic forms of the same word are caught too;
* the surname and patronymic endings (:func:`_ending_strength`,
  :func:`_is_patronymic`), which finding places uses as well, to tell a
  place from a person named after one;
* the words of a text: :func:`split_words` splits an article once for people
  and places (:mod:`archive.description.places`), and :class:`_Tokens` makes
  each word a token only when a heuristic looks at it;
* runs of capitalised words, where names are looked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple

from archive.description.name_keys import ARABIC_ARTICLES, _ascii_lower, name_key

__all__ = ["Words", "split_words"]

# --------------------------------------------------------------------------
# Word lists for the mention heuristics (compared by key, so that spelling
# variants and Cyrillic forms of the same word are caught too)
# --------------------------------------------------------------------------

def _keys(words: str) -> frozenset[str]:
    return frozenset(name_key(word) for word in words.split())


#: Words that introduce a person: the next capitalised word(s) are a name even
#: without a surname ending (French ambassador Serge Smessov, MP Joe Higgins).
_TITLES = _keys("""
    president vice-president mr mrs ms miss dr prof professor sir madam
    minister premier chairman chairwoman chair leader spokesman spokeswoman
    spokesperson secretary ambassador envoy governor mayor akim general
    colonel major captain judge prosecutor lawyer attorney journalist editor
    reporter correspondent writer director deputy senator mp activist
    campaigner prisoner inmate dissident businessman businesswoman tycoon
    banker commander officer official founder chief adviser advisor analyst
    student wife husband widow son daughter brother sister father mother
    candidate colleague contributor economist expert scholar
    chancellor sen senator rep representative congressman congresswoman lawmaker
    legislator gov lt sgt cpl adm gen maj col capt cmdr supt insp det
    ayatollah sheikh imam rabbi pope cardinal archbishop bishop reverend rev pastor
    emir sultan crown prince princess
    coach manager striker midfielder defender goalkeeper captain chairperson
    ceo cfo executive magistrate justice councillor councilman councilwoman
    opposition
    президент премьер министр господин госпожа аким лидер депутат
""")

#: Speech verbs: "Saenen said", "Kalyuzhnyi continued" mark the word before
#: as a person (organisations say things too, hence the extra checks).
_SPEECH = _keys("""
    said says told tells stressed claimed claims added adds noted notes
    continued insisted insists argued argues explained replied wrote warned
    commented emphasised emphasized announced declared admitted recalled contributed
    заявил заявила сказал сказала отметил отметила
""")

#: Articles: English puts none before a personal name (the Kremlin, a Pavlov
#: dog), so a lone word after one is not a person.
_ARTICLES = _keys("the a an")

#: Prepositions of place: a lone word after one is far more often a place or
#: an organisation (in Almaty, from Moscow) than a person, unless its ending
#: says otherwise.
_PLACE_PREPOSITIONS = _keys("in at from of into near outside inside across via")

#: Capitalised words that are never part of a personal name: function words
#: that open sentences, months and days, places, nationalities and words of
#: organisation names. Places that happen to end like surnames (Kiev, Geneva,
#: Moldova, Kremlin) must be here or they would pass as people.
_NOT_NAMES = _keys("""
    the a an and but or nor so yet as at by for from in into of on onto to
    with without within about above after against along among around before
    behind below beneath beside between beyond despite during except inside
    near off out outside over since through throughout till toward towards
    under unlike until up upon via while when where why what which who whom
    whose how if unless although though because whether once even only also
    then now today yesterday tomorrow last next this that these those there
    here it its he she they we i you his her their our my your him them us
    me all both each either neither every some any many most more few no not
    according following meanwhile however moreover furthermore instead
    later earlier soon again thus hence therefore besides perhaps maybe
    afterwards eventually finally subsequently initially currently lately
    recently previously yes please thanks dear
    indeed still such other another same own one two three first second
    january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday
    kazakhstan kazakstan almaty astana akmola moscow russia
    kiev kyiv geneva moldova kremlin berlin dublin rostov kharkov lvov pskov
    saratov tambov kishinev azov pavlodar karaganda kostanai shymkent
    taraz aktobe atyrau oral uralsk semey petropavl kokshetau taldykorgan
    zhezkazgan ekibastuz turkestan baikonur bishkek tashkent dushanbe
    ashgabat beijing washington london paris brussels prague vienna
    europe asia america china ukraine uzbekistan kyrgyzstan tajikistan
    turkmenistan belarus georgia armenia azerbaijan
    kazakh kazak russian american french european soviet british chinese
    uzbek kyrgyz tajik turkmen ukrainian german dutch english western
    syrian iranian iraqi israeli palestinian turkish japanese korean indian
    pakistani afghan saudi egyptian italian spanish polish canadian australian
    mexican brazilian venezuelan cuban greek swedish norwegian danish finnish
    belgian swiss austrian hungarian czech irish scottish welsh nigerian kenyan
    lebanese jordanian yemeni qatari emirati libyan tunisian algerian moroccan
    taiwanese vietnamese filipino indonesian malaysian portuguese romanian
    bulgarian serbian croatian argentine argentinian chilean colombian peruvian
    african asian arab israeli kurdish iranian
    former acting interim outgoing incoming then-president deputy
    staff assembly league reuters associated house downing senate congress
    commission council cabinet watch
    eastern northern southern central north south east west new old great
    upper lower saint st san fort lake mount port cape
    party movement union committee council court government ministry
    parliament embassy foundation association institute university agency
    service services times news watch rights human democratic democracy
    choice republican people peoples national international front
    organisation organization bank company group office press police army
    republic state federal supreme district regional province region city
    town street square prison colony
    god allah internet web
    и а но или что как когда если после перед при по в во на из от до для
    без об о у с со за над под к ко же ли не ни это этот эта эти тот та те
    он она они мы вы я его ее её их наш ваш все весь вчера сегодня завтра
    однако также кроме тогда теперь сейчас здесь там где почему кто
    января февраля марта апреля мая июня июля августа сентября октября
    ноября декабря январь февраль март апрель май июнь июль август
    сентябрь октябрь ноябрь декабрь москва россия алматы астана казахстан
""") | _TITLES

#: Months that are also surnames (Theresa May, Kerry-Anne June): no list may drop them, so
#: they are names or dates by their context (:func:`date_context`), never by the word alone.
_MONTH_SURNAMES = _keys("may june april august")
_NOT_NAMES = _NOT_NAMES - _MONTH_SURNAMES

#: Words before a month that make it a date: "in May", "since May", "early May".
_BEFORE_DATES = _keys("""
    in on since until till by from of early late mid last next this through during before after
    between around throughout every each
""")

#: Words that make the name before them the name of a place or an institution
#: (Molotov Street, Nazarbayev University, the Soros Foundation).
_NAMED_AFTER = _keys("""
    street avenue prospect prospekt boulevard road lane square bridge park
    district airport station port city town village region oblast
    university institute academy school college museum library theatre
    theater stadium palace hospital centre center hall arena memorial monument cathedral
    church mosque cup trophy
    foundation fund prize award medal group company bank corporation plant
    factory mine field fields order peak
    улица проспект площадь университет фонд
""")

#: Endings of Russian, Kazakh and Ukrainian surnames that English words and
#: given names rarely have: a word ending so is a surname on its own.
_STRONG_ENDINGS = (
    "ov", "ova", "ev", "eva", "yov", "yova", "sky", "skiy", "skii", "ski",
    "skaya", "skaia", "uly", "ulu", "kyzy", "qyzy", "kyzi", "enko", "chuk",
    "yuk",
)

#: Endings shared with many English words and place names (Berlin, Kremlin):
#: a word ending so is a surname only next to a given name or a title, or
#: when something else in the article confirms it.
_WEAK_ENDINGS = (
    "in", "ina", "yn", "yna", "iy", "yi", "ii", "oy", "ykh", "ikh", "uk",
    "vich", "vych", "ovna", "evna",
)

#: Patronymic endings, for the middle word of "Nursultan Abishevich Nazarbaev".
_PATRONYMIC_ENDINGS = (
    "ovich", "evich", "yevich", "ich", "ovna", "evna", "ichna", "uly", "ulu",
    "kyzy", "qyzy",
)

#: A surname ending must follow a stem of at least this many letters, so that
#: short words (Lev, Eva, Sky) are not read as surnames.
_MIN_STEM = 3

#: Abbreviated titles followed by a full stop that does not end a sentence.
_ABBREVIATIONS = _keys("mr mrs ms dr prof gen col st sen rep")


@lru_cache(maxsize=131072)
def _ending_strength(word: str) -> str | None:
    """"strong", "weak" or None: how far ``word``'s ending says "surname"."""
    latin = _ascii_lower(word)
    for endings, strength in ((_STRONG_ENDINGS, "strong"), (_WEAK_ENDINGS, "weak")):
        for ending in endings:
            if latin.endswith(ending) and len(latin) - len(ending) >= _MIN_STEM:
                return strength
    return None


@lru_cache(maxsize=131072)
def _is_patronymic(word: str) -> bool:
    latin = _ascii_lower(word)
    return any(latin.endswith(e) and len(latin) - len(e) >= _MIN_STEM for e in _PATRONYMIC_ENDINGS)


# --------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_FIRST_LETTER = itemgetter(0)
_SENTENCE_BREAK = re.compile(r"[.!?:;\n]")
#: A surname written with its particle in lower case and a hyphen: "al-Assad", "el-Sisi", "bin-Laden".
_PARTICLE_NAME = re.compile(rf"^(?:{ARABIC_ARTICLES}|bin|ben|ibn|abu|abd)[-‐‑](?=[A-ZÀ-Ö])")


class Words(NamedTuple):
    """The words of a text and what stands between them (see :func:`split_words`)."""

    parts: list[str]        # [gap, word, gap, word, ..., gap]
    words: list[str]
    gaps: list[str]         # gaps[i]: the characters before word i
    upper: list[int]        # indices of the words whose first letter is a capital


@lru_cache(maxsize=2)
def split_words(text: str) -> Words:
    """The words of ``text``, split in one C call; the last two texts' are kept.

    Finding people and finding places (:mod:`archive.description.places`) both start
    from the words of one article, one right after the other: they split it once.
    """
    parts = _WORD_SPLIT.split(text)
    words = parts[1::2]
    upper = list(compress(count(), map(str.isupper, map(_FIRST_LETTER, words))))
    particles = [i for i, word in enumerate(words) if "-" in word and _PARTICLE_NAME.match(word)]
    if particles:
        upper = sorted(upper + particles)
    return Words(parts, words, parts[0::2], upper)


#: Only horizontal white space may separate the words of one name; a line
#: break ends a heading, a comma ends a phrase.
_NAME_GAP = re.compile(r"[ \t\u00a0]+")


@dataclass(slots=True)
class _Token:
    """One word of the text, with what the name heuristics need to know of it."""

    text: str           # the word without a possessive 's
    possessive: bool
    gap_before: str     # the characters between the previous word and this one
    common: bool        # the text also uses this word in lower case
    key: str            # the word's name key
    capitalised: bool   # starts with a capital and is not an all-capitals acronym (DCK, HRW)


# The heuristics ask for the key and the capitalisation of the same words again
# and again (every word of an article, on two scans); words repeat across
# articles too, so both are cached per word (name_key is cached itself).



@lru_cache(maxsize=131072)
def _capitalised(word: str) -> bool:
    particle = _PARTICLE_NAME.match(word)
    if particle:
        word = word[particle.end():]
    if not word[0].isupper():
        return False
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) > 1 and not all(ch.isupper() for ch in letters)


class _Tokens(dict):
    """The words of a text, each made a :class:`_Token` only when a heuristic looks at it.

    The heuristics look at capitalised words and their neighbours, about a
    fifth of an article's words; building a token (and working out its name
    key) for every word was most of the cost of finding people. ``tokens[i]``
    reads as on a list (negative indices count from the end; ``size`` is the
    number of words), but it is a dict of the tokens made so far: looking one
    up again, which the heuristics do about seven times per token, is a
    C-level dict lookup, and :meth:`__missing__` makes the others.
    """

    __slots__ = ("size", "words", "gaps", "lower_words", "_parts", "_offsets", "_upper")

    def __init__(self, text: str) -> None:
        super().__init__()
        split = split_words(text)     # shared with finding places in the same text
        parts = split.parts
        self._parts = parts
        self._offsets: list[int] | None = None
        self.words: list[str] = split.words
        self.gaps: list[str] = split.gaps       # gaps[i]: the characters before word i
        self._upper = split.upper
        self.size = len(self.words)
        self.lower_words = set(compress(self.words, map(str.islower, self.words)))

    def __missing__(self, i: int) -> _Token:
        if i < 0:
            if i + self.size < 0:
                raise IndexError("token index out of range")
            return self[i + self.size]
        if i >= self.size:
            raise IndexError("token index out of range")
        word = self.words[i]
        possessive = word.endswith(("'s", "’s"))
        if possessive:
            word = word[:-2]
        token = self[i] = _Token(word, possessive, self.gaps[i], word.lower() in self.lower_words,
                                 name_key(word), _capitalised(word))
        return token

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Where the words ``first`` to ``last`` stand in the text (without ``last``'s possessive)."""
        if self._offsets is None:
            self._offsets = list(accumulate(map(len, self._parts)))
        return self._offsets[2 * first], self._offsets[2 * last] + len(self[last].text)

    def capitalised(self) -> list[int]:
        """Indices of the capitalised words, in order (first letters checked in one pass)."""
        return [i for i in self._upper if self[i].capitalised]


def _sentence_initial(tokens: _Tokens, i: int) -> bool:
    """Whether token ``i`` opens a sentence, heading or line (so its capital says nothing)."""
    if i == 0:
        return True
    if not _SENTENCE_BREAK.search(tokens[i].gap_before):
        return False
    # "Mr. Smith": the full stop of an abbreviated title ends nothing.
    return not (tokens[i].gap_before.strip() == "." and tokens[i - 1].key in _ABBREVIATIONS)


#: The particles of compound surnames (Ursula von der Leyen, Mohammed bin Salman, Virgil van
#: Dijk, Marine Le Pen): written in lower case they join the words around them into one run;
#: capitalised, they belong to the surname after them, never a given name of their own.
_PARTICLES = _keys("van von der den de da dos das du le la ter ten bin ibn al el di del della ben abu")


def _glued(tokens: _Tokens, last: int, i: int) -> bool:
    """Words ``last`` and ``i`` belong to one run: next to each other, or with one or two
    lower-case particles between them, only spaces around, and no possessive before."""
    if i - last > 3 or tokens[i - 1].possessive or not _NAME_GAP.fullmatch(tokens[i].gap_before):
        return False
    between = range(last + 1, i)
    return all(not tokens[j].capitalised and tokens[j].key in _PARTICLES
               and _NAME_GAP.fullmatch(tokens[j].gap_before) for j in between) \
        and not tokens[last].possessive


def _runs(tokens: _Tokens, capitalised: list[int]) -> list[list[int]]:
    """Maximal runs of capitalised words separated only by spaces (token indices).

    ``capitalised``: the indices of the capitalised words; a run continues
    with the next word only if it is capitalised too, only spaces (or one or
    two lower-case surname particles: von der, bin) stand between them, and
    the word before has no possessive 's.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in capitalised:
        if current and _glued(tokens, current[-1], i):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i]
    if current:
        runs.append(current)
    return runs
