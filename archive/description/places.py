"""Places named in an article, found by a gazetteer and keyed like people's names.

Why a gazetteer and not the name heuristics: a capitalised word after "in" or
"from" is as often a month, a party or a ministry as a place ("in May", "from
Parliament"), and no ending marks a place the way -ov marks a surname. A
list of the places this archive's sources write about finds them with
almost no false hits; a place not on the list is missed (the dateline's place
is still taken, whatever it is), and the list is easy to extend.

Each entry is one place: its display name, then other names it goes by
(Alma-Ata for Almaty, Semipalatinsk for Semey, Москва for Moscow). Entries are
compared by :func:`archive.description.name_keys.name_key`, so the transliteration variants
that the key folds (Kazakstan, Kazakhstan, Qazaqstan, Казахстан) need no entry
of their own, and a search for any of them finds them all.

Two guards keep names of people and organisations out: a place word followed
by a capitalised word with a surname ending is a given name (Georgia
Ivanova), and one followed by a word such as Times or University names an
institution (the New York Times). Names that are as often a person's or a
word (Frunze, Shevchenko and Satpayev are surnames too; Oral, Sofia and
America inside "Latin America") are left out of the list on purpose: a
missed place costs one search hit, a false one misfiles an article.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from archive.description.name_keys import name_key
from archive.description.name_words import _NAME_GAP, _ending_strength, split_words

__all__ = ["GAZETTEER", "Place", "find_places", "place_key", "place_name", "places"]

#: One place per line: the name shown, then ``|`` and other names of the same place.
GAZETTEER = """
Kazakhstan | Kazakh SSR | Kazakh Soviet Socialist Republic
Almaty | Alma-Ata | Alma Ata | Алматы | Алма-Ата
Astana | Nur-Sultan | Nursultan | Akmola | Akmolinsk | Tselinograd | Астана | Акмола
Shymkent | Chimkent | Шымкент
Karaganda | Karagandy | Qaraghandy | Караганда
Aktobe | Aktyubinsk | Актобе
Atyrau | Атырау
Aktau | Актау
Uralsk | Уральск
Semey | Semipalatinsk | Семей | Семипалатинск
Oskemen | Ust-Kamenogorsk | Öskemen | Усть-Каменогорск
Pavlodar | Павлодар
Kostanay | Kostanai | Kustanai | Костанай
Petropavl | Petropavlovsk | Петропавловск
Kokshetau | Kokchetav | Кокшетау
Taldykorgan | Taldy-Kurgan | Талдыкорган
Taraz | Zhambyl | Dzhambul | Тараз
Kyzylorda | Kzyl-Orda | Кызылорда
Turkestan | Туркестан
Zhezkazgan | Dzhezkazgan | Жезказган
Ekibastuz | Экибастуз
Temirtau | Темиртау
Rudny | Rudnyy | Рудный
Shakhtinsk | Шахтинск
Zhanaozen | Zhanaozen | Uzen | Жанаозен
Baikonur | Baykonur | Байконур
Balkhash | Балхаш
Ridder | Leninogorsk
Stepnogorsk
Aral
Mangystau | Mangyshlak | Mangistau
Zhetysu | Semirechye
East Kazakhstan
West Kazakhstan
North Kazakhstan
South Kazakhstan
Kyrgyzstan | Kirgizia | Kyrgyz Republic | Кыргызстан | Киргизия
Bishkek | Бишкек
Osh
Uzbekistan | Узбекистан
Tashkent | Ташкент
Samarkand | Самарканд
Bukhara
Andijan | Andijon
Tajikistan | Таджикистан
Dushanbe | Душанбе
Turkmenistan | Туркменистан
Ashgabat | Ashkhabad | Ашхабад
Russia | Russian Federation | Россия
Moscow | Moskva | Москва
Saint Petersburg | St Petersburg | St. Petersburg | Leningrad | Petersburg | Санкт-Петербург
Novosibirsk | Новосибирск
Omsk | Омск
Orenburg | Оренбург
Astrakhan | Астрахань
Yekaterinburg | Ekaterinburg | Sverdlovsk
Chelyabinsk
Barnaul
Siberia
Chechnya
Ukraine | Украина
Kyiv | Kiev | Киев
Kharkiv | Kharkov
Belarus | Byelorussia | Belorussia | Беларусь
Minsk | Минск
Moldova | Moldavia
Chisinau | Kishinev
Georgia
Tbilisi | Tiflis
Armenia
Yerevan
Azerbaijan
Baku
Lithuania
Vilnius
Latvia
Riga
Estonia
Tallinn
Soviet Union | USSR | СССР
China | People's Republic of China | Китай
Beijing | Peking
Xinjiang
Urumqi
Hong Kong
Mongolia
Ulan Bator | Ulaanbaatar
Afghanistan
Kabul
Iran
Tehran
Pakistan
India
New Delhi | Delhi
Turkey
Istanbul
Ankara
Japan
Tokyo
South Korea
Seoul
Israel
Iraq
Syria
Europe
Asia
Central Asia
Caucasus
United States | United States of America | USA | US
Washington
New York
Canada
United Kingdom | Britain | Great Britain | UK
England
London
Scotland
Ireland
Dublin
France
Paris
Strasbourg
Germany
Berlin
Bonn
Frankfurt
Munich
Belgium
Brussels
Netherlands | Holland
Amsterdam
The Hague | Hague
Luxembourg
Switzerland
Geneva
Zurich
Bern
Austria
Vienna
Italy
Rome
Spain
Madrid
Portugal
Lisbon
Poland
Warsaw
Czech Republic | Czechia
Prague
Slovakia
Hungary
Budapest
Romania
Bucharest
Bulgaria
Serbia
Belgrade
Greece
Athens
Finland
Helsinki
Sweden
Stockholm
Norway
Oslo
Denmark
Copenhagen
Cyprus
Malta
Monaco
Liechtenstein
Dubai
Abu Dhabi
United Arab Emirates | UAE
"""

#: Words that turn the place name before them into an organisation's name.
_ORGANISATION_AFTER = frozenset(name_key(word) for word in """
    times post herald tribune journal gazette telegraph observer daily weekly
    university institute academy college school
    airways airlines air bank fund foundation club company corporation group
