"""Candidate readings: what a printed token may have been, each with the OCR channel's
log10 likelihood of reading it as what OCR wrote.

Owns the candidates (any tone, one letter misread, dropped or added, the nearest
syllables of a non-word, abbreviations, punctuation variants, a syllable split in two,
two words joined, lexicon names a window of words nearly spells, and the words context
alone suggests where OCR blotted one past reading) and their per-type cache; not how
they are scored in context.
"""

from __future__ import annotations

import itertools
import unicodedata
import weakref
from dataclasses import dataclass

import numpy as np
import regex
from rapidfuzz.distance import Levenshtein

from vanban.correct.confusion import bare_and_tone
from vanban.correct.lexicon import Lexicon
from vanban.correct.stream import Slot, TokenStream
from vanban.correct.tokens import (
    LETTERS,
    NUMBER,
    Token,
    core_unit,
    punct_units,
    split_token,
    units,
)
from vanban.syllable import VOWELS, key, match_case, parse, restyle, spelling_key

PUNCT_SWAPS = ".,;:"
DOUBLED_QUOTE_COST = -1.0  # log10 of OCR doubling an opening quote, as of a speck
DOUBLED_MARK_COST = -1.0  # the same of a second mark after a word's ("sau:.", "định..")
SPECK_LEADS = ".,;:'_*-`"  # marks no word opens with, that a speck reads as
SENTENCE_END = (".", "?", "!")
# marks a decree prints standing alone; any other lone mark is a speck OCR read
PRINTED_ALONE = set(".,;:-–—+()…“”\"'/*%&")
# log10 of the share of each mark the corpus prints apart from the word before it
# ("như sau :"): 340 colons of 112,105, 602 semicolons of 228,485, 410 periods of 672,553,
# 106 commas of 1,094,084. OCR does not set one apart from its word: of the 835 standing
# alone where the development OCR (the decree's included) differs from its truth, none was
# its word's own mark set apart
SPACED_IN_PRINT = {":": -2.5, ";": -2.6, ".": -3.2, ",": -4.0}
# "Nông nghiệp & PTNT", "các cấp ... về", "Tỷ lệ = Tổng …": of the development OCR's lone
# "...", "....", "=" taken for specks, none was one
KEEP_ALONE = ("+", "…", "...", "(", ")", "*", "%", "/", "&", "=")
# a rule printed under a heading or a signature line ("---------", "________"): OCR reads
# it as a line, never as these characters (a speck it reads so is shorter: "___"), so a
# text that has them was typed so
PRINTED_RULE = regex.compile(r"^(?:_{5,}|[-–—]{5,}|={5,})$")
# no word, abbreviation or code is longer; a longer token (a URL, a run of letters a
# damaged scan or file gives) passes as it is: its edit candidates would grow with the
# square of its length
MAX_TOKEN = 40
# a token of modifier letters alone (Unicode Lm: "ˆ", "ˇ", "ʻ"), a speck OCR read as a letter
MODIFIERS_ONLY = regex.compile(r"^\p{Lm}+$")
MAX_PHRASE = 4  # words in a window matched against the lexicon's phrases
PHRASE_BONUS = 0.5  # log10: a name of the lexicon spelled by the words around is evidence
# log10 odds of OCR's own second choice per point of confidence below its first: a letter
# OCR rated close to the one it chose is nearly as likely the print (tuned on dev scans)
CHOICE_SCALE = 30.0  # dev scans: 15, 30, 60 within 0.6 points of each other
MAX_CHOICE_READINGS = 12


@dataclass(slots=True, unsafe_hash=True)  # not frozen, as Token (tokens.py): made often
class Reading:
    text: str  # the token as it would read ("" deletes it)
    ids: tuple[int, ...]
    channel: float  # log10 P(observed | this reading, a misreading)
    span: int = 1  # tokens it replaces (2 for a merge)
    from_context: bool = False  # read from its context alone, not from its letters

    @property
    def ends_sentence(self) -> bool:
        return (self.text.rstrip("\"”)").endswith(SENTENCE_END)
                and not self.text.endswith("./."))

    @property
    def soft_end(self) -> bool:
        """Ends in a word or a mark that goes on: a capital after it needs a reason."""
        return bool(self.text) and (self.text[-1] in ",;:" or self.text[-1].isalnum())


def reading_of(lex: Lexicon, text: str, channel: float, span: int = 1) -> Reading:
    """A reading of one token's text (its units looked up), at the channel's cost."""
    return Reading(text, tuple(lex.lm.id(u) for u in units(text)), channel, span)


def parted_reading(lex: Lexicon, first: str, second: str, channel: float) -> Reading:
    """A reading of one token as two, `first` and `second` with a space between them
    (their units looked up as two tokens'), at the channel's cost."""
    return Reading(f"{first} {second}", tuple(lex.lm.id(u) for u in units(first) + units(second)),
                   channel)


