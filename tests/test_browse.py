"""archive.search.people and .timeline on real archives: the seeds (web_archive) and a small root of invented articles.

The invented root ("dated") has one article at each date precision and a
restricted article naming a person found nowhere else, so the tests can tell
"placed at its precision" and "never counted" apart from accidents.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from conftest import PUBLIC_TEXT, RESTRICTED_TEXT, SEEDS

from archive.search import browse_snapshot
from archive.search.people import list_people, people, person_profile
from archive.search.timeline import parse_period, timeline
from archive.errors import ArchiveError, ItemNotFound
from archive.search.reindex import reindex
from archive.search.index_update import index_items
from archive.preservation.ingest import ingest
from archive.description.name_keys import name_key
from archive.description.authority import alias
from archive.preservation.root import ArchiveRoot, init_root

# --- the invented root ----------------------------------------------------------------

DATED = {  # file name: (dc.date, restricted, text)
    "restricted.txt": ("1987-07-07", True,
                       ("Closed file on the Quixbury affair\n\nZoltan Quixbury met Dana Sarsenbayeva "
                        "in secret. Quixbury said nothing.\n")),
    "month.txt": ("2003-05", False,
                  ("Quarry <b>council</b> & friends meet\n\nDana Sarsenbayeva and Nurlan Balgimbayev "
                   "met the quarry council. Sarsenbayeva spoke first.\n")),
    "day.txt": ("2003-05-20", False,
                ("Balgimbayev opens the new depot\n\nNurlan Balgimbayev opened the depot with "
                 "Dana Sarsenbayeva. Balgimbayev thanked the workers.\n")),
    "year.txt": ("2004", False,
                 ("A year of budgets\n\nDana Sarsenbaeva reviewed the budget of the year. "
                  "Sarsenbaeva was pleased.\n")),
    "span.txt": ("2004-03/2004-05", False,
                 "Spring road repairs\n\nNurlan Balgimbaev promised the repairs would end by summer.\n"),
    "decade.txt": ("199X", False, "Notes from the nineties\n\nThe harbour was rebuilt at some point.\n"),
    "undated.txt": ("", False,
                    "An undated letter\n\nDana Sarsenbayeva wrote to the board about the harbour.\n"),
}


def sha_id(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def write_articles(folder: Path, articles: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["filename,dc.date,dcterms.accessRights"]
    for name, (when, restricted, text) in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        rows.append(f"{name},{when},{'restricted' if restricted else ''}")
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def build_dated(folder: Path) -> ArchiveRoot:
    root = init_root(folder / "archive")
    write_articles(folder / "in", DATED)
    ingest(root, [folder / "in"])
    reindex(root)
    return root


@pytest.fixture(scope="module")
def dated(tmp_path_factory) -> ArchiveRoot:
    """Read-only for the tests of this module."""
    return build_dated(tmp_path_factory.mktemp("dated"))


def ids(refs) -> list[str]:
    return [r.id for r in refs]


def dated_id(name: str) -> str:
    return sha_id(DATED[name][2].encode("utf-8"))


# --- the seeds --------------------------------------------------------------------------

ABLYAZOV = re.compile(r"\bAbli?y?azov\b")


def seed_texts() -> dict[str, str]:
    return {sha_id(p.read_bytes()): p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def test_ablyazov_profile_counts_public_seed_articles_only(web_archive):
    texts = seed_texts()
    naming = {i for i, text in texts.items() if ABLYAZOV.search(text)}
    profile = person_profile(web_archive, "abliasov")
    secret = sha_id(RESTRICTED_TEXT.encode("utf-8"))
    assert profile.name == "Mukhtar Ablyazov"
    assert set(ids(profile.articles)) == naming and len(naming) == 4
    assert secret not in ids(profile.articles)
    assert profile.articles_total == 4
    # oldest first, undated last
    assert [a.date for a in profile.articles] == ["2002-05-13", "2002-11-20", "2004-04-06", None]
    # every spelling the page lists is in that many public seed texts, and the full-name
    # spellings are counted as often as the seeds write them (the restricted article's
    # "Mukhtar Ablyazov" would make it 4 mentions in 3 articles)
    spellings = {s.form: s for s in profile.spellings}
    assert {"Ablyazov", "Abliazov", "Abliyazov", "Mukhtar Ablyazov", "Mukhtar Abliazov",
            "Mukhtabar Abliyazov"} <= set(spellings)
    for form, spelling in spellings.items():
        if not ABLYAZOV.search(form):
            continue            # a lone given name ("Mukhtar") is also part of full names
        word = re.compile(rf"\b{re.escape(form)}\b")
        assert spelling.articles == sum(1 for t in texts.values() if word.search(t)), form
        if " " in form:
            assert spelling.mentions == sum(len(word.findall(t)) for t in texts.values()), form
    assert (spellings["Mukhtar Ablyazov"].mentions, spellings["Mukhtar Ablyazov"].articles) == (3, 2)


def test_restricted_article_changes_no_count(web_archive):
    """list_people (the admin view) sees the restricted article; browse must not."""
    admin = {p["key"]: p for p in list_people(web_archive)}
    public = {p.key: p for p in people(web_archive, limit=500).people}
    assert admin["abliasov"]["articles"] == public["abliasov"].articles + 1
    assert admin["jakianov"]["articles"] == public["jakianov"].articles + 1
    profile = person_profile(web_archive, "abliasov")
    together = {c.key: c.count for c in profile.co_mentions}
    assert together["jakianov"] == 4   # the restricted article names both: it would be 5


def test_timeline_of_a_person_agrees_with_its_articles(web_archive):
    profile = person_profile(web_archive, "abliasov")
    by_month: dict[str, int] = {}
    for article in profile.articles:
        if article.date:
            by_month[article.date[:7]] = by_month.get(article.date[:7], 0) + 1
    assert {m.month: m.count for m in profile.months} == by_month
    assert profile.undated == sum(1 for a in profile.articles if a.date is None) == 1
    assert sum(m.count for m in profile.months) + profile.imprecise + profile.undated \
        == profile.articles_total


def test_people_list_is_sorted_and_paged(web_archive):
    first = people(web_archive, limit=3)
    assert first.total > 3 and len(first.people) == 3 and first.pages == -(-first.total // 3)
    counts = [p.articles for p in people(web_archive, limit=500).people]
    assert counts == sorted(counts, reverse=True)
    second = people(web_archive, page=2, limit=3)
    assert not {p.key for p in first.people} & {p.key for p in second.people}
    by_name = [p.name.split()[-1].casefold() for p in people(web_archive, limit=500, sort="name").people]
    assert by_name == sorted(by_name)
    everyone = people(web_archive, limit=500)
    assert sum(1 for p in everyone.people if p.key == "abliasov") == 1
    for bad in ({"page": 0}, {"limit": 0}, {"limit": browse_snapshot.MAX_LIMIT + 1}, {"sort": "age"}):
        with pytest.raises(ArchiveError):
            people(web_archive, **bad)


def test_person_found_by_full_name_or_spelling(web_archive):
    for asked in ("abliasov", "Mukhtar Ablyazov", "Abliyazov", "muktar abliasov", "  ABLIAZOV "):
        assert person_profile(web_archive, asked).key == "abliasov", asked


def test_unknown_person_is_item_not_found(web_archive):
    for asked in ("nobody", "", "#", "Zanzibarite"):
        with pytest.raises(ItemNotFound):
            person_profile(web_archive, asked)


def test_person_only_in_restricted_articles_is_unknown(dated):
    with pytest.raises(ItemNotFound) as secret:
        person_profile(dated, "Quixbury")
    with pytest.raises(ItemNotFound) as missing:
        person_profile(dated, "Quixburz")
    assert str(secret.value).replace("Quixbury", "X") == str(missing.value).replace("Quixburz", "X")
    assert name_key("Quixbury") not in {p.key for p in people(dated, limit=500).people}
    dana = person_profile(dated, "Dana Sarsenbayeva")
    assert dana.articles_total == 4
    assert "Quixbury" not in {c.name.split()[-1] for c in dana.co_mentions}


# --- timelines --------------------------------------------------------------------------


def walk(root, period=None) -> tuple[int, list[str]]:
    """Check every level's arithmetic; return (articles reached, their ids)."""
    level = timeline(root, period, limit=500)
    found = ids(level.articles)
    assert level.articles_total == len(found)
    below = 0
    for child in level.children:
        assert child.count > 0
        count, child_ids = walk(root, child.period)
        assert count == child.count, child.period
        below += count
        found += child_ids
    if period is not None:
        assert level.total == below + level.articles_total, period
    return level.total if period is not None else below + level.articles_total, found


