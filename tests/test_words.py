"""The word correction's parts, each on a tiny hand-made lexicon (tests/tiny.py): the token
stream, the candidates, the scoring, the decoding and the emitted corrections."""

from __future__ import annotations

import itertools

import pytest

from tests import tiny
from vanban.context import Context
from vanban.correct import memory as memory_module
from vanban.correct.candidates import Reading, noise_cost, protected, slot_readings, token_readings
from vanban.correct.decoding import Corrector
from vanban.correct.emit import to_corrections
from vanban.correct.memory import DocumentMemory, slot_keys
from vanban.correct.scoring import Params, Scorer
from vanban.correct.stream import TokenStream
from vanban.correct.words import word_decisions
from vanban.ingest import ingest_bytes
from vanban.repair import repair


@pytest.fixture(scope="module")
def lex(tmp_path_factory):
    return tiny.build(tmp_path_factory.mktemp("tiny") / "lexicon")


def segments(text: str):
    return repair(ingest_bytes(text.encode(), "t.txt"), Context()).view().segments


def test_stream_slots_units_and_breaks(lex):
    stream = TokenStream(segments("a) hội nhập kinh tế\nquốc tế, xyzw\n\nPhát triển\n\n"
                                  "bền vững\n"), lex.lm)
    texts = [s.token.text for s in stream.slots]
    assert texts == ["a)", "hội", "nhập", "kinh", "tế", "quốc", "tế,", "xyzw", "Phát", "triển",
                     "bền", "vững"]
    # a label, and the line after an empty one, start a new context; a wrapped line does
    # not, nor a line in lower case after an empty one (a page broke the sentence)
    starts = [s.token.text for s in stream.slots if s.paragraph_start]
    assert starts == ["a)", "Phát"]
    assert [s.token.text for s in stream.slots if s.line_end] == ["tế", "xyzw", "triển",
                                                                  "vững"]
    kinh = stream.slots[3]
    assert kinh.ids == (lex.lm.id("kinh"),) and kinh.ids[0] != lex.lm.unk
    assert stream.slots[6].ids == (lex.lm.id("tế"), lex.lm.id(","))  # punctuation apart
    assert stream.slots[7].ids == (lex.lm.unk,)
    ids, spans = stream.units({})
    h = lex.lm.order - 1
    # each context opens with order-1 starts
    assert ids[:h] == [lex.lm.bos] * h and ids[spans[8][0] - h:spans[8][0]] == [lex.lm.bos] * h
    assert stream.is_label(stream.slots[0]) and not stream.is_label(stream.slots[1])


def test_candidates_of_a_token(lex):
    readings, features = token_readings(lex, "kính", "old")
    texts = [r.text for r in readings]
    assert "kinh" in texts and "kính" not in texts  # what OCR wrote is never its own reading
    assert len(features.channel) == len(readings)
    assert [r.text for r in token_readings(lex, "m4u", "old")[0]] == ["mưu"]
    assert {r.text for r in token_readings(lex, "GDA", "old")[0]} == {"ODA", "FDI"}
    # a mark that may be a letter misread ("quố:") or a mark of its own ("tế;")
    assert "tế," in [r.text for r in token_readings(lex, "tế;", "old")[0]]
    # a likelier channel edit costs less: a tone than a letter
    by_text = {r.text: r.channel for r in readings}
    assert by_text["kinh"] > by_text["ninh"]


def test_capitals_ocr_mixed_into_a_word_are_no_abbreviation(lex):
    # small letters or a marked vowel among the capitals: a word, read as syllables, in its
    # first letter's case and in small letters
    texts = [r.text for r in token_readings(lex, "ChÍNk", "old")[0]]
    assert "Chính" in texts and "chính" in texts
    assert texts.index("Chính") < texts.index("chính")
    # plain capitals stay an abbreviation's only
    assert {r.text for r in token_readings(lex, "GDA", "old")[0]} == {"ODA", "FDI"}
    # inside a sentence its small letters win
    slots, decisions = word_decisions(segments("giữ vững an ninh ChÍNk trị và trật tự\n"), lex)
    assert [(slots[d.slot].token.text, d.best.text) for d in decisions] == [("ChÍNk", "chính")]


