"""A year-end batch as it really arrives: gov-site HTML pages, multi-page PDFs with grid tables and Word files.

    python bench/mixed.py --n 2000 [--seed S] [--jobs J] [--sample 200] [--keep DIR] [--dask] [--only-generate]
                          [--src OTHER_CHECKOUT]

Makes N files from bench/synth.py's synthetic reports (the same reports, seed for seed): half as gov-site pages of
~120 KB (navigation, side menus, inline styles and scripts, a footer; one page in five GBK), 35% as PDFs of 4-5
pages whose statistics tables are ruled grids (reportlab), 15% as .docx with real tables. Then runs the real CLI
end to end with a store (`xxgk score DIR --store X.db --jobs J`, in a child process) and prints:

- reports/s and MB/s end to end, peak RSS of the parent and of the largest worker, CPU per report of both;
- the per-stage split on one core over a sample (ingest by format, parse, derive, rules, scoring);
- the floor measured in the same run: read each file and extract its text the fastest way there is, no
  parsing (selectolax body text, PDFium text, document.xml's text nodes), on one core and scaled to J cores,
  and the ratio of the floor to the end-to-end rate.

A benchmark, not a test; generating the files is not counted.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# --src OTHER runs this script again with XXGK_BENCH_SRC=OTHER: that checkout's engine is measured (workers too)
sys.path.insert(0, os.environ.get("XXGK_BENCH_SRC") or str(Path(__file__).resolve().parents[1]))

import synth  # noqa: E402  (a sibling script)

TODAY = "2026-12-01"  # the date the cards are scored on: the same in every run, so cards compare
FONT = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
SHARES = (("html", 0.50), ("pdf", 0.35), ("docx", 0.15))
_NUM = re.compile(r"[0-9]+(?:\.[0-9]+)?")


# ------------------------------------------------------------------------------------------------ the corpus


def blocks(text: str) -> list[tuple[str, object]]:
    """A synthetic report's lines as ("p", line) and ("table", rows): `|` rows, and label-and-numbers rows."""
    out: list[tuple[str, object]] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split(" | ")] if " | " in line else _label_and_numbers(line)
        if cells:
            if out and out[-1][0] == "table":
                out[-1][1].append(cells)  # type: ignore[union-attr]
            else:
                out.append(("table", [cells]))
        else:
            out.append(("p", line))
    return out


def _label_and_numbers(line: str) -> list[str]:
    """A flattened table row "label [label] n n n" as cells, or [] for a line of prose."""
    parts = line.split(" ")
    k = next((i for i, part in enumerate(parts) if _NUM.fullmatch(part)), len(parts))
    numeric = k >= 1 and len(parts) - k >= 2 and all(_NUM.fullmatch(part) for part in parts[k:])
    return parts if numeric else []


def _chrome(rng: random.Random) -> tuple[str, str, str]:
    """(head, top, bottom) of a gov-site page: ~110 KB of styles, scripts, menus, related links and footer."""
    words = ("首页", "政务公开", "政策文件", "政策解读", "办事服务", "互动交流", "走进本地", "通知公告", "人事信息",
             "财政资金", "重点领域", "建议提案", "统计数据", "规划计划", "公开指南", "公开目录", "依申请公开")
    css = "".join(f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 4099 % 0xFFFFFF:06x};"
                  f"font-size:{12 + i % 6}px;line-height:1.{i % 9}}}\n" for i in range(700))
    js = "".join(f"function f{i}(a,b){{var x=a*{i}+b;if(x>{i}){{return document.getElementById('m{i}')}}"
                 f"return x;}}\n" for i in range(600))
    head = (f"<head><meta http-equiv='Content-Type' content='text/html; charset=CHARSET'><title>年度报告</title>"
            f"<style>{css}</style><script>{js}</script><script src='/js/jquery.min.js'></script></head>")
    nav = "".join(f"<li><a href='/col/{i}/index.html'>{rng.choice(words)}</a></li>" for i in range(60))
    side = "".join(f"<li class='item'><a href='/list/{i}.html'>{rng.choice(words)}{rng.choice(words)}</a></li>"
                   for i in range(160))
    related = "".join(f"<li><a href='/art/{i}.html'>{rng.choice(words)}工作{rng.choice(words)}情况</a>"
                      f"<span>2024-0{1 + i % 9}-1{i % 9}</span></li>" for i in range(40))
    top = (f"<div class='header'><div class='topbar'><a href='/'>无障碍</a> <a href='/en'>English</a></div>"
           f"<div class='nav'><ul>{nav}</ul></div></div><div class='main'><div class='sidebar'><ul>{side}</ul></div>"
           "<div class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk'>政务公开</a></div>")
    bottom = (f"<div class='related'><h3>相关链接</h3><ul>{related}</ul></div></div>"
              "<div class='footer'>版权所有：本地人民政府 网站标识码 0000000000 ICP备00000000号</div>"
              "<script>var _hmt=_hmt||[];(function(){var hm=document.createElement('script');})();</script>")
    return head, top, bottom


