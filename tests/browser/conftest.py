"""Fixtures of the real-browser tests: a live ``archive serve`` and Debian's chromium under Playwright.

Why a real server and a real browser: the Flask test client proves what the
app answers; only a browser proves that the pages work as a researcher uses
them (links and forms followed, the CSP applied, focus drawn, layout at phone
width) and lets axe-core check accessibility on the rendered page.

Nothing here skips: CI installs chromium and axe-core (scripts/system-deps.sh,
``make test``), so a missing piece is a loud failure naming it.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
#: How long the server may take to answer its first request before the tests give up.
STARTUP_SECONDS = 30.0


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, seconds: float, log: Path) -> None:
    """Poll ``url`` until it answers (any HTTP status), the server dies, or ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"archive serve exited with status {process.returncode} before answering:\n"
                        f"{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return                     # it answered, even if with an error page
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"archive serve did not answer {url} within {seconds:.0f} s:\n{log.read_text(errors='replace')}")


def stop(process: subprocess.Popen) -> None:
    """Stop the server we started: SIGTERM (gunicorn stops its workers), then SIGKILL if it hangs."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="session")
def live_server(web_archive, tmp_path_factory) -> Iterator[str]:
    """Base URL (no trailing slash) of a real ``archive serve`` on the web archive, on loopback."""
    yield from serve(web_archive.path, tmp_path_factory.mktemp("serve") / "serve.log")


def serve(root: Path, log: Path) -> Iterator[str]:
    """Run ``archive serve`` on ``root`` and yield its base URL until the caller is done.

    Its log goes to a file (a pipe nobody reads could fill and stall the server).
    """
    port = free_port()
    command = [sys.executable, "-m", "archive", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--workers", "2", "--root", str(root)]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with open(log, "w", encoding="utf-8") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/about", process, STARTUP_SECONDS, log)
        yield base
    finally:
        stop(process)


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium driven by Playwright (which never downloads a browser of its own)."""
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (sh scripts/system-deps.sh, or make test)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        pytest.fail(f"the Python package playwright is missing ({exc}): pip install -e '.[test]'")
    manager = sync_playwright().start()
    try:
        try:
            launched = manager.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                               args=["--no-sandbox"])
        except Exception as exc:  # noqa: BLE001 - any launch failure must stop the tests loudly
            pytest.fail(f"could not start {CHROMIUM} headless: {exc}")
        yield launched
        launched.close()
    finally:
        manager.stop()


@pytest.fixture
def page(browser):
    """A page as a researcher's browser has it: the site's CSP enforced and JavaScript OFF.

    The site needs no JavaScript, so every journey runs without it; Playwright's
    own calls (evaluate, locators) still work.
    """
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def axe_page(browser):
    """A page for axe-core: JavaScript on and the CSP bypassed, only so that axe can be injected."""
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `make test` (it runs npm ci in tests/browser)")
    context = browser.new_context(bypass_csp=True, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()
