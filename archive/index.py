"""The search index: a Whoosh index derived from the bags, rebuilt at will.

The bags are the truth; this index is a cache of :func:`archive.derive.derive`
over them, so it is built the simplest safe way rather than the most durable
one. Whoosh never calls fsync, and neither do we: after a crash the answer is
``archive reindex``, never a repair.

Layout of ``root.index``::

    index/CURRENT                      the name of the live folder (one line)
    index/build-<timestamp>-<rand>/    one complete Whoosh index per build
    index/.lock                        held by whoever writes (reindex, index_items)

A full reindex builds a fresh folder while the old one keeps answering, then
publishes it by replacing ``CURRENT`` atomically (temp file + ``os.replace``),
so a reader that reads ``CURRENT`` always finds a complete index. Old folders
are removed after publishing; a searcher already open on one keeps its open
files (POSIX unlink semantics), and the next :func:`open_index` sees the new one.

Two Whoosh traps, measured by the project, shape the code:

* ``Searcher.refresh()`` returns duplicate hits after segments merge, so every
  query opens a fresh searcher (``with ix.searcher() as s:``), never refreshes.
* ``update_document`` twice for the same unique id inside one writer leaves two
  documents, so ids are deduplicated before anything is written.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import secrets
import shutil
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from whoosh import index as whoosh_index
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.support.charset import accent_map

from .catalog import bag_dirs, is_item_id, load_item
from .derive import Derived, derive
from .errors import ArchiveError, IndexUnavailable, IndexUnreadable
from .names import name_key
from .persons import SPLIT_MARK, Authority, load_authority
from .root import ArchiveRoot
from .workers import default_workers, windows, worker_pool

__all__ = [
    "SCHEMA",
    "ReindexReport",
    "LiveSearcher",
    "current_folder",
    "live_searcher",
    "document_for",
    "index_items",
    "indexed_ids",
    "make_schema",
    "open_index",
    "reindex",
]

CURRENT_NAME = "CURRENT"
LOCK_NAME = ".lock"
BUILD_PREFIX = "build-"
_BUILD_NAME = re.compile(r"^build-\d{8}T\d{6}\d{6}Z-[0-9a-f]{8}$")

#: Segments are written as separate files (``compound=False``): Whoosh opens a
#: compound segment by copying each of its parts into memory (``BufferFile``
#: wraps the mmap in a BytesIO), so every searcher would hold a copy of the
#: whole index; separate files are read in place.
COMPOUND_SEGMENTS = False
#: Memory (MB) the writer may pool postings in before spilling runs to disk:
#: bounded so a large archive reindexes in flat memory.
WRITER_LIMIT_MB = 64
#: How long index_items waits for Whoosh's own write lock (our .lock normally
#: serialises writers first, so this only guards against foreign writers).
WRITER_TIMEOUT_S = 30.0


# --- schema -------------------------------------------------------------------------


class FoldingTokenizer(Tokenizer):
    """``RegexTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)`` in one pass.

    The same tokens as that chain (same word pattern, lower case, then
    ``accent_map``), but one generator instead of three: tokenising is the
    largest part of writing the index, and every article's text goes through it.
    """

    WORD = re.compile(r"\w+(\.?\w+)*")    # Whoosh's default RegexTokenizer pattern

    def __call__(self, value: str, positions: bool = False, chars: bool = False,
                 keeporiginal: bool = False, removestops: bool = True, start_pos: int = 0,
                 start_char: int = 0, tokenize: bool = True, mode: str = "", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = value
            token.text = value.lower().translate(accent_map)
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        for pos, match in enumerate(self.WORD.finditer(value)):
            word = match.group(0)
            token.text = word.lower().translate(accent_map)
            token.boost = 1.0
            if keeporiginal:
                token.original = word
            token.stopped = False
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + match.start()
                token.endchar = start_char + match.end()
            yield token


def folding_analyzer():
    """Words, lower-cased and accent-folded, never stemmed and no stop words.

    The articles are English, Russian and Kazakh: an English stemmer or stop
    list would mangle the others, and stemming breaks exact name searches.
    ``accent_map`` folds diacritics (é -> e) and, as a side effect, Cyrillic
    ё -> е and й -> и, which matches how those letters are typed in searches.
    The same analyzer runs on queries, so folding is symmetric.
    """
    return FoldingTokenizer()


def make_schema() -> Schema:
    """The index schema. Decisions:

    * ``text`` is stored: result snippets and highlights need it, and
      re-extracting PDFs and HTML per result is slow; the index is derived and
      disposable, and the text is far smaller than the payloads. Consumers must
      not show stored text of ``restricted`` items.
    * Publication bounds are NUMERIC ``yyyymmdd`` integers, not DATETIME: EDTF
      bounds are calendar days with no time or zone, and integers sort and
      range-query exactly. Undated items get no bounds and ``undated=True``.
    * ``person`` holds name keys (:func:`archive.names.name_key`) as whole
      comma-separated terms, not analysed words, because a key may contain
      spaces (a full name) and must match exactly.
    """
    text = folding_analyzer()
    return Schema(
        id=ID(unique=True, stored=True),
        sha256=STORED(),
        title=TEXT(analyzer=text, stored=True, field_boost=2.0),
        standfirst=TEXT(analyzer=text, stored=True),
        text=TEXT(analyzer=folding_analyzer(), stored=True),
        authors=KEYWORD(lowercase=True, commas=True, stored=True, scorable=True),
        publisher=KEYWORD(lowercase=True, commas=True, stored=True),
        subjects=KEYWORD(lowercase=True, commas=True, stored=True),
        source=ID(stored=True),
        source_url=STORED(),
        language=ID(stored=True),
        kind=ID(stored=True),
        restricted=BOOLEAN(stored=True),
        ingested=ID(stored=True, sortable=True),   # UTC YYYY-MM-DDThh:mm:ssZ: OAI-PMH datestamps
        dateline=ID(stored=True),
        pub_edtf=ID(stored=True),
        pub_source=STORED(),
        pub_earliest=NUMERIC(int, bits=32, stored=True, sortable=True),
        pub_latest=NUMERIC(int, bits=32, stored=True, sortable=True),
        pub_year=ID(stored=True, sortable=True),
        undated=BOOLEAN(stored=True),
        mentioned_year=KEYWORD(commas=True),
        person=KEYWORD(commas=True, scorable=True),
        person_names=STORED(),
        person_forms=STORED(),      # JSON [{key, name, forms}], corrections applied
    )


SCHEMA = make_schema()


# --- documents ----------------------------------------------------------------------


def _keywords(values: Iterable[str]) -> str:
    """A comma-separated KEYWORD value; commas inside a value become spaces so it stays one term."""
    cleaned = (" ".join(v.replace(",", " ").split()) for v in values if v)
    return ",".join(dict.fromkeys(v for v in cleaned if v))


def _source_host(url: str | None) -> str | None:
    """The host of the source URL, lower-cased and without ``www.``, for "from this site" filters."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def _yyyymmdd(day: str | None) -> int | None:
    """``2004-04-06`` -> 20040406; anything that is not a plain day gives None."""
    if day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return int(day.replace("-", ""))
    return None