def to_html(s: synth.Synth, chrome: tuple[str, str, str]) -> bytes:
    head, top, bottom = chrome
    parts = []
    for kind, value in blocks(s.text):
        if kind == "p":
            parts.append(f"<p>{html.escape(str(value))}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                           for row in value)  # type: ignore[union-attr]
            parts.append(f"<table border='1'>{rows}</table>")
    gbk = s.encoding == "gbk"
    page = (f"<!DOCTYPE html><html>{head.replace('CHARSET', 'gb2312' if gbk else 'utf-8')}<body>{top}"
            f"<div class='article'><div class='article-content'>{''.join(parts)}</div></div>{bottom}</body></html>")
    return page.encode("gbk", "xmlcharrefreplace") if gbk else page.encode("utf-8")


_DOCX: list = []  # python-docx's default package, made once per process: (parts, head, tail) of document.xml
_BORDERS = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                   for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
PAGE_TWIPS = 8300  # the text width of the default A4 page


def _docx_package() -> tuple[dict[str, bytes], str, str]:
    """Every .docx shares python-docx's default package (styles, settings, theme); only word/document.xml is
    written per file, as Word writes it: paragraphs and ruled tables (w:tbl, w:tblGrid, one w:tc per cell)."""
    if not _DOCX:
        import docx

        out = io.BytesIO()
        docx.Document().save(out)
        with zipfile.ZipFile(out) as z:
            parts = {name: z.read(name) for name in z.namelist()}
        document = parts["word/document.xml"].decode("utf-8")
        at = document.index("<w:sectPr")
        _DOCX.append((parts, document[:document.index("<w:body>") + len("<w:body>")], document[at:]))
    return _DOCX[0]


def _w_p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p>'


def to_docx(s: synth.Synth) -> bytes:
    parts, head, tail = _docx_package()
    body = []
    for kind, value in blocks(s.text):
        if kind == "p":
            body.append(_w_p(str(value)))
            continue
        rows = value  # type: ignore[assignment]
        width = max(len(r) for r in rows)  # type: ignore[union-attr]
        col = PAGE_TWIPS // width
        cells = "".join("<w:tr>" + "".join(f'<w:tc><w:tcPr><w:tcW w:w="{col}" w:type="dxa"/></w:tcPr>{_w_p(c)}</w:tc>'
                                           for c in [*row, *[""] * (width - len(row))]) + "</w:tr>"
                        for row in rows)  # type: ignore[union-attr]
        grid = f'<w:gridCol w:w="{col}"/>' * width
        body.append(f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{_BORDERS}</w:tblBorders>'
                    f'<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{cells}</w:tbl>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, (head + "".join(body) + tail).encode("utf-8") if name == "word/document.xml" else data)
    return out.getvalue()


_STYLES: dict[str, object] = {}


def to_pdf(s: synth.Synth) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    if not _STYLES:
        pdfmetrics.registerFont(TTFont("WQY", str(FONT), subfontIndex=0))
        _STYLES["p"] = ParagraphStyle("p", fontName="WQY", fontSize=10.5, leading=17, wordWrap="CJK")
        _STYLES["cell"] = ParagraphStyle("cell", fontName="WQY", fontSize=7, leading=9, wordWrap="CJK")
    story = []
    for kind, value in blocks(s.text):
        if kind == "p":
            story.append(Paragraph(html.escape(str(value)), _STYLES["p"]))
            continue
        rows = value  # type: ignore[assignment]
        width = max(len(r) for r in rows)
        data = [[Paragraph(html.escape(c), _STYLES["cell"]) for c in row] + [""] * (width - len(row)) for row in rows]
        first = min(160.0, 480.0 / width * 2.5) if width > 1 else 480.0
        cols = [first] + [(480.0 - first) / (width - 1)] * (width - 1) if width > 1 else [first]
        story.append(Table(data, colWidths=cols, repeatRows=0,
                           style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)])))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _make(args: tuple[int, synth.Synth, str, str]) -> tuple[str, int]:
    index, s, fmt, folder = args
    stem = Path(s.name).stem
    if fmt == "html":
        data = to_html(s, _chrome(random.Random(index)))
    elif fmt == "pdf":
        data = to_pdf(s)
    else:
        data = to_docx(s)
    name = f"{stem}.{fmt}"
    (Path(folder) / name).write_bytes(data)
    return name, len(data)


