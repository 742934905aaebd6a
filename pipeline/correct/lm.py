"""The syllable n-gram language model at run time: vectorised back-off look-ups.

The model (built by lexicon/build.py with interpolated modified Kneser-Ney smoothing) is
stored as sorted n-gram keys with log10 probabilities and back-off weights. A batch of
queries is answered by the compiled kernel (pipeline/_kernel.pyx: the keys read as a
trie) where it is built, else array-wise with numpy (one binary search per order): both
give the same bits (tests/test_kernel.py).
"""

from __future__ import annotations

import io
import math
import mmap
import struct
import zipfile
from pathlib import Path

import numpy as np
import regex

from vanban.correct.tokens import BOS, UNK
from vanban.errors import LexiconError
from vanban.syllable import parse

try:
    from vanban._kernel import NgramTables
except ImportError:  # a checkout whose extension was not built: numpy does the same
    NgramTables = None

ALIGN = 64  # where each array's data starts in an .npz written by `write_arrays`
PADDING_ID = 0xD935  # a zip extra field of zeros that moves a member's data (as zipalign)


def write_arrays(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """An .npz (numpy.load reads it) whose members are stored uncompressed with their data
    aligned, so `stored_arrays` can map them in place: numpy copies a misaligned array
    whole at every operation on it."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            filename = info.filename.encode()
            # the .npy header is padded to a multiple of 64 bytes: the member's start is
            # aligned, so is its data
            start = archive.fp.tell() + 30 + len(filename) + 4
            info.extra = struct.pack("<HH", PADDING_ID, -start % ALIGN) + bytes(-start % ALIGN)
            archive.writestr(info, buffer.getvalue())


def stored_arrays(path: Path) -> dict[str, np.ndarray]:
    """The arrays of an .npz, memory-mapped where they are stored uncompressed and aligned
    (`write_arrays`): nothing is read at load, only the pages a look-up touches, and the
    processes of a batch share one copy of them in the page cache. Others are read."""
    arrays: dict[str, np.ndarray] = {}
    with zipfile.ZipFile(path) as archive, path.open("rb") as fh:
        mapped = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        for info in archive.infolist():
            name = info.filename.removesuffix(".npy")
            if info.compress_type != zipfile.ZIP_STORED:
                with archive.open(info) as member:
                    arrays[name] = np.lib.format.read_array(member)
                continue
            # the member's data follows its local header (30 bytes, its name, its extra)
            local = mapped[info.header_offset:info.header_offset + 30]
            if local[:4] != b"PK\x03\x04":
                raise ValueError(f"{info.filename}: not a zip member header")
            name_len, extra_len = struct.unpack("<HH", local[26:30])
            fh.seek(info.header_offset + 30 + name_len + extra_len)
            version = np.lib.format.read_magic(fh)
            read_header = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                           else np.lib.format.read_array_header_2_0)
            shape, fortran, dtype = read_header(fh)
            if dtype.hasobject or fortran:
                raise ValueError(f"{info.filename}: not a plain array")
            array = np.frombuffer(mapped, dtype=dtype, count=math.prod(shape),
                                  offset=fh.tell()).reshape(shape)
            arrays[name] = array if array.flags.aligned else array.copy()
    return arrays


# a syllable whose only vowel is a final "i" or "y" after its consonants: "kỉ", "lý", "quí"
I_OR_Y = regex.compile(r"^[bcdđghklmnpqrstvx]+u?[iíìỉĩịyýỳỷỹỵ]$")
I_Y_SWAP = str.maketrans("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị")
DEDUPLICATE_FROM = 1024  # queries; fewer are searched as they come (measured on held-out L3)


class LanguageModel:
    def __init__(self, data: Path) -> None:
        try:
            with (data / "vocab.tsv").open(encoding="utf-8") as fh:
                rows = [line.rstrip("\n").split("\t") for line in fh]
            arrays = stored_arrays(data / "lm.npz")
            self.order = int(arrays["order"][0])
            self.bits = int(arrays["bits"][0])
            # stored as float16/32: a value is widened to float64 when looked up (exactly
            # as widening the whole table at load would, without reading it)
            self.logp1 = arrays["logp1"]
            self.bo1 = arrays["bo1"]
            self.keys = {n: arrays[f"keys{n}"] for n in range(2, self.order + 1)}
            self.logp = {n: arrays[f"logp{n}"] for n in range(2, self.order + 1)}
            self.bo = {n: arrays[f"bo{n}"] for n in range(2, self.order)}
        except (OSError, KeyError, ValueError, zipfile.BadZipFile, struct.error) as exc:
            raise LexiconError(f"the language model in {data} cannot be read ({exc}); "
                               "reinstall vanban or rebuild it with `make lexicon`") from None
        self.vocab = [r[0] for r in rows]
        self.counts = {r[0]: int(r[1]) for r in rows}
        self.ids = {u: i for i, u in enumerate(self.vocab)}
        # one word in two spellings ("kỉ" and "kỷ") is read as one: the commoner's unit,
        # also for the spelling the corpus never printed
        for unit in list(filter(I_OR_Y.match, self.vocab)):
            other = unit[:-1] + unit[-1].translate(I_Y_SWAP)
            if parse(unit) is None or parse(other) is None:
                continue  # "gì" has no "y" spelling
            common = max((unit, other), key=lambda u: self.counts.get(u, 0))
            self.ids[unit] = self.ids[other] = self.ids[common]
        self.unk = self.ids[UNK]
        self.bos = self.ids[BOS]
        # the compiled look-ups read the same mapped arrays in place
        self.tables = (NgramTables(self.order, self.bits, self.keys, self.logp, self.bo,
                                   self.logp1, self.bo1)
                       if NgramTables is not None else None)

    def id(self, unit: str) -> int:
        return self.ids.get(unit, self.unk)

    @staticmethod
    def _lookup(table: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        if len(keys) >= DEDUPLICATE_FROM:
            # a page's readings repeat their contexts: each distinct key searched once, in
            # order (numpy narrows each search by the one before)
            distinct, inverse = np.unique(keys, return_inverse=True)
            pos = np.minimum(np.searchsorted(table, distinct), len(table) - 1)[inverse]
        else:
            pos = np.minimum(np.searchsorted(table, keys), len(table) - 1)
        return table[pos] == keys, pos

    def logprob(self, *columns: np.ndarray) -> np.ndarray:
        """log10 P(w | history) for arrays of unit ids: the last column is w, the others
        its history, oldest first (any number; only the last order-1 count)."""
        if self.tables is None:
            return self.numpy_logprob(*columns)
        cols = [np.asarray(c, dtype=np.int64) for c in columns][-self.order:]
        return self.tables.logprob(np.stack(cols, axis=1))

    def score_middle(self, rows: np.ndarray, width: int) -> np.ndarray:
        """log10 P of a middle of `width` units and of the units after it that it
        conditions, given the units before: rows of [history (order - 1)..., middle...,
        right... (padded to order - 1), right length]. Each row's terms are added in the
        order of its units, as a unit-by-unit sum would."""
        rows = np.ascontiguousarray(rows, dtype=np.int64)
        if self.tables is not None:
            return self.tables.score_middle(rows, width)
        return self.numpy_score_middle(rows, width)

    def numpy_score_middle(self, rows: np.ndarray, width: int) -> np.ndarray:
        """`score_middle` array-wise (where the kernel is not built)."""
        h = self.order - 1
        n_right = rows[:, -1]
        total = np.zeros(len(rows))
        for t in range(width + h):  # each unit of the middle, then of the right context
            target = h + t
            valid = n_right > t - width
            if not valid.any():
                break
            sub = rows[valid]
            total[valid] += self.numpy_logprob(
                *(sub[:, k] for k in range(target - h, target + 1)))
        return total

    def numpy_logprob(self, *columns: np.ndarray) -> np.ndarray:
        """`logprob` array-wise (where the kernel is not built)."""
        cols = [np.asarray(c, dtype=np.int64) for c in columns][-self.order:]
        w = cols[-1]
        history = cols[:-1]
        result = np.zeros(len(w))
        backoff = np.zeros(len(w))
        done = np.zeros(len(w), dtype=bool)
        for n in range(len(history) + 1, 1, -1):
            parts = history[len(history) - (n - 1):]
            key = np.zeros(len(w), dtype=np.int64)
            for part in parts:
                key = (key << self.bits) | part
            found, pos = self._lookup(self.keys[n], (key << self.bits) | w)
            fresh = found & ~done
            result[fresh] = backoff[fresh] + self.logp[n][pos[fresh]].astype(np.float64)
            done |= found
            if done.all():
                return result
            # back off from order n: the weight of its context, an (n-1)-gram
            if n - 1 >= 2:
                cfound, cpos = self._lookup(self.keys[n - 1], key)
                weight = np.where(cfound, self.bo[n - 1][cpos].astype(np.float64), 0.0)
            else:
                weight = self.bo1[parts[-1]].astype(np.float64)
            backoff += np.where(done, 0.0, weight)
        rest = ~done
        result[rest] = backoff[rest] + self.logp1[w[rest]].astype(np.float64)
        return result

    def score(self, units: list[str]) -> float:
        """log10 probability of a unit sequence after a paragraph start (for tests, tools)."""
        ids = [self.bos] * (self.order - 1) + [self.id(x) for x in units]
        n = self.order
        cols = [np.array(ids[k:len(ids) - n + 1 + k]) for k in range(n)]
        return float(self.logprob(*cols).sum())
