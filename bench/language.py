"""Benchmark: language identification libraries on the archive's evaluation set.

Runs each library on every text of ``tests/language_samples.py`` (510 texts we
wrote, 14 languages, headline to article, plus mixed-language traps) and
prints, as Markdown:

* accuracy by length class and per language, per library (its top answer,
  no threshold), and what ``identify_language`` itself says (right, wrong,
  None) with its letter floor and confidence bar;
* load time, memory the load added, median and mean milliseconds per text
  (each the least of ``--repeat`` runs), and the chosen library's time as a
  share of each other's;
* how accuracy and time depend on the prefix read (long texts), the time on
  a 5 MB text, and right/wrong/None by letter count on fragments of
  sentences (what the letter floor and confidence bar do on short text).

    .venv/bin/python bench/language.py                       # py3langid and lingua
    .venv/bin/python bench/language.py --with-langdetect     # and langdetect (no Kazakh)

lingua-language-detector and langdetect are not project dependencies:
``pip install lingua-language-detector==2.1.1 langdetect==1.0.9`` first.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from archive.description import language  # noqa: E402
from tests.language_samples import (  # noqa: E402
    HEADLINES, LENGTHS, SENTENCES, Detector, Sample, lingua_detector, long_article,
    py3langid_detector, samples)

PREFIXES = (250, 500, 1000, 2000, 4000, None)


def langdetect_detector() -> tuple[str, Detector]:
    """langdetect, seeded so it repeats itself; it has no Kazakh model."""
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0

    def detect(text: str) -> tuple[str | None, float]:
        try:
            best = detect_langs(text)[0]
        except LangDetectException:
            return None, 0.0
        return best.lang.split("-")[0], best.prob
    return f"langdetect {version('langdetect')}", detect


def _rss_mb() -> float:
    """This process's resident memory in MB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def load(make) -> tuple[str, Detector, float, float]:
    """Build a detector: (name, detect, seconds to load, MB of memory added)."""
    rss, start = _rss_mb(), time.perf_counter()
    name, detect = make()
    return name, detect, time.perf_counter() - start, _rss_mb() - rss


def run(detect: Detector, texts: list[Sample], repeat: int = 1) -> tuple[list[str | None], list[float]]:
    """Each text's answer and the milliseconds it took (the least of ``repeat`` runs)."""
    answers, times = [], []
    for sample in texts:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            tag, _ = detect(sample.text)
            best = min(best, time.perf_counter() - start)
        times.append(best * 1000)
        answers.append(tag)
    return answers, times


def _share(answers: list[str | None], texts: list[Sample], keep) -> str:
    picked = [(a, s) for a, s in zip(answers, texts) if keep(s)]
    right = sum(a == s.lang for a, s in picked)
    return f"{right / len(picked):.3f} ({right}/{len(picked)})" if picked else "-"


