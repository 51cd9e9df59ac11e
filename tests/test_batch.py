"""The batch: parallel workers give exactly the sequential result; one bad file never stops the rest."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from pathlib import Path

from engine import batch
from engine.batch import Engine, run
from engine.model import Fact, ParsedReport
from engine.scoring import UNKNOWN_PERIOD, UNNAMED, score
from engine.spill import Brief

ROOT = Path(__file__).resolve().parents[1]
ENGINE = Engine.load()


def cards_json(result) -> list[str]:
    return sorted(json.dumps(c.to_json(), ensure_ascii=False, sort_keys=True) for c in result.cards)


def test_parallel_equals_sequential(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths = [ROOT / "reports", bad]
    seq = run(ENGINE, paths, jobs=1)
    par = run(ENGINE, paths, jobs=2)
    assert cards_json(seq) == cards_json(par) and len(seq.cards) == 24
    assert [e.source for e in par.errors] == [str(bad)]
    from engine import workers
    assert not workers._EXITING  # the fork server, told to stop with the stream, reaped by the batch's end


def test_a_parallel_run_starts_the_fork_server_before_it_lists_the_files(monkeypatch):
    """The server's imports (≈ 0.1 s) are on the way to the first result: they start before the listing (0.02 s
    at 2,000 files), and a guess that came to nothing (one report to read) leaves no server behind."""
    from engine import workers

    if not workers._forkserver_usable():
        return
    seen = []
    real = batch.listing
    monkeypatch.setattr(batch, "listing", lambda *a, **k: seen.append(workers.forkserver._forkserver._forkserver_pid)
                        or real(*a, **k))
    run(ENGINE, [ROOT / "reports"], jobs=2)
    assert seen and seen[0] is not None
    seen.clear()
    run(ENGINE, [ROOT / "reports" / "01-qinghe-city-2018.txt"], jobs=2)
    assert seen == [None] and workers.forkserver._forkserver._forkserver_pid is None and not workers._EXITING


def test_progress_counts_every_file():
    seen = []
    run(ENGINE, [ROOT / "reports"], jobs=1, progress=seen.append)
    assert sum(seen) == len([p for p in (ROOT / "reports").iterdir() if p.suffix != ".md"])


def _town(region: str | None, source: str, published: str = "2022-03-01"):
    facts = {"doc.agency": "城关镇人民政府", "doc.kind": "government_annual", "doc.level": "township",
             "doc.year": 2021, "doc.period": "2021", "doc.published_on": published}
    if region:
        facts["doc.region"] = region
    report = ParsedReport(source, "ok", {k: Fact(v, str(v)) for k, v in facts.items()})
    return ENGINE.evaluator.evaluate(report)


def _brief_of(ev) -> Brief:
    value = ev.report.value
    return Brief(ev.report.source, ev.report.status, b"", value("doc.agency"), value("doc.region"),
                 value("doc.period"), value("doc.year"), (), ())


def _grouped(evaluations: list) -> list[tuple[str, list]]:
    """The batch's groups (batch._brief_groups) of these evaluations, with the evaluations in them."""
    return [(name, [evaluations[i] for i in group])
            for name, group in batch._brief_groups([_brief_of(ev) for ev in evaluations])]


def _reference_groups(briefs: list[Brief]) -> list[tuple[str, list[int]]]:
    """What _brief_groups must give, written the plain way: a dict of groups by key, each split by region."""
    groups: dict = defaultdict(lambda: defaultdict(list))
    for i, b in enumerate(briefs):
        groups[batch._key(b.agency, b.source), b.period or UNKNOWN_PERIOD][b.region or ""].append(i)
    out = []
    for by_region in groups.values():
        if len(by_region) == 2 and "" in by_region:
            unknown = by_region.pop("")
            next(iter(by_region.values())).extend(unknown)
        for region, group in by_region.items():
            agency = max((briefs[i].agency or f"{UNNAMED}{briefs[i].source}" for i in group), key=len)
            out.append((region + agency if len(by_region) > 1 and region and not agency.startswith(region)
                        else agency, group))
    return out


def test_namesakes_in_different_regions_get_a_card_each_named_with_their_region():
    groups = dict(_grouped([_town("临川县", "a.txt"), _town("南城县", "b.txt"), _town(None, "c.txt")]))
    assert set(groups) == {"临川县城关镇人民政府", "南城县城关镇人民政府", "城关镇人民政府"}


