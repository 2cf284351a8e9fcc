"""Person finding on the marked English news of ``tests/person_news.py``: the set is sound, and
the finder keeps at least the figures measured when issue 16's first steps landed
(``docs/benchmarks.md``, "People on real news"). The rules were tuned on this set, so its figures
(recall 0.966, precision 0.994) overstate real news; the held-out set is the honest measure.
These floors stop a change from losing ground."""

from __future__ import annotations

from archive.description.names import people
from tests.person_news import ARTICLES, check, score


def test_the_set_is_sound_and_as_large_as_the_issue_asks():
    assert check() == []
    assert sum(len(article.mentions) for article in ARTICLES) >= 300


def test_the_finder_keeps_its_measured_recall_and_precision():
    result = score(lambda text: [person.name for person in people(text)])
    assert result["recall"] >= 0.96, result["misses"][:20]
    assert result["precision"] >= 0.99, result["false_persons"]
    by_pattern = result["recall_by_pattern"]
    assert by_pattern["titles"][2] >= 0.95 and by_pattern["particles"][2] >= 0.95


def test_the_held_out_set_is_sound_and_keeps_its_blind_figures():
    """The held-out set (written after the rules, never tuned on) is sound, shares no person with
    the tuned set, and the finder keeps the figures it had when the set was first scored
    (recall 0.945, precision 0.935): only floors, so that it stays a measure, not a target."""
    from tests.person_news_heldout import ARTICLES as HELD_OUT, check_heldout, score_heldout

    assert check_heldout() == []
    assert sum(len(article.mentions) for article in HELD_OUT) >= 400
    result = score_heldout(lambda text: [person.name for person in people(text)])
    assert result["recall"] >= 0.94, result["misses"]
    assert result["precision"] >= 0.93, result["false_persons"]