class Features:
    """Array-wise attributes of a run of readings, computed once per token type."""

    __slots__ = ("capital", "channel", "ends", "merge", "mid", "one", "soft", "unknown")

    def __init__(self, readings: list[Reading] | tuple[Reading, ...], unk: int) -> None:
        # a column at a time (a comprehension each: quicker than one loop appending seven)
        texts = [r.text for r in readings]
        ids = [r.ids for r in readings]
        self.one = np.array([len(i) == 1 and r.span == 1 for i, r in zip(ids, readings,
                                                                          strict=True)],
                            dtype=bool)
        self.mid = np.array([i[0] if len(i) == 1 else -1 for i in ids], dtype=np.int64)
        self.merge = np.array([r.span == 2 for r in readings], dtype=bool)
        self.channel = np.array([r.channel for r in readings], dtype=float)
        self.ends = np.array([r.ends_sentence for r in readings], dtype=bool)
        self.soft = np.array([r.soft_end for r in readings], dtype=bool)
        self.capital = np.array([t[:1].isupper() for t in texts], dtype=bool)
        self.unknown = np.array([i.count(unk) for i in ids], dtype=float)

    def take(self, index: np.ndarray) -> Features:
        """The attributes of the readings at `index`, in its order."""
        taken = Features.__new__(Features)
        for name in Features.__slots__:
            setattr(taken, name, getattr(self, name)[index])
        return taken

    @staticmethod
    def join(parts: list[Features]) -> Features:
        joined = Features.__new__(Features)
        for name in Features.__slots__:
            setattr(joined, name, np.concatenate([getattr(p, name) for p in parts]))
        return joined


TokenReadings = tuple[tuple[Reading, ...], Features]


def slot_readings(stream: TokenStream, lex: Lexicon, i: int
              ) -> tuple[list[Reading], Features | None]:
    """What the printed token may have been, with the channel's log10 likelihood (and
    their attributes array-wise, where they could be computed once for the type)."""
    slot = stream.slots[i]
    tok = slot.token
    if stream.is_label(slot):
        return [], None
    if not tok.core or MODIFIERS_ONLY.match(tok.core):
        # punctuation alone, or modifier letters no word is spelled with ("ˆ", "ˆ_"): OCR
        # noise, or a mark to keep
        if (tok.text in KEEP_ALONE or PRINTED_RULE.match(tok.text)
                or (tok.text == "|" and stream.tabular)):  # a table's cell border
            return [], None
        if tok.text in DASHES and dangling_dash(stream.slots, i):
            return [Reading("", (), DANGLING_DASH_COST)], None
        return [Reading("", (), noise_cost(tok.text, slot, stream.slots[i - 1] if i else None,
                                          spacing_read=not stream.line_paragraphs))], None
    if len(tok.text) > MAX_TOKEN:
        return [], None
    if protected(tok.core):
        # a number or code keeps its characters, and a mark after it may be a speck
        # ("năm 2025. của Ủy ban"). Not read as another mark: the language model reads
        # every number as one unit, and knows them as sentence ends ("năm 2020.") better
        # than inside a sentence or a list ("công nghiệp 4.0, trong", "năm 2025;"). In
        # text typed a paragraph to a line the marks are the typist's ("B-52, phản lực")
        if len(tok.trail) != 1 or tok.trail not in PUNCT_SWAPS or stream.line_paragraphs:
            return [], None
        bare = tok.lead + tok.core
        return [reading_of(lex, bare, lex.channel.edit_logp(tok.text, bare))], None
    cached, features = token_readings(lex, tok.text, stream.style)
    readings = list(cached)
    if doubled_mark(tok) and not stream.line_paragraphs:
        # two marks where print sets one ("sau:.", "định..", "hội,."): a speck beside the
        # first, priced as one (the channel, learned on letters, prices a mark's insertion
        # too dear); in text typed a paragraph to a line they are the typist's
        readings.append(reading_of(lex, tok.lead + tok.core + tok.trail[0], DOUBLED_MARK_COST))
        features = None
    if slot.ocr_choices:
        readings = with_ocr_choices(lex, slot, readings)
        features = None
    if margin_speck(stream.slots, i, lex):
        readings.append(Reading("", (), MARGIN_SPECK_COST))
        features = None
    if tok.start == 0 and tok.core[:1].isalpha() and not stream.line_paragraphs and (
            tok.lead in LINE_START_SPECKS or (
                tok.lead in DASHES and tok.core[:1].islower() and i
                and not stream.slots[i - 1].token.text.endswith((".", ":", ";")))):
        # a speck OCR set against a line's first word ("_ổn định", ".Ban", "*Fheo"): the
        # word's own readings, less the speck
        bare = tok.core + tok.trail
        unspecked = [reading_of(lex, bare, 0.0), *(
            r for r in token_readings(lex, bare, stream.style)[0]
            if r.span == 1 and r.text.endswith(tok.trail) and r.text[:1].isalpha())]
        offered = {u.text for u in unspecked}
        readings = [r for r in readings if r.text not in offered] + [
            Reading(r.text, r.ids, r.channel + LINE_START_SPECK_COST, r.span)
            for r in unspecked]
        features = None
    nxt = stream.slots[i + 1] if i + 1 < len(stream.slots) else None
    if nxt is not None and mergeable(slot, nxt, lex):
        return [*readings, *merge_readings(lex, tok, nxt.token, stream.style)], None
    return readings, features


