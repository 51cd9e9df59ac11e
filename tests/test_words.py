"""What the CLI says outside the rendered sheets reads in the office's language too: every `--help`, the rule
trace (`explain --trace`), each problem the rule loader and `rules lint` find in deliberately broken rule,
profile and coverage files (FILE:LINE kept, the sentence Chinese), and the error line of every class of bad
input. The check is the rendered-output test's (tests/test_rendered_corpus.py): no ASCII word outside ids,
paths, URLs, what the author or the report wrote (quoted), and the names of file formats and tools.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from hostile_files import REPORT, docx, pdf, text_ops
from test_ingest import make_pdf
from test_rendered_corpus import CODES, NAMES, WORD

from engine.cli import _parser, main

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"


def _schema_words() -> set[str]:
    """The keys and values an author writes in rule, profile and coverage files: their own vocabulary."""
    words: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for key in ("properties", "patternProperties", "$defs"):
                words.update(node.get(key, {}))
            words.update(str(v) for v in node.get("enum", ()))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    for name in ("rule", "profile", "coverage"):
        walk(json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8")))
    return {w for key in words for w in re.findall(r"[A-Za-z]+", key)}


AUTHOR_WORDS = _schema_words() | {"exists", "all", "any", "not", "text", "fact", "true", "false", "fires",
                                  "YAML", "UTF", "RE", "Tab", "covers", "evidence", "points_per", "gt", "eq",
                                  "derived", "yaml", "yml"}
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|/[^/\n]+/")  # what the author or the report wrote


# the names of formats and tools an error line may give, and ocrmypdf's options in its example
INPUT_NAMES = {"chi", "sim", "language", "force", "ocr", "FIFO", "ZIP", "BOM", "UTF", "MB", "PNG", "JPEG", "GIF", "RTF",
               "Office"}


def english(text: str, allowed: set[str] = frozenset(), strip: tuple[str, ...] = ()) -> dict[str, str]:
    """ASCII words that are not codes, paths, quotes, allowed names: {word: its context}."""
    for s in sorted(strip, key=len, reverse=True):
        text = text.replace(s, " ")
    text = re.sub(r"--[a-z][a-z-]*|(?<![A-Za-z])\.[a-z]{2,5}\b", " ", text)  # options and file suffixes
    text = CODES.sub(" ", QUOTED.sub(" ", text))
    return {m.group(0): text[max(0, m.start() - 30):m.end() + 30] for m in WORD.finditer(text)
            if m.group(0) not in NAMES | allowed}


def xxgk(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


# ------------------------------------------------------------------------------------------------------ every --help

def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _commands(sub, (*path, name))


COMMANDS = [path for path, _ in _commands(_parser())]
COMMAND_NAMES = {w for path in COMMANDS for name in path for w in re.findall(r"[A-Za-z]+", name)}


def test_every_subcommand_is_covered():
    assert {("score",), ("export",), ("notice",), ("rules", "init"), ("users", "add"), ("explain",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "xxgk")
def test_every_help_is_chinese(path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([*path, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "用法：" in out and "显示本帮助并退出" in out
    parser = dict(_commands(_parser()))[path]
    codes = {word for action in parser._actions for option in action.option_strings
             for word in re.findall(r"[A-Za-z]+", option)}
    codes |= {str(c) for action in parser._actions for c in (action.choices or ()) if isinstance(c, str)}
    codes |= {w for c in list(codes) for w in re.findall(r"[A-Za-z]+", c)} | COMMAND_NAMES
    # the usage line and the examples are commands a person types; the rest is sentences
    prose = "\n".join(line for line in out.splitlines()
                      if not re.match(r"\s*(用法：|(示例：)?xxgk |printf |\s{14,}\[|\s+\S*xxgk )", line))
    # options, choices, and hyphenated codes (profile names such as gov-2019)
    prose = re.sub(r"\{[^}]*\}|--[a-z-]+|-h\b|\b[a-z]+(?:-[a-z0-9]+)+\b", " ", prose)
    found = english(prose, codes | {"xxgk", "N", "ID", "URL", "SQLite", "Dask", "CPU", "MB", "JSON", "Lines",
                                    "Markdown", "YYYY", "MM", "DD", "host", "scorecards", "auto", "all"})
    assert not found, (path, found)


# ---------------------------------------------------------------------------------------------------- explain --trace

def test_the_rule_trace_speaks_chinese(capsys):
    report = ROOT / "reports" / "05-baichuan-eeb-2022-late.txt"
    for rule in ("gov2019.timeliness.report_deadline", "common.quality.placeholders",
                 "format.consistency.t3_balance", "university.checklist.fees"):
        code, out, err = xxgk(capsys, "explain", report, "--trace", "--rule", rule)
        if code == 2 and "没有规则" in err:
            continue  # a rule id not shipped (any more)
        assert code == 0, err
        assert "规则 " + rule in out and ("触发（扣分）" in out or "未触发" in out)
        assert not english(out, strip=(str(report), "reports/05-baichuan-eeb-2022-late.txt")), out
    code, _, err = xxgk(capsys, "explain", report, "--trace")
    assert code == 2 and "--trace 需要 --rule" in err
    code, _, err = xxgk(capsys, "explain", report, "--trace", "--rule", "no.such.rule")
    assert code == 2 and "没有规则 'no.such.rule'" in err and not english(err, COMMAND_NAMES | {"xxgk"})


# ------------------------------------------------------------------------------------- broken rule, profile, coverage



@pytest.fixture(scope="module")
def pack(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("init") / "本单位规则"
    assert main(["rules", "init", str(root)]) == 0
    return root


RULE = "office/content/work_points.yaml"
PROFILE = "profiles/office-2019.yaml"
# (name, file, (old, new) text replacements, a word the Chinese sentence must hold)
BROKEN = [
    ("yaml_colon", RULE, [("severity: minor", "severity: minor: 较重")], "YAML 写法有误"),
    ("yaml_tab", RULE, [("  kind: [government_annual]", "\tkind: [government_annual]")], "制表符"),
    ("yaml_bracket", RULE, [("  kind: [government_annual]", "  kind: [government_annual")], "YAML 写法有误"),
    ("yaml_quote", RULE, [("message: 年度报告", 'message: "年度报告')], "YAML 写法有误"),
    ("yaml_indent", RULE, [("  years: {from: 2019}", " years: {from: 2019}")], "YAML 写法有误"),
    ("missing_field", RULE, [("severity: minor\n", "")], "缺少必填字段 severity"),
    ("unknown_field", RULE, [("severity: minor\n", "severity: minor\nseverty: minor\n")], "不认识的字段 'severty'"),
    ("enum", RULE, [("severity: minor", "severity: huge")], "应为其中之一"),
    ("type", RULE, [("points: 2", "points: 两分")], "应为"),
    ("condition", RULE, [("  not:\n    text: 工作要点", "  fact: doc.year")], "不是有效的条件"),
    ("unknown_fact", RULE, [("  not:\n    text: 工作要点", "  fact: doc.yaer\n  gt: 2000")],
     "没有名为 'doc.yaer' 的事实"),
    ("bad_re2", RULE, [("text: 工作要点", "text: 工作(要点")], "缺少右括号"),
    ("lookbehind", RULE, [("text: 工作要点", "text: (?<=工作)要点")], "RE2 不支持"),
    ("pack_prefix", RULE, [("id: office.content.work_points", "id: other.work_points")], "须以所在规则包文件夹"),
    ("no_silent_example", RULE, [("fires: false", "fires: true")], "不扣分的示例"),
    ("str_compared", RULE, [("  not:\n    text: 工作要点", "  fact: doc.agency\n  gt: 3")], "只能比较数值"),
    ("list_compared", RULE, [("  not:\n    text: 工作要点", "  fact: quality.inconsistencies\n  eq: 3")], "是列表"),
    ("never_matches", RULE, [("  not:\n    text: 工作要点", "  fact: doc.level\n  eq: 月球")], "永远不会与它相符"),
    ("example_type", RULE, [("facts: {doc.kind: government_annual, doc.year: 2023}\n    text: 本机关全年",
                             "facts: {doc.kind: government_annual, doc.year: 二〇二三}\n    text: 本机关全年")],
     "应为整数"),
    ("never_true", RULE, [("  not:\n    text: 工作要点",
                           "  all:\n    - {fact: doc.year, gt: 2030}\n    - {fact: doc.year, lt: 2000}")],
     "永远不会成立"),
    ("always_true", RULE, [("  not:\n    text: 工作要点", "  any:\n    - {fact: doc.agency, exists: true}\n"
                            "    - {not: {fact: doc.agency, exists: true}}")],
     "条件永远成立"),
    ("placeholder", RULE, [("message: 年度报告", "message: 有{derived.t4_mismatch}处，年度报告")], "无法填写"),
    ("covers_unknown", RULE, [("topic: content.missing_section", "topic: content.missing_section\ncovers: [no.such]")],
     "要求编号 'no.such' 不存在"),
    ("profile_rule", PROFILE, [("extends: gov-2019", "extends: gov-2019\ndisable: [no.such.rule]")],
     "没有编号为 'no.such.rule' 的规则"),
    ("profile_extends", PROFILE, [("extends: gov-2019", "extends: gov-2090")], "extends 的评分方案 'gov-2090' 不存在"),
    ("profile_field", PROFILE, [("extends: gov-2019", "extends: gov-2019\ncapz: {}")], "不认识的字段 'capz'"),
]


def _broken(pack: Path, tmp_path: Path, file: str, edits) -> Path:
    root = tmp_path / "本单位规则"
    shutil.copytree(pack, root)
    path = root / file
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, (file, old)
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    return root


def _problems(err: str) -> list[str]:
    return [line for line in err.splitlines() if re.match(r"\S+\.(?:yaml|yml):\d+: ", line)]


@pytest.mark.parametrize(("name", "file", "edits", "words"), BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_rule_file_is_located_and_said_in_chinese(pack, tmp_path, capsys, name, file, edits, words):
    root = _broken(pack, tmp_path, file, edits)
    code, _, err = xxgk(capsys, "rules", "lint", root)
    assert code == 2, err
    problems = _problems(err)
    assert problems and any(words in p for p in problems), (name, err)
    for problem in problems:
        where, line, sentence = re.match(r"(\S+\.(?:yaml|yml)):(\d+): (.*)", problem).groups()
        assert Path(where).exists() and int(line) >= 1
        assert "技术信息" not in sentence, problem  # every class here has its own wording
        assert not english(sentence, AUTHOR_WORDS), problem
    assert re.search(r"规则中有 \d+ 处问题", err)


def test_a_problem_points_at_its_line(pack, tmp_path, capsys):
    root = _broken(pack, tmp_path, RULE, [("severity: minor", "severity: huge")])
    _, _, err = xxgk(capsys, "rules", "lint", root)
    (problem,) = [p for p in _problems(err) if "应为其中之一" in p]
    line = int(problem.split(".yaml:")[1].split(":")[0])
    assert (root / RULE).read_text(encoding="utf-8").splitlines()[line - 1] == "severity: huge"


def test_stray_and_unreadable_rule_files(pack, tmp_path, capsys):
    root = _broken(pack, tmp_path, RULE, [])
    shutil.copy(root / RULE, root / "office" / "content" / "copy.yml")
    (root / "office" / "content" / "gbk.yaml").write_bytes("id: office.content.x\ntitle: 标题\n".encode("gb18030"))
    code, _, err = xxgk(capsys, "rules", "lint", root)
    assert code == 2
    problems = _problems(err)
    assert any("copy.yml:1: 未加载：" in p for p in problems)
    assert any("gbk.yaml:1: 规则文件不是 UTF-8 编码" in p for p in problems)
    for problem in problems:
        assert not english(problem.split(": ", 1)[1], AUTHOR_WORDS), problem


def test_a_duplicate_id_names_both_files(pack, tmp_path, capsys):
    root = _broken(pack, tmp_path, RULE, [])
    shutil.copy(root / RULE, root / "office" / "content" / "again.yaml")
    code, _, err = xxgk(capsys, "rules", "lint", root)
    assert code == 2 and re.search(r"(again|work_points)\.yaml:\d+: 规则编号 'office\.content\.work_points' 重复"
                                   r"（已在 \S+(work_points|again)\.yaml 中使用）", err), err


def test_profile_warnings_are_chinese(capsys):
    from engine.batch import Engine
    from engine.rules.lint import profile_warnings
    engine = Engine.load(backend="python", cache=False)
    for warning in profile_warnings(engine.ruleset, engine.profiles):
        assert "警告：" in warning and not english(warning.split(": ", 1)[1], AUTHOR_WORDS), warning


def test_every_yaml_and_schema_wording_is_chinese():
    """Each PyYAML problem and jsonschema validator we word has a Chinese sentence without English."""
    from engine.rules import wording
    for english_text, chinese in wording._YAML:
        assert not english(chinese, AUTHOR_WORDS), chinese
        assert wording.yaml_problem(yaml.YAMLError(english_text)).startswith("YAML 写法有误")
    assert "技术信息：something new" in wording.yaml_problem(yaml.YAMLError("something new"))


# ------------------------------------------------------------------------------------------ every class of bad input

def _bad_inputs(folder: Path) -> dict[str, Path]:
    files = {
        "empty": ("empty.txt", b""),
        "blank": ("blank.txt", b"   \n\n  "),
        "binary": ("binary.txt", bytes(range(0, 32)) * 200),
        "doc": ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        "wps": ("draft.wps", b"\xd0\xcf\x11\xe0" + b"\x00" * 50),
        "jpg": ("photo.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 50),
        "xlsx": ("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 50),
        "noext": ("README", b"abc"),
        "renamed_doc": ("renamed.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
        "broken_docx": ("broken.docx", b"PK\x03\x04 this is not really a zip archive"),
        "docx_bomb": ("bomb.docx", docx(["某县人民政府"], pad_mb=120)),
        "encrypted_pdf": ("locked.pdf", pdf([text_ops(["Annual report"])], encrypt=True)),
        "no_text_pdf": ("scan.pdf", make_pdf([[], []])),
        "header_pdf": ("header.pdf", make_pdf([["Qinghe 2021 page header"]] * 3)),
        "broken_pdf": ("broken.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),
        "menu_html": ("menu.html", b"<html><body><nav><a href='/'>a</a><a href='/b'>b</a></nav></body></html>"),
        "png_as_txt": ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
        "too_long": ("long.txt", (REPORT * 40).encode()),
    }
    out = {}
    for key, (name, data) in files.items():
        (folder / name).write_bytes(data)
        out[key] = folder / name
    os.mkfifo(folder / "pipe.txt")
    out["fifo"] = folder / "pipe.txt"
    return out


def test_every_bad_input_gets_a_chinese_line_naming_the_file(tmp_path, capsys):
    folder = tmp_path / "报告"
    folder.mkdir()
    bad = _bad_inputs(folder)
    empty = tmp_path / "空文件夹"
    empty.mkdir()
    code, out, _ = xxgk(capsys, "parse", folder, empty, tmp_path / "没有这个文件.txt", "--max-chars", "2000")
    assert code == 3
    lines = {json.loads(line)["source"]: json.loads(line) for line in out.splitlines()}
    errors = {source: data["error"] for source, data in lines.items() if data["status"] == "error"}
    for key, path in bad.items():
        assert str(path) in errors, (key, lines.get(str(path)))
    assert str(empty) in errors and str(tmp_path / "没有这个文件.txt") in errors
    words = {"header_pdf": "疑似扫描件（每页仅", "no_text_pdf": "扫描件", "encrypted_pdf": "加密",
             "doc": "无法读取的 Word 97-2003 .doc 文件；文件可能已损坏", "renamed_doc": "97-2003",
             "docx_bomb": "解压后超过",
             "too_long": "字数超过上限", "fifo": "不是普通文件", "empty": "0 字节"}
    for key, word in words.items():
        assert word in errors[str(bad[key])], (key, errors[str(bad[key])])
    for source, message in errors.items():
        found = english(message.split("技术信息：")[0], INPUT_NAMES,
                        strip=(source, Path(source).name))
        assert not found, (source, message, found)


def test_score_lists_each_unreadable_file_in_chinese(tmp_path, capsys):
    folder = tmp_path / "报告"
    folder.mkdir()
    (folder / "ok.txt").write_text(REPORT, encoding="utf-8")
    bad = _bad_inputs(folder)
    code, _, err = xxgk(capsys, "score", folder, "--format", "json", "--max-chars", "2000")
    assert code == 3
    unread = [line for line in err.splitlines() if line.startswith("未能读取：")]
    assert len(unread) == len(bad)
    assert f"未能读取 {len(bad)} 个文件" in err and "共读取 1 份文件（年度报告 1 份" in err
    for line in unread:
        source = line.removeprefix("未能读取：").split("：")[0]
        assert not english(line.split("技术信息：")[0], INPUT_NAMES,
                           strip=(source, Path(source).name)), line


def test_explain_names_an_unreadable_file_in_chinese(tmp_path, capsys):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 50)
    code, _, err = xxgk(capsys, "explain", path)
    assert code == 3 and err.startswith(f"未能读取：{path}：无法读取的 Word 97-2003 .doc 文件；文件可能已损坏"), err
    assert not english(err.split("技术信息：")[0], INPUT_NAMES, strip=(str(path),)), err


def test_a_bad_submission_log_is_located_in_chinese(tmp_path, capsys):
    for body, word in (("单位,月份\n", "第一行须为列名"), ("agency,month,submitted_on\n某局,2023-13,\n", "月份须写成"),
                       ("agency,month,submitted_on\n某局,2023-01\n", "应有 3 列"),
                       ("agency,month,submitted_on\n,2023-01,2023-02-01\n", "单位名称为空")):
        log = tmp_path / "log.csv"
        log.write_text(body, encoding="utf-8")
        code, _, err = xxgk(capsys, "score", log, "--profile", "archives-monthly", "--format", "json")
        assert code in (2, 3) and word in err, (body, err)
        line = next(line for line in err.splitlines() if word in line)
        assert re.search(r"log\.csv:\d+: ", line)
        assert not english(line, {"agency", "month", "submitted", "on", "YYYY", "MM", "DD"}, strip=(str(log),)), line


def test_rule_catalogue_and_coverage_speak_the_offices_words(capsys):
    """`rules doc` and `rules coverage`: headings, headers and codes' words are Chinese (what rule authors wrote
    in their sources and notes is theirs)."""
    code, doc, _ = xxgk(capsys, "rules", "doc")
    assert code == 0 and doc.startswith("# xxgk 规则目录") and "| 规则编号 | 标题 | 依据 | 依据核实情况 | 主题 |" in doc
    cells = [line.split(" | ") for line in doc.splitlines() if line.startswith("| `")]
    assert cells and all(not english(c[4] + c[5] + c[7]) for c in cells), [c[4:8] for c in cells][:3]
    code, coverage, err = xxgk(capsys, "rules", "coverage")
    assert code == 0, err
    head = coverage.split("\n## ")[0]
    assert "| 条款 | 要求 | 检查规则 | 说明 |" in coverage and not english(re.sub(r"`[^`]*`", " ", head)), head
