"""Tampering fails closed, damaged originals are not passed off as intact, nothing private is public.

Each case tampers with a real bag on disk, as someone with write access to the store could,
then asks the archive what it makes of it: the index, ``archive check``, the web site.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from archive.preservation.catalog import load_item
from archive.preservation.config import render_config
from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot, open_root
from archive.search.consistency import check
from archive.search.reindex import reindex
from archive.search.searching import search

OPERATOR = "secret-operator@internal-host-7"
TEXT = ("Court hears the Zanzibarite appeal {n}\n\nALMATY, 3 March 2005 - Galymzhan Zhakiyanov "
        "said the court would hear the appeal number {n} again.\n")


def writable(path: Path) -> Path:
    for part in [path, *path.parents]:
        if part.exists():
            part.chmod(part.stat().st_mode | stat.S_IWUSR)
        if part.name == "bags":
            break
    return path


def drop_from_tag_manifests(bag: Path, name: str) -> None:
    for manifest in bag.glob("tagmanifest-*.txt"):
        lines = [line for line in manifest.read_text(encoding="utf-8").splitlines() if not line.endswith(" " + name)]
        writable(manifest).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def archive(root: ArchiveRoot, tmp_path: Path) -> ArchiveRoot:
    """Three articles, the second restricted, ingested by OPERATOR and indexed."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    for n in range(3):
        (inbox / f"a{n}.txt").write_text(TEXT.format(n=n), encoding="utf-8")
    (inbox / "metadata.csv").write_text("filename,dcterms.accessRights\na1.txt,restricted\n", encoding="utf-8")
    ingest(root, [inbox], operator=OPERATOR)
    reindex(root)
    return root


def bag_of(root: ArchiveRoot, n: int) -> Path:
    for bag in sorted(root.bags.iterdir()):
        if bag.is_dir() and not bag.name.startswith(".") and load_item(bag).original_name == f"a{n}.txt":
            return bag
    raise AssertionError(n)


def client_of(root: ArchiveRoot):
    from web import create_app
    return create_app({"ARCHIVE_ROOT": str(root.path), "TESTING": True}).test_client()


def test_a_provenance_record_dropped_from_the_tag_manifests_and_edited_is_not_trusted(archive):
    bag = bag_of(archive, 0)
    drop_from_tag_manifests(bag, "metadata/provenance.json")
    record = writable(bag / "metadata" / "provenance.json")
    record.write_text(record.read_text(encoding="utf-8").replace("a0.txt", "forged.txt"), encoding="utf-8")
    item = load_item(bag)
    assert not item.trusted and item.hidden
    assert any("metadata/provenance.json is not listed" in p for p in item.trust_problems)
    report = check(archive)
    assert not report.consistent and bag.name in report.untrusted and bag.name in report.exposed
    assert check(archive, repair=True).exposed == []           # re-indexed as restricted
    assert bag.name not in {h.id for h in search(archive, "appeal").hits}
    assert client_of(archive).get(f"/item/{bag.name}").status_code == 404


def test_a_restricted_flag_turned_off_by_hand_fails_closed(archive):
    bag = bag_of(archive, 1)
    record = writable(bag / "metadata" / "descriptive.json")
    data = json.loads(record.read_text(encoding="utf-8"))
    assert data["restricted"] is True
    data["restricted"] = False
    record.write_text(json.dumps(data), encoding="utf-8")
    reindex(archive)
    assert bag.name not in {h.id for h in search(archive, "appeal").hits}
    assert search(archive, "appeal").total == 2
    report = check(archive)
    assert not report.consistent
    assert any("descriptive.json does not match" in p for p in report.untrusted[bag.name])
    client = client_of(archive)
    for path in (f"/item/{bag.name}", f"/item/{bag.name}.json", f"/item/{bag.name}/original"):
        assert client.get(path).status_code == 404
    assert bag.name not in client.get("/search.json?q=appeal").get_data(as_text=True)


