"""Word and syllable errors, by a noisy channel: the OCR channel says how likely the scan
reads the printed word as what OCR wrote, the syllable trigram model says how well each
reading fits its context. About four in five OCR errors in Vietnamese are still real
syllables ("kinh" → "kính"), so every word is checked in context, not only non-words.

A cheap first look scores the text as OCR wrote it and passes over the words that sit
comfortably in their context. Each remaining word's readings are scored with the words
around it; the posterior of the best reading is its confidence. A few passes: each sees
the previous pass's sure corrections in its context, so two damaged words side by side
help each other ("tình trang" -> "tỉnh trong").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import Levenshtein

from vanban.correct.confusion import bare_and_tone
from vanban.correct.lexicon import Lexicon
from vanban.correct.syllable import key, match_case, parse, restyle, style_of
from vanban.correct.tokens import LETTERS, NUMBER, Token, core_unit, split_token, tokens, units
from vanban.document import Alternative, Correction
from vanban.labels import parse_label
from vanban.view import Segment

LN10 = math.log(10)
PUNCT_SWAPS = ".,;:"
SENTENCE_END = (".", "?", "!")
# marks a decree prints standing alone; any other lone mark is a speck OCR read
PRINTED_ALONE = set(".,;:-–—+()…“”\"'/*%")
KEEP_ALONE = ("+", "…", "(", ")", "*", "%", "/")
MAX_CANDIDATES = 24
PASSES = 3
MAX_PHRASE = 4  # words in a window matched against the lexicon's phrases
PHRASE_BONUS = 0.5  # log10: a name of the lexicon spelled by the words around is evidence
PAIR_READINGS = 4  # readings of each of two neighbours read together
PAIR_DOUBT = 3.0  # neighbours are read together when one of them is this close to a change
CONTEXT_CONFIDENCE = 0.9  # a correction this sure is the context of the next pass
# a word whose own units and the two after it score above this (log10) in the language
# model, as OCR wrote it, is taken as read; measured on held-out OCR, this passes over about
# half the words and keeps 99 % of the damaged ones
SUSPICION = -4.0
# log10 of how many rare spellings share the language model's <unk> (some 13,700 corpus
# types below its count floor)
UNKNOWN_PENALTY = 4.0


@dataclass
class Params:
    # tuned on held-out OCR (lexicon/work/pairs/heldout), see lexicon/calibrate.py
    lm_weight: float = 0.9  # weight of the language model against the channel
    temperature: float = 1.0  # of the posterior over readings
    name_penalty: float = 1.0  # log10 cost of changing a capitalised word inside a sentence
    # prior that a word the first look flags is misread (they are the doubtful half)
    error_rate: float | None = 0.35
    calibrate: bool = True  # report calibrated confidences (False: the raw posterior)


@dataclass
class Slot:
    """One whitespace token in reading order, with its units' ids."""

    seg: int  # index into the segment list
    token: Token
    ids: tuple[int, ...]
    paragraph_start: bool = False
    line_end: bool = False


@dataclass(frozen=True)
class Reading:
    text: str  # the token as it would read ("" deletes it)
    ids: tuple[int, ...]
    channel: float  # log10 P(observed | this reading, a misreading)
    span: int = 1  # tokens it replaces (2 for a merge)

    @property
    def ends_sentence(self) -> bool:
        return (self.text.rstrip("\"”)").endswith(SENTENCE_END)
                and not self.text.endswith("./."))

    @property
    def soft_end(self) -> bool:
        """Ends in a word or a mark that goes on: a capital after it needs a reason."""
        return bool(self.text) and (self.text[-1] in ",;:" or self.text[-1].isalnum())


class Features:
    """Array-wise attributes of a run of readings, computed once per token type."""

    __slots__ = ("capital", "channel", "ends", "mid", "one", "soft", "unknown")

    def __init__(self, readings: list[Reading] | tuple[Reading, ...], unk: int) -> None:
        n = len(readings)
        self.one = np.fromiter((len(r.ids) == 1 and r.span == 1 for r in readings), bool, n)
        self.mid = np.fromiter((r.ids[0] if len(r.ids) == 1 else -1 for r in readings),
                               np.int64, n)
        self.channel = np.fromiter((r.channel for r in readings), float, n)
        self.ends = np.fromiter((r.ends_sentence for r in readings), bool, n)
        self.soft = np.fromiter((r.soft_end for r in readings), bool, n)
        self.capital = np.fromiter((r.text[:1].isupper() for r in readings), bool, n)
        self.unknown = np.fromiter((sum(u == unk for u in r.ids) for r in readings), float, n)

    @staticmethod
    def join(parts: list[Features]) -> Features:
        joined = Features.__new__(Features)
        for name in Features.__slots__:
            setattr(joined, name, np.concatenate([getattr(p, name) for p in parts]))
        return joined