def test_every_public_article_is_placed_once(web_archive):
    top = timeline(web_archive)
    dated_count, placed = walk(web_archive)
    undated = ids(timeline(web_archive, "undated").articles)
    assert len(placed) == len(set(placed)) == dated_count == top.total - top.undated
    assert len(undated) == top.undated == 2
    everything = set(placed) | set(undated)
    assert len(everything) == top.total == 6    # five seeds and the public harbour article
    assert sha_id(RESTRICTED_TEXT.encode("utf-8")) not in everything
    assert sha_id(PUBLIC_TEXT.encode("utf-8")) in placed


def test_restricted_date_is_not_in_the_timeline(web_archive):
    assert [c.period for c in timeline(web_archive).children] == ["2000s"]
    assert [(c.period, c.count) for c in timeline(web_archive, "2000s").children] == \
        [("2002", 2), ("2003", 1), ("2004", 1)]
    for period in ("2005", "2005-03", "2005-03-03"):
        empty = timeline(web_archive, period)
        assert (empty.total, empty.children, empty.articles) == (0, [], []), period
    day = timeline(web_archive, "2004-04-06")
    assert [a.title for a in day.articles] == [
        "Kazakhstan: HRW Report Accuses Government Of Harassing Opposition"]
    assert day.search == {"from": "2004-04-06", "to": "2004-04-06"}


