"""Name keys: one key for every transliteration of a person's name.

The articles we keep report on Kazakhstan and Russia in English, and the same
person is spelt several ways from one article to the next (Ablyazov, Abliazov,
Abliyazov; Zhakiyanov, Zhaqiyanov, Jakiyanov) because each newsroom
transliterates Cyrillic its own way. A search for one spelling must find the
others, so every name gets a *key* that folds exactly those transliteration
differences, and nothing more: two different people must keep two keys.

* :func:`transliterate` turns Cyrillic (Russian and Kazakh letters) into Latin,
  so a Cyrillic name and its English spelling can share a key.
* :func:`name_key` folds one name token, or a full name token by token.

The key is all that the rest of the archive compares names by: finding people
(:mod:`archive.description.person_finding`) and places
(:mod:`archive.description.places`), the person authority and the search
index. So it lives here on its own, below all of them, and knows nothing of
how a name is found in a text.

The key does not undo Russian case endings (Аблязовым, or Аблязова as a
genitive, which looks like the female form) and it does not correct plain
misspellings (Mukhtabar for Mukhtar, Taykina for Taukina): those are left to
an alias table kept elsewhere, because folding them would merge real people.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["name_key", "transliterate"]

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


#: The Arabic article written onto a surname ("al-Assad", "el-Sisi", "Al-Maliki"): the key is
#: the surname's, so the later "Assad said" is the same person.
ARABIC_ARTICLES = "al|el|ad|ar|as|an|at|az|ash|ath"
_ARTICLE_PREFIX = re.compile(rf"^(?:{ARABIC_ARTICLES})[-‐‑]", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _token_key(token: str) -> str:
    """The key of one token; cached, since an article keys every word and words repeat."""
    stripped = _ARTICLE_PREFIX.sub("", token)
    key = _ascii_lower(stripped if len(stripped) >= 3 else token)
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
