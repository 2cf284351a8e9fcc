"""Benchmark: ``archive reindex`` against a naive Whoosh setup, on the same articles.

Generates N invented news articles (about 600 words each; invented people
from a fixed list, some under transliteration variants such as
Zhakiyanov/Zhakianov/Jakiyanov; datelines with and without a year; a source
URL among 20 invented hosts and, for about 60%, a ``dc.date``, given in a
``metadata.csv`` per sub-folder of 1,000), ingests them into a fresh root with
``ingest(root, [src], keep_outcomes=False)`` (ingest does not index; not
timed), then, each side in its own fresh child process:

* ours: ``reindex(root)``, timed around the call (derivation of people, dates
  and sources included; it derives in one worker process per core);
* naive: reads every bag's payload, decodes it, and adds it to a Whoosh index
  with every field stored, one ``ix.writer()`` with default settings and one
  commit. Schema: ``id`` ID(stored), ``title``/``text``/``people``/``source``
  TEXT(stored=True) (StandardAnalyzer defaults) and ``date`` ID(stored) as
  ``yyyymmdd``. The naive side does *no derivation*: title is the first line,
  people, source host and date are handed to it from the generator's own
  answer sheet (``answers.json``), read before the timing. That flatters it.

Prints articles/s and seconds (with ``--rounds`` above 1: the median of the
rounds, and each round's ratio), peak RSS (``VmHWM`` of the side's child; for
ours also ``ru_maxrss`` of its worker processes) and index size on disk (``du``
of the live index folder) for both, and the ratio ours/naive. Not the child's own
``ru_maxrss``: Linux carries it across ``fork`` and ``execve``, so a child started by a
large parent reports the parent's size (at 100,000 articles this script's own 135 MB).

    .venv/bin/python bench/index.py                   # N=20000
    .venv/bin/python bench/index.py --n 5000 --keep   # keep the data for bench/search.py --reuse
    .venv/bin/python bench/index.py --reuse DIR       # index a kept folder's bags again (no generating)
    .venv/bin/python bench/index.py --reuse DIR --rounds 3   # each side 3 times, alternating: median ratio

``--keep`` keeps the temporary folder (``src/``, ``root/``, ``naive/``,
``answers.json``) for ``bench/search.py --reuse DIR``.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script
import ingest as ingest_bench  # bench/ingest.py, beside this script (not archive.preservation.ingest)

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
PER_FOLDER = 1000
TARGET_WORDS = 600

# --- generating articles ----------------------------------------------------------------
# All invented. PEOPLE: (given name, list of surname spellings); the first spelling is "canonical".

PEOPLE = [
    ("Erlan", ["Zhakiyanov", "Zhakianov", "Jakiyanov"]),
    ("Nurlan", ["Balgimbayev", "Balgimbaev"]),
    ("Aigerim", ["Tokhtarova", "Tokhtarova"]),
    ("Bolat", ["Kazhegeldin", "Kajegeldin"]),
    ("Galymzhan", ["Abenov", "Abenov"]),
    ("Marat", ["Yessenov", "Esenov", "Yesenov"]),
    ("Saule", ["Mukhametova", "Muhametova"]),
    ("Timur", ["Zhaksylykov", "Jaksylykov"]),
    ("Dana", ["Sarsenbayeva", "Sarsenbaeva"]),
    ("Yerzhan", ["Kuanyshev", "Kuanishev"]),
    ("Asel", ["Nurpeisova", "Nurpeissova"]),
    ("Ruslan", ["Temirbekov", "Temirbekov"]),
    ("Gulnara", ["Iskakova", "Yskakova"]),
    ("Askar", ["Orazbayev", "Orazbaev"]),
    ("Madina", ["Zhunusova", "Junusova"]),
    ("Daulet", ["Smagulov", "Smagoulov"]),
    ("Viktor", ["Belousenko", "Bielousenko"]),
    ("Irina", ["Kovalchuk", "Kowalczuk"]),
    ("Sergei", ["Pavlovsky", "Pavlovskiy"]),
    ("Olga", ["Gorbunova", "Gorbounova"]),
]
HOSTS = [f"{a}{b}.example" for a, b in [
    ("harrow", "gazette"), ("steppe", "herald"), ("caldenbay", "news"), ("ostervale", "times"),
    ("northern", "courier"), ("riverside", "post"), ("plains", "observer"), ("lowmarsh", "daily"),
    ("quillsby", "ledger"), ("ambergate", "mirror"), ("portmerrow", "echo"), ("dunhallow", "record"),
    ("tarrow", "chronicle"), ("fennick", "tribune"), ("wexton", "voice"), ("central", "wire"),
    ("eastern", "bulletin"), ("capital", "review"), ("valley", "sentinel"), ("coast", "dispatch")]]
_TOWNS = ["Harrowmere", "Calden Bay", "Ostervale", "Fennick Cross", "Lowmarsh", "Tarrow", "Quillsby",
          "Ambergate", "Port Merrow", "Dunhallow"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_BODIES = ["the district council", "the harbour board", "the regional water authority",
           "the transport committee", "the chamber of commerce", "the hospital trust",
           "the planning inspectorate", "the fisheries cooperative", "the energy ministry",
           "the oil company", "the opposition party", "the election commission"]
_TOPICS = ["the new footbridge", "the flood defences", "the bus timetable", "the budget for next year",
           "the closure of the market hall", "the pipeline contract", "the repairs to the sea wall",
           "the housing plan", "the shortage of nurses", "the grain harvest", "the gas prices",
           "the privatisation of the railway", "the mining licence", "the court ruling"]
# shared with bench/ingest.py's generator: the same sentence parts
_VERBS, _OPENERS, _CLAUSES = ingest_bench._VERBS, ingest_bench._OPENERS, ingest_bench._CLAUSES
_QUOTES = ["We have listened carefully and we think this is the right balance",
           "Nobody asked the people who actually live here",
           "It is a good start, but it is only a start",
           "The numbers simply do not add up, and everyone knows it",
           "We will keep pressing until there is a proper answer",
           "There is still a lot we do not know"]


# A lexicon of invented words drawn with Zipf's law (rank r has weight 1/r), so that the
# articles' vocabulary looks like news text: a few words in most articles, most words in few.
# Without it every word of the sentence parts above occurs in most articles, and every query
# would match most of the archive.
LEXICON_SIZE = 30_000
_ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m", "n", "p", "pr", "r",
           "s", "sh", "st", "t", "tr", "v", "w", "z"]
_NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
_CODAS = ["", "n", "r", "l", "s", "t", "nd", "rk", "m", "ck", "ss"]


def lexicon() -> list[str]:
    """LEXICON_SIZE distinct invented words, most frequent first (the same on every run)."""
    rng = random.Random(1907)
    words: dict[str, None] = {}
    while len(words) < LEXICON_SIZE:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_NUCLEI) + rng.choice(_CODAS)
                       for _ in range(rng.choice((2, 2, 3))))
        words.setdefault(word, None)
    return list(words)


_LEXICON = lexicon()
_ZIPF = list(itertools.accumulate(1.0 / rank for rank in range(1, LEXICON_SIZE + 1)))


def _lexicon_sentence(rng: random.Random) -> str:
    """A sentence of about ten lexicon words and a few function words."""
    w = rng.choices(_LEXICON, cum_weights=_ZIPF, k=10)
    return (f"{w[0].capitalize()} {w[1]} of the {w[2]} {w[3]}, {w[4]} {w[5]} and the {w[6]} "
            f"{w[7]} for {w[8]} {w[9]}.")


def make_article(index: int, seed: int) -> tuple[str, dict]:
    """Article ``index``: (text, answers) where answers are the generator's own truth."""
    rng = random.Random(seed * 1_000_003 + index)
    cast = rng.sample(range(len(PEOPLE)), rng.randint(2, 4))
    spellings = {i: rng.choice(PEOPLE[i][1]) for i in cast}   # one spelling per article
    town = rng.choice(_TOWNS)
    year, month, day = rng.randint(1995, 2012), rng.randint(1, 12), rng.randint(1, 28)
    with_year = rng.random() < 0.7
    dateline = f"{town.upper()}, {day} {_MONTHS[month - 1]}{f' {year}' if with_year else ''} \u2014 "
    headline = (f"{rng.choice(_BODIES).removeprefix('the ').capitalize()} {rng.choice(_VERBS)} "
                f"{rng.choice(_TOPICS).removeprefix('the ')} in {town}")

    def person(full: bool) -> str:
        i = rng.choice(cast)
        return f"{PEOPLE[i][0]} {spellings[i]}" if full else spellings[i]

    def sentence() -> str:
        if rng.random() < 0.45:
            return _lexicon_sentence(rng)
        kind = rng.random()
        if kind < 0.35:
            return (f"{rng.choice(_OPENERS)}, {rng.choice(_BODIES)} {rng.choice(_VERBS)} "
                    f"{rng.choice(_TOPICS)}, {rng.choice(_CLAUSES)}.")
        if kind < 0.65:
            return f"\u201c{rng.choice(_QUOTES)},\u201d said {person(rng.random() < 0.5)}."
        if kind < 0.85:
            return (f"Figures seen by this paper show that {rng.randint(2, 97)} per cent of households in "
                    f"{rng.choice(_TOWNS)} would be affected by {rng.choice(_TOPICS)}, "
                    f"{rng.choice(_CLAUSES)}.")
        return (f"{person(False)} told reporters that {rng.choice(_TOPICS)} had been "
                f"{rng.choice(_VERBS)} {rng.randint(2, 11)} times since {rng.randint(1990, 2012)}.")

    first = [f"{PEOPLE[i][0]} {spellings[i]}" for i in cast]
    lines = [headline, "", dateline + f"{first[0]} said {rng.choice(_TOPICS)} would be "
             f"{rng.choice(_VERBS)}. " + " ".join(sentence() for _ in range(2))]
    words = sum(len(line.split()) for line in lines)
    while words < TARGET_WORDS:
        paragraph = " ".join(sentence() for _ in range(rng.randint(2, 4)))
        lines += ["", paragraph]
        words += len(paragraph.split())
    answers = {"title": headline, "people": [f"{PEOPLE[i][0]} {spellings[i]}" for i in cast],
               "host": rng.choice(HOSTS), "date": f"{year:04d}-{month:02d}-{day:02d}",
               "dc_date": rng.random() < 0.6}
    return "\n".join(lines) + "\n", answers


