"""Archive roots: the directory holding the three stores and ``archive.toml``.

``ingest/`` is the inbox archivists drop files into, ``bags/`` the preservation
store (one BagIt bag per item, the truth), ``index/`` the derived search index
that can always be rebuilt from the bags. Every command works on one root: the
``--root`` option, else ``ARCHIVE_ROOT``, else the current directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from archive.preservation.config import CONFIG_NAME, Config, load_config, render_config, validate_config
from archive.errors import ConfigError, NotAnArchiveRoot, RootExists, StoreUnwritable, UsageError

STORES = ("ingest", "bags", "index")
ROOT_ENV = "ARCHIVE_ROOT"

_STORE_READMES = {
    "ingest": "The inbox. Put source articles here (any folder depth, with an optional\n"
              "metadata.csv per folder) and run `archive ingest`. Ingest copies them into\n"
              "bags and never changes or deletes what is here.\n",
    "bags": "The preservation store: one BagIt (RFC 8493) bag per archived item, named\n"
            "by its identifier. Bags are written once, atomically, and never edited.\n"
            "`.staging/` holds bags being built; an interrupted run's leftovers there are\n"
            "removed by the next run.\n",
    "index": "The derived search index. Everything here can be rebuilt from bags/ and\n"
             "may be deleted at any time.\n",
}


@dataclass(frozen=True)
class ArchiveRoot:
    """An opened archive root and its configuration."""

    path: Path
    config: Config

    @property
    def inbox(self) -> Path:
        return self.path / "ingest"

    @property
    def bags(self) -> Path:
        return self.path / "bags"

    @property
    def index(self) -> Path:
        return self.path / "index"

    @property
    def staging(self) -> Path:
        """Where bags are built: inside ``bags/`` so the final rename stays on one filesystem."""
        return self.bags / ".staging"

    @property
    def lock_file(self) -> Path:
        return self.bags / ".lock"


def resolve_root_path(root: str | os.PathLike | None = None) -> Path:
    """The root asked for: the argument, else ``$ARCHIVE_ROOT``, else the current directory."""
    chosen = root if root not in (None, "") else os.environ.get(ROOT_ENV) or os.getcwd()
    return Path(chosen).expanduser().absolute()


def open_root(root: str | os.PathLike | None = None) -> ArchiveRoot:
    """Open an existing archive root, or say clearly why the directory is not one."""
    path = resolve_root_path(root)
    config_path = path / CONFIG_NAME
    if not config_path.is_file():
        raise NotAnArchiveRoot(
            f"{path} is not an archive root (no {CONFIG_NAME}); run `archive init {path}` "
            f"or pass --root / set {ROOT_ENV}")
    config = load_config(config_path)
    missing = [s for s in STORES if not (path / s).is_dir()]
    if missing:
        raise NotAnArchiveRoot(f"{path} is missing its stores: {', '.join(missing)}; "
                               f"run `archive init {path}` to recreate them")
    return ArchiveRoot(path=path, config=config)


def init_root(root: str | os.PathLike | None = None, config: Config | None = None) -> ArchiveRoot:
    """Make ``root`` an archive root: the three stores, their READMEs and ``archive.toml``.

    Existing files are never overwritten; a directory that already has an
    ``archive.toml`` is refused, so re-running init cannot reset a live archive.
    """
    path = resolve_root_path(root)
    config = config or Config()
    problems = validate_config(config)
    if problems:
        raise ConfigError("invalid settings for the new archive", problems)
    config_path = path / CONFIG_NAME
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path} exists and is not a directory: an archive root is a directory")
    if config_path.exists():
        raise RootExists(f"{path} is already an archive root ({CONFIG_NAME} exists)")
    try:
        for store in STORES:
            (path / store).mkdir(parents=True, exist_ok=True)
            readme = path / store / "README.md"
            if not readme.exists():
                readme.write_text(f"# {store}/\n\n{_STORE_READMES[store]}", encoding="utf-8")
        tmp = config_path.with_name(CONFIG_NAME + ".tmp")
        tmp.write_text(render_config(config), encoding="utf-8")
        os.replace(tmp, config_path)
    except OSError as exc:
        raise StoreUnwritable(f"cannot make {path} an archive root: {exc.strerror or exc}"
                              + (f" ({exc.filename})" if exc.filename else "")) from exc
    return open_root(path)
