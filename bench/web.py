"""Benchmark: the web site under load, served by ``archive serve`` on loopback, beside the library alone.

Builds (or reuses) an archive of N generated articles (bench/index.py's
generator, ingested and indexed with the archive's own functions), starts
``archive serve --host 127.0.0.1`` on a free port (one gunicorn worker per core,
as in production), and drives three kinds of page, one kind at a time, each
with ``--clients`` concurrent clients (threads, one keep-alive HTTP connection
each) for ``--seconds``:

* search: ``/search?...``, a mix of term, person and date-range queries (the
  queries of bench/search.py; the page's first page of results, with facets);
* article: ``/item/<id>?q=<word>`` for random ids of the index;
* person: ``/person/<key>`` for random person keys of the index.

A request counts as an error when it raises or answers anything but 200.
Each kind first gets ``--warmup`` untimed seconds of the same load (so every
server thread has opened its searcher). For each kind it prints requests/s,
p50/p95/p99 latency and the error count; then the same requests' latency
through the library alone (one process, one at a time; see
``library_calls``), and the ratio web p50 / library p50. The web figures are
measured under ``--clients`` concurrent clients and include queueing, HTTP
and rendering; the library ones are sequential.

``--during-reindex`` then runs ``archive reindex`` in a subprocess while the
clients request all three kinds, and reports the errors (the target is 0).

    .venv/bin/python bench/web.py                          # N=20000, built then deleted
    .venv/bin/python bench/web.py --reuse DIR --during-reindex   # DIR kept by bench/index.py --keep
    .venv/bin/python bench/web.py --n 2000 --seconds 5 --clients 2   # a quick look
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import machine  # bench/machine.py, beside this script

HERE = Path(__file__).resolve()
REPO = HERE.parent.parent
sys.path.append(str(REPO))   # after bench/, so that `index` is bench/index.py
KINDS = ("search", "article", "person")
SEARCH_MIX = ("term", "person", "date")   # kinds of bench/search.py's queries
WARMUP = 10
STARTUP_SECONDS = 60.0


# --- the data --------------------------------------------------------------------------------


def build(work: Path, n: int, seed: int) -> Path:
    """Generate N articles, ingest and index them into work/root; the root's path."""
    from archive.search.reindex import reindex
    from archive.preservation.ingest import ingest
    from archive.preservation.root import init_root
    from index import generate  # bench/index.py's generator
    total, _ = generate(work / "src", n, seed)
    print(f"generated {n} articles ({total / 1e6:.1f} MB) in {work / 'src'}", flush=True)
    root = init_root(work / "root")
    t0 = time.perf_counter()
    counts = ingest(root, [work / "src"], keep_outcomes=False).counts()
    if counts["archived"] != n:
        raise SystemExit(f"ingest: expected {n} archived, got {counts}")
    report = reindex(root)
    if report.indexed != n or report.failed:
        raise SystemExit(f"reindex: indexed {report.indexed} of {n}, failures {report.failures[:3]}")
    print(f"ingested and indexed in {time.perf_counter() - t0:.0f} s (not part of the figures)", flush=True)
    return root.path


def index_terms(root, field_name: str) -> list[str]:
    """Every term of an indexed field (ids, person keys), read from the live index's lexicon."""
    from archive.search.index import open_index
    with open_index(root).searcher() as searcher:
        return [term.decode("utf-8") if isinstance(term, bytes) else term
                for term in searcher.lexicon(field_name)]


def person_keys(root) -> list[str]:
    """The keys of the people the site lists (its /person/<key> pages), from the library's people list."""
    from archive.search.browse_snapshot import MAX_LIMIT
    from archive.search.people import people
    keys, number = [], 1
    while True:
        found = people(root, page=number, limit=MAX_LIMIT)
        keys += [entry.key for entry in found.people]
        if number >= found.pages:
            return keys
        number += 1


@dataclass
class Workload:
    """The requests of each kind: (URL path with query, the same request as library arguments)."""
    requests: dict[str, list[tuple[str, dict]]] = field(default_factory=dict)


def search_params(q: dict) -> dict:
    """A bench/search.py query as the search page's URL parameters."""
    params = {}
    if q.get("q"):
        params["q"] = q["q"]
    if q.get("person"):
        params["person"] = q["person"]
    if "from" in q:
        params["from"], params["to"] = str(q["from"]), str(q["to"])
    return params


def workload(root, count: int, seed: int) -> Workload:
    """``count`` requests of each kind, the same for the web and the library side."""
    from search import queries  # bench/search.py's query generator
    rng = random.Random(seed)
    mixed = [q for kind in SEARCH_MIX for q in queries(kind, count, seed)]
    rng.shuffle(mixed)
    ids, people = index_terms(root, "id"), person_keys(root)
    words = [q["q"] for q in queries("term", count, seed + 1)]
    out = Workload()
    out.requests["search"] = [("/search?" + urllib.parse.urlencode(search_params(q)), q) for q in mixed[:count]]
    out.requests["article"] = []
    for _ in range(count):
        item, word = rng.choice(ids), rng.choice(words)
        out.requests["article"].append((f"/item/{item}?" + urllib.parse.urlencode({"q": word}),
                                        {"id": item, "q": word}))
    out.requests["person"] = [(f"/person/{urllib.parse.quote(key, safe='')}", {"key": key})
                              for key in (rng.choice(people) for _ in range(count))]
    return out


