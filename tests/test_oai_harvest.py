"""A real OAI-PMH harvester (Sickle, from PyPI) against a live ``archive serve`` on loopback.

The server is the real command (gunicorn, two worker processes) on the web
archive, with two records per response (``ARCHIVE_OAI_PAGE_SIZE``) so the
harvest has to follow resumption tokens. Every wait is bounded.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from sickle import Sickle
from sickle.iterator import OAIResponseIterator
from sickle.oaiexceptions import IdDoesNotExist, NoRecordsMatch

from archive.search.searching import search

START_TIMEOUT_S = 30
REQUEST_TIMEOUT_S = 10
REPO = "news-article-archive"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_answering(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"archive serve exited with {process.returncode}: "
                                 f"{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.2)
    raise AssertionError(f"archive serve did not answer within {START_TIMEOUT_S} s")


@pytest.fixture(scope="module")
def endpoint(web_archive, tmp_path_factory) -> Iterator[str]:
    """The /oai URL of a live ``archive serve`` (killed, with its workers, at the end)."""
    port = _free_port()
    env = {**os.environ, "ARCHIVE_OAI_PAGE_SIZE": "2"}
    env.pop("ARCHIVE_ROOT", None)
    log = tmp_path_factory.mktemp("serve") / "stderr.log"
    with open(log, "wb") as stderr:      # a file, not a pipe: a chatty server can never block on it
        process = subprocess.Popen(
            [sys.executable, "-m", "archive", "serve", "--host", "127.0.0.1", "--port", str(port),
             "--workers", "2", "--root", str(web_archive.path)],
            env=env, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    url = f"http://127.0.0.1:{port}/oai"
    try:
        _wait_until_answering(f"{url}?verb=Identify", process, log)
        yield url
    finally:
        try:
            os.killpg(process.pid, signal.SIGTERM)      # our own session: gunicorn and its workers
        except ProcessLookupError:
            pass
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture
def sickle(endpoint) -> Sickle:
    return Sickle(endpoint, max_retries=0, timeout=REQUEST_TIMEOUT_S)


@pytest.fixture(scope="module")
def public(web_archive) -> set[str]:
    return {f"oai:{REPO}:{h.id}" for h in search(web_archive, "", limit=100, facets=False).hits}


@pytest.fixture(scope="module")
def restricted(web_archive) -> str:
    hits = search(web_archive, "Zanzibarite", include_restricted=True).hits
    assert len(hits) == 1
    return f"oai:{REPO}:{hits[0].id}"


def test_harvest_every_public_record_once_following_tokens(endpoint, sickle, public, restricted):
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    identifiers = [r.header.identifier for r in records]
    assert len(identifiers) == len(set(identifiers)) == len(public) == 6
    assert set(identifiers) == public and restricted not in identifiers
    for record in records:
        assert record.metadata["title"] and record.metadata["type"] == ["Text"]
        assert any(i.startswith("urn:sha256:") for i in record.metadata["identifier"])
        assert f"{endpoint[:-4]}/item/{record.header.identifier.rsplit(':', 1)[1]}" \
            in record.metadata["identifier"]
        assert "Zanzibarite" not in record.raw
    # two records per response: the harvester had to follow the tokens
    responses = list(Sickle(endpoint, iterator=OAIResponseIterator, timeout=REQUEST_TIMEOUT_S)
                     .ListRecords(metadataPrefix="oai_dc"))
    assert len(responses) == 3


def test_identify_and_sets(sickle, endpoint):
    identify = sickle.Identify()
    assert identify.protocolVersion == "2.0" and identify.baseURL == endpoint
    assert identify.deletedRecord == "persistent"     # withdrawn items stay as deleted records
    specs = [s.setSpec for s in sickle.ListSets()]
    assert specs == ["source", "source:caldenbay.example", "source:eurasia.example", "source:steppe.example"]


def test_get_record_and_identifiers_of_a_set(sickle, public, restricted):
    some = min(public)
    record = sickle.GetRecord(identifier=some, metadataPrefix="oai_dc")
    assert record.header.identifier == some and record.metadata["title"]
    with pytest.raises(IdDoesNotExist):
        sickle.GetRecord(identifier=restricted, metadataPrefix="oai_dc")
    headers = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", set="source"))
    assert len(headers) == 3 and {h.identifier for h in headers} <= public
    caldenbay = list(sickle.ListIdentifiers(metadataPrefix="oai_dc", set="source:caldenbay.example"))
    assert [h.setSpecs for h in caldenbay] == [["source:caldenbay.example"]]
    with pytest.raises(NoRecordsMatch):
        list(sickle.ListIdentifiers(metadataPrefix="oai_dc", set="source:secret.example"))
