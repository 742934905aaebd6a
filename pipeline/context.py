"""What every stage shares and is loaded once: options, a reviewer's decisions, the lexicon.

A batch worker builds one Context and reuses it for every document.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vanban.document import Correction

if TYPE_CHECKING:
    from vanban.correct.lexicon import Lexicon

OcrMode = Literal["auto", "always", "never"]

Decision = Literal["accept", "reject"]

# corrections are applied from a confidence at which, on held-out OCR, three in five or more
# are right (the word correction's confidence is calibrated: lexicon/calibrate.py); a
# wrong correction costs more than a missed one, so the rest are proposals for review
DEFAULT_THRESHOLD = 0.6


@dataclass
class Context:
    threshold: float = DEFAULT_THRESHOLD  # confidence at or above which a correction applies
    decisions: dict[str, Decision] = field(default_factory=dict)  # correction id -> decision
    lexicon_dir: Path | None = None  # another built lexicon than the one shipped
    tuning: dict[str, float] = field(default_factory=dict)  # correction parameters (Params)
    # when pages are read by OCR: "auto" image pages and pages whose text layer is not
    # Vietnamese, "always" every page, "never" no page
    ocr: OcrMode = "auto"

    @property
    def lexicon(self) -> Lexicon:
        """Loaded on first use, once per process."""
        from vanban.correct.lexicon import load

        return load(self.lexicon_dir)

    def warm_up(self) -> None:
        """Load what the stages share now rather than inside the first document."""
        _ = self.lexicon

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


def tune_garbage_collector() -> None:
    """A vanban process (the command line, a batch worker) makes and drops millions of
    small objects per document, few of them in cycles: collecting the youngest objects
    every 20,000 allocations rather than 700 makes the correction ~20 % faster for a few
    megabytes more at most."""
    gc.set_threshold(20_000, 20, 20)
