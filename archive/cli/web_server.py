"""Run the read-only web front end (package ``web``) on gunicorn, a production WSGI server.

Why gunicorn and not waitress: searching is CPU-bound pure Python, so one
process of threads (waitress) uses one core whatever its thread count; gunicorn
runs one worker process per core (``gthread`` workers, a few threads each, so a
slow client never blocks a core). Each worker builds its own app with
``web.create_app``; nothing is shared between them but the archive root on disk.
The app is imported lazily, so the core library does not need Flask.
"""

from __future__ import annotations

import os

from archive.errors import ArchiveError
from archive.preservation.root import open_root

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5000
THREADS_PER_WORKER = 4


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def serve(root=None, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
          workers: int | None = None, threads: int = THREADS_PER_WORKER, access_log: bool = False) -> None:
    """Serve the archive at ``root`` until interrupted (SIGINT/SIGTERM stop it cleanly)."""
    from gunicorn.app.base import BaseApplication

    archive = open_root(root)            # fail early and clearly, before forking workers
    path = str(archive.path)
    options = {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers or default_workers(),
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 60,
        "graceful_timeout": 10,
        "accesslog": "-" if access_log else None,
        "errorlog": "-",
        "loglevel": "warning",
        "preload_app": False,
    }

    class Application(BaseApplication):
        def load_config(self) -> None:
            for key, value in options.items():
                if value is not None:
                    self.cfg.set(key, value)

        def load(self):
            from web import create_app
            return create_app({"ARCHIVE_ROOT": path})

    try:
        Application().run()
    except SystemExit as exc:            # gunicorn exits on a bind failure with its own message
        if exc.code not in (0, None):
            raise ArchiveError(f"the web server stopped (could not listen on {host}:{port}?)") from None
