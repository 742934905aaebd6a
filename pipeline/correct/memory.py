"""Document memory: what a document prints elsewhere is evidence for how a damaged copy
read. A name, a term or a phrase OCR read cleanly in one place ("Nghi Sơn", "hội đồng
khoa học") and damaged in another is likelier, in that document, than the language
model (which knows the corpus, not this document's names) alone says.

A cache model, as in speech recognition, kept to word pairs: beside a neighbour, a word's
probability is the language model's, with a share of it given to how often the rest of
the document prints that word beside that neighbour. The support a reading gets is the
log10 ratio of that mixture to the language model's probability, approximated by the
word's own frequency in the corpus: large for a name the corpus hardly knows and the
document repeats, small for a common word the model already expects.

Owns the document's word-pair counts and the support a reading gets from them; not how
that support is weighed against the channel (scoring).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import regex

from vanban.correct.lm import LanguageModel
from vanban.correct.stream import Slot
from vanban.correct.tokens import LETTERS, core_unit, split_token, tokens
from vanban.syllable import key, spelling_key
from vanban.view import Segment

if TYPE_CHECKING:
    from vanban.correct.candidates import Reading

# log10: a word the language model does not know is one of many rare spellings (as
# scoring.UNKNOWN_PENALTY prices it)
UNKNOWN_SHARE = 4.0
# segments (lines, about) either side whose pairs are the memory: the two pages or so
# around a word (a file that joins many documents lends no word the others' pairs), and
# within the lines a part of a long document is read with (parts.CONTEXT_LINES), so a
# part remembers what the whole would. Dev OCR gains as much from 25 or 80 lines as from
# the whole document (1,000 words either side)
REACH = 80
# times the corpus must print a word for its pairs to count: OCR damages a word the same way
# again and again in one scan ("triên khai" twice in one letter), and what it makes is a
# word the corpus hardly prints, while the words names are made of are common
TRUSTED = 100
GLUED_LABEL = regex.compile(r"^(?:[IVXLC]+|\d+|\p{Ll})[.)]\p{L}")


@lru_cache(maxsize=100_000)  # every token of a document, and every reading's ends
def word_key(core: str) -> str:
    """A word as the memory counts it: case, tone placement and the i/y spelling aside."""
    lower = core.lower()
    # (a spelling key is the lower case's: "Kinh", "KINH" and "kinh" share one, computed
    # once; isalpha is the pattern's \p{L}, its fast path)
    return spelling_key(lower) if core.isalpha() or LETTERS.match(core) else lower


# a reading's text -> its first and last word and their keys (texts recur, within a
# document and across a batch); cleared when full
_ENDS: dict[str, tuple[str, str, str, str] | None] = {}
ENDS_KEPT = 200_000


def reading_ends(text: str) -> tuple[str, str, str, str] | None:
    found = _ENDS.get(text, False)
    if found is False:
        if len(_ENDS) > ENDS_KEPT:
            _ENDS.clear()
        words = [text] if text.isalpha() else [split_token(w).core for w in text.split()]
        found = _ENDS[text] = ((words[0], word_key(words[0]), words[-1], word_key(words[-1]))
                               if words and words[0] and words[-1] else None)
    return found


def slot_keys(stream: Sequence[Slot]) -> list[str]:
    """Each slot's word as the memory counts it ("" for punctuation alone)."""
    return [word_key(s.token.core) if s.token.core else "" for s in stream]


