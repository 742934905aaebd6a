"""What converting one document gave: shared by the API (`vanban.convert`) and the batch.

A batch worker sends its results back to the driver without the document itself (only
what the archive's index and manifest need), so memory stays small however big the batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from vanban.document import Correction, Document

Outcome = Literal["done", "failed"]
Change = tuple[str, str, str]  # kind, before, after


@dataclass
class Result:
    source: str  # the input as the caller named it
    status: Outcome
    document: Document | None = None  # None when it failed, or once detached
    errors: list[str] = field(default_factory=list)  # one line each, meant for the user
    pages: int = 0
    applied: int = 0
    proposed: int = 0
    # how often each applied text change was made: the archive's concordance is built
    # from these, not by reading back every JSON written
    changes: Counter[Change] = field(default_factory=Counter)

    @classmethod
    def done(cls, source: str, doc: Document) -> Result:
        result = cls.counted(source, doc.source.pages, Counter(c.status for c in doc.corrections),
                             applied_changes(doc.corrections))
        result.document = doc
        return result

    @classmethod
    def counted(cls, source: str, pages: int, statuses: Counter[str],
                changes: Counter[Change]) -> Result:
        """A document converted without being kept whole (a long one, in parts)."""
        return cls(source, "done", None, pages=pages, applied=statuses["applied"],
                   proposed=statuses["proposed"], changes=Counter(changes))

    @classmethod
    def failed(cls, source: str, error: str) -> Result:
        return cls(source, "failed", errors=[error])

    @property
    def ok(self) -> bool:
        return self.status == "done"

    @property
    def error(self) -> str:
        return "; ".join(self.errors)

    def detached(self) -> Result:
        """The same result without the document: what crosses back from a worker."""
        return Result(self.source, self.status, None, list(self.errors), self.pages,
                      self.applied, self.proposed, Counter(self.changes))


def applied_changes(corrections: Iterable[Correction]) -> Counter[Change]:
    """How often each applied text change was made."""
    return Counter((c.kind, c.before.strip(), c.after.strip()) for c in corrections
                   if c.scope == "text" and c.status == "applied")