def test_coarse_dates_stay_at_their_precision(dated):
    top = timeline(dated)
    assert [(c.period, c.count) for c in top.children] == [("1990s", 1), ("2000s", 4)]
    assert top.undated == 1 and ids(timeline(dated, "undated").articles) == [dated_id("undated.txt")]
    nineties = timeline(dated, "1990s")
    assert nineties.children == [] and ids(nineties.articles) == [dated_id("decade.txt")]
    assert nineties.articles_note == "decade only"
    year = timeline(dated, "2004")
    assert year.children == [] and year.articles_note == "year only"
    assert set(ids(year.articles)) == {dated_id("year.txt"), dated_id("span.txt")}
    may = timeline(dated, "2003-05")
    assert [(c.period, c.count) for c in may.children] == [("2003-05-20", 1)]
    assert ids(may.articles) == [dated_id("month.txt")] and may.articles_note == "month only"
    assert [a.date for a in may.articles] == ["2003-05"]
    assert ids(timeline(dated, "2003-05-20").articles) == [dated_id("day.txt")]
    assert timeline(dated, "2003-05-01").articles == []          # no day is invented
    assert timeline(dated, "1980s").total == 0                   # only the restricted article
    assert walk(dated)[0] == 5


def test_person_timeline_counts_coarse_dates_apart(dated):
    dana = person_profile(dated, "sarsenbaeva")
    assert [(m.month, m.count) for m in dana.months] == [("2003-05", 2)]
    assert (dana.imprecise, dana.undated, dana.articles_total) == (1, 1, 4)


@pytest.mark.parametrize("period", [
    "", "abc", "2004-13", "2004-00", "2004-02-30", "2003-02-29", "0000", "19995", "1995s",
    "2004-4", "2004-04-6", "undated ", "2004/04", "x" * 5000, "２００４"])
def test_bad_periods_are_refused(dated, period):
    with pytest.raises(ArchiveError) as error:
        timeline(dated, period)
    assert not isinstance(error.value, ItemNotFound)
    assert "1990s" in str(error.value)


def test_period_bounds():
    assert (parse_period("1990s").start, parse_period("1990s").end) == (19900101, 19991231)
    assert (parse_period("2004-02").start, parse_period("2004-02").end) == (20040201, 20040229)
    assert parse_period("2004-02-29").level == "day"
    assert parse_period(None).level == "archive" and parse_period("undated").level == "undated"


# --- freshness ----------------------------------------------------------------------------


def test_new_articles_and_corrections_are_seen_at_once(tmp_path):
    root = build_dated(tmp_path)
    before = timeline(root).total
    assert people(root, limit=500).total > 0          # the snapshot is now cached
    write_articles(tmp_path / "more", {"late.txt": (
        "2011-02-03", False, "Late news\n\nAigerim Tokhtarova opened the bridge.\n")})
    report = ingest(root, [tmp_path / "more"])
    index_items(root, [o.id for o in report.outcomes if o.id])
    assert timeline(root).total == before + 1
    assert ids(timeline(root, "2011-02-03").articles) == [sha_id(b"Late news\n\nAigerim Tokhtarova opened the bridge.\n")]
    assert person_profile(root, "Tokhtarova").articles_total == 1
    # an alias recorded after the last reindex already groups the two people
    assert person_profile(root, "Balgimbayev").key != person_profile(root, "Tokhtarova").key
    alias(root, "Tokhtarova", "Balgimbayev", operator="test")
    merged = person_profile(root, "Balgimbayev")
    assert merged.articles_total == 4
    assert "Aigerim Tokhtarova" in {s.form for s in merged.spellings}
