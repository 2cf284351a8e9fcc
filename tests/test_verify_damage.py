"""Our own bags (ingested from the real seed articles), damaged in every way we can think of.

Each test damages a real bag in one way and checks that the verdict names the
damaged file and the kind of damage (``Problem.code``); for fixity damage also
the algorithm and both digests. Every verification goes through ``audit``,
which proves the verifier did not change a byte, mode or mtime of the bag.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from bagbuilder import audit, codes, make_writable, snapshot_tree

from archive.preservation.ingest import ingest
from archive.preservation.root import ArchiveRoot
from archive.fixity.verify import verify_bags

ALGORITHMS = ("sha256", "sha512")


class Bag:
    """One ingested bag: where it is, its payload file, and the digests recorded for it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        payload = sorted((path / "data").iterdir())
        assert len(payload) == 1
        self.payload = payload[0]
        self.name = f"data/{self.payload.name}"

    def listed(self, manifest: str, relative: str) -> str:
        """The digest ``manifest`` records for ``relative``."""
        for line in (self.path / manifest).read_text().splitlines():
            value, _, listed = line.partition("  ")
            if listed == relative:
                return value
        raise AssertionError(f"{relative} is not in {manifest}")

    def edit(self, relative: str, data: bytes) -> None:
        (self.path / relative).write_bytes(data)


def ingested(root: ArchiveRoot, sources: list[Path]) -> list[Path]:
    report = ingest(root, sources)
    assert report.counts()["archived"] == len(sources)
    paths = [root.bags / outcome.id for outcome in report.outcomes]
    for path in paths:
        assert audit(path).valid  # the undamaged bag is valid (and verifying it changed nothing)
        make_writable(path)
    return paths


@pytest.fixture
def bag(root: ArchiveRoot, seeds: Path) -> Bag:
    """A fresh bag of the first seed article, made writable so that it can be damaged."""
    return Bag(ingested(root, [min(seeds.iterdir())])[0])


def test_undamaged_bag_is_valid_with_both_algorithms(bag: Bag) -> None:
    verdict = audit(bag.path)
    assert verdict.valid and verdict.warnings == []
    assert verdict.algorithms == list(ALGORITHMS)
    assert verdict.files == 1 and verdict.bytes == bag.payload.stat().st_size


def assert_checksum(verdict, path: str, actual: bytes, expected: dict[str, str], manifests=("manifest",)) -> None:
    """Both algorithms report ``path`` with the listed digest and the digest of ``actual``."""
    found = [p for p in verdict.problems if p.code == "checksum" and p.path == path]
    assert {p.algorithm for p in found} == set(ALGORITHMS), verdict.problems
    for problem in found:
        assert problem.expected == expected[problem.algorithm]
        assert problem.found == hashlib.new(problem.algorithm, actual).hexdigest()
        assert problem.expected != problem.found
        assert problem.algorithm in problem.message
        assert any(f"{prefix}-{problem.algorithm}.txt" in problem.message for prefix in manifests)


def recorded(bag: Bag, relative: str, prefix: str = "manifest") -> dict[str, str]:
    return {a: bag.listed(f"{prefix}-{a}.txt", relative) for a in ALGORITHMS}


def test_flipped_byte_in_the_payload(bag: Bag) -> None:
    expected = recorded(bag, bag.name)
    data = bytearray(bag.payload.read_bytes())
    data[len(data) // 2] ^= 0x20
    bag.edit(bag.name, bytes(data))
    verdict = audit(bag.path)
    assert not verdict.valid
    assert codes(verdict.problems) == {("checksum", bag.name)}  # same size: nothing else is wrong
    assert_checksum(verdict, bag.name, bytes(data), expected)


def test_truncated_payload(bag: Bag) -> None:
    expected = recorded(bag, bag.name)
    data = bag.payload.read_bytes()[:100]
    bag.edit(bag.name, data)
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("checksum", bag.name), ("oxum", "bag-info.txt")}
    assert_checksum(verdict, bag.name, data, expected)
    assert "100.1" in next(p.message for p in verdict.problems if p.code == "oxum")


