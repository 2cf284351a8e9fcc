"""The Library of Congress BagIt conformance suite, bag by bag, through ``verify_bag``.

valid/ and warning/ bags must verify valid; invalid/ and linux-only/ bags
must verify invalid (linux-only holds the absolute and ``~`` paths that only
mean something on a POSIX filesystem). windows-only/ does not apply on Linux
and is left out. v1.0 and v0.97 are the versions this archive is audited
against; the older drafts (v0.93 to v0.96) only have valid bags and run in a
parametrization of their own.

Two v0.97 warning/ bags cannot be what the suite intends once checked out
from git onto Linux; each has its own test below saying why it is invalid.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bagbuilder import audit

from archive.fixity.verdict import BagVerdict
from conftest import SHARED, shared

SUITE = SHARED / "bagit-conformance"
CURRENT = ("v1.0", "v0.97")
OLDER = ("v0.93", "v0.94", "v0.95", "v0.96")
FOLDERS = ("valid", "invalid", "warning", "linux-only")
EXPECTED_VALID = {"valid": True, "warning": True, "invalid": False, "linux-only": False}

#: warning/ bags that a git checkout on Linux turns invalid (see their own tests)
DELIBERATE = {"v0.97/warning/special-system-files", "v0.97/warning/duplicate-file-with-different-case"}
#: warning/ bags whose oddity the verifier must point out, and the warning code that names it
WARNS = {"v0.97/warning/made-with-md5sum-tools": "manifest",
         "v0.97/warning/relative-path": "manifest",
         "v0.97/warning/same-filename-listed-twice-with-the-same-hash": "duplicate",
         "v0.97/warning/same-filename-listed-twice-with-different-normalization": "normalization"}


def cases(versions: tuple[str, ...]) -> list:
    found = []
    for version in versions:
        for folder in FOLDERS:
            top = SUITE / version / folder
            if not top.is_dir():
                continue
            for bag in sorted(p for p in top.iterdir() if p.is_dir()):  # skips the suite's Makefiles
                case = f"{version}/{folder}/{bag.name}"
                if case not in DELIBERATE:
                    found.append(pytest.param(bag, folder, id=case))
    return found


def case_of(bag: Path) -> str:
    return "/".join(bag.parts[-3:])


def describe(verdict: BagVerdict) -> str:
    return "\n".join([f"problems: {[str(p) for p in verdict.problems]}",
                      f"warnings: {[str(w) for w in verdict.warnings]}"])


def test_the_suite_is_there() -> None:
    """Without the suite the parametrized tests would silently vanish: skipped with the reason
    (a clone on its own), a failure under CI (ARCHIVE_REQUIRE_SHARED=1)."""
    shared("bagit-conformance")
    assert len(cases(CURRENT)) >= 35
    assert len(cases(OLDER)) >= 12
    assert (SUITE / "v0.97" / "windows-only").is_dir()  # exists, and is deliberately not run


def check(bag: Path, folder: str) -> BagVerdict:
    verdict = audit(bag)
    assert verdict.valid is EXPECTED_VALID[folder], f"{case_of(bag)}\n{describe(verdict)}"
    if not verdict.valid:
        assert verdict.problems
        assert any(p.path and p.message for p in verdict.problems), describe(verdict)
    return verdict


@pytest.mark.parametrize(("bag", "folder"), cases(CURRENT))
def test_current_versions(bag: Path, folder: str) -> None:
    verdict = check(bag, folder)
    wanted = WARNS.get(case_of(bag))
    if wanted:
        assert any(w.code == wanted and w.path and w.message for w in verdict.warnings), describe(verdict)


@pytest.mark.parametrize(("bag", "folder"), cases(OLDER))
def test_older_drafts(bag: Path, folder: str) -> None:
    check(bag, folder)


def test_special_system_files_is_invalid_from_a_git_checkout() -> None:
    """The suite means this bag to warn about an OS droppings file (data/.DS_Store) that is listed.

    The .DS_Store file itself did not survive the trip through git, so the
    manifest lists a file that is not there: on this checkout the bag is
    incomplete, hence invalid, and the verdict must say which file is missing.
    """
    bag = shared("bagit-conformance", "v0.97", "warning", "special-system-files")
    assert not (bag / "data" / ".DS_Store").exists()
    verdict = audit(bag)
    assert not verdict.valid
    assert ("missing", "data/.DS_Store") in {(p.code, p.path) for p in verdict.problems}, describe(verdict)


def test_duplicate_file_with_different_case_is_invalid_on_linux() -> None:
    """The suite's bag lists data/hello.txt and data/HELLO.txt, one file on a case-insensitive disk.

    Only a case-insensitive filesystem (macOS, Windows) makes both names open
    the same file. On Linux data/HELLO.txt simply does not exist, so the bag
    is incomplete, hence invalid, and the verdict must name the missing file.
    """
    bag = shared("bagit-conformance", "v0.97", "warning", "duplicate-file-with-different-case")
    assert not (bag / "data" / "HELLO.txt").exists()
    verdict = audit(bag)
    assert not verdict.valid
    assert ("missing", "data/HELLO.txt") in {(p.code, p.path) for p in verdict.problems}, describe(verdict)
