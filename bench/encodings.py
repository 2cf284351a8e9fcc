"""Benchmark: our encoding detector against charset-normalizer and chardet alone.

Runs three detectors over the generated ground-truth corpus
(``tests/encoding_corpus.py``: invented news texts in 24 languages, each in
every code page that holds it, in UTF-8/16/32 with and without a byte-order
mark, and as HTML pages with and without a ``<meta charset>``):

* ours: ``archive.preservation.encoding.detect_encoding``, told a page is
  HTML as ingest tells it;
* charset-normalizer alone: ``from_bytes(data).best()``, the whole file (its
  UTF-8 answer for a file with a signature counted as ``utf-8-sig``);
* chardet alone: ``chardet.detect(data)``, the whole file.

A guess is right when the file decodes to exactly the text written; two code
pages that give the same text are both right. "Refused" is no answer (None,
or ``UndecodableText`` for ours). Each file is timed ``--repeat`` times and
its fastest time kept (the machine is shared; the fastest run is the one
least disturbed); every detector is warmed up first. Besides the whole corpus
the report gives the legacy files alone (the half that reaches the engine)
and, for the cost of big pages, each language's page padded to 20 KB.

    .venv/bin/python bench/encodings.py
    .venv/bin/python bench/encodings.py --repeat 5 --failures 10
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from archive.preservation.encoding import UndecodableText, detect_encoding  # noqa: E402
from tests.encoding_corpus import Case, cases, chardet_alone, charset_normalizer_alone  # noqa: E402

Detector = Callable[[Case], "str | None"]
BIG_BYTES = 20_000


def ours(case: Case) -> str | None:
    try:
        return detect_encoding(case.data, html=case.html).encoding
    except UndecodableText:
        return None


DETECTORS: dict[str, Detector] = {
    "ours": ours,
    f"charset-normalizer {version('charset-normalizer')} alone": lambda case: charset_normalizer_alone(case.data),
    f"chardet {version('chardet')} alone": lambda case: chardet_alone(case.data),
}


def big_cases() -> list[Case]:
    """Each language's first page without a declaration, its article repeated to about 20 KB."""
    out, seen = [], set()
    for case in cases():
        if case.form != "html" or case.language in seen or case.encoding.startswith("utf"):
            continue
        seen.add(case.language)
        head, tail = case.text.split("</article>", 1)
        article = head[head.index("<p>", head.index("<h1>")):]
        text = head
        while len((text + tail).encode(case.encoding)) < BIG_BYTES:
            text += article
        text += "</article>" + tail
        out.append(Case(case.language, case.script, case.encoding, "html-20k", text.encode(case.encoding), text))
    return out


def measure(detector: Detector, corpus: list[Case], repeat: int) -> tuple[list[str | None], list[float]]:
    """Each file's answer (first run) and its fastest time in ms over ``repeat`` runs."""
    for case in corpus[:20]:
        detector(case)
    answers: list[str | None] = []
    best = [float("inf")] * len(corpus)
    for run in range(repeat):
        for index, case in enumerate(corpus):
            started = time.perf_counter()
            answer = detector(case)
            best[index] = min(best[index], (time.perf_counter() - started) * 1000)
            if run == 0:
                answers.append(answer)
    return answers, best


def _row(name: str, corpus: list[Case], answers: list[str | None], times: list[float]) -> str:
    right = sum(1 for case, answer in zip(corpus, answers) if case.right(answer))
    refused = sum(1 for answer in answers if answer is None)
    wrong = len(corpus) - right - refused
    ordered = sorted(times)
    return (f"| {name} | {len(corpus)} | {100 * right / len(corpus):.1f} | {wrong} | {refused} | "
            f"{statistics.median(times):.2f} | {statistics.mean(times):.2f} | "
            f"{ordered[int(0.95 * (len(ordered) - 1))]:.2f} |")


