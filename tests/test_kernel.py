"""The compiled kernel (pipeline/_kernel.pyx) answers every language-model query with the
same float64 bits as the array-wise numpy code it replaces, which stays as the fallback
where the extension is not built."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.correct.lm import LanguageModel, write_arrays
from vanban_lexicon import DATA


@pytest.fixture(scope="module")
def lm() -> LanguageModel:
    return LanguageModel(DATA)


def same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    return a.shape == b.shape and bool((a.view(np.int64) == b.view(np.int64)).all())


def test_the_kernel_is_built_and_used(lm):
    # `make setup` compiles it; a silent fallback to numpy would cost the speed unnoticed
    assert lm.tables is not None


def held_queries(lm: LanguageModel, rng: np.random.Generator, n: int) -> np.ndarray:
    """Trigrams the model holds, bigrams it holds behind a random unit, and random ids."""
    mask = (1 << lm.bits) - 1
    tri = lm.keys[3][rng.integers(0, len(lm.keys[3]), n)]
    bi = lm.keys[2][rng.integers(0, len(lm.keys[2]), n)]
    held3 = np.stack([(tri >> (2 * lm.bits)) & mask, (tri >> lm.bits) & mask, tri & mask], 1)
    held2 = np.stack([rng.integers(0, len(lm.vocab), n), (bi >> lm.bits) & mask, bi & mask], 1)
    starts = np.stack([np.full(n, lm.bos), np.full(n, lm.bos), held3[:, 2]], 1)
    noise = rng.integers(0, len(lm.vocab), (n, 3))
    # swapped units: contexts the model holds, words it does not hold after them
    return np.concatenate([held3, held2, starts, noise, held3[:, [0, 2, 1]], held3])


def test_every_order_of_look_up_gives_numpy_s_bits(lm):
    queries = held_queries(lm, np.random.default_rng(11), 3000)
    for width in (1, 2, 3):  # no history, one unit, a full one
        cols = [queries[:, c] for c in range(3 - width, 3)]
        assert same_bits(lm.logprob(*cols), lm.numpy_logprob(*cols))
    # a longer history than the model's order: only its last units count
    cols = [queries[:, 0], *(queries[:, c] for c in range(3))]
    assert same_bits(lm.logprob(*cols), lm.numpy_logprob(*cols))
    # asked again (answers the kernel keeps), and in another order
    cols = [queries[::-1, c] for c in range(3)]
    assert same_bits(lm.logprob(*cols), lm.numpy_logprob(*cols))


def test_middles_of_every_width_give_numpy_s_bits(lm):
    rng = np.random.default_rng(5)
    queries = held_queries(lm, rng, 400)
    h = lm.order - 1
    for width in range(4):
        middle = rng.integers(0, len(lm.vocab), (len(queries), width))
        right = queries[rng.permutation(len(queries))][:, :h]
        n_right = rng.integers(0, h + 1, (len(queries), 1))
        rows = np.concatenate([queries[:, :h], middle, right, n_right], axis=1)
        assert same_bits(lm.score_middle(rows, width), lm.numpy_score_middle(rows, width))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.integers(0, 9691)),
                min_size=1, max_size=30))
def test_any_query_gives_numpy_s_bits(queries):
    # low ids: the commonest units, whose contexts the model holds most of
    q = np.array(queries, dtype=np.int64)
    cols = [q[:, c] for c in range(3)]
    assert same_bits(SHARED.logprob(*cols), SHARED.numpy_logprob(*cols))


SHARED = LanguageModel(DATA)  # (hypothesis runs a test many times: no fixture)


def test_ids_outside_the_vocabulary_and_misshapen_rows_are_refused(lm):
    with pytest.raises(IndexError, match="outside the vocabulary"):
        lm.logprob(np.array([1]), np.array([len(lm.vocab)]))
    with pytest.raises(IndexError, match="outside the vocabulary"):
        lm.logprob(np.array([-1]), np.array([3]))
    with pytest.raises(ValueError, match="columns"):
        lm.score_middle(np.zeros((2, 4), dtype=np.int64), 2)


def tiny_model(folder) -> LanguageModel:
    """Five units; a trigram whose context is no bigram (as "<s> <s>" is not)."""
    units = ["<s>", "<unk>", "a", "b", "c"]
    folder.mkdir()
    (folder / "vocab.tsv").write_text("".join(f"{u}\t{9 - k}\n" for k, u in enumerate(units)),
                                      encoding="utf-8")
    bits = 3
    bigrams = [(2, 3), (2, 4), (3, 4), (4, 2)]
    trigrams = [(0, 0, 2), (2, 3, 4), (3, 4, 2)]

    def keys(grams):
        return np.array(sorted(sum(u << (bits * (len(g) - 1 - k)) for k, u in enumerate(g))
                               for g in grams), dtype=np.int64)

    write_arrays(folder / "lm.npz", {
        "order": np.array([3]), "bits": np.array([bits]),
        "logp1": np.array([-9.0, -3.5, -1.25, -1.5, -2.0], dtype=np.float32),
        "bo1": np.array([-0.5, 0.0, -0.25, -0.375, -0.125], dtype=np.float32),
        "keys2": keys(bigrams), "logp2": np.array([-0.5, -0.75, -1.0, -0.25], np.float16),
        "bo2": np.array([-0.0625, -0.125, -0.1875, 0.0], np.float16),
        "keys3": keys(trigrams), "logp3": np.array([-0.3, -0.2, -0.1], np.float16)})
    return LanguageModel(folder)


def test_a_made_up_model_backs_off_as_numpy_does(tmp_path):
    lm = tiny_model(tmp_path / "model")
    every = np.array(list(itertools.product(range(5), repeat=3)), dtype=np.int64)
    cols = [every[:, c] for c in range(3)]
    got = lm.logprob(*cols)
    assert same_bits(got, lm.numpy_logprob(*cols))
    by_query = dict(zip(map(tuple, every.tolist()), got.tolist(), strict=True))
    assert by_query[(0, 0, 2)] == float(np.float16(-0.3))  # its context is no bigram
    assert by_query[(2, 3, 4)] == float(np.float16(-0.2))
    # (b c b): no such trigram, back off by bo(b c); no bigram (c b), back off by bo(c)
    assert by_query[(3, 4, 3)] == float(np.float16(-0.1875)) + float(np.float32(-0.125)) \
        + float(np.float32(-1.5))
    # (<s> c a): its context is no bigram (no weight), the bigram (c a) is held
    assert by_query[(0, 4, 2)] == float(np.float16(-0.25))
