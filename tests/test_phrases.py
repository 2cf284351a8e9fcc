"""Phrases in the body text (indexed without positions) match exactly what Whoosh's positions match."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema
from whoosh.index import TOC
from whoosh.query import Phrase

from archive.search.analysis import FoldingTokenizer, fold_words, heading_pair_term, heading_pair_terms
from archive.search.index import read_build_meta, current_folder
from archive.search.index_update import index_items
from archive.search.reindex import reindex
from archive.search.schema import SCHEMA
from archive.preservation.ingest import ingest
from archive.search.phrases import (PAIR_MIN_ARTICLES, PAIR_SHARE, FieldPhrase, choose_pair_words,
                             document_frequencies, phrase_docs)
from archive.search.searching import search
from archive.search.segment_writer import SegmentBuilder
from tests.test_segment_writer import invented_documents

PAIR_WORDS = frozenset("the of and a in to sea wall said board harbour".split())


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    """The same invented documents in our index (two segments, pair words) and in a Whoosh
    index whose text field keeps positions, the reference for what a phrase matches."""
    folder = tmp_path_factory.mktemp("phrases")
    docs = invented_documents(500, seed=3)
    ours = folder / "ours"
    ours.mkdir()
    ix = whoosh_index.create_in(str(ours), SCHEMA)
    (ours / "MAIN.tmp").mkdir()
    segments = []
    for part in (docs[:230], docs[230:]):
        builder = SegmentBuilder(ix, limitmb=1, pair_words=PAIR_WORDS)
        for doc in part:
            builder.add(**doc)
        segments.append(builder.finish())
    TOC(ix.schema, segments, ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    reference = folder / "reference"
    reference.mkdir()
    ref = whoosh_index.create_in(str(reference), Schema(id=ID(stored=True), text=TEXT(analyzer=FoldingTokenizer())))
    with ref.writer() as writer:
        for doc in docs:
            writer.add_document(id=doc["id"], text=doc.get("text", ""))
    return whoosh_index.open_dir(str(ours)), ref, docs


def phrases(docs: list[dict], count: int, seed: int) -> list[list[str]]:
    """Phrases of 2-4 words: most taken from the documents (so they match), some made up."""
    rng = random.Random(seed)
    texts = [fold_words(doc.get("text", "")) for doc in docs]
    texts = [words for words in texts if len(words) > 4]
    vocabulary = sorted({w for words in texts for w in words})
    out = []
    for number in range(count):
        length = rng.choice((2, 2, 2, 3, 4))
        if number % 4 == 3:
            out.append([rng.choice(vocabulary) for _ in range(length)])
        else:
            words = rng.choice(texts)
            start = rng.randrange(len(words) - length)
            out.append(words[start:start + length])
    return out


def ids(searcher, docnums) -> set[str]:
    return {searcher.stored_fields(d)["id"] for d in docnums}


@pytest.mark.parametrize("slop", [1, 2, 3])
def test_body_phrases_match_what_positions_match(indexes, slop):
    ours, reference, docs = indexes
    matched = 0
    with ours.searcher() as mine, reference.searcher() as theirs:
        for words in phrases(docs, 150, seed=slop):
            expected = ids(theirs, theirs.docs_for_query(Phrase("text", words, slop=slop)))
            found = ids(mine, mine.docs_for_query(FieldPhrase(words, slop=slop, pair_words=PAIR_WORDS)))
            assert found == expected, (words, slop)
            assert ids(mine, phrase_docs(mine.reader(), words, slop, PAIR_WORDS)) == expected
            matched += bool(expected)
    assert matched >= 90     # most phrases are taken from the texts, so most match something


@pytest.mark.parametrize("slop", [1, 2])
def test_title_and_standfirst_phrases_match_what_whoosh_phrases_match(indexes, slop):
    ours, _, docs = indexes
    with ours.searcher() as searcher:
        titles = [{"text": doc.get("title", "")} for doc in docs] + [{"text": doc.get("standfirst", "")} for doc in docs]
        for words in phrases(titles, 120, seed=10 + slop):
            for fieldname in ("title", "standfirst"):
                expected = set(searcher.docs_for_query(Phrase(fieldname, words, slop=slop)))
                found = set(searcher.docs_for_query(FieldPhrase(words, slop=slop, fieldname=fieldname)))
                assert found == expected, (fieldname, words, slop)


def test_heading_pairs_are_every_adjacent_pair_of_title_and_standfirst(indexes):
    ours, _, docs = indexes
    with ours.searcher() as searcher:
        reader = searcher.reader()
        for number in (0, 4, 8):
            doc = docs[number]
            for fieldname in ("title", "standfirst"):
                words = fold_words(doc.get(fieldname, ""))
                for a, b in zip(words, words[1:]):
                    term = heading_pair_term(fieldname, a, b)
                    assert number in set(reader.postings("heading_pairs", term).all_ids()), term
    assert heading_pair_terms("title", ["sea", "wall", "fell"]) == ["title:sea wall", "title:wall fell"]
    assert heading_pair_terms("title", ["sea"]) == []


def test_a_phrase_of_pair_words_needs_no_confirming_and_one_without_does(indexes):
    ours, reference, docs = indexes
    with ours.searcher() as mine, reference.searcher() as theirs:
        for words in (["sea", "wall"], ["the", "harbour"], ["wall", "sea"], ["the", "sea", "wall"],
                      ["quill7", "the"], ["sea", "quill12", "wall"]):
            expected = ids(theirs, theirs.docs_for_query(Phrase("text", words)))
            assert ids(mine, mine.docs_for_query(FieldPhrase(words, pair_words=PAIR_WORDS))) == expected
            # Without pair words every phrase is confirmed from the folded words: same answer.
            assert ids(mine, mine.docs_for_query(FieldPhrase(words))) == expected


def test_search_ranks_the_article_using_a_phrase_most_often_first(root, inbox):
    for number in range(30):
        (inbox / f"n{number:02d}.txt").write_text(
            f"Note {number}\n\nThe sea wall was mentioned once, with harbour news {number}.\n", encoding="utf-8")
    (inbox / "often.txt").write_text("Often\n\nThe sea wall, the sea wall, and the sea wall again.\n",
                                     encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    result = search(root, '"sea wall"')
    assert result.total == 31 and result.hits[0].title == "Often"
    assert "[[sea]] [[wall]]" in result.hits[0].snippet


def test_phrase_hits_are_scored_by_their_words(indexes):
    ours, _, _ = indexes
    with ours.searcher() as searcher:
        results = searcher.search(FieldPhrase(["sea", "wall"], pair_words=PAIR_WORDS), limit=None)
        assert len(results) > 20
        scores = [hit.score for hit in results]
        assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1] > 0


def test_deleted_documents_never_match(tmp_path):
    folder = tmp_path / "ix"
    folder.mkdir()
    docs = [{"id": f"{n:016x}", "text": "the sea wall held" if n % 2 else "a sea wall fell"} for n in range(6)]
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    (folder / "MAIN.tmp").mkdir()
    builder = SegmentBuilder(ix, limitmb=8, pair_words=PAIR_WORDS)
    for doc in docs:
        builder.add(**doc)
    TOC(ix.schema, [builder.finish()], ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    with ix.writer() as writer:
        writer.delete_by_term("id", docs[1]["id"])
    ix = whoosh_index.open_dir(str(folder))
    with ix.searcher() as searcher:
        for words in (["sea", "wall"], ["sea", "wall", "held"]):
            found = ids(searcher, searcher.docs_for_query(FieldPhrase(words, pair_words=PAIR_WORDS)))
            assert docs[1]["id"] not in found and len(found) == (5 if len(words) == 2 else 2)


# --- choosing pair words ---------------------------------------------------------------


def test_pair_words_are_the_words_of_a_large_share_of_the_sample():
    texts = ["the sea wall"] * 8 + ["the harbour"] * 2 + [f"rare{n} the" for n in range(90)]
    frequencies, sampled = document_frequencies(texts)
    assert sampled == 100 and frequencies["the"] == 100 and frequencies["sea"] == 8
    chosen = choose_pair_words(frequencies, sampled, articles=10_000)
    assert "the" in chosen and "rare3" not in chosen
    assert ("sea" in chosen) == (8 >= PAIR_SHARE * 100)
    assert choose_pair_words(frequencies, sampled, articles=PAIR_MIN_ARTICLES - 1) == frozenset()


def test_a_reindex_records_its_pair_words_and_additions_keep_them(root, inbox, tmp_path):
    rng = random.Random(5)
    for number in range(PAIR_MIN_ARTICLES + 10):
        words = " ".join(rng.choice(["tidemark", "ledger", "ferry", f"odd{number}"]) for _ in range(30))
        (inbox / f"note-{number:03d}.txt").write_text(f"Note {number}\n\nThe sea wall {words}.\n",
                                                      encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    meta = read_build_meta(current_folder(root))
    assert {"the", "sea", "wall", "ferry"} <= meta.pair_words and "odd7" not in meta.pair_words
    assert meta.pair_articles == PAIR_MIN_ARTICLES + 10
    assert search(root, '"sea wall"').total == PAIR_MIN_ARTICLES + 10
    more = tmp_path / "more"
    more.mkdir()
    (more / "late.txt").write_text("Late note\n\nNo wall by the sea, only a sea wall.\n", encoding="utf-8")
    added = ingest(root, [more]).outcomes[0].id
    folder = current_folder(root)
    index_items(root, [added])
    assert current_folder(root) == folder                       # added to, not rebuilt
    assert read_build_meta(folder).pair_words == meta.pair_words
    assert search(root, '"sea wall"').total == PAIR_MIN_ARTICLES + 11
    assert search(root, '"wall by the sea"').total == 1


def test_pair_words_chosen_for_a_small_archive_are_replaced_once_it_has_grown(root, inbox, tmp_path):
    (inbox / "first.txt").write_text("First\n\nThe sea wall.\n", encoding="utf-8")
    ingest(root, [inbox])
    reindex(root)
    assert read_build_meta(current_folder(root)).pair_words == frozenset()   # too few to choose
    more = tmp_path / "more"
    more.mkdir()
    for number in range(PAIR_MIN_ARTICLES):
        (more / f"n{number:03d}.txt").write_text(f"N {number}\n\nThe sea wall again {number}.\n",
                                                 encoding="utf-8")
    new_ids = [o.id for o in ingest(root, [more]).outcomes]
    report = index_items(root, new_ids)
    assert report.indexed == PAIR_MIN_ARTICLES + 1              # rebuilt whole, with pair words now
    assert {"sea", "wall"} <= read_build_meta(current_folder(root)).pair_words


# --- through archive search ----------------------------------------------------------------


def test_search_finds_a_phrase_exactly_where_the_seed_texts_have_it(indexed_seeds):
    from archive.preservation.catalog import bag_dirs, load_item
    from archive.description.derive import derive
    texts = {bag.name: fold_words(derive(load_item(bag)).text) for bag in bag_dirs(indexed_seeds)}
    counts = Counter(tuple(words[i:i + 2]) for words in texts.values() for i in range(len(words) - 1))
    shared = [pair for pair, n in counts.most_common(200) if all(w.isalpha() for w in pair)][:15]
    for first, second in shared:
        expected = {name for name, words in texts.items()
                    if any(words[i:i + 2] == [first, second] for i in range(len(words) - 1))}
        result = search(indexed_seeds, f'text:"{first} {second}"', limit=100)
        assert {hit.id for hit in result.hits} == expected, (first, second)
    assert search(indexed_seeds, '"galymzhan zhakiyanov" OR "zhakiyanov galymzhan"').total >= 1
    assert search(indexed_seeds, 'NOT "the"').total == 0
