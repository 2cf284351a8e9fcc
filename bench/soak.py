"""Soak: the web site under a bounded load while 20,000 articles are ingested and the index rebuilt.

On an archive built (or kept) as bench/web.py builds it, ``archive serve`` runs on loopback
and ``--clients`` clients request search, article, person and OAI-PMH pages without pause,
while in a subprocess ``archive ingest`` takes in ``--n`` new articles (bench/index.py's
generator; every 20th marked restricted in a metadata.csv and carrying a word no public
article has), then ``archive reindex`` rebuilds the whole index. Meanwhile a probe asks, again
and again, for what must never be shown: a search for the restricted articles' word (must
find 0), a restricted article's page (404; their ids are known before they are ingested,
since an id is the SHA-256 of the bytes) and the OAI-PMH list (must not name them).

Prints requests, req/s, p50/p95 latency and errors of the load (target: 0 errors), the
probes made and any restricted item seen (target: 0), and the ingest's and reindex's time.

    .venv/bin/python bench/soak.py --reuse DIR        # DIR kept by bench/index.py --keep
    .venv/bin/python bench/soak.py --n 2000 --base 2000   # a quick look
"""

from __future__ import annotations

import argparse
import hashlib
import json
import http.client
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import machine  # bench/machine.py, beside this script
import web as web_bench  # bench/web.py: building, serving, driving clients
from index import make_article  # bench/index.py: the article generator

REPO = Path(__file__).resolve().parent.parent
SECRET_WORD = "quillbastion"     # in restricted soak articles only
RESTRICTED_EVERY = 20


def soak_articles(folder: Path, n: int, seed: int, first: int) -> list[str]:
    """``n`` new articles with a metadata.csv (every RESTRICTED_EVERY-th restricted); the restricted ids."""
    folder.mkdir(parents=True)
    rows, restricted = ["filename,dcterms.accessRights"], []
    for number in range(first, first + n):
        text, _ = make_article(number, seed)
        name = f"soak-{number:07d}.txt"
        if number % RESTRICTED_EVERY == 0:
            text += f"\nThe {SECRET_WORD} ledger stays closed.\n"
            rows.append(f"{name},restricted")
        data = text.encode("utf-8")
        (folder / name).write_bytes(data)
        if number % RESTRICTED_EVERY == 0:
            restricted.append(hashlib.sha256(data).hexdigest()[:16])
    (folder / "metadata.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return restricted


class Probe:
    """Asks, in a loop, for what must never be shown; counts the times it was shown."""

    def __init__(self, port: int, restricted: list[str], seed: int) -> None:
        self.port, self.restricted, self.rng = port, restricted, random.Random(seed)
        self.made = self.leaks = self.failures = 0
        self.samples: list[str] = []

    def once(self, connection: http.client.HTTPConnection) -> None:
        item = self.rng.choice(self.restricted)
        for path, ok in ((f"/search.json?q={SECRET_WORD}", lambda s, b: s == 200 and json.loads(b)["total"] == 0),
                         (f"/item/{item}", lambda s, b: s == 404),
                         ("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
                          lambda s, b: s == 200 and not any(r in b for r in self.restricted))):
            connection.request("GET", path)
            response = connection.getresponse()
            body = response.read().decode("utf-8", "replace")
            self.made += 1
            if not ok(response.status, body):
                if response.status >= 500:
                    self.failures += 1
                else:
                    self.leaks += 1
                if len(self.samples) < 5:
                    self.samples.append(f"{response.status} {path}")

    def run(self, stop: threading.Event) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        while not stop.is_set():
            try:
                self.once(connection)
            except (OSError, http.client.HTTPException) as exc:
                self.failures += 1
                self.samples.append(f"{type(exc).__name__}: {exc}")
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            time.sleep(0.05)


def run_commands(root: Path, source: Path, stop: threading.Event, times: dict) -> None:
    """``archive ingest`` of the soak articles, then ``archive reindex``; stop the load after."""
    try:
        for name, args in (("ingest", ["ingest", str(source)]), ("reindex", ["reindex"])):
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "archive", *args, "--root", str(root)], cwd=REPO,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
            times[name] = (time.perf_counter() - t0, done.returncode, done.stderr[-500:])
    finally:
        stop.set()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20000, help="articles ingested during the load (default 20000)")
    parser.add_argument("--base", type=int, default=20000, help="articles in the archive before (without --reuse)")
    parser.add_argument("--reuse", help="a folder kept by bench/index.py --keep (its archive is DIR/root)")
    parser.add_argument("--clients", type=int, default=6)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--tmp", help="parent of the temporary folder (default: the system's)")
    args = parser.parse_args(argv)
    from archive.preservation.root import open_root

    work = Path(tempfile.mkdtemp(prefix="bench-soak-", dir=args.tmp))
    try:
        if args.reuse:
            root_path = work / "root"
            shutil.copytree(Path(args.reuse) / "root", root_path, symlinks=True)
        else:
            root_path = web_bench.build(work, args.base, args.seed)
        restricted = soak_articles(work / "soak", args.n, args.seed, first=10_000_000)
        root = open_root(root_path)
        print(machine.machine_line(work, f"{args.clients} clients; {args.n} articles ingested under load"))
        load = web_bench.workload(root, 300, args.seed)
        paths = [path for kind in web_bench.KINDS for path, _ in load.requests[kind]]
        paths += ["/oai?verb=ListRecords&metadataPrefix=oai_dc", "/people", "/dates"]
        port = web_bench.free_port()
        server = web_bench.start_server(root_path, port, work / "serve.log", None)
        try:
            stop, times = threading.Event(), {}
            probe = Probe(port, restricted, args.seed)
            threads = [threading.Thread(target=probe.run, args=(stop,)),
                       threading.Thread(target=run_commands, args=(root_path, work / "soak", stop, times))]
            for thread in threads:
                thread.start()
            tally, elapsed = web_bench.drive(port, paths, args.clients, 7200.0, args.seed, stop)
            for thread in threads:
                thread.join()
        finally:
            web_bench.stop_server(server)
        for name, (seconds, code, err) in times.items():
            print(f"archive {name}: {seconds:.1f} s, exit {code}" + (f"\n  {err}" if code else ""))
        print(f"load: {len(tally.latencies)} requests in {elapsed:.0f} s ({len(tally.latencies) / elapsed:.1f} req/s), "
              f"p50 {web_bench.percentile(tally.latencies, 50):.1f} ms, "
              f"p95 {web_bench.percentile(tally.latencies, 95):.1f} ms, errors {tally.errors}")
        tally.show_errors()
        print(f"probes: {probe.made} requests for restricted items; shown {probe.leaks} times; "
              f"failed {probe.failures} times")
        for sample in probe.samples:
            print(f"  {sample}")
        sys.exit(1 if tally.errors or probe.leaks or probe.failures else 0)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
