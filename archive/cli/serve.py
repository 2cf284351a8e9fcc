"""``archive serve``: the read-only web site on a production WSGI server (see :mod:`archive.cli.web_server`)."""

from __future__ import annotations

import click

from archive.cli.common import _call, root_option
from archive.cli.web_server import DEFAULT_HOST, DEFAULT_PORT, THREADS_PER_WORKER, serve


@click.command("serve")
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True)
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default: one per core).")
@click.option("--threads", type=click.IntRange(min=1), default=THREADS_PER_WORKER, show_default=True,
              help="Threads per worker process.")
@click.option("--access-log", is_flag=True, help="Log every request to stderr.")
@root_option
def serve_command(host: str, port: int, workers: int | None, threads: int, access_log: bool,
                  root: str | None) -> None:
    """Serve the read-only web site for researchers (search, articles, people, dates, OAI-PMH).

    Runs gunicorn with one worker process per core; stop it with Ctrl-C.
    """
    click.echo(f"serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    _call(serve, root, host=host, port=port, workers=workers, threads=threads, access_log=access_log)
