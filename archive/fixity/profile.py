"""Our bags against our BagIt profile: the rules RFC 8493 leaves to each archive.

RFC 8493 lets a bag leave a tag file out of its tag manifests. A bag of ours
may not: a descriptive record or provenance file removed from both tag
manifests could then be edited with no checksum to show it. So for a bag that
names our profile (:mod:`archive.preservation.bag_profile`), or that our
software wrote before bags named it, ``archive verify`` also requires what
the profile says: its bag-info fields, the sha256 manifests, the required tag
files (and no others outside the profile's list), no ``fetch.txt``, a
non-empty payload, BagIt 1.0, and every tag file listed in every tag
manifest. Each of these is an error for our bags. A bag from elsewhere that
names no profile gets a warning for a tag file its tag manifests leave out,
and nothing more; a bag naming another profile is not held to ours.

A bag of ours that was withdrawn (a PREMIS "deaccession" event its provenance ends on, see
:mod:`archive.preservation.withdraw`) says so in its verdict (:attr:`BagVerdict.withdrawal`).
A *purged* one is the one bag of ours whose payload must be empty: its payload
manifests empty, Payload-Oxum ``0.0``, its tag files the tombstone; payload files left in it
are an error, as is an empty payload that no purge explains. The profile's ``Data-Empty:
false`` does not forbid an empty payload, so a purged bag still conforms to the published profile.
"""

from __future__ import annotations

import json
from fnmatch import fnmatchcase

from archive.fixity.completeness import CompletenessChecks
from archive.fixity.manifests import Manifest
from archive.preservation.bag_profile import PROFILE_ID, SOFTWARE_PREFIX, profile
from archive.preservation.catalog import PROVENANCE_TAG, _withdrawal

__all__ = ["ProfileChecks"]


def _allowed(path: str, patterns: list[str]) -> bool:
    """Whether a tag file is one the profile allows: a name, or a pattern whose ``*`` stays within
    one folder (glob(7), as the bagit-profiles specification says; an amended bag's
    ``metadata/descriptive-v1.json`` is allowed by ``metadata/descriptive-v*.json``)."""
    return any(fnmatchcase(path, pattern) and path.count("/") == pattern.count("/") for pattern in patterns)


class ProfileChecks(CompletenessChecks):
    """The profile's rules, after completeness (they read what the walk and the manifests found)."""

    def check_profile(self, manifests: list[Manifest]) -> None:
        info = {label.lower(): value for label, value in self.bag_info_fields}
        named = info.get("bagit-profile-identifier")
        ours = named == PROFILE_ID or (named is None and info.get("bag-software-agent", "").startswith(SOFTWARE_PREFIX))
        if named is not None and not ours:
            return                       # another archive's profile: not ours to enforce
        report = self.error if ours else self.warn
        self._every_tag_file_listed(manifests, report)
        if ours:
            self.verdict.withdrawal = self._withdrawal()
            self._profile_rules(manifests, info)

    def _withdrawal(self) -> dict | None:
        """What the bag's provenance says of its withdrawal, if it ends withdrawn (read, never trusted
        further than the tag manifests that cover it: a changed record fails the fixity stage)."""
        if PROVENANCE_TAG not in self.tag_sizes:
            return None
        try:
            events = json.loads(self.read_tag_text(PROVENANCE_TAG) or "{}").get("events") or []
            found = _withdrawal([e for e in events if isinstance(e, dict)])
        except (ValueError, AttributeError):
            return None                     # unreadable: the trust and fixity checks say why
        if found is None:
            return None
        detail = found.get("eventOutcomeDetail") if isinstance(found.get("eventOutcomeDetail"), dict) else {}
        return {"date": str(found.get("eventDateTime") or ""), "reason": str(detail.get("reason") or ""),
                "purged": bool(detail.get("purged"))}

    def _every_tag_file_listed(self, manifests: list[Manifest], report) -> None:
        tag_manifests = [m for m in manifests if m.tag]
        names = {m.name for m in tag_manifests}
        for manifest in tag_manifests:
            for path in sorted(set(self.tag_sizes) - names - set(manifest.entries)):
                report("profile", path, f"is not listed in {manifest.name}: a change to it would not show")

    def _profile_rules(self, manifests: list[Manifest], info: dict[str, str]) -> None:
        rules = profile()
        for label, rule in rules["Bag-Info"].items():
            value = info.get(label.lower())
            if rule.get("required") and not value:
                self.error("profile", "bag-info.txt", f"{label} is required by the archive's BagIt profile")
            elif value and rule.get("values") and value not in rule["values"]:
                self.error("profile", "bag-info.txt", f"{label} {value!r} is not one of {rule['values']}")
        for kind, required in (("payload", rules["Manifests-Required"]), ("tag", rules["Tag-Manifests-Required"])):
            present = {m.algorithm for m in manifests if m.tag == (kind == "tag")}
            for algorithm in required:
                if algorithm not in present:
                    self.error("profile", ".", f"no {kind} manifest for {algorithm}, which the profile requires")
        allowed = [*rules["Tag-Files-Allowed"], "bagit.txt"]     # names or glob(7) patterns (profiles 1.2+)
        for path in sorted(self.tag_sizes):
            if not path.startswith(("manifest-", "tagmanifest-")) and not _allowed(path, allowed):
                self.error("profile", path, "is not a tag file the archive's BagIt profile allows")
        for path in rules["Tag-Files-Required"]:
            if path not in self.tag_sizes:
                self.error("profile", path, "is missing: the archive's BagIt profile requires it")
        if "fetch.txt" in self.tag_sizes and not rules["Allow-Fetch.txt"]:
            self.error("profile", "fetch.txt", "the archive's BagIt profile allows no fetch.txt")
        purged = bool(self.verdict.withdrawal and self.verdict.withdrawal["purged"])
        if purged and self.sizes:
            self.error("profile", "data", f"the provenance records the payload purged, yet data/ holds "
                       f"{len(self.sizes)} files")
        elif (not purged and not self.sizes and not rules["Data-Empty"]
              and not any(m.entries for m in manifests if not m.tag)):
            self.error("profile", "data", "the payload is empty")
        if self.verdict.version and self.verdict.version not in rules["Accept-BagIt-Version"]:
            self.error("profile", "bagit.txt", f"BagIt {self.verdict.version} is not one the profile accepts")
