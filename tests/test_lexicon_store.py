"""The lexicon as stored for a quick start: memory-mapped language model arrays, the
syllable index written with the lexicon, the phrase index built on first use. Each must
give what parsing the lexicon from scratch gives."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest

from tests import tiny
from vanban.correct.lexicon import (
    SYLLABLES,
    Lexicon,
    read_syllable_index,
    syllable_index,
    write_syllable_index,
)
from vanban.correct.lm import LanguageModel, stored_arrays, write_arrays
from vanban.errors import LexiconError
from vanban_lexicon import DATA


def test_stored_arrays_are_the_arrays_numpy_reads():
    mapped = stored_arrays(DATA / "lm.npz")
    with np.load(DATA / "lm.npz") as loaded:
        assert sorted(mapped) == sorted(loaded.files)
        for name in loaded.files:
            assert mapped[name].dtype == loaded[name].dtype
            assert np.array_equal(mapped[name], loaded[name])
            # mapped in place, aligned (numpy copies a misaligned table at every search)
            assert mapped[name].flags.aligned and not mapped[name].flags.owndata, name


def test_written_arrays_are_aligned_for_mapping_and_numpy_reads_them(tmp_path):
    arrays = {"order": np.array([3]), "keys2": np.arange(5, 1000, 7, dtype=np.int64),
              "logp2": np.linspace(-4, 0, 142).astype(np.float16),
              "bo1": np.linspace(-1, 0, 33, dtype=np.float32)}
    write_arrays(tmp_path / "lm.npz", arrays)
    mapped = stored_arrays(tmp_path / "lm.npz")
    with np.load(tmp_path / "lm.npz") as loaded:
        for name, value in arrays.items():
            assert np.array_equal(loaded[name], value) and loaded[name].dtype == value.dtype
            assert np.array_equal(mapped[name], value)
            assert mapped[name].flags.aligned and not mapped[name].flags.owndata, name


def test_misaligned_arrays_are_read_into_memory(tmp_path):
    # numpy.savez puts a member's data wherever its zip header ends
    arrays = {f"a{'x' * k}": np.arange(50, dtype=np.int64) * k for k in range(1, 9)}
    np.savez(tmp_path / "lm.npz", **arrays)
    for name, array in stored_arrays(tmp_path / "lm.npz").items():
        assert array.flags.aligned and np.array_equal(array, arrays[name])


def test_stored_arrays_read_a_compressed_archive_too(tmp_path):
    arrays = {"keys2": np.arange(10, dtype=np.int64), "logp2": np.linspace(-3, 0, 10,
                                                                           dtype=np.float16)}
    np.savez_compressed(tmp_path / "lm.npz", **arrays)
    read = stored_arrays(tmp_path / "lm.npz")
    for name, value in arrays.items():
        assert np.array_equal(read[name], value)


def test_a_damaged_model_is_a_lexicon_error(tmp_path):
    for name in ("vocab.tsv", "channel.tsv"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    with zipfile.ZipFile(tmp_path / "lm.npz", "w") as archive:
        archive.writestr("keys2.npy", b"not an array")
    with pytest.raises(LexiconError, match="cannot be read"):
        LanguageModel(tmp_path)


def test_lookups_widen_exactly_as_a_float64_table():
    lm = LanguageModel(DATA)
    rng = np.random.default_rng(7)
    cols = [rng.integers(0, len(lm.vocab), 5000) for _ in range(3)]
    # a third of the queries are trigrams the model holds, so every order is exercised
    held = lm.keys[3][rng.integers(0, len(lm.keys[3]), 1700)]
    mask = (1 << lm.bits) - 1
    for k, shift in enumerate((2 * lm.bits, lm.bits, 0)):
        cols[k][:1700] = (held >> shift) & mask
    got = lm.logprob(*cols)

    # the same back-off over tables widened whole (array-wise: the kernel reads the
    # tables as stored)
    wide = LanguageModel(DATA)
    wide.tables = None
    wide.logp1, wide.bo1 = (np.asarray(a, dtype=np.float64) for a in (lm.logp1, lm.bo1))
    wide.logp = {n: np.asarray(a, dtype=np.float64) for n, a in lm.logp.items()}
    wide.bo = {n: np.asarray(a, dtype=np.float64) for n, a in lm.bo.items()}
    assert np.array_equal(got, wide.logprob(*cols))
    assert np.isfinite(got).all() and (got < 0).all()


def test_the_shipped_syllable_index_is_the_one_the_vocabulary_gives():
    computed = syllable_index(LanguageModel(DATA).counts)
    stored = read_syllable_index(DATA / SYLLABLES)
    assert stored == computed
    assert "điều" in stored["điêu"] and "hóa" in stored["hoa"]


def test_a_lexicon_without_its_index_builds_the_same(tmp_path):
    lex = tiny.build(tmp_path / "lex")
    assert not (tmp_path / "lex" / SYLLABLES).exists()
    written = tmp_path / "lex" / SYLLABLES
    write_syllable_index(lex.by_bare, written)
    again = Lexicon(tmp_path / "lex")
    assert again.by_bare == lex.by_bare and again.letters == lex.letters
    assert again.syllable_candidates("tinh") == lex.syllable_candidates("tinh")


def test_phrases_are_indexed_on_first_use(tmp_path):
    lex = tiny.build(tmp_path / "lex")
    assert lex.phrases._index is None
    assert lex.phrases.near(["Nghí", "Sơn"]) == ["Nghi Sơn"]
    assert lex.phrases._index is not None
    assert lex.phrases.near(["Sở", "Tài", "chinh"]) == ["Sở Tài chính"]
    assert lex.phrases.near(["Nghi", "Sơn"]) == []  # never the window itself


def test_the_shipped_names_are_those_the_phrases_give(tmp_path):
    from vanban.correct.phrases import NAMES, Phrases, names_of, read_names, write_names

    assert read_names(DATA / NAMES) == names_of(DATA / "phrases.tsv")
    # a lexicon without the file indexes its phrases the same
    assert Phrases(DATA / "phrases.tsv")._build() == Phrases(
        DATA / "phrases.tsv", DATA / NAMES)._build()
    lex = tiny.build(tmp_path / "lex")
    write_names(tmp_path / "lex" / "phrases.tsv", tmp_path / "lex" / NAMES)
    again = Lexicon(tmp_path / "lex")
    assert again.phrases.near(["Nghí", "Sơn"]) == lex.phrases.near(["Nghí", "Sơn"]) \
        == ["Nghi Sơn"]


def test_the_shipped_candidate_table_is_what_the_lexicon_ranks():
    lex = Lexicon(DATA)
    table = lex.candidate_table
    assert set(table) == set(lex.table_forms())
    # every 25th form (the whole table takes seconds): the same syllables, costs to the bit
    for form in sorted(table)[::25]:
        assert lex._ranked(form) == lex.compute_ranked(form), form


def test_every_candidate_syllable_is_its_own_key():
    # candidates.prepared_syllables passes over a candidate's spelling key when it differs
    # from the word's key in more than "i" for "y": that holds only if it is a key
    from vanban.syllable import key

    lex = Lexicon(DATA)
    assert all(key(unit) == unit for units in lex.by_bare.values() for unit in units)


def test_a_word_and_its_mark_rank_as_the_channel_ranks_them():
    """The ranking of "word" + mark takes each candidate's stored edit cost for its rank
    key; it must order exactly as the channel's own likelihood does."""
    from vanban.correct.lexicon import MAX_CANDIDATES

    lex = Lexicon(DATA)
    checked = 0
    for form in sorted(lex.candidate_table)[::97]:
        for mark in (",", ".", ":", ";", "'"):
            extra = lex.syllable_candidates(form + mark)
            known = {cand for cand, _ in lex._ranked(form)}
            merged = [*lex._ranked(form), *((c, lex.channel.edit_logp(form, c))
                                            for c in extra if c not in known)]
            merged.sort(key=lambda pair, form=form: lex._rank_key(form, pair[0]))
            assert lex.ranked_syllables(form, mark) == tuple(merged[:MAX_CANDIDATES])
            checked += bool(extra)
    assert checked > 100


