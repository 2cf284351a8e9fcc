"""OAI-PMH 2.0 endpoint (placeholder)."""
from flask import Blueprint

bp = Blueprint("oai", __name__)