class DocumentMemory:
    """The pairs of neighbouring words a document prints (as OCR wrote them; of words the
    corpus prints often enough to be trusted), each where it stands (the segment of its
    second word), and the support they give a reading of one of its words. Built over all
    the segments correction reads, so a stretch of them read apart still remembers the
    rest."""

    def __init__(self, segments: Sequence[Segment], lm: LanguageModel, share: float) -> None:
        self.lm = lm
        self.share = share
        self.word_logp: dict[str, float] = {}  # a word's corpus log10 P, as `gain` asks it
        self.pairs: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
        self.before_any: defaultdict[str, list[int]] = defaultdict(list)  # pairs it opens
        self.after_any: defaultdict[str, list[int]] = defaultdict(list)  # pairs it closes
        previous = ""
        counts = lm.counts
        for at, seg in enumerate(segments):
            for tok in tokens(seg.text):
                word = word_key(tok.core) if tok.core else ""
                if word and LETTERS.match(word) and counts.get(key(word), 0) < TRUSTED:
                    word = ""  # a word the corpus hardly prints: maybe OCR's damage
                if previous and word:
                    self.pairs[(previous, word)].append(at)
                    self.before_any[previous].append(at)
                    self.after_any[word].append(at)
                previous = word
        # the words printed after each word, and before it: word -> word -> segments
        self.next_words: defaultdict[str, dict[str, list[int]]] = defaultdict(dict)
        self.prev_words: defaultdict[str, dict[str, list[int]]] = defaultdict(dict)
        for (left, right), where in self.pairs.items():
            self.next_words[left][right] = self.prev_words[right][left] = where

    def supports(self, stream: Sequence[Slot], keys: Sequence[str], slots: Sequence[int],
                 readings: Sequence[Reading], bounds: Sequence[int], first_segment: int = 0,
                 among: np.ndarray | None = None,
                 known: dict[tuple[int, str, int], float] | None = None
                 ) -> np.ndarray | None:
        """For each reading (those of stream[slots[g]] at bounds[g]:bounds[g + 1]): log10 of
        how much likelier the document's other pairs make it beside its two neighbours
        than the corpus alone does (None: no reading has a pair elsewhere). A slot's own
        pairs are not evidence for anything read there. `keys`: the stream's words'
        (`slot_keys`); `first_segment`: where the stream's first segment is among those
        the memory was built over; `among`: the readings worth asking about (all if
        None), in order; `known`: the supports already found for this stream (slot,
        reading, span), kept there: a later pass asks again about the same readings."""
        out: np.ndarray | None = None
        if among is None:
            among = np.arange(len(readings))
        cuts = np.searchsorted(among, bounds).tolist()
        among = among.tolist()
        for g, i in enumerate(slots):
            if cuts[g] == cuts[g + 1]:
                continue
            core = stream[i].token.core
            if GLUED_LABEL.match(core):
                continue  # a list label glued to a word ("I.MỤC") is the labels' business:
                # the word's pairs elsewhere are no evidence against the label
            own = keys[i]
            at = first_segment + stream[i].seg
            left = keys[i - 1] if i and not stream[i].paragraph_start else ""
            follows = self.next_words.get(left) if left else None
            # the word after a reading of one slot, and of two (a merge)
            rights = [keys[j] if j < len(stream) and not stream[j].paragraph_start else ""
                      for j in (i + 1, i + 2)]
            precede = [self.prev_words.get(r) if r else None for r in rights]
            if not follows and not precede[0] and not precede[1]:
                continue
            for k in among[cuts[g]:cuts[g + 1]]:
                reading = readings[k]
                asked = (i, reading.text, reading.span)
                total = known.get(asked) if known is not None else None
                if total is None:
                    total = self.support(stream, keys, i, reading, first_segment, own, at,
                                         left, follows, rights, precede)
                    if known is not None:
                        known[asked] = total
                if total:
                    if out is None:
                        out = np.zeros(len(readings))
                    out[k] = total
        return out

    def support(self, stream: Sequence[Slot], keys: Sequence[str], i: int, reading: Reading,
                first_segment: int, own: str, at: int, left: str,
                follows: dict[str, list[int]] | None, rights: list[str],
                precede: list[dict[str, list[int]] | None]) -> float:
        """log10 of the support of one reading of slot i (see `supports`)."""
        single = reading.span == 1
        precedes = precede[0] if single else precede[1]
        ends = reading_ends(reading.text)
        if ends is None:
            return 0.0
        first, first_key, last, last_key = ends
        total = 0.0
        where = follows.get(first_key) if follows else None
        if where:
            count = self.near(where, at) - (first_key == own)
            if count > 0:
                opened = self.near(self.before_any[left], at) - bool(own)
                total += self.gain(count / max(opened, 1), first)
        where = precedes.get(last_key) if precedes else None
        if where:
            after = first_segment + stream[i + reading.span].seg
            count = self.near(where, after) - (single and last_key == own)
            if count > 0:
                right = rights[0] if single else rights[1]
                closed = self.near(self.after_any[right], after) - (single and bool(own))
                total += self.gain(count / max(closed, 1), last)
        return total

    @staticmethod
    def near(where: list[int] | None, at: int) -> int:
        """How many of the pairs standing at `where` are within reach of segment `at`."""
        if not where:
            return 0
        return bisect_right(where, at + REACH) - bisect_left(where, at - REACH)

    def gain(self, in_document: float, word: str) -> float:
        logp = self.word_logp.get(word)
        if logp is None:
            unit = self.lm.id(core_unit(word))
            logp = float(self.lm.logp1[unit])
            if unit == self.lm.unk:
                logp -= UNKNOWN_SHARE
            self.word_logp[word] = logp
        return math.log10(1 - self.share + self.share * in_document / 10 ** logp)
