"""Every file format has a JSON Schema, and what the tool writes validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from engine.facts import VOCABULARY, parsed_report_schema
from engine.pipeline import parse_file

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"


def load(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def test_every_schema_is_a_valid_schema():
    for path in SCHEMAS.glob("*.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_parsed_report_schema_is_generated_from_the_vocabulary():
    assert load("parsed-report.schema.json") == parsed_report_schema(), \
        "regenerate: python -m engine.facts > schemas/parsed-report.schema.json"
    props = load("parsed-report.schema.json")["properties"]["facts"]["properties"]
    assert set(props) == {n for n, s in VOCABULARY.items() if not s.derived}


def test_parse_output_of_every_sample_validates():
    validator = jsonschema.Draft202012Validator(load("parsed-report.schema.json"),
                                                format_checker=jsonschema.FormatChecker())
    reports = [r for p in sorted((ROOT / "reports").iterdir()) if p.suffix != ".md" for r in parse_file(p)]
    assert len(reports) >= 15
    for report in reports:
        errors = [e.message for e in validator.iter_errors(report.to_json())]
        assert not errors, (report.source, errors[:3])