def test_a_reading_forms_a_word_with_a_neighbour_no_mark_between(lex, monkeypatch):
    from vanban.correct.scoring import forms_with, word_key

    monkeypatch.setitem(lex.__dict__, "words", frozenset({("kinh", "tế"), ("an", "ninh")}))
    # (the partners derived from these words afresh, and forgotten after the test)
    monkeypatch.setitem(lex.__dict__, "word_partners", None)
    del lex.__dict__["word_partners"]
    followers, leaders = lex.word_partners
    after_kinh, before_ninh = followers[word_key("kinh")], leaders[word_key("ninh")]
    assert forms_with("tế", after_kinh, frozenset()) == 1
    assert forms_with("an", frozenset(), before_ninh) == 1
    assert forms_with("tê", after_kinh, frozenset()) == 0
    # a mark between them parts them ("kinh, tế"; "an. Ninh")
    assert word_key("kinh,") is None
    assert forms_with("an.", frozenset(), before_ninh) == 0
    # case and tone-mark placement are the word's spelling, not another word
    assert word_key("Kinh") == word_key("kinh")
    assert forms_with("TẾ", after_kinh, frozenset()) == 1


def test_numbers_codes_and_labels_have_no_readings(lex):
    stream = TokenStream(segments("a) Quyết định số 06-NQ/TW ngày 05/11/2016 |\n"), lex.lm)
    for i, slot in enumerate(stream.slots):
        found, _ = slot_readings(stream, lex, i)
        if slot.token.text == "|":  # a speck OCR read: deleting it is the only reading
            assert [r.text for r in found] == [""]
        elif slot.token.text in ("a)", "06-NQ/TW", "05/11/2016"):
            assert found == []
    assert protected("06-NQ/TW") and protected("2016") and not protected("kinh")
    # a lone dash inside a line is printed ("2016 - 2020"); a lone "|" is noise
    assert noise_cost("-", stream.slots[1]) < noise_cost("|", stream.slots[1])
    # a rule typed under a heading is the author's; three underscores are a speck OCR read
    stream = TokenStream(segments("Độc lập - Tự do\n---------------\n___ (1) Chủ trương\n"),
                         lex.lm)
    found = {s.token.text: slot_readings(stream, lex, i)[0] for i, s in enumerate(stream.slots)}
    assert found["---------------"] == [] and [r.text for r in found["___"]] == [""]


def test_scoring_flags_what_fits_badly(lex):
    stream = TokenStream(segments("hội nhập kính tế quốc tế\nhội nhập kinh tế quốc tế\n"),
                         lex.lm)
    scorer = Scorer(stream, lex, Params())
    doubtful = {stream.slots[i].token.text for i in scorer.suspicious()}
    assert "kính" in doubtful and "kinh" not in doubtful


def test_scoring_prefers_the_reading_its_context_supports(lex):
    stream = TokenStream(segments("hội nhập kính tế quốc tế\n"), lex.lm)
    scorer = Scorer(stream, lex, Params(calibrate=False))
    ids, spans = stream.units({})
    found, _ = slot_readings(stream, lex, 2)
    (decision,) = scorer.decide(ids, spans, {2: found})
    assert decision.best.text == "kinh" and decision.posterior > 0.9
    assert decision.lm_gain > 0  # the language model prefers it
    # a capitalised word inside a sentence (a name) changes only on strong evidence
    names = TokenStream(segments("thuộc Khu kinh tế Nghí Sơn\n"), lex.lm)
    ids, spans = names.units({})
    i = next(k for k, s in enumerate(names.slots) if s.token.text == "Nghí")
    found, _ = slot_readings(names, lex, i)
    assert "Nghi" in [r.text for r in found]
    plain = Scorer(names, lex, Params(calibrate=False)).decide(ids, spans, {i: found})
    assert [d.best.text for d in plain] == ["Nghi"]
    strict = Scorer(names, lex, Params(calibrate=False, name_penalty=100.0))
    assert strict.decide(ids, spans, {i: found}) == []
    # where it is read together with a doubtful neighbour, as much in typed text, whose
    # capitals are a typist's ("Tôn Thất" is no "Tổn thất" for being read as a pair); a
    # page's names OCR damages as often as other words
    nghi = next(r for r in found if r.text == "Nghi")

    def cost(stream: TokenStream, k: int) -> float:
        terms = [Scorer(stream, lex, Params(calibrate=False, name_penalty=penalty)
                        ).channel_term(k, nghi, own=False) for penalty in (0.0, 100.0)]
        return terms[0] - terms[1]

    assert cost(names, i) == 0.0
    typed = TokenStream(segments(
        "Sau chiến tranh, ông trở về quê và làm việc tại nhà máy điện.\n"
        "Năm đó đội bóng giành chức vô địch quốc gia lần thứ hai liên tiếp.\n"
        "Ông là người đầu tiên nhận giải thưởng này tại Việt Nam.\n"
        "Nhà máy thuộc Khu kinh tế Nghí Sơn đã đi vào hoạt động.\n"), lex.lm)
    assert typed.line_paragraphs
    k = next(k for k, s in enumerate(typed.slots) if s.token.text == "Nghí")
    assert cost(typed, k) == pytest.approx(100.0)


