"""Decoding: which readings a document's words take. Word and syllable errors by a noisy
channel: the OCR channel says how likely the scan reads the printed word as what OCR
wrote, the syllable trigram model how well each reading fits its context. About four in
five OCR errors in Vietnamese are still real syllables ("kinh" → "kính"), so every word is
checked in context, not only non-words.

A cheap first look (scoring) passes over the words that sit comfortably in their context.
Each remaining word's readings (candidates) are scored with the words around it; the
posterior of the best reading is its confidence. Owned here: the passes (each sees the
previous pass's sure corrections in its context, so two damaged words side by side help
each other) and the joint reading of two doubtful neighbours ("tình trang" -> "tỉnh
trong").
"""

from __future__ import annotations

import math

import numpy as np

from vanban.correct.candidates import (
    INFILL_GATE,
    Reading,
    infill_readings,
    phrase_readings,
    slot_readings,
    vowels_lost,
)
from vanban.correct.lexicon import Lexicon
from vanban.correct.memory import DocumentMemory
from vanban.correct.scoring import (
    LN10,
    UNKNOWN_PENALTY,
    Decision,
    Params,
    Scorer,
    group_argmax,
)
from vanban.correct.stream import Slot, TokenStream
from vanban.view import Segment

PASSES = 3
PAIR_DOUBT = 3.0  # neighbours are read together when one of them is this close to a change
CONTEXT_CONFIDENCE = 0.9  # a correction this sure is the context of the next pass