def test_missing_payload_file(bag: Bag) -> None:
    bag.payload.unlink()
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("missing", bag.name), ("oxum", "bag-info.txt")}
    missing = [p for p in verdict.problems if p.code == "missing"]
    assert {m for p in missing for m in ("manifest-sha256.txt", "manifest-sha512.txt") if m in p.message} \
        == {"manifest-sha256.txt", "manifest-sha512.txt"}


def test_extra_payload_file(bag: Bag) -> None:
    (bag.path / "data" / "extra.txt").write_bytes(b"slipped in later\n")
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("unlisted", "data/extra.txt"), ("oxum", "bag-info.txt")}
    unlisted = [p for p in verdict.problems if p.code == "unlisted"]
    assert sorted(m for p in unlisted for m in ("manifest-sha256.txt", "manifest-sha512.txt") if m in p.message) \
        == ["manifest-sha256.txt", "manifest-sha512.txt"]


def test_extra_file_in_a_new_payload_folder(bag: Bag) -> None:
    (bag.path / "data" / "more").mkdir()
    (bag.path / "data" / "more" / "extra.txt").write_bytes(b"x")
    verdict = audit(bag.path)
    assert ("unlisted", "data/more/extra.txt") in codes(verdict.problems)


def test_tampered_payload_manifest(bag: Bag) -> None:
    real = recorded(bag, bag.name)
    tagged = recorded(bag, "manifest-sha256.txt", "tagmanifest")
    fake = hashlib.sha256(b"something else").hexdigest()
    manifest = bag.path / "manifest-sha256.txt"
    text = manifest.read_text()
    manifest.write_text(text.replace(real["sha256"], fake))
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("checksum", bag.name), ("checksum", "manifest-sha256.txt")}
    payload = next(p for p in verdict.problems if p.path == bag.name)
    assert (payload.algorithm, payload.expected, payload.found) == ("sha256", fake, real["sha256"])
    assert_checksum(verdict, "manifest-sha256.txt", manifest.read_bytes(), tagged, manifests=("tagmanifest",))


def test_tampered_tag_file(bag: Bag) -> None:
    relative = "metadata/provenance.json"
    expected = recorded(bag, relative, "tagmanifest")
    path = bag.path / relative
    edited = path.read_bytes().replace(b'"', b"'", 1)
    path.write_bytes(edited)
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("checksum", relative)}
    assert_checksum(verdict, relative, edited, expected, manifests=("tagmanifest",))


def test_tampered_tag_manifest(bag: Bag) -> None:
    path = bag.path / "tagmanifest-sha256.txt"
    listed = bag.listed("tagmanifest-sha256.txt", "bagit.txt")
    wrong = hashlib.sha256(b"not bagit.txt").hexdigest()
    path.write_text(path.read_text().replace(listed, wrong))
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("checksum", "bagit.txt")}
    (problem,) = verdict.problems
    assert (problem.algorithm, problem.expected, problem.found) == ("sha256", wrong, listed)


def test_wrong_payload_oxum(bag: Bag) -> None:
    expected = recorded(bag, "bag-info.txt", "tagmanifest")
    info = bag.path / "bag-info.txt"
    size = bag.payload.stat().st_size
    edited = info.read_bytes().replace(f"Payload-Oxum: {size}.1".encode(), f"Payload-Oxum: {size + 1}.1".encode())
    assert edited != info.read_bytes()
    info.write_bytes(edited)
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("oxum", "bag-info.txt"), ("checksum", "bag-info.txt")}
    oxum = next(p for p in verdict.problems if p.code == "oxum")
    assert f"{size + 1}.1" in oxum.message and f"{size}.1" in oxum.message
    assert_checksum(verdict, "bag-info.txt", edited, expected, manifests=("tagmanifest",))