# --- the library side ------------------------------------------------------------------------


def library_calls(root, limit: int):
    """kind -> function(request args): what each page asks of the archive, without HTTP or templates.

    search: ``archive.search.searching.search`` as the page calls it (its first page, facets);
    article: its stored fields from the live index (``archive.search.documents.get_document``,
    the clean text), the item from its bag (``catalog.get_item``) and its last audit;
    person: ``archive.search.people.person_profile`` (spellings, months, co-mentions, articles).
    """
    from archive.fixity.audit import last_audit
    from archive.search.browse_snapshot import ARTICLES_PER_PAGE
    from archive.search.people import person_profile
    from archive.preservation.catalog import get_item
    from archive.search.documents import get_document
    from archive.search.searching import search

    def do_search(q: dict):
        return search(root, q.get("q", ""), person=q.get("person"),
                      date_from=str(q["from"]) if "from" in q else None,
                      date_to=str(q["to"]) if "to" in q else None, limit=limit)

    def do_article(a: dict):
        document = get_document(root, a["id"])
        item = get_item(root, a["id"])
        last_audit(root, a["id"])
        return document, item

    def do_person(p: dict):
        return person_profile(root, p["key"], page=1, limit=ARTICLES_PER_PAGE)

    return {"search": do_search, "article": do_article, "person": do_person}


def time_library(root, load: Workload, count: int, limit: int) -> dict[str, list[float]]:
    """Sequential latencies (seconds) of each kind's first ``count`` requests through the library."""
    calls, out = library_calls(root, limit), {}
    for kind in KINDS:
        requests = load.requests[kind][:count]
        for _, args in requests[:WARMUP]:
            calls[kind](args)
        times = []
        for _, args in requests:
            t0 = time.perf_counter()
            calls[kind](args)
            times.append(time.perf_counter() - t0)
        out[kind] = times
    return out


# --- the web side ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(root: Path, port: int, log: Path, workers: int | None) -> subprocess.Popen:
    """``archive serve`` on 127.0.0.1:port; returns once it answers (or exits with its log)."""
    command = [sys.executable, "-m", "archive", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--root", str(root)] + (["--workers", str(workers)] if workers else [])
    with open(log, "w", encoding="utf-8") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=REPO)
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"archive serve exited ({process.returncode}):\n{log.read_text()}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/about")
            connection.getresponse().read()
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit(f"archive serve did not answer within {STARTUP_SECONDS:.0f} s")


def page_limit(port: int) -> int:
    """How many results the search page shows, from its JSON twin (so the library side asks the same).

    Read from the live site because importing the ``web`` package here would find this script.
    """
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/search.json")
    return int(json.loads(connection.getresponse().read())["limit"])


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@dataclass
class Tally:
    """What the clients of one phase measured (shared by the threads, under a lock)."""
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    causes: Counter = field(default_factory=Counter)    # HTTP status or exception name -> count
    samples: list[str] = field(default_factory=list)   # a few error descriptions, to show
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.append(seconds)
            if error:
                self.errors += 1
                self.causes[error.split()[0].rstrip(":")] += 1
                if len(self.samples) < 5:
                    self.samples.append(error)

    def show_errors(self) -> None:
        if self.errors:
            print("  errors by cause: " + ", ".join(f"{cause} x{n}" for cause, n in self.causes.most_common()))
        for sample in self.samples:
            print(f"  error: {sample}")


def client(port: int, paths: list[str], until: float, tally: Tally, seed: int, stop: threading.Event) -> None:
    """One client: GET random paths over one keep-alive connection until ``until`` or ``stop``."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < until and not stop.is_set():
        path = rng.choice(paths)
        t0 = time.perf_counter()
        error = None
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                error = f"{response.status} {path}"
        except (OSError, http.client.HTTPException) as exc:
            error = f"{type(exc).__name__}: {exc} ({path})"
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        tally.add(time.perf_counter() - t0, error)
    connection.close()


def drive(port: int, paths: list[str], clients: int, seconds: float, seed: int,
          stop: threading.Event | None = None) -> tuple[Tally, float]:
    """Run ``clients`` threads on ``paths`` for ``seconds`` (or until ``stop``); (tally, elapsed)."""
    tally, stop = Tally(), stop or threading.Event()
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, paths, until, tally, seed * 100 + i, stop))
               for i in range(clients)]
    t0 = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tally, time.perf_counter() - t0


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile in milliseconds (inclusive method; one value gives itself)."""
    if len(values) < 2:
        return (values[0] if values else float("nan")) * 1e3
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] * 1e3