# marks no line opens a word with (the structure set's 72 clean texts: none), that OCR
# reads specks at the margin as ("_ổn định", ".Ban Bí thư", "*Theo"); a dash may be a
# bullet's, its space lost, but not before a small letter where the sentence goes on
# ("đột xuất," / "-gặp tai nạn")
LINE_START_SPECKS = frozenset("_'.`*")
# log10 of a line's first word with such a mark being OCR's speck and the word (dev OCR
# reads the same with 0, -0.5 and -1)
LINE_START_SPECK_COST = -0.5
# log10 of OCR reading a speck in the right margin as a short word of its own
MARGIN_SPECK_COST = -1.0
MARGIN_SPECK_LETTERS = 4


def margin_speck(slots: list[Slot], i: int, lex: Lexicon) -> bool:
    """A few letters that spell no syllable the corpus knows, last on a line after a
    clause's end ("… chính quy. AÙ", "… như sau: tiềy"): as often a speck in the margin
    OCR read as letters as a damaged word (the language model weighs deleting it)."""
    slot = slots[i]
    if not slot.line_end or slot.paragraph_start or i == 0:
        return False
    core = slot.token.core
    # (a point's label closes on a bracket: "biển; iv)")
    if (len(core) > MARGIN_SPECK_LETTERS or not core.isalpha() or slot.token.lead
            or slot.token.trail not in ("", ".", ",", ":")):
        return False
    before = slots[i - 1].token.text
    return before[-1:] in ".:;" and lex.judge(core.lower()) != "attested"


def with_ocr_choices(lex: Lexicon, slot: Slot, readings: list[Reading]) -> list[Reading]:
    """The readings, with the words OCR's alternative letters spell: a reading OCR
    itself nearly chose is likelier than the channel alone says, and a word the channel's
    edits miss is added when the lexicon knows it."""
    text = slot.token.text
    nearest = sorted(slot.ocr_choices, key=lambda c: c[3])

    def spell(*picked: tuple[int, int, str, float]) -> str:
        out, pos = [], 0
        for begin, end, other, _ in sorted(picked):
            out += [text[pos:begin], other]
            pos = end
        return "".join(out) + text[pos:]

    words: dict[str, float] = {}
    for choice in nearest:
        words.setdefault(spell(choice), -choice[3] / CHOICE_SCALE)
    for a, b in itertools.combinations(nearest[:6], 2):  # two letters misread
        if a[0] != b[0]:
            words.setdefault(spell(a, b), -(a[3] + b[3]) / CHOICE_SCALE)
    by_text = {r.text: k for k, r in enumerate(readings)}
    out = list(readings)
    added = 0
    for word, cost in sorted(words.items(), key=lambda x: -x[1]):
        k = by_text.get(word)
        if k is not None:
            if cost > out[k].channel:
                out[k] = Reading(word, out[k].ids, cost, out[k].span)
            continue
        core = split_token(word).core
        if added < MAX_CHOICE_READINGS and core.isalpha() and lex.attested(key(core.lower())):
            out.append(reading_of(lex, word, cost))
            added += 1
    return out


def phrase_readings(stream: TokenStream, lex: Lexicon, suspicious: set[int]
                ) -> dict[int, list[Reading]]:
    """Readings from lexicon entries that a window of words around a doubtful word
    nearly spells ("Nghí Sơn" -> "Nghi Sơn")."""
    phrases = lex.phrases
    out: dict[int, list[Reading]] = {}
    slots = stream.slots
    for start in range(len(slots)):
        if not slots[start].token.core[:1].isupper():
            continue  # the lexicon's names are capitalised: no window from here is one
        for n in range(2, MAX_PHRASE + 1):
            window = range(start, start + n)
            if window[-1] >= len(slots):
                continue
            # (a name in capitals is looked up however its words fit: the language model
            # knows headings in capitals little, and only their diacritics are matched)
            if not any(i in suspicious for i in window) and not all(
                    slots[i].token.core.isupper() for i in window):
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
                    if (spelling_key(word) == spelling_key(tok.core) or protected(tok.core)
                            or stream.is_label(slots[i])):
                        continue
                    # in the document's tone style: "Ủy ban" and "Uỷ ban" are one
                    # reading (two would share its likelihood, each left doubtful)
                    word = restyle(word, stream.style)
                    if not word[:1].isupper():
                        word = match_case(word, tok.core)
                    elif tok.core.isupper() and len(tok.core) > 1:
                        word = word.upper()  # a name in a line of capitals ("HỒ CHÍ MINH")
                    text = tok.lead + word + tok.trail
                    cost = lex.channel.edit_logp(tok.text, text) + PHRASE_BONUS
                    out.setdefault(i, []).append(reading_of(lex, text, cost))
    return out


