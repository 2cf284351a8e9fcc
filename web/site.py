"""The ``site`` blueprint: every HTML page and its JSON twin.

The views live in modules named for what they show (``views_search``,
``views_item``, ``views_people``, ``views_dates``); each registers its routes on
:data:`bp`. :func:`page` is the one way a view answers, so that an HTML page and
its ``.json`` twin always carry the same data.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, jsonify, render_template, request

bp = Blueprint("site", __name__)


def json_twin_url() -> str:
    """The URL of the current page's JSON twin: the same path plus ``.json``, same query string."""
    path = request.path.rstrip("/") or "/index"
    query = request.query_string.decode("ascii", "replace")
    return path + ".json" + (f"?{query}" if query else "")


def page(template: str, data: dict[str, Any], *, as_json: bool, **context: Any):
    """Answer with ``data`` as JSON (the twin) or render ``template`` with it (plus ``context``)."""
    if as_json:
        return jsonify(data)
    return render_template(template, data=data, json_url=json_twin_url(), **context)


@bp.route("/about.json")
@bp.route("/about")      # listed last, so url_for("site.about") builds this one
def about():
    """What this site is, and where its machine interfaces are."""
    from archive.api import __version__
    from .context import archive_root
    root = archive_root()
    data = {"name": root.config.name, "software": f"archive {__version__}",
            "interfaces": {"json": "append .json to any page's path (same query string)",
                           "csv": "/search.csv?... exports a result set",
                           "oai-pmh": "/oai?verb=Identify"}}
    return page("about.html", data, as_json=request.path.endswith(".json"), title="About")


from . import views_dates, views_item, views_people, views_search  # noqa: E402,F401  (register routes)
