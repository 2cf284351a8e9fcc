"""Building the search index from the bags: derive every bag, write Whoosh segments in bulk.

:mod:`archive.search.reindex` (a full build into a new folder) and
:mod:`archive.search.index_update` (new documents added to the live index)
decide what to build and make it live; this module does the building. Each
bag is derived (:func:`archive.description.derive.derive`), mapped to its
document (:func:`archive.search.schema.document_for`) and written by
:class:`archive.search.segment_writer.SegmentBuilder` in the same process, one
worker process per core for large batches, each worker writing a segment of
its own: the documents never travel between processes, and the parent only
lists the finished segments in a new TOC. Workers are handed the bags
:data:`CHUNK_BAGS` at a time as they become free, so that they finish
together (two halves handed out at the start finished up to 13% of the run
apart), and then each finishes its segment.

Before a reindex writes anything it chooses the build's pair words
(:mod:`archive.search.phrases`) from a sample of the bags' texts, because every
segment of a build must index the same pairs.
"""

from __future__ import annotations

import gc
import shutil
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import TOC

from archive.preservation.catalog import load_item
from archive.description.parts import derive_records
from archive.description.extract import extract_item
from archive.description.authority import Authority
from archive.search.phrases import PAIR_MIN_ARTICLES, PAIR_SAMPLE, choose_pair_words, document_frequencies
from archive.search.schema import document_for
from archive.search.tombstones import changed_stamp, withdrawn_documents
from archive.search.segment_writer import SegmentBuilder
from archive.workers import default_workers, worker_barrier, worker_pool

__all__ = ["BUILDER_LIMIT_MB", "BULK_GC_THRESHOLD", "CHUNK_BAGS", "PARALLEL_MIN_BAGS", "Built", "build",
           "bulk_collector", "list_segments", "sample_pair_words"]

#: Below this many bags everything is done in this process.
PARALLEL_MIN_BAGS = 64
#: Memory (MB) each segment writer may pool postings in before spilling a run to
#: disk: bounded, so a large archive reindexes in flat memory.
BUILDER_LIMIT_MB = 64
#: Allocations between two young-generation collections while a build runs
#: (Python's default is 700); see :func:`bulk_collector`.
BULK_GC_THRESHOLD = 50_000


def _tune_collector() -> tuple[int, int, int]:
    """Keep the cyclic garbage collector mostly out of a build's way; the thresholds it replaced.

    A segment writer holds more and more long-lived objects (pooled postings,
    the name caches) and makes almost no reference cycles. With Python's
    default thresholds the collector went through all of them 31 times in
    each worker of a 20,000-article reindex: about 3 s of the worker's 35.
    Young collections run every :data:`BULK_GC_THRESHOLD` allocations
    instead, so a full one hardly ever comes; cycles are still collected.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(BULK_GC_THRESHOLD, 20, 100)
    return thresholds


@contextmanager
def bulk_collector() -> Iterator[None]:
    """:func:`_tune_collector` for the duration of a build in this process, then as it was."""
    thresholds = _tune_collector()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


class Built:
    """What a build wrote: its segments, how many documents, and the bags that failed (with why)."""

    def __init__(self) -> None:
        self.segments: list = []
        self.indexed = 0
        self.failures: list[tuple[str, str]] = []


# --- in a worker, or in this process for small batches --------------------------------

_worker_authority: Authority | None = None
_worker_barrier = None
_worker_builder: SegmentBuilder | None = None
#: Bags a worker is handed at a time: small enough that the workers finish within
#: about a second of each other, large enough that handing them out costs nothing.
CHUNK_BAGS = 100
#: Seconds a worker waits at the end for the others to be ready to finish too.
FINISH_WAIT = 600


def _worker_start(authority: Authority, barrier=None) -> None:
    """Set up a build worker; its collector stays tuned for the build until the worker exits.

    What the worker inherited from the parent is frozen too: never scanned
    (nor copied, page by page, by scanning it) again.
    """
    global _worker_authority, _worker_barrier
    gc.freeze()
    _tune_collector()
    _worker_authority = authority
    _worker_barrier = barrier


def _documents(bag: Path, authority: Authority | None) -> list[dict]:
    """The documents of one bag: its own, and one per article when its file holds several;
    a withdrawn bag's stubs instead (:mod:`archive.search.tombstones`: no content)."""
    item = load_item(bag)
    if item.withdrawn:
        return withdrawn_documents(item)
    documents = [document_for(derived, authority) for derived in derive_records(item)]
    changed = changed_stamp(item)        # a readmission: the records' OAI-PMH datestamp moves
    return [{**doc, "changed": changed} for doc in documents] if changed else documents


def _add_bags(builder: SegmentBuilder, store: str, names: list[str],
              authority: Authority | None) -> tuple[int, list]:
    """Derive the bags ``names`` of ``store`` and add them to ``builder``: (added, failures).

    Anything may go wrong in one bag (a corrupt tag file, an extractor bug);
    it is reported, and the rest are still indexed. Bag names, not paths, are
    handed over: a list of 100,000 paths is 33 MB.
    """
    indexed, failures = 0, []
    for name in names:
        try:
            docs = _documents(Path(store) / name, authority)
        except Exception as exc:  # noqa: BLE001 - one bad bag must not stop the run
            failures.append((name, f"{type(exc).__name__}: {exc}"))
            continue
        for doc in docs:
            builder.add(**doc)
        indexed += 1
    return indexed, failures


