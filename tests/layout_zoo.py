"""The layout zoo: the statutory tables rendered to HTML, DOCX and PDF, then flattened by the tools scrapers use.

`Report` holds one report's 表二, 表三 and 表四 in the 2021 format or the 2019 trial format (values drawn by
bench/synth.py, so every identity holds and the numbers differ from cell to cell). It renders them with
the row and column spans sites use (表三's 三、本年度办理结果 spans 22 rows, 申请人情况 spans 7 columns) as:

- HTML (a gov-site page with a menu and a footer), DOCX (python-docx, merged cells) and PDF (reportlab
  grid tables, Chromium printing the HTML, LibreOffice exporting the DOCX);
- text, through each tool a user or a scraper would use: Chromium's innerText, lynx/w3m/html2text -dump,
  pdftotext (reading order, -raw, -layout), pypdfium2, python-docx's cells, LibreOffice's txt export;
- and hand-made flattenings: one cell per line, tab- and space-separated rows, `|` rows, blank lines
  between values, wrapped labels after their numbers, empty cells.

`expected()` is the table facts a right reading gives.
"""

from __future__ import annotations

import html
import random
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from synth import T3_LABELS, T3_LABELS_TRIAL, table3_grid, table4_values

from engine.parse.tables import T3_COLUMNS, T3_ROWS_2021, T3_ROWS_TRIAL, T4_BLOCKS, T4_COLUMNS

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
T3_HEAD = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
T3_SUB = ("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
T4_PARTS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")

# A cell of a rendered grid: text, rowspan, colspan. Rows list only the cells that start in them (HTML's model).
Cell = tuple[str, int, int]


@dataclass(frozen=True)
class Report:
    trial: bool
    t2_rules: tuple[int, int, int]
    t2_docs: tuple[int, int, int]
    licensing: int
    punishment: int
    enforcement: int
    fees: float
    t3: tuple[tuple[int, ...], ...]
    t4: tuple[int, ...]

    # ------------------------------------------------------------------ facts a right reading gives
    def expected(self) -> dict[str, float]:
        out: dict[str, float] = {}
        rows = T3_ROWS_TRIAL if self.trial else T3_ROWS_2021
        for (key, _), row in zip(rows, self.t3, strict=True):
            for col, value in zip(T3_COLUMNS, row, strict=True):
                out[f"table3.{key}.{col}"] = value
        for b, block in enumerate(T4_BLOCKS):
            for c, col in enumerate(T4_COLUMNS):
                out[f"table4.{block}.{col}"] = self.t4[b * 5 + c]
        out["table2.licensing"] = self.licensing
        out["table2.punishment"] = self.punishment
        out["table2.enforcement"] = self.enforcement
        # the trial format's columns are 本年新制作/新公开/对外公开总数量 (no 废止) and its 收费 row has no amount
        columns = ("issued", None, "effective") if self.trial else ("issued", "repealed", "effective")
        for name, values in (("rules", self.t2_rules), ("normative", self.t2_docs)):
            for col, value in zip(columns, values, strict=True):
                if col:
                    out[f"table2.{name}.{col}"] = value
        if not self.trial:
            out["table2.fees_wan"] = self.fees
        return out

    # ------------------------------------------------------------------ the grids, with spans
    def table2(self) -> list[list[Cell]]:
        def row(*cells: str | int | float) -> list[Cell]:
            return [(_fmt(c), 1, 1) for c in cells]

        def title(text: str) -> list[Cell]:
            return [(text, 1, 4)]

        if not self.trial:
            return [title("第二十条第（一）项"), row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
                    row("规章", *self.t2_rules), row("行政规范性文件", *self.t2_docs),
                    title("第二十条第（五）项"), [("信息内容", 1, 1), ("本年处理决定数量", 1, 3)],
                    [("行政许可", 1, 1), (str(self.licensing), 1, 3)],
                    title("第二十条第（六）项"), [("信息内容", 1, 1), ("本年处理决定数量", 1, 3)],
                    [("行政处罚", 1, 1), (str(self.punishment), 1, 3)],
                    [("行政强制", 1, 1), (str(self.enforcement), 1, 3)],
                    title("第二十条第（八）项"), [("信息内容", 1, 1), ("本年收费金额（单位：万元）", 1, 3)],
                    [("行政事业性收费", 1, 1), (_fmt(self.fees), 1, 3)]]
        return [title("第二十条第（一）项"), row("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
                row("规章", *self.t2_rules), row("规范性文件", *self.t2_docs),
                title("第二十条第（五）项"), row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                row("行政许可", 37, 2, self.licensing), row("其他对外管理服务事项", 12, 0, 45),
                title("第二十条第（六）项"), row("信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
                row("行政处罚", 64, -3, self.punishment), row("行政强制", 8, 1, self.enforcement),
                title("第二十条第（八）项"), row("信息内容", "上一年项目数量", "本年增/减", ""),
                row("行政事业性收费", 6, 0, ""),
                title("第二十条第（九）项"), row("信息内容", "采购项目数量", "采购总金额", ""),
                row("政府集中采购", 17, "286.40", "")]

    def table3(self) -> list[list[Cell]]:
        labels = T3_LABELS_TRIAL if self.trial else T3_LABELS
        grid: list[list[Cell]] = [[(T3_HEAD, 3, 3), ("申请人情况", 1, 7)],
                                  [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)],
                                  [(s, 1, 1) for s in T3_SUB]]
        sizes = _group_sizes(labels)
        results = len(labels) - 3  # rows from (一)予以公开 to (七)总计
        for i, ((label, group), values) in enumerate(zip(labels, self.t3, strict=True)):
            cells: list[Cell] = []
            nums = [(str(v), 1, 1) for v in values]
            if i < 2 or i == len(labels) - 1:
                cells.append((label, 1, 3))
            else:
                if i == 2:
                    cells.append(("三、本年度办理结果", results, 1))
                if group:
                    cells.append((group, sizes[group], 1))
                    cells.append((label, 1, 1))
                elif label[:1].isdigit():  # a numbered row under a group label
                    cells.append((label, 1, 1))
                else:
                    cells.append((label, 1, 2))
            grid.append(cells + nums)
        return grid

    def table4(self) -> list[list[Cell]]:
        return [[("行政复议", 1, 5), ("行政诉讼", 1, 10)],
                [*((p, 2, 1) for p in T4_PARTS), ("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
                [(p, 1, 1) for p in T4_PARTS * 2],
                [(str(v), 1, 1) for v in self.t4]]

    def sections(self) -> list[tuple[str, str, list[list[Cell]] | None]]:
        """(heading, prose, table) in the report's order."""
        return [
            ("一、总体情况", "本年度，本机关依照《中华人民共和国政府信息公开条例》，把公开工作同业务工作一起部署，"
                         "按时更新公开目录，做好政策解读和依申请公开答复。", None),
            ("二、主动公开政府信息情况", "", self.table2()),
            ("三、收到和处理政府信息公开申请情况", "", self.table3()),
            ("四、政府信息公开行政复议、行政诉讼情况", "", self.table4()),
            ("五、存在的主要问题及改进情况", "一是栏目维护不够及时；二是解读形式较为单一。下一步将加强审核。", None),
            ("六、其他需要报告的事项", "本年度未收取信息处理费。", None),
        ]

    @property
    def title(self) -> str:
        return f"青禾县农业农村局{2019 if self.trial else 2023}年政府信息公开工作年度报告"


def _fmt(value: str | int | float) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _group_sizes(labels: tuple[tuple[str, str], ...]) -> dict[str, int]:
    """Rows under each group label ((三)不予公开 …): its numbered rows "1.…", "2.…" that follow."""
    sizes: dict[str, int] = {}
    current = ""
    for label, group in labels:
        if group:
            current = group
            sizes[current] = 0
        if current and label[:1].isdigit():
            sizes[current] += 1
        else:
            current = ""
    return sizes


def sample(trial: bool, seed: int = 7) -> Report:
    rng = random.Random(seed)
    grid = table3_grid(rng, "city", trial)
    t4 = table4_values(rng, grid[0][6])
    return Report(trial=trial, t2_rules=(3, 1, 42), t2_docs=(17, 4, 126), licensing=rng.randint(1000, 9000),
                  punishment=rng.randint(100, 999), enforcement=rng.randint(10, 99), fees=236.5,
                  t3=tuple(tuple(r) for r in grid), t4=tuple(t4))


# ---------------------------------------------------------------------- the grid as a dense matrix


def dense(grid: list[list[Cell]]) -> list[list[tuple[str, bool]]]:
    """Rows × columns of (text, is_origin): spanned positions repeat the text with is_origin False."""
    out: list[list[tuple[str, bool] | None]] = []
    for r, cells in enumerate(grid):
        while len(out) <= r:
            out.append([])
        row = out[r]
        c = 0
        for text, rs, cs in cells:
            while c < len(row) and row[c] is not None:
                c += 1
            for dr in range(rs):
                while len(out) <= r + dr:
                    out.append([])
                target = out[r + dr]
                while len(target) < c + cs:
                    target.append(None)
                for dc in range(cs):
                    target[c + dc] = (text, dr == 0 and dc == 0)
            c += cs
    width = max(len(r) for r in out)
    return [[cell or ("", False) for cell in row] + [("", False)] * (width - len(row)) for row in out]


# ---------------------------------------------------------------------- renderers


def to_html(report: Report) -> str:
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>年度报告</title>",
             "<style>table{border-collapse:collapse}td{border:1px solid #000;padding:2px}</style></head><body>",
             "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> <a href='/hd'>互动交流</a></div>",
             f"<div class='article'><h1>{html.escape(report.title)}</h1>"]
    for heading, prose, table in report.sections():
        parts.append(f"<p>{html.escape(heading)}</p>")
        if prose:
            parts.append(f"<p>{html.escape(prose)}</p>")
        if table:
            parts.append("<table>")
            for row in table:
                tds = "".join(f"<td{_span(rs, cs)}>{html.escape(text)}</td>" for text, rs, cs in row)
                parts.append(f"<tr>{tds}</tr>")
            parts.append("</table>")
    parts.append("</div><div class='footer'>版权所有：青禾县人民政府 主办单位：青禾县政府办</div></body></html>")
    return "\n".join(parts)


def _span(rs: int, cs: int) -> str:
    return (f" rowspan='{rs}'" if rs > 1 else "") + (f" colspan='{cs}'" if cs > 1 else "")


def to_docx(report: Report, path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(report.title)
    for heading, prose, table in report.sections():
        document.add_paragraph(heading)
        if prose:
            document.add_paragraph(prose)
        if table:
            matrix = dense(table)
            t = document.add_table(rows=len(matrix), cols=len(matrix[0]))
            placed: set[tuple[int, int]] = set()
            r = 0
            for r, cells in enumerate(table):
                c = 0
                for text, rs, cs in cells:
                    while (r, c) in placed:
                        c += 1
                    cell = t.cell(r, c)
                    if rs > 1 or cs > 1:
                        cell = cell.merge(t.cell(r + rs - 1, c + cs - 1))
                    cell.text = text
                    placed.update((r + dr, c + dc) for dr in range(rs) for dc in range(cs))
                    c += cs
    document.save(str(path))
    return path


def to_pdf_reportlab(report: Report, path: Path) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
    body = ParagraphStyle("body", fontName="WQY", fontSize=10, leading=14, wordWrap="CJK")
    cell = ParagraphStyle("cell", fontName="WQY", fontSize=7, leading=9, wordWrap="CJK")
    story = [Paragraph(report.title, body)]
    for heading, prose, table in report.sections():
        story.append(Paragraph(heading, body))
        if prose:
            story.append(Paragraph(prose, body))
        if table:
            matrix = dense(table)
            data = [[Paragraph(html.escape(text), cell) if origin else "" for text, origin in row] for row in matrix]
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, -1), "WQY", 7),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            for r, cells in enumerate(table):
                c = 0
                for _text, rs, cs in cells:
                    while c < len(matrix[r]) and not matrix[r][c][1]:
                        c += 1
                    if rs > 1 or cs > 1:
                        style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
                    c += cs
            width = 500 / len(matrix[0])
            story.append(Table(data, colWidths=[width] * len(matrix[0]), style=TableStyle(style)))
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def chromium(html_path: Path, pdf_path: Path | None = None) -> str:
    """innerText of the page's body in headless Chromium; with pdf_path, also print the page to PDF."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(arg)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))
    try:
        driver.get(html_path.as_uri())
        text = driver.execute_script("return document.body.innerText")
        if pdf_path is not None:
            import base64

            from selenium.webdriver.common.print_page_options import PrintOptions
            pdf_path.write_bytes(base64.b64decode(driver.print_page(PrintOptions())))
        return text
    finally:
        driver.quit()


def run(*args: str, cwd: Path | None = None) -> str:
    return subprocess.run(args, check=True, capture_output=True, cwd=cwd, timeout=180).stdout.decode("utf-8", "replace")


def libreoffice(src: Path, fmt: str, out_dir: Path) -> Path:
    """Convert with headless LibreOffice (its own profile folder, so parallel runs do not collide)."""
    profile = out_dir / "lo-profile"
    run("soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
        "--outdir", str(out_dir), str(src))
    return out_dir / f"{src.stem}.{fmt.split(':')[0]}"


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


# ---------------------------------------------------------------------- hand-made flattenings


def flattened(report: Report, style: str) -> str:
    """The report's text with its tables flattened in one of the layouts of STYLES."""
    lines = [report.title]
    for heading, prose, table in report.sections():
        lines.append(heading)
        if prose:
            lines.append(prose)
        if table:
            lines += _flatten(table, style)
    return "\n".join(lines) + "\n"


def _flatten(table: list[list[Cell]], style: str) -> list[str]:
    rows = [[text for text, _, _ in cells] for cells in table]
    if style == "cell_per_line":
        return [text for row in rows for text in row]
    if style == "blank_lines":
        return [line for row in rows for text in row for line in (text, "")]
    if style == "tabs":
        return ["\t".join(row) for row in rows]
    if style == "spaces":
        return [" ".join(row) for row in rows]
    if style == "pipes":
        return ["| " + " | ".join(row) + " |" for row in rows]
    if style == "wrapped_labels":  # a PDF puts the end of a long label after the row's numbers
        out = []
        for row in rows:
            nums = [t for t in row if t.replace(".", "").isdigit()]
            labels = [t for t in row if t not in nums]
            long = [t for t in labels if len(t) > 8]
            if long and nums:
                head = [t if t not in long else t[:6] for t in labels]
                out.append(" ".join((*head, *nums)))
                out += [t[6:] for t in long]
            else:
                out.append(" ".join(row))
        return out
    if style == "empty_cells":  # zeros left blank, in a layout that keeps the blanks (| rows)
        return [" | ".join("" if t == "0" else t for t in row) for row in rows]
    raise ValueError(style)


STYLES = ("cell_per_line", "blank_lines", "tabs", "spaces", "pipes", "wrapped_labels", "empty_cells")


# ---------------------------------------------------------------------- the whole zoo


def flatten_all(report: Report, folder: Path) -> dict[str, tuple[str, str]]:
    """Layout name → (file suffix, content) for every source and tool available on this machine."""
    name = "trial" if report.trial else "y2021"
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / f"{name}.html"
    page.write_text(to_html(report), encoding="utf-8")
    docx_path = to_docx(report, folder / f"{name}.docx")
    pdfs = {"reportlab": to_pdf_reportlab(report, folder / f"{name}-reportlab.pdf")}
    out: dict[str, tuple[str, str]] = {f"text:{s}": (".txt", flattened(report, s)) for s in STYLES}
    out["html:ingest"] = (".html", page.read_text(encoding="utf-8"))
    out["docx:ingest"] = (".docx", str(docx_path))
    if have("chromium") and have("chromedriver"):
        pdfs["chromium"] = folder / f"{name}-chromium.pdf"
        out["html:chromium-innertext"] = (".txt", chromium(page, pdfs["chromium"]))
    for tool, args in (("lynx", ("lynx", "-dump", "-nolist", "-display_charset=utf-8")), ("w3m", ("w3m", "-dump")),
                       ("html2text", ("html2text", "-utf8", "-nobs", "-width", "1000"))):
        if have(tool):
            out[f"html:{tool}"] = (".txt", run(*args, str(page)))
    out["docx:python-docx-cells"] = (".txt", _python_docx_text(docx_path))
    if have("soffice"):
        out["docx:libreoffice-txt"] = (".txt", libreoffice(docx_path, "txt:Text (encoded):UTF8", folder)
                                       .read_text(encoding="utf-8-sig"))
        pdfs["libreoffice"] = libreoffice(docx_path, "pdf", folder).rename(folder / f"{name}-libreoffice.pdf")
        out["doc:libreoffice"] = (".doc", str(libreoffice(docx_path, "doc", folder)))  # Word 97-2003, as sites post
    for maker, pdf in pdfs.items():
        out[f"pdf-{maker}:ingest"] = (".pdf", str(pdf))
        if have("pdftotext"):
            for mode, flags in (("reading", ()), ("raw", ("-raw",)), ("layout", ("-layout",))):
                text = run("pdftotext", *flags, "-enc", "UTF-8", str(pdf), "-")
                out[f"pdf-{maker}:pdftotext-{mode}"] = (".txt", text)
    return out


def _python_docx_text(path: Path) -> str:
    """What a script built on python-docx writes: paragraphs, then each table's cells row by row, one per line
    (python-docx repeats a merged cell in every position it covers)."""
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)
