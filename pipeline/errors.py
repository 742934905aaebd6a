"""One exception class per kind of failure, each with its own exit status.

The CLI turns any of these into one line on stderr and the exit status; nothing else
escapes as a traceback.
"""

from __future__ import annotations


class VanbanError(Exception):
    """A failure the user can act on; its message is one line meant for them."""

    exit_code = 1


class InputError(VanbanError):
    """The input cannot be read as a document (missing, empty, wrong format...)."""

    exit_code = 2


class NoTextLayerError(InputError):
    """A PDF whose pages carry no text: it needs OCR first."""


class DecisionsError(VanbanError):
    """A reviewer's decisions file that is unusable or belongs to another document."""

    exit_code = 3


class LexiconError(VanbanError):
    """The built lexicon is missing or damaged."""

    exit_code = 4


class OutputError(VanbanError):
    """The result cannot be written where the user asked."""

    exit_code = 5


class OcrUnavailableError(VanbanError):
    """A scan needs OCR and Tesseract (or its Vietnamese data) is not installed."""

    exit_code = 6