def generate(folder: Path, n: int, seed: int) -> tuple[int, dict]:
    """N articles in sub-folders of PER_FOLDER, each with a metadata.csv; (bytes, answers by file name)."""
    folder.mkdir(parents=True)
    total, answers = 0, {}
    for start in range(0, n, PER_FOLDER):
        sub = folder / f"batch-{start // PER_FOLDER:04d}"
        sub.mkdir()
        rows = []
        for index in range(start, min(n, start + PER_FOLDER)):
            text, truth = make_article(index, seed)
            name = f"article-{index:07d}.txt"
            data = text.encode("utf-8")
            (sub / name).write_bytes(data)
            total += len(data)
            answers[name] = truth
            rows.append([name, f"https://www.{truth['host']}/news/{index}",
                         truth["date"] if truth["dc_date"] else ""])
        with open(sub / "metadata.csv", "w", newline="", encoding="utf-8") as handle:
            out = csv.writer(handle)
            out.writerow(["filename", "dc.source", "dc.date"])
            out.writerows(rows)
    return total, answers


# --- the two sides, each in a child process ---------------------------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def du_bytes(folder: Path) -> int:
    out = subprocess.run(["du", "-sb", str(folder)], stdout=subprocess.PIPE, text=True, check=True)
    return int(out.stdout.split()[0])


