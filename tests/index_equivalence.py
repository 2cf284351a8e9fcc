"""Is the live index what a full rebuild from the bags would be? (for tests and bench/index_life.py)

The live index changes a little at a time (ingests, repairs); a rebuild makes
it in one go. They must hold the same thing, and answer every query the
same, hit for hit. Two checks:

* :func:`content_differences`: the two indexes compared document by
  document, keyed by item id (document numbers differ with the layout):
  stored fields, exact field lengths, column values, every term's postings
  (id, weight, value), every term's statistics, and the field totals and
  document count BM25F works from.
* :func:`answer_differences`: the same queries run through
  :func:`archive.search.searching.search` on both: totals, hits (ids, scores,
  snippets) in order, and facets.

:func:`shadow_root` makes the rebuild: a second root whose ``bags/`` and
person authority are the live root's (symbolic links), with an index built
from them by the same code a reindex runs, with the live build's pair words
(``same_pairs``, so the two are comparable term for term) or with pair words
chosen afresh as ``archive reindex`` would (then only the body's pair terms
and the ranking of body phrases may differ).
"""

from __future__ import annotations

import hashlib
import shutil
from collections import defaultdict
from pathlib import Path

from whoosh import index as whoosh_index

from archive.preservation.catalog import bag_dirs
from archive.search.doc_columns import DocColumn
from archive.search.field_lengths import LENGTHS_FIELD, ExactLengths
from archive.search.index import (BuildMeta, _new_build_folder, _publish, current_folder, read_build_meta,
                           write_build_meta)
from archive.search.index_build import build, list_segments
from archive.search.schema import SCHEMA
from archive.description.authority import load_authority
from archive.preservation.root import ArchiveRoot
from archive.search.searching import search

AUTHORITY = "persons-authority.jsonl"


def shadow_root(root: ArchiveRoot, where: Path, *, same_pairs: bool = True) -> ArchiveRoot:
    """A root beside ``root`` sharing its bags, with a fresh full build of them as its live index."""
    if where.exists():
        shutil.rmtree(where)
    (where / "index").mkdir(parents=True)
    (where / "bags").symlink_to(root.bags.resolve(), target_is_directory=True)
    if (root.path / AUTHORITY).exists():
        (where / AUTHORITY).symlink_to((root.path / AUTHORITY).resolve())
    shutil.copy(root.path / "archive.toml", where / "archive.toml")
    shadow = ArchiveRoot(path=where, config=root.config)
    names = [bag.name for bag in bag_dirs(shadow)]
    pair_words = read_build_meta(current_folder(root)).pair_words if same_pairs else None
    folder = _new_build_folder(shadow)
    whoosh_index.create_in(str(folder), SCHEMA)
    built, chosen = build(folder, shadow.bags, names, load_authority(shadow), pair_words)
    list_segments(folder, built.segments)
    write_build_meta(folder, BuildMeta(pair_words=chosen, pair_articles=len(names)))
    _publish(shadow, folder)
    return shadow


# --- the contents ---------------------------------------------------------------------


def _digest(items) -> str:
    return hashlib.sha1(repr(sorted(items)).encode()).hexdigest()


def _column_default(field):
    """What a segment's column gives a document without a value, as the field reads it back
    (a segment with no column file at all is read as giving the same)."""
    try:
        raw = field.column_type.default_value()
    except AttributeError:      # compressed byte columns have no default of their own: b""
        return b""
    return field.from_column_value(raw)


