"""A syllable n-gram language model with interpolated modified Kneser-Ney smoothing.

Built here (maintainers: `make lexicon`) and stored in back-off form, as ARPA files do: for
each kept n-gram its interpolated log10 probability, for each context its log10 back-off
weight. The runtime side (pipeline/correct/lm.py) only looks these up.

Unit ids are packed into one integer key per n-gram (`bits` per id), so an order-4 model
over a vocabulary under 2^15 units fits 64-bit keys.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

import numpy as np


def id_bits(vocab_size: int, order: int) -> int:
    bits = max(vocab_size - 1, 1).bit_length()
    if bits * order > 63:
        raise ValueError(f"{vocab_size} units do not fit {order}-gram keys of 63 bits")
    return bits


def count_ngrams(paragraphs: Iterable[list[int]], bos: int, order: int, bits: int) -> Counter:
    """Counts of the highest-order n-grams, each paragraph padded with order-1 starts and
    one end mark."""
    counts: Counter = Counter()
    get = counts.get
    mask = (1 << (bits * order)) - 1
    for ids in paragraphs:
        key = 0
        for k, w in enumerate([*([bos] * (order - 1)), *ids, bos]):
            key = ((key << bits) | w) & mask
            if k >= order - 1:
                counts[key] = get(key, 0) + 1
    return counts


def discounts(counts: Iterable[int]) -> tuple[float, float, float]:
    """Modified Kneser-Ney discounts D1, D2, D3+ from counts of counts (Chen & Goodman)."""
    n = Counter(min(c, 4) for c in counts)
    n1, n2, n3, n4 = (max(n[k], 1) for k in (1, 2, 3, 4))
    y = n1 / (n1 + 2 * n2)
    return (max(1 - 2 * y * n2 / n1, 0.05), max(2 - 3 * y * n3 / n2, 0.05),
            max(3 - 4 * y * n4 / n3, 0.05))


def discount(d: tuple[float, float, float], c: int) -> float:
    return d[0] if c == 1 else d[1] if c == 2 else d[2]


def context_stats(counts: dict[int, int], bits: int) -> dict[int, list[float]]:
    """Per context (the n-gram without its last unit): [total, n1, n2, n3+]."""
    out: dict[int, list[float]] = {}
    for k, c in counts.items():
        ctx = k >> bits
        t = out.get(ctx)
        if t is None:
            t = out[ctx] = [0.0, 0, 0, 0]
        t[0] += c
        t[min(c, 3)] += 1
    return out


def estimate(top: Counter, vocab_size: int, order: int, bits: int,
             min_top: int = 2, min_lower: int = 2) -> dict[str, np.ndarray]:
    """Interpolated modified Kneser-Ney, in back-off form, the highest order pruned to
    n-grams seen `min_top` times or more. Arrays to store: for order n >= 2 `keys{n}`
    (sorted) and `logp{n}`, `bo{n}` (back-off of the n-gram as a context); for order 1
    `logp1` and `bo1` indexed by unit id. Orders between 3 and the highest keep the
    n-grams with `min_lower` distinct left neighbours or more, and every context the
    kept higher n-grams need."""
    mask = [(1 << (bits * n)) - 1 for n in range(order + 1)]
    # counts per order: raw for the highest, continuation counts (distinct left units) below
    levels: dict[int, dict[int, int]] = {order: top}
    for n in range(order - 1, 0, -1):
        cont: Counter = Counter()
        for k in levels[n + 1]:
            cont[k & mask[n]] += 1
        levels[n] = cont
    d = {n: discounts(levels[n].values()) for n in levels}

    total1 = sum(levels[1].values())
    n1 = Counter(min(c, 3) for c in levels[1].values())
    gamma1 = (d[1][0] * n1[1] + d[1][1] * n1[2] + d[1][2] * n1[3]) / total1
    prob = {1: np.full(vocab_size, gamma1 / vocab_size)}
    for w, c in levels[1].items():
        prob[1][w] += (c - discount(d[1], c)) / total1

    gammas: dict[int, dict[int, float]] = {}
    for n in range(2, order + 1):
        stats = context_stats(levels[n], bits)
        dn = d[n]
        gammas[n] = {ctx: (dn[0] * a + dn[1] * b + dn[2] * c) / tot
                     for ctx, (tot, a, b, c) in stats.items()}
        lower = prob[n - 1]
        p: dict[int, float] = {}
        for k, c in levels[n].items():
            ctx = k >> bits
            tot = stats[ctx][0]
            p[k] = max(c - discount(dn, c), 0) / tot + gammas[n][ctx] * lower[k & mask[n - 1]]
        prob[n] = p

    arrays: dict[str, np.ndarray] = {
        "order": np.array([order]), "bits": np.array([bits]),
        "logp1": np.log10(prob[1]).astype(np.float32),
        "bo1": np.zeros(vocab_size, dtype=np.float32),
    }
    for ctx, g in gammas[2].items():
        arrays["bo1"][ctx] = math.log10(g)
    keep = {order: sorted(k for k, c in top.items() if c >= min_top)}
    for n in range(order - 1, 1, -1):
        # contexts of kept higher n-grams (the all-start padding contexts excepted: they
        # are no n-gram of the text)
        needed = {k >> bits for k in keep[n + 1]} & levels[n].keys()
        if n == 2:
            keep[n] = sorted(set(levels[n]))
        else:
            keep[n] = sorted(needed | {k for k, c in levels[n].items() if c >= min_lower})
    for n in range(2, order + 1):
        keys = keep[n]
        arrays[f"keys{n}"] = np.array(keys, dtype=np.int64)
        arrays[f"logp{n}"] = np.array([math.log10(prob[n][k]) for k in keys], dtype=np.float16)
        if n < order:
            g = gammas[n + 1]
            arrays[f"bo{n}"] = np.array([math.log10(g[k]) if k in g else 0.0 for k in keys],
                                        dtype=np.float16)
    return arrays
