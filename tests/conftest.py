"""Shared fixtures: real archive roots in tmp_path, the real seeds, the real CLI."""

from __future__ import annotations

import os
from html.parser import HTMLParser
from pathlib import Path

import bagit
import pytest
from click.testing import CliRunner

from archive.preservation.catalog import bag_dirs
from archive.cli.app import main
from archive.preservation.root import ArchiveRoot, init_root

REPO = Path(__file__).resolve().parent.parent
#: The project's shared material beside the checkout (the real seed articles, the Library of
#: Congress BagIt conformance suite). A clone on its own has none: the tests that need it skip,
#: unless ARCHIVE_REQUIRE_SHARED=1 (as .ci/run sets), which makes its absence a failure.
SHARED = Path(os.environ.get("ARCHIVE_SHARED") or REPO.parent / "shared")
SEEDS = SHARED / "corpus" / "seeds"
REQUIRE_SHARED = "ARCHIVE_REQUIRE_SHARED"


def shared(*parts: str) -> Path:
    """A path in the shared material; skips the calling test (fails, under CI) when it is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        why = (f"needs {path}: the project's shared material (real seed articles, BagIt conformance "
               f"suite), which lives beside the checkout in ../shared and is not in the repository")
        if os.environ.get(REQUIRE_SHARED) == "1":
            pytest.fail(why)
        pytest.skip(why)
    return path


@pytest.fixture
def root(tmp_path: Path) -> ArchiveRoot:
    """A fresh, initialised archive root."""
    return init_root(tmp_path / "archive")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """An empty folder to put source files in (outside the archive root)."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


@pytest.fixture
def seeds() -> Path:
    return shared("corpus", "seeds")


@pytest.fixture
def cli(root: ArchiveRoot):
    """Run the real ``archive`` command on ``root``: cli("ingest", path) -> click Result."""
    runner = CliRunner()

    def run(*args: str, env: dict | None = None):
        return runner.invoke(main, [str(a) for a in args],
                             env={"ARCHIVE_ROOT": str(root.path), **(env or {})},
                             catch_exceptions=False)
    return run


@pytest.fixture
def indexed_seeds(root: ArchiveRoot, seeds: Path) -> ArchiveRoot:
    """A root holding the five seeds, archived and indexed."""
    from archive.search.reindex import reindex
    from archive.preservation.ingest import ingest
    ingest(root, [seeds])
    reindex(root)
    return root


def bags(root: ArchiveRoot) -> list[Path]:
    return list(bag_dirs(root))


def assert_valid_bags(root: ArchiveRoot) -> list[Path]:
    """Every bag in the store validates with bagit-python; returns them."""
    found = bags(root)
    for bag in found:
        bagit.Bag(str(bag)).validate()
    return found


def snapshot(root: ArchiveRoot) -> dict[str, tuple[int, int]]:
    """(size, mtime_ns) of every file in bags/ except the lock, to prove nothing changed."""
    result = {}
    for folder, _, files in os.walk(root.bags):
        for name in files:
            path = Path(folder) / name
            if path != root.lock_file:
                info = path.stat()
                result[str(path.relative_to(root.bags))] = (info.st_size, info.st_mtime_ns)
    return result


# --- the web front end's archive: built once per test session, only ever read ----------------

#: An invented restricted article: it must never show anywhere on the web site.
RESTRICTED_TEXT = (
    "Closed session on the Zanzibarite ledger\n\n"
    "ALMATY, 3 March 2005 \u2014 Mukhtar Ablyazov was named in a closed hearing about the "
    "Zanzibarite ledger, a confidential register that Galymzhan Zhakiyanov also described.\n")
#: An invented public article with asserted date, source and language.
PUBLIC_TEXT = (
    "Harbour board approves the sea wall repairs\n\n"
    "CALDEN BAY, 14 June 2003 \u2014 The harbour board approved the sea wall repairs on "
    "Tuesday. Erlan Qoshanov, the board's chair, said the work would start in July.\n")


def build_web_archive(folder: Path, seeds: Path) -> ArchiveRoot:
    """A root with the five seeds, one invented public and one invented restricted article, indexed.

    The seeds get asserted dates (000: 2002-05-13, 002: 2002-11-20) and sources
    through a metadata.csv; 001 keeps its dateline date (2004-04-06); 003, 004 stay undated.
    """
    from archive.search.reindex import reindex
    from archive.preservation.ingest import ingest
    root = init_root(folder / "archive")
    extra = folder / "extra"
    extra.mkdir()
    (extra / "restricted.txt").write_text(RESTRICTED_TEXT, encoding="utf-8")
    (extra / "harbour.txt").write_text(PUBLIC_TEXT, encoding="utf-8")
    (extra / "metadata.csv").write_text(
        "filename,dc.source,dc.date,dc.language,dcterms.accessRights\n"
        "restricted.txt,https://secret.example/ledger,2005-03-03,en,restricted\n"
        "harbour.txt,https://www.caldenbay.example/news/1,2003-06-14,en,\n", encoding="utf-8")
    seeds_meta = folder / "seeds-metadata.csv"
    names = sorted(p.name for p in seeds.iterdir() if p.suffix == ".txt")
    rows = {names[0]: "https://www.eurasia.example/a,2002-05-13",
            names[2]: "https://www.steppe.example/b,2002-11-20"}
    seeds_meta.write_text("filename,dc.source,dc.date\n" + "".join(
        f"{name},{row}\n" for name, row in rows.items()), encoding="utf-8")
    ingest(root, [seeds], metadata_file=seeds_meta)
    ingest(root, [extra])
    reindex(root)
    return root


@pytest.fixture(scope="session")
def web_archive(tmp_path_factory) -> ArchiveRoot:
    """The web tests' archive (see build_web_archive). Session-wide: tests must never write to it."""
    return build_web_archive(tmp_path_factory.mktemp("web"), shared("corpus", "seeds"))


@pytest.fixture
def client(web_archive: ArchiveRoot):
    """The real Flask app on the web archive, through its test client."""
    from web import create_app
    return create_app({"ARCHIVE_ROOT": str(web_archive.path), "TESTING": True}).test_client()


class _Tags(HTMLParser):
    """Counts start tags by name: how a browser would see the page's elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1


def tag_count(html: str, tag: str) -> int:
    """How many ``<tag>`` elements a browser would build from ``html`` (e.g. live scripts)."""
    parser = _Tags()
    parser.feed(html)
    return parser.tags.get(tag, 0)