def test_a_report_that_names_no_region_joins_the_only_region_as_a_duplicate():
    ((name, group),) = _grouped([_town("临川县", "a.txt"), _town(None, "b.txt", "2022-03-09")])
    assert name == "城关镇人民政府" and sorted(e.report.source for e in group) == ["a.txt", "b.txt"]
    card = score(group, ENGINE.profiles.get("gov-2019"), ENGINE.ruleset.by_id(), date(2022, 6, 1), name=name)
    assert card.region == "" and any("2 份文件" in w for w in card.warnings)  # scored: the latest, b.txt


def test_brief_groups_are_the_groups_of_the_briefs_in_the_same_order():
    """The batch's compact grouping (chained positions) gives the plain grouping's groups, order and names exactly:
    namesakes in two regions, a document naming none beside one region, unnamed documents, several periods, one body
    written two ways."""
    import random

    rng = random.Random(7)
    briefs = []
    for i in range(400):
        agency = rng.choice(["城关镇人民政府", "城关镇", "城关镇政府", "临川县城关镇人民政府", "水利局", "区政府办公室",
                             "区人民政府办公室", None])
        region = rng.choice(["临川县", "南城县", None, None]) if agency else None
        period = rng.choice(["2021", "2022", None])
        briefs.append(Brief(f"f{i}.txt", "ok", b"", agency, region, period, 2021, (), ()))
    expected = _reference_groups(briefs)
    assert list(batch._brief_groups(briefs)) == expected
    assert len(expected) > 10 and any(len(g) > 1 for _, g in expected)
    assert any(name.startswith("南城县") for name, _ in expected)


def test_one_body_written_two_ways_gets_one_card_named_in_full():
    """石湾镇 and 石湾镇人民政府 are one body (docs/labelling.md A9): one card for the period, named the fuller
    way, its other document named in a warning; a document of another period or body stays a card of its own."""
    def doc(agency: str, source: str, period: str = "2021", published: str = "2022-01-20"):
        return _town(None, source, published).report.facts | {
            "doc.agency": Fact(agency, agency), "doc.period": Fact(period, period)}

    reports = [ParsedReport(s, "ok", doc(*a)) for s, a in (
        ("a.txt", ("石湾镇", "a.txt")), ("b.txt", ("石湾镇人民政府", "b.txt", "2021", "2022-02-01")),
        ("c.txt", ("石湾镇", "c.txt", "2022")), ("d.txt", ("石湾镇水利站", "d.txt")))]
    evaluations = [ENGINE.evaluator.evaluate(r) for r in reports]
    groups = _grouped(evaluations)
    assert [(name, [e.report.source for e in g]) for name, g in groups] == [
        ("石湾镇人民政府", ["a.txt", "b.txt"]), ("石湾镇", ["c.txt"]), ("石湾镇水利站", ["d.txt"])]
    card = score(groups[0][1], ENGINE.profiles.get("gov-2019"), ENGINE.ruleset.by_id(), date(2022, 6, 1),
                 name=groups[0][0])
    assert card.agency == "石湾镇人民政府" and any("2 份文件" in w and "a.txt" in w for w in card.warnings)


def test_names_with_no_place_of_their_own_group_only_as_written():
    """区政府办公室 and 区人民政府办公室 may be two districts' offices: two cards, as before."""
    reports = [ParsedReport(s, "ok", _town(None, s).report.facts | {"doc.agency": Fact(a, a)})
               for s, a in (("a.txt", "区政府办公室"), ("b.txt", "区人民政府办公室"), ("c.txt", "区政府办公室"))]
    groups = _grouped([ENGINE.evaluator.evaluate(r) for r in reports])
    assert [(name, [e.report.source for e in g]) for name, g in groups] == [
        ("区政府办公室", ["a.txt", "c.txt"]), ("区人民政府办公室", ["b.txt"])]


def test_unnamed_documents_stay_apart_even_when_their_paths_normalise_alike():
    briefs = [Brief(s, "ok", b"", None, None, "2021", 2021, (), ()) for s in ("a b.txt", "ab.txt", "(ab).txt")]
    assert [g for _, g in batch._brief_groups(briefs)] == [[0], [1], [2]]