@dataclass
class Decision:
    slot: int
    best: Reading
    confidence: float  # calibrated: the share of decisions this sure that are right
    posterior: float  # the model's own
    alternatives: list[tuple[str, float]]
    lm_gain: float


@dataclass
class Corrector:
    """The word correction of one document."""

    segments: list[Segment]
    lex: Lexicon
    params: Params = field(default_factory=Params)

    def __post_init__(self) -> None:
        self.slots = self.build_slots()
        self.style = dominant_style(self.slots)
        # filled by run(): per slot, its readings' array-wise attributes where cached, and
        # its likeliest readings for the joint reading of neighbours
        self.features: dict[int, Features | None] = {}
        self.top: dict[int, list[tuple[Reading, float, bool]]] = {}

    @property
    def error_rate(self) -> float:
        return self.params.error_rate or self.lex.channel.word_error

    # ------------------------------------------------------------------ the token stream

    def build_slots(self) -> list[Slot]:
        slots: list[Slot] = []
        unit_id = self.lex.lm.id
        prev: Segment | None = None
        for si, seg in enumerate(self.segments):
            # only certain breaks cut the context: whether a line-end period ends a
            # sentence is one of the things the model decides
            new_para = (prev is None or prev.column != seg.column or seg.blank_before
                        or seg.label is not None or prev.text.endswith("./."))
            toks = tokens(seg.text)
            for k, tok in enumerate(toks):
                slots.append(Slot(si, tok, tuple(unit_id(u) for u in units(tok.text)),
                                  paragraph_start=new_para and k == 0,
                                  line_end=k == len(toks) - 1))
            prev = seg
        return slots

    def stream(self, chosen: dict[int, Reading]) -> tuple[list[int], list[tuple[int, int]]]:
        """Unit ids with the chosen readings in place, and each slot's span in it."""
        bos = self.lex.lm.bos
        history = self.lex.lm.order - 1
        ids: list[int] = [bos] * history
        spans: list[tuple[int, int]] = []
        for i, slot in enumerate(self.slots):
            if slot.paragraph_start and i:
                ids += [bos] * history
            piece = chosen[i].ids if i in chosen else slot.ids
            spans.append((len(ids), len(ids) + len(piece)))
            ids += piece
        ids.append(bos)
        return ids, spans

    def suspicious(self) -> set[int]:
        """Slots worth a closer look: what OCR wrote fits its context poorly."""
        ids, spans = self.stream({})
        arr = np.array(ids, dtype=np.int64)
        h = self.lex.lm.order - 1
        lp = np.zeros(len(arr))
        lp[h:] = self.lex.lm.logprob(*(arr[k:len(arr) - h + k] for k in range(h + 1)))
        cum = np.concatenate([[0.0], np.cumsum(lp)])
        unk = self.lex.lm.unk
        out = set()
        for i, (start, end) in enumerate(spans):
            slot = self.slots[i]
            stop = min(end + 2, len(arr))  # the word and the two units it conditions
            if (cum[stop] - cum[start] < SUSPICION or unk in slot.ids or not slot.token.core
                    or not slot.token.core.isalpha() or slot.token.trail):
                out.add(i)
        return out

    # ------------------------------------------------------------------ readings

    def readings(self, i: int) -> tuple[list[Reading], Features | None]:
        """What the printed token may have been, with the channel's log10 likelihood (and
        their attributes array-wise, where they could be computed once for the type)."""
        slot = self.slots[i]
        tok = slot.token
        if self.is_label(slot):
            return [], None
        if not tok.core:  # punctuation alone: OCR noise, or a mark to keep
            if tok.text in KEEP_ALONE:
                return [], None
            return [Reading("", (), noise_cost(tok.text, slot))], None
        if protected(tok.core):
            return [], None
        cached, features = token_readings(self.lex, tok.text, self.style)
        nxt = self.slots[i + 1] if i + 1 < len(self.slots) else None
        if nxt is not None and mergeable(slot, nxt, self.lex):
            return [*cached, *merge_readings(self.lex, tok, nxt.token, self.style)], None
        return list(cached), features

    def phrase_readings(self, suspicious: set[int]) -> dict[int, list[Reading]]:
        """Readings from lexicon entries that a window of words around a doubtful word
        nearly spells ("Nghí Sơn" -> "Nghi Sơn")."""
        phrases = self.lex.phrases
        out: dict[int, list[Reading]] = {}
        slots = self.slots
        for start in range(len(slots)):
            for n in range(2, MAX_PHRASE + 1):
                window = range(start, start + n)
                if window[-1] >= len(slots) or not any(i in suspicious for i in window):
                    continue
                if any(slots[i].seg != slots[start].seg or not slots[i].token.core
                       or not slots[i].token.core.isalpha() for i in window):
                    break
                # a phrase may end in punctuation, never run through it
                if any(slots[i].token.trail or slots[i].token.lead for i in window[:-1]) or \
                        slots[start].token.lead:
                    break
                words = [slots[i].token.core for i in window]
                for phrase in phrases.near(words):
                    for i, word in zip(window, phrase.split(), strict=True):
                        tok = slots[i].token
                        if (key(word) == key(tok.core) or protected(tok.core)
                                or self.is_label(slots[i])):
                            continue
                        if not word[:1].isupper():
                            word = match_case(restyle(word, self.style), tok.core)
                        text = tok.lead + word + tok.trail
                        cost = self.lex.channel.edit_logp(tok.text, text) + PHRASE_BONUS
                        out.setdefault(i, []).append(
                            Reading(text, tuple(self.lex.lm.id(u) for u in units(text)), cost))
        return out

    def is_label(self, slot: Slot) -> bool:
        """The list label opening a line ("a)", "1.", "-") is the label repair's business."""
        if slot.token.start != 0:
            return False
        label = self.segments[slot.seg].label
        return label is not None and slot.token.end <= label.end

    # ------------------------------------------------------------------ deciding

    def decide(self, ids: list[int], spans: list[tuple[int, int]],
               options: dict[int, list[Reading]]) -> list[Decision]:
        """The best reading of each slot in `options` where it is not what OCR wrote.

        Every slot's readings (what OCR wrote first) are scored at once: one-unit readings,
        most of them, array-wise; punctuation variants and merges unit by unit."""
        if not options:
            return []
        lm = self.lex.lm
        bos, h = lm.bos, lm.order - 1
        order = sorted(options)
        readings: list[Reading] = []  # flat, each slot's own reading first
        group: list[int] = []  # slot position in `order` of each flat reading
        contexts = np.empty((len(order), 2 * h + 1), dtype=np.int64)  # left, right, n right
        pair_contexts: dict[int, list[int]] = {}
        for g, i in enumerate(order):
            start, end = spans[i]
            left = self.left_context(ids, start)
            right = self.right_context(ids, end)
            contexts[g] = [*left, *right, *([bos] * (h - len(right))), len(right)]
            own = self.slots[i]
            readings.append(Reading(own.token.text, own.ids, 0.0))
            group.append(g)
            for r in options[i]:
                readings.append(r)
                group.append(g)
                if r.span == 2 and g not in pair_contexts:
                    pair_contexts[g] = self.right_context(ids, spans[i + 1][1])
        groups = np.array(group)
        n = len(readings)
        unk = lm.unk
        parts = []
        for i in order:
            parts.append(Features([Reading(self.slots[i].token.text, self.slots[i].ids, 0.0)],
                                  unk))
            cached = self.features.get(i)
            parts.append(cached if cached is not None else Features(options[i], unk))
        feats = Features.join(parts)
        lm_score = np.zeros(n)
        one = feats.one
        if one.any():
            mids = feats.mid[one]
            rows = contexts[groups[one]]
            rows = np.concatenate([rows[:, :h], mids[:, None], rows[:, h:]], axis=1)
            lm_score[one] = self.score_one(rows)
        queries: list[list[int]] = []
        owner: list[int] = []
        kept_pairs: dict[int, int] = {}  # group -> index into the extra scores
        extra_owner = n
        for k in np.flatnonzero(~one):
            r, g = readings[k], groups[k]
            left = contexts[g, :h].tolist()
            right = self.unpack_right(contexts[g, h:]) if r.span == 1 else pair_contexts[g]
            for q in self.unit_queries(left, r.ids, right):
                queries.append(q)
                owner.append(int(k))
        for g, right in pair_contexts.items():  # the pair as OCR wrote it, to price merges
            i = order[g]
            kept_pairs[g] = extra_owner
            both = self.slots[i].ids + self.slots[i + 1].ids
            for q in self.unit_queries(contexts[g, :h].tolist(), both, right):
                queries.append(q)
                owner.append(extra_owner)
            extra_owner += 1
        extra = np.zeros(extra_owner - n)
        if queries:
            q = np.array(queries, dtype=np.int64)
            lp = lm.logprob(*(q[:, c] for c in range(h + 1)))
            sums = np.bincount(np.array(owner), weights=lp, minlength=extra_owner)
            lm_score += sums[:n]
            extra = sums[n:]
        # <unk> stands for every rare spelling at once: one of them is far less likely
        lm_score -= UNKNOWN_PENALTY * feats.unknown
        firsts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        keep_lm = lm_score[firsts][groups]
        is_merge = np.zeros(n, dtype=bool)
        if kept_pairs:
            is_merge = np.fromiter((r.span == 2 for r in readings), bool, n)
        for g, x in kept_pairs.items():  # a merge is compared with the pair as written
            merged = (groups == g) & is_merge
            lm_score[merged] += keep_lm[merged] - (extra[x - n] - UNKNOWN_PENALTY * sum(
                u == lm.unk for u in self.slots[order[g]].ids + self.slots[order[g] + 1].ids))
        return self.weigh(order, readings, feats, groups, firsts, lm_score, keep_lm)

    def left_context(self, ids: list[int], start: int) -> list[int]:
        """The units before `start` a reading is scored after, padded at the text's start."""
        bos, h = self.lex.lm.bos, self.lex.lm.order - 1
        left = ids[max(0, start - h):start]
        return [bos] * (h - len(left)) + left

    def right_context(self, ids: list[int], end: int) -> list[int]:
        bos, h = self.lex.lm.bos, self.lex.lm.order - 1
        right: list[int] = []
        for unit in ids[end:end + h]:
            right.append(unit)
            if unit == bos:
                break
        return right

    def unpack_right(self, packed: np.ndarray) -> list[int]:
        return packed[:int(packed[-1])].tolist()

    def unit_queries(self, left: list[int], middle: tuple[int, ...], right: list[int]
                     ) -> list[list[int]]:
        h = self.lex.lm.order - 1
        seq = [*left, *middle, *right]
        return [seq[k - h:k + 1] for k in range(h, len(seq))]

    def score_one(self, rows: np.ndarray) -> np.ndarray:
        """log10 P of a one-unit middle and of the units after it that it conditions,
        given the units before: rows of [history..., middle, right..., right length]."""
        lm = self.lex.lm
        h = lm.order - 1
        n_right = rows[:, -1]
        total = np.zeros(len(rows))
        for t in range(h + 1):  # the middle, then each unit of the right context
            target = h + t
            valid = n_right >= t
            if not valid.any():
                break
            sub = rows[valid]
            total[valid] += lm.logprob(*(sub[:, k] for k in range(target - h, target + 1)))
        return total

    def weigh(self, order: list[int], readings: list[Reading], feats: Features,
              groups: np.ndarray, firsts: np.ndarray, lm_score: np.ndarray,
              keep_lm: np.ndarray) -> list[Decision]:
        """Posterior of every reading within its slot; a decision where the best is new."""
        n = len(readings)
        p = self.params
        error_rate = self.error_rate
        is_own = np.zeros(n, dtype=bool)
        is_own[firsts] = True
        score = p.lm_weight * lm_score + np.where(
            is_own, math.log10(1 - error_rate), math.log10(error_rate) + feats.channel)
        # what the language model cannot see, being blind to case
        ends, soft = feats.ends, feats.soft
        slot_case = np.array([next_word_case(self.slots[i + 1] if i + 1 < len(self.slots)
                                             else None) for i in order])
        # a speck at the right margin often reads as a period: there a capital on the next
        # line ("Ban Chấp hành." / "Trung ương") says less
        weight = np.array([0.3 if self.slots[i].line_end else 1.0 for i in order])[groups]
        case = slot_case[groups]
        score -= weight * (np.where((case == "upper") & ~ends & soft, 1.0, 0.0)
                           + np.where((case == "lower") & ends, 2.0, 0.0))
        names = np.array([is_name(self.slots[i]) for i in order])[groups]
        score -= np.where(names & feats.capital & ~is_own, p.name_penalty, 0.0)
        z = score * (LN10 / p.temperature)
        z -= np.maximum.reduceat(z, firsts)[groups]
        post = np.exp(z)
        post /= np.add.reduceat(post, firsts)[groups]
        decisions = []
        bounds = [*firsts.tolist(), n]
        for g, i in enumerate(order):
            a, b = bounds[g], bounds[g + 1]
            # the likeliest readings, for deciding neighbours jointly
            best_few = (a + np.argsort(-score[a:b])[:PAIR_READINGS + 1]).tolist()
            ranked = [a, *(j for j in best_few if j != a)][:PAIR_READINGS + 1]
            self.top[i] = [(readings[j], float(score[j]), j == a)
                           for j in ranked if readings[j].span == 1]
            best = a + int(np.argmax(post[a:b]))
            if best == a:
                continue
            ranked = a + np.argsort(-post[a:b])
            alts = [(readings[j].text, float(post[j])) for j in ranked[:4] if j != best]
            posterior = float(post[best])
            confidence = self.lex.calibrated(posterior) if p.calibrate else posterior
            decisions.append(Decision(i, readings[best], confidence, posterior, alts,
                                      float(lm_score[best] - keep_lm[best])))
        return decisions

    def run(self) -> list[Decision]:
        candidates: dict[int, list[Reading]] = {}
        suspicious = self.suspicious()
        extra = self.phrase_readings(suspicious)
        for i in sorted(suspicious):
            found, features = self.readings(i)
            if i in extra:  # a lexicon entry spelled by the window backs its reading
                backed = {r.text: r for r in extra[i]}
                found = [backed.pop(r.text, r) for r in found] + list(backed.values())
                features = None
            if found:
                candidates[i] = found
                self.features[i] = features
        chosen: dict[int, Reading] = {}
        final: dict[int, Decision] = {}
        todo = set(candidates)
        for n in range(PASSES):
            ids, spans = self.stream(chosen)
            for i in todo:
                final.pop(i, None)
            for d in self.decide(ids, spans, {i: candidates[i] for i in sorted(todo)}):
                final[d.slot] = d
            sure = {i: d.best for i, d in final.items()
                    if d.posterior >= CONTEXT_CONFIDENCE and d.best.span == 1}
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
        top = self.top

        def doubt(i: int) -> float:
            """How close the best other reading came to what OCR wrote (log10)."""
            own = next(score for _, score, is_own in top[i] if is_own)
            return max(score for _, score, is_own in top[i] if not is_own) - own

        pairs = [i for i in sorted(top) if i + 1 in top and len(top[i]) > 1
                 and len(top[i + 1]) > 1 and not self.slots[i + 1].paragraph_start
                 and max(doubt(i), doubt(i + 1)) > -PAIR_DOUBT
                 and not (i in final and final[i].posterior >= CONTEXT_CONFIDENCE
                          and i + 1 in final and final[i + 1].posterior >= CONTEXT_CONFIDENCE)]
        if not pairs:
            return
        lm = self.lex.lm
        h = lm.order - 1
        ids, spans = self.stream(chosen)
        queries: list[list[int]] = []
        owner: list[int] = []
        combos: list[tuple[int, Reading, Reading, float, bool, bool]] = []
        for i in pairs:
            left = self.left_context(ids, spans[i][0])
            right = self.right_context(ids, spans[i + 1][1])
            for a, _, own_a in top[i]:
                for b, _, own_b in top[i + 1]:
                    # each reading's own score holds its channel and prior; the pair's
                    # language model replaces the two contexts they were scored in
                    base = self.channel_term(a, own_a) + self.channel_term(b, own_b)
                    for q in self.unit_queries(left, a.ids + b.ids, right):
                        queries.append(q)
                        owner.append(len(combos))
                    combos.append((i, a, b, base, own_a, own_b))
        q = np.array(queries, dtype=np.int64)
        lp = lm.logprob(*(q[:, c] for c in range(h + 1)))
        joint = np.bincount(np.array(owner), weights=lp, minlength=len(combos))
        unknown = np.array([sum(u == lm.unk for u in a.ids + b.ids)
                            for _, a, b, _, _, _ in combos])
        total = (self.params.lm_weight * (joint - UNKNOWN_PENALTY * unknown)
                 + np.array([c[3] for c in combos]))
        at = 0
        while at < len(combos):
            i = combos[at][0]
            stop = at
            while stop < len(combos) and combos[stop][0] == i:
                stop += 1
            z = total[at:stop] * (LN10 / self.params.temperature)
            post = np.exp(z - z.max())
            post /= post.sum()
            best = at + int(np.argmax(post))
            _, a, b, _, own_a, own_b = combos[best]
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
                final[slot] = Decision(slot, reading, confidence, marginal, alts, gain)
            at = stop

    def channel_term(self, reading: Reading, own: bool) -> float:
        if own:
            return math.log10(1 - self.error_rate)
        return math.log10(self.error_rate) + reading.channel


