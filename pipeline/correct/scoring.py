"""Scoring readings in context: the language model over the token stream, the channel,
and what the language model cannot see (case), weighed into a posterior per slot.

Owns the first look that passes over words sitting well in their context, the
vectorised scoring of every doubtful slot's readings at once, the posterior and the
case heuristics, and the correction parameters; not which slots are decided in which
pass (decoding) nor how a decision becomes a correction (emit).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from vanban.correct.candidates import Features, Reading
from vanban.correct.lexicon import Lexicon
from vanban.correct.memory import DocumentMemory, slot_keys
from vanban.correct.stream import Slot, TokenStream
from vanban.correct.tokens import split_token
from vanban.labels import parse_label
from vanban.syllable import key, parse

LN10 = math.log(10)
PAIR_READINGS = 4  # readings of each of two neighbours kept for reading them together
# a word whose own units and the two after it score above this (log10) in the language
# model, as OCR wrote it, is taken as read; measured on held-out OCR, this passes over about
# half the words and keeps 99 % of the damaged ones
SUSPICION = -4.0
# a scanned word OCR was this unsure of (the share of such words it misreads, among those
# the first look passes) is looked at even when it fits its context
UNSURE_PASSED = 0.2
# how far OCR's confidence moves a word's prior (1: as the scans it was learned from say);
# tuned on dev scans: 1.0 removes 61.8 / 56.8 % of errors (L2 / L3), 1.25 62.2 / 57.0 %,
# 1.5 62.8 / 57.0 % but breaks 30 % more words at L3
CONFIDENCE_WEIGHT = 1.25
# log10: how far behind its slot's best a reading may be for the document memory to be
# asked about it (a reading further behind is no contender; dev OCR reads the same with 3
# as with every reading asked, and it is asked about an eighth as many)
MEMORY_SPAN = 5.0
# log10 of how many rare spellings share the language model's <unk> (some 13,700 corpus
# types below its count floor)
UNKNOWN_PENALTY = 4.0
# the share of the posterior of a word's mending and its twin with OCR's marks that the
# mending's own marks need for them to change with it
MARKS_SURE = 0.95


@dataclass
class Params:
    # tuned on held-out OCR (lexicon/work/pairs/heldout), see lexicon/calibrate.py
    lm_weight: float = 0.9  # weight of the language model against the channel
    temperature: float = 1.0  # of the posterior over readings
    name_penalty: float = 1.0  # log10 cost of changing a capitalised word inside a sentence
    # the share of a word's probability beside a neighbour that the document's own pairs
    # take (memory.py; 0: no document memory)
    memory_share: float = 0.1
    # prior that a word the first look flags is misread (they are the doubtful half)
    error_rate: float | None = 0.35
    # the same prior for a real word in text typed a paragraph to a line: a typist's slips
    # seldom make another word, OCR's misreadings often do. The OCR prior scaled by a
    # typist's share of wrong words against OCR's (about 1 % against 10 %); the 2,120 clean
    # VLSP-2013 sentences underthesea ships break 268 tokens at 0.35, 45 / 36 / 30 at
    # 0.1 / 0.03 / 0.01 (with the typist's marks proposed, correct/__init__.py)
    typist_error_rate: float = 0.03
    # log10 weight of a reading forming a dictionary word with a neighbour where what OCR
    # wrote forms none ("chỉ đoàn" -> "chi đoàn"): the corpus prints some words too
    # seldom for the language model to know them
    word_bonus: float = 1.5
    calibrate: bool = True  # report calibrated confidences (False: the raw posterior)


@dataclass
class Decision:
    slot: int
    best: Reading
    confidence: float  # calibrated: the share of decisions this sure that are right
    posterior: float  # the model's own
    alternatives: list[tuple[str, float]]
    lm_gain: float
    calibrated: bool = True  # `confidence` is calibrated (else the raw posterior)
    word: str = ""  # the dictionary word the reading forms with a neighbour, where weighed
    note: str = ""  # what the reason adds (why the confidence was lowered)


class Scorer:
    """Scores the readings of a document's slots; keeps, per slot, its likeliest readings
    (for reading two doubtful neighbours together) and its readings' array-wise attributes
    where they were computed once for the token type."""

    def __init__(self, stream: TokenStream, lex: Lexicon, params: Params,
                 memory: DocumentMemory | None = None, first_segment: int = 0) -> None:
        self.stream = stream
        self.lex = lex
        self.params = params
        self.features: dict[int, Features | None] = {}
        # the attributes of readings that were not a token type's own (computed at the
        # first pass that scores them, kept for the next: the same list each pass)
        self.computed: dict[int, tuple[list[Reading], Features]] = {}
        self.top: dict[int, list[tuple[Reading, float, bool]]] = {}  # top_readings'
        # each slot's scores as its last pass left them: (scores, readings, its range)
        self.scored: dict[int, tuple[np.ndarray, list[Reading], int, int]] = {}
        # how close each scored slot's best other reading came to what OCR wrote (log10):
        # a bound on its doubt among its top readings, known without ranking them
        self.rival: dict[int, float] = {}
        self.flagged: set[int] = set()  # what the first look flagged for its context
        self.error_rates: dict[tuple[int, bool], float] = {}  # slot_error_rate's, kept
        self.log_rates: dict[int, tuple[float, float]] = {}  # compute_log_rates', kept
        # the document's pairs (over more segments than the stream's, where given)
        self.memory = memory
        if memory is None and params.memory_share:
            self.memory = DocumentMemory(stream.segments, lex.lm, params.memory_share)
        self.first_segment = first_segment
        self.keys = slot_keys(stream.slots) if params.memory_share else []
        self.supported: dict[tuple[int, str, int], float] = {}  # the memory's, kept

    @property
    def slots(self) -> list[Slot]:
        return self.stream.slots

    @property
    def error_rate(self) -> float:
        return self.params.error_rate or self.lex.channel.word_error

    def slot_error_rate(self, i: int, flagged: bool = True) -> float:
        """The prior that slot i is misread. On a scan OCR's confidence in the word moves
        it: the odds of the tuned prior times how much likelier than the average flagged
        word a word this sure was misread (learned from scans, lexicon/ocr_confidence.py)."""
        found = self.error_rates.get((i, flagged))
        if found is None:
            found = self.error_rates[(i, flagged)] = self.compute_error_rate(i, flagged)
        return found

    def compute_error_rate(self, i: int, flagged: bool) -> float:
        base = self.error_rate
        if self.stream.line_paragraphs and self.lex.lm.unk not in self.slots[i].ids:
            base = self.params.typist_error_rate
        confidence = self.slots[i].ocr_confidence
        overall = self.lex.flagged_misread_rate
        if confidence is None or overall is None:
            return base
        rate = self.lex.misread_rate(confidence, flagged)
        if rate is None:
            return base
        ratio = (rate / (1 - rate)) / (overall / (1 - overall))
        odds = base / (1 - base) * ratio ** CONFIDENCE_WEIGHT
        return min(max(odds / (1 + odds), 1e-4), 0.99)

    def unsure(self, i: int) -> bool:
        """A scanned word OCR was unsure enough of to be looked at however it reads."""
        confidence = self.slots[i].ocr_confidence
        if confidence is None:
            return False
        rate = self.lex.misread_rate(confidence, flagged=False)
        return rate is not None and rate >= UNSURE_PASSED


    def suspicious(self) -> set[int]:
        """Slots worth a closer look: what OCR wrote fits its context poorly."""
        ids, spans = self.stream.units({})
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
                    or not slot.token.core.isalpha() or slot.token.trail
                    or len(slot.token.lead) > 1):  # ("““Tự": marks doubled before a word)
                out.add(i)
        self.flagged = set(out)
        self.log_rates.clear()  # (they depend on whether a slot is flagged)
        # and, on a scan, the words OCR itself doubted
        return out | {i for i in range(len(self.slots)) if self.unsure(i)}

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
        owns: list[Reading] = []  # each slot's own reading: what OCR wrote
        counts: list[int] = []  # readings of each slot
        rows: list[list[int]] = []  # each slot's context: left, right, n right
        pair_contexts: dict[int, list[int]] = {}
        for g, i in enumerate(order):
            start, end = spans[i]
            left = self.stream.left_context(ids, start)
            right = self.stream.right_context(ids, end)
            rows.append([*left, *right, *([bos] * (h - len(right))), len(right)])
            own = self.slots[i]
            found = options[i]
            owns.append(Reading(own.token.text, own.ids, 0.0))
            readings.append(owns[-1])
            readings += found
            counts.append(len(found) + 1)
            # (a token's own readings, whose attributes were kept, merge no two tokens)
            if self.features.get(i) is None and any(r.span == 2 for r in found):
                pair_contexts[g] = self.stream.right_context(ids, spans[i + 1][1])
        contexts = np.array(rows, dtype=np.int64).reshape(len(order), 2 * h + 1)
        groups = np.repeat(np.arange(len(order)), counts)
        n = len(readings)
        unk = lm.unk
        # what OCR wrote, each slot's own reading, made arrays at once; then every slot's
        # other readings, and all put in the readings' order (each slot's own first)
        parts = [Features(owns, unk)]
        for i in order:
            cached = self.features.get(i)
            if cached is None:
                kept = self.computed.get(i)
                if kept is not None and kept[0] is options[i]:
                    cached = kept[1]
                else:
                    cached = Features(options[i], unk)
                    self.computed[i] = (options[i], cached)
            parts.append(cached)
        firsts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
        source = np.empty(n, dtype=np.int64)
        source[firsts] = np.arange(len(order))
        others = np.ones(n, dtype=bool)
        others[firsts] = False
        source[others] = np.arange(len(order), n)
        feats = Features.join(parts).take(source)
        lm_score = np.zeros(n)
        one = feats.one
        if one.any():
            mids = feats.mid[one]
            rows = contexts[groups[one]]
            rows = np.concatenate([rows[:, :h], mids[:, None], rows[:, h:]], axis=1)
            lm_score[one] = self.score_middle(rows, 1)
        queries: list[list[int]] = []
        owner: list[int] = []
        kept_pairs: dict[int, int] = {}  # group -> index into the extra scores
        extra_owner = n
        by_width: dict[int, list[int]] = {}  # readings of one token, by their units
        for k in np.flatnonzero(~one).tolist():
            r = readings[k]
            if r.span == 1:
                by_width.setdefault(len(r.ids), []).append(k)
                continue
            g = groups[k]
            for q in self.stream.unit_queries(contexts[g, :h].tolist(), r.ids,
                                              pair_contexts[g]):
                queries.append(q)
                owner.append(k)
        for width, ks in by_width.items():
            rows = np.empty((len(ks), 2 * h + 1 + width), dtype=np.int64)
            rows[:, :h] = contexts[groups[ks], :h]
            rows[:, h:h + width] = [readings[k].ids for k in ks] if width else 0
            rows[:, h + width:] = contexts[groups[ks], h:]
            lm_score[ks] = self.score_middle(rows, width)
        for g, right in pair_contexts.items():  # the pair as OCR wrote it, to price merges
            i = order[g]
            kept_pairs[g] = extra_owner
            both = self.slots[i].ids + self.slots[i + 1].ids
            for q in self.stream.unit_queries(contexts[g, :h].tolist(), both, right):
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
        keep_lm = lm_score[firsts][groups]
        ends_at = [*firsts[1:].tolist(), n]
        for g, x in kept_pairs.items():  # a merge is compared with the pair as written
            merged = firsts[g] + np.flatnonzero(feats.merge[firsts[g]:ends_at[g]])
            lm_score[merged] += keep_lm[merged] - (extra[x - n] - UNKNOWN_PENALTY * sum(
                u == lm.unk for u in self.slots[order[g]].ids + self.slots[order[g] + 1].ids))
        return self.weigh(order, readings, feats, groups, firsts, lm_score, keep_lm)

    def score_middle(self, rows: np.ndarray, width: int) -> np.ndarray:
        """The language model's `score_middle` of readings in their contexts."""
        return self.lex.lm.score_middle(rows, width)

    def weigh(self, order: list[int], readings: list[Reading], feats: Features,
              groups: np.ndarray, firsts: np.ndarray, lm_score: np.ndarray,
              keep_lm: np.ndarray) -> list[Decision]:
        """Posterior of every reading within its slot; a decision where the best is new."""
        n = len(readings)
        p = self.params
        error_rate = np.array([self.slot_error_rate(i, self.is_flagged(i)) for i in order])[groups]
        is_own = np.zeros(n, dtype=bool)
        is_own[firsts] = True
        score = p.lm_weight * lm_score + np.where(
            is_own, np.log10(1 - error_rate), np.log10(error_rate) + feats.channel)
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
        # (not in text typed a paragraph to a line: its real-word errors are a typist's,
        # not OCR's, and its words another register's than the corpus's)
        forms = None
        if p.word_bonus and self.lex.words and not self.stream.line_paragraphs:
            # (a reading further behind its slot's best than the bonus can bring level,
            # both ways, is not asked)
            near = score > np.maximum.reduceat(score, firsts)[groups] - 2 * p.word_bonus
            near[firsts] = False
            forms = self.word_feature(order, readings, groups, np.flatnonzero(near))
            score += p.word_bonus * forms
        names = np.array([is_name(self.slots[i]) for i in order])[groups]
        score -= np.where(names & feats.capital & ~is_own, p.name_penalty, 0.0)
        bounds = [*firsts.tolist(), n]
        if self.memory is not None:
            # a reading far behind its slot's best is not brought level by the document's
            # pairs: only the others are asked about them
            near_best = score > np.maximum.reduceat(score, firsts)[groups] - MEMORY_SPAN
            near_best[firsts] = True
            memory = self.memory.supports(self.slots, self.keys, order, readings, bounds,
                                          self.first_segment, np.flatnonzero(near_best),
                                          self.supported)
            if memory is not None:
                score += p.lm_weight * memory
        z = score * (LN10 / p.temperature)
        z -= np.maximum.reduceat(z, firsts)[groups]
        post = np.exp(z)
        post /= np.add.reduceat(post, firsts)[groups]
        decisions = []
        bests = group_argmax(post, firsts, groups)  # each slot's likeliest reading
        others = score.copy()
        others[firsts] = -np.inf
        rivals = (np.maximum.reduceat(others, firsts) - score[firsts]).tolist()
        for g, i in enumerate(order):
            a, b = bounds[g], bounds[g + 1]
            # where its likeliest readings are, for deciding neighbours jointly (ranked only
            # if asked: most slots have no doubtful neighbour)
            self.scored[i] = (score, readings, a, b)
            self.rival[i] = rivals[g]
            self.top.pop(i, None)
            best = bests[g]
            if best == a and not damaged_word(self.slots[i].token.core):
                continue  # (most slots: what OCR wrote stays)
            ranked = a + np.argsort(-post[a:b])
            if best == a:
                # what OCR wrote is no Vietnamese syllable, yet no reading beat it: the
                # likeliest that is one is proposed with its low confidence (under half
                # the posterior, so below any threshold but a reviewer's own), not nothing
                best = next((j for j in ranked.tolist()
                             if j != a and spelled_as_syllables(readings[j].text)), a)
                if best == a:
                    continue
            best = marks_kept(readings, a, b, best, post)
            alts = [(readings[j].text, float(post[j])) for j in ranked[:4] if j != best]
            posterior = float(post[best]) + case_twins(readings, a, b, best, post)
            if self.misspelt(i):
                posterior += mark_twins(readings, a, b, best, post)
            confidence = self.lex.calibrated(posterior) if p.calibrate else posterior
            word = (self.formed_word(i, readings[best].text)
                    if forms is not None and forms[best] > 0 else "")
            decisions.append(Decision(i, readings[best], confidence, posterior, alts,
                                      float(lm_score[best] - keep_lm[best]), p.calibrate,
                                      word))
        return decisions

    def misspelt(self, i: int) -> bool:
        """What OCR wrote at slot i is a word the corpus never prints: it must change."""
        core = self.slots[i].token.core
        return core.isalpha() and self.lex.judge(core.lower()) != "attested"

    def word_feature(self, order: list[int], readings: list[Reading], groups: np.ndarray,
                     asked: np.ndarray) -> np.ndarray:
        """For the readings `asked`: 1 where one forms a dictionary word with a neighbour
        and what OCR wrote forms none, -1 the other way round; 0 elsewhere."""
        slots = self.slots
        followers, leaders = self.lex.word_partners
        none: frozenset[str] = frozenset()
        out = np.zeros(len(readings))
        # per slot: what a reading's syllable may be to form a word with the word before it
        # (no mark before the reading), with the word after it (no mark after it), and
        # whether what OCR wrote forms one
        partners: dict[int, tuple[frozenset[str], frozenset[str], int]] = {}
        for k in asked.tolist():
            if readings[k].span != 1:
                continue
            i = order[groups[k]]
            found = partners.get(i)
            if found is None:
                slot = slots[i]
                after_before = (followers.get(word_key(slots[i - 1].token.text), none)
                                if i and not slot.paragraph_start else none)
                before_after = (leaders.get(word_key(slots[i + 1].token.text), none)
                                if i + 1 < len(slots) and not slots[i + 1].paragraph_start
                                else none)
                found = partners[i] = (after_before, before_after, forms_with(
                    slot.token.text, after_before, before_after))
            after_before, before_after, own = found
            if after_before or before_after:
                out[k] = forms_with(readings[k].text, after_before, before_after) - own
        return out

    def formed_word(self, i: int, text: str) -> str:
        """The dictionary word reading `text` at slot i forms with a neighbour, as printed."""
        slots, core = self.slots, split_token(text).core
        followers, leaders = self.lex.word_partners
        none: frozenset[str] = frozenset()
        if i and not slots[i].paragraph_start and forms_with(
                text, followers.get(word_key(slots[i - 1].token.text), none), none):
            return f"{slots[i - 1].token.text} {core}"
        if i + 1 < len(slots) and not slots[i + 1].paragraph_start and forms_with(
                text, none, leaders.get(word_key(slots[i + 1].token.text), none)):
            return f"{core} {slots[i + 1].token.text}"
        return ""

    def top_readings(self, i: int) -> list[tuple[Reading, float, bool]]:
        """Slot i's likeliest readings as its last pass scored them (what OCR wrote
        first), each with its score and whether it is OCR's: kept once asked."""
        found = self.top.get(i)
        if found is None:
            score, readings, a, b = self.scored[i]
            best_few = (a + np.argsort(-score[a:b])[:PAIR_READINGS + 1]).tolist()
            ranked = [a, *(j for j in best_few if j != a)][:PAIR_READINGS + 1]
            found = self.top[i] = [(readings[j], float(score[j]), j == a)
                                   for j in ranked if readings[j].span == 1]
        return found

    def is_flagged(self, i: int) -> bool:
        """Flagged by the first look for its context (not only for OCR's doubt)."""
        return i in self.flagged

    def channel_term(self, i: int, reading: Reading, own: bool) -> float:
        """A reading's terms beside the language model where two neighbours are read
        together: its prior and channel, and in text typed a paragraph to a line (as `weigh`
        has it) a name's cost of change: a typist's capitals are names ("Tôn Thất" is no
        "Tổn thất" for being read as a pair), while OCR damages names as often as other
        words (the cost here loses held-out OCR's fixes: "Chiêng" -> "Chiềng")."""
        kept, misread = self.log_rates.get(i) or self.compute_log_rates(i)
        if own:
            return kept
        name = self.params.name_penalty if (
            self.stream.line_paragraphs and reading.text[:1].isupper()
            and is_name(self.slots[i])) else 0.0
        return misread + reading.channel - name

    def compute_log_rates(self, i: int) -> tuple[float, float]:
        """log10 of slot i being read right, and misread (kept: asked for each reading)."""
        error_rate = self.slot_error_rate(i, self.is_flagged(i))
        found = self.log_rates[i] = (math.log10(1 - error_rate), math.log10(error_rate))
        return found


