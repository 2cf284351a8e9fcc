"""The encoding detector, rule by rule, on real-world shapes of text.

The whole-corpus measure (24 languages, 48 encodings) is tests/test_encoding_corpus.py;
here each rule of the detector has its own case.
"""

from __future__ import annotations

import codecs
import random

import pytest

from archive.preservation.encoding import ENGINE, MIN_SCORE, UndecodableText, detect_encoding, score
from tests.encoding_texts import TEXTS

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
    ("Привет, мир", "koi8_r", "koi8-r"),
    ("Привет, мир", "cp1251", "cp1251"),
])
def test_single_byte_code_pages_are_told_apart(text: str, codec: str, expected: str) -> None:
    guess = detect_encoding(text.encode(codec))
    assert guess.encoding == expected
    assert guess.method == "statistics"
    assert text.encode(codec).decode(guess.encoding) == text


# The French cases used to be ours too ("statistics", and exactly "iso8859-1" for the
# Latin-1 bytes). Western code pages are now the engine's, and the expected name was
# over-specific: Latin-1, Latin-9 and Windows-1252 give these bytes the same text, and
# the same text is what a right guess means.
@pytest.mark.parametrize("text, codec", [(FRENCH, "latin-1"), (FRENCH.replace("'", "\u2019"), "cp1252")])
def test_western_code_pages_are_left_to_the_engine(text: str, codec: str) -> None:
    guess = detect_encoding(text.encode(codec))
    assert guess.method == ENGINE
    assert text.encode(codec).decode(guess.encoding) == text


@pytest.mark.parametrize("language, codec, never", [
    ("hebrew", "cp1255", "koi8-r"),        # was read as KOI8-R at 0.92-1.0
    ("polish", "cp1250", "cp1252"),        # Central European was read as Western
    ("czech", "cp1250", "iso8859-1"),
    ("latvian", "cp1257", "cp1252"),
    ("german", "cp1252", "cp1251"),        # Western was read as Cyrillic
    ("greek", "iso8859_7", "cp1251"),
    ("arabic", "cp1256", None),
    ("thai", "tis_620", None),
    ("japanese", "shift_jis", None),
    ("korean", "euc_kr", None),
    ("chinese-traditional", "big5", None),
])
def test_the_code_pages_real_intake_holds_are_read_right(language: str, codec: str, never: str | None) -> None:
    text = TEXTS[language][2]
    guess = detect_encoding(text.encode(codec))
    assert guess.encoding != never
    assert text.encode(codec).decode(guess.encoding) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("language", ["russian", "chinese-simplified", "thai"])
def test_utf16_and_utf32_without_a_byte_order_mark_are_found(codec: str, language: str) -> None:
    text = TEXTS[language][2]
    guess = detect_encoding(text.encode(codec))
    assert (guess.encoding, guess.method) == (codec, "statistics")
    assert "without a byte-order mark" in guess.note


def test_iso_2022_jp_is_not_taken_for_ascii() -> None:
    text = TEXTS["japanese"][2]
    guess = detect_encoding(text.encode("iso2022_jp"))
    assert guess.method == ENGINE
    assert text.encode("iso2022_jp").decode(guess.encoding) == text


def test_the_guess_records_the_runner_up_and_what_was_tried() -> None:
    guess = detect_encoding(TEXTS["russian"][2].encode("cp1251"))
    assert guess.encoding == "cp1251" and guess.runner_up not in (None, "cp1251")
    assert guess.tried[0] == "utf-8" and "cp1251" in guess.tried and "koi8-r" in guess.tried
    record = guess.as_dict()
    assert set(record) == {"encoding", "method", "confidence", "declared", "note", "runner_up", "tried"}
    assert record["tried"] == list(guess.tried)
    certain = detect_encoding(b"plain ascii").as_dict()
    assert (certain["runner_up"], certain["tried"]) == (None, ["ascii"])


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


def test_a_page_declaring_latin1_is_read_as_windows_1252_as_browsers_do() -> None:
    body = "Le maire a dit « non » à la hausse des impôts.".encode("latin-1")
    page = b'<html><head><meta charset="ISO-8859-1"></head><body>' + body
    guess = detect_encoding(page, html=True)
    assert (guess.encoding, guess.method, guess.declared) == ("cp1252", "declared", "iso-8859-1")


def test_labels_python_does_not_know_are_understood() -> None:
    page = b'<meta http-equiv="Content-Type" content="text/html; charset=x-mac-cyrillic">' + \
        RUSSIAN.encode("mac_cyrillic")
    guess = detect_encoding(page, html=True)
    assert (guess.encoding, guess.method) == ("mac-cyrillic", "declared")


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


# UTF-16-LE without a byte-order mark used to be refused here for its control
# characters; it is now read (see above), so binary junk takes its place.
@pytest.mark.parametrize("data, words", [
    (b"Total \x98\x81\x85\xb0\xb1\xb2 end of line\n", "no single-byte encoding.*tried utf-8, "),
    (random.Random(7).randbytes(3000), "control characters.*tried utf-32, utf-16, utf-8"),
    (b"\x00\x01\x02\x03" * 50, "control characters.*tried utf-32, utf-16, ascii"),
    (codecs.BOM_UTF8 + b"\xff\xfe broken", "byte-order mark"),
])
def test_undecodable_text_says_why_and_what_was_tried(data: bytes, words: str) -> None:
    with pytest.raises(UndecodableText, match=words) as refusal:
        detect_encoding(data)
    assert refusal.value.tried and all(name in str(refusal.value) for name in refusal.value.tried)