def during_reindex(root: Path, port: int, load: Workload, clients: int, seed: int) -> None:
    """All three kinds of page requested while ``archive reindex`` rebuilds the index beside them."""
    paths = [path for kind in KINDS for path, _ in load.requests[kind]]
    stop = threading.Event()
    command = [sys.executable, "-m", "archive", "reindex", "--root", str(root)]
    t0 = time.perf_counter()
    reindexing = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=REPO)

    def watch() -> None:
        reindexing.wait()
        stop.set()
    threading.Thread(target=watch, daemon=True).start()
    tally, elapsed = drive(port, paths, clients, 3600.0, seed, stop)
    output = reindexing.stdout.read() if reindexing.stdout else ""
    print(f"\nduring reindex: archive reindex took {time.perf_counter() - t0:.1f} s "
          f"(exit {reindexing.returncode}); {len(tally.latencies)} requests, "
          f"{len(tally.latencies) / elapsed:.1f} req/s, p95 {percentile(tally.latencies, 95):.1f} ms, "
          f"errors {tally.errors}")
    tally.show_errors()
    if reindexing.returncode != 0:
        print(f"  reindex output:\n{output}")


def report(web: dict[str, tuple[Tally, float]], library: dict[str, list[float]], clients: int) -> None:
    header = (f"{'page':<8} {'requests':>8} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
              f"{'errors':>6} | {'lib p50 ms':>10} {'lib p95 ms':>10} {'web/lib p50':>11}")
    print(header)
    print("-" * len(header))
    for kind in KINDS:
        tally, elapsed = web[kind]
        lat, lib = tally.latencies, library[kind]
        web_p50, lib_p50 = percentile(lat, 50), percentile(lib, 50)
        print(f"{kind:<8} {len(lat):>8} {len(lat) / elapsed:>7.1f} {web_p50:>7.1f} {percentile(lat, 95):>7.1f} "
              f"{percentile(lat, 99):>7.1f} {tally.errors:>6} | {lib_p50:>10.1f} {percentile(lib, 95):>10.1f} "
              f"{web_p50 / lib_p50:>11.2f}")
        tally.show_errors()
    print(f"note: web figures under {clients} concurrent clients (queueing included); library figures\n"
          f"      sequential, in one process. web/lib p50 is the overhead ratio of HTTP, the server,\n"
          f"      rendering and queueing together.")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="articles to generate (default 20000)")
    parser.add_argument("--reuse", help="a folder kept by bench/index.py --keep (its archive is DIR/root)")
    parser.add_argument("--seconds", type=float, default=30.0, help="seconds of load per page kind (default 30)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--workers", type=int, help="server worker processes (default: archive serve's, one per core)")
    parser.add_argument("--warmup", type=float, default=10.0,
                        help="untimed seconds of load before each page kind's timing (default 10)")
    parser.add_argument("--requests", type=int, default=300,
                        help="distinct requests of each kind; also the library side's count (default 300)")
    parser.add_argument("--during-reindex", action="store_true", help="then load the site while a reindex runs")
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--keep", action="store_true", help="keep the data this run built")
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    args = parser.parse_args(argv)
    from archive.preservation.root import open_root

    built = None
    if args.reuse:
        work = Path(args.reuse)
        root_path = work / "root"
    else:
        work = built = Path(tempfile.mkdtemp(prefix="bench-web-", dir=args.tmp))
        root_path = build(work, args.n, args.seed)
    server = None
    try:
        root = open_root(root_path)
        print(f"machine: {machine.machine_line(work, f'load average {os.getloadavg()[0]:.1f} at start')}")
        load = workload(root, args.requests, args.seed)
        print(f"data: {root_path}; {len(index_terms(root, 'id'))} articles; {args.clients} clients, "
              f"{args.seconds:.0f} s per page kind", flush=True)
        port = free_port()
        server = start_server(root_path, port, work / "serve.log", args.workers)
        library = time_library(root, load, args.requests, page_limit(port))   # the server idles meanwhile
        web = {}
        for kind in KINDS:
            paths = [path for path, _ in load.requests[kind]]
            # Untimed warm-up with every client, so that each server thread has opened its
            # searcher (and built what it keeps per searcher) before the timing, as on a
            # server that has been up for a while.
            drive(port, paths, args.clients, args.warmup, args.seed + 1)
            web[kind] = drive(port, paths, args.clients, args.seconds, args.seed)
            print(f"  {kind}: {len(web[kind][0].latencies)} requests", file=sys.stderr, flush=True)
        print()
        report(web, library, args.clients)
        if args.during_reindex:
            during_reindex(root_path, port, load, args.clients, args.seed)
    finally:
        if server is not None:
            stop_server(server)
        if built is not None:
            if args.keep:
                print(f"kept {built}")
            else:
                shutil.rmtree(built, ignore_errors=True)


if __name__ == "__main__":
    main()
