"""The Vietnamese syllable: onset, medial, nucleus, coda and tone, and where the tone mark sits.

A token is judged `impossible` (no Vietnamese syllable is spelled so), `valid` (spelled by
the rules, tone allowed with its coda) or, given the lexicon, `attested`. Tone-mark
placement ("hóa" / "hoá", "thủy" / "thuỷ") is a matter of style: `key` maps both to the
same key, `place_tone` writes either.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

TONES = {"": 0, "\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
TONE_MARKS = {v: k for k, v in TONES.items()}  # 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng
VOWELS = set("aăâeêioôơuưy")
MODIFIED = set("ăâêôơư")
STOP_CODAS = {"c", "ch", "p", "t"}

ONSETS = ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", ""]
CODAS = ["ng", "nh", "ch", "c", "m", "n", "p", "t", "i", "y", "o", "u", ""]
# vowel clusters (medial + nucleus + a vowel coda) that Vietnamese spelling allows
NUCLEI = {
    "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
    "ia", "iê", "yê", "ya", "ua", "uô", "ưa", "ươ",
    "oa", "oă", "oe", "uâ", "uê", "uy", "uơ", "uyê", "uya",
    "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "oo",
    "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao", "oeo", "uây", "uyu", "uôu",
}
SEMIVOWEL_ENDS = {"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui",
                  "ưi", "ưu", "iêu", "yêu", "uôi", "ươi", "ươu", "oai", "oay", "oao", "oeo",
                  "uây", "uyu", "uôu"}
OLD_STYLE_PAIRS = {"oa", "oe", "uy"}  # "hóa" (old) / "hoá" (new), open syllables only

WORD = regex.compile(r"^[\p{L}]+$")


@dataclass(frozen=True)
class Syllable:
    onset: str
    vowels: str  # medial + nucleus (+ vowel coda), toneless
    coda: str  # consonant coda
    tone: int

    @property
    def base(self) -> str:
        return self.onset + self.vowels + self.coda


def split_tone(text: str) -> tuple[str, int] | None:
    """(toneless lower-case form, tone) or None when it carries two tone marks."""
    lower = text.lower()
    if lower[:1] == "ð":  # the eth: how some fonts type "Đ" (the author's letter to keep)
        lower = "đ" + lower[1:]
    decomposed = unicodedata.normalize("NFD", lower)
    marks = [ch for ch in decomposed if ch in TONES and ch]
    if len(marks) > 1:
        return None
    bare = "".join(ch for ch in decomposed if ch not in TONES or not ch)
    return unicodedata.normalize("NFC", bare), TONES[marks[0]] if marks else 0


@lru_cache(maxsize=200_000)
def parse(token: str) -> Syllable | None:
    """The syllable's parts, or None when no Vietnamese syllable is spelled so."""
    if not token or len(token) > 8 or not WORD.match(token):
        return None
    split = split_tone(token)
    if split is None:
        return None
    bare, tone = split
    for onset in ONSETS:
        if not bare.startswith(onset):
            continue
        rest = bare[len(onset):]
        if onset == "gi" and (not rest or rest[0] not in VOWELS):
            onset, rest = "g", bare[1:]  # "gì", "gìn": the i is the nucleus
        elif onset == "qu" and not rest:
            continue
        end = len(rest)
        while end > 0 and rest[end - 1] not in VOWELS:
            end -= 1
        vowels, coda = rest[:end], rest[end:]
        if coda not in CODAS or not vowels or any(ch not in VOWELS for ch in vowels):
            continue
        if vowels not in NUCLEI:
            continue
        if coda and vowels in SEMIVOWEL_ENDS:
            continue
        if not spelled_right(onset, vowels):
            continue
        if coda in STOP_CODAS and tone not in (2, 5):
            continue
        return Syllable(onset, vowels, coda, tone)
    return None


def spelled_right(onset: str, vowels: str) -> bool:
    """k, gh, ngh before i, e, ê, y; c, g, ng before the rest; q only as qu; "iê" with no
    onset is spelled "yê" ("yên", "yêu"), and "yê" only so or after the u of "qu"
    ("quyết")."""
    if (vowels.startswith("iê") and not onset) or (
            vowels.startswith("yê") and onset not in ("", "qu")):
        return False
    front = vowels[0] in "ieêy"
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "ng") and front:
        return False
    if onset == "g" and front and vowels[0] != "i":
        return False
    return not (onset == "qu" and vowels[0] in "uo")


def is_valid(token: str) -> bool:
    return parse(token) is not None


def tone_index(base: str, style: str = "old") -> int:
    """Index in `base` (toneless, lower case) of the vowel that carries the tone mark."""
    start = 0
    for onset in ONSETS:
        if onset and base.startswith(onset):
            start = len(onset)
            break
    if base.startswith("gi") and (len(base) == 2 or base[2] not in VOWELS):
        start = 1
    if base.startswith("qu"):
        start = 2
    end = start
    while end < len(base) and base[end] in VOWELS:
        end += 1
    vowels = base[start:end]
    if len(vowels) <= 1:
        return start
    if "ươ" in vowels:
        return start + vowels.index("ươ") + 1
    modified = [i for i, ch in enumerate(vowels) if ch in MODIFIED]
    if modified:
        return start + modified[-1]
    if end < len(base):  # a consonant coda: the last vowel
        return end - 1
    if len(vowels) == 2:
        if vowels in OLD_STYLE_PAIRS:
            return start if style == "old" else start + 1
        return start
    return start + 1


def place_tone(base: str, tone: int, style: str = "old") -> str:
    """The syllable written with its tone mark, in the old ("hóa") or new ("hoá") style."""
    if tone == 0:
        return base
    at = tone_index(base.lower(), style)
    out = base[:at + 1] + TONE_MARKS[tone] + base[at + 1:]
    return unicodedata.normalize("NFC", out)


@lru_cache(maxsize=200_000)
def key(token: str) -> str:
    """Lower case, tone mark in one place: "Hoá", "hóa" and "HÓA" share a key."""
    split = split_tone(token)
    if split is None:
        return token.lower()
    bare, tone = split
    return place_tone(bare, tone, "old") if tone and any(c in VOWELS for c in bare) else bare


@lru_cache(maxsize=200_000)
def spelling_key(token: str) -> str:
    """The key, with "i" and "y" alone after a consonant one letter: "kỉ" and "kỷ", "lí"
    and "lý", "quí" and "quý" are one word in two spellings, each the author's choice."""
    k = key(token)
    syllable = parse(k)
    if syllable is None or not syllable.onset or syllable.coda or syllable.vowels != "y":
        return k
    return place_tone(syllable.onset + "i", syllable.tone)


@lru_cache(maxsize=100_000)  # read for every word of a document, words recur
def style_of(token: str) -> str | None:
    """"old" or "new" if the token shows a tone-placement style ("hóa" / "hoá"), else None."""
    split = split_tone(token)
    if split is None or split[1] == 0:
        return None
    bare, tone = split
    old, new = place_tone(bare, tone, "old"), place_tone(bare, tone, "new")
    if old == new:
        return None
    low = unicodedata.normalize("NFC", token.lower())
    return "old" if low == old else "new" if low == new else None


@lru_cache(maxsize=100_000)  # a word's candidates are restyled again for every type it has
def restyle(token: str, style: str) -> str:
    """The token written in the given tone-placement style, its case kept."""
    split = split_tone(token)
    if split is None or split[1] == 0:
        return token
    bare, tone = split
    low = place_tone(bare, tone, style)
    return match_case(low, token)


def match_case(word: str, model: str) -> str:
    """`word` in the case pattern of `model` (UPPER, Title or lower)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
