"""People in articles: transliteration, the name key, mention finding, grouping.

The unit tests pin each folding rule and each pair the key must keep apart;
the seed tests check the quality the index of people needs on the five real
articles (read from shared/, never copied here).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive.description.name_keys import name_key, transliterate
from archive.description.names import Person, group_mentions, people
from archive.description.person_finding import Mention, find_people
from conftest import shared



# --------------------------------------------------------------------------
# transliterate
# --------------------------------------------------------------------------

@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Аблязов", "Ablyazov"),
    ("Жакиянов", "Zhakiyanov"),
    ("Назарбаев", "Nazarbaev"),
    ("Хабаров", "Khabarov"),
    ("Щукин", "Shchukin"),
    ("Цой", "Tsoy"),
    ("Чернышёв", "Chernyshyov"),
    ("Подъячев", "Podyachev"),
    ("Юлиана", "Yuliana"),
    ("Эдуард", "Eduard"),
])
def test_transliterate_russian(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("ә", "a"), ("ғ", "gh"), ("қ", "q"), ("ң", "ng"), ("ө", "o"),
    ("ұ", "u"), ("ү", "u"), ("һ", "h"), ("і", "i"),
    ("Тоқаев", "Toqaev"), ("Ғалымжан", "Ghalymzhan"), ("Әлия", "Aliya"),
])
def test_transliterate_kazakh_letters(cyrillic: str, latin: str) -> None:
    assert transliterate(cyrillic) == latin


def test_transliterate_keeps_case_shape_and_leaves_latin_alone() -> None:
    assert transliterate("ЖАКИЯНОВ") == "ZHAKIYANOV"
    assert transliterate("Жак") == "Zhak"
    assert transliterate("Mr Аблязов, 2004.") == "Mr Ablyazov, 2004."
    assert transliterate("Kazakhstan") == "Kazakhstan"


# --------------------------------------------------------------------------
# name_key: each folding rule
# --------------------------------------------------------------------------

@pytest.mark.parametrize("variants", [
    # dzh / dj / zh / j
    ("Galymzhan", "Galymjan", "Galymdzhan"),
    ("Zhakiyanov", "Jakiyanov", "Dzhakiyanov", "Djakiyanov"),
    ("Mukhamedzhanov", "Mukhamedjanov"),
    # kh / q / lone h -> k
    ("Kazakhstan", "Kazakstan", "Qazaqstan"),
    ("Zhaqiyanov", "Zhakiyanov"),
    ("Mukhamed", "Muhamed", "Muqamed"),
    # gh -> g (Kazakh ғ)
    ("Ghalymzhan", "Galymzhan"),
    # y / i
    ("Kalyuzhnyi", "Kalyuzhny", "Kaliuzhnii"),
    ("Gorodetskiy", "Gorodetsky", "Gorodetskii"),
    # glide between vowels
    ("Nazarbayev", "Nazarbaev"),
    ("Sergeyev", "Sergeev"),
    ("Aliyev", "Aliev"),
    ("Abliazov", "Abliyazov", "Ablyazov"),
    ("Zhakianov", "Zhakiyanov", "Zhaqiyanov", "Jakiyanov"),
    # doubled letters
    ("Smessov", "Smesov"),
    ("Higgins", "Higins"),
    # s / z
    ("Rozlana", "Roslana"),
    # word-initial ye / e
    ("Yerlan", "Erlan"),
    ("Yelena", "Elena"),
    # x / ks
    ("Alexey", "Aleksey", "Aleksei"),
    # case and diacritics, Kazakh Latin letters
    ("ABLYAZOV", "ablyazov", "Ablyazov"),
    ("Äbilov", "Abilov"),
    ("Şamşet", "Shamshet"),
    ("Jaqıyanov", "Zhakiyanov"),
])
def test_transliteration_variants_share_a_key(variants: tuple[str, ...]) -> None:
    keys = {name_key(v) for v in variants}
    assert len(keys) == 1, {v: name_key(v) for v in variants}


@pytest.mark.parametrize(("cyrillic", "latin"), [
    ("Аблязов", "Ablyazov"),
    ("Аблязов", "Abliazov"),
    ("Жакиянов", "Zhakiyanov"),
    ("Жакиянов", "Jakiyanov"),
    ("Назарбаев", "Nazarbayev"),
    ("Ғалымжан Жақиянов", "Galymzhan Zhakiyanov"),
    ("Казахстан", "Kazakstan"),
])
def test_cyrillic_names_key_like_their_latin_spellings(cyrillic: str, latin: str) -> None:
    assert name_key(cyrillic) == name_key(latin)


def test_ye_folds_only_at_the_start_of_a_word() -> None:
    assert name_key("Yerlan") == "erlan"
    # Inside a word "ye" after a consonant is left as it is ("ie").
    assert name_key("Dyekov") != name_key("Dekov")


def test_lone_h_folds_but_sh_ch_th_ph_stay() -> None:
    assert name_key("Shamshet") == "shamshet"
    assert name_key("Chebotarev") == "chebotarev"
    assert name_key("Shchukin") == "shchukin"
    assert name_key("Thomas") == "thomas"
    assert name_key("Hakim") == name_key("Khakim") == name_key("Qakim")


def test_full_name_is_keyed_token_by_token() -> None:
    assert name_key("Mukhtar Ablyazov") == f"{name_key('Mukhtar')} {name_key('Ablyazov')}"
    assert name_key("  Galymzhan   Zhakiyanov ") == "galimjan jakianov"
    assert name_key("Galymzhan Zhakiyanov").endswith(name_key("Zhaqiyanov"))
    assert name_key("") == ""


def test_key_is_case_insensitive_and_ignores_punctuation() -> None:
    assert name_key("nazarbaev") == name_key("NAZARBAEV") == name_key("Nazar-baev")
    assert name_key("O'Brien") == name_key("OBrien")


# --------------------------------------------------------------------------
# name_key: what must stay apart
# --------------------------------------------------------------------------

@pytest.mark.parametrize(("one", "other"), [
    ("Kozlov", "Kosanov"),
    ("Zhakianov", "Zhikhor"),
    ("Zhakiyanov", "Zhikhor"),
    ("Ablyazov", "Nazarbayev"),
    ("Mukhtar", "Mukhtabar"),  # a misprint: the alias table's job, not the key's
    ("Taukina", "Taykina"),    # likewise
    ("Kolov", "Kozlov"),
    ("Kibraev", "Kurmanov"),
])
def test_different_people_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize(("male", "female"), [
    ("Nazarbayev", "Nazarbayeva"),
    ("Nazarbaev", "Nazarbayeva"),
    ("Ablyazov", "Ablyazova"),
    ("Kuramshin", "Kuramshina"),
    ("Gorodetsky", "Gorodetskaya"),
    ("Gorodetskiy", "Gorodetskaia"),
    ("Назарбаев", "Назарбаева"),
])
def test_gendered_forms_stay_apart(male: str, female: str) -> None:
    assert name_key(male) != name_key(female)
    assert name_key(female).endswith("a")


def test_female_forms_fold_among_themselves() -> None:
    assert name_key("Nazarbayeva") == name_key("Nazarbaeva")
    assert name_key("Gorodetskaya") == name_key("Gorodetskaia")


# --------------------------------------------------------------------------
# find_people on small texts of our own
# --------------------------------------------------------------------------

def _surfaces(text: str) -> list[str]:
    return [m.surface for m in find_people(text)]


def test_mention_offsets_and_fields() -> None:
    text = "Yesterday Vladimir Petrov met the press. Petrov's aide was there."
    mentions = find_people(text)
    assert [m.surface for m in mentions] == ["Vladimir Petrov", "Petrov"]
    for m in mentions:
        assert text[m.start:m.end] == m.surface
    full, lone = mentions
    assert (full.given, full.surname, full.key) == ("Vladimir", "Petrov", "vladimir petrov")
    assert (lone.given, lone.surname, lone.key) == (None, "Petrov", "petrov")
    assert lone.surname_key == full.surname_key == "petrov"


def test_surname_ending_makes_a_name_even_at_sentence_start() -> None:
    assert _surfaces("Ivanova was elected. The vote was close.") == ["Ivanova"]
    assert _surfaces("Galymzhan Zhakiyanov and Serik Abdrakhmanuly spoke.") == [
        "Galymzhan Zhakiyanov", "Serik Abdrakhmanuly"]


def test_places_months_organisations_and_acronyms_are_not_people() -> None:
    text = ("In May the Democratic Choice of Kazakstan met in Almaty and Astana. "
            "Kazakhstan's OSCE chairmanship began in January. The Kremlin said "
            "nothing. Human Rights Watch said so. Officials said more. "
            "Delegates from Geneva and Moldova arrived. DCK and HRW agreed.")
    assert find_people(text) == []


def test_weak_endings_need_a_given_name_or_a_cue() -> None:
    assert _surfaces("They moved to Berlin last year.") == []
    assert _surfaces("Boris Yeltsin resigned.") == ["Boris Yeltsin"]
    assert _surfaces("The deal, President Putin said, was done.") == ["Putin"]
    assert _surfaces("The rally went ahead, Kuramshin said.") == ["Kuramshin"]


def test_names_without_surname_endings_need_a_title_or_speech_verb() -> None:
    assert _surfaces("The talks went on, European MP, Joe Higgins, said.") == ["Joe Higgins"]
    assert _surfaces("It was late, Mr. Smith told us.") == ["Smith"]
    assert _surfaces("We met his lawyer Anna Berg at noon.") == ["Anna Berg"]
    assert _surfaces("It rained on Harbour Berg at noon.") == []
    # a known given name before it makes a name of the pair (issue 16: the census list of given names)
    assert _surfaces("It rained on Anna Berg at noon.") == ["Anna Berg"]
    # A speech verb is not enough at the start of a sentence (Officials said).
    assert _surfaces("Critics said it was late.") == []


def test_a_surname_confirmed_once_is_found_everywhere() -> None:
    text = "Vanessa Berg is a spokeswoman. Prices rose, Berg said. Berg left."
    assert _surfaces(text) == ["Vanessa Berg", "Berg", "Berg"]


def test_sentence_opening_words_are_not_given_names() -> None:
    assert _surfaces("Following Nazarbaev's decree, the court met.") == ["Nazarbaev"]
    assert _surfaces("But Amirbek Kosanov disagreed.") == ["Amirbek Kosanov"]
    assert _surfaces("Why Nazarbaev decided is unclear.") == ["Nazarbaev"]


def test_title_words_stay_out_of_the_name() -> None:
    assert _surfaces("Kazakh President Nursultan Nazarbaev spoke.") == ["Nursultan Nazarbaev"]
    assert _surfaces("Press secretary Kozlov said no.") == ["Kozlov"]
    assert _surfaces("He met ex-premier Kazhegeldin in exile.") == ["Kazhegeldin"]


def test_patronymic_is_kept_in_the_surface_but_not_in_the_key() -> None:
    [m] = find_people("Nursultan Abishevich Nazarbaev arrived.")
    assert (m.surface, m.given, m.middle, m.surname) == (
        "Nursultan Abishevich Nazarbaev", "Nursultan", "Abishevich", "Nazarbaev")
    assert m.key == name_key("Nursultan Nazarbayev")


def test_names_joined_by_and_to_a_full_name() -> None:
    assert _surfaces("Anna Berg and Gaukhar Beketova are contributors.") == [
        "Anna Berg", "Gaukhar Beketova"]


def test_possessive_is_left_out_of_the_surface() -> None:
    text = "Ablyazov’s release and Abliazov's health were discussed."
    assert _surfaces(text) == ["Ablyazov", "Abliazov"]


def test_names_do_not_run_across_lines() -> None:
    assert _surfaces("Diplomatic Row Over Kazak Politician\nIvan Petrov spoke.") == ["Ivan Petrov"]


def test_cyrillic_mentions() -> None:
    text = "Президент Нурсултан Назарбаев заявил, что Аблязов свободен. Вчера Жакиянов сказал."
    mentions = find_people(text)
    assert [m.surface for m in mentions] == ["Нурсултан Назарбаев", "Аблязов", "Жакиянов"]
    assert [m.surname_key for m in mentions] == [
        name_key("Nazarbayev"), name_key("Ablyazov"), name_key("Zhakiyanov")]


# --------------------------------------------------------------------------
# group_mentions
# --------------------------------------------------------------------------

def _by_key(persons: list[Person]) -> dict[str, Person]:
    return {p.key: p for p in persons}


def test_lone_surname_joins_the_full_name_of_its_article() -> None:
    text = ("Mukhtar Ablyazov was freed. Later Abliazov spoke, and Ablyazov left. "
            "Galymjan Jakiyanov stayed; Galymzhan Zhakiyanov appealed. Zhaqiyanov waits.")
    persons = people(text)
    assert [p.name for p in persons] == ["Mukhtar Ablyazov", "Galymjan Jakiyanov"]
    ablyazov, zhakiyanov = persons
    assert ablyazov.forms == {"Mukhtar Ablyazov": 1, "Abliazov": 1, "Ablyazov": 1}
    assert ablyazov.key == name_key("Abliyazov")
    assert ablyazov.given_key == name_key("Mukhtar")
    assert ablyazov.full_key == name_key("Mukhtar Abliazov")
    assert zhakiyanov.forms == {"Galymjan Jakiyanov": 1, "Galymzhan Zhakiyanov": 1, "Zhaqiyanov": 1}
    assert len(zhakiyanov.mentions) == 3


def test_display_name_is_the_most_frequent_full_form() -> None:
    text = "Ivan Petrov spoke. Ivan Petrov left. Petrov, Petrov, Petrov."
    [person] = people(text)
    assert person.name == "Ivan Petrov"


def test_display_name_without_a_full_form_is_the_most_frequent_lone_form() -> None:
    mentions = [Mention("Nazarbaev", 0, 9, None, "Nazarbaev", "nasarbaev"),
                Mention("Nazarbayev", 20, 30, None, "Nazarbayev", "nasarbaev"),
                Mention("Nazarbayev", 40, 50, None, "Nazarbayev", "nasarbaev")]
    [person] = group_mentions(mentions)
    assert person.name == "Nazarbayev"
    assert person.forms == {"Nazarbaev": 1, "Nazarbayev": 2}
    assert person.given_key is None and person.full_key == "nasarbaev"


def test_two_people_of_one_surname_stay_apart_and_a_lone_surname_is_not_guessed() -> None:
    text = "Ivan Petrov and Oleg Petrov disagreed. Petrov said so."
    persons = people(text)
    assert [p.name for p in persons] == ["Ivan Petrov", "Oleg Petrov", "Petrov"]


def test_male_and_female_forms_are_two_people() -> None:
    text = "Dariga Nazarbayeva met Nursultan Nazarbayev. Nazarbayeva spoke."
    persons = _by_key(people(text))
    assert persons[name_key("Nazarbayeva")].forms == {"Dariga Nazarbayeva": 1, "Nazarbayeva": 1}
    assert persons[name_key("Nazarbayev")].forms == {"Nursultan Nazarbayev": 1}


def test_lone_given_name_joins_the_only_person_of_that_given_name() -> None:
    text = "Igor Kolov was beaten. Later Igor was freed."
    [person] = people(text)
    assert person.forms == {"Igor Kolov": 1, "Igor": 1}


# --------------------------------------------------------------------------
# The real seed articles
# --------------------------------------------------------------------------

def _seed_texts() -> dict[str, str]:
    seeds = shared("corpus", "seeds")
    files = sorted(seeds.glob("*.txt"))
    assert len(files) == 5, seeds
    return {f.name: f.read_text(encoding="utf-8") for f in files}


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    return _seed_texts()


@pytest.fixture(scope="module")
def seed_people(seeds: dict[str, str]) -> dict[str, list[Person]]:
    return {name: people(text) for name, text in seeds.items()}


#: Every spelling the seeds use for the three men, as patterns over the raw
#: text, with how many seed files name each man (counted by reading them).
FIGURES = {
    "Ablyazov": (re.compile(r"\bAbli?y?azov\b"), {"Abliazov", "Abliyazov", "Ablyazov"}, 4),
    "Zhakiyanov": (re.compile(r"\b(?:Zh|J)a[kq]i?y?anov\b"),
                   {"Zhakianov", "Zhaqiyanov", "Zhakiyanov", "Jakiyanov"}, 4),
    "Nazarbayev": (re.compile(r"\bNazarba(?:y)?ev\b"), {"Nazarbaev"}, 3),
}


@pytest.mark.parametrize("figure", sorted(FIGURES))
def test_every_spelling_in_the_seeds_is_found_under_one_key(
        figure: str, seeds: dict[str, str]) -> None:
    pattern, spellings, _ = FIGURES[figure]
    key = name_key(figure)
    seen: set[str] = set()
    for name, text in seeds.items():
        mentions = find_people(text)
        for match in pattern.finditer(text):
            covering = [m for m in mentions if m.start <= match.start() and match.end() <= m.end]
            assert len(covering) == 1, (name, match.group(), match.start())
            assert covering[0].surname == match.group()
            assert covering[0].surname_key == key, (name, match.group())
            seen.add(match.group())
    assert seen == spellings


@pytest.mark.parametrize("figure", sorted(FIGURES))
def test_each_figure_is_one_person_per_article_in_the_expected_number_of_seeds(
        figure: str, seeds: dict[str, str], seed_people: dict[str, list[Person]]) -> None:
    pattern, _, expected_files = FIGURES[figure]
    key = name_key(figure)
    with_person = {name for name, persons in seed_people.items() if any(p.key == key for p in persons)}
    with_spelling = {name for name, text in seeds.items() if pattern.search(text)}
    assert with_person == with_spelling
    assert len(with_person) == expected_files
    for name in with_person:
        assert sum(p.key == key for p in seed_people[name]) == 1, name


def test_given_names_of_the_figures_fold_too(seed_people: dict[str, list[Person]]) -> None:
    zhakiyanov = [p for persons in seed_people.values() for p in persons if p.key == name_key("Zhakiyanov")]
    givens = {m.given for p in zhakiyanov for m in p.mentions if m.given}
    assert givens == {"Galymzhan", "Galymjan"}
    assert {p.given_key for p in zhakiyanov} == {name_key("Galymzhan")}
    nazarbayev = [p for persons in seed_people.values() for p in persons if p.key == name_key("Nazarbayev")]
    assert {p.full_key for p in nazarbayev} == {name_key("Nursultan Nazarbayev")}


def test_mukhtabar_is_not_folded_into_mukhtar_by_the_key(seed_people: dict[str, list[Person]]) -> None:
    ablyazov = [p for persons in seed_people.values() for p in persons if p.key == name_key("Ablyazov")]
    givens = {m.given for p in ablyazov for m in p.mentions if m.given}
    assert givens == {"Mukhtar", "Mukhtabar"}
    assert len({p.given_key for p in ablyazov}) == 2


def test_kazakstan_and_kazakhstan_are_one_place_and_no_person(seeds: dict[str, str]) -> None:
    assert name_key("Kazakstan") == name_key("Kazakhstan")
    places = {name_key(w) for w in ("Kazakhstan", "Kazak", "Almaty", "Astana", "Pavlodar", "Kostanai")}
    for text in seeds.values():
        for m in find_people(text):
            assert not places.intersection(name_key(m.surface).split()), m


def test_named_pairs_are_never_merged_in_the_seeds(seed_people: dict[str, list[Person]]) -> None:
    every = [p for persons in seed_people.values() for p in persons]

    def surnames_under(key: str) -> set[str]:
        return {m.surname for p in every if p.key == key for m in p.mentions if m.given or p.given_key is None}

    assert surnames_under(name_key("Kozlov")) == {"Kozlov"}
    assert surnames_under(name_key("Kosanov")) == {"Kosanov"}
    assert surnames_under(name_key("Zhikhor")) == {"Zhikhor"}
    assert name_key("Kozlov") != name_key("Kosanov")
    assert name_key("Zhikhor") not in {name_key(s) for s in FIGURES["Zhakiyanov"][1]}


def test_lone_surnames_in_the_seeds_link_to_the_full_name(seeds: dict[str, str],
                                                          seed_people: dict[str, list[Person]]) -> None:
    def person(seed_prefix: str, key_of: str) -> Person:
        [name] = [n for n in seeds if n.startswith(seed_prefix)]
        [found] = [p for p in seed_people[name] if p.key == name_key(key_of)]
        return found

    abliazov = person("000", "Ablyazov")
    assert abliazov.name == "Mukhtar Abliazov"
    assert abliazov.forms["Abliazov"] >= 5
    assert set(abliazov.forms) == {"Mukhtar Abliazov", "Abliazov"}

    jakiyanov = person("002", "Zhakiyanov")
    assert {"Jakiyanov", "Zhakiyanov"} <= set(jakiyanov.forms)
    assert {m.given for m in jakiyanov.mentions if m.given} == {"Galymjan", "Galymzhan"}

    abliyazov = person("001", "Ablyazov")
    assert abliyazov.name == "Mukhtabar Abliyazov"
    assert abliyazov.forms == {"Mukhtabar Abliyazov": 2, "Abliyazov": 1}

    # A surname with no Slavic ending, named in full once and alone after.
    saenen = person("001", "Saenen")
    assert saenen.name == "Vanessa Saenen" and saenen.forms["Saenen"] >= 3


#: Everyone the seeds name, by surname as printed (the precision check: no
#: place, party or sentence opener may show up as a person).
KNOWN_SURNAMES = {
    "Abliazov", "Zhakianov", "Taykina", "Taukina", "Tokhtasynov", "Chebotarev",
    "Kosanov", "Duvanov", "Gorodetskiy", "Saenen", "Zhaqiyanov", "Abliyazov",
    "Kalyuzhnyi", "Nazarbaev", "Pasi", "Ablyazov", "Jakiyanov", "Zhakiyanov",
    "Kozlov", "Rebenchuk", "Nurmukhamedov", "Beketova", "Jumagulov",
    "Kazhegeldin", "Smessov", "Zhikhor", "Mukhamedzyanov", "Tomilova",
    "Sadikova", "Kolov", "Kurmanov", "Shamshet", "Kuramshin", "Omanbayev",
    "Higgins", "Makhmet", "Kibraev",
}
#: Given names that may stand alone, linked to their person.
KNOWN_LONE_GIVEN = {"Mukhtar", "Igor", "Vadim"}


def test_seed_people_are_all_real_people(seed_people: dict[str, list[Person]]) -> None:
    for name, persons in seed_people.items():
        for p in persons:
            for m in p.mentions:
                assert m.surname in KNOWN_SURNAMES | KNOWN_LONE_GIVEN, (name, m)
                if m.surname in KNOWN_LONE_GIVEN:
                    assert p.given_key == name_key(m.surname), (name, m)


def test_seed_recall_of_people_named_in_full(seed_people: dict[str, list[Person]]) -> None:
    found = {m.surname for persons in seed_people.values() for p in persons for m in p.mentions}
    # Ulan Shamshet is named once, with no title, ending or verb to tell:
    # the one person of the seeds the heuristics knowingly miss.
    assert KNOWN_SURNAMES - found == {"Shamshet"}


def test_places_and_institutions_named_after_people_are_not_people() -> None:
    text = "Students of Nazarbayev University marched down Molotov Street to Abai Square."
    assert find_people(text) == []
    assert _surfaces("Nazarbayev spoke at Nazarbayev University.") == ["Nazarbayev"]
