"""The year-end commands around a stored run: export it, write notices from it, explain a card to a person,
start an office's own rule folder; and what `xxgk score` adds for them (titles, reuse, the roster).

engine/cli.py only registers these and hands over; each command's work is in its own module (runs, roster,
notice, explain_text, rules.combine).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

EXIT_OK, EXIT_USAGE, EXIT_INPUT = 0, 2, 3
FORMATS = ("xlsx", "html", "md", "csv", "json")


def add_commands(sub) -> None:
    export = sub.add_parser("export", help="导出库中已有的一批评分（不重新评分）：xlsx、html、md、csv、json",
                            epilog="示例：\n  xxgk export --store runs.db --format xlsx --out 上报/\n"
                                   "  xxgk export --store runs.db --run 3 --format html --out 上报/",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    export.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的评分库")
    export.add_argument("--run", type=int, metavar="N", help="第 N 批（默认最近完成的一批）")
    export.add_argument("--format", required=True, choices=FORMATS, help="导出格式")
    export.add_argument("--out", type=Path, metavar="文件夹", help="写入该文件夹（默认输出到屏幕；xlsx 须给出）")

    notice = sub.add_parser("notice", help="整改通知：每个单位一份 .docx，另附一份通报 .docx",
                            epilog="示例：\n  xxgk notice --store runs.db --run 3 --out 通知/\n"
                                   "  xxgk notice --store runs.db --run 3 --agency 明湖市教育局 --out 通知/\n"
                                   "措辞在 rules/notices/ 的 notice.j2、summary.j2 中，"
                                   "可复制该文件夹修改后用 --template 指定。",
                            formatter_class=argparse.RawDescriptionHelpFormatter)
    notice.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的评分库")
    notice.add_argument("--run", type=int, metavar="N", help="第 N 批（默认最近完成的一批）")
    notice.add_argument("--agency", metavar="单位", help="只写这个单位的通知（默认每个单位一份，另加通报）")
    notice.add_argument("--out", required=True, type=Path, metavar="文件夹",
                        help="新建的文件夹：要么完整写成，要么不留下（已存在时请换一个）")
    notice.add_argument("--template", type=Path, metavar="文件夹",
                        help="通知措辞模板所在文件夹（notice.j2、summary.j2；默认 rules/notices/）")
    notice.add_argument("--date", metavar="YYYY-MM-DD", help="落款日期（默认今天）")


def add_rules_init(rsub) -> None:
    init = rsub.add_parser("init", help="新建本单位的规则文件夹：一条示例规则、其测试样例和一个继承随附方案的评分方案",
                           epilog="示例：\n  xxgk rules init 本单位规则/\n"
                                  "  xxgk rules lint 本单位规则/ && xxgk rules test 本单位规则/\n"
                                  "  xxgk score 2023/ --rules 本单位规则/ --profile office-2019",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    init.add_argument("dir", type=Path, metavar="文件夹", help="要新建的文件夹（须不存在或为空）")
    init.add_argument("--extends", default="gov-2019", metavar="方案", help="继承的随附方案（默认 gov-2019）")


def warn(engine) -> None:
    for warning in engine.warnings:
        print(warning, file=sys.stderr)


def roster_or_exit(path: Path | None):
    """The roster's agencies, None without --roster, or the exit code after printing its problems."""
    if path is None:
        return None
    from engine.roster import RosterError, load_roster
    try:
        return load_roster(path)
    except RosterError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"应报送单位名单有 {len(exc.problems)} 处问题，未评分；请改正后重试", file=sys.stderr)
        return EXIT_USAGE


@dataclass(slots=True)
class Prior:
    key: str | None  # the identity of this scoring's inputs (engine.runs.inputs_key)
    result: object | None = None  # a BatchResult read back from an identical finished run
    hashes: dict[str, str] | None = None  # each listed file's SHA-256, made for the key: the batch's, once

    def take_hashes(self) -> dict[str, str] | None:
        """The hashes, handed over once: the batch uses them up, and nothing holds them after it."""
        hashes, self.hashes = self.hashes, None
        return hashes