def person_terms(people: list[dict], authority: Authority | None = None) -> list[str]:
    """Every key a person search may use: the key, its surname key, the display name's key.

    ``key`` is the surname key today, but may be a full-name key (with spaces);
    its last token is indexed as a term of its own so a surname search always
    matches. The key of the display name lets a full-name search match too.

    With an ``authority`` (:mod:`archive.persons`), ``people`` are first
    corrected by it and every key is mapped to its canonical key; a person
    split off by spelling gets its split key only.
    """
    if authority is not None and not authority.empty:
        people = authority.apply(people)
    resolve = authority.resolve if authority is not None else (lambda key: key)
    terms: list[str] = []
    for person in people:
        if SPLIT_MARK in (person.get("key") or ""):
            terms.append(person["key"])
            continue
        for key in (person.get("key") or "", resolve(name_key(person.get("name") or ""))):
            if key:
                terms.append(key)
                terms.append(key.split()[-1])
    return list(dict.fromkeys(terms))


def utc_datestamp(value: str) -> str:
    """An ISO 8601 date-time (any offset, ``Z`` or none = UTC) as ``YYYY-MM-DDThh:mm:ssZ``."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except (AttributeError, ValueError) as exc:
        raise ArchiveError(f"not an ISO 8601 date-time: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _ingest_datestamp(value: str | None) -> str | None:
    """The stored ``ingested`` value; None when the bag records no readable ingest time."""
    try:
        return utc_datestamp(value) if value else None
    except ArchiveError:
        return None


def _mentioned_years(dates: list[dict]) -> list[str]:
    """Years of the dates mentioned in the text, for "articles mentioning 2002"."""
    years = (re.match(r"\d{4}", d.get("edtf") or "") for d in dates)
    return sorted({m.group(0) for m in years if m})


def _publication_fields(publication: dict | None) -> dict:
    """Publication date fields; an undated item gets ``undated=True`` and no bounds."""
    if not publication:
        return {"undated": True}
    earliest = _yyyymmdd(publication.get("earliest"))
    latest = _yyyymmdd(publication.get("latest"))
    fields: dict = {"undated": earliest is None and latest is None,
                    "pub_edtf": publication.get("edtf"), "pub_source": publication.get("source")}
    if earliest is not None:
        fields["pub_earliest"] = earliest
        fields["pub_year"] = str(earliest // 10000)
    if latest is not None:
        fields["pub_latest"] = latest
    return fields


def document_for(derived: Derived, authority: Authority | None = None) -> dict:
    """The Whoosh document of one derived item (None values are left out, Whoosh dislikes them).

    ``authority``: the person corrections to apply (see :func:`person_terms`).
    """
    people = authority.apply(derived.people) if authority is not None else derived.people
    doc = {
        "id": derived.id,
        "sha256": derived.sha256,
        "title": derived.title,
        "standfirst": derived.standfirst,
        "text": derived.text,
        "authors": _keywords(derived.authors),
        "_stored_authors": list(derived.authors),
        "publisher": derived.publisher,
        "subjects": _keywords(derived.subjects),
        "_stored_subjects": list(derived.subjects),
        "source": _source_host(derived.source_url),
        "source_url": derived.source_url,
        "language": derived.language.lower() if derived.language else None,
        "kind": derived.kind,
        "restricted": bool(derived.restricted),
        "ingested": _ingest_datestamp(derived.ingested),
        "dateline": derived.dateline,
        "mentioned_year": _keywords(_mentioned_years(derived.dates_mentioned)),
        "person": _keywords(person_terms(derived.people, authority)),
        "person_names": [p["name"] for p in people if p.get("name")],
        "person_forms": json.dumps(people, ensure_ascii=False) if people else None,
        **_publication_fields(derived.publication),
    }
    return {name: value for name, value in doc.items() if value is not None and value != ""}


# --- layout -------------------------------------------------------------------------


@contextmanager
def index_lock(root: ArchiveRoot) -> Iterator[None]:
    """One index writer at a time; without it an index_items during a reindex would be lost.

    An flock dies with its process, so a killed reindex never wedges the next.
    """
    root.index.mkdir(parents=True, exist_ok=True)
    with open(root.index / LOCK_NAME, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def current_folder(root: ArchiveRoot) -> Path | None:
    """The live index folder named by ``CURRENT``, or None when there is none yet."""
    try:
        name = (root.index / CURRENT_NAME).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    # Only a name we could have written: CURRENT must never point outside index/.
    if not _BUILD_NAME.match(name) or not (root.index / name).is_dir():
        return None
    return root.index / name


_TOC_FILE = re.compile(rf"^_{whoosh_index._DEF_INDEX_NAME}_(\d+)\.toc$")
#: Live searchers kept per thread (one per archive root, the most recently used).
SEARCHERS_PER_THREAD = 4
_local = threading.local()


def _generation(folder: Path) -> int:
    """The newest TOC generation in a build folder (each commit writes the next one)."""
    found = (_TOC_FILE.match(name) for name in os.listdir(folder))
    return max((int(m.group(1)) for m in found if m), default=-1)


class LiveSearcher:
    """A Whoosh searcher on one generation of the live index, plus caches derived from it.

    A searcher over one TOC generation never changes, so whatever is computed
    from it (facet columns, display names) can be kept as long as it is.
    """

    def __init__(self, key: tuple[str, int], ix, searcher) -> None:
        self.key = key
        self.ix = ix
        self.searcher = searcher
        self.cache: dict = {}

    def close(self) -> None:
        self.searcher.close()


def live_searcher(root: ArchiveRoot) -> LiveSearcher:
    """The current thread's searcher on the live index, opened anew when the index changed.

    Opening an index and a searcher costs tens of milliseconds (every segment
    file is opened), more than a search; so a searcher is kept per thread and
    archive root, keyed by the live folder (``CURRENT``) and its TOC
    generation. When either changes, a *fresh* searcher is opened, never
    ``Searcher.refresh()`` (which returns duplicate hits after merges). An
    old folder removed by a reindex stays readable through the open files
    until the kept searcher is closed. Searchers are not shared between
    threads: Whoosh does not promise that they are thread-safe.
    """
    kept: dict[str, LiveSearcher] = _local.__dict__.setdefault("searchers", {})
    for attempt in range(3):
        folder = current_folder(root)
        if folder is None:
            raise IndexUnavailable("no index yet: run archive reindex")
        try:
            key = (str(folder), _generation(folder))
            entry = kept.get(str(root.path))
            if entry is not None and entry.key == key:
                return entry
            ix = _open_dir(folder)
            fresh = LiveSearcher(key, ix, ix.searcher())
        except (OSError, whoosh_index.EmptyIndexError):
            if attempt == 2:       # a reindex swapped the folder away three times running
                raise ArchiveError("the index changed while it was being opened; try again") from None
            continue
        old = kept.pop(str(root.path), None)
        if old is not None:
            old.close()
        while len(kept) >= SEARCHERS_PER_THREAD:
            kept.pop(next(iter(kept))).close()
        kept[str(root.path)] = fresh
        return fresh
    raise AssertionError("unreachable")


def _open_dir(folder: Path):
    """Open one build folder; an index this version cannot read is an IndexUnreadable.

    Whoosh pickles the schema, analyzers included, into every TOC, so an index
    written by another version of this code may name a class that is gone.
    Missing files (a folder removed by a reindex) stay OSError / EmptyIndexError.
    """
    try:
        return whoosh_index.open_dir(str(folder))
    except (OSError, whoosh_index.EmptyIndexError):
        raise
    except Exception as exc:  # noqa: BLE001 - unpickling can raise almost anything
        raise IndexUnreadable(
            f"the search index index/{folder.name} cannot be read by this version of the archive "
            f"({type(exc).__name__}: {exc}); run `archive reindex` to rebuild it from the bags") from exc


def open_index(root: ArchiveRoot):
    """The live Whoosh index; readers call this per request so they follow reindexes."""
    folder = current_folder(root)
    if folder is None or _generation(folder) < 0:   # no TOC (exists_in would unpickle it)
        raise IndexUnavailable("no index yet: run archive reindex")
    return _open_dir(folder)


def _new_build_folder(root: ArchiveRoot) -> Path:
    """A fresh, empty folder for one build; timestamp for people, random part for uniqueness."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = root.index / f"{BUILD_PREFIX}{stamp}-{secrets.token_hex(4)}"
    folder.mkdir(parents=True)
    return folder