def test_sample_namesakes_get_a_card_each():
    names = ("22-chengguan-town-2021-linchuan.txt", "23-chengguan-town-2021-nanshan.txt")
    result = run(ENGINE, [ROOT / "reports" / name for name in names])
    cards = {c.agency: c for c in result.cards}
    assert set(cards) == {"临川县城关镇人民政府", "南山县城关镇人民政府"}
    assert cards["临川县城关镇人民政府"].region == "临川县" and cards["南山县城关镇人民政府"].region == "南山县"
    assert [Path(p).name for p in cards["南山县城关镇人民政府"].inputs] == ["23-chengguan-town-2021-nanshan.txt"]


def test_facts_and_findings_pickle_by_their_fields_whole():
    """Fact and Finding pickle through their constructor (faster than the dataclass' setstate): every field,
    in order, comes back; a field added to Finding without its __reduce__ fails here."""
    import dataclasses
    import pickle

    from engine.model import Finding
    names = [f.name for f in dataclasses.fields(Finding)]
    finding = Finding(*[f"{n}-value" for n in names])
    back = pickle.loads(pickle.dumps(finding, pickle.HIGHEST_PROTOCOL))
    assert [getattr(back, n) for n in names] == [f"{n}-value" for n in names]
    fact = Fact({"a": [1, 2]}, "证据")
    assert pickle.loads(pickle.dumps(fact)) == fact


def test_results_pickle_by_their_fields_whole():
    """What a worker sends for each report (Done, its Brief) and the evaluation pickled inside it pickle
    through their constructors too (a9-worker): every field, in order, comes back, and each class pickles by
    its own __reduce__; a field added without its __reduce__ fails here."""
    import dataclasses
    import pickle

    from engine.rules.runner import Evaluation
    from engine.spill import Brief, Done
    for cls in (Brief, Done, Evaluation):
        names = [f.name for f in dataclasses.fields(cls)]
        item = cls(*[f"{n}-value" for n in names])
        assert cls.__reduce__ is not object.__reduce__ and "__reduce__" in vars(cls)
        back = pickle.loads(pickle.dumps(item, pickle.HIGHEST_PROTOCOL))
        assert type(back) is cls and [getattr(back, n) for n in names] == [f"{n}-value" for n in names]


