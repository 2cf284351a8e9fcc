"""Killing a command at chosen moments: what the kill-at-any-moment tests of bag changes share.

``tests/test_amend_crash.py`` and ``tests/test_purge_crash.py`` run a real ``archive``
command in a process group of its own and SIGKILL it, either after a delay spread over the
command's measured duration or the moment the filesystem shows a chosen step (a new version
being staged in ``bags/.staging``, the new version swapped in), then check that the bag is
exactly the old version or the new one and that the next command finishes the work.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parent.parent


def kill_when(argv: list[str], ready: Callable[[], bool] | None, delay: float) -> bool:
    """Run ``argv``; SIGKILL its process group once ``ready()`` holds or ``delay`` seconds pass.
    Whether it was killed (False: it finished first)."""
    process = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    deadline = time.monotonic() + delay
    try:
        while process.poll() is None:
            if time.monotonic() >= deadline or (ready is not None and ready()):
                os.killpg(process.pid, signal.SIGKILL)
                break
            time.sleep(0.0002)
    finally:
        process.wait(timeout=30)
    return process.returncode == -signal.SIGKILL


def staging_holds_a_version(root: Path) -> bool:
    """A new version of a bag is being built in the staging area."""
    try:
        return any(entry.name.startswith("version-") for entry in os.scandir(root / "bags" / ".staging"))
    except FileNotFoundError:
        return False


def spread_delays(duration: float, kills: int, label: str) -> list[float]:
    """``kills`` delays spread over ``duration``, one in each equal slice (seeded by ``label``)."""
    rng = random.Random(f"{label}-{kills}")
    return sorted(duration * (k + rng.random()) / kills for k in range(kills))