def _publish(root: ArchiveRoot, folder: Path) -> None:
    """Make ``folder`` the live index by replacing CURRENT atomically."""
    tmp = root.index / f".{CURRENT_NAME}.{secrets.token_hex(4)}.tmp"
    tmp.write_text(folder.name + "\n", encoding="utf-8")
    os.replace(tmp, root.index / CURRENT_NAME)


def _remove_old_builds(root: ArchiveRoot, keep: Path) -> None:
    """Remove every build folder but the live one (old ones, and crashed builds' leftovers).

    Called under the index lock, so no other build is in progress. Errors are
    ignored: a leftover folder costs space only and goes next time.
    """
    for entry in root.index.iterdir():
        if entry.name.startswith(BUILD_PREFIX) and entry.name != keep.name and entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)


# --- writing ------------------------------------------------------------------------


@dataclass
class ReindexReport:
    """What a reindex or index_items did: documents written and bags that failed, with why."""

    indexed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)   # (bag name, reason)
    seconds: float = 0.0
    folder: str | None = None     # the live folder afterwards

    @property
    def failed(self) -> int:
        return len(self.failures)


def _derive_bag(bag: Path, report: ReindexReport, authority: Authority | None = None) -> dict | None:
    """The document of one bag, or None with the failure recorded.

    Anything may go wrong in one bag (a corrupt tag file, an extractor bug);
    it is reported, and the rest of the archive still gets indexed.
    """
    try:
        return document_for(derive(load_item(bag)), authority)
    except Exception as exc:  # noqa: BLE001 - one bad bag must not stop the run
        report.failures.append((bag.name, f"{type(exc).__name__}: {exc}"))
        return None