def payloads(bags: Path):
    """(file name, path) of every bag's single payload file, in bag order."""
    for bag in sorted(p for p in bags.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in (bag / "data").rglob("*"):
            if path.is_file():
                yield path.name, path


def naive_schema():
    from whoosh.fields import ID, TEXT, Schema
    return Schema(id=ID(stored=True, unique=True), title=TEXT(stored=True), text=TEXT(stored=True),
                  people=TEXT(stored=True), source=TEXT(stored=True), date=ID(stored=True))


def _child_ours(work: Path, n: int) -> dict:
    sys.path.insert(0, str(REPO))
    from archive.search.index import current_folder
    from archive.search.reindex import reindex
    from archive.preservation.root import open_root

    root = open_root(work / "root")
    start_rss = _status_kb("VmRSS")
    peak = _PeakSampler()
    t0 = time.perf_counter()
    report = reindex(root)
    seconds = time.perf_counter() - t0
    peak.stop()
    if report.indexed != n or report.failed:
        raise SystemExit(f"ours: indexed {report.indexed} of {n}, failures {report.failures[:3]}")
    return {"seconds": seconds, "start_rss_kb": start_rss, "docs": report.indexed,
            "folder": str(current_folder(root)), "sampled_peak_kb": peak.peak_kb,
            "sampled_peak_at_s": peak.peak_at}


class _PeakSampler:
    """The main process's RSS read every half second on a thread: when the peak happens."""

    def __init__(self) -> None:
        import threading
        self.peak_kb, self.peak_at, self.t0 = 0, 0.0, time.perf_counter()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.wait(0.5):
            rss = _status_kb("VmRSS")
            if rss > self.peak_kb:
                self.peak_kb, self.peak_at = rss, round(time.perf_counter() - self.t0, 1)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


def _child_naive(work: Path, n: int) -> dict:
    from whoosh import index as whoosh_index
    answers = json.loads((work / "answers.json").read_text(encoding="utf-8"))
    folder = work / "naive"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    start_rss = _status_kb("VmRSS")
    t0 = time.perf_counter()
    ix = whoosh_index.create_in(str(folder), naive_schema())
    writer = ix.writer()
    docs = 0
    for name, path in payloads(work / "root" / "bags"):
        text = path.read_bytes().decode("utf-8")
        truth = answers[name]
        writer.add_document(id=name, title=text.split("\n", 1)[0], text=text,
                            people=", ".join(truth["people"]), source=truth["host"],
                            date=truth["date"].replace("-", ""))
        docs += 1
    writer.commit()
    seconds = time.perf_counter() - t0
    if docs != n:
        raise SystemExit(f"naive: indexed {docs} of {n}")
    return {"seconds": seconds, "start_rss_kb": start_rss, "docs": docs, "folder": str(folder)}


def child_main(args: argparse.Namespace) -> None:
    work = Path(args.work)
    result = _child_ours(work, args.n) if args.child == "ours" else _child_naive(work, args.n)
    result["maxrss_kb"] = _status_kb("VmHWM")     # this process's own peak, not inherited
    result["workers_maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(json.dumps(result))


def run_child(side: str, work: Path, n: int) -> dict:
    command = [sys.executable, str(HERE), "--child", side, "--work", str(work), "--n", str(n)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _child_ingest(work: Path, n: int) -> dict:
    sys.path.insert(0, str(REPO))
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root
    root = init_root(work / "root")
    t0 = time.perf_counter()
    counts = ingest(root, [work / "src"], keep_outcomes=False).counts()
    if counts["archived"] != n:
        raise SystemExit(f"ingest: expected {n} archived, got {counts}")
    return {"seconds": time.perf_counter() - t0}


def build(work: Path, n: int, seed: int, reuse: bool = False, sides: tuple = ("naive", "ours"),
          rounds: int = 1) -> dict:
    """Generate, ingest (unless ``reuse``), and index both ways into ``work``; the two sides' results.

    ``rounds``: how many times each side is timed; each side's result is its
    last run, with every run's seconds in ``rounds``.
    """
    if not reuse:
        total, answers = generate(work / "src", n, seed)
        (work / "answers.json").write_text(json.dumps(answers), encoding="utf-8")
        print(f"generated {n} articles, {total / 1e6:.2f} MB (mean {total / n:.0f} bytes), in {work / 'src'}",
              flush=True)
        command = [sys.executable, str(HERE), "--child", "ingest", "--work", str(work), "--n", str(n)]
        done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
        print(f"ingested into {work / 'root'} in {json.loads(done.stdout.splitlines()[-1])['seconds']:.1f} s "
              f"(not part of the figures)", flush=True)
    else:
        print(f"reusing the articles and bags in {work} (N={n})", flush=True)
    results: dict = {}
    for round_number in range(rounds):
        # Every other round the other side goes first, so that neither always runs in the
        # same part of the machine's drift.
        for side in (sides if round_number % 2 == 0 else tuple(reversed(sides))):
            result = run_child(side, work, n)
            result["bytes"] = du_bytes(Path(result["folder"]))  # here: no fork in the child
            result["rounds"] = results.get(side, {}).get("rounds", []) + [result["seconds"]]
            results[side] = result
            print(f"  round {round_number + 1}, {side}: {result['seconds']:.1f} s", flush=True)
    (work / "index-results.json").write_text(json.dumps({"n": n, **results}), encoding="utf-8")
    return results


def round_ratios(results: dict) -> list[float]:
    """Ours/naive articles per second in each round (the two sides of one round ran back to back)."""
    return [naive / ours for naive, ours in zip(results["naive"]["rounds"], results["ours"]["rounds"])]


NOTE = ("note: the naive side does no derivation: title is the first line; people, source host and date\n"
        "      come from the generator's answer sheet, read before the timing. Ours derives them from the\n"
        "      bags (people with transliteration keys, publication dates, source hosts) and stores more\n"
        "      fields. That flatters the naive side. Ours derives and writes in one worker process per core.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="articles to generate (default 20000)")
    parser.add_argument("--seed", type=int, default=20261125, help="generator seed")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (for search.py --reuse)")
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    parser.add_argument("--reuse", help="a folder kept by an earlier --keep run: index its bags again")
    parser.add_argument("--ours-only", action="store_true", help="time ours only (no naive index is built)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="time each side this many times, alternating which goes first, and print "
                             "the ratio of each round and their median (the machine's speed drifts)")
    parser.add_argument("--child", choices=["ours", "naive", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child == "ingest":
        print(json.dumps(_child_ingest(Path(args.work), args.n)))
        return
    if args.child:
        child_main(args)
        return
    if args.reuse:
        work = Path(args.reuse)
        args.n = len(json.loads((work / "answers.json").read_text(encoding="utf-8")))
        args.keep = True
    else:
        work = Path(tempfile.mkdtemp(prefix="bench-index-", dir=args.tmp))
    try:
        print(f"machine: {machine.machine_line(work)}")
        sides = ("ours",) if args.ours_only else ("naive", "ours")
        results = build(work, args.n, args.seed, reuse=bool(args.reuse), sides=sides, rounds=args.rounds)
        print()
        header = (f"{'side':<28} {'N':>6} {'seconds':>8} {'articles/s':>10} {'index MB':>9} "
                  f"{'peak RSS MB':>11} {'worker peak MB':>14}")
        print(header)
        print("-" * len(header))
        for side, label in (("naive", "naive Whoosh (all stored)"), ("ours", "ours (archive reindex)")):
            if side not in results:
                continue
            r = results[side]
            seconds = statistics.median(r["rounds"])
            print(f"{label:<28} {args.n:>6} {seconds:>8.2f} {args.n / seconds:>10.1f} "
                  f"{r['bytes'] / 1e6:>9.1f} {r['maxrss_kb'] / 1024:>11.1f} "
                  f"{r['workers_maxrss_kb'] / 1024:>14.1f}")
        if "sampled_peak_kb" in results.get("ours", {}):
            ours = results["ours"]
            print(f"ours' main process, RSS read every 0.5 s: peak {ours['sampled_peak_kb'] / 1024:.1f} MB "
                  f"at {ours['sampled_peak_at_s']} s")
        if "naive" in results:
            naive, ours = results["naive"], results["ours"]
            ratios = round_ratios(results)
            if len(ratios) > 1:
                print("ratio ours/naive by round: " + ", ".join(f"{ratio:.2f}" for ratio in ratios))
            print(f"\nratio ours/naive: articles/s {statistics.median(ratios):.2f}"
                  f"{' (median of the rounds)' if len(ratios) > 1 else ''}; "
                  f"index size {ours['bytes'] / naive['bytes']:.2f}")
            print(NOTE)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