def test_array_wise_scoring_equals_the_unit_by_unit_sum(lex):
    """A middle of any width (a deletion, a word, a word and its marks, two words) and a
    right context cut short by a paragraph start score exactly as their queries one by one."""
    import numpy as np

    stream = TokenStream(segments("hội nhập kinh tế quốc tế, phát triển\n"), lex.lm)
    scorer = Scorer(stream, lex, Params())
    lm, h = lex.lm, lex.lm.order - 1
    word = [lm.id(u) for u in ("hội", "nhập", "kinh", "tế", "quốc", ",", "phát", "xyzw")]
    for width, n_right in itertools.product(range(4), range(h + 1)):
        rows, expected = [], []
        for shift in range(3):
            left = [word[(shift + k) % 8] for k in range(h)]
            middle = [word[(shift + 3 + k) % 8] for k in range(width)]
            right = [word[(shift + 5 + k) % 8] for k in range(n_right)]
            rows.append([*left, *middle, *right, *([lm.bos] * (h - n_right)), n_right])
            queries = stream.unit_queries(left, tuple(middle), right)
            expected.append(sum(float(lm.logprob(*([q[c]] for c in range(h + 1)))[0])
                                for q in queries))
        got = scorer.score_middle(np.array(rows, dtype=np.int64), width)
        assert got.tolist() == expected  # the same sums, added in the same order


def test_a_mark_after_a_word_finds_what_every_edit_finds(lex):
    """The candidates of "word:" come from the two edits that can give a syllable; every
    one-letter edit of it finds no other."""
    from vanban.correct.confusion import bare_and_tone

    for observed in ("quố:", "tế,", "kinh;", "nhậ.", "x:"):
        bare, _ = bare_and_tone(observed)
        found = set()
        for edited in lex.channel.edits(bare, lex.letters):
            found.update(lex.by_bare.get(edited, ()))
        assert found  # each is a syllable with a mark, or one read for a letter
        assert set(lex.syllable_candidates(observed)) == found - {observed}
    assert lex.syllable_candidates("quố:") == ("quốc",)  # the colon was its c


def test_a_word_finds_what_every_one_letter_edit_finds(lex):
    """A letter dropped is looked up in the index of forms one letter longer: the same
    syllables as trying every letter at every place."""
    from vanban.correct.confusion import bare_and_tone

    forms = [*sorted(lex.by_bare)[::13], "rnh", "nghiêp", "thuc", "kinh", "tê", "ng", "uơ",
             "đ", "a", "trươg", "huyen", "quyêt", "xxxx"]
    for observed in forms:
        bare, _ = bare_and_tone(observed)
        found = set(lex.by_bare.get(bare, ()))
        for edited in lex.channel.edits(bare, lex.letters):
            found.update(lex.by_bare.get(edited, ()))
        got = set(lex.syllable_candidates(observed))
        if found - {observed}:  # (with none, the nearest by two edits are taken)
            assert got == found - {observed}, observed


