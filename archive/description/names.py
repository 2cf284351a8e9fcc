"""People named in an article: find each mention, key it, group it under one person.

The articles we keep report on Kazakhstan and Russia in English, and the same
person is spelt several ways from one article to the next (Ablyazov, Abliazov,
Abliyazov; Zhakiyanov, Zhaqiyanov, Jakiyanov) because each newsroom
transliterates Cyrillic its own way. A search for one spelling must find the
others, so every name gets a *key* that folds exactly those transliteration
differences, and nothing more: two different people must keep two keys.

Three layers, each usable on its own:

* :func:`transliterate` turns Cyrillic (Russian and Kazakh letters) into Latin,
  so a Cyrillic name and its English spelling can share a key.
* :func:`name_key` folds one name token, or a full name token by token.
* :func:`find_people` finds personal-name mentions in a text and
  :func:`group_mentions` groups one article's mentions into :class:`Person`
  records, linking a lone surname to the full name used elsewhere.

The key does not undo Russian case endings (Аблязовым, or Аблязова as a
genitive, which looks like the female form) and it does not correct plain
misspellings (Mukhtabar for Mukhtar, Taykina for Taukina): those are left to
an alias table kept elsewhere, because folding them would merge real people.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache, partial
from collections import Counter
from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from operator import itemgetter
from typing import NamedTuple

__all__ = [
    "Mention",
    "Person",
    "find_people",
    "group_mentions",
    "name_key",
    "people",
    "Words",
    "split_words",
    "transliterate",
]

# --------------------------------------------------------------------------
# Transliteration
# --------------------------------------------------------------------------

#: One Latin spelling per Cyrillic letter (lower case). The scheme is the plain
#: English-newsroom one (ж zh, х kh, й y, я ya), because that is what our
#: English sources mostly print; the key then folds the remaining variants.
#: Kazakh letters map to their nearest Russian-style spelling (қ q, ғ gh, ң ng)
#: so that the key's q->k and gh->g rules meet the English spellings.
_CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo",
    "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u",
    "һ": "h", "і": "i",
    # Ukrainian and Belarusian letters, so that their names do not vanish.
    "є": "ye", "ї": "yi", "ґ": "g", "ў": "u",
}


def _is_upper_letter(ch: str) -> bool:
    return ch.isalpha() and ch.isupper()


def transliterate(text: str) -> str:
    """``text`` with every Cyrillic letter replaced by its Latin spelling.

    Non-Cyrillic characters pass through unchanged, so mixed text (a Latin
    article quoting a Cyrillic name) keeps its shape. Case follows the source:
    a capital letter gives a capitalised spelling (Ж -> Zh) unless it stands
    in an all-capitals word, where the whole spelling is capitalised (ЖАК ->
    ZHAK), so that names stay recognisable as names after transliteration.
    """
    out: list[str] = []
    for i, ch in enumerate(text):
        lower = ch.lower()
        latin = _CYRILLIC.get(lower)
        if latin is None:
            out.append(ch)
            continue
        if ch == lower or not latin:
            out.append(latin)
            continue
        before = text[i - 1] if i > 0 else ""
        after = text[i + 1] if i + 1 < len(text) else ""
        if _is_upper_letter(after) or (_is_upper_letter(before) and not after.isalpha()):
            out.append(latin.upper())
        else:
            out.append(latin.capitalize())
    return "".join(out)


# --------------------------------------------------------------------------
# The name key
# --------------------------------------------------------------------------

#: Latin letters with diacritics that stand for a digraph in the Kazakh Latin
#: alphabets and in scholarly transliteration (ş = ш, ž = ж ...). They must
#: become the digraph, not lose their mark, or Şamşet would key as "samset".
_DIGRAPH_LETTERS: dict[str, str] = {
    "ş": "sh", "š": "sh", "ç": "ch", "č": "ch", "ž": "zh", "ğ": "gh", "ñ": "ng",
    "ı": "i",
}

_VOWELS = "aeiou"

#: The folding rules, applied in this order to a lower-case ASCII token. Order
#: matters: the digraphs must be read before their letters are folded (zh
#: before z->s, kh before h->k), and doubled letters are collapsed both before
#: the glide rule (so "iya" -> "iia" -> "ia") and after it (so "eye" -> "ee"
#: -> "e").
_FOLDS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Word-initial Ye/E: Yerlan = Erlan, Yelena = Elena (Russian е is "ye"
    # only at the start of a word in newsroom spelling).
    (re.compile(r"^ye"), "e"),
    # dzh, dj, zh and j are one sound (дж/ж): Galymzhan = Galymjan,
    # Dzhakiyanov = Djakiyanov = Jakiyanov, Mukhamedzhanov = Mukhamedjanov.
    (re.compile(r"dzh|dj|zh"), "j"),
    # kh and q are one sound family (х, қ) written k by many sources.
    (re.compile(r"kh|q"), "k"),
    # gh is the Kazakh ғ, which English sources mostly write g.
    (re.compile(r"gh"), "g"),
    # A lone h left now is a variant of kh (Muhamed = Mukhamed, Jihor =
    # Zhikhor). It is kept where it is the second letter of a digraph that
    # is a different sound: sh, ch, and the English th and ph.
    (re.compile(r"(?<![sctp])h"), "k"),
    # x is the English spelling of кс: Alexey = Aleksey.
    (re.compile(r"x"), "ks"),
    # y and i: й, ы and и are all printed as either (Kalyuzhnyi, Kalyuzhny).
    (re.compile(r"y"), "i"),
    # Doubled letters: Assandi = Asandi, Kalyuzhnii = Kalyuzhni.
    (re.compile(r"(.)\1+"), r"\1"),
    # A glide i between two vowels is dropped: Nazarbayev = Nazarbaev,
    # Sergeyev = Sergeev. (Abliyazov has been reduced to Abliazov above.)
    (re.compile(rf"(?<=[{_VOWELS}])i(?=[{_VOWELS}])"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
    # s and z: Rozlana = Roslana, Kazak = Kasak. Run last so zh is gone.
    (re.compile(r"z"), "s"),
)


_NOT_ASCII_LETTERS = re.compile(r"[^a-z]+")


@lru_cache(maxsize=131072)
def _ascii_lower(token: str) -> str:
    """``token`` transliterated, lower-cased, stripped of marks and non-letters."""
    if token.isascii():     # nothing to transliterate, decompose or spell out
        return _NOT_ASCII_LETTERS.sub("", token.lower())
    text = transliterate(unicodedata.normalize("NFC", token)).lower()
    text = "".join(_DIGRAPH_LETTERS.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


@lru_cache(maxsize=65536)
def _token_key(token: str) -> str:
    """The key of one token; cached, since an article keys every word and words repeat."""
    key = _ascii_lower(token)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=131072)
def name_key(name: str) -> str:
    """The folding key of a name: equal for transliteration variants only.

    ``name`` is one token or a full name; each whitespace-separated token is
    keyed on its own and the keys are joined with one space, so a full name's
    key ends with its surname's key. The key is lower case ASCII letters;
    anything else in a token (hyphens, apostrophes) is dropped. A possessive
    's is not recognised here: callers strip it first, as find_people does.

    Folding, in order: Cyrillic is transliterated; case and diacritics go
    (Kazakh Latin ş ç ğ ñ and ž š č become sh ch gh ng zh sh ch first);
    word-initial ye -> e; dzh, dj, zh -> j (j is the ж symbol); kh, q -> k;
    gh -> g; any other h -> k except in sh, ch, th, ph; x -> ks; y -> i;
    doubled letters collapse; an i between two vowels is dropped; doubled
    letters collapse again; z -> s.

    Nothing touches a final a, so male and female surnames keep apart
    (Nazarbayev, Nazarbayeva; Gorodetsky, Gorodetskaya). No rule drops a
    consonant, and the consonant rules merge only the pairs listed, so
    Kozlov and Kosanov (koslov, kosanov), or Zhakianov and Zhikhor (jakianov,
    jikor), stay apart.

    Cached: grouping an article's mentions asks for the key of the same
    names several times each, and names repeat across articles.
    """
    keys = (_token_key(token) for token in name.split())
    return " ".join(key for key in keys if key)


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
    президент премьер министр господин госпожа аким лидер депутат
""")

