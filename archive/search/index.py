"""The search index: a Whoosh index derived from the bags, rebuilt at will.

The bags are the truth; this index is a cache of :func:`archive.description.derive.derive`
over them, so it is built the simplest safe way rather than the most durable
one. Whoosh never calls fsync, and neither do we: after a crash the answer is
``archive reindex``, never a repair.

Layout of ``root.index``::

    index/CURRENT                      the name of the live folder (one line)
    index/build-<timestamp>-<rand>/    one complete Whoosh index per build, with
        archive-index.json             its index format and pair words (BuildMeta)
    index/.lock                        held by whoever writes (reindex, index_items)

Segments are written by :mod:`archive.search.index_build` with the bulk segment
writer (:mod:`archive.search.segment_writer`), in one worker process per core; this
module lists them in Whoosh's TOC and publishes the build. Changes to the live
index after an ingest or a repair are :mod:`archive.search.index_update`'s.

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
from whoosh.fields import BOOLEAN, ID, KEYWORD, NUMERIC, STORED, Schema

from archive.search.analysis import body_text_field, heading_pairs_field, pairs_field, text_field, words_field
from archive.preservation.catalog import bag_dirs, is_item_id
from archive.description.derive import Derived
from archive.errors import ArchiveError, IndexUnavailable, IndexUnreadable
from archive.search.field_lengths import lengths_field
from archive.description.names import name_key
from archive.description.authority import SPLIT_MARK, Authority, load_authority
from archive.search.ranking import ArchiveBM25F
from archive.preservation.root import ArchiveRoot

__all__ = [
    "INDEX_FORMAT",
    "SCHEMA",
    "BuildMeta",
    "ReindexReport",
    "LiveSearcher",
    "current_folder",
    "live_searcher",
    "document_for",
    "indexed_ids",
    "make_schema",
    "open_index",
    "read_build_meta",
    "reindex",
]

CURRENT_NAME = "CURRENT"
LOCK_NAME = ".lock"
BUILD_PREFIX = "build-"
_BUILD_NAME = re.compile(r"^build-\d{8}T\d{6}\d{6}Z-[0-9a-f]{8}$")



# --- schema -------------------------------------------------------------------------


def make_schema() -> Schema:
    """The index schema. Decisions:

    * ``text`` is stored: result snippets and highlights need it, and
      re-extracting PDFs and HTML per result is slow; the index is derived and
      disposable, and the text is far smaller than the payloads. Consumers must
      not show stored text of ``restricted`` items.
    * Publication bounds are NUMERIC ``yyyymmdd`` integers, not DATETIME: EDTF
      bounds are calendar days with no time or zone, and integers sort and
      range-query exactly. Undated items get no bounds and ``undated=True``.
    * ``title`` and ``standfirst`` are folded words with packed positions;
      ``text`` has no positions: ``text_pairs`` (adjacent pairs of the build's
      pair words) and ``text_words`` (its folded words, a column) are derived
      from it by the writer for phrase search (:mod:`archive.search.analysis`,
      :mod:`archive.search.phrases`), and ``heading_pairs`` (every adjacent pair of
      the title's and standfirst's words); a document never gives them itself.
    * ``person`` holds name keys (:func:`archive.description.names.name_key`) as whole
      comma-separated terms, not analysed words, because a key may contain
      spaces (a full name) and must match exactly. ``place`` likewise holds
      place keys (:func:`archive.description.places.place_key`: Alma-Ata and Almaty are one).
    """
    return Schema(
        id=ID(unique=True, stored=True, sortable=True),   # a column: the date order's tie-break
        sha256=STORED(),
        title=text_field(stored=True, field_boost=2.0),
        standfirst=text_field(stored=True),
        text=body_text_field(stored=True),
        text_pairs=pairs_field(),
        text_words=words_field(),
        heading_pairs=heading_pairs_field(),
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
        place=KEYWORD(commas=True, scorable=True),   # place keys (archive.description.places.place_key)
        place_forms=STORED(),       # JSON [{key, name, forms}]
        field_lengths=lengths_field(),   # exact lengths, so that merged segments stay exact
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

    With an ``authority`` (:mod:`archive.description.authority`), ``people`` are first
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
        "place": _keywords(p["key"] for p in derived.places),
        "place_forms": json.dumps(derived.places, ensure_ascii=False) if derived.places else None,
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

    def __init__(self, key: tuple[str, int], ix, searcher, meta: BuildMeta) -> None:
        self.key = key
        self.ix = ix
        self.searcher = searcher
        self.meta = meta
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
            fresh = LiveSearcher(key, ix, ix.searcher(weighting=ArchiveBM25F()), read_build_meta(folder))
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
        raise _unreadable(folder, f"{type(exc).__name__}: {exc}") from exc


def _unreadable(folder: Path, why: str) -> IndexUnreadable:
    return IndexUnreadable(
        f"the search index index/{folder.name} cannot be read by this version of the archive "
        f"({why}); run `archive reindex` to rebuild it from the bags")


def open_index(root: ArchiveRoot):
    """The live Whoosh index; readers call this per request so they follow reindexes."""
    folder = current_folder(root)
    if folder is None or _generation(folder) < 0:   # no TOC (exists_in would unpickle it)
        raise IndexUnavailable("no index yet: run archive reindex")
    return _open_dir(folder)


#: What a build folder records beside the Whoosh files, and the version of this layout:
#: an index of another version cannot be read by this code and is rebuilt.
BUILD_META = "archive-index.json"
INDEX_FORMAT = 5


@dataclass(frozen=True)
class BuildMeta:
    """Facts of one build that searching and later additions need.

    ``pair_words``: the words whose adjacent pairs the body text's pair field
    holds (:mod:`archive.search.phrases`); ``pair_articles``: the archive's size when
    they were chosen.
    """

    pair_words: frozenset[str] = frozenset()
    pair_articles: int = 0


def write_build_meta(folder: Path, meta: BuildMeta) -> None:
    data = {"format": INDEX_FORMAT, "pair_words": sorted(meta.pair_words),
            "pair_articles": meta.pair_articles}
    tmp = folder / f".{BUILD_META}.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    os.replace(tmp, folder / BUILD_META)


def read_build_meta(folder: Path) -> BuildMeta:
    """The build's facts; an IndexUnreadable for a folder of another index format."""
    try:
        data = json.loads((folder / BUILD_META).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise _unreadable(folder, f"no {BUILD_META}: written by an earlier version") from None
    except ValueError as exc:
        raise _unreadable(folder, f"{BUILD_META}: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise _unreadable(folder, f"index format {found!r}, this version writes {INDEX_FORMAT}")
    try:
        return BuildMeta(pair_words=frozenset(data["pair_words"]), pair_articles=int(data["pair_articles"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise _unreadable(folder, f"{BUILD_META}: {exc!r}") from exc


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
    removed: int = 0              # documents deleted (index_update.update_items)
    failures: list[tuple[str, str]] = field(default_factory=list)   # (bag name, reason)
    seconds: float = 0.0
    folder: str | None = None     # the live folder afterwards
    error: str | None = None      # why the index could not be changed at all (nothing was)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @classmethod
    def not_updated(cls, ids: list[str], why: str) -> "ReindexReport":
        """The report of an index update that failed as a whole: every bag named, with why."""
        return cls(failures=[(item_id, "not yet searchable") for item_id in ids], error=why)


def _build(root: ArchiveRoot, report: ReindexReport) -> Path:
    """Index every bag into a fresh folder and return it (not yet published)."""
    from archive.search.index_build import build, list_segments   # it imports this module
    folder = _new_build_folder(root)
    try:
        whoosh_index.create_in(str(folder), SCHEMA)
        names = [bag.name for bag in bag_dirs(root)]
        built, pair_words = build(folder, root.bags, names, load_authority(root), None)
        list_segments(folder, built.segments)
        write_build_meta(folder, BuildMeta(pair_words=pair_words, pair_articles=len(names)))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    report.indexed += built.indexed
    report.failures += built.failures
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


# --- reading ------------------------------------------------------------------------


def indexed_ids(root: ArchiveRoot) -> dict[str, str]:
    """``{id: sha256}`` of every live document, to compare against the bags."""
    ix = open_index(root)
    with ix.searcher() as searcher:
        return {fields["id"]: fields.get("sha256", "") for fields in searcher.all_stored_fields()}
