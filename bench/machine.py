"""What every benchmark prints first: the machine its figures were measured on."""

from __future__ import annotations

import os
import platform
import subprocess
from pathlib import Path


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def filesystem(folder: Path) -> str:
    """The type and device of the filesystem holding ``folder``, as df reports them."""
    try:
        df = subprocess.run(["df", "-T", str(folder)], stdout=subprocess.PIPE, text=True,
                            check=True).stdout.splitlines()[-1].split()
        return f"{df[1]} ({df[0]})"
    except (OSError, subprocess.CalledProcessError, IndexError):
        return "unknown"


def machine_line(folder: Path, extra: str = "") -> str:
    """Cores, CPU, Python and kernel, anything ``extra``, and where the data lives."""
    return (f"nproc {os.cpu_count()}; CPU {cpu_model()}; Python {platform.python_version()} "
            f"({platform.system()} {platform.release()}); {extra + '; ' if extra else ''}"
            f"data in {folder} on {filesystem(folder)}")