#: Speech verbs: "Saenen said", "Kalyuzhnyi continued" mark the word before
#: as a person (organisations say things too, hence the extra checks).
_SPEECH = _keys("""
    said says told tells stressed claimed claims added adds noted notes
    continued insisted insists argued argues explained replied wrote warned
    commented emphasised emphasized announced declared admitted recalled
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

#: Words that make the name before them the name of a place or an institution
#: (Molotov Street, Nazarbayev University, the Soros Foundation).
_NAMED_AFTER = _keys("""
    street avenue prospect prospekt boulevard road lane square bridge park
    district airport station port city town village region oblast
    university institute academy school college museum library theatre
    theater stadium palace hospital centre center hall arena
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


def _runs(tokens: _Tokens, capitalised: list[int]) -> list[list[int]]:
    """Maximal runs of capitalised words separated only by spaces (token indices).

    ``capitalised``: the indices of the capitalised words; a run continues
    with the next word only if it is capitalised too, only spaces stand
    between them, and the word before has no possessive 's.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    for i in capitalised:
        if (current and current[-1] == i - 1 and _NAME_GAP.fullmatch(tokens[i].gap_before)
                and not tokens[i - 1].possessive):
            current.append(i)
            continue
        if current:
            runs.append(current)
        current = [i]
    if current:
        runs.append(current)
    return runs


# --------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Mention:
    """One place where a text names a person.

    ``surface`` is ``text[start:end]`` exactly, without a possessive 's.
    ``surname`` is the last word of the name; for a lone word it is that word,
    which may in fact be a given name ("According to Vadim") — grouping sorts
    that out. ``middle`` holds a patronymic if one was written. ``key`` is the
    key of given name and surname (patronymic left out, so that names with and
    without it meet), or of the surname alone.
    """

    surface: str
    start: int
    end: int
    given: str | None
    surname: str
    key: str
    middle: str | None = None

    @property
    def surname_key(self) -> str:
        """The key that groups mentions of one person across spellings."""
        return name_key(self.surname)

    @property
    def given_key(self) -> str | None:
        """The given name's key, which tells apart two people of one surname."""
        return name_key(self.given) if self.given else None


def _plausible_name_word(tokens: _Tokens, i: int) -> bool:
    """Token ``i`` could be part of a name: capitalised, not a listed non-name."""
    token = tokens[i]
    return token.capitalised and token.key not in _NOT_NAMES and bool(token.key)


def _plausible_given(tokens: _Tokens, i: int) -> bool:
    """Token ``i`` could be a given name standing before a surname.

    Besides the non-name list: no possessive (Kazakhstan's Nazarbaev), no
    surname ending of its own, and at the start of a sentence, where the
    capital says nothing, no -ing, -ed or -ly word (Following, Asked,
    Reportedly) and no word the same text also writes in lower case (Later).
    """
    token = tokens[i]
    if not _plausible_name_word(tokens, i) or token.possessive:
        return False
    if _ending_strength(token.text) == "strong":
        return False
    disguised_word = token.common or re.search(r"(ing|ed|ly)$", _ascii_lower(token.text))
    return not (_sentence_initial(tokens, i) and disguised_word)


def _title_before(tokens: _Tokens, i: int) -> bool:
    """A title or role word stands right before token ``i`` (a comma may come between).

    A full stop may come between only after an abbreviated title (Mr. Smith);
    otherwise it ends the sentence the title was in.
    """
    if i == 0:
        return False
    previous = tokens[i - 1]
    gap = tokens[i].gap_before.strip()
    if gap not in ("", ",") and not (gap == "." and previous.key in _ABBREVIATIONS):
        return False
    parts = previous.text.split("-")  # ex-premier, chairman-in-office
    return previous.key in _TITLES or any(name_key(p) in _TITLES for p in (parts[0], parts[-1]))


def _speech_after(tokens: _Tokens, i: int) -> bool:
    """A speech verb follows token ``i`` directly (Saenen said)."""
    return (i + 1 < tokens.size and _NAME_GAP.fullmatch(tokens[i + 1].gap_before) is not None
            and tokens[i + 1].key in _SPEECH and not tokens[i].possessive)


_ACCORDING = name_key("according")


def _according_to_before(tokens: _Tokens, i: int) -> bool:
    """"According to" stands right before token ``i``: attribution, so a person."""
    return (i >= 2 and tokens[i - 1].key == "to" and tokens[i - 2].key == _ACCORDING
            and _NAME_GAP.fullmatch(tokens[i].gap_before) is not None)


def _article_before(tokens: _Tokens, i: int) -> bool:
    """An article right before token ``i``: 'the Kremlin said'."""
    return i > 0 and not tokens[i - 1].capitalised and tokens[i - 1].key in _ARTICLES


def _no_person_before(tokens: _Tokens, i: int) -> bool:
    """An article or a preposition of place right before: 'in Almaty said'."""
    return _article_before(tokens, i) or (
        i > 0 and not tokens[i - 1].capitalised and tokens[i - 1].key in _PLACE_PREPOSITIONS)


@dataclass(slots=True)
class _Candidate:
    """A possible name, as token indices: [given [middle]] surname."""

    given: int | None
    middle: int | None
    surname: int

    @property
    def first(self) -> int:
        return self.given if self.given is not None else self.surname


def _candidate_at(tokens: _Tokens, run: list[int], pos: int, used: set[int]) -> _Candidate:
    """The longest name ending at run position ``pos``: [given [patronymic]] surname."""
    i = run[pos]
    if pos >= 2 and not used.intersection(run[pos - 2:pos]) \
            and _is_patronymic(tokens[run[pos - 1]].text) \
            and _plausible_given(tokens, run[pos - 2]):
        return _Candidate(run[pos - 2], run[pos - 1], i)
    if pos >= 1 and run[pos - 1] not in used and _plausible_given(tokens, run[pos - 1]):
        return _Candidate(run[pos - 1], None, i)
    return _Candidate(None, None, i)


def _accept(tokens: _Tokens, run: list[int], cand: _Candidate,
            confirmed: frozenset[str]) -> bool:
    """Whether ``cand`` is a personal name, by the heuristics in :func:`find_people`."""
    s = cand.surname
    surname = tokens[s]
    if not _plausible_name_word(tokens, s):
        return False
    if s != run[-1] and not surname.possessive and tokens[s + 1].key in _NAMED_AFTER:
        return False
    strength = _ending_strength(surname.text)
    if strength == "strong" and (cand.given is not None or not _article_before(tokens, s)):
        return True
    if surname.key in confirmed:
        return True
    titled = _title_before(tokens, cand.first)
    has_given = cand.given is not None
    if strength == "weak" and (has_given or titled or _speech_after(tokens, s)
                               or _according_to_before(tokens, s)):
        return has_given or not _no_person_before(tokens, s)
    # No surname ending at all: only a title, a speech verb or "according to"
    # makes it a name, and only if the run is exactly this name (so "Human
    # Rights Watch said" is not read as a person called Rights Watch).
    exact = run[-1] == s and (run[0] == cand.first or _title_before(tokens, cand.first))
    if not exact:
        return False
    if titled:
        return True
    if _sentence_initial(tokens, cand.first) or _no_person_before(tokens, cand.first):
        return False
    return _speech_after(tokens, s) or _according_to_before(tokens, cand.first)


def _scan_run(tokens: _Tokens, run: list[int], confirmed: frozenset[str]) -> list[_Candidate]:
    """Names in one run, left to right, each word used by one name at most.

    ``confirmed`` holds surname keys already accepted in this text; any word
    with one of them is a surname wherever it stands.
    """
    found: list[_Candidate] = []
    used: set[int] = set()
    for pos in range(len(run)):
        if run[pos] in used:
            continue
        if pos + 1 < len(run) and _plausible_given(tokens, run[pos]):
            following = tokens[run[pos + 1]]
            if _ending_strength(following.text) or following.key in confirmed:
                # Gaukhar before Beketova: this word is the given name of
                # the next one's surname, not a lone name of its own.
                continue
        cand = _candidate_at(tokens, run, pos, used)
        if not _accept(tokens, run, cand, confirmed):
            continue
        found.append(cand)
        used.update(i for i in (cand.given, cand.middle, cand.surname) if i is not None)
    return found


def _scan(tokens: _Tokens, runs: list[list[int]], confirmed: frozenset[str],
          earlier: list[list[_Candidate]] | None = None) -> list[list[_Candidate]]:
    """The names of each run (see :func:`_scan_run`), a list per run.

    ``earlier``: the result of a scan with no confirmed keys. ``confirmed``
    only changes the names of a run holding a word with a confirmed key, so
    only those runs are scanned again; the others keep their earlier names.
    """
    if earlier is None:
        return [_scan_run(tokens, run, confirmed) for run in runs]
    return [_scan_run(tokens, run, confirmed) if any(tokens[i].key in confirmed for i in run) else names
            for run, names in zip(runs, earlier)]


def _flat(per_run: list[list[_Candidate]]) -> list[_Candidate]:
    return [cand for names in per_run for cand in names]


def _spaced(tokens: _Tokens, i: int) -> bool:
    """Only spaces separate token ``i`` from the one before it."""
    return _NAME_GAP.fullmatch(tokens[i].gap_before) is not None


def _coordinated(tokens: _Tokens, runs: list[list[int]],
                 found: list[_Candidate]) -> list[_Candidate]:
    """Two-word runs joined by "and" to a full name found already.

    "Yuliana Zhikhor and Gaukhar Beketova are contributors": the second is a
    name by its ending, so the first, built the same way, is one too.
    """
    full_starts = {c.first for c in found if c.given is not None}
    full_ends = {c.surname for c in found if c.given is not None}
    taken = {i for c in found for i in (c.given, c.middle, c.surname) if i is not None}
    extra: list[_Candidate] = []
    for run in runs:
        if len(run) != 2 or taken.intersection(run):
            continue
        g, s = run
        if not (_plausible_given(tokens, g) and _plausible_name_word(tokens, s)) or tokens[g].possessive:
            continue
        after, before = s + 2, g - 2
        joined_after = (after < tokens.size and tokens[s + 1].key == "and" and after in full_starts
                        and _spaced(tokens, s + 1) and _spaced(tokens, after))
        joined_before = (before >= 0 and tokens[g - 1].key == "and" and before in full_ends
                         and _spaced(tokens, g - 1) and _spaced(tokens, g))
        if joined_after or joined_before:
            extra.append(_Candidate(g, None, s))
    return extra


def _lone_given_names(tokens: _Tokens, found: list[_Candidate],
                      capitalised: list[int]) -> list[_Candidate]:
    """Lone given names of people named in full elsewhere (Igor, after Igor Kolov)."""
    given_keys = {tokens[c.given].key for c in found if c.given is not None}
    if not given_keys:
        return []
    taken = {i for c in found for i in (c.given, c.middle, c.surname) if i is not None}
    return [_Candidate(None, None, i) for i in capitalised
            if i not in taken and tokens[i].key in given_keys
            and tokens[i].key not in _NOT_NAMES and not _no_person_before(tokens, i)]


def _mention(text: str, tokens: _Tokens, cand: _Candidate) -> Mention:
    start, end = tokens.span(cand.first, cand.surname)
    given = tokens[cand.given].text if cand.given is not None else None
    middle = tokens[cand.middle].text if cand.middle is not None else None
    surname = tokens[cand.surname].text
    key = name_key(f"{given} {surname}") if given else name_key(surname)
    return Mention(text[start:end], start, end, given, surname, key, middle)


def find_people(text: str) -> list[Mention]:
    """Every mention of a person in ``text``, in order of appearance.

    Precision comes before recall: a missed mention costs one search hit, a
    false one puts a place or a party in the index of people. The heuristics:

    * A name is one to three capitalised words on one line with only spaces
      between them: [given name [patronymic]] surname. All-capitals acronyms
      (DCK, HRW) never count; a possessive 's is left out of the mention.
    * Words that are never names are skipped by key: sentence-opening function
      words, months, days, places (Almaty, Astana, Kazakhstan in any spelling),
      nationalities, words of organisation names, and titles (President).
    * A surname with a strong Russian/Kazakh ending (-ov, -ova, -ev, -eva,
      -sky, -skaya, -uly, -kyzy, -enko, -chuk ...) is a name on its own, even
      at the start of a sentence.
    * A weak ending (-in, -ina, -yn, -iy, -oy, -ykh, -vich ...), shared with
      words like Berlin or Kremlin, needs a given name before it, a title
      before it (President, lawyer, ex-premier), a speech verb after it
      (said, told) or "according to" before it.
    * A word with no surname ending is a name only in a run of exactly that
      name, after a title (European MP, Joe Higgins), or, in the middle of a
      sentence, before a speech verb (Saenen said) or after "according to";
      or when it is joined by "and" to a full name found already.
    * A name followed by a word such as Street, University or Foundation
      names a place or an institution (Nazarbayev University), not a person.
    * A lone word right after an article or preposition (the Kremlin, in
      Almaty) is not a person unless its ending says so and no article
      precedes it.
    * Once a surname is accepted anywhere in the text, every other capitalised
      use of it (same key) is a mention too, with the word before it as given
      name where that is plausible: this catches "Vanessa Saenen is ..." from
      "Saenen said" elsewhere. Likewise a lone given name of someone named in
      full elsewhere (Igor after Igor Kolov) is a mention.
    """
    tokens = _Tokens(text)
    capitalised = tokens.capitalised()
    # A run with no word that could be part of a name (The, In, President) names no one:
    # every name found below has a plausible surname (_accept asks that first).
    runs = [run for run in _runs(tokens, capitalised) if any(map(partial(_plausible_name_word, tokens), run))]
    first_runs = _scan(tokens, runs, frozenset())
    first = _flat(first_runs)
    first += _coordinated(tokens, runs, first)
    confirmed = frozenset(tokens[c.surname].key for c in first)
    found = _flat(_scan(tokens, runs, confirmed, earlier=first_runs))
    found += _coordinated(tokens, runs, found)
    found += _lone_given_names(tokens, found, capitalised)
    found.sort(key=lambda c: c.first)
    return [_mention(text, tokens, c) for c in found]


# --------------------------------------------------------------------------
# Grouping
# --------------------------------------------------------------------------

@dataclass(slots=True)
class Person:
    """One person of an article, with every way the article names them.

    ``key`` is the surname key: the same for every spelling of the surname,
    so it is what an index of people across articles files the person under.
    ``given_key`` tells apart two people of one surname in one article.
    ``name`` is the display name: the most frequent full-name form, the first
    one on a tie, or the most frequent lone form if no full name was used.
    """

    name: str
    key: str
    given_key: str | None
    forms: dict[str, int] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full_key(self) -> str:
        """Given name and surname key, or the surname key alone."""
        return f"{self.given_key} {self.key}" if self.given_key else self.key


def _display_name(mentions: list[Mention]) -> str:
    counts = Counter(m.surface for m in mentions)
    full = [m.surface for m in mentions if m.given]
    pool = full or [m.surface for m in mentions]
    # max() keeps the first of equal counts, and pool is in text order.
    return max(dict.fromkeys(pool), key=lambda surface: counts[surface])


def group_mentions(mentions: list[Mention]) -> list[Person]:
    """One article's mentions grouped into people, in order of first mention.

    Full names (given name and surname) group by both keys, so Galymzhan
    Zhakiyanov and Galymjan Jakiyanov are one person but two people of one
    surname are not. A lone surname joins the only full-name person of that
    surname key; if there are several it is ambiguous and stays a person of
    its own, and if there are none, lone mentions of one key form one person.
    A lone word matching no surname but the given name of exactly one person
    joins that person (Mukhtar, after Mukhtar Ablyazov).
    """
    groups: dict[tuple[str, str | None], list[Mention]] = {}
    for m in mentions:
        if m.given:
            groups.setdefault((m.surname_key, m.given_key), []).append(m)
    by_surname: dict[str, list[tuple[str, str | None]]] = {}
    by_given: dict[str, list[tuple[str, str | None]]] = {}
    for group_key in groups:
        by_surname.setdefault(group_key[0], []).append(group_key)
        by_given.setdefault(group_key[1] or "", []).append(group_key)
    for m in mentions:
        if m.given:
            continue
        key = m.surname_key
        if len(by_surname.get(key, [])) == 1:
            target = by_surname[key][0]
        elif key not in by_surname and len(by_given.get(key, [])) == 1:
            target = by_given[key][0]
        else:
            target = (key, None)
        groups.setdefault(target, []).append(m)
    persons = [Person(_display_name(ms), surname_key, given_key,
                      dict(Counter(m.surface for m in ms)), sorted(ms, key=lambda m: m.start))
               for (surname_key, given_key), ms in groups.items()]
    persons.sort(key=lambda p: p.mentions[0].start)
    return persons


def people(text: str) -> list[Person]:
    """The people of one article: :func:`find_people` then :func:`group_mentions`."""
    return group_mentions(find_people(text))
