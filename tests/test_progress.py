"""Progress bars appear on a terminal (and only there), below the per-item lines."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from archive.preservation.root import ArchiveRoot
from conftest import REPO


def _run_on_a_terminal(args: list[str]) -> tuple[str, str]:
    """Run the archive command with stderr on a pseudo-terminal; return (stdout, terminal output)."""
    controller, terminal = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "archive", *args], cwd=REPO,
                               stdout=subprocess.PIPE, stderr=terminal)
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closes when the command ends
            break
        if not chunk:
            break
        shown += chunk
    stdout = process.communicate(timeout=120)[0]
    os.close(controller)
    return stdout.decode(), shown.decode(errors="replace")


def _batch(folder: Path, count: int) -> None:
    for number in range(count):
        (folder / f"note-{number:03d}.txt").write_text(f"Invented note number {number} for a progress bar.\n")


def test_ingest_and_verify_draw_a_progress_bar_on_a_terminal(root: ArchiveRoot, inbox: Path) -> None:
    _batch(inbox, 40)
    lines, bar = _run_on_a_terminal(["ingest", "--root", str(root.path), str(inbox)])
    assert "40/40 files" in bar and "[" + "#" * 30 + "]" in bar
    assert lines.count("\narchived") + lines.startswith("archived") == 40  # the lines stay on stdout
    lines, bar = _run_on_a_terminal(["verify", "--root", str(root.path)])
    assert "40/40" in bar and lines.count("valid ") == 40


def test_no_progress_bar_for_small_batches_or_json(root: ArchiveRoot, inbox: Path) -> None:
    _batch(inbox, 5)
    _, bar = _run_on_a_terminal(["ingest", "--root", str(root.path), str(inbox)])
    assert "files," not in bar
    _batch(inbox, 40)
    _, bar = _run_on_a_terminal(["ingest", "--json", "--root", str(root.path), str(inbox)])
    assert "files," not in bar
