from __future__ import annotations

import json

import jsonschema
import pytest

from vanban.export.json import schema


@pytest.fixture(scope="module")
def validator():
    spec = schema()
    jsonschema.Draft202012Validator.check_schema(spec)
    return jsonschema.Draft202012Validator(spec)


def test_text_sample_validates(sample_doc, validator):
    validator.validate(json.loads(sample_doc.to_json()))


def test_pdf_sample_validates(sample_pdf_doc, validator):
    validator.validate(json.loads(sample_pdf_doc.to_json()))


def test_schema_rejects_a_broken_document(sample_doc, validator):
    data = json.loads(sample_doc.to_json())
    data["corrections"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(data)


def test_every_correction_points_at_its_text(sample_doc):
    for c in sample_doc.corrections:
        line = sample_doc.lines[c.line]
        assert line.text[c.start:c.end] == c.before, c


def test_confidence_says_what_it_means(sample_doc):
    """Word corrections are calibrated on held-out OCR; the rules' confidences are their
    own estimates, and the JSON says which is which."""
    basis = {(c.stage, c.kind): c.basis for c in sample_doc.corrections}
    assert basis[("correct", "letter")] == basis[("correct", "diacritic")] == "calibrated"
    assert basis[("correct", "label")] == basis[("repair", "page-number")] == "heuristic"
    data = json.loads(sample_doc.to_json())
    assert {c["confidence_basis"] for c in data["corrections"]} == {"calibrated", "heuristic"}
