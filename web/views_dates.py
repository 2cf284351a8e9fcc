"""Browse by date (placeholder)."""
from flask import request

from .site import bp, page


@bp.route("/dates")
@bp.route("/dates.json")
def dates():
    return page("error.html", {}, as_json=request.path.endswith(".json"), status=501, message="not yet")