#: below this many bags a reindex derives them in this process
PARALLEL_MIN_BAGS = 64
_worker_authority: Authority | None = None


def _worker_start(authority: Authority) -> None:
    global _worker_authority
    _worker_authority = authority


def _worker_document(bag: Path) -> tuple[str, dict | None, str | None]:
    """In a worker: (bag name, its document or None, the failure or None)."""
    try:
        return bag.name, document_for(derive(load_item(bag)), _worker_authority), None
    except Exception as exc:  # noqa: BLE001 - one bad bag must not stop the run
        return bag.name, None, f"{type(exc).__name__}: {exc}"


def _documents(bags: list[Path], report: ReindexReport, authority: Authority) -> Iterator[dict]:
    """The document of every bag, derived in one worker process per core for large archives.

    Deriving (extraction, people, dates) is CPU-bound Python; the one Whoosh
    writer stays in this process, fed in bag order.
    """
    processes = default_workers(len(bags), PARALLEL_MIN_BAGS)
    if processes <= 1:
        for bag in bags:
            doc = _derive_bag(bag, report, authority)
            if doc is not None:
                yield doc
        return
    with worker_pool(processes, _worker_start, (authority,)) as pool:
        for window in windows(bags, 256):
            for name, doc, failure in pool.imap(_worker_document, window, chunksize=8):
                if failure:
                    report.failures.append((name, failure))
                elif doc is not None:
                    yield doc


