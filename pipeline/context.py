"""What every stage shares and is loaded once: options, a reviewer's decisions, the lexicon.

A batch worker builds one Context and reuses it for every document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pipeline.document import Correction

Decision = Literal["accept", "reject"]

DEFAULT_THRESHOLD = 0.8


@dataclass
class Context:
    threshold: float = DEFAULT_THRESHOLD  # confidence at or above which a correction applies
    decisions: dict[str, Decision] = field(default_factory=dict)  # correction id -> decision

    def decide(self, correction: Correction) -> Correction:
        """Set the correction's status from the reviewer's decision or its confidence."""
        decision = self.decisions.get(correction.id)
        if decision == "accept":
            correction.status = "applied"
        elif decision == "reject":
            correction.status = "rejected"
        else:
            correction.status = "applied" if correction.confidence >= self.threshold else "proposed"
        return correction