# ---------------------------------------------------------------------- readings of a token

_READINGS: dict[tuple[int, str, str], tuple[tuple[Reading, ...], Features]] = {}


def token_readings(lex: Lexicon, text: str, style: str
                   ) -> tuple[tuple[Reading, ...], Features]:
    """Readings of a token that depend on the token alone, with their array-wise
    attributes (cached: words recur, within a document and across a batch)."""
    cache_key = (id(lex), text, style)
    found = _READINGS.get(cache_key)
    if found is None:
        if len(_READINGS) > 200_000:
            _READINGS.clear()
        readings = tuple(compute_readings(lex, text, style))
        found = _READINGS[cache_key] = (readings, Features(readings, lex.lm.unk))
    return found


def compute_readings(lex: Lexicon, text: str, style: str) -> list[Reading]:
    tok = split_token(text)
    channel = lex.channel
    unit_id = lex.lm.id
    out: dict[str, Reading] = {}

    same_word = key(tok.core) if tok.core.isalpha() else None

    def add(candidate: str) -> None:
        if candidate == text or candidate in out:
            return
        cand = split_token(candidate)
        if same_word is not None and cand.core.isalpha() and key(cand.core) == same_word \
                and cand.lead == tok.lead and cand.trail == tok.trail:
            return  # the same syllable with its tone mark placed in the other style
        out[candidate] = Reading(candidate, tuple(unit_id(u) for u in units(candidate)),
                                 channel.edit_logp(text, candidate))

    core = tok.core
    lower = core.lower()
    if abbreviation_like(core) and parse(lower) is None:
        for cand in lex.abbreviation_candidates(core):
            add(tok.lead + cand + tok.trail)
        return list(out.values())
    if any(ch.isalpha() for ch in core):
        found = lex.syllable_candidates(lower)
        if tok.trail and len(tok.trail) == 1:
            found += lex.syllable_candidates(lower + tok.trail)
        # the likeliest by channel and by how common the word is; context decides among them
        counts = lex.lm.counts
        ranked = sorted(set(found), key=lambda c: (-(channel.logp(lower, c)
                                                     + 0.5 * math.log10(counts.get(c, 1))), c))
        for cand in ranked[:MAX_CANDIDATES]:
            word = match_case(restyle(cand, style), core)
            add(tok.lead + word + tok.trail)
            if tok.trail and len(tok.trail) == 1:  # the mark may be a letter misread: "quố:"
                add(tok.lead + word)
    if tok.trail and len(tok.trail) == 1 and tok.trail in PUNCT_SWAPS:
        add(tok.lead + core)
        for p in PUNCT_SWAPS:
            if p != tok.trail:
                add(tok.lead + core + p)
    return list(out.values())