def _write_part(folder: str, store: str, names: list[str], authority: Authority):
    """In a worker: derive the bags ``names`` of ``store`` and write them as one new segment.

    Returns (the finished Whoosh segment or None, documents written, failures).
    Each worker writes a segment of its own with Whoosh's ``SegmentWriter``
    without the index lock (``_lk=False``, as Whoosh's own multi-process
    writer does); the parent then lists all segments in one new TOC. So the
    documents never travel between processes and both cores derive and write.
    """
    from whoosh.writing import SegmentWriter
    ix = whoosh_index.open_dir(folder)
    writer = SegmentWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB, compound=COMPOUND_SEGMENTS)
    report = ReindexReport()
    try:
        for name in names:       # bag names, not paths: a list of 100,000 paths is 33 MB
            doc = _derive_bag(Path(store) / name, report, authority)
            if doc is not None:
                writer.add_document(**doc)
                report.indexed += 1
    except BaseException:
        writer.cancel()
        raise
    if not report.indexed:
        writer.cancel()
        return None, 0, report.failures
    # Not writer._finish(): it would delete the temporary folder the other workers still
    # use (Whoosh names it after the index, not the segment); the parent removes it.
    return writer._finalize_segment(), report.indexed, report.failures


def _parts(bags: list, count: int) -> list[list]:
    """``bags`` cut into ``count`` contiguous parts of nearly equal size."""
    size, extra = divmod(len(bags), count)
    parts, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        parts.append(bags[start:end])
        start = end
    return [part for part in parts if part]


def _build_parallel(folder: Path, store: Path, names: list[str], processes: int,
                    report: ReindexReport, authority: Authority) -> None:
    """One segment per worker process, then one TOC that lists them all (no merge)."""
    from whoosh.index import TOC
    temporary = folder / f"{whoosh_index._DEF_INDEX_NAME}.tmp"   # shared by the workers' writers
    temporary.mkdir(exist_ok=True)
    with worker_pool(processes) as pool:
        results = pool.starmap(_write_part, [(str(folder), str(store), part, authority)
                                             for part in _parts(names, processes)])
    segments = []
    for segment, indexed, failures in results:
        report.indexed += indexed
        report.failures += failures
        if segment is not None:
            segments.append(segment)
    ix = whoosh_index.open_dir(str(folder))
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    shutil.rmtree(temporary, ignore_errors=True)


