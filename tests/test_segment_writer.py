"""The bulk segment writer against Whoosh's own writer, on real seeds and invented articles.

The writer is only trustworthy if Whoosh reads back exactly what its own
writer would have written, so these tests compare the files themselves.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from whoosh import index as whoosh_index
from whoosh.index import TOC

from archive.search.analysis import (FoldingTokenizer, body_fields, fold_words, folded_words, heading_fields, pair_terms,
                              PackedPositions, pack_positions, unpack_positions)
from archive.preservation.catalog import load_item
from archive.description.derive import derive
from archive.search.field_lengths import LENGTHS_FIELD, ExactLengths
from archive.search.schema import SCHEMA, document_for
from archive.preservation.ingest import ingest
from archive.search.segment_writer import SegmentBuilder

#: Words with every kind of folding: case, accents, Cyrillic ё/й, a Greek final
#: sigma, Turkish dotted capital I, German ß, inner dots and digits.
UNICODE_WORDS = ["Almaty", "ALMATY", "Café", "CAFÉ", "naïve", "Ёлка", "Йошкар", "Алматы", "ОДΟΣ",
                 "Σίσυφος", "İstanbul", "Straße", "U.S.", "2.5", "2004", "Қазақстан", "Ғалым",
                 "don't", "e-mail", "№5", "x_y"]


def invented_documents(count: int, seed: int = 7) -> list[dict]:
    """Documents as document_for gives them, of invented text: common words, rare words, names."""
    rng = random.Random(seed)
    common = "the of and a in to harbour board sea wall said council plan market hall".split()
    rare = [f"quill{n}" for n in range(400)]
    docs = []
    for number in range(count):
        words = [rng.choice(common) if rng.random() < 0.6 else rng.choice(rare + UNICODE_WORDS)
                 for _ in range(rng.randint(0, 120))]
        doc = {"id": f"{number:016x}", "sha256": "0" * 64, "title": " ".join(words[:6]) or "Untitled",
               "text": " ".join(words) + ("." if words else ""), "kind": "text",
               "restricted": number % 17 == 0, "undated": number % 3 == 0,
               "person": ",".join(rng.sample(["zhakianov", "ablasov", "nasarbaev", "galimjan jakianov"],
                                             rng.randint(0, 3))),
               "authors": "Dana Invented,Olga Made-Up" if number % 5 == 0 else "",
               "_stored_authors": ["Dana Invented", "Olga Made-Up"] if number % 5 == 0 else [],
               "ingested": f"2026-11-{1 + number % 28:02d}T10:00:00Z"}
        if number % 3:
            doc.update(pub_earliest=19950101 + number, pub_latest=19950101 + number,
                       pub_year=str(1995 + number % 10))
        if number % 4 == 0:
            doc["standfirst"] = " ".join(rng.choice(common) for _ in range(12))
        docs.append({name: value for name, value in doc.items() if value not in (None, "")})
    return docs


@pytest.fixture(scope="module")
def seed_documents(tmp_path_factory) -> list[dict]:
    from tests.conftest import shared
    from archive.preservation.root import init_root
    root = init_root(tmp_path_factory.mktemp("seeds") / "archive")
    ingest(root, [shared("corpus", "seeds")])
    return [document_for(derive(load_item(bag))) for bag in sorted(root.bags.iterdir())
            if bag.is_dir() and not bag.name.startswith(".")]


def whoosh_written(folder: Path, docs: list[dict], pair_words: frozenset[str]) -> Path:
    """``docs`` written by Whoosh's own writer (given the body fields the builder derives)."""
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    writer = ix.writer(procs=1, limitmb=64, compound=False)
    for doc in docs:
        extra = body_fields(doc["text"], pair_words) if "text" in doc else {}
        extra.update(heading_fields(doc))
        extra[LENGTHS_FIELD] = ExactLengths(SCHEMA).of_fields(SCHEMA, {**doc, **extra})
        writer.add_document(**doc, **extra)
    writer.commit()
    return folder


