"""Bags from others that must be refused: invalid, hostile, or a bomb.

An invalid bag is refused whole, in one outcome line naming every problem, and nothing of it
is archived. A serialized bag whose members escape its top directory (``../``, absolute
paths), are links (symbolic or hard) or devices, or unpack beyond the bounds tied to
``max_file_bytes`` (a zip bomb, a gzip bomb) is refused before anything is written where it
could do harm. Each through the real command: one clear line and exit status 1.
"""

from __future__ import annotations

import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from archive.preservation.catalog import bag_dirs
from archive.preservation.config import Config
from archive.preservation.root import init_root
from archive.preservation.unpack import Limits, survey
from transfer_bags import (left_in_staging, rewrite_manifests, sender_bag, serialize, tar_member, tar_with,
                           zip_with)


def _damage(bag: Path, what: str) -> str:
    """Damage a valid bag one way; return what the refusal must name."""
    if what == "changed byte":
        path = bag / "data" / "harbour.txt"
        data = bytearray(path.read_bytes())
        data[10] ^= 0x20
        path.write_bytes(bytes(data))
        return "data/harbour.txt: sha256 mismatch"
    if what == "missing file":
        (bag / "data" / "news" / "council.txt").unlink()
        return "data/news/council.txt: listed in manifest-"
    if what == "extra file":
        (bag / "data" / "news" / "extra.txt").write_text("Not in any manifest.\n", encoding="utf-8")
        return "data/news/extra.txt: in the payload but not listed"
    if what == "bad manifest line":
        with open(bag / "manifest-sha256.txt", "a", encoding="utf-8") as handle:
            handle.write("this-is-not-a-digest\n")
        rewrite_manifests(bag)
        return "manifest-sha256.txt:4: malformed line"
    raise AssertionError(what)


DAMAGE = ("changed byte", "missing file", "extra file", "bad manifest line")


