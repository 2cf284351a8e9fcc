"""People named after titles, roles and nationality words, and offices that are not people.

A first step on issue 16 (people on real news): names after "German
Chancellor", "Secretary of State", "Sen.", "Ayatollah", "Former President"
and the like are found; an office, a newsroom or a league is no one. The
sentences are written here; the real components (``names.people``) read them.
"""

from __future__ import annotations

import pytest

from archive.description.names import people


def names(text: str) -> list[str]:
    return [person.name for person in people(text)]


@pytest.mark.parametrize("text, name", [
    ("German Chancellor Angela Merkel met the press in Berlin on Monday.", "Angela Merkel"),
    ("Iranian Foreign Minister Javad Zarif arrived in Vienna late on Tuesday.", "Javad Zarif"),
    ("Former President Jimmy Carter visited the clinic on Friday.", "Jimmy Carter"),
    ("Opposition leader Jeremy Corbyn rejected the plan.", "Jeremy Corbyn"),
    ("Ayatollah Ali Khamenei spoke in Tehran after prayers.", "Ali Khamenei"),
    ("Secretary of State Rex Tillerson flew to Ankara on Thursday.", "Rex Tillerson"),
    ("Sen. John McCain criticised the plan in a hearing.", "John McCain"),
    ("Kazakh Foreign Minister Erlan Idrissov said the talks would go on.", "Erlan Idrissov"),
    ("Japanese Prime Minister Shinzo Abe visited the port.", "Shinzo Abe"),
    ("Congresswoman Ileana Fortune voted against the bill.", "Ileana Fortune"),
])
def test_a_name_after_titles_and_nationality_words_is_a_person(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "The White House said on Monday that the visit would go ahead.",
    "Reuters staff reported that the League had met in Zurich.",
    "The National Assembly voted on the budget late on Friday.",
    "Human Rights Watch said the ruling was unfair.",
    "Officials at Downing Street declined to comment.",
])
def test_offices_newsrooms_and_leagues_are_no_one(text):
    assert names(text) == []


def test_a_name_word_in_the_run_stops_the_titles_reaching_past_it():
    """"Tillerson aide John Kelly": Tillerson could be a name, so the run is not all titles."""
    assert "John Kelly" in names("Tillerson aide John Kelly said the trip was off.")


@pytest.mark.parametrize("text, name, forms", [
    ("Syrian President Bashar al-Assad addressed parliament. Assad said the war was over.",
     "Bashar al-Assad", {"Bashar al-Assad": 1, "Assad": 1}),
    ("Iraqi Prime Minister Nouri al-Maliki resigned. Maliki's allies protested.",
     "Nouri al-Maliki", {"Nouri al-Maliki": 1, "Maliki": 1}),
])
def test_a_surname_with_its_arabic_article_joins_the_later_surname_alone(text, name, forms):
    [person] = people(text)
    assert person.name == name and dict(person.forms) == forms


def test_the_arabic_article_alone_is_no_surname_and_keys_stay_apart():
    from archive.description.name_keys import name_key

    assert name_key("al-Assad") == name_key("Assad")
    assert name_key("Alan") != name_key("Lan") and name_key("Asher") == "asher"
    assert names("Fighters of al-Shabaab attacked the base.") == []


def test_may_is_a_surname_or_a_month_by_its_context():
    text = ("Prime Minister Theresa May said on Monday that talks would resume. May told reporters "
            "in May that the deal was close, and on May 3 she flew to Brussels.")
    [person] = people(text)
    assert person.name == "Theresa May" and dict(person.forms) == {"Theresa May": 1, "May": 1}
    assert names("Mrs May arrived late for the vote.") == ["May"]
    for dated in ("Elections are due on 4 May.", "In May 2017 the council met.", "The vote was held in early May.",
                  "May was a hard month for the council."):
        assert names(dated) == [], dated


@pytest.mark.parametrize("text, name, key", [
    ("European Commission President Ursula von der Leyen said on Monday that talks would go on.",
     "Ursula von der Leyen", "len"),
    ("Far-right leader Marine Le Pen told reporters she would run. Le Pen said the vote was rigged.",
     "Marine Le Pen", "pen"),
    ("Defender Virgil van Dijk scored twice, and van Dijk later said it was a team effort.",
     "Virgil van Dijk", "dijk"),
    ("United Nations envoy Staffan de Mistura said he was ready to resume talks.", "Staffan de Mistura", "mistura"),
])
def test_a_compound_surname_is_one_name_and_no_lone_given_name(text, name, key):
    [person] = people(text)
    assert (person.name, person.key) == (name, key)


def test_a_particle_between_places_makes_no_person():
    assert names("They flew to Rio de Janeiro on Monday.") == []


def test_bylines_and_wire_credits_name_people_and_by_alone_does_not():
    credits = "(Reporting by Farid Noorzai; Additional reporting by Meera Kapoor in New Delhi; Editing by Simon Cameron-Moore)"
    assert names(credits) == ["Farid Noorzai", "Meera Kapoor", "Simon Cameron-Moore"]
    assert names("By Marco Ruiz and Dana Kowalski\nAssociated Press\n\nThe fires spread.") == ["Marco Ruiz", "Dana Kowalski"]
    assert names("The plan was approved by Goldman Sachs on Monday.") == []
