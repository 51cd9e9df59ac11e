"""Start-up: the checked rules come from the on-disk cache or from the parent exactly as from YAML, an edit
is never served stale, and a plain start imports none of the heavy libraries it does not use."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine import batch, compiled
from engine.batch import Engine, run
from engine.rules.loader import RuleError

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XXGK_CACHE_DIR", str(folder))
    return folder


def _cards(result) -> list[str]:
    return sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in result.cards)


def test_a_cache_hit_gives_exactly_the_loaded_rules_without_reading_yaml(cache, monkeypatch):
    fresh = Engine.load(cache=False)
    first = Engine.load()  # a miss: loaded, checked, written
    assert len(list(cache.glob("rules-*.json"))) == 1

    def no_yaml(*args):
        raise AssertionError("a cache hit must not load the YAML")
    monkeypatch.setattr(batch, "load_rules", no_yaml)
    hit = Engine.load()
    for engine in (first, hit):
        assert compiled.same((engine.ruleset, engine.profiles), (fresh.ruleset, fresh.profiles))
        assert engine.rules_version == fresh.rules_version and engine.keep == fresh.keep
    assert type(hit.ruleset.rules[0].examples) is tuple and type(hit.ruleset.fields) is set


def test_an_edited_rule_is_a_miss_and_is_read_again(cache, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    before = Engine.load(rules)
    path = next(p for p in sorted((rules / "common").rglob("*.yaml")) if "\npoints: " in p.read_text("utf-8"))
    text = path.read_text("utf-8")
    old = next(line for line in text.splitlines() if line.startswith("points: "))
    path.write_text(text.replace(old, "points: 7.5", 1), "utf-8")
    after = Engine.load(rules)
    rule_id = next(line for line in text.splitlines() if line.startswith("id: ")).split(": ", 1)[1].strip()
    assert after.ruleset.by_id()[rule_id].points == 7.5 != before.ruleset.by_id()[rule_id].points
    assert after.rules_version != before.rules_version
    path.write_text(text.replace(old, "points: [", 1), "utf-8")  # broken: the checks run, FILE:LINE comes back
    with pytest.raises(RuleError) as err:
        Engine.load(rules)
    assert any(p.startswith(f"{path}:") for p in err.value.problems)


def test_a_damaged_cache_file_is_a_miss(cache):
    Engine.load()
    (file,) = cache.glob("rules-*.json")
    file.write_text('{"ruleset": {"c": ["Rule"', "utf-8")
    engine = Engine.load()
    assert compiled.same((engine.ruleset, engine.profiles), (Engine.load(cache=False).ruleset,
                                                               Engine.load(cache=False).profiles))


def test_an_unwritable_cache_folder_only_means_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XXGK_CACHE_DIR", str(blocker / "xxgk"))
    assert len(Engine.load().ruleset.rules) == len(Engine.load(cache=False).ruleset.rules)


def test_workers_built_from_the_parents_rules_give_the_same_scorecards(cache, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths = [ROOT / "reports", bad]
    from_yaml = run(Engine.load(cache=False), paths, jobs=1)
    Engine.load()
    from_cache = run(Engine.load(), paths, jobs=2)  # parent from the cache, workers from the parent's rules
    assert _cards(from_cache) == _cards(from_yaml) and len(from_yaml.cards) == 24
    assert [e.source for e in from_cache.errors] == [str(bad)]


def test_a_start_imports_only_what_it_uses(cache):
    Engine.load()
    code = ("import sys; from engine.batch import Engine; Engine.load(); "
            "print(sorted(m for m in ('jsonschema', 'sqlalchemy', 'docx', 'charset_normalizer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT).stdout
    assert out.strip() == "[]"