class Corrector:
    """The word correction of one document."""

    def __init__(self, segments: list[Segment], lex: Lexicon, params: Params | None = None,
                 style: str | None = None, line_paragraphs: bool | None = None,
                 memory: DocumentMemory | None = None, first_segment: int = 0) -> None:
        self.lex = lex
        self.params = params or Params()
        self.stream = TokenStream(segments, lex.lm, style, line_paragraphs)
        self.scorer = Scorer(self.stream, lex, self.params, memory, first_segment)

    @property
    def slots(self) -> list[Slot]:
        return self.stream.slots

    def run(self) -> list[Decision]:
        candidates: dict[int, list[Reading]] = {}
        suspicious = self.scorer.suspicious()
        extra = phrase_readings(self.stream, self.lex, suspicious)
        blots: dict[int, float] = {}  # slot -> its likeliest reading's channel
        for i in sorted(suspicious | set(extra)):
            found, features = slot_readings(self.stream, self.lex, i)
            if i in extra:  # a lexicon entry spelled by the window backs its reading
                backed = {r.text: r for r in extra[i]}
                found = [backed.pop(r.text, r) for r in found] + list(backed.values())
                features = None
            nearest = max((r.channel for r in found), default=-math.inf)
            if nearest <= INFILL_GATE or vowels_lost(self.stream, i, self.lex):
                blots[i] = nearest  # no reading the letters make likely: context may
            if found:
                candidates[i] = found
                self.scorer.features[i] = features
        for i, found in infill_readings(self.stream, self.lex, blots).items():
            known = {r.text for r in candidates.get(i, [])}
            candidates[i] = candidates.get(i, []) + [r for r in found if r.text not in known]
            self.scorer.features[i] = None
        chosen: dict[int, Reading] = {}
        chosen_posterior: dict[int, float] = {}
        final: dict[int, Decision] = {}
        todo = set(candidates)
        for n in range(PASSES):
            ids, spans = self.stream.units(chosen)
            for i in todo:
                final.pop(i, None)
            for d in self.scorer.decide(ids, spans, {i: candidates[i] for i in sorted(todo)}):
                final[d.slot] = d
            sure = {i: d.best for i, d in final.items()
                    if d.posterior >= CONTEXT_CONFIDENCE and d.best.span == 1}
            sure.update(kept_of_undone(chosen, chosen_posterior, sure))
            chosen_posterior = {i: final[i].posterior if i in final else chosen_posterior[i]
                                for i in sure}
            moved = set(sure) ^ set(chosen) | {i for i in sure if i in chosen
                                               and sure[i].text != chosen[i].text}
            if not moved or n == PASSES - 1:
                break
            chosen = sure
            near = {j + d for j in moved for d in (-2, -1, 1, 2)}
            todo = near & set(candidates)
        self.decide_pairs(final, chosen)
        return sorted(final.values(), key=lambda d: d.slot)

    def decide_pairs(self, final: dict[int, Decision], chosen: dict[int, Reading]) -> None:
        """Two damaged words side by side ("tình trang" for "tỉnh trong", "phần dâu" for
        "phấn đấu") each look right beside the other's damage; read them together."""
        rival = self.scorer.rival
        # neighbours that may be doubtful enough: the best other reading of either came
        # this close to what OCR wrote (a bound on the doubt among their top readings)
        maybe = [i for i in sorted(rival) if i + 1 in rival
                 and not self.slots[i + 1].paragraph_start
                 and max(rival[i], rival[i + 1]) > -PAIR_DOUBT
                 and not (i in final and final[i].posterior >= CONTEXT_CONFIDENCE
                          and i + 1 in final and final[i + 1].posterior >= CONTEXT_CONFIDENCE)]
        # how close the best other reading among its top ones came to what OCR wrote
        # (log10), of each slot with another reading there
        top = {j: self.scorer.top_readings(j) for j in {*maybe, *(i + 1 for i in maybe)}}
        doubt = {}
        for i, kept in top.items():
            if len(kept) > 1:
                own = next(score for _, score, is_own in kept if is_own)
                doubt[i] = max(score for _, score, is_own in kept if not is_own) - own
        pairs = [i for i in maybe if i in doubt and i + 1 in doubt
                 and max(doubt[i], doubt[i + 1]) > -PAIR_DOUBT]
        if not pairs:
            return
        lm = self.lex.lm
        h = lm.order - 1
        ids, spans = self.stream.units(chosen)
        by_width: dict[int, tuple[list[int], list[list[int]]]] = {}  # combos by units
        combos: list[tuple[int, Reading, Reading, float, bool, bool]] = []
        unknown: list[int] = []  # each combination's units the model does not know
        # each reading of a slot: the reading, whether it is OCR's, its channel term and
        # its unknown units (a slot's readings are paired with both its neighbours)
        terms = {}
        for j in {*pairs, *(i + 1 for i in pairs)}:
            terms[j] = [(r, own, self.scorer.channel_term(j, r, own), r.ids.count(lm.unk))
                        for r, _, own in top[j]]
        for i in pairs:
            left = self.stream.left_context(ids, spans[i][0])
            right = self.stream.right_context(ids, spans[i + 1][1])
            right = [*right, *([lm.bos] * (h - len(right))), len(right)]
            # each reading's own score holds its channel and prior; the pair's language
            # model replaces the two contexts they were scored in
            for a, own_a, term_a, unk_a in terms[i]:
                for b, own_b, term_b, unk_b in terms[i + 1]:
                    width = len(a.ids) + len(b.ids)
                    group = by_width.get(width)
                    if group is None:
                        group = by_width[width] = ([], [])
                    owners, rows = group
                    owners.append(len(combos))
                    rows.append([*left, *a.ids, *b.ids, *right])
                    combos.append((i, a, b, term_a + term_b, own_a, own_b))
                    unknown.append(unk_a + unk_b)
        joint = np.zeros(len(combos))
        for width, (owners, rows) in by_width.items():
            joint[owners] = self.scorer.score_middle(np.array(rows, dtype=np.int64), width)
        total = (self.params.lm_weight * (joint - UNKNOWN_PENALTY * np.array(unknown))
                 + np.array([c[3] for c in combos]))
        # each pair's combinations (they run pair by pair) against its best, exp(z - max);
        # its posterior is that over its sum, the likeliest the first of its best. (The
        # sum is taken pair by pair, only where it is needed: numpy's sum of a slice adds
        # in another order than a sum over all pairs at once would)
        pair_of = np.array([c[0] for c in combos])
        starts = np.flatnonzero(np.r_[True, pair_of[1:] != pair_of[:-1]])
        group = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(combos)]))
        z = total * (LN10 / self.params.temperature)
        exps = np.exp(z - np.maximum.reduceat(z, starts)[group])
        peak = np.maximum.reduceat(exps, starts)[group]
        bests = group_argmax(exps, starts, group)
        # a combination all but level with the best may become level once divided
        close = set(group[(exps != peak) & (exps >= peak * (1 - 1e-9))].tolist())
        for g, (at, stop) in enumerate(zip(starts.tolist(), [*starts[1:].tolist(), len(combos)],
                                           strict=True)):
            post = None
            if g in close:
                post = exps[at:stop] / exps[at:stop].sum()
                bests[g] = at + int(np.argmax(post))
            i, a, b, _, own_a, own_b = combos[bests[g]]
            if own_a and own_b:
                continue  # (most pairs) both stay as OCR wrote them
            if post is None:
                post = exps[at:stop] / exps[at:stop].sum()
            best = bests[g]
            kept = next((k for k in range(at, stop) if combos[k][4] and combos[k][5]), None)
            gain = float(joint[best] - joint[kept]) if kept is not None else 0.0
            for slot, reading, own, pick in ((i, a, own_a, 0), (i + 1, b, own_b, 1)):
                if own:
                    continue
                marginals: dict[str, float] = {}
                for k in range(at, stop):
                    text = combos[k][1 + pick].text
                    marginals[text] = marginals.get(text, 0.0) + float(post[k - at])
                marginal = marginals[reading.text]
                previous = final.get(slot)
                if previous is not None and previous.posterior >= marginal:
                    continue
                confidence = (self.lex.calibrated(marginal) if self.params.calibrate
                              else marginal)
                alts = sorted(((t, p) for t, p in marginals.items() if t != reading.text),
                              key=lambda x: -x[1])[:3]
                final[slot] = Decision(slot, reading, confidence, marginal, alts, gain,
                                       self.params.calibrate)


def kept_of_undone(chosen: dict[int, Reading], posterior: dict[int, float],
                   sure: dict[int, Reading]) -> dict[int, Reading]:
    """Readings the last pass took as context that this pass took back beside each other
    are each other's undoing: each was chosen in the other's old context ("sau: :" read as
    "sau" for the colon after it, the colon as a speck; with both taken, both go back,
    and the pass after takes both again). Of such neighbours the surest stays context,
    so the others are read beside it."""
    undone = {i for i, r in chosen.items() if i not in sure or sure[i].text != r.text}
    kept: dict[int, Reading] = {}
    for i in sorted(undone, key=lambda i: (-posterior[i], i)):
        near = [i + d for d in (-2, -1, 1, 2) if i + d in undone]
        if near and not any(j in kept for j in near):
            kept[i] = chosen[i]
    return kept