# a word is read from its context alone where no reading its letters spell is likelier
# than this (log10 of the channel: a letter or two misread costs less)
INFILL_GATE = -3.5
# the channel's log10 for a reading from context alone, however unlike the blot it is
# (dev OCR: -3, -4 and -5 within 12 tokens of 84,225 at each level; -5 takes least from
# the readings the letters spell)
INFILL_COST = -5.0
# and at least this much less likely than the likeliest its letters spell (log10): context
# alone must outweigh the letters a hundredfold (dev OCR reads the same with 0, 1 and 2)
INFILL_MARGIN = 2.0
INFILL_TOP = 3  # readings from context per blot
INFILL_SUCCESSORS = 200  # a context's likeliest followers asked


def infill_readings(stream: TokenStream, lex: Lexicon, doubtful: dict[int, float]
                    ) -> dict[int, list[Reading]]:
    """Readings from context alone for a word OCR blotted past reading ("có hiệu HỰE thi
    hành", "Ngành ñÐng nghiệp"): the syllables the language model expects after the two
    units before it (their trigram followers and the bigram followers of the last, each
    the likeliest few hundred) that lead best into the two units after."""
    lm = lex.lm
    slots = stream.slots
    targets = [i for i in doubtful
               if vowels_lost(stream, i, lex) or blotted(slots[i].token, lex)]
    if not targets:
        return {}
    ids, spans = stream.units({})
    shift = lm.bits
    out: dict[int, list[Reading]] = {}
    for i in targets:
        tok = slots[i].token
        start, end = spans[i]
        a, b = stream.left_context(ids, start)[-2:]
        right = [*stream.right_context(ids, end), lm.bos, lm.bos][:2]
        found = set()
        for n, context in ((3, (a << shift) | b), (2, b)):
            keys = lm.keys[n]
            lo = np.searchsorted(keys, context << shift)
            hi = np.searchsorted(keys, (context + 1) << shift)
            if hi <= lo:
                continue
            followers = keys[lo:hi] & ((1 << shift) - 1)
            logp = lm.logp[n][lo:hi]
            if len(followers) > INFILL_SUCCESSORS:
                keep = np.argpartition(-logp, INFILL_SUCCESSORS)[:INFILL_SUCCESSORS]
                followers = followers[keep]
            found.update(int(w) for w in followers)
        words = [w for w in found if syllable_unit(lex, w)]
        if not words:
            continue
        w = np.array(words, dtype=np.int64)
        a_, b_, r0, r1 = (np.full(len(w), u, dtype=np.int64) for u in (a, b, *right))
        score = lm.logprob(a_, b_, w) + lm.logprob(b_, w, r0) + lm.logprob(w, r0, r1)
        best = np.argsort(-score)[:INFILL_TOP]
        before = slots[i - 1] if i else None
        starts = (before is None or slots[i].paragraph_start or stream.is_label(before)
                  or before.token.text.endswith((".", "!", "?", ":")))
        readings = []
        for k in best.tolist():
            word = restyle(lm.vocab[words[k]], stream.style)
            # a blot's capital says little of the word's case but at a sentence's start
            # (elsewhere the case rules weigh the two); one in small letters keeps them
            capital = word[:1].upper() + word[1:]
            forms = ([capital] if starts and tok.core[:1].isupper() else
                     [word, capital] if tok.core[:1].isupper() else [word])
            for form in forms:
                text = tok.lead + form + tok.trail
                cost = max(min(INFILL_COST, doubtful[i] - INFILL_MARGIN),
                           lex.channel.edit_logp(tok.text, text))
                reading = reading_of(lex, text, cost)
                reading.from_context = True
                readings.append(reading)
        out[i] = readings
    return out