def write_corpus(folder: Path, n: int, seed: int, jobs: int) -> tuple[list[tuple[Path, str]], int]:
    """The mixed files and their generator kinds (for throughput.run), and their total size."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    docs = list(synth.generate_reports(n, seed))
    formats = rng.choices([f for f, _ in SHARES], weights=[w for _, w in SHARES], k=n)
    work = [(i, s, f, str(folder)) for i, (s, f) in enumerate(zip(docs, formats, strict=True))]
    with ProcessPoolExecutor(jobs) as pool:
        made = list(pool.map(_make, work, chunksize=8))
    files = [(folder / name, s.parsed_kind) for (name, _), s in zip(made, docs, strict=True)]
    return files, sum(size for _, size in made)


# ------------------------------------------------------------------------------------------------ the floor


def floor_text(path: Path) -> int:
    """Read a file and extract its text the fastest way there is, no cleaning: characters extracted."""
    data = path.read_bytes()
    suffix = path.suffix
    if suffix == ".html":
        from selectolax.lexbor import LexborHTMLParser

        text = data.decode("utf-8") if b"gb2312" not in data[:600] else data.decode("gb18030")
        tree = LexborHTMLParser(text)
        return len(tree.body.text() if tree.body else "")
    if suffix == ".pdf":
        # PDFium's C functions page by page (engine.ingest.pdf.page_texts: the fastest reading known, without
        # the byte-level safety checks extract() adds)
        from engine.ingest.pdf import page_texts

        return sum(len(text) for text in page_texts(data))
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return sum(len(t) for t in root.itertext())


def measure_floor(files: list[Path]) -> dict[str, float]:
    by_format: dict[str, list[float]] = defaultdict(list)
    t_all = time.perf_counter()
    for path in files:
        t0 = time.perf_counter()
        floor_text(path)
        by_format[path.suffix[1:]].append(time.perf_counter() - t0)
    wall = time.perf_counter() - t_all
    out = {f"{fmt}_ms": 1000 * sum(v) / len(v) for fmt, v in by_format.items()}
    out["files_per_s"] = len(files) / wall
    return out


# ------------------------------------------------------------------------------------------------ the CLI run


def _cli(corpus: str, db: str, out: str, jobs: int, fmt: str = "csv", scheduler: str | None = None) -> None:
    """The real CLI in this (fresh) process, so RUSAGE_SELF is the parent and RUSAGE_CHILDREN its workers."""
    from engine.cli import main

    t0 = time.perf_counter()
    argv = ["score", corpus, "--store", db, "--jobs", str(jobs), "--format", fmt, "--out", out, "--today", TODAY]
    code = main(argv + (["--scheduler", scheduler] if scheduler else []))
    wall = time.perf_counter() - t0
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"code": code, "wall": wall, "parent_mb": me.ru_maxrss / 1024, "worker_mb": kids.ru_maxrss / 1024,
                      "parent_cpu": me.ru_utime + me.ru_stime, "worker_cpu": kids.ru_utime + kids.ru_stime}))


def stage_split(sample: list[tuple[Path, str]]) -> tuple[dict, dict[str, float]]:
    """throughput.run's per-stage times on one core, and ingest time by format."""
    import throughput

    from engine.ingest import load

    ingest: dict[str, list[float]] = defaultdict(list)
    for path, _ in sample:
        t0 = time.perf_counter()
        try:
            load(path)
        except Exception:  # noqa: BLE001 - a bench: an unreadable file is counted by the CLI run
            continue
        ingest[path.suffix[1:]].append(time.perf_counter() - t0)
    return throughput.run(sample, "durable"), {f: 1000 * sum(v) / len(v) for f, v in ingest.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--sample", type=int, default=200, help="files timed stage by stage on one core")
    p.add_argument("--keep", type=Path, metavar="DIR", help="write the files here and keep them (reused if there)")
    p.add_argument("--dask", action="store_true",
                   help="also score the corpus on a local Dask cluster of 2 worker processes (--scheduler) and "
                        "compare its scorecards with the local pool's, card by card")
    p.add_argument("--only-generate", action="store_true", help="make (or find) the corpus and stop")
    p.add_argument("--src", type=Path, help="measure the engine of this other checkout (e.g. the commit before)")
    p.add_argument("--cli", nargs=3, metavar=("CORPUS", "DB", "OUT"), help=argparse.SUPPRESS)
    p.add_argument("--cli-format", default="csv", help=argparse.SUPPRESS)
    p.add_argument("--cli-scheduler", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.src:
        rest = sys.argv[1:] if argv is None else list(argv)
        rest = [a for k, a in enumerate(rest) if a != "--src" and (k == 0 or rest[k - 1] != "--src")]
        env = dict(os.environ, XXGK_BENCH_SRC=str(args.src.resolve()), PYTHONPATH=str(args.src.resolve()))
        print(f"engine of {args.src.resolve()}", flush=True)
        return subprocess.run([sys.executable, __file__, *rest], env=env).returncode
    if args.cli:
        _cli(*args.cli, args.jobs, args.cli_format, args.cli_scheduler)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.keep or Path(tmp) / "corpus"
        listing = corpus / ".mixed.json"  # reused by later runs with the same --n and --seed; hidden: xxgk skips it
        t0 = time.perf_counter()
        if listing.exists() and json.loads(listing.read_text())["key"] == [args.n, args.seed]:
            kept = json.loads(listing.read_text())
            files, size = [(corpus / name, kind) for name, kind in kept["files"]], kept["size"]
        else:
            files, size = write_corpus(corpus, args.n, args.seed, args.jobs)
            listing.write_text(json.dumps({"key": [args.n, args.seed], "size": size,
                                           "files": [(path.name, kind) for path, kind in files]}))
        mix = {f: sum(1 for path, _ in files if path.suffix == f".{f}") for f, _ in SHARES}
        print(f"N = {args.n} files ({', '.join(f'{v} {k}' for k, v in mix.items())}), {size / 2**20:.1f} MB, "
              f"generated in {time.perf_counter() - t0:.1f} s (not counted)", flush=True)
        if args.only_generate:
            return 0
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
        db, out = Path(tmp) / "runs.db", Path(tmp) / "out"
        fmt = "json" if args.dask else "csv"
        cmd = [sys.executable, __file__, "--jobs", str(args.jobs), "--cli", str(corpus), str(db), str(out),
               "--cli-format", fmt]
        run = subprocess.run(cmd, check=True, capture_output=True, text=True)
        m = json.loads(run.stdout.splitlines()[-1])
        rate = args.n / m["wall"]
        print(f"xxgk score DIR --store X.db --jobs {args.jobs}: {m['wall']:.1f} s -> {rate:.0f} reports/s, "
              f"{size / 2**20 / m['wall']:.2f} MB/s (exit {m['code']})")
        print(f"peak RSS: parent {m['parent_mb']:.0f} MB, largest worker {m['worker_mb']:.0f} MB")
        print(f"CPU per report (user + system, what the load cannot inflate much): parent "
              f"{1000 * m['parent_cpu'] / args.n:.2f} ms + workers {1000 * m['worker_cpu'] / args.n:.2f} ms")
        floor = measure_floor([path for path, _ in files])
        per_format = ", ".join(f"{k[:-3]} {v:.2f} ms" for k, v in floor.items() if k.endswith("_ms"))
        scaled = floor["files_per_s"] * args.jobs
        print(f"floor (read + fastest extraction, no parsing): {floor['files_per_s']:.0f} files/s on one core "
              f"({per_format}); x{args.jobs} cores = {scaled:.0f} files/s; floor / end to end = {scaled / rate:.1f}")
        stages, ingest = stage_split(files[: args.sample])
        print(f"one core, {len(files[: args.sample])} files: ingest by format "
              + ", ".join(f"{k} {v:.1f} ms" for k, v in ingest.items()))
        st = stages["stages"]
        print("per stage, mean ms per file/report: " + ", ".join(f"{s} {st[s]['mean']:.2f}" for s in st))
        print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if args.dask:
            return on_dask(corpus, Path(tmp), out / "scorecards.json", args.n)
    return 0


def on_dask(corpus: Path, tmp: Path, local: Path, n: int) -> int:
    """The same corpus through `xxgk score --scheduler` on a local Dask cluster of 2 worker processes (one thread
    each), into a fresh store; its scorecards compared with the local pool's. Exit 1 when any card differs."""
    from distributed import LocalCluster

    out = tmp / "dask-out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        cmd = [sys.executable, __file__, "--cli", str(corpus), str(tmp / "dask.db"), str(out), "--cli-format", "json",
               "--cli-scheduler", cluster.scheduler_address]
        run = subprocess.run(cmd, check=True, capture_output=True, text=True)
    m = json.loads(run.stdout.splitlines()[-1])
    mine, theirs = (json.loads(path.read_text(encoding="utf-8")) for path in (out / "scorecards.json", local))
    by_key = lambda cards: {(c["agency"], c["period"]): c for c in cards}  # noqa: E731
    a, b = by_key(mine), by_key(theirs)
    differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    for key in differ[:20]:
        print(f"differs on Dask: {key}")
    print(f"Dask, 2 worker processes: {m['wall']:.1f} s -> {n / m['wall']:.0f} reports/s; {len(a)} cards, "
          f"{len(b)} from the local pool, {len(differ)} different")
    return 1 if differ or not a else 0


if __name__ == "__main__":
    raise SystemExit(main())