def group_argmax(values: np.ndarray, firsts: np.ndarray, groups: np.ndarray) -> list[int]:
    """Where each group's largest value is (the first of them, as argmax takes it): groups
    of consecutive values starting at `firsts`, `groups` each value's group."""
    at_max = np.flatnonzero(values == np.maximum.reduceat(values, firsts)[groups])
    return at_max[np.unique(groups[at_max], return_index=True)[1]].tolist()


@lru_cache(maxsize=50_000)
def word_key(text: str) -> str | None:
    """A token's syllable key where it is one syllable with no mark before or after it."""
    if not text.isalpha():
        return None
    lower = text.lower()
    return key(lower) if parse(lower) is not None else None


@lru_cache(maxsize=200_000)  # asked for each reading at each pass
def word_parts(text: str) -> tuple[str | None, bool, bool]:
    """A token's syllable key (None if it is none), and whether marks lead and trail it."""
    tok = split_token(text)
    return word_key(tok.core), bool(tok.lead), bool(tok.trail)


def forms_with(text: str, after_before: frozenset[str], before_after: frozenset[str]) -> int:
    """1 where the token `text` is a syllable that may follow the word before it (no mark
    before it) or precede the word after it (no mark after it)."""
    core, lead, trail = word_parts(text)
    return int(core is not None and ((not lead and core in after_before)
                                     or (not trail and core in before_after)))



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


