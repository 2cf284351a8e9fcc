"""The encoding detector on real-world shapes of Cyrillic and Western text."""

from __future__ import annotations

import codecs

import pytest

from archive.preservation.encoding import MIN_SCORE, UndecodableText, detect_encoding, score

RUSSIAN = ("Председатель партии Демократический выбор Казахстана заявил журналистам, "
           "что власти преследуют оппозицию. Суд приговорил его к семи годам заключения.")
KAZAKH = "Қазақстан Республикасының Президенті бүгін Астанада сөз сөйледі. Өкілдер наразылық білдірді."
UKRAINIAN = "Київ. Президент України заявив, що ґрунтовні реформи є необхідними. Її позиція відома."
FRENCH = "Le président a déclaré à Almaty que l'élection était libre. Les observateurs étrangers ont critiqué le scrutin."


@pytest.mark.parametrize("text, codec, expected", [
    (RUSSIAN, "cp1251", "cp1251"),
    (RUSSIAN, "koi8_r", "koi8-r"),
    (RUSSIAN, "cp866", "cp866"),
    (KAZAKH, "kz1048", "kz1048"),
    (UKRAINIAN, "cp1251", "cp1251"),
    (FRENCH, "latin-1", "iso8859-1"),
    (FRENCH.replace("'", "\u2019"), "cp1252", "cp1252"),
    ("Привет, мир", "koi8_r", "koi8-r"),
    ("Привет, мир", "cp1251", "cp1251"),
])
def test_single_byte_code_pages_are_told_apart(text: str, codec: str, expected: str) -> None:
    guess = detect_encoding(text.encode(codec))
    assert guess.encoding == expected
    assert guess.method == "statistics"
    assert text.encode(codec).decode(guess.encoding) == text


def test_utf8_ascii_and_byte_order_marks_are_certain() -> None:
    assert detect_encoding(RUSSIAN.encode()).encoding == "utf-8"
    assert detect_encoding(b"plain ascii").encoding == "ascii"
    for codec, expected in (("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("utf-32", "utf-32")):
        guess = detect_encoding(RUSSIAN.encode(codec))
        assert (guess.encoding, guess.method, guess.confidence) == (expected, "bom", 1.0)


def test_html_declaration_is_believed_when_the_bytes_fit() -> None:
    page = b'<html><head><meta charset="windows-1251"></head><body>' + RUSSIAN.encode("cp1251")
    guess = detect_encoding(page, html=True)
    assert (guess.encoding, guess.method, guess.declared) == ("cp1251", "declared", "windows-1251")


def test_html_declaration_that_lies_is_overruled_and_noted() -> None:
    page = b'<html><head><meta charset="utf-8"></head><body>' + RUSSIAN.encode("koi8_r")
    guess = detect_encoding(page, html=True)
    assert guess.encoding == "koi8-r"
    assert "declares utf-8" in guess.note


def test_mojibake_scores_below_the_acceptance_threshold() -> None:
    assert score(RUSSIAN) == 1.0
    for wrong in (RUSSIAN.encode("koi8_r").decode("cp1251"), RUSSIAN.encode("cp1251").decode("latin-1"),
                  RUSSIAN.encode("cp1251").decode("koi8_r"), RUSSIAN.upper().encode("cp1251").decode("koi8_r")):
        assert score(wrong) < MIN_SCORE, wrong


def test_all_capitals_cyrillic_is_still_read_right() -> None:
    for codec, expected in (("cp1251", "cp1251"), ("koi8_r", "koi8-r")):
        assert detect_encoding(RUSSIAN.upper().encode(codec)).encoding == expected


@pytest.mark.parametrize("data, words", [
    (b"Total \x98\x81\x85\xb0\xb1\xb2 end of line\n", "no single-byte encoding"),
    (RUSSIAN.encode("utf-16-le"), "control characters"),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", "byte-order mark"),
])
def test_undecodable_text_says_why(data: bytes, words: str) -> None:
    with pytest.raises(UndecodableText, match=words):
        detect_encoding(data)