def _refusal(result, root) -> str:
    """The one refused line; and nothing archived, nothing left unpacked."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    refused = [line for line in result.output.splitlines() if line.startswith("refused")]
    assert len(refused) == 1, result.output
    assert list(bag_dirs(root)) == [] and left_in_staging(root) == []
    return refused[0]


@pytest.mark.parametrize("what", DAMAGE)
@pytest.mark.parametrize("form", ["folder", "zip"])
def test_an_invalid_bag_is_refused_whole_naming_the_problem(tmp_path, root, cli, what, form):
    bag = sender_bag(tmp_path / "sender")
    expected = _damage(bag, what)
    given = bag if form == "folder" else serialize(bag, "zip", tmp_path / "post")
    line = _refusal(cli("ingest", "--no-index", given), root)
    assert "refused whole (nothing of it archived)" in line and expected in line


def test_every_problem_of_a_bag_is_named_at_once(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    expected = [_damage(bag, what) for what in DAMAGE]
    line = _refusal(cli("ingest", "--no-index", bag), root)
    for text in expected:
        assert text in line, text
    assert "Payload-Oxum" in line


def test_an_invalid_bag_beside_good_files_leaves_them_archived(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "batch")
    _damage(bag, "changed byte")
    (tmp_path / "batch" / "own.txt").write_text("Our own report on the harbour.\n", encoding="utf-8")
    result = cli("ingest", "--no-index", tmp_path / "batch")
    assert result.exit_code == 1
    assert "1 archived, 0 already archived, 1 refused" in result.output
    assert [b.name for b in bag_dirs(root)] and len(list(bag_dirs(root))) == 1


# --- hostile serialized bags ------------------------------------------------------------------


def _hostile(bag: Path, out: Path, case: str) -> tuple[Path, str]:
    """A serialized bag with one hostile member; what the refusal must say."""
    top = bag.name
    if case == "tar ../":
        return tar_with(bag, out, tar_member("../escaped.txt", size=5), data={"../escaped.txt": b"owned"}), \
            "'../escaped.txt' climbs out of the bag with '..'"
    if case == "tar nested ../":
        name = f"{top}/data/../../escaped.txt"
        return tar_with(bag, out, tar_member(name, size=5), data={name: b"owned"}), "climbs out"
    if case == "tar absolute":
        name = str(out.parent / "absolute.txt")
        return tar_with(bag, out, tar_member(name, size=5), data={name: b"owned"}), "is an absolute path"
    if case == "zip ../":
        return zip_with(bag, out, {f"{top}/../../escaped.txt": b"owned"}), "climbs out of the bag"
    if case == "zip absolute":
        return zip_with(bag, out, {"/tmp/absolute.txt": b"owned"}), "is an absolute path"
    if case == "tar symlink":
        return tar_with(bag, out, tar_member(f"{top}/data/passwd", tarfile.SYMTYPE, "/etc/passwd")), \
            "is a symbolic link to '/etc/passwd', which a bag may not hold"
    if case == "tar hard link":
        return tar_with(bag, out, tar_member(f"{top}/data/copy.txt", tarfile.LNKTYPE, f"{top}/data/harbour.txt")), \
            "is a hard link to"
    if case == "tar device":
        return tar_with(bag, out, tar_member(f"{top}/data/disk", tarfile.BLKTYPE)), "is a block device"
    if case == "tar fifo":
        return tar_with(bag, out, tar_member(f"{top}/data/pipe", tarfile.FIFOTYPE)), "is a FIFO"
    if case == "zip symlink":
        return zip_with(bag, out, symlinks={f"{top}/data/passwd": "/etc/passwd"}), "is a symbolic link"
    raise AssertionError(case)


HOSTILE = ("tar ../", "tar nested ../", "tar absolute", "zip ../", "zip absolute", "tar symlink",
           "tar hard link", "tar device", "tar fifo", "zip symlink")


@pytest.mark.parametrize("case", HOSTILE)
def test_a_serialized_bag_that_escapes_or_holds_links_is_refused(tmp_path, root, cli, case):
    bag = sender_bag(tmp_path / "sender")
    packed, expected = _hostile(bag, tmp_path / "post", case)
    line = _refusal(cli("ingest", "--no-index", packed), root)
    assert "posing as a bag, refused whole" in line and expected in line, line
    everything = [p.name for p in tmp_path.rglob("*")] + os.listdir("/tmp")
    assert "escaped.txt" not in everything and "absolute.txt" not in everything
    assert not Path("/etc/passwd").is_symlink()


def test_a_bag_without_its_top_level_directory_is_refused(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    packed = serialize(bag, "tar", tmp_path / "post", top="")
    line = _refusal(cli("ingest", "--no-index", packed), root)
    assert "exactly one top-level directory" in line and "'bagit.txt'" in line


def test_two_bags_in_one_file_are_refused(tmp_path, root, cli):
    first = sender_bag(tmp_path / "sender", name="first")
    second = sender_bag(tmp_path / "sender", name="second")
    packed = zip_with(first, tmp_path / "post", {f"second/{p.relative_to(second).as_posix()}": p.read_bytes()
                                                  for p in second.rglob("*") if p.is_file()})
    line = _refusal(cli("ingest", "--no-index", packed), root)
    assert "'first', 'second' at its top level" in line


# --- bombs --------------------------------------------------------------------------------------


@pytest.fixture
def small_root(tmp_path):
    """An archive taking files of at most 1 MB: the unpacking bounds follow."""
    return init_root(tmp_path / "small", Config(max_file_bytes=1_000_000))


def test_a_zip_bomb_member_over_max_file_bytes_is_refused_unread(tmp_path, small_root, cli):
    bag = sender_bag(tmp_path / "sender")
    packed = zip_with(bag, tmp_path / "post", {f"{bag.name}/data/zeros.txt": b"0" * 50_000_000})
    assert packed.stat().st_size < 200_000
    line = _refusal(cli("ingest", "--root", small_root.path, "--no-index", packed), small_root)
    assert "50000000 bytes, over the limit of 1000000 (max_file_bytes" in line


def test_a_zip_bomb_of_many_small_members_is_refused_by_its_ratio(tmp_path, small_root, cli):
    bag = sender_bag(tmp_path / "sender")
    zeros = {f"{bag.name}/data/z{n}.txt": b"0" * 900_000 for n in range(6)}
    packed = zip_with(bag, tmp_path / "post", zeros)
    line = _refusal(cli("ingest", "--root", small_root.path, "--no-index", packed), small_root)
    assert "a zip bomb?" in line and "times its size" in line


def test_a_gzip_bomb_is_refused_as_it_streams(tmp_path, small_root, cli):
    bag = sender_bag(tmp_path / "sender")
    names = [f"{bag.name}/data/z{n}.txt" for n in range(8)]
    packed = tar_with(bag, tmp_path / "post", *(tar_member(n, size=900_000) for n in names),
                      data={n: b"0" * 900_000 for n in names}, mode="w:gz")
    line = _refusal(cli("ingest", "--root", small_root.path, "--no-index", packed), small_root)
    assert "bomb?" in line and "refused unread" in line


def test_a_gzip_bomb_padded_to_look_small_is_caught_by_what_comes_out_of_each_byte_read(tmp_path, small_root, cli):
    """Padding after the compressed stream makes the file large (its size ratio looks fine); the
    ratio of bytes out to bytes actually read still gives it away, after one member."""
    bag = sender_bag(tmp_path / "sender")
    names = [f"{bag.name}/data/z{n}.txt" for n in range(8)]
    packed = tar_with(bag, tmp_path / "post", *(tar_member(n, size=900_000) for n in names),
                      data={n: b"0" * 900_000 for n in names}, mode="w:gz")
    with open(packed, "ab") as handle:
        handle.write(os.urandom(30_000_000))
    line = _refusal(cli("ingest", "--root", small_root.path, "--no-index", packed), small_root)
    assert "a decompression bomb?" in line and "compressed ones" in line


def test_member_counts_are_bounded_before_zipfile_loads_the_directory(tmp_path):
    bag = sender_bag(tmp_path / "sender")
    packed = zip_with(bag, tmp_path / "post", {f"{bag.name}/data/n{n}.txt": b"x" for n in range(20)})
    found = survey(packed, Limits(1_000_000, 10_000_000, members=12))
    assert found.stopped and "declares 29 members, more than 12" in found.problems[0]
    assert not found.holds_bag, "not shown to hold a bag: ingest treats it as the file it is"
    streamed = survey(serialize(bag, "tar", tmp_path / "tar"), Limits(1_000_000, 10_000_000, members=3))
    assert streamed.stopped and "more than 3 members" in streamed.problems[-1]


# --- a bag folder with links or special files ---------------------------------------------------


def test_a_bag_folder_holding_a_symbolic_link_is_refused(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    (bag / "data" / "harbour.txt").unlink()
    (bag / "data" / "harbour.txt").symlink_to("/etc/hostname")
    line = _refusal(cli("ingest", "--no-index", bag), root)
    assert "data/harbour.txt is a symbolic link" in line


def test_a_bag_folder_holding_a_fifo_is_refused_without_hanging(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    os.mkfifo(bag / "data" / "pipe")
    line = _refusal(cli("ingest", "--no-index", bag), root)
    assert "data/pipe is not a regular file" in line


def test_a_damaged_serialized_bag_says_it_cannot_be_read(tmp_path, root, cli):
    bag = sender_bag(tmp_path / "sender")
    packed = serialize(bag, "zip", tmp_path / "post")
    data = bytearray(packed.read_bytes())
    at = data.find(b"Harbour board") if b"Harbour board" in data else len(data) // 3
    data[at:at + 40] = b"\xff" * 40       # inside a stored or deflated member: a CRC or inflate error
    packed.write_bytes(bytes(data))
    with zipfile.ZipFile(packed) as check, pytest.raises(Exception):
        check.testzip()                   # damaged indeed
    line = _refusal(cli("ingest", "--no-index", packed), root)
    assert "cannot be read as a zip archive" in line
