"""People pages (placeholder)."""
from flask import request

from .site import bp, page


@bp.route("/people")
@bp.route("/people.json")
def people():
    return page("error.html", {}, as_json=request.path.endswith(".json"), status=501, message="not yet")