def test_the_batch_parent_does_not_import_the_parser():
    """The parent lists, stores and scores; only its workers parse (they import the parser once, in the fork
    server): importing engine.batch, engine.cli's score path or engine.crossyear leaves engine.parse out (a8-worker)."""
    import subprocess
    import sys

    code = ("import sys, engine.batch, engine.crossyear, engine.store, engine.render; "
            "print(sorted(m for m in sys.modules if m == 'engine.parse' or m.startswith('engine.parse.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_parent_hands_each_file_its_hash_so_the_worker_does_not_hash_again(tmp_path, monkeypatch):
    from hashlib import sha256
    from types import SimpleNamespace

    from engine import ingest, pipeline
    from engine.records import file_hash
    from engine.store import Store
    given: dict[str, str | None] = {}
    real = pipeline.load

    def load(path, sha256=None):
        given[str(path)] = sha256
        return real(path, sha256)

    monkeypatch.setattr(pipeline, "load", load)
    plain = run(ENGINE, [ROOT / "reports"], jobs=1)
    assert given and set(given.values()) == {None}  # no store: nothing hashed ahead, the worker hashes
    given.clear()
    hashed = []
    monkeypatch.setattr(ingest, "hashlib", SimpleNamespace(sha256=lambda data: hashed.append(data) or sha256(data)))
    store = Store(str(tmp_path / "runs.db"))
    stored = run(ENGINE, [ROOT / "reports"], jobs=1, store=store)
    assert given and all(digest == file_hash(path) for path, digest in given.items())
    assert not hashed  # the worker's load did not hash the bytes again
    assert cards_json(stored) == cards_json(plain)
    assert sorted(ev.report.sha256 for ev in stored.evaluations) == sorted(
        ev.report.sha256 for ev in plain.evaluations)
    store.close()


def test_a_task_with_its_hash_names_its_file_when_it_fails():
    task = ("reports/x.txt", "ab" * 32)
    assert batch._task_path(task) == task and batch._task_path("reports/x.txt") == ("reports/x.txt", None)
    path, (report,) = batch._over_budget(task, "seconds")
    assert path == "reports/x.txt" and report.source == "reports/x.txt" and report.status == "error"
    assert list(batch._drained(["a", "b"], {"b": bytes(32)})) == ["a", ("b", "00" * 32)]


def _documents(result) -> list[tuple]:
    return sorted((ev.report.source, ev.report.status, sorted((k, repr(f.value)) for k, f in ev.facts.items()),
                   sorted(repr(f) for f in ev.findings)) for ev in result.evaluations)


def test_grouped_steps_give_what_one_file_at_a_time_gives(tmp_path, monkeypatch):
    """The phased worker (a13-phased): a worker's files in groups, each step over the group, in workers and in one
    process, give the same cards, documents and errors as one file at a time."""
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    paths = [ROOT / "reports", bad]
    monkeypatch.setattr(batch, "GROUP", 1)
    one = run(ENGINE, paths, jobs=2)
    for jobs, group in ((2, 3), (2, 8), (1, 1), (1, 8)):
        monkeypatch.setattr(batch, "GROUP", group)
        other = run(ENGINE, paths, jobs=jobs)
        assert cards_json(other) == cards_json(one) and _documents(other) == _documents(one), (jobs, group)
        assert [e.source for e in other.errors] == [str(bad)]


def test_one_process_runs_each_step_over_a_group_and_a_failing_step_fails_its_file_alone(monkeypatch):
    """In one process too (one job) the files go in groups of GROUP, step by step; a bug or MemoryError in a later
    step becomes that file's error line, and the group's other files are done."""
    ran: list[tuple[str, str]] = []

    def traced(step):
        def run_step(state):
            ran.append((step.__name__, state if isinstance(state, str) else Path(state.path).name))
            return step(state)
        return run_step

    finished, evaluated = batch._finished, batch._evaluated

    def finish(engine, ev, with_store):
        if "dongpu" in ev.report.source:
            raise ValueError("a bug")
        return finished(engine, ev, with_store)

    def evaluate(engine, report, log, today):
        if "shiwan" in report.source:
            raise MemoryError
        return evaluated(engine, report, log, today)

    monkeypatch.setattr(batch, "STEPS", tuple(traced(s) for s in batch.STEPS))
    monkeypatch.setattr(batch, "GROUP", 4)
    monkeypatch.setattr(batch, "_finished", finish)
    monkeypatch.setattr(batch, "_evaluated", evaluate)
    files = sorted(p for p in (ROOT / "reports").iterdir() if p.suffix != ".md")
    result = run(ENGINE, files[:6], jobs=1)
    names = [Path(str(f)).name for f in files[:6]]
    assert [(s, n) for s, n in ran if s not in ("_ingest_step", "_parse_step")][:8] == \
        [("_evaluate_step", n) for n in names[:4]] + [("_finish_step", n) for n in names[:4]]
    assert [(s, Path(n).name) for s, n in ran[:8]] == \
        [("_ingest_step", n) for n in names[:4]] + [("_parse_step", n) for n in names[:4]]
    errors = {Path(e.source).name: e.error for e in result.errors}
    assert set(errors) == {names[1], names[2]}
    assert "ValueError('a bug')" in errors[names[1]] and "内存超过上限" in errors[names[2]]
    assert sorted(Path(ev.report.source).name for ev in result.evaluations) == sorted(
        n for n in names if n not in errors)


def test_a_pool_started_ahead_is_used_by_the_run_it_was_made_for(tmp_path):
    """`start_pool` starts the workers `run` would (a17-start: set up while xxgk score hashes the files for its
    key); `run` given it uses those workers and stops them; the cards are those of a run that starts its own."""
    from engine.pipeline import listing
    from engine.store import Store

    paths = [ROOT / "reports"]
    own = run(ENGINE, paths, jobs=2, today=date(2026, 12, 1))
    listed = listing(paths, with_logs=True)
    pool = batch.start_pool(ENGINE, listed, 2, today=date(2026, 12, 1), with_store=True)
    assert pool is not None
    pool.supervisor._started_all()
    ahead = [w.process for w in pool.supervisor.workers]
    mapped = []
    real = pool.supervisor.map
    pool.supervisor.map = lambda items: (mapped.append(True), (yield from real(items)))[1]
    store = Store(str(tmp_path / "runs.db"))
    used = run(ENGINE, paths, jobs=2, today=date(2026, 12, 1), listed=listed, store=store, pool=pool)
    store.close()
    assert mapped and cards_json(used) == cards_json(own)
    assert all(not p.is_alive() for p in ahead)
    assert batch.start_pool(ENGINE, listed, 1) is None  # one job: run works in this process


def test_a_pool_made_for_other_settings_is_stopped_and_not_used():
    """Another date (or engine, jobs, rules folder, store, submission log) than the run's: the run closes the pool
    and starts its own workers."""
    from engine.pipeline import listing

    paths = [ROOT / "reports"]
    listed = listing(paths, with_logs=True)
    pool = batch.start_pool(ENGINE, listed, 2, today=date(2026, 1, 1), with_store=False)
    assert pool is not None
    pool.supervisor._started_all()
    ahead = [w.process for w in pool.supervisor.workers]
    pool.supervisor.map = lambda items: (_ for _ in ()).throw(AssertionError("the wrong pool was used"))
    result = run(ENGINE, paths, jobs=2, today=date(2026, 12, 1), listed=listed, pool=pool)
    assert len(result.cards) == 24
    assert all(not p.is_alive() for p in ahead)


def test_slim_keeps_what_the_filter_keeps_from_names_it_remembers(monkeypatch):
    """slim keeps the facts (in order) that `doc.*` or the keep set select, and the report's `doc.*` facts, on
    every evaluation of reports/ and on names it meets for the first time, with two keep sets in turn; it decides
    each name once per keep set (remembered in `_SLIM`) and forgets at SLIM_NAMES names."""
    import copy

    from engine.rules.runner import Evaluation
    monkeypatch.setattr(batch, "_SLIM", {})
    evaluations = [ENGINE.evaluator.evaluate(r) for r in _parsed_reports()]
    other = frozenset({"requests.received", "新.名"})
    for keep in (ENGINE.keep, other, ENGINE.keep):
        for ev in evaluations:
            ev = copy.deepcopy(ev)
            ev.facts |= {"新.名": Fact(1, ""), "doc.新": Fact(2, "")}
            ev.report.facts |= {"doc.又一": Fact(3, ""), "又.一": Fact(4, "")}
            facts = [(k, f) for k, f in ev.facts.items() if k.startswith("doc.") or k in keep]
            report = [(k, f) for k, f in ev.report.facts.items() if k.startswith("doc.")]
            out = batch.slim(ev, keep)
            assert isinstance(out, Evaluation) and list(out.facts.items()) == facts
            assert list(out.report.facts.items()) == report and out.report.text == ""
    assert batch._SLIM[other]["新.名"] is True and batch._SLIM[ENGINE.keep]["新.名"] is False
    assert batch._SLIM[None]["doc.又一"] is True and batch._SLIM[None]["又.一"] is False
    monkeypatch.setattr(batch, "SLIM_NAMES", 5)
    ev = copy.deepcopy(evaluations[0])
    ev.facts = {f"x{i}.a": Fact(i, "") for i in range(8)} | {"doc.year": Fact(2022, "")}
    assert list(batch.slim(ev, frozenset({"x3.a"})).facts) == ["x3.a", "doc.year"]
    ev.facts = {"x5.a": Fact(5, ""), "x3.a": Fact(3, "")}
    assert list(batch.slim(ev, frozenset({"x3.a"})).facts) == ["x3.a"]
    assert len(batch._SLIM[frozenset({"x3.a"})]) <= 2  # forgotten at 5 names: only this call's two again


def _parsed_reports() -> list[ParsedReport]:
    from engine.pipeline import parse_file
    return [r for p in sorted((ROOT / "reports").iterdir()) if p.is_file() for r in parse_file(p)
            if r.status != "error"]


def test_paths_that_overlap_list_each_file_once_where_it_first_comes(tmp_path):
    """`xxgk score 2022/ 2022/街道/` or the same folder twice: each file is read once (read twice, it was counted
    twice and warned about as two files of one agency and year); a link is a name of its own."""
    from engine.pipeline import listing
    top = tmp_path / "a"
    (top / "sub").mkdir(parents=True)
    for rel in ("x.txt", "sub/y.txt", "sub/z.et"):
        (top / rel).write_text("年度报告", encoding="utf-8")
    (top / "link.txt").symlink_to(top / "x.txt")
    empty = tmp_path / "empty"
    empty.mkdir()
    given = [top / "sub" / "y.txt", top, Path(f"{top}/sub/"), top / "sub" / ".." / "x.txt", empty, empty,
             tmp_path / "gone", tmp_path / "gone"]
    files, errors = listing(given)
    assert files == [str(top / "sub" / "y.txt"), str(top / "link.txt"), str(top / "x.txt")]
    assert [Path(e.source).name for e in errors] == ["z.et", "empty", "gone"]
    assert "不支持的文件类型" in errors[0].error and errors[1].error.startswith("文件夹中没有报告文件")
    assert errors[2].error.startswith("文件或文件夹不存在")
    # one path lists what it always listed
    assert listing([top]) == ([str(top / "link.txt"), str(top / "sub" / "y.txt"), str(top / "x.txt")], errors[:1])


def test_a_folder_that_cannot_be_opened_is_an_error_line_not_passed_over(tmp_path, monkeypatch):
    import errno
    import os

    from engine.pipeline import listing
    top = tmp_path / "a"
    for rel in ("x.txt", "locked/y.txt", "z/w.txt"):
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text("年度报告", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).rstrip("/").endswith("locked"):  # as for a user without the right (the suite runs as root)
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    files, errors = listing([top])
    assert files == [str(top / "x.txt"), str(top / "z" / "w.txt")]
    assert [e.source for e in errors] == [str(top / "locked")]
    assert errors[0].error.startswith(f"{top / 'locked'}：无法打开文件夹（没有权限）")
    # the folder given itself: said so, not called a folder without reports
    monkeypatch.setattr(os, "scandir", lambda path=".": (_ for _ in ()).throw(OSError(errno.EIO, "I/O error")))
    files, errors = listing([top])
    assert files == [] and [e.source for e in errors] == [str(top)] and "读写出错" in errors[0].error


def test_a_saved_pages_own_folder_lists_its_pages_but_not_its_pictures_styles_and_scripts(tmp_path):
    from engine.pipeline import listing
    top = tmp_path / "pages"
    files = ["报告.html", "报告_files/a.js", "报告_files/b.css", "报告_files/img/c.png", "报告_files/frame.html",
             "年报.HTM", "年报.files/d.gif", "word-files/e.css", "notes_files/f.js", "x.pdf"]
    for rel in files:
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text("年度报告", encoding="utf-8")
    found, errors = listing([top])
    assert [Path(f).relative_to(top).as_posix() for f in found] == ["x.pdf", "年报.HTM", "报告.html",
                                                                    "报告_files/frame.html"]
    # a folder named like one with no page beside it is anyone's folder: its other files are said, as before
    said = sorted(Path(e.source).relative_to(top).as_posix() for e in errors)
    assert said == ["notes_files/f.js", "word-files/e.css"]
    # given by name, such a folder is scanned as any other
    _, errors = listing([top / "报告_files"])
    assert sorted(Path(e.source).name for e in errors) == ["a.js", "b.css", "c.png"]


def test_words_own_folder_of_a_saved_page_gives_no_header_page(tmp_path):
    """Word's "另存为网页" writes the document's headers and footers as header.htm in the page's folder, beside its
    manifest filelist.xml: not a report (it waited for review as 非年度报告). A browser's folder, with no manifest,
    keeps its pages read: a frame may hold the report."""
    from engine.pipeline import listing
    top = tmp_path / "pages"
    files = ["年报.htm", "年报.files/filelist.xml", "年报.files/header.htm", "年报.files/image001.png",
             "年报.files/themedata.thmx", "报告.html", "报告_files/frame.html", "报告_files/style.css"]
    for rel in files:
        (top / rel).parent.mkdir(parents=True, exist_ok=True)
        (top / rel).write_text("年度报告", encoding="utf-8")
    found, errors = listing([top])
    assert [Path(f).relative_to(top).as_posix() for f in found] == ["年报.htm", "报告.html", "报告_files/frame.html"]
    assert errors == []
    # given by name, Word's folder is scanned as any other: its page is read, its manifest said
    found, errors = listing([top / "年报.files"])
    assert [Path(f).name for f in found] == ["header.htm"]