@pytest.mark.parametrize("token", ["kính", "Kính,", "(kinh", "KINH:", "hoá", "quố:", "tế.",
                                   "Quyết", "nghi;", "đ", "học.cơ", "ĐIÊU", "a1"])
@pytest.mark.parametrize("style", ["old", "new"])
def test_readings_from_the_table_are_those_computed_afresh(tmp_path, token, style):
    from vanban.correct.candidates import compute_readings

    shipped = Lexicon(DATA)
    bare = Lexicon(DATA)
    bare._candidate_table = {}  # as a lexicon without its table: everything ranked afresh
    assert compute_readings(shipped, token, style) == compute_readings(bare, token, style)
    assert compute_readings(shipped, token, style)  # each has readings to compare


def test_readings_of_words_are_their_texts_units_and_channel_costs():
    """The word path builds readings without splitting each candidate again; each must be
    what the general path gives: its text's units, the channel's cost of the misreading."""
    from tests.conftest import SAMPLE_TXT
    from vanban.correct.candidates import token_readings
    from vanban.correct.tokens import units

    lex = Lexicon(DATA)
    words = sorted({t for t in SAMPLE_TXT.read_text("utf-8").split() if any(
        ch.isalpha() for ch in t)})[::7]
    checked = 0
    for token in words:
        for reading in token_readings(lex, token, "old")[0]:
            if reading.span != 1 or " " in reading.text:
                continue
            assert reading.ids == tuple(lex.lm.id(u) for u in units(reading.text)), reading
            assert reading.channel == lex.channel.edit_logp(token, reading.text), reading
            checked += 1
    assert checked > 1000