def merge_readings(lex: Lexicon, a: Token, b: Token, style: str) -> list[Reading]:
    """One syllable OCR split in two ("ngu ôn" -> "nguồn")."""
    merged = (a.core + b.core).lower()
    bare_merged = bare_and_tone(merged)[0]
    channel = lex.channel
    out = []
    for cand in lex.syllable_candidates(merged) + ((merged,) if lex.attested(merged) else ()):
        if Levenshtein.distance(bare_and_tone(cand)[0], bare_merged) > 1:
            continue  # a split syllable keeps its letters
        word = match_case(restyle(cand, style), a.core)
        # the edits, and OCR putting a space inside the syllable
        cost = channel.edit_logp(a.core + b.core, word) + channel.log_floor("ins", "", "")
        text = word + b.trail
        out.append(Reading(text, tuple(lex.lm.id(u) for u in units(text)), cost, span=2))
    return out


def abbreviation_like(core: str) -> bool:
    """Two capitals or more, maybe a digit OCR put for a letter: "PTA", "HD1", "CHL8"."""
    return sum(ch.isupper() for ch in core) >= 2 and all(ch.isalnum() for ch in core)


def protected(core: str) -> bool:
    """Numbers, dates and document codes change only by their own rules."""
    if NUMBER.match(core) or (any(ch.isdigit() for ch in core)
                              and not any(ch.isalpha() for ch in core)):
        return True
    return "/" in core or ("-" in core and any(ch.isdigit() for ch in core))