def test_a_damaged_original_is_withheld_and_its_citation_claims_no_digest(archive, cli):
    bag = bag_of(archive, 2)
    item = load_item(bag)
    payload = writable(item.payload)
    data = bytearray(payload.read_bytes())
    data[10] ^= 0x01
    payload.write_bytes(bytes(data))
    assert cli("verify", bag.name).exit_code == 1
    client = client_of(archive)
    page = client.get(f"/item/{bag.name}").get_data(as_text=True)
    assert "failed a fixity check" in page and "Download the original" not in page
    assert item.sha256 not in page.split('id="cite"')[1]
    as_json = client.get(f"/item/{bag.name}.json").get_json()
    assert as_json["original_url"] is None and as_json["fixity_failure"]["date"]
    assert client.get(f"/item/{bag.name}/original").status_code == 403
    for path in (f"/item/{bag.name}/cite.txt", f"/item/{bag.name}/cite.bib"):
        cited = client.get(path).get_data(as_text=True)
        assert item.sha256 not in cited and "failed a fixity check" in cited
    healthy = bag_of(archive, 0).name
    assert client.get(f"/item/{healthy}/original").status_code == 200
    assert load_item(bag_of(archive, 0)).sha256 in client.get(f"/item/{healthy}/cite.txt").get_data(as_text=True)


def test_public_pages_name_no_operator_unless_the_archive_says_so(archive, cli):
    assert cli("verify", "--operator", OPERATOR).exit_code == 0
    bag = bag_of(archive, 0).name
    for path in (f"/item/{bag}", f"/item/{bag}.json"):
        body = client_of(archive).get(path).get_data(as_text=True)
        assert OPERATOR not in body and "internal-host-7" not in body
        assert "archive" in body                          # the software agent is still named
    config = archive.path / "archive.toml"
    config.write_text(config.read_text(encoding="utf-8").replace("public_agents = false", "public_agents = true")
                      if "public_agents" in config.read_text(encoding="utf-8")
                      else config.read_text(encoding="utf-8") + "\npublic_agents = true\n", encoding="utf-8")
    assert OPERATOR in client_of(open_root(archive.path)).get(f"/item/{bag}.json").get_data(as_text=True)


def test_the_site_is_named_as_archive_toml_names_it(archive):
    config = archive.path / "archive.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(f"name = {json.dumps(archive.config.name)}", 'name = "Steppe Press Library"'),
                      encoding="utf-8")
    page = client_of(open_root(archive.path)).get("/").get_data(as_text=True)
    assert "Steppe Press Library" in page and "News archive" not in page
    assert render_config(open_root(archive.path).config)   # still a valid archive.toml


# --- our BagIt profile -------------------------------------------------------------------------


def test_the_published_profile_is_the_one_the_archive_checks():
    from archive.preservation.bag_profile import PROFILE_ID, PROFILE_PATH, profile
    published = Path(__file__).resolve().parent.parent / "docs" / "bagit-profile.json"
    assert published.read_bytes() == PROFILE_PATH.read_bytes()
    assert profile()["BagIt-Profile-Info"]["BagIt-Profile-Identifier"] == PROFILE_ID


def test_new_bags_name_the_profile_and_pass_it(archive, cli):
    from archive.preservation.bag_profile import PROFILE_ID
    from archive.preservation.catalog import bag_info
    bag = bag_of(archive, 0)
    assert bag_info(bag)["BagIt-Profile-Identifier"] == PROFILE_ID
    result = cli("verify", "--json", bag.name)
    assert result.exit_code == 0, result.output


def test_verify_fails_a_bag_of_ours_whose_record_left_the_tag_manifests(archive, cli):
    bag = bag_of(archive, 0)
    drop_from_tag_manifests(bag, "metadata/provenance.json")
    record = writable(bag / "metadata" / "provenance.json")
    record.write_text(record.read_text(encoding="utf-8").replace("a0.txt", "forged.txt"), encoding="utf-8")
    result = cli("verify", bag.name)
    assert result.exit_code == 1
    assert "metadata/provenance.json" in result.output and "is not listed in tagmanifest-sha256.txt" in result.output


def test_a_bag_from_elsewhere_naming_no_profile_only_gets_a_warning(tmp_path, cli):
    import bagit
    foreign = tmp_path / "foreign"
    (foreign).mkdir()
    (foreign / "article.txt").write_text("A bag made by someone else.\n", encoding="utf-8")
    (foreign / "notes.txt").write_text("tag", encoding="utf-8")
    bagit.make_bag(str(foreign), {"Source-Organization": "Elsewhere"}, checksums=["sha256"])
    (foreign / "extra-tag.txt").write_text("not in any tag manifest\n", encoding="utf-8")
    result = cli("verify", "--json", str(foreign))
    verdict = json.loads(result.output)["bags"][0]
    assert verdict["valid"] and result.exit_code == 0
    assert any(w["path"] == "extra-tag.txt" and w["code"] == "profile" for w in verdict["warnings"])
