"""RFC 8493's MUST rules that the conformance suite leaves out, on hand-made bags.

Every bag here is written byte by byte by ``bagbuilder.make_bag`` with digests
from hashlib, then broken in exactly one way (the tag manifests are re-digested
so nothing else is wrong). Each rule has a valid control next to its violation,
so a verifier that rejects everything cannot pass.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from bagbuilder import HandBag, audit, codes, digest, make_bag


def valid(bag: HandBag, **kwargs):
    verdict = audit(bag, **kwargs)
    assert verdict.valid, [str(p) for p in verdict.problems]
    return verdict


def invalid(bag: HandBag, **kwargs):
    verdict = audit(bag, **kwargs)
    assert not verdict.valid, "the verdict says valid"
    assert all(p.path and p.message for p in verdict.problems)
    return verdict


def has(problems, code: str, path: str, *words: str) -> bool:
    """Whether one finding has this code and path and says every one of ``words``."""
    return any(p.code == code and p.path == path and all(w in p.message for w in words) for p in problems)


def test_the_builder_makes_valid_bags_without_warnings(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    verdict = valid(bag)
    assert verdict.warnings == []
    assert verdict.algorithms == ["sha256", "sha512"]
    assert (verdict.files, verdict.bytes) == (2, len(b"hello, world\n") + len(b"two\nlines\n"))


# --- every payload file in every payload manifest -----------------------------------


def test_every_payload_file_must_be_in_every_payload_manifest(tmp_path: Path) -> None:
    control = make_bag(tmp_path / "control")
    assert valid(control).algorithms == ["sha256", "sha512"]

    bag = make_bag(tmp_path / "bag")
    bag.drop_lines("manifest-sha512.txt", "data/sub/notes.txt")
    verdict = invalid(bag)
    assert has(verdict.problems, "unlisted", "data/sub/notes.txt", "manifest-sha512.txt")
    assert not has(verdict.problems, "unlisted", "data/sub/notes.txt", "manifest-sha256.txt")


# --- fetch.txt ------------------------------------------------------------------------


def holey(tmp_path: Path, name: str = "bag") -> HandBag:
    """A bag whose data/b.txt is listed in both manifests but still to be fetched."""
    bag = make_bag(tmp_path / name, {"a.txt": b"aaa", "b.txt": b"bbbb"}, oxum=False)
    bag.remove("data/b.txt", retag=False)
    bag.write("fetch.txt", "https://example.org/b.txt 4 data/b.txt\n")
    return bag


def test_a_holey_bag_is_valid_with_a_warning(tmp_path: Path) -> None:
    verdict = valid(holey(tmp_path))
    assert has(verdict.warnings, "fetch", "data/b.txt", "https://example.org/b.txt")


def test_a_holey_bag_with_unknown_length_is_valid(tmp_path: Path) -> None:
    bag = holey(tmp_path)
    bag.write("fetch.txt", "https://example.org/b.txt - data/b.txt\n")
    valid(bag)


def test_a_holey_bag_still_fails_for_a_file_neither_present_nor_fetched(tmp_path: Path) -> None:
    bag = holey(tmp_path)
    bag.remove("data/a.txt")
    verdict = invalid(bag)
    assert has(verdict.problems, "missing", "data/a.txt")


def test_fetch_entry_must_be_in_the_payload_manifests(tmp_path: Path) -> None:
    bag = holey(tmp_path)
    bag.add_line("fetch.txt", "https://example.org/c.txt 3 data/c.txt")
    verdict = invalid(bag)
    assert has(verdict.problems, "fetch", "fetch.txt:2", "data/c.txt", "manifest-sha256.txt",
               "manifest-sha512.txt")


def test_fetch_entry_must_be_in_every_payload_manifest(tmp_path: Path) -> None:
    bag = holey(tmp_path)
    bag.drop_lines("manifest-sha512.txt", "data/b.txt")
    verdict = invalid(bag)
    assert has(verdict.problems, "fetch", "fetch.txt:1", "data/b.txt", "manifest-sha512.txt")


def test_fetch_entry_must_not_name_a_tag_file(tmp_path: Path) -> None:
    bag = holey(tmp_path)
    bag.add_line("fetch.txt", "https://example.org/bag-info.txt - bag-info.txt")
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and p.path == "fetch.txt:2" and "bag-info.txt" in p.message
               for p in verdict.problems)


@pytest.mark.parametrize("path", ["../outside.txt", "data/../../outside.txt", "/etc/passwd", "~/x"])
def test_fetch_entry_must_stay_in_the_bag(tmp_path: Path, path: str) -> None:
    bag = holey(tmp_path)
    bag.add_line("fetch.txt", f"https://example.org/x - {path}")
    verdict = invalid(bag)
    assert has(verdict.problems, "unsafe-path", "fetch.txt:2", path)


@pytest.mark.parametrize("line", ["https://example.org/b.txt data/b.txt",         # no length
                                  "https://example.org/b.txt four data/b.txt",    # length not a number
                                  "https://example.org/b.txt -4 data/b.txt",      # negative length
                                  "just-one-field"])
def test_malformed_fetch_line(tmp_path: Path, line: str) -> None:
    bag = holey(tmp_path)
    bag.add_line("fetch.txt", line)
    verdict = invalid(bag)
    assert has(verdict.problems, "fetch", "fetch.txt:2", "malformed")


# --- paths that escape the bag ---------------------------------------------------------


def outside_file(tmp_path: Path) -> tuple[Path, bytes]:
    """A file next to the bag; listing it with its true digest must never make a bag valid."""
    secret = tmp_path / "outside.txt"
    secret.write_bytes(b"not part of any bag\n")
    return secret, secret.read_bytes()


def list_everywhere(bag: HandBag, path: str, data: bytes) -> None:
    """List ``path`` with the true digest of ``data`` in every payload manifest."""
    bag.list_payload(path, data, raw=path)


@pytest.mark.parametrize("manifest", ["payload", "tag"])
@pytest.mark.parametrize("route", ["../outside.txt", "data/../../outside.txt", "absolute", "~/x"])
def test_listed_paths_must_not_escape(tmp_path: Path, manifest: str, route: str) -> None:
    secret, data = outside_file(tmp_path)
    bag = make_bag(tmp_path / "bag")
    valid(bag)
    path = str(secret) if route == "absolute" else route
    if route == "~/x":  # a verifier that does not expand '~' would open bag/~/x: make it match
        bag.write("~/x", data, retag=False)
    if manifest == "payload":
        list_everywhere(bag, path, data)
    else:
        bag.add_line("tagmanifest-sha256.txt", f"{digest(data, 'sha256')}  {path}", retag=False)
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and path in p.message for p in verdict.problems), verdict.problems
    assert not any(p.code == "checksum" for p in verdict.problems)


def test_absolute_etc_passwd_is_refused(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    real = Path("/etc/passwd").read_bytes() if Path("/etc/passwd").is_file() else b""
    list_everywhere(bag, "/etc/passwd", real)
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and "'/etc/passwd'" in p.message and "absolute" in p.message
               for p in verdict.problems)


def evil_sibling(tmp_path: Path) -> tuple[Path, bytes]:
    """tmp/bag-evil/secret: its path starts with the bag's path (tmp/bag), but it is outside."""
    evil = tmp_path / "bag-evil"
    evil.mkdir()
    (evil / "secret").write_bytes(b"sibling secret\n")
    return evil, b"sibling secret\n"


