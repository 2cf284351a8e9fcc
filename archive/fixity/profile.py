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
"""

from __future__ import annotations

from archive.fixity.completeness import CompletenessChecks
from archive.fixity.manifests import Manifest
from archive.preservation.bag_profile import PROFILE_ID, SOFTWARE_PREFIX, profile

__all__ = ["ProfileChecks"]


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
            self._profile_rules(manifests, info)

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
        allowed = set(rules["Tag-Files-Allowed"]) | {"bagit.txt"}
        for path in sorted(self.tag_sizes):
            if not path.startswith(("manifest-", "tagmanifest-")) and path not in allowed:
                self.error("profile", path, "is not a tag file the archive's BagIt profile allows")
        for path in rules["Tag-Files-Required"]:
            if path not in self.tag_sizes:
                self.error("profile", path, "is missing: the archive's BagIt profile requires it")
        if "fetch.txt" in self.tag_sizes and not rules["Allow-Fetch.txt"]:
            self.error("profile", "fetch.txt", "the archive's BagIt profile allows no fetch.txt")
        if not self.sizes and not rules["Data-Empty"] and not any(m.entries for m in manifests if not m.tag):
            self.error("profile", "data", "the payload is empty")
        if self.verdict.version and self.verdict.version not in rules["Accept-BagIt-Version"]:
            self.error("profile", "bagit.txt", f"BagIt {self.verdict.version} is not one the profile accepts")