def mergeable(slot: Slot, nxt: Slot, lex: Lexicon) -> bool:
    """Two tokens that may be one syllable OCR split: on one line, letters only, and at
    least one of them no word on its own."""
    if nxt.seg != slot.seg:
        return False
    a, b = slot.token, nxt.token
    if a.trail or b.lead or not LETTERS.match(a.core or "-") or not LETTERS.match(b.core or "-"):
        return False
    if len(a.core) + len(b.core) > 8:
        return False
    return not (lex.attested(a.core.lower()) and lex.attested(b.core.lower()))


def noise_cost(text: str, slot: Slot) -> float:
    """log10 of OCR adding this punctuation as a word of its own: specks at a line end
    are common, a lone dash inside a line is usually printed ("2016 - 2020")."""
    if any(ch not in PRINTED_ALONE for ch in text):
        return -0.3
    if slot.line_end or slot.paragraph_start or slot.token.start == 0:
        return -1.0
    if text in ("-", "–", "—"):
        return -4.0
    return -2.5


def next_word_case(nxt: Slot | None) -> str:
    """"upper" or "lower" for the word after a token, when its case says anything."""
    if nxt is None or not nxt.token.core or (nxt.paragraph_start and nxt.token.start == 0
                                              and parse_label(nxt.token.text) is not None):
        return ""
    first = (nxt.token.lead + nxt.token.core)[:1]
    if not first.isalpha():
        return ""
    if first.isupper():
        return "" if nxt.token.core.isupper() else "upper"
    return "lower"