def test_wrong_payload_oxum_is_caught_in_fast_mode_too(bag: Bag) -> None:
    info = bag.path / "bag-info.txt"
    size = bag.payload.stat().st_size
    info.write_bytes(info.read_bytes().replace(f"Payload-Oxum: {size}.1".encode(), f"Payload-Oxum: {size}.2".encode()))
    verdict = audit(bag.path, fast=True)
    assert codes(verdict.problems) == {("oxum", "bag-info.txt")}


def test_deleted_bagit_txt(bag: Bag) -> None:
    (bag.path / "bagit.txt").unlink()
    verdict = audit(bag.path)
    assert not verdict.valid
    assert ("bagit.txt", "bagit.txt") in codes(verdict.problems)
    assert any("missing" in p.message for p in verdict.problems if p.code == "bagit.txt")


def test_deleted_bagit_txt_does_not_hide_other_damage(bag: Bag) -> None:
    """The verifier promises every problem of a bag, never only the first.

    A bag that lost bagit.txt and also has a corrupted article must report
    both: otherwise the archivist restores bagit.txt, believes the bag is
    whole, and learns of the corruption only at the next audit.
    """
    (bag.path / "bagit.txt").unlink()
    data = bytearray(bag.payload.read_bytes())
    data[0] ^= 0x01
    bag.edit(bag.name, bytes(data))
    verdict = audit(bag.path)
    assert ("bagit.txt", "bagit.txt") in codes(verdict.problems)
    assert ("checksum", bag.name) in codes(verdict.problems), [str(p) for p in verdict.problems]


def test_half_copied_bag(bag: Bag, tmp_path: Path) -> None:
    copy = tmp_path / "copy" / bag.path.name
    shutil.copytree(bag.path, copy)
    gone = [bag.name, "metadata/descriptive.json", "manifest-sha512.txt"]
    for relative in gone:
        (copy / relative).unlink()
    verdict = audit(copy)
    assert not verdict.valid
    for relative in gone:
        assert ("missing", relative) in codes(verdict.problems), (relative, [str(p) for p in verdict.problems])
    assert audit(bag.path).valid  # the original is untouched


def test_copy_that_stopped_before_the_payload(bag: Bag, tmp_path: Path) -> None:
    copy = tmp_path / "copy" / bag.path.name
    shutil.copytree(bag.path, copy)
    shutil.rmtree(copy / "data")
    verdict = audit(copy)
    assert ("payload", "data") in codes(verdict.problems)
    assert ("missing", bag.name) in codes(verdict.problems)


def test_missing_tag_manifests_fail_our_profile_only(bag: Bag) -> None:
    """Tag manifests are optional in RFC 8493, but the archive's BagIt profile requires them:
    without them the only problem is that one (and its records lose their protection)."""
    for algorithm in ALGORITHMS:
        (bag.path / f"tagmanifest-{algorithm}.txt").unlink()
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("profile", ".")}
    assert "no tag manifest for sha256" in verdict.problems[0].message
    assert verdict.algorithms == list(ALGORITHMS)


def test_one_missing_tag_manifest_is_still_valid(bag: Bag) -> None:
    (bag.path / "tagmanifest-sha512.txt").unlink()
    assert audit(bag.path).valid


def test_three_kinds_of_damage_at_once_are_all_reported(bag: Bag) -> None:
    expected = recorded(bag, bag.name)
    data = bytearray(bag.payload.read_bytes())
    data[-2] ^= 0x01
    bag.edit(bag.name, bytes(data))                                   # 1. corrupted payload
    (bag.path / "metadata" / "descriptive.json").unlink()             # 2. missing tag file
    (bag.path / "data" / "stowaway.txt").write_bytes(b"not ours\n")   # 3. extra payload file
    verdict = audit(bag.path)
    found = codes(verdict.problems)
    assert ("checksum", bag.name) in found
    assert ("missing", "metadata/descriptive.json") in found
    assert ("unlisted", "data/stowaway.txt") in found
    assert_checksum(verdict, bag.name, bytes(data), expected)