""".split())

#: All-capitals names that are only ever places, matched exactly (US, not "us" or "Us").
_ACRONYMS = frozenset({"USA", "US", "UK", "UAE", "USSR", "СССР"})

#: The longest entry, in words.
_MOST_WORDS = 5


def _entries() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(key of any name -> the place's key, acronym -> the place's key, place's key -> display name)."""
    by_key: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    shown: dict[str, str] = {}
    for line in GAZETTEER.strip().splitlines():
        names = [name.strip() for name in line.split("|") if name.strip()]
        place = name_key(names[0])
        shown[place] = names[0]
        for name in names:
            if name in _ACRONYMS:
                acronyms[name] = place
            else:
                by_key.setdefault(name_key(name), place)
    return by_key, acronyms, shown


_BY_KEY, _ACRONYM_PLACES, _SHOWN = _entries()
#: The key of the first word of every entry: a capitalised word with another key starts
#: no place (most of them), and is passed over with one set look-up.
_FIRST_KEYS = frozenset(key.split(" ")[0] for key in _BY_KEY)


def place_key(name: str) -> str:
    """The key a place is filed under: its gazetteer place's, else the name's own key.

    ``place_key("Alma-Ata") == place_key("Almaty")``; a place the gazetteer
    does not know (a dateline's village) keys by its spelling alone.
    """
    name = name.strip()
    if name in _ACRONYM_PLACES:
        return _ACRONYM_PLACES[name]
    key = name_key(_without_possessive(name))
    return _BY_KEY.get(key, key)


def place_name(key: str) -> str | None:
    """The gazetteer's display name of a place key (None for a place it does not know)."""
    return _SHOWN.get(key)


@dataclass(slots=True)
class Place:
    """One place of an article, with every way the article writes it."""

    name: str
    key: str
    forms: dict[str, int] = field(default_factory=dict)


def _without_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


