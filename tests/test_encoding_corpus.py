"""The encoding detector measured on the generated ground-truth corpus.

A guess is right when the file decodes to exactly the text written
(tests/encoding_corpus.py). The detector must get nearly all of the corpus
right, every short seed the old detector was built on, and at least as many
files as chardet, its engine, alone.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from archive.preservation.encoding import UndecodableText, detect_encoding
from tests import fixtures
from tests.encoding_corpus import CODE_PAGES, Case, cases, chardet_alone, seed_cases

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"


def ours(case: Case) -> str | None:
    """Our detector as ingest calls it: pages as HTML, anything else as text."""
    try:
        return detect_encoding(case.data, html=case.html).encoding
    except UndecodableText:
        return None


@lru_cache(maxsize=None)
def right(detector) -> tuple[str, ...]:
    """The names of the corpus cases ``detector`` gets right (computed once per detector)."""
    if detector is chardet_alone:
        return tuple(case.name for case in cases() if case.right(chardet_alone(case.data)))
    return tuple(case.name for case in cases() if case.right(detector(case)))


def test_the_corpus_is_what_it_claims() -> None:
    everything = cases()
    assert len({case.script for case in everything}) >= 8
    assert len({case.language for case in everything}) >= 12
    legacy = {case.encoding for case in everything} & set(CODE_PAGES)
    assert len(legacy) >= 30, sorted(set(CODE_PAGES) - legacy)
    assert len({case.name for case in everything}) == len(everything)
    for case in everything:   # every answer is true of its bytes
        assert case.data.decode(case.encoding) == case.text, case.name


def test_nearly_the_whole_corpus_is_read_right() -> None:
    wrong = sorted({case.name for case in cases()} - set(right(ours)))
    accuracy = 1 - len(wrong) / len(cases())
    assert accuracy >= 0.97, f"{accuracy:.3f}; wrong: {wrong}"


def test_ours_reads_at_least_what_the_engine_alone_reads() -> None:
    assert len(right(ours)) >= len(right(chardet_alone))
    lost = sorted(set(right(chardet_alone)) - set(right(ours)))
    assert not lost, f"files chardet alone reads right and we do not: {lost}"


@pytest.mark.parametrize("case", seed_cases(), ids=lambda case: case.language)
def test_every_short_seed_is_still_read_right(case: Case) -> None:
    assert case.right(ours(case)), ours(case)


@pytest.mark.parametrize("text, codec", [(fixtures.RUSSIAN_CP1251, "cp1251"), (fixtures.RUSSIAN_KOI8R, "koi8_r"),
                                         (fixtures.RUSSIAN_UTF8, "utf-8"), (fixtures.FRENCH_LATIN1, "latin-1")])
def test_the_fixture_texts_are_read_right(text: str, codec: str) -> None:
    data = text.encode(codec)
    assert data.decode(detect_encoding(data).encoding) == text


@pytest.mark.parametrize("name, codec", [("2006-10-almaty-editor-court-cp1251.txt", "cp1251"),
                                         ("2008-06-ust-kamenogorsk-newspaper-koi8r.txt", "koi8-r")])
def test_the_repository_cyrillic_samples_are_read_right(name: str, codec: str) -> None:
    data = (SAMPLES / name).read_bytes()
    guess = detect_encoding(data)
    assert (guess.encoding, guess.method) == (codec, "statistics")