def test_sibling_prefix_path_with_dots(tmp_path: Path) -> None:
    _, data = evil_sibling(tmp_path)
    bag = make_bag(tmp_path / "bag")
    list_everywhere(bag, "data/../../bag-evil/secret", data)
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and "bag-evil/secret" in p.message for p in verdict.problems)


def test_sibling_prefix_through_a_symlinked_data_subdirectory(tmp_path: Path) -> None:
    evil, data = evil_sibling(tmp_path)
    bag = make_bag(tmp_path / "bag")
    os.symlink(evil, bag / "data" / "link")  # data/link -> tmp/bag-evil (realpath starts with tmp/bag)
    list_everywhere(bag, "data/link/secret", data)
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and "data/link/secret" in p.message and "outside" in p.message
               for p in verdict.problems), verdict.problems
    assert has(verdict.problems, "unsafe-path", "data/link", "symbolic link")
    assert not any(p.code == "checksum" for p in verdict.problems)


def test_symlinked_file_in_data_pointing_outside(tmp_path: Path) -> None:
    secret, data = outside_file(tmp_path)
    bag = make_bag(tmp_path / "bag")
    os.symlink(secret, bag / "data" / "evil.txt")
    list_everywhere(bag, "data/evil.txt", data)
    verdict = invalid(bag)
    assert has(verdict.problems, "unsafe-path", "data/evil.txt", "outside")
    assert not any(p.code == "checksum" for p in verdict.problems)
    assert verdict.files == 2  # the link was not counted as payload


