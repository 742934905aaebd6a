# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Compiled inner loops of the correction: the language model's back-off look-ups.

The model's keys are sorted n-grams (lexicon/build.py), so the n-grams that share a
context sit together: the model is read as a trie. A query finds its context's
continuations (a range, found once per context and kept) and searches only there, where
a binary search over all 1.7 M trigrams missed the cache at each of its ~21 steps and
numpy needed a dozen array operations per batch and a sort of it. Nothing is built at
load (the arrays stay memory-mapped, read where a look-up touches them). Values are
widened and added in exactly the order `vanban.correct.lm.LanguageModel.numpy_logprob`
adds them, so both give the same float64 bits (tests/test_kernel.py holds them equal).
"""

from libc.math cimport INFINITY, NAN, ldexp
from libc.stdint cimport int64_t, uint16_t, uint32_t, uint64_t
from libc.stdlib cimport calloc, free, malloc
from libc.string cimport memset

import numpy as np

cdef enum:
    MAX_ORDER = 8  # the longest n-gram a model may have
    CACHE_BITS = 16  # answers kept: a page's readings ask the same queries again and again


cdef inline double half_to_double(uint16_t h) noexcept nogil:
    """An IEEE half (float16) widened, exactly as numpy's astype(float64)."""
    cdef uint32_t exponent = (h >> 10) & 0x1F
    cdef uint32_t mantissa = h & 0x3FF
    cdef double value
    if exponent == 0:
        value = ldexp(<double>mantissa, -24)
    elif exponent == 31:
        value = INFINITY if mantissa == 0 else NAN
    else:
        value = ldexp(<double>(mantissa + 1024), <int>exponent - 25)
    return -value if h & 0x8000 else value