def _write_part(folder: str, store: str, names: list[str], pair_words: frozenset[str],
                authority: Authority | None) -> tuple:
    """Write the bags ``names`` of ``store`` as one new segment of ``folder``, in this process.

    Returns (the finished segment or None, documents written, failures).
    """
    ix = whoosh_index.open_dir(folder)
    builder = SegmentBuilder(ix, limitmb=BUILDER_LIMIT_MB, pair_words=pair_words)
    try:
        with bulk_collector():
            indexed, failures = _add_bags(builder, store, names, authority)
            if indexed:
                return builder.finish(), indexed, failures
    except BaseException:
        builder.cancel()
        raise
    builder.cancel()
    return None, 0, failures


def _write_chunk(folder: str, store: str, names: list[str], pair_words: frozenset[str]) -> tuple[int, list]:
    """In a worker: add these bags to the worker's own segment (begun with its first chunk)."""
    global _worker_builder
    if _worker_builder is None:
        _worker_builder = SegmentBuilder(whoosh_index.open_dir(folder), limitmb=BUILDER_LIMIT_MB,
                                         pair_words=pair_words)
    return _add_bags(_worker_builder, store, names, _worker_authority)


def _finish_worker(_: int):
    """In a worker: finish its segment (None if it was handed no bag).

    Every worker waits here for the others first, so that each of them takes
    exactly one of these tasks and finishes its own segment.
    """
    global _worker_builder
    _worker_barrier.wait(timeout=FINISH_WAIT)
    builder, _worker_builder = _worker_builder, None
    if builder is None:
        return None
    if not builder.docnum:
        builder.cancel()
        return None
    return builder.finish()


def _frequencies(store: str, names: list[str]) -> tuple[Counter, int]:
    """Document frequencies of the words in these bags' texts (bags that fail are left out)."""
    def texts():
        for name in names:
            try:
                item = load_item(Path(store) / name)
                if not item.withdrawn:          # a withdrawn item's words are in no document
                    yield extract_item(item).text
            except Exception:  # noqa: BLE001 - a sample can do without one bag
                continue
    return document_frequencies(texts())


# --- in the parent ------------------------------------------------------------------


def _parts(items: list, count: int) -> list[list]:
    """``items`` cut into ``count`` contiguous parts of nearly equal size (empty ones dropped)."""
    size, extra = divmod(len(items), count)
    parts, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        parts.append(items[start:end])
        start = end
    return [part for part in parts if part]


def sample_pair_words(store: Path, names: list[str], pool=None, processes: int = 1) -> frozenset[str]:
    """The pair words of a build of these bags, from an even sample of :data:`PAIR_SAMPLE` of them.

    An archive too small to have pair words is not sampled at all.
    """
    if len(names) < PAIR_MIN_ARTICLES:
        return frozenset()
    step = max(1, len(names) // PAIR_SAMPLE)
    sample = names[::step][:PAIR_SAMPLE]
    if pool is not None and processes > 1:
        results = pool.starmap(_frequencies, [(str(store), part) for part in _parts(sample, processes)])
    else:
        results = [_frequencies(str(store), sample)]
    frequencies: Counter = Counter()
    sampled = 0
    for counts, count in results:
        frequencies.update(counts)
        sampled += count
    return choose_pair_words(frequencies, sampled, len(names))


def build(folder: Path, store: Path, names: list[str], authority: Authority,
          pair_words: frozenset[str] | None) -> tuple[Built, frozenset[str]]:
    """Write segments for the bags ``names`` into the Whoosh index in ``folder`` (not yet listed).

    ``pair_words``: the pair words to index, or None to choose them here from
    a sample of these bags (a full build). Returns what was built and the pair
    words used. The caller lists the segments in a TOC (:func:`list_segments`).
    """
    built = Built()
    processes = default_workers(len(names), PARALLEL_MIN_BAGS)
    temporary = folder / f"{whoosh_index._DEF_INDEX_NAME}.tmp"   # shared by the writers' runs
    temporary.mkdir(exist_ok=True)
    try:
        if processes > 1:
            barrier = worker_barrier(processes)
            with worker_pool(processes, _worker_start, (authority, barrier)) as pool:
                if pair_words is None:
                    pair_words = sample_pair_words(store, names, pool, processes)
                chunks = [(str(folder), str(store), names[start:start + CHUNK_BAGS], pair_words)
                          for start in range(0, len(names), CHUNK_BAGS)]
                for indexed, failures in pool.imap_unordered(_star_write_chunk, chunks):
                    built.indexed += indexed
                    built.failures += failures
                segments = pool.map(_finish_worker, range(processes), chunksize=1)
        else:
            if pair_words is None:
                pair_words = sample_pair_words(store, names)
            segment, built.indexed, built.failures = _write_part(str(folder), str(store), names, pair_words,
                                                                 authority)
            segments = [segment]
    finally:
        shutil.rmtree(temporary, ignore_errors=True)
    built.segments = [segment for segment in segments if segment is not None]
    return built, pair_words


def _star_write_chunk(arguments: tuple) -> tuple[int, list]:
    return _write_chunk(*arguments)


def list_segments(folder: Path, segments: list) -> None:
    """Write the next TOC of the index in ``folder``: its schema and exactly ``segments``."""
    ix = whoosh_index.open_dir(str(folder))
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
