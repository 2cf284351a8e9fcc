"""What an ingest run reports: one outcome per file (or metadata problem) and a summary."""

from __future__ import annotations

from dataclasses import dataclass, field

ARCHIVED, DUPLICATE, REFUSED, SKIPPED = "archived", "already archived", "refused", "skipped"
STATUSES = (ARCHIVED, DUPLICATE, REFUSED, SKIPPED)


@dataclass
class Outcome:
    """What happened to one file (or one metadata problem) in a run."""

    path: str
    status: str
    id: str | None = None
    title: str | None = None
    reason: str = ""
    kind: str | None = None
    size: int = 0

    def as_dict(self) -> dict:
        return {"path": self.path, "status": self.status, "id": self.id, "title": self.title,
                "reason": self.reason or None, "kind": self.kind}


@dataclass
class IngestReport:
    """A run's identity, counts and (unless the caller streams them) its outcomes."""

    run_id: str
    started: str
    finished: str = ""
    tally: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    outcomes: list[Outcome] = field(default_factory=list)
    bytes_archived: int = 0
    keep_outcomes: bool = True

    def add(self, outcome: Outcome) -> None:
        self.tally[outcome.status] += 1
        if outcome.status == ARCHIVED:
            self.bytes_archived += outcome.size
        if self.keep_outcomes:
            self.outcomes.append(outcome)

    def counts(self) -> dict[str, int]:
        return dict(self.tally)

    @property
    def exit_code(self) -> int:
        """0 when everything is archived or already there, 1 when anything was refused."""
        return 1 if self.tally[REFUSED] else 0

    def summary(self) -> dict:
        return {"run": self.run_id, "started": self.started, "finished": self.finished,
                "summary": self.counts(), "bytes_archived": self.bytes_archived}

    def as_dict(self) -> dict:
        return {**self.summary(), "outcomes": [o.as_dict() for o in self.outcomes]}
