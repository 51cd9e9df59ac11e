"""Rule-file problems in the office's words. PyYAML's syntax errors and jsonschema's validation errors come in
English from their libraries; each is said again here in Chinese, and the callers keep `FILE:LINE:` in front.

A library message with no wording here is kept after 技术信息： (for the maintainers), behind a Chinese sentence
saying what to check, so nothing a library says is lost.
"""

from __future__ import annotations

import re
from typing import Any

# fact types (engine/facts.py) and JSON Schema types, as an office names them
TYPES = {"int": "整数", "integer": "整数", "float": "数值", "number": "数值", "str": "文字", "string": "文字",
         "date": "日期（YYYY-MM-DD）", "bool": "是/否（true 或 false）", "boolean": "是/否（true 或 false）",
         "list": "列表", "array": "列表", "object": "键值对", "null": "空值"}

# the start of PyYAML's `problem` → what it means for a person editing the file
_YAML = (
    ("mapping values are not allowed", "此处不能出现“键: 值”（多半是冒号后少了空格、缩进不对，或冒号须加引号）"),
    ("could not find expected ':'", "找不到应有的冒号（某行的“键: 值”不完整，或引号没有闭合）"),
    ("found character '\\t' that cannot start any token", "含有制表符（Tab）；缩进只能用空格"),
    ("found a tab character", "含有制表符（Tab）；缩进只能用空格"),
    ("found character", "含有不能出现在此处的字符（如 @、` 或 %）；请给这段文字加引号"),
    ("expected <block end>", "缩进不一致：同一层的项目须左对齐"),
    ("expected ',' or ']'", "方括号列表没有正确结束（缺少逗号或 ]）"),
    ("expected ',' or '}'", "花括号没有正确结束（缺少逗号或 }）"),
    ("did not find expected ',' or ']'", "方括号列表没有正确结束（缺少逗号或 ]）"),
    ("did not find expected ',' or '}'", "花括号没有正确结束（缺少逗号或 }）"),
    ("found unexpected end of stream", "文件意外结束：有引号或括号没有闭合"),
    ("found unknown escape character", "双引号里的反斜杠转义无效（正则表达式请改用单引号）"),
    ("found undefined alias", "用到了没有定义的别名（*名称）"),
    ("found duplicate anchor", "锚点（&名称）重复"),
    ("did not find expected key", "找不到应有的键：缩进或列表项（- ）有误"),
    ("did not find expected '-' indicator", "列表项须以“- ”开头并左对齐"),
    ("did not find expected node content", "此处缺少内容"),
    ("did not find expected comment or line break", "值的后面多了内容（引号结束后还有文字？）"),
    ("found unhashable key", "键不能是列表或键值对"),
    ("expected a single document", "文件中只能有一个文档（删去多余的 ---）"),
    ("found unexpected ':'", "多了一个冒号；含冒号的文字请加引号"),
    ("special characters are not allowed", "含有不允许的控制字符；请另存为纯文本（UTF-8）"),
)
_LIMIT_PREFIXES = ("文件超过", "别名（", "嵌套超过", "展开别名后")


def yaml_problem(exc: BaseException, text: str | None = None) -> str:
    """`YAML 写法有误：…` for a PyYAML error (our own limit errors are Chinese already). With the file's text, a
    character libyaml does not name (a Tab) is looked up where it stopped."""
    problem = str(getattr(exc, "problem", None) or exc)
    if problem.startswith(_LIMIT_PREFIXES):
        return problem
    mark = getattr(exc, "problem_mark", None)
    if text is not None and mark is not None and problem.startswith("found character") \
            and text[mark.index:mark.index + 1] == "\t":
        return "YAML 写法有误：含有制表符（Tab）；缩进只能用空格"
    for english, chinese in _YAML:
        if problem.startswith(english):
            return f"YAML 写法有误：{chinese}"
    return f"YAML 写法有误；请检查这一行附近的缩进、冒号和引号（技术信息：{problem}）"


def type_word(name: Any) -> str:
    names = name if isinstance(name, list) else [name]
    return "或".join(TYPES.get(str(n), str(n)) for n in names)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def schema_problem(err: Any, condition_hint: str = "") -> str:
    """One jsonschema ValidationError as a Chinese sentence (the field path is put in front by the caller)."""
    kind, expected, instance = err.validator, err.validator_value, err.instance
    if kind == "required":
        missing = [k for k in expected if isinstance(instance, dict) and k not in instance] or list(expected)
        return f"缺少必填字段 {'、'.join(missing)}"
    if kind == "additionalProperties":
        allowed = set(err.schema.get("properties", {}))
        patterns = [re.compile(p) for p in err.schema.get("patternProperties", {})]
        extra = [k for k in instance if k not in allowed and not any(p.search(k) for p in patterns)]
        known = f"；可用的字段：{'、'.join(sorted(allowed))}" if allowed and len(allowed) <= 30 else ""
        return f"不认识的字段 {'、'.join(map(repr, extra))}（拼写有误？）{known}"
    if kind == "type":
        return f"应为{type_word(expected)}，而不是 {_shown(instance)}"
    if kind == "enum":
        return f"应为其中之一：{'、'.join(map(str, expected))}；而不是 {_shown(instance)}"
    if kind == "const":
        return f"应为 {_shown(expected)}，而不是 {_shown(instance)}"
    if kind == "minimum":
        return f"不能小于 {expected}（现为 {_shown(instance)}）"
    if kind == "maximum":
        return f"不能大于 {expected}（现为 {_shown(instance)}）"
    if kind == "exclusiveMinimum":
        return f"须大于 {expected}（现为 {_shown(instance)}）"
    if kind == "exclusiveMaximum":
        return f"须小于 {expected}（现为 {_shown(instance)}）"
    if kind == "minItems":
        return "列表不能为空" if expected == 1 else f"列表至少须有 {expected} 项"
    if kind == "maxItems":
        return f"列表最多 {expected} 项"
    if kind == "minLength":
        return "不能为空" if expected == 1 else f"至少 {expected} 个字符"
    if kind == "maxLength":
        return f"最多 {expected} 个字符"
    if kind in ("minProperties",):
        return "不能为空" if expected == 1 else f"至少须有 {expected} 项"
    if kind in ("maxProperties",):
        return f"最多 {expected} 项"
    if kind == "pattern":
        return f"{_shown(instance)} 的写法不符合要求（应符合 {expected}）"
    if kind == "format":
        return f"{_shown(instance)} 不是有效的{'日期（YYYY-MM-DD）' if expected == 'date' else expected}"
    if kind == "uniqueItems":
        return "列表中有重复项"
    if kind in ("oneOf", "anyOf"):
        return condition_hint or "不符合任何一种允许的写法"
    if kind == "not":
        return "此处不允许这种写法"
    if kind == "contains":
        return "列表中缺少必需的一项"
    return f"不符合文件格式（技术信息：{err.message}）"