def test_several_bags_one_damaged(root: ArchiveRoot, seeds: Path) -> None:
    paths = ingested(root, sorted(seeds.iterdir()))
    assert len(paths) == 5
    damaged = Bag(paths[2])
    data = bytearray(damaged.payload.read_bytes())
    data[10] ^= 0x04
    damaged.edit(damaged.name, bytes(data))
    before = {p: snapshot_tree(p) for p in paths}
    verdicts = list(verify_bags(paths, workers=2))
    assert {p: snapshot_tree(p) for p in paths} == before
    assert [v.bag for v in verdicts] == paths
    assert [v.valid for v in verdicts] == [True, True, False, True, True]
    assert codes(verdicts[2].problems) == {("checksum", damaged.name)}
    assert all(v.problems == [] and v.warnings == [] for i, v in enumerate(verdicts) if i != 2)


def test_verify_leaves_read_only_bags_read_only(root: ArchiveRoot, seeds: Path) -> None:
    """A bag just as ingest wrote it (0444 files): verifying it changes no mode, byte or mtime."""
    report = ingest(root, [sorted(seeds.iterdir())[1]])
    path = root.bags / report.outcomes[0].id
    assert (path / "bagit.txt").stat().st_mode & 0o777 == 0o444
    for fast in (False, True):
        assert audit(path, fast=fast).valid


def test_payload_replaced_by_a_link_to_another_file_of_the_bag(bag: Bag) -> None:
    expected = recorded(bag, bag.name)
    bag.payload.unlink()
    bag.payload.symlink_to("../metadata/descriptive.json")
    verdict = audit(bag.path)
    assert ("checksum", bag.name) in codes(verdict.problems)
    assert_checksum(verdict, bag.name, (bag.path / "metadata" / "descriptive.json").read_bytes(), expected)


def test_payload_directory_replaced_by_a_file(bag: Bag) -> None:
    shutil.rmtree(bag.path / "data")
    (bag.path / "data").write_bytes(b"not a directory\n")
    verdict = audit(bag.path)
    assert {("payload", "data"), ("missing", bag.name), ("oxum", "bag-info.txt")} <= codes(verdict.problems)


def test_payload_manifest_cut_off_mid_line(bag: Bag) -> None:
    """A manifest whose write was interrupted: the half line is malformed and the file is unlisted."""
    manifest = bag.path / "manifest-sha512.txt"
    manifest.write_bytes(manifest.read_bytes()[:40])
    verdict = audit(bag.path)
    found = codes(verdict.problems)
    assert ("manifest", "manifest-sha512.txt:1") in found
    assert ("unlisted", bag.name) in found
    assert ("checksum", "manifest-sha512.txt") in found  # the tag manifests saw it change


def test_bag_info_no_longer_in_its_declared_encoding(bag: Bag) -> None:
    info = bag.path / "bag-info.txt"
    info.write_bytes(info.read_bytes() + b"Contact-Name: Jos\xe9\n")  # Latin-1, but bagit.txt says UTF-8
    verdict = audit(bag.path)
    assert {("encoding", "bag-info.txt"), ("checksum", "bag-info.txt")} <= codes(verdict.problems)


def test_deleted_bag_info_is_named_by_the_tag_manifests(bag: Bag) -> None:
    (bag.path / "bag-info.txt").unlink()  # optional in a bag, but ours lists it in its tag manifests
    verdict = audit(bag.path)
    assert codes(verdict.problems) == {("missing", "bag-info.txt")}
    assert len(verdict.problems) == 2  # once per tag manifest


def test_a_bag_that_is_gone(bag: Bag) -> None:
    shutil.rmtree(bag.path)
    verdict = audit(bag.path)
    assert not verdict.valid
    assert [p.code for p in verdict.problems] == ["not-a-bag"]