def _build_serial(folder: Path, bags: list[Path], report: ReindexReport, authority: Authority) -> None:
    ix = whoosh_index.open_dir(str(folder))
    writer = ix.writer(limitmb=WRITER_LIMIT_MB, procs=1, compound=COMPOUND_SEGMENTS)
    try:
        for doc in _documents(bags, report, authority):
            writer.add_document(**doc)   # bag_dirs yields each id once: add, not update
            report.indexed += 1
    except BaseException:
        writer.cancel()
        raise
    writer.commit()


def _build(root: ArchiveRoot, report: ReindexReport) -> Path:
    """Index every bag into a fresh folder and return it (not yet published)."""
    folder = _new_build_folder(root)
    whoosh_index.create_in(str(folder), SCHEMA)
    authority = load_authority(root)   # once per run: the person corrections
    names = [bag.name for bag in bag_dirs(root)]
    processes = default_workers(len(names), PARALLEL_MIN_BAGS)
    try:
        if processes > 1:
            _build_parallel(folder, root.bags, names, processes, report, authority)
        else:
            _build_serial(folder, [root.bags / name for name in names], report, authority)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def _reindex_locked(root: ArchiveRoot, started: float) -> ReindexReport:
    report = ReindexReport()
    folder = _build(root, report)
    _publish(root, folder)
    _remove_old_builds(root, keep=folder)
    report.folder = folder.name
    report.seconds = time.monotonic() - started
    return report


def reindex(root: ArchiveRoot) -> ReindexReport:
    """Rebuild the whole index from the bags, then publish it; the old one answers meanwhile."""
    started = time.monotonic()
    with index_lock(root):
        return _reindex_locked(root, started)


def _unique_ids(ids: Iterable[str]) -> list[str]:
    """Ids in first-seen order, each once: two updates of one id in one writer leave two docs."""
    return list(dict.fromkeys(i.strip().lower() for i in ids if i and i.strip()))


def index_items(root: ArchiveRoot, ids: Iterable[str]) -> ReindexReport:
    """Add or replace the documents of these bags in the live index (after an ingest).

    With no index yet, a full reindex is done instead (it covers these bags too).
    """
    started = time.monotonic()
    wanted = _unique_ids(ids)
    with index_lock(root):
        folder = current_folder(root)
        if folder is None or _generation(folder) < 0:   # no TOC (exists_in would unpickle it)
            return _reindex_locked(root, started)
        report = ReindexReport(folder=folder.name)
        try:
            ix = _open_dir(folder)
        except IndexUnreadable:
            return _reindex_locked(root, started)   # derived data: rebuild it whole
        writer = ix.writer(limitmb=WRITER_LIMIT_MB, procs=1, timeout=WRITER_TIMEOUT_S, compound=COMPOUND_SEGMENTS)
        authority = load_authority(root)   # once per run: the person corrections
        known = set(ix.schema.names())     # an index built before person_forms lacks it
        bags = []
        for item_id in wanted:
            if is_item_id(item_id):   # never let an id reach outside bags/
                bags.append(root.bags / item_id)
            else:
                report.failures.append((item_id, "not an item identifier"))
        try:
            for doc in _documents(bags, report, authority):
                doc = {k: v for k, v in doc.items() if k in known or k.startswith("_stored_")}
                writer.update_document(**doc)
                report.indexed += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    report.seconds = time.monotonic() - started
    return report


# --- reading ------------------------------------------------------------------------


def indexed_ids(root: ArchiveRoot) -> dict[str, str]:
    """``{id: sha256}`` of every live document, to compare against the bags."""
    ix = open_index(root)
    with ix.searcher() as searcher:
        return {fields["id"]: fields.get("sha256", "") for fields in searcher.all_stored_fields()}


def remove_items(root: ArchiveRoot, ids: Iterable[str]) -> int:
    """Delete the documents of these ids from the live index; how many were deleted.

    For index entries whose bag no longer exists: nothing may stay findable
    that the bags do not hold.
    """
    with index_lock(root):
        ix = open_index(root)
        writer = ix.writer(limitmb=WRITER_LIMIT_MB, procs=1, timeout=WRITER_TIMEOUT_S, compound=COMPOUND_SEGMENTS)
        try:
            deleted = sum(writer.delete_by_term("id", item_id) for item_id in _unique_ids(ids))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    return deleted