def table(head: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def accuracy_tables(results: dict, texts: list[Sample]) -> None:
    names = list(results)
    rows = [[length] + [_share(results[n][0], texts, lambda s, L=length: s.length == L) for n in names]
            for length in LENGTHS]
    rows.append(["**all**"] + [_share(results[n][0], texts, lambda s: True) for n in names])
    print("\n### Accuracy by length class (top answer, no threshold)\n")
    print(table(["length"] + names, rows))
    langs = list(dict.fromkeys(s.lang for s in texts))
    rows = [[lang] + [_share(results[n][0], texts, lambda s, g=lang: s.lang == g) for n in names]
            for lang in langs]
    print("\n### Accuracy per language (all lengths and traps)\n")
    print(table(["language"] + names, rows))


def speed_table(results: dict, loads: dict) -> None:
    names = list(results)
    chosen = statistics.mean(results[names[0]][1])
    rows = []
    for name in names:
        times = results[name][1]
        seconds, mb = loads[name]
        rows.append([name, f"{seconds:.2f}", f"{mb:.0f}", f"{statistics.median(times):.3f}",
                     f"{statistics.mean(times):.3f}", f"{chosen / statistics.mean(times):.2f}"])
    print("\n### Speed (one text at a time, least of the repeats)\n")
    print(table(["library", "load s", "load MB RSS", "median ms/text", "mean ms/text",
                 f"{names[0]} time / this"], rows))


def errors(results: dict, texts: list[Sample], limit: int = 12) -> None:
    print("\n### Wrong answers (first few per library)\n")
    for name, (answers, _) in results.items():
        wrong = [(a, s) for a, s in zip(answers, texts) if a != s.lang]
        print(f"* {name}: {len(wrong)} wrong" + (":" if wrong else ""))
        for answer, sample in wrong[:limit]:
            print(f"  * {sample.lang} {sample.length} taken for {answer}: {sample.text[:50]!r}")


def chosen_table(texts: list[Sample]) -> None:
    """What identify_language says, with its floor and bar, per length class."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for sample in texts:
        guess = language.identify_language(sample.text)
        outcome = 2 if guess is None else (0 if guess.tag == sample.lang else 1)
        counts[sample.length][outcome] += 1
        counts["**all**"][outcome] += 1
    rows = [[length, *(str(c) for c in counts[length]), f"{counts[length][0] / sum(counts[length]):.3f}"]
            for length in (*LENGTHS, "**all**")]
    print(f"\n### identify_language (floor {language.MIN_LETTERS} letters, "
          f"bar {language.MIN_CONFIDENCE}, prefix {language.PREFIX_CHARS} chars)\n")
    print(table(["length", "right", "wrong", "None", "right share"], rows))


def prefix_table(detect: Detector, name: str, repeat: int) -> None:
    """Accuracy and time when only a prefix is read, on articles and 10,000-character texts."""
    texts = samples(("article",)) + [Sample(g, "long", long_article(g, 10_000)) for g in SENTENCES]
    rows = []
    for limit in PREFIXES:
        cut = [Sample(s.lang, s.length, language.prefix(s.text, limit) if limit else s.text) for s in texts]
        answers, times = run(detect, cut, repeat)
        rows.append([str(limit or "whole text"), _share(answers, cut, lambda s: True),
                     f"{statistics.mean(times):.3f}"])
    print(f"\n### Prefix read, {name} ({len(texts)} texts of 388 to 10,000+ characters)\n")
    print(table(["prefix chars", "accuracy", "mean ms/text"], rows))


def big_text(detect: Detector, name: str) -> None:
    text = long_article("kk", 5_000_000)
    start = time.perf_counter()
    guess = language.identify_language(text)
    bounded = time.perf_counter() - start
    start = time.perf_counter()
    whole = detect(text)[0]
    print(f"\n5 MB Kazakh text ({len(text):,} characters): identify_language {bounded * 1000:.1f} ms "
          f"({guess.tag if guess else None}); {name} on the whole text {time.perf_counter() - start:.2f} s "
          f"({whole}).")


def fragments() -> list[Sample]:
    """The first 1, 2, 3... words of every sentence and headline (Chinese: 2, 4, 6... characters)."""
    out = []
    for lang, sentences in SENTENCES.items():
        for text in sentences + HEADLINES[lang]:
            if lang == "zh":
                pieces = [text[:n] for n in range(2, len(text), 2)]
            else:
                words = text.split()
                pieces = [" ".join(words[:n]) for n in range(1, len(words))]
            out += [Sample(lang, "fragment", p) for p in pieces]
    return out


def short_table() -> None:
    """Right / wrong / None on sentence fragments by letter weight, with the bar and without it."""
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for sample in fragments():
        weight = language.letter_weight(sample.text)
        if weight >= 60:
            continue
        tag, confidence = language.ranked(sample.text)[0]
        row = counts[weight // 10 * 10]
        row[0] += tag == sample.lang
        if confidence >= language.MIN_CONFIDENCE:
            row[1 if tag == sample.lang else 2] += 1
        else:
            row[3] += 1
    rows = []
    for low in sorted(counts):
        top, right, wrong, none = counts[low]
        total = right + wrong + none
        rows.append([f"{low}-{low + 9}", str(total), f"{top / total:.3f}", f"{right / total:.3f}",
                     f"{wrong / total:.3f}", f"{none / total:.3f}"])
    print("\n### Sentence fragments by letters (py3langid; bar applied, no floor)\n")
    print(table(["letters", "texts", "top answer right", "right", "wrong", "None"], rows))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="time each text this often, keep the least")
    parser.add_argument("--with-langdetect", action="store_true", help="also langdetect 1.0.9 (no Kazakh)")
    args = parser.parse_args()
    makers = [py3langid_detector, lingua_detector] + ([langdetect_detector] if args.with_langdetect else [])
    texts = samples()
    print(machine.machine_line(HERE.parent, f"{len(texts)} texts"))
    results, loads, detectors = {}, {}, {}
    for make in makers:
        name, detect, seconds, mb = load(make)
        detect("warm up the caches")
        results[name], loads[name], detectors[name] = run(detect, texts, args.repeat), (seconds, mb), detect
    accuracy_tables(results, texts)
    chosen_table(texts)
    speed_table(results, loads)
    errors(results, texts)
    first = next(iter(detectors))
    prefix_table(detectors[first], first, args.repeat)
    short_table()
    big_text(detectors[first], first)


if __name__ == "__main__":
    main()
