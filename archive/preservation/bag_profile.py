"""The BagIt profile of the archive's bags: what a bag of ours holds, as others can check it.

Written down in the bagit-profiles convention (``bagit_profile.json`` beside
this module; the same file is published as ``docs/bagit-profile.json``, and a
test keeps them equal), named in every new bag's ``BagIt-Profile-Identifier``,
and checked by ``archive verify`` (:mod:`archive.fixity.profile`). It lives in
preservation because it describes what the bag writer writes; fixity reads it.
The identifier is a URN (a name-based UUID), since the profile is published
with the software rather than at a web address.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

__all__ = ["PROFILE_ID", "PROFILE_PATH", "profile"]

PROFILE_PATH = Path(__file__).with_name("bagit_profile.json")
PROFILE_ID = "urn:uuid:df66360c-28cc-5860-b3da-3750de5c2e2e"
#: What our bags carry as Bag-Software-Agent (bags written before they named the profile).
SOFTWARE_PREFIX = "archive "


@lru_cache(maxsize=1)
def profile() -> dict:
    """The profile, parsed."""
    return json.loads(PROFILE_PATH.read_text(encoding="utf-8"))
