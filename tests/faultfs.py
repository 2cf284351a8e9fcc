"""Small real filesystems for fault injection: out of blocks, out of inodes, read-only mid-work.

Each store is an ext4 image made by the test and loop-mounted (as root; CI runs
as root), so the archive meets the errors a real disk gives: ENOSPC from the
block allocator or the inode table, EROFS once ext4 has turned itself
read-only. Where the machine cannot mount (not root, no loop devices), the
test is skipped with that reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@contextmanager
def small_store(where: Path, *, megabytes: int = 32, inodes: int | None = None) -> Iterator[Path]:
    """A freshly made ext4 filesystem of this size (and inode count) mounted at ``where/mnt``."""
    if os.geteuid() != 0:
        pytest.skip("fault injection needs root, to loop-mount a small filesystem")
    image, mount = where / "store.img", where / "mnt"
    mount.mkdir(parents=True)
    with open(image, "wb") as handle:
        handle.truncate(megabytes * 1024 * 1024)
    made = _run("mkfs.ext4", "-q", "-F", "-m", "0", *(("-N", str(inodes)) if inodes else ()), str(image))
    if made.returncode:
        pytest.skip(f"cannot make an ext4 filesystem here: {made.stderr.strip()}")
    mounted = _run("mount", "-o", "loop,errors=remount-ro", str(image), str(mount))
    if mounted.returncode:
        pytest.skip(f"cannot loop-mount a filesystem here: {mounted.stderr.strip()}")
    try:
        yield mount
    finally:
        if _run("umount", str(mount)).returncode:
            _run("umount", "-l", str(mount))


def turn_read_only(mount: Path) -> None:
    """Make ext4 report an error on this filesystem, which (errors=remount-ro) turns it
    read-only at once, with files open, as a failing disk does."""
    device = _run("findmnt", "-n", "-o", "SOURCE", str(mount)).stdout.strip()
    trigger = Path("/sys/fs/ext4") / Path(device).name / "trigger_fs_error"
    if not trigger.exists():
        pytest.skip(f"this kernel cannot trigger an ext4 error ({trigger} is missing)")
    trigger.write_text("fault injection by the archive's tests\n")


def repair_and_remount(mount: Path) -> None:
    """What an operator does after a disk error: unmount, fsck, mount read-write again."""
    device = _run("findmnt", "-n", "-o", "SOURCE", str(mount)).stdout.strip()
    image = _run("losetup", "-n", "-O", "BACK-FILE", device).stdout.strip()
    assert _run("umount", str(mount)).returncode == 0
    _run("e2fsck", "-f", "-y", image)
    assert _run("mount", "-o", "loop,errors=remount-ro", image, str(mount)).returncode == 0


def fill(mount: Path, *, leave_blocks: int | None = None, leave_inodes: int | None = None) -> Path:
    """Use up the filesystem's free blocks (all but ``leave_blocks`` of them) or free inodes (all
    but ``leave_inodes``) with files in ``mount/filler``; removing that folder gives the room back."""
    filler = mount / "filler"
    filler.mkdir(exist_ok=True)
    if leave_inodes is not None:
        for number in range(max(0, os.statvfs(mount).f_favail - leave_inodes)):
            try:
                (filler / f"f{number}").touch()
            except OSError:      # the folder itself may need a block that is not there
                break
        return filler
    stats = os.statvfs(mount)
    spare = max(0, stats.f_bavail - (leave_blocks or 0)) * stats.f_frsize
    with open(filler / "blocks", "wb", buffering=0) as handle:
        while spare > 0:
            chunk = min(spare, 1 << 20)
            try:
                handle.write(b"\0" * chunk)
            except OSError:      # the file's own index blocks took the last few
                break
            spare -= chunk
        os.fsync(handle.fileno())
    return filler


def archive_command() -> list[str]:
    return [sys.executable, "-m", "archive"]


def archive(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real ``archive`` command in a process of its own (a traceback would show in stderr)."""
    return subprocess.run([*archive_command(), *args], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout, check=False)


def error_lines(done: subprocess.CompletedProcess) -> list[str]:
    return [line for line in done.stderr.splitlines() if line.startswith("error:")]