def damaged_word(core: str) -> bool:
    """A word with Vietnamese letters that no Vietnamese syllable is spelled as ("đoận",
    "righĩa"): OCR's damage, not a foreign word or an abbreviation."""
    return (len(core) >= 2 and core.isalpha() and not core.isupper()
            and any(ord(ch) > 127 for ch in core) and parse(core.lower()) is None)


def spelled_as_syllables(text: str) -> bool:
    """A reading whose word (or words) are all Vietnamese syllables."""
    words = split_token(text).core.split()
    return bool(words) and all(parse(w.lower()) is not None for w in words)


def case_twins(readings: list[Reading], a: int, b: int, best: int, post: np.ndarray) -> float:
    """The posterior of the best reading's twins in another case ("Đồng" beside "đồng"):
    the language model cannot tell them apart, so a word's case is no reason to doubt
    the word. Not where the best is what OCR wrote in another case, whose own posterior
    says nothing for the change."""
    text = readings[best].text.lower()
    if readings[a].text.lower() == text:
        return 0.0
    return float(sum(post[j] for j in range(a + 1, b)
                     if j != best and readings[j].text.lower() == text))


def marks_kept(readings: list[Reading], a: int, b: int, best: int, post: np.ndarray) -> int:
    """The best reading, or its twin with OCR's marks about the word where the best mends
    the word and changes the marks too, the marks' change being doubtful (under
    MARKS_SURE of the two's posterior): the word is mended, the marks left as read."""
    if readings[best].span != 1:
        return best
    own, chosen = split_token(readings[a].text), split_token(readings[best].text)
    if (own.lead, own.trail) == (chosen.lead, chosen.trail) or own.core == chosen.core:
        return best
    twin = own.lead + chosen.core + own.trail
    for j in range(a + 1, b):
        if readings[j].span == 1 and readings[j].text == twin:
            return j if post[best] < MARKS_SURE * (post[best] + post[j]) else best
    return best


def mark_twins(readings: list[Reading], a: int, b: int, best: int, post: np.ndarray) -> float:
    """The posterior of the best reading's twins with other marks about the word ("cấp"
    beside "cấp," for OCR's "cầp,"), where the best mends the word: whichever marks are
    right, the word's change is, so their doubt is none of its own (a mark wrongly
    changed beside it leaves wrong a token OCR had wrong). Asked where what OCR wrote is
    no word: a real word's change is doubted on its own."""
    if readings[best].span != 1:
        return 0.0
    own, chosen = split_token(readings[a].text), split_token(readings[best].text)
    if own.core.lower() == chosen.core.lower():
        return 0.0
    word = chosen.core.lower()
    return float(sum(post[j] for j in range(a + 1, b)
                     if j != best and readings[j].span == 1
                     and readings[j].text.lower() != readings[best].text.lower()
                     and split_token(readings[j].text).core.lower() == word))


def is_name(slot: Slot) -> bool:
    """A capitalised word inside a sentence: a name, which changes only on strong evidence."""
    core = slot.token.core
    return bool(core) and core[:1].isupper() and not slot.paragraph_start and not core.isupper()