def builder_written(folder: Path, docs: list[dict], pair_words: frozenset[str], *, limitmb: int,
                    whoosh_identical: bool = True) -> Path:
    folder.mkdir()
    ix = whoosh_index.create_in(str(folder), SCHEMA)
    (folder / "MAIN.tmp").mkdir()
    builder = SegmentBuilder(ix, limitmb=limitmb, pair_words=pair_words, whoosh_identical=whoosh_identical)
    for doc in docs:
        builder.add(**doc)
    segment = builder.finish()
    TOC(ix.schema, [segment], ix.latest_generation() + 1).write(ix.storage, ix.indexname)
    return folder


def segment_files(folder: Path) -> dict[str, bytes]:
    """Each file of the folder's one segment by its part name (the segment id left out)."""
    found = {}
    for path in folder.iterdir():
        if path.name.startswith("MAIN_") and "." in path.name and path.is_file():
            found[path.name.split(".", 1)[1]] = path.read_bytes()
    return found


PAIR_WORDS = frozenset("the of and a in to sea wall said board".split())


@pytest.mark.parametrize("limitmb", [0, 64], ids=["a run per document", "no runs"])
def test_the_segment_is_byte_for_byte_the_one_whoosh_writes(tmp_path, seed_documents, limitmb):
    docs = seed_documents + invented_documents(400)
    ours = segment_files(builder_written(tmp_path / "ours", docs, PAIR_WORDS, limitmb=limitmb))
    theirs = segment_files(whoosh_written(tmp_path / "whoosh", docs, PAIR_WORDS))
    assert sorted(ours) == sorted(theirs)
    assert {"pst", "trm", "_stored.col", "text_words.col", "_text_len.col"} <= set(ours)
    for part in theirs:
        assert ours[part] == theirs[part], part


def test_remembered_analyses_change_nothing_when_their_memory_starts_again(tmp_path, seed_documents,
                                                                           monkeypatch):
    """Short fields' analyses are remembered per value; cleared after every value, the files
    are still Whoosh's."""
    import archive.search.segment_writer as segment_writer
    monkeypatch.setattr(segment_writer, "REMEMBERED_VALUES", 1)
    docs = seed_documents + invented_documents(120, seed=5)
    ours = segment_files(builder_written(tmp_path / "ours", docs, PAIR_WORDS, limitmb=64))
    theirs = segment_files(whoosh_written(tmp_path / "whoosh", docs, PAIR_WORDS))
    assert ours == theirs


def postings(reader) -> dict:
    out = {}
    for fieldname, term in reader.all_terms():
        matcher = reader.postings(fieldname, term)
        found = []
        while matcher.is_active():
            found.append((matcher.id(), matcher.weight(), matcher.value()))
            matcher.next()
        out[fieldname, term] = found
    return out


def term_statistics(reader) -> dict:
    """What the term table says of each term (the scorer and the block-skipping read these)."""
    out = {}
    for fieldname, term in reader.all_terms():
        info = reader.term_info(fieldname, term)
        out[fieldname, term] = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(),
                                info.max_weight(), info.min_id(), info.max_id())
    return out


@pytest.mark.parametrize("limitmb", [0, 1, 64], ids=["a run per document", "a few runs", "no runs"])
def test_with_small_blocks_left_plain_whoosh_reads_the_same_index(tmp_path, seed_documents, limitmb):
    """Rare terms are written in the term table by a shorter way than others (_inline_term)
    when all their postings are in one piece: with and without runs to merge."""
    docs = seed_documents + invented_documents(300, seed=11)
    ours = whoosh_index.open_dir(str(builder_written(tmp_path / "ours", docs, PAIR_WORDS, limitmb=limitmb,
                                                     whoosh_identical=False)))
    theirs = whoosh_index.open_dir(str(whoosh_written(tmp_path / "whoosh", docs, PAIR_WORDS)))
    with ours.reader() as a, theirs.reader() as b:
        assert postings(a) == postings(b)
        assert term_statistics(a) == term_statistics(b)
        inlined = [key for key in a.all_terms() if a.term_info(*key).is_inlined()]
        assert len(inlined) > 100
        assert list(a.all_stored_fields()) == list(b.all_stored_fields())
        for name in ("text", "title", "standfirst", "person"):
            assert [a.doc_field_length(d, name) for d in range(len(docs))] == \
                   [b.doc_field_length(d, name) for d in range(len(docs))]
        words_a, words_b = a.column_reader("text_words"), b.column_reader("text_words")
        assert [words_a[d] for d in range(len(docs))] == [words_b[d] for d in range(len(docs))]
    plain = (tmp_path / "ours").glob("*.pst")
    assert sum(p.stat().st_size for p in plain) != sum(p.stat().st_size for p in (tmp_path / "whoosh").glob("*.pst"))


