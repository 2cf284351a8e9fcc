"""Benchmark: article text and stated facts of web pages, the archive against the libraries.

Runs each extractor of ``tests/html_scoring.py`` on every page of
``tests/html_pages.py`` (pages we generated, every article sentence and
furniture line marked) and prints, as Markdown:

* precision, recall and F1 on the marked sentences, and milliseconds a page
  (median and mean, the least of ``--repeat`` runs), for the archive's own
  extraction (what the index gets), trafilatura (as the archive calls it, and
  in its fast, precision and recall modes), readability-lxml and the
  visible-text floor; the archive's time as a share of each other's;
* F1 per page shape for each;
* publication dates: right, wrong, missed and invented, for the archive,
  trafilatura's metadata and htmldate with and without its extensive search;
* titles, authors and site names, exact, for the archive and trafilatura.

    .venv/bin/python bench/html_text.py [--repeat 3] [--only archive,trafilatura]

readability-lxml is not a project dependency (its pin of chardet below 6
clashes with ours): ``pip install --no-deps readability-lxml==0.9
cssselect==1.3.0 lxml_html_clean==0.4.6`` first, or it is skipped.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from tests.html_pages import pages  # noqa: E402
from tests.html_scoring import (  # noqa: E402
    EXTRACTORS, DateScore, archive_facts, htmldate_day, score_pages, trafilatura_facts)


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def _timed(extract, corpus, repeat: int) -> tuple[float, float]:
    """(median, mean) milliseconds a page, each page's least of ``repeat`` runs."""
    times = []
    for page in corpus:
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            extract(page.html, page.encoding)
            best = min(best, time.perf_counter() - started)
        times.append(best * 1000)
    return statistics.median(times), statistics.fmean(times)


def text_table(corpus, names: list[str], repeat: int) -> dict[str, tuple]:
    print("| extractor | precision | recall | F1 | median ms/page | mean ms/page |")
    print("|---|---|---|---|---|---|")
    results = {}
    for name in names:
        total, by_shape = score_pages(EXTRACTORS[name], corpus)
        median, mean = _timed(EXTRACTORS[name], corpus, repeat)
        results[name] = (total, by_shape, median, mean)
        print(f"| {name} | {total.precision:.3f} | {total.recall:.3f} | {total.f1:.3f} "
              f"| {median:.1f} | {mean:.1f} |")
    if "archive" in results:
        ours = results["archive"][3]
        shares = ", ".join(f"{name} {ours / r[3]:.2f}" for name, r in results.items() if name != "archive")
        print(f"\nThe archive's mean time as a share of each: {shares}.\n")
    return results


def shape_table(results: dict[str, tuple]) -> None:
    shapes = sorted({shape for r in results.values() for shape in r[1]})
    print("| shape | " + " | ".join(results) + " |")
    print("|---" * (len(results) + 1) + "|")
    for shape in shapes:
        cells = [f"{r[1][shape].f1:.3f}" if shape in r[1] else "" for r in results.values()]
        print(f"| {shape} | " + " | ".join(cells) + " |")


def date_table(corpus) -> None:
    finders = {
        "archive": lambda p: archive_facts(p.html, p.encoding)["date"],
        "trafilatura metadata": lambda p: trafilatura_facts(p.html, p.encoding)["date"],
        "htmldate": lambda p: htmldate_day(p.html, p.encoding, extensive=False),
        "htmldate (extensive)": lambda p: htmldate_day(p.html, p.encoding, extensive=True),
    }
    stated = sum(1 for p in corpus if p.date)
    print(f"\nPublication dates: {stated} pages state one, {len(corpus) - stated} state none.\n")
    print("| finder | right | wrong | missed | invented | false dates | ms/page |")
    print("|---|---|---|---|---|---|---|")
    for name, find in finders.items():
        score, started = DateScore(), time.perf_counter()
        for page in corpus:
            score.add(page, find(page))
        ms = (time.perf_counter() - started) * 1000 / len(corpus)
        print(f"| {name} | {score.right} | {score.wrong} | {score.missed} | {score.invented} "
              f"| {score.false_dates} | {ms:.1f} |")
        for example in score.examples[:4]:
            print(f"  <!-- {name}: {example} -->")


def facts_table(corpus) -> None:
    print("\n| field | archive exact | trafilatura exact | pages stating it |")
    print("|---|---|---|---|")
    ours = [archive_facts(p.html, p.encoding) for p in corpus]
    theirs = [trafilatura_facts(p.html, p.encoding) for p in corpus]
    for field in ("title", "authors", "site_name"):
        truth = [getattr(p, field) for p in corpus]
        stated = [i for i, value in enumerate(truth) if value]
        right_ours = sum(1 for i in stated if ours[i][field] == truth[i])
        right_theirs = sum(1 for i in stated if theirs[i][field] == truth[i])
        print(f"| {field} | {right_ours} | {right_theirs} | {len(stated)} |")


def heavy_table(corpus, repeat: int) -> None:
    """Time on pages the size real ones are: each page with 300 KB of inline script and a
    mega-menu of 1,500 links (about 450 KB in all), as news sites send them."""
    script = "<script>window.__CONFIG__ = " + "{\"slot\": \"ad-top\", \"sizes\": [[728, 90], [970, 250]]}, " * 5000 \
        + ";</script>"
    menu = "<nav><ul>" + "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(1500)) + "</ul></nav>"
    heavy = []
    for page in corpus[::10]:
        markup = page.html.decode(page.encoding)
        at = markup.lower().find("<body")
        at = markup.find(">", at) + 1 if at >= 0 else 0
        heavy.append(type(page)(**{**page.__dict__, "encoding": "utf-8",
                                   "html": (markup[:at] + script + menu + markup[at:]).encode()}))
    size = statistics.fmean(len(p.html) for p in heavy) / 1000
    print(f"\nHeavy pages: {len(heavy)} pages of the set, mean {size:.0f} KB.\n")
    print("| extractor | F1 | median ms/page | mean ms/page |")
    print("|---|---|---|---|")
    for name in ("archive", "trafilatura"):
        total, _ = score_pages(EXTRACTORS[name], heavy)
        median, mean = _timed(EXTRACTORS[name], heavy, repeat)
        print(f"| {name} | {total.f1:.3f} | {median:.1f} | {mean:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", help="comma-separated extractor names")
    args = parser.parse_args()
    print(machine.machine_line(HERE.parent) + "\n")
    corpus = pages()
    languages = sorted({p.language for p in corpus})
    print(f"{len(corpus)} pages, {len(languages)} languages ({', '.join(languages)}), "
          f"{sum(len(p.article) for p in corpus):,} article sentences, "
          f"{sum(len(p.boilerplate) for p in corpus):,} furniture lines.")
    print(f"trafilatura {_version('trafilatura')}, readability-lxml {_version('readability-lxml')}, "
          f"htmldate {_version('htmldate')}, lxml {_version('lxml')}\n")
    names = args.only.split(",") if args.only else list(EXTRACTORS)
    if _version("readability-lxml") == "not installed":
        names = [n for n in names if n != "readability-lxml"]
    results = text_table(corpus, names, args.repeat)
    shape_table(results)
    date_table(corpus)
    facts_table(corpus)
    heavy_table(corpus, args.repeat)


if __name__ == "__main__":
    main()
