"""The archive root's configuration file, ``archive.toml``.

A small, hand-editable TOML file: who runs this archive (it fills the BagIt
``Source-Organization`` and ``Contact-*`` fields of every bag), which checksum
algorithms every bag carries, and the largest file ingest accepts. It is read
with the standard library's ``tomllib`` and written from a template, so the file
keeps its comments and the archive needs no TOML writer.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

from archive.errors import ConfigError

CONFIG_NAME = "archive.toml"
CONFIG_VERSION = 1

#: algorithms a bag may carry: what RFC 8493 tools commonly read and hashlib guarantees
ALLOWED_ALGORITHMS = ("sha256", "sha512", "sha384", "sha224", "sha1", "md5")
DEFAULT_MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True)
class Config:
    """Settings of one archive root. Every field has a usable default."""

    name: str = "News article archive"
    source_organization: str = "Unnamed archive"
    organization_address: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    checksums: tuple[str, ...] = ("sha256", "sha512")
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    public_agents: bool = False
    config_version: int = CONFIG_VERSION
    extra: dict = field(default_factory=dict, compare=False, repr=False)


_TEMPLATE = """\
# Configuration of an archive root, written by `archive init`. Edit freely;
# `archive` reads it on every command. Values below fill the BagIt bag-info.txt
# of every new bag (RFC 8493 section 2.2.2); changing them never alters a bag
# that is already written.
config_version = {config_version}

# A name for this archive, shown by `archive list` and the web site.
name = {name}

# bag-info.txt: Source-Organization, Organization-Address, Contact-Name,
# Contact-Email, Contact-Phone. Empty values are left out of the bags.
source_organization = {source_organization}
organization_address = {organization_address}
contact_name = {contact_name}
contact_email = {contact_email}
contact_phone = {contact_phone}

# Checksum algorithms of every new bag's manifests. sha256 is required: the
# item identifier and citations are derived from it. Allowed: {allowed}.
checksums = {checksums}

# Files larger than this many bytes are refused by `archive ingest`.
max_file_bytes = {max_file_bytes}

# Whether the public web site shows the people of provenance (an operator's login@host,
# who ran an audit). false: it shows the organization and the software only.
public_agents = {public_agents}
"""


def _toml_value(value: object) -> str:
    """Render a str, int or list of str as TOML (JSON strings are valid TOML basic strings)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def render_config(config: Config) -> str:
    """The text of ``archive.toml`` for ``config``."""
    values = {f.name: _toml_value(getattr(config, f.name)) for f in fields(config) if f.name != "extra"}
    return _TEMPLATE.format(allowed=", ".join(ALLOWED_ALGORITHMS), **values)


def validate_config(config: Config) -> list[str]:
    """Every problem with ``config``, as sentences naming the key."""
    problems: list[str] = []
    for key in config.extra:
        problems.append(f"unknown key {key!r}")
    if config.config_version != CONFIG_VERSION:
        problems.append(f"config_version {config.config_version!r} is not {CONFIG_VERSION}")
    for name in ("name", "source_organization", "organization_address",
                 "contact_name", "contact_email", "contact_phone"):
        value = getattr(config, name)
        if not isinstance(value, str):
            problems.append(f"{name} must be a string")
        elif any(ch in value for ch in "\r\n"):
            problems.append(f"{name} must be a single line")
    algorithms = config.checksums
    if not isinstance(algorithms, tuple) or not all(isinstance(a, str) for a in algorithms):
        problems.append("checksums must be a list of algorithm names")
    else:
        for algorithm in algorithms:
            if algorithm not in ALLOWED_ALGORITHMS or algorithm not in hashlib.algorithms_available:
                problems.append(f"checksum algorithm {algorithm!r} is not one of {', '.join(ALLOWED_ALGORITHMS)}")
        if "sha256" not in algorithms:
            problems.append("checksums must include sha256")
        if len(set(algorithms)) != len(algorithms):
            problems.append("checksums lists an algorithm twice")
    if not isinstance(config.max_file_bytes, int) or isinstance(config.max_file_bytes, bool) \
            or config.max_file_bytes <= 0:
        problems.append("max_file_bytes must be a positive whole number")
    if not isinstance(config.public_agents, bool):
        problems.append("public_agents must be true or false")
    return problems


def load_config(path: Path) -> Config:
    """Read and validate ``archive.toml``; raise ``ConfigError`` listing every problem."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the archive configuration: {exc}") from exc
    known = {f.name for f in fields(Config)} - {"extra"}
    values = {k: v for k, v in raw.items() if k in known}
    if isinstance(values.get("checksums"), list):
        values["checksums"] = tuple(values["checksums"])
    config = Config(**values, extra={k: v for k, v in raw.items() if k not in known})
    problems = validate_config(config)
    if problems:
        raise ConfigError(f"{path}: invalid archive configuration", problems)
    return config
