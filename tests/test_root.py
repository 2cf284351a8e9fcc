"""Archive roots: init, configuration, and refusing what is not a root."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.preservation.config import Config, load_config
from archive.errors import ConfigError, NotAnArchiveRoot, RootExists
from archive.preservation.root import STORES, init_root, open_root


def test_init_makes_the_three_stores_and_a_readable_config(tmp_path: Path) -> None:
    made = init_root(tmp_path / "new", Config(name="Test", source_organization="Org",
                                              contact_email="a@example.org"))
    for store in STORES:
        assert (made.path / store / "README.md").is_file()
    config = load_config(made.path / "archive.toml")
    assert (config.name, config.source_organization, config.contact_email) == ("Test", "Org", "a@example.org")
    assert config.checksums == ("sha256", "sha512")


def test_init_never_resets_an_existing_root(tmp_path: Path) -> None:
    made = init_root(tmp_path, Config(name="First"))
    before = (made.path / "archive.toml").read_bytes()
    with pytest.raises(RootExists):
        init_root(tmp_path, Config(name="Second"))
    assert (made.path / "archive.toml").read_bytes() == before


def test_open_refuses_a_directory_that_is_not_a_root(tmp_path: Path) -> None:
    with pytest.raises(NotAnArchiveRoot, match="not an archive root"):
        open_root(tmp_path)


def test_root_comes_from_the_environment_when_not_given(tmp_path: Path, monkeypatch) -> None:
    init_root(tmp_path / "envroot")
    monkeypatch.setenv("ARCHIVE_ROOT", str(tmp_path / "envroot"))
    assert open_root().path == tmp_path / "envroot"


def test_invalid_config_reports_every_problem(tmp_path: Path) -> None:
    made = init_root(tmp_path)
    text = (made.path / "archive.toml").read_text()
    text = text.replace('checksums = ["sha256", "sha512"]', 'checksums = ["md4", "sha512"]')
    text = text.replace("max_file_bytes = 104857600", "max_file_bytes = -1\ncolour = 'blue'")
    (made.path / "archive.toml").write_text(text)
    with pytest.raises(ConfigError) as caught:
        open_root(made.path)
    details = "\n".join(caught.value.details)
    for expected in ("md4", "must include sha256", "max_file_bytes", "unknown key 'colour'"):
        assert expected in details


def test_init_refuses_invalid_settings(tmp_path: Path) -> None:
    with pytest.raises(ConfigError):
        init_root(tmp_path, Config(checksums=("sha512",)))
    assert not (tmp_path / "archive.toml").exists()


def test_the_repository_itself_is_an_archive_root() -> None:
    repo = Path(__file__).resolve().parent.parent
    opened = open_root(repo)
    assert sorted(p.name for p in (repo / "ingest" / "samples").iterdir() if p.suffix != ".csv")
    assert opened.inbox == repo / "ingest"