def index_contents(folder: Path) -> dict:
    """What an index holds, independent of its layout: by id, by term, and its totals."""
    ix = whoosh_index.open_dir(str(folder))
    exact = ExactLengths(ix.schema)
    with ix.reader() as reader:
        live = [d for d in range(reader.doc_count_all()) if not reader.is_deleted(d)]
        stored = {d: reader.stored_fields(d) for d in live}
        ids = {d: stored[d]["id"] for d in live}
        columns = [name for name in ix.schema.names() if ix.schema[name].column_type and reader.has_column(name)]
        readers = {name: DocColumn(reader, name, _column_default(ix.schema[name])) for name in columns}
        documents = {}
        for d in live:
            values = {name: readers[name][d] for name in columns if name != LENGTHS_FIELD}
            lengths = exact.unpack(readers[LENGTHS_FIELD][d]) if LENGTHS_FIELD in readers else []
            quantised = {name: reader.doc_field_length(d, name) or 0 for name in exact.names}   # None or 0: no length
            documents[ids[d]] = (_digest(stored[d].items()), _digest(values.items()), tuple(lengths),
                                 _digest(quantised.items()))
        terms = {}
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            postings = []
            while matcher.is_active():
                if matcher.id() in ids:
                    postings.append((ids[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
            if postings:
                info = reader.term_info(fieldname, btext)
                terms[fieldname, btext] = (_digest(postings), info.doc_frequency(), round(info.weight(), 3))
        totals = {name: reader.field_length(name) for name in exact.names}
        return {"documents": documents, "terms": terms, "totals": totals, "count": len(live),
                "count_all": reader.doc_count_all()}


def content_differences(folder_a: Path, folder_b: Path, limit: int = 10) -> list[str]:
    """What differs between two indexes' contents (empty: nothing), at most ``limit`` lines per kind."""
    a, b = index_contents(folder_a), index_contents(folder_b)
    found: list[str] = []
    for key in ("count", "count_all", "totals"):
        if a[key] != b[key]:
            found.append(f"{key}: {a[key]} != {b[key]}")
    for kind in ("documents", "terms"):
        keys = sorted(set(a[kind]) | set(b[kind]), key=repr)
        differing = [k for k in keys if a[kind].get(k) != b[kind].get(k)]
        found += [f"{kind} {k!r}: {a[kind].get(k)} != {b[kind].get(k)}" for k in differing[:limit]]
        if len(differing) > limit:
            found.append(f"... and {len(differing) - limit} more {kind}")
    return found


# --- the answers ----------------------------------------------------------------------


def _answer(root: ArchiveRoot, query: dict) -> dict:
    result = search(root, limit=20, include_restricted=True, **query)
    return {"total": result.total,
            "hits": [(h.id, h.score, h.snippet) for h in result.hits],
            "facets": result.facets}


def answer_differences(root_a: ArchiveRoot, root_b: ArchiveRoot, queries: list[dict],
                       *, ranking: bool = True) -> list[str]:
    """Queries whose answers differ between two roots. ``ranking=False``: compare the
    result sets (totals, the set of hit ids of an unranked date sort, facets) only."""
    found = []
    for query in queries:
        if not ranking:
            query = {**query, "sort": "date"}
        a, b = _answer(root_a, query), _answer(root_b, query)
        if a != b:
            found.append(f"{query}: {_first_difference(a, b)}")
    return found


def _first_difference(a: dict, b: dict) -> str:
    for key in ("total", "hits", "facets"):
        if a[key] != b[key]:
            return f"{key}: {str(a[key])[:300]} != {str(b[key])[:300]}"
    return "?"


def probe_queries(root: ArchiveRoot, per_kind: int = 6) -> list[dict]:
    """Queries that reach every part of the index: words of several frequencies (rare to
    common), two-word phrases from the texts, AND/OR, people, places, years, sources."""
    ix = whoosh_index.open_dir(str(current_folder(root)))
    with ix.reader() as reader:
        by_field = defaultdict(list)
        for fieldname, btext in reader.all_terms():
            if fieldname in ("text", "person", "place", "pub_year", "source", "title"):
                by_field[fieldname].append((reader.doc_frequency(fieldname, btext), btext.decode("utf-8")))
    queries: list[dict] = []
    for fieldname, terms in by_field.items():
        terms.sort()
        picks = [terms[int(i * (len(terms) - 1) / max(1, per_kind - 1))][1] for i in range(per_kind)] if terms else []
        picks = list(dict.fromkeys(picks))
        if fieldname == "text":
            queries += [{"query": word} for word in picks if word.isalpha()]
            queries += [{"query": f"{a} OR {b}"} for a, b in zip(picks, picks[1:])]
            queries += [{"query": f"{a} AND {b}"} for a, b in zip(picks, picks[2:])]
        elif fieldname == "title":
            queries += [{"query": f'"{a} {b}"'} for a, b in zip(picks, picks[1:]) if a.isalpha() and b.isalpha()]
        elif fieldname == "person":
            queries += [{"person": key} for key in picks]
        elif fieldname == "place":
            queries += [{"place": key} for key in picks]
        elif fieldname == "pub_year":
            queries += [{"query": "", "date_from": year, "date_to": year} for year in picks]
        else:
            queries += [{"query": "", "source": host} for host in picks]
    return queries + _phrases_from_texts(root, per_kind)


def _phrases_from_texts(root: ArchiveRoot, count: int) -> list[dict]:
    """Quoted two-word phrases taken from stored texts (so that each has hits)."""
    ix = whoosh_index.open_dir(str(current_folder(root)))
    phrases = []
    with ix.searcher() as searcher:
        for fields in list(searcher.all_stored_fields())[:count]:
            words = [w for w in (fields.get("text") or "").split() if w.isalpha()]
            if len(words) > 12:
                phrases.append({"query": f'"{words[10]} {words[11]}"'})
                phrases.append({"query": f'"{words[3]} {words[4]}"~2'})
    return phrases


def searchable_ids(root: ArchiveRoot) -> set[str]:
    """The ids a public search can find: every live document that is not restricted."""
    from whoosh.query import Every, Term
    ix = whoosh_index.open_dir(str(current_folder(root)))
    with ix.searcher() as searcher:
        hidden = set(searcher.docs_for_query(Term("restricted", True)))
        ids = DocColumn(searcher.reader(), "id")
        return {ids[d].decode() if isinstance(ids[d], bytes) else ids[d]
                for d in searcher.docs_for_query(Every()) if d not in hidden}