def may_reuse(store, args) -> bool:
    """Whether `prior_run` could find a run to reuse: not with --force, nor in a store without a finished run of
    this profile whose inputs' key was recorded (a new store: nothing compared, the files are hashed anyway)."""
    from engine import runs
    return not args.force and runs.has_keyed_run(store, args.profile)


def hashes_ahead(listed: tuple[list[str], list]) -> Callable[[], dict[str, str]]:
    """Every listed file's SHA-256 (the run's key and the store's), made by a thread while this one goes on (it
    loads the rules and starts the workers: engine.cli); `wait()` gives them by path, or {} when a file could not
    be read or the listing had errors (`prior_run` then does as it would have)."""
    import threading

    from engine.records import file_hashes
    files, errors = listed
    out: dict[str, str] = {}
    if errors:
        return lambda: out

    def work() -> None:
        with contextlib.suppress(OSError):
            out.update(zip(files, file_hashes(files), strict=True))

    thread = threading.Thread(target=work, name="hashes-ahead", daemon=True)
    thread.start()

    def wait() -> dict[str, str]:
        thread.join()
        return out
    return wait


def prior_run(store, listed: tuple[list[str], list], args, today: date | None,
              hashed: dict[str, str] | None = None) -> Prior:
    """An identical finished run to reuse (same files, rules, profile, roster and date), unless --force. Checked
    before the rules are compiled: the rules' version is a digest of their files (engine.rules.combine).
    `listed`: the paths' files and errors as engine.pipeline.listing gives them; `hashed`: their SHA-256 by path
    made already (`hashes_ahead`)."""
    from engine import runs
    from engine.batch import BatchResult
    from engine.rules.combine import layers, version
    files, errors = listed
    hashes: dict[str, str] = dict(hashed or {})
    key = None if errors else runs.inputs_key(files, version(layers(args.rules)), args.profile,
                                              (today or date.today()).isoformat(),
                                              [args.roster] if args.roster else [],
                                              f"year={args.year}" if args.year is not None else "", hashes)
    if key is None or args.force:
        return Prior(key, hashes=hashes or None)
    run_id = runs.reusable(store, key)
    if run_id is None:
        return Prior(key, hashes=hashes)
    if args.title:
        runs.remember(store, run_id, None, args.title)
    info = runs.pick(store, run_id)
    cards, _ = runs.stored_cards(store, run_id)
    print(f"与{info.describe()}的文件、规则、方案和日期都相同：沿用其结果，未新增批次（--force 重新评分）",
          file=sys.stderr)
    return Prior(key, BatchResult(cards=cards, run_id=run_id))


def after_run(store, engine, result, roster, args, prior: Prior | None) -> None:
    """The roster applied to the new run's cards (and stored with them), its title and key recorded."""
    if roster is not None:
        from engine.roster import NOT_ON_ROSTER, apply_roster, roster_year
        year = roster_year(result.cards, args.year)
        # the roster edits cards in place: a batch's cards (read back from disk on use) become a list here
        result.cards = apply_roster(list(result.cards), roster, engine.profiles, args.profile, year)
        missing = sum(1 for c in result.cards if not c.submitted)
        outside = sum(1 for c in result.cards if c.unranked_reason == NOT_ON_ROSTER)
        print(f"应报送单位名单按 {year if year is not None else '（无年度）'} 年度核对：{len(roster)} 家应报送，"
              f"未报送 {missing} 家，名单外 {outside} 家" + ("" if args.year is not None else "（--year 可指定年度）"),
              file=sys.stderr)
        if store is not None:
            store.finish_run(result.run_id, result.cards)
    if store is not None:
        from engine import runs
        clean = not result.errors  # a run with unreadable files is never reused: the files may be fixed
        runs.remember(store, result.run_id, prior.key if prior and clean else None, args.title)
        if args.title:
            print(f"第 {result.run_id} 批评分已入库：{args.title}", file=sys.stderr)


