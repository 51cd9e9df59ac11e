"""Write reports/12-nanping-amr-2023.docx: a 2023 department report with the three tables as real Word tables.

Deterministic: fixed core properties and fixed zip timestamps, so the same bytes come out on every run.
usage: python bench/make_sample_docx.py
"""

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parent.parent / "reports" / "12-nanping-amr-2023.docx"
AGENCY = "南屏县市场监督管理局"
HEADINGS = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]
FIVE = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
# 表三: label, then 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 (总计 is computed)
T3 = [
    ("一、本年新收政府信息公开申请数量", 21, 4, 0, 0, 2, 1),
    ("二、上年结转政府信息公开申请数量", 1, 0, 0, 0, 0, 0),
    ("（一）予以公开", 8, 2, 0, 0, 0, 0),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 2, 0, 0, 0, 1, 0),
    ("（三）不予公开 1.属于国家秘密", 0, 0, 0, 0, 0, 0),
    ("2.其他法律行政法规禁止公开", 0, 0, 0, 0, 0, 0),
    ("3.危及“三安全一稳定”", 0, 0, 0, 0, 0, 0),
    ("4.保护第三方合法权益", 0, 1, 0, 0, 0, 0),
    ("5.属于三类内部事务信息", 0, 0, 0, 0, 0, 0),
    ("6.属于四类过程性信息", 0, 0, 0, 0, 0, 0),
    ("7.属于行政执法案卷", 0, 0, 0, 0, 0, 0),
    ("8.属于行政查询事项", 1, 0, 0, 0, 0, 0),
    ("（四）无法提供 1.本机关不掌握相关政府信息", 6, 0, 0, 0, 1, 1),
    ("2.没有现成信息需要另行制作", 1, 0, 0, 0, 0, 0),
    ("3.补正后申请内容仍不明确", 0, 0, 0, 0, 0, 0),
    ("（五）不予处理 1.信访举报投诉类申请", 2, 0, 0, 0, 0, 0),
    ("2.重复申请", 0, 0, 0, 0, 0, 0),
    ("3.要求提供公开出版物", 0, 0, 0, 0, 0, 0),
    ("4.无正当理由大量反复申请", 0, 0, 0, 0, 0, 0),
    ("5.要求行政机关确认或重新出具已获取信息", 1, 0, 0, 0, 0, 0),
    ("（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 1, 0, 0, 0, 0, 0),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", 0, 0, 0, 0, 0, 0),
    ("3.其他", 0, 0, 0, 0, 0, 0),
]
FORWARD = ("四、结转下年度继续办理", 0, 1, 0, 0, 0, 0)
T4 = [0, 1, 0, 0, 1] + [0] * 10

PARAS = {
    "一、总体情况": [
        "（一）主动公开。全年主动公开政府信息1372条，重点公开市场主体登记、食品安全抽检结果、"
        "特种设备安全监察和行政处罚决定等信息，发布政策解读11篇。",
        "（二）依申请公开。全年新收政府信息公开申请28件，上年结转1件，办结28件，结转下年度1件。",
        "（三）政府信息管理。对拟公开信息落实保密审查，坚持“谁公开谁审查、谁审查谁负责、先审查后公开”，"
        "行政处罚决定公开前隐去当事人个人信息。",
        "（四）平台建设。在县政府门户网站开设“食品安全抽检”专栏，按月公布抽检合格与不合格情况。",
        "（五）监督保障。将政务公开纳入股室和市场监管所年度考评，全年组织培训2次。",
    ],
    "五、存在的主要问题及改进情况": [
        "上年度提出的处罚信息公开滞后问题，已通过建立7日报送机制得到改善。本年度仍存在基层所公开内容偏少、"
        "解读形式单一的问题。2024年将把基层所纳入统一发布流程，增加图解和短视频解读。",
    ],
    "六、其他需要报告的事项": [
        "本年度依据《政府信息公开信息处理费管理办法》，未收取信息处理费，收费金额为0元。",
    ],
}


def table(doc, rows):
    """A Word table; an empty string in a row extends the cell to its left (merged cell)."""
    t = doc.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        start = 0
        for j, v in enumerate(r):
            if v == "":
                t.cell(i, start).merge(t.cell(i, j))
            else:
                t.cell(i, j).text, start = str(v), j
    return t


def main():
    doc = Document()
    doc.add_heading(f"{AGENCY}2023年政府信息公开工作年度报告", level=1)
    doc.add_paragraph(f"成文日期：2024-01-25　　发布机构：{AGENCY}")
    doc.add_paragraph(
        "本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号规定的格式编制，"
        "统计期限为2023年1月1日至2023年12月31日。"
    )
    for heading in HEADINGS:
        doc.add_heading(heading, level=2)
        for p in PARAS.get(heading, []):
            doc.add_paragraph(p)
        if heading.startswith("二"):
            table(
                doc,
                [
                    ["第二十条第（一）项", "", "", ""],
                    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
                    ["规章", 0, 0, 0],
                    ["行政规范性文件", 1, 0, 6],
                ],
            )
            table(doc, [["第二十条第（五）项", ""], ["信息内容", "本年处理决定数量"], ["行政许可", 3126]])
            table(
                doc,
                [
                    ["第二十条第（六）项", ""],
                    ["信息内容", "本年处理决定数量"],
                    ["行政处罚", 268],
                    ["行政强制", 41],
                ],
            )
            table(
                doc,
                [
                    ["第二十条第（八）项", ""],
                    ["信息内容", "本年收费金额（单位：万元）"],
                    ["行政事业性收费", 0],
                ],
            )
        elif heading.startswith("三"):
            results = T3[2:]
            total = ("（七）总计", *[sum(r[c] for r in results) for c in range(1, 7)])
            head = [
                [
                    "申请人情况",
                    "自然人",
                    "商业企业",
                    "科研机构",
                    "社会公益组织",
                    "法律服务机构",
                    "其他",
                    "总计",
                ]
            ]
            body = [[r[0], *r[1:], sum(r[1:])] for r in [*T3, total, FORWARD]]
            table(doc, head + body)
        elif heading.startswith("四"):
            table(
                doc,
                [
                    [
                        "行政复议",
                        "",
                        "",
                        "",
                        "",
                        "行政诉讼：未经复议直接起诉",
                        "",
                        "",
                        "",
                        "",
                        "行政诉讼：复议后起诉",
                        "",
                        "",
                        "",
                        "",
                    ],
                    FIVE * 3,
                    T4,
                ],
            )
    doc.add_paragraph(AGENCY)
    doc.add_paragraph("2024年1月25日")

    fixed = datetime(2024, 1, 25, 9, 0, 0)
    cp = doc.core_properties
    cp.author = cp.last_modified_by = AGENCY
    cp.title = f"{AGENCY}2023年政府信息公开工作年度报告"
    cp.created = cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    OUT.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in sorted(zin.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            zout.writestr(
                zipfile.ZipInfo(name, date_time=fixed.timetuple()[:6]),
                zin.read(name),
                compress_type=zipfile.ZIP_DEFLATED,
            )
    print(OUT)


if __name__ == "__main__":
    main()
