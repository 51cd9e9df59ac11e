"""`xxgk rules init DIR`: an office's own rule folder to start from — one example rule with its cases, and a
profile that extends a shipped one and adds the office's pack. The folder is used with `--rules DIR` beside
the shipped rules (engine/rules/combine.py) and lives outside the installation, so upgrades keep it."""

from __future__ import annotations

from pathlib import Path

PACK = "office"

RULE = """\
# 示例规则：本单位考核细则的一条要求。按需修改标题、依据、条件和分值，或复制后另写新规则。
# 规则编号须以所在文件夹名（{pack}.）开头；与随附规则同编号则取代随附规则（评分时会提示）。
id: {pack}.content.work_points
title: 年度报告未说明本地政务公开工作要点的落实情况
basis: 本地政务公开工作要点及年度考核细则（示例，请改为本单位的文件名称和条款）
# 依据已核对原文时写 verified 并在 basis_source 写明出处；未核对写 unverified（随附方案按 0 分计）。
basis_status: verified
basis_source: 本单位考核细则原文（示例，请改为文件名称、文号和条款）
topic: content.missing_section
severity: minor
points: 2
applies_to:
  kind: [government_annual]
  years: {{from: 2019}}
when:
  not:
    text: 工作要点
message: 年度报告未提及本地政务公开工作要点的落实情况
why: 本单位考核细则要求各单位在年度报告中逐项说明工作要点的落实情况。
# 测试样例：xxgk rules test 逐条运行；至少一条应扣分、一条不应扣分。
examples:
  - title: 通篇未提工作要点
    facts: {{doc.kind: government_annual, doc.year: 2023}}
    text: 本机关全年主动公开政府信息一百二十条，办理依申请公开十五件。
    fires: true
  - title: 写明了工作要点的落实情况
    facts: {{doc.kind: government_annual, doc.year: 2023}}
    text: 对照本地政务公开工作要点，逐项推进并全部完成。
    fires: false
  - title: 2018年度报告不适用
    facts: {{doc.kind: government_annual, doc.year: 2018}}
    text: 本机关全年主动公开政府信息。
    fires: false
"""

PROFILE = """\
# 本单位的评分方案：继承随附方案 {parent}，再计入本单位规则包 {pack}。
# 评分时：xxgk score 报告/ --rules {folder} --profile {name}
name: {name}
title: 本单位年度报告考核方案（在 {parent} 基础上增加本单位规则）
extends: {parent}
packs: [{packs}]
# 名单（--roster）中未报送的单位按此计分；不写则为 0 分、不合格。
missing_report: {{score: 0, grade: 不合格}}
"""

README = """\
# 本单位规则

由 `xxgk rules init` 生成。此文件夹放在安装目录之外，升级 xxgk 时不受影响。

- `{pack}/content/work_points.yaml`：一条示例规则及其测试样例；
- `profiles/{name}.yaml`：继承随附方案 `{parent}` 并计入 `{pack}` 规则包的评分方案。

检查与使用：

    xxgk rules lint {folder}
    xxgk rules test {folder}
    xxgk score 报告/ --rules {folder} --profile {name} --store runs.db

同编号的规则取代随附规则、同名的方案取代随附方案，评分时会提示两边的文件。
"""


class InitError(Exception):
    """The folder cannot be written; the message says why."""


def init_pack(folder: Path, parent: str) -> list[Path]:
    from engine.batch import Engine
    shipped = Engine.load(backend="python").profiles
    if parent not in shipped.by_name:
        raise InitError(f"没有随附方案 {parent!r}；可继承的方案：{', '.join(sorted(shipped.by_name))}")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise InitError(f"{folder} 已存在且不为空；请给一个新的文件夹名")
    name = f"office-{parent.removeprefix('gov-')}"
    packs = ", ".join([*shipped.by_name[parent].packs, PACK])
    values = dict(pack=PACK, parent=parent, name=name, packs=packs, folder=folder)
    files = {folder / PACK / "content" / "work_points.yaml": RULE, folder / "profiles" / f"{name}.yaml": PROFILE,
             folder / "README.md": README}
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.format(**values), encoding="utf-8")
    return list(files)