def test_decoding_reads_two_damaged_neighbours_together(lex):
    slots, decisions = word_decisions(segments("bảo đảm an minh chính trị\n"), lex)
    assert [(slots[d.slot].token.text, d.best.text) for d in decisions] == [("minh", "ninh")]
    # each damaged word looks wrong beside the other's damage: "kính tê"
    corrector = Corrector(segments("hội nhập kính tê quốc tế\n"), lex)
    fixed = {corrector.slots[d.slot].token.text: d.best.text for d in corrector.run()}
    assert fixed == {"kính": "kinh", "tê": "tế"}


def test_decoding_leaves_clean_text_alone(lex):
    text = "\n".join(tiny.SENTENCES) + "\n"
    _, decisions = word_decisions(segments(text), lex)
    assert decisions == []


def test_emitted_corrections_point_at_the_original(lex):
    segs = segments("thu hút vốn GDA , , cho phát triển\n")
    slots, decisions = word_decisions(segs, lex)
    corrections = to_corrections(decisions, slots, segs)
    line = "thu hút vốn GDA , , cho phát triển"
    for c in corrections:
        assert line[c.start:c.end] == c.before
    # never two corrections over one stretch of text
    spans = sorted((c.start, c.end) for c in corrections)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in itertools.pairwise(spans))
    kinds = {c.before.strip(): c.kind for c in corrections}
    assert kinds.get("GDA") == "abbreviation"


def test_memory_counts_the_pairs_printed_elsewhere(lex, monkeypatch):
    text = ("Cầu Nghi Sơn mới\n\nCảng Nghi Sơn lớn\n\nKhu Nghi Sơn rộng\n\n"
            "Dân Nghí Sơn vui\n")
    stream = TokenStream(segments(text), lex.lm)
    monkeypatch.setattr(memory_module, "TRUSTED", 0)  # the tiny corpus prints little
    memory = DocumentMemory(stream.segments, lex.lm, share=0.1)

    def support(memory: DocumentMemory, i: int, text: str) -> float:
        found = memory.supports(stream.slots, slot_keys(stream.slots), [i],
                                [Reading(text, (), 0.0)], [0, 1])
        return 0.0 if found is None else float(found[0])

    damaged = next(i for i, s in enumerate(stream.slots) if s.token.text == "Nghí")
    clean = next(i for i, s in enumerate(stream.slots) if s.token.text == "Nghi")
    # three "Nghi Sơn" elsewhere back the reading; nothing backs what OCR wrote
    assert support(memory, damaged, "Nghi") > 0
    assert support(memory, damaged, "Nghí") == 0
    # case, tone placement and i/y aside
    assert support(memory, damaged, "NGHI") == support(memory, damaged, "Nghi")
    # a slot's own pair is no evidence for it: two others back the first "Nghi", and the
    # damaged copy, with three others, more
    assert 0 < support(memory, clean, "Nghi") < support(memory, damaged, "Nghi")
    # a paragraph's first word is read without the word before it: "Khu" after "lớn"
    # (printed nowhere else) backs nothing, nor hurts
    khu = next(i for i, s in enumerate(stream.slots) if s.token.text == "Khu")
    assert stream.slots[khu].paragraph_start and support(memory, khu, "Khu") == 0
    # pairs beyond the memory's reach (in segments) do not count
    monkeypatch.setattr(memory_module, "REACH", 0)
    assert support(memory, damaged, "Nghi") == 0
    # nor the pairs of a word the corpus prints too rarely to trust: OCR's damage, maybe
    monkeypatch.setattr(memory_module, "TRUSTED", 10**9)
    assert not DocumentMemory(stream.segments, lex.lm, share=0.1).pairs


def test_memory_backs_a_rare_word_more_than_a_common_one(lex):
    memory = DocumentMemory([], lex.lm, share=0.1)
    rare, common = "xyzw", "kinh"  # unknown to the model, and among its commonest
    assert memory.gain(0.5, rare) > memory.gain(0.5, common) > 0
    assert memory.gain(0.5, common) > memory.gain(0.1, common)