def vowels_lost(stream: TokenStream, i: int, lex: Lexicon) -> bool:
    """What OCR left of a word whose vowels it lost: two or more small letters with no
    vowel ("hành ph cấp", "đơn vị hành nh"), which no syllable is spelled with. Clean text
    prints such a run after a number ("5 km", "20 mm"), or as an abbreviation the lexicon
    knows; anywhere else a reading of its letters (one vowel added: "phi", "nhà") is no
    likelier than any other word, and context reads it as a blot."""
    core = stream.slots[i].token.core
    if len(core) < 2 or len(core) > 4 or not (core.isalpha() and core.islower()) \
            or any(ch in VOWELS for ch in bare_and_tone(core)[0]) or core in lex.abbreviations:
        return False
    before = stream.slots[i - 1].token.text if i else ""
    return not any(ch.isdigit() for ch in before)


def blotted(tok: Token, lex: Lexicon) -> bool:
    """A word OCR wrote as letters no syllable or abbreviation is spelled with."""
    core = tok.core
    if not (0 < len(core) <= 8 and any(ch.isalpha() for ch in core)) or protected(core) \
            or any(ch.isdigit() or ch in "-–—.,;:/" for ch in core) \
            or core in lex.abbreviations or parse(core.lower()) is not None \
            or lost_spaces(lex, core) \
            or lex.lm.id(core_unit(core)) != lex.lm.unk:
        return False
    # a word in plain Latin letters is as likely a foreign word, a name or an abbreviation
    # the lexicon does not know ("online", "GATT", "BLHS") as a blot
    return not (core.isascii() and core.isalpha())


def syllable_unit(lex: Lexicon, unit_id: int) -> bool:
    unit = lex.lm.vocab[unit_id]
    return unit[:1].isalpha() and parse(unit) is not None and lex.attested(unit)


# per lexicon (a batch worker keeps one for its life): (token, style) -> its readings
_READINGS: weakref.WeakKeyDictionary[Lexicon, dict[tuple[str, str], TokenReadings]] = (
    weakref.WeakKeyDictionary())
# token types whose readings are kept (a type's readings take ~8 KB: at most ~100 MB); the
# oldest half goes when it is full. The 10,000 commonest types are ~98 % of the tokens
READINGS_KEPT = 12_000


