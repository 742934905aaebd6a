"""Emitting: word decisions become corrections recorded against the original text, never
two overlapping, each with its kind (diacritic, letter, digit, punctuation, noise, a word
split in two, two words joined, an abbreviation) and a reason a reviewer can read."""

from __future__ import annotations

from vanban.correct.candidates import Reading, abbreviation_like, protected
from vanban.correct.confusion import bare_and_tone
from vanban.correct.scoring import Decision
from vanban.correct.stream import Slot
from vanban.correct.tokens import core_unit, split_token
from vanban.document import Alternative, Correction
from vanban.syllable import parse
from vanban.view import Segment


def to_corrections(decisions: list[Decision], slots: list[Slot], segments: list[Segment]
                   ) -> list[Correction]:
    """The decisions as corrections that never overlap: two neighbours deleted (", |")
    must not both take the space between them."""
    out: list[Correction] = []
    for d in decisions:
        c = to_correction(d, slots, segments)
        if c is None:
            continue
        prev = out[-1] if out else None
        if prev is not None and prev.line == c.line and c.start < prev.end:
            if c.after or not c.before.startswith(" ") or c.start + 1 != prev.end:
                continue
            c = Correction(stage=c.stage, kind=c.kind, line=c.line, start=c.start + 1,
                           end=c.end, before=c.before[1:], after="", confidence=c.confidence,
                           basis=c.basis,
                           reason=c.reason, alternatives=c.alternatives)
        out.append(c)
    return out


def to_correction(d: Decision, slots: list[Slot], segments: list[Segment]) -> Correction | None:
    slot = slots[d.slot]
    seg = segments[slot.seg]
    start, end = slot.token.start, slot.token.end
    after = d.best.text
    if d.best.span == 2:
        end = slots[d.slot + 1].token.end
    elif not after:  # deleting a token takes one space with it
        if end < len(seg.text) and seg.text[end] == " ":
            end += 1
        elif start > 0 and seg.text[start - 1] == " ":
            start -= 1
    elif marks_only(slot, d.best):
        # a number's or code's mark: its characters are the number rules' (numbers.py),
        # which may mend them beside it ("I69/QĐ-BLĐTBXH." → "169/QĐ-BLĐTBXH")
        start += len(slot.token.lead) + len(slot.token.core)
        after = after[len(slot.token.lead) + len(slot.token.core):]
    before = seg.text[start:end]
    where = seg.to_original(start, end)
    if where is None:
        return None
    kind = kind_of(slot.token.text, d.best)
    word = f", forms the word “{d.word}”" if d.word else ""
    if kind == "joined-words":
        reason = (f"“{slot.token.text}” → “{d.best.text}”: two words read without the space "
                  f"between them (language model {d.lm_gain:+.1f}{word}){d.note}")
    elif d.best.from_context:
        reason = (f"“{slot.token.text}” → “{d.best.text}”: its letters spell no word; read "
                  f"from its context (language model {d.lm_gain:+.1f}{word})")
    else:
        reason = (f"“{slot.token.text}” → “{d.best.text}”: fits its context better "
                  f"(language model {d.lm_gain:+.1f}{word}), a likely OCR misreading{d.note}")
    return Correction(stage="correct", kind=kind, line=seg.line, start=where[0], end=where[1],
                      before=before, after=after, confidence=round(d.confidence, 4),
                      basis="calibrated" if d.calibrated else "heuristic",
                      reason=reason,
                      alternatives=[Alternative(t, round(p, 4)) for t, p in d.alternatives])


def lost_space(slot: Slot, reading: Reading) -> bool:
    """A reading that parts the token in two where OCR (or the typist) left no space."""
    return reading.span == 1 and " " in reading.text and \
        reading.text.replace(" ", "") == slot.token.text


def marks_only(slot: Slot, reading: Reading) -> bool:
    """A reading of a number or code that changes only the marks after it."""
    kept = slot.token.lead + slot.token.core
    return (reading.span == 1 and protected(slot.token.core) and reading.text.startswith(kept)
            and not reading.text[len(kept):].isalnum())


def kind_of(observed: str, reading: Reading) -> str:
    if not reading.text:
        return "noise"
    if reading.span == 2:
        return "split-word"
    if " " in reading.text:
        return "joined-words"
    a, b = split_token(observed).core.lower(), split_token(reading.text).core.lower()
    if a == b or core_unit(a) == core_unit(b):
        return "punctuation"
    if abbreviation_like(split_token(reading.text).core) and parse(b) is None:
        return "abbreviation"
    if bare_and_tone(a)[0] == bare_and_tone(b)[0]:
        return "diacritic"
    if any(ch.isdigit() for ch in a):
        return "digit"
    return "letter"