def run(args) -> int:
    from engine.runs import RunError
    from engine.store import Store, StoreError
    try:
        store = Store(args.store, readonly=True)  # reads a stored run; writes nothing to the store
        return _export(args, store) if args.command == "export" else _notice(args, store)
    except (StoreError, RunError) as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE


def _engine():
    from engine.batch import Engine
    return Engine.load(backend="python")


def _export(args, store) -> int:
    from engine import runs
    from engine.render import BINARY, SUFFIX, render
    info = runs.pick(store, args.run)
    cards, reviewed = runs.stored_cards(store, info.id, lambda: _engine().profiles)
    body = render(cards, args.format)
    state = "复核后" if reviewed else "自动评分"
    if args.out is None:
        if args.format == "xlsx" and sys.stdout.isatty():
            print("xxgk: xlsx 是二进制文件；请用 --out 文件夹，或重定向到文件", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(body, bytes):
            sys.stdout.buffer.write(body)
        else:
            sys.stdout.write(body)
    else:
        target = args.out / f"评分结果-第{info.id}批{SUFFIX[args.format]}"
        data = body if args.format in BINARY or isinstance(body, bytes) else body.encode("utf-8")
        write_atomically(target, data)
        print(f"已写入 {target}", file=sys.stderr)
    print(f"导出{info.describe()}，{state}结果", file=sys.stderr)
    return EXIT_OK


def write_atomically(target: Path, data: bytes) -> None:
    """Written beside its place and renamed over it: a reader never sees half a file."""
    import os
    import tempfile
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _notice(args, store) -> int:
    from engine import notice, runs
    try:
        signed = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError:
        print(f"xxgk: --date 应为 YYYY-MM-DD，而不是 {args.date!r}", file=sys.stderr)
        return EXIT_USAGE
    try:
        template = notice.load_template(args.template)
    except notice.TemplateError as exc:
        print(f"{exc}", file=sys.stderr)
        return EXIT_USAGE
    info = runs.pick(store, args.run)
    engine = _engine()
    cards, reviewed = runs.stored_cards(store, info.id, lambda: engine.profiles)
    if args.agency:
        chosen = notice.find_agency(cards, args.agency)
        if isinstance(chosen, str):
            print(f"xxgk: {chosen}", file=sys.stderr)
            return EXIT_USAGE
    else:
        chosen = None
    if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
        print(f"xxgk: {args.out} 已存在且不为空；通知文件夹须是新的（换一个名称，或先移走旧的）", file=sys.stderr)
        return EXIT_USAGE
    titles = {r.id: r.title for r in engine.ruleset.rules}
    written = notice.write_notices(cards, chosen, args.out, template, info, reviewed, signed, titles)
    print(f"已写入 {args.out}：{written} 份文件（{info.describe()}，{'复核后' if reviewed else '自动评分'}结果）",
          file=sys.stderr)
    return EXIT_OK


def explain(args) -> int:
    """扣N分：what was found, the basis, the quote and where it is — from the store, or a file scored now."""
    from engine.explain_text import explain_file, explain_stored
    if args.store:
        if len(args.target) != 2:
            print("xxgk: 用法：xxgk explain --store 评分库 单位名称 年度（例如 明湖市人民政府 2023）", file=sys.stderr)
            return EXIT_USAGE
        return explain_stored(args.store, args.target[0], args.target[1], args.run)
    if len(args.target) != 1:
        print("xxgk: 不带 --store 时只给一份报告文件；查库请加 --store", file=sys.stderr)
        return EXIT_USAGE
    return explain_file(Path(args.target[0]), args.rules)


def rules_init(args) -> int:
    from engine.rules.local_pack import InitError, init_pack
    try:
        written = init_pack(args.dir, args.extends)
    except InitError as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    for path in written:
        print(f"已写入 {path}")
    print(f"下一步：xxgk rules lint {args.dir} && xxgk rules test {args.dir}；"
          f"评分时加 --rules {args.dir} --profile office-{args.extends.removeprefix('gov-')}", file=sys.stderr)
    return EXIT_OK
