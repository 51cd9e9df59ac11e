"""Load rule files: schema, vocabulary and type checks, then the compiled conditions.

A rule set with any problem never half-loads: `load_rules` raises RuleError carrying every problem
as `FILE:LINE: message`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import re2
import yaml

from engine.facts import VOCABULARY
from engine.glossary import os_reason
from engine.rules import condition as C
from engine.rules.wording import schema_problem, type_word, yaml_problem
from engine.rules.yamlpos import MAX_CHARS, line_of, load_with_positions

if TYPE_CHECKING:
    import jsonschema

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
PROFILE_DIR_NAME = "profiles"
# folders under rules/ that hold other YAML than rules, each read by its own loader
OTHER_DIRS = (PROFILE_DIR_NAME, "notices")
TOP_LEVEL_FILES = ("coverage.yaml",)  # the only YAML file allowed at the top of a rules folder


class RuleError(Exception):
    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    pack: str
    title: str
    basis: str
    topic: str
    severity: str
    points: float
    veto: bool
    applies_to: dict[str, Any]
    when: dict[str, Any]
    evidence: tuple[str, ...]
    message: str
    examples: tuple[dict[str, Any], ...]
    example_lines: tuple[int, ...]
    file: str
    line: int
    applicability: C.Cond  # the applies_to part alone: "not applicable" is reported, not scored
    condition: C.Cond  # applicability and when together: what the engine evaluates
    why: str = ""
    covers: tuple[str, ...] = ()  # requirement ids in rules/coverage.yaml
    points_per: str | None = None  # a count fact: the finding costs points × its value
    basis_status: str = "unverified"  # verified (read in a stored text, see basis_source) or unverified
    basis_source: str = ""
    bases: tuple[dict[str, Any], ...] = ()  # era- or kind-specific bases (engine.rules.basis.basis_for)
    text_lines: tuple[int, int] = (0, 0)  # where the title and the message are (lint points at them)


@dataclass(slots=True)
class RuleSet:
    rules: list[Rule]
    patterns: C.TextPatterns
    fields: set[str] = field(default_factory=set)  # row fields any rule reads

    def by_id(self) -> dict[str, Rule]:
        return {r.id: r for r in self.rules}


@cache
def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def _applies_spec(applies: dict[str, Any]) -> list[dict[str, Any]]:
    """applies_to → ordinary condition leaves over doc.* facts (status defaults to readable reports)."""
    out: list[dict[str, Any]] = [{"fact": "doc.status", "in": applies.get("status", ["ok"])}]
    if "kind" in applies:
        out.append({"fact": "doc.kind", "in": applies["kind"]})
    if "level" in applies:
        out.append({"fact": "doc.level", "in": applies["level"]})
    years = applies.get("years", {})
    if "from" in years:
        out.append({"fact": "doc.year", "gte": years["from"]})
    if "to" in years:
        out.append({"fact": "doc.year", "lte": years["to"]})
    return out


_PY_TYPES = {"int": (int,), "float": (int, float), "str": (str,), "date": (str,), "bool": (bool,)}


def value_fits(fact: str, value: Any) -> bool:
    """Does `value` have the vocabulary type of `fact`? (bool is not an int here.)"""
    spec = VOCABULARY[fact]
    if spec.type == "list":
        return isinstance(value, list)
    if isinstance(value, bool) and spec.type != "bool":
        return False
    if not isinstance(value, _PY_TYPES[spec.type]):
        return False
    return not (spec.choices and value not in spec.choices)


def compile_pattern(pattern: str):
    """RE2: linear-time, no backtracking; errors come back as exceptions, not log lines."""
    options = re2.Options()
    options.log_errors = False
    return re2.compile(pattern, options)


def _check_leaf(leaf: dict[str, Any], where: str) -> list[str]:
    if "text" in leaf:
        try:
            compile_pattern(leaf["text"])
        except re2.error as exc:
            reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
            return [f"{where}: 正则表达式 {leaf['text']!r} 写法有误：{re2_problem(reason)}"]
        return []
    fact = leaf.get("fact")
    if fact not in VOCABULARY:
        return [f"{where}: 没有名为 {fact!r} 的事实（可用的事实见 engine/facts.py）"]
    spec = VOCABULARY[fact]
    (op, value), = ((k, v) for k, v in leaf.items() if k != "fact")
    if op == "exists":
        return []
    if spec.type == "list":
        return [f"{where}: {fact} 是列表，只能用 exists 判断有无（要比较数量，请用 derived.* 中的计数）"]
    if op in ("gt", "gte", "lt", "lte") and spec.type not in ("int", "float"):
        return [f"{where}: {op} 只能比较数值，而 {fact} 是{type_word(spec.type)}"]
    for v in value if op == "in" else [value]:
        if not value_fits(fact, v):
            allowed = f"（可取：{'、'.join(spec.choices)}）" if spec.choices else ""
            return [f"{where}: {fact} 是{type_word(spec.type)}{allowed}；{v!r} 永远不会与它相符"]
    return []


def _walk(spec: Any, path: list[Any]):
    """(leaf, path) for every leaf of a raw YAML condition."""
    if not isinstance(spec, dict):
        return
    for key in ("all", "any"):
        if key in spec:
            for i, c in enumerate(spec[key]):
                yield from _walk(c, [*path, key, i])
            return
    if "not" in spec:
        yield from _walk(spec["not"], [*path, "not"])
        return
    yield spec, path


def max_condition_depth() -> int:
    """How deep all/any/not may nest: `x-maxDepth` of the condition in schemas/rule.schema.json."""
    return int(schema("rule.schema.json")["$defs"]["condition"].get("x-maxDepth", 16))


def _too_deep(spec: Any, limit: int) -> list[Any] | None:
    """The path of the first condition nested deeper than `limit` levels, or None; a loop, not recursion."""
    stack: list[tuple[Any, list[Any], int]] = [(spec, ["when"], 1)]
    while stack:
        node, path, depth = stack.pop()
        if not isinstance(node, dict):
            continue
        if depth > limit:
            return path
        for key in ("all", "any"):
            if isinstance(node.get(key), list):
                stack += [(c, [*path, key, i], depth + 1) for i, c in enumerate(node[key])]
        if "not" in node:
            stack.append((node["not"], [*path, "not"], depth + 1))
    return None


def _check_rule(data: dict[str, Any], node: yaml.Node, rel: str, pack: str) -> list[str]:
    problems: list[str] = []
    at = lambda path: f"{rel}:{line_of(node, path)}"  # noqa: E731
    if not data["id"].startswith(pack + "."):
        problems.append(f"{at(['id'])}: 规则编号 {data['id']!r} 须以所在规则包文件夹的名称 {pack!r} 开头")
    for leaf, path in _walk(data["when"], ["when"]):
        problems += _check_leaf(leaf, at(path))
    for name in data.get("evidence", []):
        if name not in VOCABULARY:
            problems.append(f"{at(['evidence'])}: evidence 中没有名为 {name!r} 的事实")
    if not any(ex["fires"] is False for ex in data["examples"]):
        problems.append(f"{at(['examples'])}: 请添加一个不扣分的示例（fires: false），说明本规则何时不触发")
    per = data.get("points_per")
    if per is not None and (per not in VOCABULARY or VOCABULARY[per].type != "int"):
        problems.append(f"{at(['points_per'])}: points_per 须是整数型的事实，而不是 {per!r}")
    for i, ex in enumerate(data["examples"]):
        for name, value in ex["facts"].items():
            where = at(["examples", i, "facts", name])
            if name not in VOCABULARY:
                problems.append(f"{where}: 示例中的事实 {name!r} 不存在（可用的事实见 engine/facts.py）")
            elif VOCABULARY[name].derived:
                problems.append(f"{where}: {name} 是推算出的事实；示例中请给出推算它所用的事实")
            elif not value_fits(name, value):
                problems.append(f"{where}: {name} 应为{type_word(VOCABULARY[name].type)}，而不是 {value!r}")
    return problems


def display_path(path: Path) -> str:
    """Paths in messages as the user typed them: relative to the working folder when inside it."""
    rel = os.path.relpath(path)
    return str(path) if rel.startswith("..") else rel


def read_yaml_text(path: Path) -> str:
    """A YAML file's text: a regular file only (a FIFO or a link to /dev/zero would hang or never end), read
    at most up to the size limit (yamlpos then reports the file as too big)."""
    from engine.limits import not_regular
    if problem := not_regular(path):
        raise OSError(problem.split(": ", 1)[-1])
    with path.open("rb") as f:
        return f.read(4 * MAX_CHARS + 4).decode("utf-8")


def _load_file(path: Path) -> tuple[dict[str, Any] | None, yaml.Node | None, list[str]]:
    rel = display_path(path)
    text = None
    try:
        text = read_yaml_text(path)
        data, node = load_with_positions(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        return None, None, [f"{rel}:{line}: {yaml_problem(exc, text)}"]
    except UnicodeDecodeError:
        return None, None, [f"{rel}:1: 规则文件不是 UTF-8 编码；请用文本编辑器另存为 UTF-8"]
    except OSError as exc:
        return None, None, [f"{rel}:1: 无法读取规则文件（{os_reason(exc)}）；请检查文件和权限"]
    if isinstance(data, dict) and (deep := _too_deep(data.get("when"), max_condition_depth())) is not None:
        return None, None, [f"{rel}:{line_of(node, deep)}: 条件嵌套超过 {max_condition_depth()} 层的上限"
                            "（all/any/not）；请把条件拆平或拆成几条规则"]
    import jsonschema  # here, not at the top: a start from the compiled-rules cache never validates (0.4 s)
    validator = jsonschema.Draft202012Validator(schema("rule.schema.json"))
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        out = []
        for err in map(_specific, errors):
            where = list(err.absolute_path)
            out.append(f"{rel}:{line_of(node, where)}: {'/'.join(map(str, where)) or '规则'}: "
                       f"{schema_problem(err, CONDITION_HINT)}")
        return None, None, out
    return data, node, []


def _specific(err: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """Inside a condition (a oneOf of shapes), the deepest sub-error says what is wrong and where."""
    import jsonschema
    while err.validator == "oneOf" and err.context:
        deepest = max(len(e.absolute_path) for e in err.context)
        candidates = [e for e in err.context if len(e.absolute_path) == deepest]
        if deepest <= len(err.absolute_path):
            break
        err = jsonschema.exceptions.best_match(candidates)
    return err


CONDITION_HINT = "不是有效的条件：请用 all/any/not，或 text: 正则表达式，或 fact: 事实名 加一个比较（如 gt: 0）"

# RE2's own reasons (its error code's text) → what to fix
_RE2 = (("missing )", "缺少右括号 )"), ("missing ]", "缺少右方括号 ]"), ("unexpected )", "多了一个右括号 )"),
        ("invalid escape sequence", "无效的转义（如 \\q）"), ("trailing \\", "末尾多了一个反斜杠"),
        ("bad repetition operator", "重复符号用法有误（如 ** 或 +*）"),
        ("no argument for repetition operator", "重复符号（* + ? {n}）前面没有内容"),
        ("invalid nested repetition operator", "重复符号不能连用"),
        ("invalid character class range", "方括号中的范围无效（如 [z-a]）"),
        ("invalid character class", "方括号写法无效"),
        ("invalid perl operator", "RE2 不支持的写法（如前后查找 (?<= )）"),
        ("invalid named capture group", "命名分组写法无效"), ("invalid repetition size", "重复次数 {n,m} 无效"),
        ("invalid UTF-8", "含有无效的 UTF-8 字符"), ("bad repetition", "重复次数写法有误"))


def re2_problem(reason: str) -> str:
    for english, chinese in _RE2:
        if reason.startswith(english):
            part = reason[len(english):].lstrip(": ")
            return f"{chinese}{f'（在 {part} 处）' if part else ''}"
    return f"RE2 不接受这个写法（技术信息：{reason}）"


def rule_files(root: Path) -> list[Path]:
    """Rules live inside a pack folder; top-level files (coverage.yaml) and profiles/ are not rules."""
    return sorted(p for p in root.rglob("*.yaml")
                  if len(parts := p.relative_to(root).parts) >= 2 and parts[0] not in OTHER_DIRS)


def stray_files(root: Path) -> list[str]:
    """`FILE:1: 未加载：…` for every YAML file under the rules folder that no loader reads: a rule saved
    as .yml, or a YAML file at the top of the folder, would otherwise be silently left out of scoring."""
    problems = []
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.suffix.lower() not in (".yml", ".yaml") or path.is_dir() or any(p.startswith(".") for p in parts):
            continue  # not YAML, or editor and VCS files (.git/, .swp…)
        rel = display_path(path)
        if path.suffix.lower() == ".yml":
            problems.append(f"{rel}:1: 未加载：规则文件的后缀须为 .yaml，不是 .yml；请改名为 {path.stem}.yaml")
        elif path.suffix != ".yaml":
            problems.append(f"{rel}:1: 未加载：后缀须为小写 .yaml；请改名为 {path.stem}.yaml")
        elif len(parts) == 1 and parts[0] not in TOP_LEVEL_FILES:
            problems.append(f"{rel}:1: 未加载：规则须放在规则包文件夹里（如 rules/common/主题/规则.yaml），"
                            "规则文件夹顶层只放 coverage.yaml")
    return problems


def load_rules(root: Path | None = None) -> RuleSet:
    root = root or RULES_DIR
    if not root.is_dir():
        raise RuleError([f"{root}:1: 规则文件夹不存在"])
    problems: list[str] = []
    rules: list[Rule] = []
    patterns = C.TextPatterns()
    seen: dict[str, str] = {}
    files = rule_files(root)
    problems += stray_files(root)
    if not files:
        raise RuleError([*problems, f"{root}:1: 没有找到规则文件（规则包文件夹中的 *.yaml）"])
    for path in files:
        data, node, errs = _load_file(path)
        problems += errs
        if data is None:
            continue
        rel = display_path(path)
        pack = path.relative_to(root).parts[0]
        errs = _check_rule(data, node, rel, pack)
        if data["id"] in seen:
            first = seen[data["id"]]
            errs.append(f"{rel}:{line_of(node, ['id'])}: 规则编号 {data['id']!r} 重复（已在 {first} 中使用）")
        seen.setdefault(data["id"], rel)
        problems += errs
        if errs:
            continue
        applies = _applies_spec(data.get("applies_to", {}))
        applicability = C.parse({"all": applies}, patterns)
        rules.append(Rule(
            id=data["id"], pack=pack, title=data["title"], basis=data["basis"], topic=data["topic"],
            severity=data["severity"], points=float(data["points"]), veto=bool(data.get("veto", False)),
            applies_to=data.get("applies_to", {}), when=data["when"],
            evidence=tuple(data.get("evidence", [])), message=data.get("message", data["title"]),
            examples=tuple(data["examples"]),
            example_lines=tuple(line_of(node, ["examples", i]) for i in range(len(data["examples"]))),
            file=rel, line=line_of(node, ["when"]), applicability=applicability,
            condition=("all", [applicability, C.parse(data["when"], patterns)]), why=data.get("why", ""),
            covers=tuple(data.get("covers", [])), points_per=data.get("points_per"),
            basis_status=data["basis_status"], basis_source=data.get("basis_source", ""),
            bases=tuple(data.get("bases", ())),
            text_lines=(line_of(node, ["title"]), line_of(node, ["message" if "message" in data else "title"])),
        ))
    if problems:
        raise RuleError(problems)
    fields: set[str] = set()
    for rule in rules:
        fields.update(leaf[1] for leaf in C.leaves(rule.condition))
    return RuleSet(rules=rules, patterns=patterns, fields=fields)