def test_unlisted_symlinked_file_pointing_outside(tmp_path: Path) -> None:
    secret, _ = outside_file(tmp_path)
    bag = make_bag(tmp_path / "bag")
    os.symlink(secret, bag / "data" / "evil.txt")
    verdict = invalid(bag)
    assert has(verdict.problems, "unsafe-path", "data/evil.txt", "outside")


def test_symlinked_directory_in_data_even_pointing_inside(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    os.symlink("sub", bag / "data" / "alias")  # data/alias -> data/sub, inside the bag
    list_everywhere(bag, "data/alias/notes.txt", b"two\nlines\n")
    verdict = invalid(bag)
    assert has(verdict.problems, "unsafe-path", "data/alias", "symbolic link")


def test_symlinked_payload_directory(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    bag = make_bag(tmp_path / "bag")
    (bag / "data").rename(outside)
    os.symlink(outside, bag / "data")
    verdict = invalid(bag)
    assert has(verdict.problems, "payload", "data", "data/")
    assert has(verdict.problems, "unsafe-path", "manifest-sha256.txt:1", "data/hello.txt", "outside")
    assert not any(p.code == "checksum" for p in verdict.problems)


# --- bagit.txt --------------------------------------------------------------------------


GOOD_BAGIT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


@pytest.mark.parametrize("content", [GOOD_BAGIT, GOOD_BAGIT.replace(b"\n", b"\r\n"), GOOD_BAGIT.rstrip(b"\n")],
                         ids=["lf", "crlf", "no-final-newline"])
def test_bagit_txt_control(tmp_path: Path, content: bytes) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.write("bagit.txt", content)
    assert valid(bag).version == "1.0"


@pytest.mark.parametrize("content", [
    pytest.param(GOOD_BAGIT + b"Extra-Field: yes\n", id="extra-line"),
    pytest.param(b"BagIt-Version : 1.0\nTag-File-Character-Encoding: UTF-8\n", id="space-before-colon"),
    pytest.param(b"BagIt-Version: 1.0\nTag-File-Character-Encoding\t: UTF-8\n", id="tab-before-colon"),
    pytest.param(b"\xef\xbb\xbf" + GOOD_BAGIT, id="bom"),
    pytest.param(b"BagIt-Version: 1.0\n", id="missing-encoding-line"),
    pytest.param(b"Tag-File-Character-Encoding: UTF-8\nBagIt-Version: 1.0\n", id="lines-swapped"),
    pytest.param(b"BagIt-Version: 2.0\nTag-File-Character-Encoding: UTF-8\n", id="unknown-version"),
    pytest.param(b"BagIt-Version: one\nTag-File-Character-Encoding: UTF-8\n", id="version-not-a-number"),
    pytest.param(b"BagIt-Version: 1.0\nTag-File-Character-Encoding: NO-SUCH-CODEC\n", id="unknown-encoding"),
    pytest.param(b"", id="empty"),
])
def test_bagit_txt_must_be_exactly_two_known_lines(tmp_path: Path, content: bytes) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.write("bagit.txt", content)
    verdict = invalid(bag)
    assert any(p.code == "bagit.txt" and p.path == "bagit.txt" for p in verdict.problems)


# --- reserved bag-info fields -------------------------------------------------------------


def test_repeated_custom_field_is_valid(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", info=[("Contact-Name", "Ann"), ("Contact-Name", "Bob"),
                                           ("Bagging-Date", "2024-01-02")])
    verdict = valid(bag)
    assert not any(w.code == "bag-info" for w in verdict.warnings)


@pytest.mark.parametrize("label", ["Payload-Oxum", "Bagging-Date"])
def test_reserved_field_must_not_repeat_in_1_0(tmp_path: Path, label: str) -> None:
    bag = make_bag(tmp_path / "bag", oxum=False)
    fields = [("Source-Organization", "Test bench"),
              (label, bag.oxum() if label == "Payload-Oxum" else "2024-01-02")]
    bag.set_info(fields + fields[1:])  # the same field twice, with the same (correct) value
    verdict = invalid(bag)
    assert has(verdict.problems, "bag-info", "bag-info.txt", label, "2 times")


def test_reserved_field_once_is_valid(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", oxum=False)
    bag.set_info([("Payload-Oxum", bag.oxum()), ("Bagging-Date", "2024-01-02")])
    valid(bag)


def test_payload_oxum_must_be_octets_dot_streams(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", oxum=False)
    bag.set_info([("Payload-Oxum", "23 bytes in 2 files")])
    verdict = invalid(bag)
    assert has(verdict.problems, "oxum", "bag-info.txt", "23 bytes in 2 files")


# --- manifests --------------------------------------------------------------------------


@pytest.mark.parametrize("line", ["this is not a manifest line",
                                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                                  "zz" * 32 + "  data/hello.txt"])
def test_malformed_manifest_line(tmp_path: Path, line: str) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.add_line("manifest-sha256.txt", line)
    verdict = invalid(bag)
    assert has(verdict.problems, "manifest", "manifest-sha256.txt:3", "malformed")


def test_digest_of_the_wrong_length(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    lines = bag.lines("manifest-sha256.txt")
    bag.set_lines("manifest-sha256.txt", [lines[0][:63] + lines[0][64:]] + lines[1:])
    verdict = invalid(bag)
    assert has(verdict.problems, "manifest", "manifest-sha256.txt:1", "63")


def test_manifest_of_an_unsupported_algorithm(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.write("manifest-foo.txt", "0123456789abcdef  data/hello.txt\n")
    verdict = invalid(bag)
    assert has(verdict.problems, "algorithm", "manifest-foo.txt", "foo")


def test_a_bag_needs_a_payload_manifest(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.remove("manifest-sha256.txt", retag=False)
    bag.remove("manifest-sha512.txt")
    verdict = invalid(bag)
    assert any(p.code == "manifest" for p in verdict.problems)


def test_same_path_twice_in_one_1_0_manifest(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.add_line("manifest-sha256.txt", bag.lines("manifest-sha256.txt")[0])  # same digest, same path
    verdict = invalid(bag)
    assert has(verdict.problems, "duplicate", "manifest-sha256.txt:3", "data/hello.txt")


def test_same_path_twice_with_the_same_digest_only_warns_in_0_97(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", version="0.97")
    bag.add_line("manifest-sha256.txt", bag.lines("manifest-sha256.txt")[0])
    verdict = valid(bag)
    assert has(verdict.warnings, "duplicate", "manifest-sha256.txt:3", "data/hello.txt")


def test_payload_manifest_must_list_only_payload(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.list_payload("bag-info.txt")
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and "bag-info.txt" in p.message for p in verdict.problems)


def test_tag_manifest_must_not_list_payload(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    data = (bag / "data/hello.txt").read_bytes()
    bag.add_line("tagmanifest-sha256.txt", f"{digest(data, 'sha256')}  data/hello.txt", retag=False)
    verdict = invalid(bag)
    assert any(p.code == "unsafe-path" and "data/hello.txt" in p.message for p in verdict.problems)


# --- percent-encoded names -----------------------------------------------------------------


@pytest.mark.parametrize(("name", "listed"), [
    ("a%b.txt", "data/a%25b.txt"),
    ("a%25b.txt", "data/a%2525b.txt"),             # decoded once, not twice
    ("new\nline.txt", "data/new%0aline.txt"),      # lowercase hex
    ("new\nline.txt", "data/new%0Aline.txt"),
    ("carriage\rreturn.txt", "data/carriage%0dreturn.txt"),
    ("%7Etest.txt", "data/%7Etest.txt"),           # only %0A, %0D and %25 are decoded
    ("with space.txt", "data/with space.txt"),
])
def test_percent_encoded_names(tmp_path: Path, name: str, listed: str) -> None:
    bag = make_bag(tmp_path / "bag", {name: b"payload\n", "plain.txt": b"plain\n"}, raw_paths={name: listed})
    verdict = valid(bag)
    assert verdict.files == 2
    assert not any(w.code in ("unlisted", "missing") for w in verdict.warnings)


def test_percent_encoded_name_still_has_its_digest_checked(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", {"new\nline.txt": b"payload\n"}, raw_paths={"new\nline.txt": "data/new%0aline.txt"})
    bag.write("data/new\nline.txt", b"PAYLOAD\n", retag=False)
    verdict = invalid(bag)
    assert has(verdict.problems, "checksum", "data/new\nline.txt")


def test_unencoded_percent_sequence_does_not_match_a_decoded_name(tmp_path: Path) -> None:
    """data/%7Etest.txt names the file '%7Etest.txt', never '~test.txt'."""
    bag = make_bag(tmp_path / "bag", {"~test.txt": b"payload\n"}, raw_paths={"~test.txt": "data/%7Etest.txt"})
    verdict = invalid(bag)
    assert has(verdict.problems, "missing", "data/%7Etest.txt")
    assert any(p.code == "unlisted" and p.path == "data/~test.txt" for p in verdict.problems)


# --- Unicode normalization ------------------------------------------------------------------

NFC = unicodedata.normalize("NFC", "Núñez.txt")
NFD = unicodedata.normalize("NFD", NFC)


def test_nfd_on_disk_listed_in_nfc_is_valid_with_a_warning(tmp_path: Path) -> None:
    assert NFC != NFD
    bag = make_bag(tmp_path / "bag", {NFD: b"content\n"}, raw_paths={NFD: "data/" + NFC})
    verdict = valid(bag)
    assert any(w.code == "normalization" for w in verdict.warnings)


def test_nfd_on_disk_listed_in_nfc_still_has_its_digest_checked(tmp_path: Path) -> None:
    """The file found through its normalization twin must still be digested: a flipped byte fails."""
    bag = make_bag(tmp_path / "bag", {NFD: b"content\n"}, raw_paths={NFD: "data/" + NFC})
    bag.write("data/" + NFD, b"CONTENT\n", retag=False)
    verdict = audit(bag)
    assert not verdict.valid, "a corrupted file passed because its name differs only in normalization"
    assert {p.code for p in verdict.problems} == {"checksum"}
    assert {p.algorithm for p in verdict.problems} == {"sha256", "sha512"}


def test_two_distinct_files_that_are_normalization_twins(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", {NFC: b"composed\n", NFD: b"decomposed\n"})
    verdict = audit(bag)  # must not crash
    assert verdict.valid, [str(p) for p in verdict.problems]
    assert verdict.files == 2
    assert any(w.code == "normalization" for w in verdict.warnings)


def test_one_of_two_normalization_twins_corrupted(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag", {NFC: b"composed\n", NFD: b"decomposed\n"})
    bag.write("data/" + NFD, b"DECOMPOSED\n", retag=False)
    verdict = invalid(bag)
    assert {(p.code, p.path) for p in verdict.problems} == {("checksum", "data/" + NFD)}


# --- the bag's own path -----------------------------------------------------------------------


def test_bag_directory_named_like_a_tag_manifest(tmp_path: Path) -> None:
    """bagit-python mistakes such a bag path for a tag manifest and crashes; we verify normally."""
    bag = make_bag(tmp_path / "tagmanifest-sha256.txt-bag")
    verdict = valid(bag)
    assert verdict.files == 2 and verdict.warnings == []
    bag.write("data/hello.txt", b"HELLO, world\n", retag=False)
    assert codes(invalid(bag).problems) == {("checksum", "data/hello.txt")}


def test_bag_inside_a_manifest_named_folder(tmp_path: Path) -> None:
    valid(make_bag(tmp_path / "manifest-md5.txt" / "bag"))


# --- fast mode ----------------------------------------------------------------------------------


def test_fast_mode_skips_digests_but_not_completeness(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    assert valid(bag, fast=True).mode == "fast"
    path = bag / "data/hello.txt"
    data = bytearray(path.read_bytes())
    data[0] ^= 0x01  # same size: Payload-Oxum cannot see it
    bag.write("data/hello.txt", bytes(data), retag=False)
    assert valid(bag, fast=True).mode == "fast"
    full = invalid(bag)
    assert full.mode == "full"
    assert codes(full.problems) == {("checksum", "data/hello.txt")}

    bag.remove("data/hello.txt", retag=False)
    for fast in (True, False):
        verdict = invalid(bag, fast=fast)
        assert has(verdict.problems, "missing", "data/hello.txt")


# --- files that are not regular files ----------------------------------------------------------


def verdict_in_child(bag: HandBag) -> dict:
    """verify_bag in a child process with a deadline: a verifier blocked on a FIFO fails the test.

    (In this process a hung digest thread would also keep pytest from exiting.)
    """
    script = ("import json, sys\nfrom archive.fixity.verify import verify_bag\n"
              "v = verify_bag(sys.argv[1])\n"
              "print(json.dumps({'valid': v.valid, 'paths': [p.path for p in v.problems]}))\n")
    try:
        done = subprocess.run([sys.executable, "-c", script, str(bag.path)], check=False, capture_output=True,
                              text=True, timeout=10, cwd=Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        pytest.fail(f"verify_bag hung on {bag.path}")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_listed_fifo_in_the_payload_is_reported_not_waited_on(tmp_path: Path) -> None:
    """Opening a FIFO to digest it blocks until someone writes to it: the auditor must not hang."""
    bag = make_bag(tmp_path / "bag")
    os.mkfifo(bag / "data" / "fifo")
    bag.list_payload("data/fifo", b"")
    result = verdict_in_child(bag)
    assert result["valid"] is False
    assert "data/fifo" in result["paths"]


@pytest.mark.parametrize("name", ["bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                                  "fetch.txt"])
def test_a_fifo_in_place_of_a_tag_file_is_reported_not_waited_on(tmp_path: Path, name: str) -> None:
    """The tag files are read whole before anything else: a FIFO there must not block the audit either."""
    bag = make_bag(tmp_path / "bag")
    if (bag / name).exists():
        (bag / name).unlink()
    os.mkfifo(bag / name)
    result = verdict_in_child(bag)
    assert result["valid"] is False
    assert any(path == name or path.startswith(name + ":") for path in result["paths"]), result


def test_a_holey_bag_whose_oxum_counts_the_files_to_fetch_is_valid(tmp_path: Path) -> None:
    """Bagging tools write Payload-Oxum for the complete payload, fetched files included."""
    bag = make_bag(tmp_path / "bag", {"a.txt": b"aaa", "b.txt": b"bbbb"})  # Payload-Oxum 7.2
    bag.remove("data/b.txt", retag=False)
    bag.write("fetch.txt", "https://example.org/b.txt 4 data/b.txt\n")
    verdict = valid(bag)
    assert has(verdict.warnings, "oxum", "bag-info.txt", "7.2", "to fetch")
    assert sum(w.code == "fetch" for w in verdict.warnings) == 1, "one warning per file, not per manifest"


def test_a_manifest_of_an_unsupported_algorithm_with_a_dash_is_reported(tmp_path: Path) -> None:
    bag = make_bag(tmp_path / "bag")
    bag.write("manifest-sha3-256.txt", "00  data/hello.txt\n")
    verdict = invalid(bag)
    assert has(verdict.problems, "algorithm", "manifest-sha3-256.txt", "sha3-256")