def is_name(slot: Slot) -> bool:
    """A capitalised word inside a sentence: a name, which changes only on strong evidence."""
    core = slot.token.core
    return bool(core) and core[:1].isupper() and not slot.paragraph_start and not core.isupper()


def dominant_style(slots: list[Slot]) -> str:
    """The document's own tone-mark placement ("hóa" old, "hoá" new)."""
    votes = {"old": 0, "new": 0}
    for slot in slots:
        style = style_of(slot.token.core)
        if style:
            votes[style] += 1
    return "new" if votes["new"] > votes["old"] else "old"


# ---------------------------------------------------------------------- corrections

def word_decisions(segments: list[Segment], lex: Lexicon, params: Params | None = None
                   ) -> tuple[list[Slot], list[Decision]]:
    """Every token's best reading where it is not what OCR wrote, with its posterior."""
    corrector = Corrector(segments, lex, params or Params())
    return corrector.slots, corrector.run()


def word_corrections(segments: list[Segment], lex: Lexicon, params: Params | None = None
                     ) -> list[Correction]:
    slots, decisions = word_decisions(segments, lex, params)
    return to_corrections(decisions, slots, segments)


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
    before = seg.text[start:end]
    where = seg.to_original(start, end)
    if where is None:
        return None
    kind = kind_of(slot.token.text, d.best)
    reason = (f"“{slot.token.text}” → “{after}”: fits its context better "
              f"(language model {d.lm_gain:+.1f}), a likely OCR misreading")
    return Correction(stage="correct", kind=kind, line=seg.line, start=where[0], end=where[1],
                      before=before, after=after, confidence=round(d.confidence, 4),
                      reason=reason,
                      alternatives=[Alternative(t, round(p, 4)) for t, p in d.alternatives])


def kind_of(observed: str, reading: Reading) -> str:
    if not reading.text:
        return "noise"
    if reading.span == 2:
        return "split-word"
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


__all__ = ["Corrector", "Decision", "Params", "Reading", "Slot", "to_correction",
           "to_corrections", "word_corrections", "word_decisions"]
