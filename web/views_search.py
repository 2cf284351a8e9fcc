"""Search page (placeholder until the search views are written)."""
from flask import request

from .site import bp, page


@bp.route("/")
@bp.route("/index.json")
@bp.route("/search")
@bp.route("/search.json")
def search():
    return page("error.html", {}, as_json=request.path.endswith(".json"), status=501, message="not yet")