def test_fields_the_writer_derives_cannot_be_given(tmp_path):
    (tmp_path / "x").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "x"), SCHEMA)
    builder = SegmentBuilder(ix, limitmb=8)
    with pytest.raises(ValueError, match="text_pairs"):
        builder.add(id="a", text="sea wall", text_pairs=["sea wall"])
    with pytest.raises(ValueError, match="nosuchfield"):
        builder.add(id="a", nosuchfield="x")
    builder.cancel()


def test_an_empty_builder_writes_no_segment(tmp_path):
    (tmp_path / "x").mkdir()
    ix = whoosh_index.create_in(str(tmp_path / "x"), SCHEMA)
    (tmp_path / "x" / "MAIN.tmp").mkdir()
    assert SegmentBuilder(ix, limitmb=8).finish() is None


# --- analysis ---------------------------------------------------------------------------


def test_fold_words_gives_the_analyzers_tokens(seed_documents):
    analyzer = FoldingTokenizer()
    texts = [doc["text"] for doc in seed_documents] + [" ".join(UNICODE_WORDS), "", "  ...  ", "ΟΔΟΣ ΟΔΟΣ."]
    for text in texts:
        assert fold_words(text) == [token.text for token in analyzer(text)]
        assert folded_words(text).split("\x00") == (fold_words(text) or [""])
    # accent_map folds Latin diacritics only; Cyrillic and Greek letters keep theirs.
    assert fold_words("Café NAÏVE Ёлка Σίσυφος") == ["cafe", "naive", "ёлка", "σίσυφος"]


def test_positions_round_trip_through_the_packed_format():
    for positions in ([0], [3, 9, 70000], list(range(0, 65536, 7))):
        packed = pack_positions(positions)
        assert list(unpack_positions(packed)) == positions
        fmt = PackedPositions(field_boost=2.0)
        assert fmt.decode_positions(packed) == positions
        assert fmt.decode_frequency(packed) == len(positions)
        assert fmt.decode_weight(packed) == 2.0 * len(positions)


def test_pair_terms_are_adjacent_pairs_of_pair_words_only():
    words = "the sea wall of the old town the sea".split()
    assert pair_terms(words, frozenset("the sea wall of".split())) == ["the sea", "sea wall", "wall of",
                                                                       "of the", "the sea"]
    assert pair_terms(words, frozenset()) == []
    assert pair_terms(["sea"], frozenset(["sea"])) == []


def test_folding_skips_translation_only_where_it_would_change_nothing():
    from whoosh.support.charset import accent_map
    from archive.search.analysis import fold
    assert all(fold(chr(c)) == chr(c).lower().translate(accent_map) for c in range(0x10000))
    assert fold("“Café” — ÉTÉ Алматы") == "“cafe” — ete алматы"


def test_snippet_matches_are_the_index_words_equal_to_a_term(seed_documents):
    from archive.search.analysis import WORD, fold
    from archive.search.snippets import _match_spans
    texts = [doc["text"] for doc in seed_documents] + [
        "U.S. a.sea sea. .sea sea_x x.sea.y sea.b  sea wall. Wall-sea ½sea sea² Café CAFÉ naïve"]
    for text in texts:
        words = sorted({fold(w) for w in WORD.findall(text)})
        for terms in (frozenset(words[::7]), frozenset(["sea", "u.s", "cafe", "the"])):
            expected = [m.span() for m in WORD.finditer(text) if fold(m.group()) in terms]
            assert _match_spans(text, terms) == expected
