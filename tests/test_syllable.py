from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.syllable import (
    is_valid,
    key,
    match_case,
    parse,
    place_tone,
    restyle,
    split_tone,
    style_of,
)


@pytest.mark.parametrize("token, parts", [
    ("nghiêng", ("ngh", "iê", "ng", 0)),
    ("quốc", ("qu", "ô", "c", 2)),
    ("giữ", ("gi", "ư", "", 4)),
    ("gìn", ("g", "i", "n", 1)),
    ("khuyến", ("kh", "uyê", "n", 2)),
    ("hoá", ("h", "oa", "", 2)),
    ("người", ("ng", "ươi", "", 1)),
    ("ổn", ("", "ô", "n", 3)),
    ("Trường", ("tr", "ươ", "ng", 1)),
])
def test_syllable_structure(token, parts):
    s = parse(token)
    assert s is not None
    assert (s.onset, s.vowels, s.coda, s.tone) == parts


@pytest.mark.parametrize("token", [
    "tàt",  # a stop coda takes only sắc or nặng
    "cảc", "ce", "ngi", "gha", "qo", "m4u", "quố:", "trrnh", "xyz", "bcd",
    "hoaf", "nhaanh",
    "iên", "iêu", "tyên",  # "iê" with no onset is spelled "yê", and "yê" only so
])
def test_impossible_syllables(token):
    assert not is_valid(token)


@pytest.mark.parametrize("token", ["tát", "tạt", "kế", "ghi", "nghĩ", "quý", "gì", "ổn",
                                   "khuỷu", "nguồn", "thuở", "boong",
                                   "yên", "yếu", "quyết", "khuyên"])
def test_valid_syllables(token):
    assert is_valid(token)


@pytest.mark.parametrize("old, new", [("hóa", "hoá"), ("thủy", "thuỷ"), ("khỏe", "khoẻ"),
                                      ("tòa", "toà"), ("lũy", "luỹ")])
def test_tone_placement_styles(old, new):
    bare, tone = split_tone(old)
    assert place_tone(bare, tone, "old") == old
    assert place_tone(bare, tone, "new") == new
    assert key(old) == key(new) == key(new.upper())
    assert style_of(old) == "old" and style_of(new) == "new"
    assert restyle(old.capitalize(), "new") == new.capitalize()


@pytest.mark.parametrize("word", ["hoàng", "quả", "giá", "thuở", "khuya", "người", "hoài",
                                  "tiến", "xoáy", "quyết"])
def test_placement_without_a_style_choice(word):
    bare, tone = split_tone(word)
    assert place_tone(bare, tone, "old") == place_tone(bare, tone, "new") == word
    assert style_of(word) is None


def test_misplaced_tone_shares_the_key():
    assert key("tíên") == key("tiến")


def test_match_case():
    assert match_case("kinh", "KÍNH") == "KINH"
    assert match_case("kinh", "Kính") == "Kinh"
    assert match_case("kinh", "kính") == "kinh"


@given(st.sampled_from(["a", "o", "u", "e", "ă", "â", "ê", "ô", "ơ", "ư", "i", "y"]),
       st.sampled_from(["", "n", "ng", "m", "nh"]), st.integers(0, 5))
def test_key_is_stable_under_restyling(vowel, coda, tone):
    word = place_tone("t" + vowel + coda, tone)
    for style in ("old", "new"):
        assert key(restyle(word, style)) == key(word)