cdef inline Py_ssize_t lower_bound(const int64_t* keys, Py_ssize_t lo, Py_ssize_t hi,
                                   int64_t key) noexcept nogil:
    """The first position in sorted keys[lo:hi] whose key is not below `key`."""
    cdef Py_ssize_t mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if keys[mid] < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef class NgramTables:
    """The model's arrays, held (so the pointers stay valid) and read in place."""

    cdef int order
    cdef int bits
    cdef Py_ssize_t vocab_size
    cdef const int64_t* keys[MAX_ORDER + 1]
    cdef Py_ssize_t sizes[MAX_ORDER + 1]
    cdef const uint16_t* logp[MAX_ORDER + 1]
    cdef const uint16_t* bo[MAX_ORDER + 1]
    cdef const float* logp1
    cdef const float* bo1
    cdef object held
    # where each (n-1)-gram's continuations begin and end among the n-grams (position + 1;
    # 0: not looked up yet), for n = 2 … order; allocated at first use
    cdef uint32_t* first[MAX_ORDER + 1]
    cdef uint32_t* stop[MAX_ORDER + 1]
    # recent answers to whole queries (order units packed in a key; -1: empty), direct-mapped
    cdef int64_t* cached_query
    cdef double* cached_answer
    # recent contexts' positions (their units packed in a key, their length)
    cdef int64_t* cached_context
    cdef int* cached_order
    cdef Py_ssize_t* cached_position
    cdef bint caching

    def __init__(self, int order, int bits, keys: dict, logp: dict, bo: dict,
                 logp1, bo1) -> None:
        """keys[n] int64 sorted, logp[n] and bo[n] float16 (n = 2 … order, bo below
        order), logp1 and bo1 float32: as lexicon/build.py stores them."""
        if not 2 <= order <= MAX_ORDER:
            raise ValueError(f"order {order} is not 2 … {MAX_ORDER}")
        cdef const int64_t[::1] key_view
        cdef const uint16_t[::1] half_view
        cdef const float[::1] float_view
        self.order = order
        self.bits = bits
        held = []
        for n in range(2, order + 1):
            key_view = np.ascontiguousarray(keys[n], dtype=np.int64)
            if len(key_view) == 0 or len(key_view) >= 0xFFFFFFFF:
                raise ValueError(f"{len(key_view)} {n}-grams")
            half_view = _halves(logp[n], len(key_view))
            held += [key_view, half_view]
            self.keys[n] = &key_view[0]
            self.sizes[n] = len(key_view)
            self.logp[n] = &half_view[0]
            if n < order:
                half_view = _halves(bo[n], len(key_view))
                held.append(half_view)
                self.bo[n] = &half_view[0]
        for name, values in (("log-probabilities", logp1), ("back-off weights", bo1)):
            if np.asarray(values).dtype != np.float32 or len(values) == 0:
                raise TypeError(f"unigram {name} are not float32")
        float_view = np.ascontiguousarray(logp1)
        held.append(float_view)
        self.logp1 = &float_view[0]
        self.vocab_size = len(float_view)
        float_view = np.ascontiguousarray(bo1)
        if len(float_view) != self.vocab_size:
            raise TypeError("unigram back-off weights are not of the vocabulary's size")
        held.append(float_view)
        self.bo1 = &float_view[0]
        self.held = held
        for n in range(2, order + 1):
            parents = self.vocab_size if n == 2 else self.sizes[n - 1]
            self.first[n] = <uint32_t*>calloc(parents, sizeof(uint32_t))
            self.stop[n] = <uint32_t*>calloc(parents, sizeof(uint32_t))
            if self.first[n] == NULL or self.stop[n] == NULL:
                raise MemoryError()
        self.caching = order * bits <= 62
        self.cached_query = <int64_t*>malloc((1 << CACHE_BITS) * sizeof(int64_t))
        self.cached_answer = <double*>calloc(1 << CACHE_BITS, sizeof(double))
        if self.cached_query == NULL or self.cached_answer == NULL:
            raise MemoryError()
        memset(self.cached_query, 0xFF, (1 << CACHE_BITS) * sizeof(int64_t))
        self.cached_context = <int64_t*>malloc((1 << CACHE_BITS) * sizeof(int64_t))
        self.cached_order = <int*>calloc(1 << CACHE_BITS, sizeof(int))
        self.cached_position = <Py_ssize_t*>calloc(1 << CACHE_BITS, sizeof(Py_ssize_t))
        if (self.cached_context == NULL or self.cached_order == NULL
                or self.cached_position == NULL):
            raise MemoryError()
        memset(self.cached_context, 0xFF, (1 << CACHE_BITS) * sizeof(int64_t))

    def __dealloc__(self) -> None:
        for n in range(MAX_ORDER + 1):
            free(self.first[n])
            free(self.stop[n])
            self.first[n] = self.stop[n] = NULL
        free(self.cached_query)
        free(self.cached_answer)
        free(self.cached_context)
        free(self.cached_order)
        free(self.cached_position)
        self.cached_query = NULL
        self.cached_answer = NULL
        self.cached_context = NULL
        self.cached_order = NULL
        self.cached_position = NULL

    def logprob(self, const int64_t[:, ::1] queries):
        """log10 P(w | history) of each row [history …, w] (oldest first; only the last
        order - 1 of the history count)."""
        cdef Py_ssize_t m = queries.shape[0], width = queries.shape[1]
        cdef Py_ssize_t r
        if width < 1:
            raise ValueError("a query needs its word")
        self._check_ids(queries, width)
        result = np.empty(m, dtype=np.float64)
        cdef double[::1] out = result
        # (the GIL is held throughout: the kept contexts and answers are shared by every
        # thread that uses this model, and a look-up is short)
        for r in range(m):
            out[r] = self.one(&queries[r, 0], width)
        return result

    def score_middle(self, const int64_t[:, ::1] rows, int width):
        """Per row [history (order - 1) …, middle (width) …, right (order - 1, padded) …,
        right length]: log10 P of the middle's units and of the right units they
        condition, added unit by unit in order."""
        cdef int h = self.order - 1
        cdef Py_ssize_t m = rows.shape[0], r
        cdef int t
        cdef int64_t n_right
        cdef double total
        if width < 0 or rows.shape[1] != 2 * h + width + 1:
            raise ValueError(f"rows of {rows.shape[1]} columns, not {2 * h + width + 1}")
        self._check_ids(rows, rows.shape[1] - 1)
        result = np.empty(m, dtype=np.float64)
        cdef double[::1] out = result
        for r in range(m):  # (the GIL held, as in `logprob`)
            n_right = rows[r, 2 * h + width]
            total = 0.0
            for t in range(width + h):
                if not n_right > t - width:
                    break
                total += self.one(&rows[r, t], h + 1)
            out[r] = total
        return result

    cdef int _check_ids(self, const int64_t[:, ::1] rows, Py_ssize_t columns) except -1:
        cdef Py_ssize_t r, c
        cdef int64_t unit
        for r in range(rows.shape[0]):
            for c in range(columns):
                unit = rows[r, c]
                if unit < 0 or unit >= self.vocab_size:
                    raise IndexError(f"unit id {unit} is outside the vocabulary")
        return 0

    cdef inline Py_ssize_t child(self, int n, Py_ssize_t parent, int64_t parent_key,
                                 int64_t key) noexcept nogil:
        """The position of n-gram `key` among the n-grams, or -1, given its context's
        position (`parent`: a unit id for n = 2, else among the (n-1)-grams; -1 where
        the context is no (n-1)-gram, as the sentence start's "<s> <s>" is not)."""
        cdef const int64_t* keys = self.keys[n]
        cdef Py_ssize_t lo, hi, pos
        if parent < 0:
            lo, hi = 0, self.sizes[n]
        else:
            if self.first[n][parent] == 0:
                lo = lower_bound(keys, 0, self.sizes[n], parent_key << self.bits)
                hi = lower_bound(keys, lo, self.sizes[n], (parent_key + 1) << self.bits)
                self.first[n][parent] = <uint32_t>(lo + 1)
                self.stop[n][parent] = <uint32_t>(hi + 1)
            lo = self.first[n][parent] - 1
            hi = self.stop[n][parent] - 1
        pos = lower_bound(keys, lo, hi, key)
        return pos if pos < hi and keys[pos] == key else -1

    cdef inline Py_ssize_t locate(self, const int64_t* units, int n) noexcept nogil:
        """The position of the n-gram `units` (n >= 2) among the n-grams, or -1: a
        context, which the readings of one word ask again and again (kept, as answers)."""
        cdef Py_ssize_t pos = units[0]
        cdef int64_t key = units[0], longer
        cdef int j
        cdef uint64_t slot
        for j in range(1, n):
            key = (key << self.bits) | units[j]
        slot = ((<uint64_t>key * <uint64_t>0x9E3779B97F4A7C15) >> (64 - CACHE_BITS)) ^ <uint64_t>n
        if self.caching and self.cached_context[slot] == key and self.cached_order[slot] == n:
            return self.cached_position[slot]
        key = units[0]
        for j in range(2, n + 1):
            longer = (key << self.bits) | units[j - 1]
            pos = self.child(j, pos, key, longer)
            key = longer
        if self.caching:
            self.cached_context[slot] = key
            self.cached_order[slot] = n
            self.cached_position[slot] = pos
        return pos

    cdef inline double one(self, const int64_t* row, Py_ssize_t width) noexcept nogil:
        """The back-off look-up of one query (its history the row's first width - 1),
        answered from the cache where it was asked lately."""
        cdef int64_t query = 0
        cdef uint64_t slot
        cdef Py_ssize_t k
        cdef double answer
        if not self.caching or width != self.order:
            return self.look_up(row, width)
        for k in range(width):
            query = (query << self.bits) | row[k]
        slot = (<uint64_t>query * <uint64_t>0x9E3779B97F4A7C15) >> (64 - CACHE_BITS)
        if self.cached_query[slot] == query:
            return self.cached_answer[slot]
        answer = self.look_up(row, width)
        self.cached_query[slot] = query
        self.cached_answer[slot] = answer
        return answer

    cdef inline double look_up(self, const int64_t* row, Py_ssize_t width) noexcept nogil:
        """The back-off look-up of one query (its history the row's first width - 1)."""
        cdef Py_ssize_t hist = width - 1
        cdef Py_ssize_t n, k, context_pos, pos
        cdef int64_t w = row[width - 1]
        cdef int64_t context
        cdef double backoff = 0.0
        if hist > self.order - 1:
            row += hist - (self.order - 1)
            hist = self.order - 1
        for n in range(hist + 1, 1, -1):
            context = 0
            for k in range(hist - (n - 1), hist):
                context = (context << self.bits) | row[k]
            context_pos = (row[hist - 1] if n == 2
                           else self.locate(row + hist - (n - 1), <int>(n - 1)))
            pos = self.child(<int>n, context_pos, context, (context << self.bits) | w)
            if pos >= 0:
                return backoff + half_to_double(self.logp[n][pos])
            if n - 1 >= 2:
                backoff += half_to_double(self.bo[n - 1][context_pos]) if context_pos >= 0 else 0.0
            else:
                backoff += <double>self.bo1[row[hist - 1]]
        return backoff + <double>self.logp1[w]


def _halves(array, Py_ssize_t size):
    array = np.asarray(array)
    if array.dtype != np.float16 or len(array) != size:
        raise TypeError("n-gram values are not float16 beside their keys")
    return np.ascontiguousarray(array).view(np.uint16)