def _match(words: list[str], gaps: list[str], i: int) -> tuple[int, str, str] | None:
    """The longest entry starting at capitalised word ``i``: (words used, place key, surface), or None.

    Words of one entry stand next to each other with only spaces between
    (``gaps[j]`` is what stands before word ``j``).
    """
    last = i
    while (last + 1 < len(words) and last - i + 1 < _MOST_WORDS and words[last + 1][0].isupper()
           and _NAME_GAP.fullmatch(gaps[last + 1])):
        last += 1
    for end in range(last, i - 1, -1):
        parts = words[i:end + 1]
        parts[-1] = _without_possessive(parts[-1])
        if end == i and parts[0] in _ACRONYMS:
            place = _ACRONYM_PLACES.get(parts[0])
        elif end == i and parts[0].isupper() and len(parts[0]) > 1:
            continue    # other capitals alone are never matched by key (US is not "Us")
        else:
            place = _BY_KEY.get(" ".join(map(name_key, parts)))
            if place is None and end == i:
                place = _compound_head(parts[0])
                if place is not None:
                    return 1, place, parts[0].partition("-")[0]
        if place is not None:
            surface = "".join(w + g for w, g in zip(parts, gaps[i + 1:end + 1])) + parts[-1]
            return end - i + 1, place, surface
    return None


def _compound_head(word: str) -> str | None:
    """The place a compound opens with: Almaty in "Almaty-based", not in "Alma-Ata" (a name itself)."""
    head, _, rest = word.partition("-")
    if not rest or not rest.islower():
        return None
    return _BY_KEY.get(name_key(head))


def _guarded(words: list[str], gaps: list[str], after: int) -> bool:
    """Whether the word at ``after`` makes the place before it a given name or an organisation."""
    if after >= len(words) or not words[after][0].isupper() or not _NAME_GAP.fullmatch(gaps[after]):
        return False
    if words[after - 1].endswith(("'s", "’s")):
        return False        # Kazakhstan's President: the place stays a place
    following = words[after]
    return name_key(following) in _ORGANISATION_AFTER or _ending_strength(following) == "strong"


@lru_cache(maxsize=65536)
def _may_start(word: str) -> bool:
    """Whether a capitalised word can open an entry: one set look-up passes over most of them."""
    return (word in _ACRONYMS or name_key(_without_possessive(word)) in _FIRST_KEYS
            or ("-" in word and name_key(word.partition("-")[0]) in _FIRST_KEYS))


def find_places(text: str) -> list[tuple[str, str]]:
    """Every place named in ``text``: (surface as written, place key), in order.

    The words come from :func:`archive.description.name_words.split_words`, which finding
    people has split the same text with just before.
    """
    split = split_words(text)
    words, gaps = split.words, split.gaps
    found: list[tuple[str, str]] = []
    starts = [i for i in split.upper if _may_start(words[i])]
    after = 0       # the first word not yet part of a place
    for i in starts:
        if i < after:
            continue
        matched = _match(words, gaps, i)
        if matched is None:
            continue
        used, place, surface = matched
        after = i + used
        if not _guarded(words, gaps, after):
            found.append((surface, place))
    return found


def places(text: str, dateline: str | None = None) -> list[Place]:
    """The places of one article, in order of first mention, the dateline's place first.

    The dateline's place is taken even when the gazetteer does not know it:
    a dateline says it is a place. It is counted once, as the text's own
    first words usually are that dateline.
    """
    grouped: dict[str, Counter] = {}
    dateline_key = place_key(dateline) if dateline else ""
    if dateline_key:
        grouped[dateline_key] = Counter()
    for surface, key in find_places(text):
        grouped.setdefault(key, Counter())[surface] += 1
    if dateline_key and not grouped[dateline_key]:
        grouped[dateline_key][dateline] = 1
    return [Place(place_name(key) or _shown(forms.most_common(1)[0][0]), key, dict(forms))
            for key, forms in grouped.items()]


def _shown(written: str) -> str:
    """A place the gazetteer does not know, as shown: a dateline's capitals (CALDEN BAY) in title case."""
    return written.title() if written.isupper() else written
