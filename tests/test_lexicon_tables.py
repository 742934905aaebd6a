"""The maintainer script that makes the lexicon's tables of how the corpus prints words:
capitals in running text, hyphenated syllables."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

LEXICON = Path(__file__).resolve().parent.parent / "lexicon"


@pytest.fixture
def script(monkeypatch):
    """A maintainer script of lexicon/ (they import their siblings by name)."""
    monkeypatch.syspath_prepend(str(LEXICON))
    return importlib.import_module


def test_running_words_are_those_a_sentence_runs_on_into(script):
    printed = script("printed")
    text = "Các sở phối hợp với Các cơ quan của Sở Tài chính.\nthực hiện, Ban chỉ đạo"
    # after a word in lower case with no mark (on its line or at the end of the one
    # before): not after a capital, nor after a mark
    assert printed.running_words(text) == [
        ("phối", "phối"), ("hợp", "hợp"), ("với", "với"), ("Các", "các"),
        ("quan", "quan"), ("của", "của"), ("Sở", "sở"), ("hiện", "hiện"), ("đạo", "đạo")]


def test_hyphenated_pairs_are_a_borrowed_words_syllables(script):
    printed = script("printed")
    pairs = printed.hyphenated_pairs("khí các-bon, nước Ô-xtơ-rây-li-a và 72/2015/NĐ-CP")
    assert pairs[("các", "bon")] == 1 and pairs[("rây", "li")] == 1
    assert ("nđ", "cp") in pairs  # (a code's parts: the writer keeps syllables only)
