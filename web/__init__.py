"""The read-only web front end: ``create_app(config)`` builds the Flask app.

Decisions:

* **Read only.** Every route answers GET and HEAD; any other method gets 405
  before a view runs (:func:`_only_reads`). The app calls only the archive's
  read API (``archive.preservation.catalog``, ``archive.search.searching``, ``archive.search.people``,
  ``archive.search.timeline``, ``archive.search.index.open_index``), never a function that writes.
* **One root per app.** ``config["ARCHIVE_ROOT"]`` (or ``$ARCHIVE_ROOT``, or the
  current directory) is opened once; an index rebuilt by ``archive reindex``
  is picked up on the next request, since every search opens the live index.
* **Safety.** No debug mode, ever. Every response carries a strict
  Content-Security-Policy and the usual security headers (:data:`SECURITY_HEADERS`).
  Templates autoescape; article text is never marked safe. A library error
  (a malformed query, a bad date) is a 400 page with its message, never a 500.
* **JSON twins.** Every HTML page has a twin at the same path with ``.json``
  appended (Datasette's convention), carrying the same data.
"""

from __future__ import annotations

import os
from typing import Any

from flask import Flask, Response, jsonify, render_template, request

from archive.api import ArchiveError, IndexUnavailable, ItemNotFound, open_root

__all__ = ["create_app", "SECURITY_HEADERS"]

#: Methods the site answers; anything else is 405 (the site never writes).
READ_METHODS = frozenset({"GET", "HEAD"})
#: Longest query string accepted, in characters (the search query itself is bounded by archive.search.queries).
MAX_QUERY_STRING = 4000

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; style-src 'self'; img-src 'self' data:; "
                                "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def wants_json(path: str) -> bool:
    return path.endswith(".json")


def _only_reads() -> Response | None:
    if request.method not in READ_METHODS:
        response = _error_response(405, "This site is read-only: only GET and HEAD are allowed.")
        response.headers["Allow"] = "GET, HEAD"
        return response
    if len(request.query_string) > MAX_QUERY_STRING:
        return _error_response(414, f"The query string is longer than {MAX_QUERY_STRING} characters.")
    return None


def _error_response(status: int, message: str) -> Response:
    """A 4xx/5xx as JSON for ``.json`` paths and as an HTML page otherwise."""
    if wants_json(request.path):
        response = jsonify({"error": message, "status": status})
    else:
        response = Response(render_template("error.html", status=status, message=message),
                            mimetype="text/html")
    response.status_code = status
    return response


def _secure(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _register_errors(app: Flask) -> None:
    @app.errorhandler(ArchiveError)
    def archive_error(error: ArchiveError):
        # 503: the archive has no readable index (the admin must run archive reindex)
        status = 404 if isinstance(error, ItemNotFound) else 503 if isinstance(error, IndexUnavailable) else 400
        return _error_response(status, str(error))

    for status, text in ((400, "Bad request."), (403, "Withheld."), (404, "Not found."), (405, "Method not allowed."),
                         (414, "Request too long."), (500, "Internal error.")):
        app.register_error_handler(
            status, lambda error, s=status, t=text: _error_response(s, getattr(error, "description", t)
                                                                   if s != 500 else t))


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app for one archive root. ``config`` keys: ``ARCHIVE_ROOT`` and any Flask setting."""
    app = Flask(__name__)
    app.config.update(ARCHIVE_ROOT=os.environ.get("ARCHIVE_ROOT"), JSON_SORT_KEYS=False)
    app.config.update(config or {})
    app.config["DEBUG"] = False            # never, whatever the config says
    app.debug = False
    app.json.sort_keys = False
    app.json.ensure_ascii = False
    app.extensions["archive_root"] = root = open_root(app.config["ARCHIVE_ROOT"])
    app.context_processor(lambda: {"archive_name": root.config.name})   # archive.toml's name, on every page
    app.before_request(_only_reads)
    app.after_request(_secure)
    _register_errors(app)
    from . import oai, site   # the blueprints: the pages and their twins; OAI-PMH
    app.register_blueprint(site.bp)
    app.register_blueprint(oai.bp)
    return app