def _table(title: str, corpus: list[Case], results: dict[str, tuple[list, list]]) -> list[float]:
    print(f"\n{title}\n")
    print("| detector | files | right % | wrong | refused | median ms | mean ms | p95 ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (answers, times) in results.items():
        print(_row(name, corpus, answers, times))
    ours_times = results["ours"][1]
    for name, (_, times) in list(results.items())[1:]:
        print(f"\nours / {name}: median {statistics.median(ours_times) / statistics.median(times):.2f}, "
              f"mean {statistics.mean(ours_times) / statistics.mean(times):.2f}")
    return ours_times


def _failures(corpus: list[Case], results: dict[str, tuple[list, list]], shown: int) -> None:
    print("\nFailures by script (wrong or refused; the first few named as language/true encoding/form -> guess)\n")
    for name, (answers, _) in results.items():
        by_script: dict[str, list[str]] = defaultdict(list)
        for case, answer in zip(corpus, answers):
            if not case.right(answer):
                by_script[case.script].append(f"{case.name} -> {answer}")
        total = sum(len(v) for v in by_script.values())
        print(f"- **{name}**: {total} " + ("" if total else "(none)"))
        for script, missed in sorted(by_script.items(), key=lambda item: -len(item[1])):
            print(f"  - {script} {len(missed)}: {'; '.join(missed[:shown])}{' ...' if len(missed) > shown else ''}")


def _by_method(corpus: list[Case], times: list[float]) -> None:
    methods: dict[str, list[float]] = defaultdict(list)
    for case, elapsed in zip(corpus, times):
        try:
            methods[detect_encoding(case.data, html=case.html).method].append(elapsed)
        except UndecodableText:
            methods["refused"].append(elapsed)
    print("\nOurs by the step that decided\n")
    print("| method | files | median ms | mean ms |")
    print("|---|---:|---:|---:|")
    for method, spent in sorted(methods.items(), key=lambda item: -len(item[1])):
        print(f"| {method} | {len(spent)} | {statistics.median(spent):.2f} | {statistics.mean(spent):.2f} |")


def _header(corpus: list[Case]) -> None:
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE.parent, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip() or "unknown"
    dirty = subprocess.run(["git", "status", "--porcelain", "archive/preservation/"], cwd=HERE.parent.parent,
                           text=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip()
    sizes = sorted(len(case.data) for case in corpus)
    print(f"{datetime.date.today()}, commit {commit}{' (archive/preservation/ modified)' if dirty else ''}")
    print(machine.machine_line(HERE.parent))
    print(f"corpus: {len(corpus)} files, {len({c.language for c in corpus})} languages, "
          f"{len({c.encoding for c in corpus})} encodings, {sizes[0]}-{sizes[-1]} bytes "
          f"(median {statistics.median(sizes):.0f})")
    counts = Counter(case.form for case in corpus)
    print("forms: " + ", ".join(f"{form} {n}" for form, n in sorted(counts.items())))


def run(repeat: int, shown: int) -> None:
    corpus = list(cases())
    _header(corpus)
    results = {name: measure(detector, corpus, repeat) for name, detector in DETECTORS.items()}
    ours_times = _table("Whole corpus", corpus, results)
    legacy = [i for i, case in enumerate(corpus) if not case.encoding.startswith("utf")]
    _table(f"Legacy code pages only ({len(legacy)} files: what reaches the engine)", [corpus[i] for i in legacy],
           {name: ([a[i] for i in legacy], [t[i] for i in legacy]) for name, (a, t) in results.items()})
    _failures(corpus, results, shown)
    _by_method(corpus, ours_times)
    big = big_cases()
    _table(f"Pages of about {BIG_BYTES // 1000} KB ({len(big)} files, one per language)", big,
           {name: measure(detector, big, repeat) for name, detector in DETECTORS.items()})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the fastest is kept")
    parser.add_argument("--failures", type=int, default=4, help="failures named per script and detector")
    args = parser.parse_args()
    run(args.repeat, args.failures)


if __name__ == "__main__":
    main()