def make_room(cache: dict) -> None:
    """The oldest half of a per-type cache goes when it holds more than READINGS_KEPT."""
    if len(cache) > READINGS_KEPT:
        for oldest in list(itertools.islice(cache, len(cache) // 2)):
            del cache[oldest]


def token_readings(lex: Lexicon, text: str, style: str) -> TokenReadings:
    """Readings of a token that depend on the token alone, with their array-wise
    attributes (cached: words recur, within a document and across a batch)."""
    cache = _READINGS.setdefault(lex, {})
    found = cache.get((text, style))
    if found is None:
        make_room(cache)
        readings = tuple(compute_readings(lex, text, style))
        found = cache[(text, style)] = (readings, Features(readings, lex.lm.unk))
    return found


def compute_readings(lex: Lexicon, text: str, style: str) -> list[Reading]:
    tok = split_token(text)
    channel = lex.channel
    out: dict[str, Reading] = {}

    same_word = spelling_key(tok.core) if tok.core.isalpha() else None

    def add(candidate: str) -> None:
        if candidate == text or candidate in out:
            return
        cand = split_token(candidate)
        # the same syllable, its tone mark placed in the other style or spelled with the
        # other of "i" and "y"
        if same_word is not None and cand.core.isalpha() and spelling_key(cand.core) == same_word \
                and cand.lead == tok.lead and cand.trail == tok.trail:
            return
        out[candidate] = reading_of(lex, candidate, channel.edit_logp(text, candidate))

    core = tok.core
    lower = core.lower()
    glued = GLUED_NUMBER.match(core)
    if glued and (lex.attested(key(glued.group(2).lower()))
                  or glued.group(2) in lex.abbreviations) \
            and (glued.group(1).isdigit() or glued.group(2)[:1].isupper()):
        # a number and the word after it, the space OCR lost after the number's dot ("1.Xử
        # phạt", "I.MỤC ĐÍCH", "khoản 2.Điều này"): a label or a sentence's end with its
        # space, or a speck read as a dot. (A Roman one heads a capital: "I.ao" is "Lao")
        number, word = glued.groups()
        for first in (f"{tok.lead}{number}.", f"{tok.lead}{number}"):
            reading = parted_reading(lex, first, word + tok.trail, JOINED_COST)
            out[reading.text] = reading
    garbled = False
    if abbreviation_like(core) and parse(lower) is None:
        for cand in lex.abbreviation_candidates(core):
            add(tok.lead + cand + tok.trail)
        garbled = garbled_word(core) and core not in lex.abbreviations
        if not garbled:
            return list(out.values())
    if any(ch.isalpha() for ch in core):
        one_mark = tok.trail if len(tok.trail) == 1 else ""
        if core.isalpha():
            add_syllables(out, tok, prepared_syllables(lex, lower, one_mark, style), lex)
            if garbled:
                add_lower_twins(out, tok)
        elif speck_apart := NUMBER_AFTER_SPECK.match(core):
            # a word and a number a speck joins ("tháng*3", "sinh'3"): its number is no
            # misread letter, and no reading may drop it; the speck may be the space
            word, number = speck_apart.group(1, 3)
            if speck_apart.group(2) in SPACE_SPECKS and lex.attested(key(word.lower())):
                reading = parted_reading(lex, tok.lead + word, number + tok.trail, JOINED_COST)
                out[reading.text] = reading
        else:
            for cand, _ in lex.ranked_syllables(lower, one_mark):
                word = match_case(restyle(cand, style), core)
                add(tok.lead + word + tok.trail)
                if one_mark:
                    add(tok.lead + word)
    parts = INNER_BREAK.match(core)
    # a capital after the mark opens a name ("Việt,Nam", "TNCS-Hồ") or a sentence
    # ("sau:Ngày"), but not a code's part ("TT-BCT"); nor after a period, where a typist's
    # sentence lost its space as often ("tình dục.Các lý thuyết"), and the language
    # model, blind to case, would drop its period (a codified heading runs on so too:
    # "phổ biến.Điều 41.8.TT.1.9."); (a mark with a dash after it, "bộ,-cơ", is never
    # printed: there the next word's case says nothing)
    joined = parts is not None and (
        parts.group(3)[:1].islower() or len(parts.group(2)) == 2
        or (parts.group(2) != "." and not (parts.group(2) == "-" and parts.group(3).isupper())))
    if joined and all(lex.attested(key(p.lower())) for p in parts.group(1, 3)):
        # two words OCR joined by a mark it read in the space: "học.cơ", "Căn-cứ",
        # "thi:hành"; a hyphen the corpus prints between those syllables is a borrowed
        # word's ("các-bon"). (A comma is not read so: "chỉ tiêu,lý do" may be typed so,
        # and the language model knows no word with a comma in it to weigh it against)
        first, second = tok.lead + parts.group(1), parts.group(3) + tok.trail
        pair = (parts.group(1).lower(), parts.group(3).lower())
        if parts.group(2) != "-" or pair not in lex.hyphenated:
            cost = max(channel.edit_logp(text, f"{first} {second}"), JOINED_COST)
            out[f"{first} {second}"] = parted_reading(lex, first, second, cost)
        mark = parts.group(2)[0]
        if mark in ",;" or len(parts.group(2)) == 2 or (
                mark == ":" and parts.group(3)[:1].isupper()):
            # or the typist's mark with its space lost ("tiêu,lý", "sau:Ngày"), or read as
            # a dash ("giá;-trường")
            reading = parted_reading(lex, first + mark, second, JOINED_COST)
            out[reading.text] = reading
    if joined:
        for first, second, cost in mended_parts(lex, parts.group(1), parts.group(3), style):
            text_read = f"{tok.lead}{first} {second}{tok.trail}"
            if text_read not in out:
                out[text_read] = parted_reading(lex, tok.lead + first, second + tok.trail,
                                                JOINED_COST + cost)
    for first, second in lost_spaces(lex, core):
        reading = parted_reading(lex, tok.lead + first, second + tok.trail, SPACE_LOST_COST)
        out[reading.text] = reading
    if tok.lead and len(tok.lead) == 1 and tok.lead in SPECK_LEADS and core[:1].isalpha():
        add(core + tok.trail)  # a speck before a word: ".VIỆN", ",dân", "'ban"
    if tok.lead[-2:] == "““":
        # an opening quote doubled ("““Tự"): print opens a quotation once (straight quotes
        # are another matter: a text typed with them nests them, '""Cửu Chân Quan"'); the
        # channel, learned on letters, prices a mark's insertion too dear
        single = tok.lead[-1] + core + tok.trail
        if single != text:
            out[single] = reading_of(lex, single, DOUBLED_QUOTE_COST)
    if tok.trail and len(tok.trail) == 1 and tok.trail in PUNCT_SWAPS:
        add(tok.lead + core)
        for p in PUNCT_SWAPS:
            if p != tok.trail:
                add(tok.lead + core + p)
    return list(out.values())


I_FOR_Y = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
Prepared = tuple[tuple[str, int, float, bool], ...]
# per lexicon: (lower-case word, a mark after it, style) -> its ranked syllables prepared
_PREPARED: weakref.WeakKeyDictionary[Lexicon, dict[tuple[str, str, str], Prepared]] = (
    weakref.WeakKeyDictionary())


def prepared_syllables(lex: Lexicon, lower: str, mark: str, style: str) -> Prepared:
    """The ranked syllables OCR may have read as the word `lower` (and a mark after it),
    each as (its spelling in `style`, its unit id, its edit cost, whether it is the word
    itself), the word's other spelling of "i" and "y" left out. What depends on the word's
    case and marks alone is left to each token: "Kinh", "kinh," and "KINH" share this."""
    cache = _PREPARED.setdefault(lex, {})
    found = cache.get((lower, mark, style))
    if found is None:
        make_room(cache)
        same_word, same_spelling = key(lower), spelling_key(lower)
        i_for_y = same_word.translate(I_FOR_Y)
        unit_id = lex.lm.id
        found = cache[(lower, mark, style)] = tuple(
            (restyle(cand, style), unit_id(cand), cost, cand == same_word)
            for cand, cost in lex.ranked_syllables(lower, mark)
            # (the same word spelled with the other of "i" and "y" is no reading; a
            # candidate is its own key, so one that differs from the word in more than
            # "i" for "y" is not that, and needs no spelling key)
            if cand == same_word or cand.translate(I_FOR_Y) != i_for_y
            or spelling_key(cand) != same_spelling)
    return found


def add_syllables(out: dict[str, Reading], tok: Token, prepared: Prepared,
                  lex: Lexicon) -> None:
    """The readings of a word (letters only) as each prepared syllable, in its case and
    marks: what `compute_readings`' general `add` gives, without splitting each
    candidate again. The misreading's cost is the syllable's own (the marks around it are
    the same on both sides, so are its edits), its units the marks' and the syllable's."""
    lead, core, trail, text = tok.lead, tok.core, tok.trail, tok.text
    unit_id = lex.lm.id
    lead_ids = tuple(unit_id(u) for u in punct_units(lead))
    trail_ids = tuple(unit_id(u) for u in punct_units(trail))
    for restyled, unit, cost, own in prepared:
        word = match_case(restyled, core)
        candidate = lead + word + trail
        if not own and candidate != text and candidate not in out:
            out[candidate] = Reading(candidate, (*lead_ids, unit, *trail_ids), cost)
        if len(trail) == 1:  # the mark may be a letter misread: "quố:"
            candidate = lead + word
            if candidate not in out:
                out[candidate] = Reading(candidate, (*lead_ids, unit),
                                         lex.channel.edit_logp(text, candidate))


def garbled_word(core: str) -> bool:
    """Capitals OCR mixed into a word, not an abbreviation's: small letters among them or a
    vowel with a mark ("ØÓp", "CưƯỜng", "trOnĐ", "KhƯƠNE"); abbreviations print plain
    capitals and Đ ("HĐND", "BLĐTBXH")."""
    return any(ch.islower() for ch in core) or any(
        unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", core))


def add_lower_twins(out: dict[str, Reading], tok: Token) -> None:
    """A garbled word's readings also in small letters, after those in its first letter's
    case: inside a sentence the name penalty leaves the small ones ahead ("ØÓp phần" ->
    "góp phần"), at a paragraph's start the capitalised ("CÔnØ tác" -> "Công tác")."""
    for reading in list(out.values()):
        parts = split_token(reading.text)
        if parts.core != parts.core.lower():
            text = parts.lead + parts.core.lower() + parts.trail
            if text not in out and text != tok.text:
                out[text] = Reading(text, reading.ids, reading.channel)


def doubled_mark(tok: Token) -> bool:
    """A word followed by two marks of those print sets one of ("sau:.", "định.."), not a
    period and another after an abbreviation ("et al.,", "v.v.;")."""
    trail = tok.trail
    return (len(trail) == 2 and all(p in PUNCT_SWAPS for p in trail)
            and (trail[0] != "." or trail == "..") and tok.core.isalpha())


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
        out.append(reading_of(lex, text, cost, span=2))
    return out


# a number (Arabic or Roman) glued by its dot to the word after it: "1.Xử", "I.MỤC"
GLUED_NUMBER = regex.compile(r"^(\d{1,3}|[IVX]{1,4})\.(\p{L}{2,})$")
NUMBER_AFTER_SPECK = regex.compile(r"^(\p{L}+)([^\p{L}\d\s]+)(\d+)$")
SPACE_SPECKS = frozenset("*'’`‘")  # specks OCR reads for a space (not "-" ".": "COVID-19")
# two words with a mark between them and no space: OCR read the space as a dot, a dash, a
# colon, a comma, an apostrophe ("Tổ'chức"); a comma or semicolon may also be the
# typist's, its space lost ("giáo dục,tổ chức")
INNER_BREAK = regex.compile(r"^(\p{L}+)([.\-:,;'’*_]|[,;:][\-–])(\p{L}+)$")
# the channel's log10 weight for parting them, above 0 because the unknown word it replaces
# costs the language model little: the structure set's development texts join two
# syllables with a hyphen or a dot before a small letter twice (borrowed words), their OCR
# 42 times at L2 and 102 at L3
JOINED_COST = 0.5
# the same where nothing stands in the space ("cuộcthi"): a space OCR lost is as likely as
# the word's being read right (log10 0); the language model weighs the two words against
# the unknown one (the structure set's development OCR joins 5, 10 and 49 pairs at L1-L3)
SPACE_LOST_COST = 0.0


MENDED_PART_READINGS = 3  # readings of a joined word's damaged part


def mended_parts(lex: Lexicon, first: str, second: str, style: str
                 ) -> list[tuple[str, str, float]]:
    """Two words OCR joined by a mark, one of them damaged ("cúa.xã", "tổ-dần"): each
    likely reading of the damaged one beside the other, with the channel's cost of its
    misreading. Only where the other is a word the corpus prints and the damaged one is
    in small letters after its first (no abbreviation, "TP.Hồ")."""
    known = [lex.attested(key(p.lower())) for p in (first, second)]
    if known.count(True) != 1:
        return []
    damaged = second if known[0] else first
    if len(damaged) < 2 or not damaged[1:].islower():
        return []
    out = []
    for cand, cost in lex.ranked_syllables(damaged.lower())[:MENDED_PART_READINGS]:
        word = match_case(restyle(cand, style), damaged)
        out.append((first, word, cost) if known[0] else (word, second, cost))
    return out


def lost_spaces(lex: Lexicon, core: str) -> list[tuple[str, str]]:
    """Where a word that is no syllable parts into two the corpus prints ("cuộcthi",
    "THỰCHIỆN", "xãHồng"): OCR lost the space between them. Only a word with a Vietnamese
    letter, all capitals or each part small letters after its first: a foreign word or a
    name written without marks ("Vietnam", "online") is no lost space."""
    if len(core) < 3 or not core.isalpha() or core.isascii():
        return []
    lower = core.lower()
    if parse(lower) is not None:
        return []
    # all capitals, or each part small letters after its first: "cuộcthi", "THỰCHIỆN",
    # "xãHồng" (a name after)
    return [(core[:k], core[k:]) for k in range(1, len(core))
            if (core.isupper() or ((k == 1 or core[1:k].islower()) and core[k + 1:].islower()))
            and parse(lower[:k]) is not None and parse(lower[k:]) is not None
            and lex.attested(key(lower[:k])) and lex.attested(key(lower[k:]))]


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


DASHES = ("-", "–", "—")
DANGLING_DASH_COST = 1.0  # log10: nearly always OCR's (dev OCR: none printed of ~150)


def dangling_dash(slots: list[Slot], i: int) -> bool:
    """A dash ending its line (but for specks) joins nothing printed: a dash that wraps
    joins a word to a capitalised one on the next line ("Bộ Lao động -" / "Thương binh",
    "hợp nhất -" / "BỘ …"); after a mark, at the text's end, or before a word in lower
    case, it is a speck OCR read in the margin ("công lập; - | |")."""
    seg = slots[i].seg
    end = i + 1
    while end < len(slots) and slots[end].seg == seg:
        if any(ch.isalnum() for ch in slots[end].token.text):
            return False
        end += 1
    if i == 0 or slots[i - 1].seg != seg:
        return False  # a line of its own: a rule, or a list's mark (priced as noise)
    after = slots[end] if end < len(slots) else None
    # (an empty line OCR put after "Bộ Lao động -" changes nothing)
    return (not slots[i - 1].token.text[-1:].isalnum() or after is None
            or not after.token.text[:1].isupper())


def noise_cost(text: str, slot: Slot, before: Slot | None = None,
               spacing_read: bool = True) -> float:
    """log10 of OCR adding this punctuation as a word of its own: specks at a line end
    are common, a lone dash inside a line is usually printed ("2016 - 2020").

    A mark that print sets against the word before it (".", ",", ";", ":"), standing
    apart, is priced as the speck it nearly always is: the language model reads it as if
    it were set against the word, and print spaces one rarely (SPACED_IN_PRINT). So only
    where OCR spaced the words (`spacing_read`; in text typed a paragraph to a line the
    spacing is the typist's: "Ví dụ : …"), and not after a period or an ellipsis, where
    it may be the typist's own ("Điều 13.1.CT.2.1. ;", "…, ngày")."""
    if any(ch not in PRINTED_ALONE for ch in text):
        return -0.3
    margin = slot.line_end or slot.paragraph_start or slot.token.start == 0
    cost = -1.0 if margin else -4.0 if text in DASHES else -2.5
    spaced = SPACED_IN_PRINT.get(text)
    if spaced is not None and spacing_read and not (
            before is not None and text != "." and before.token.text.endswith((".", "…"))):
        cost -= spaced
    return cost

