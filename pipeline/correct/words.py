"""The word correction's entry points: the decisions for a list of reading-view segments,
and the corrections they make. The work is split along its seams:

- `stream`     the token stream: slots, unit ids, where the context breaks;
- `candidates` what each token may have been, with the OCR channel's likelihood;
- `scoring`    the language model and the case heuristics, weighed into a posterior;
- `decoding`   the passes and the joint reading of two doubtful neighbours;
- `emit`       decisions as corrections against the original text.
"""

from __future__ import annotations

from vanban.correct.decoding import Corrector
from vanban.correct.emit import to_correction, to_corrections
from vanban.correct.lexicon import Lexicon
from vanban.correct.memory import DocumentMemory
from vanban.correct.scoring import Decision, Params
from vanban.correct.stream import Slot
from vanban.document import Correction
from vanban.view import Segment


def word_decisions(segments: list[Segment], lex: Lexicon, params: Params | None = None,
                   style: str | None = None, line_paragraphs: bool | None = None,
                   memory: DocumentMemory | None = None, first_segment: int = 0
                   ) -> tuple[list[Slot], list[Decision]]:
    """Every token's best reading where it is not what OCR wrote, with its posterior
    (`style`: the document's tone-mark placement, `line_paragraphs`: whether its lines are
    paragraphs, `memory`: the document's, built over segments of which `segments` start
    at `first_segment`, when `segments` are a part of it)."""
    corrector = Corrector(segments, lex, params, style, line_paragraphs, memory,
                          first_segment)
    return corrector.slots, corrector.run()


def word_corrections(segments: list[Segment], lex: Lexicon, params: Params | None = None
                     ) -> list[Correction]:
    slots, decisions = word_decisions(segments, lex, params)
    return to_corrections(decisions, slots, segments)


__all__ = ["Corrector", "Decision", "Params", "Slot", "to_correction", "to_corrections",
           "word_corrections", "word_decisions"]
