"""The `xxgk` command: parse args, call the stages, set the exit code (see shared contract)."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

from engine import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INPUT = 0, 1, 2, 3
EXIT_TERMINATED = 128 + signal.SIGTERM  # 143, as a shell reports a process ended by SIGTERM


class Terminated(KeyboardInterrupt):
    """SIGTERM (a service manager, `kill`): stop exactly as on Ctrl-C — workers stopped, finished work stored."""


def _on_signal(signum, _frame):
    from engine import interrupts
    interrupts.stop(Terminated() if signum == signal.SIGTERM else KeyboardInterrupt())


def _limit_options(command: argparse.ArgumentParser) -> None:
    """--max-* options, one per per-file budget in engine.limits, with its default in the help."""
    from engine.limits import HELP, Limits
    group = command.add_argument_group("每个文件的上限（超过的文件记为错误，其余照常处理；见 docs/ingest.md）")
    defaults = Limits()
    for name, text in HELP.items():
        default = getattr(defaults, name)
        shown = f"{default:g}" if isinstance(default, float) else str(default)
        group.add_argument("--max-" + name.replace("_", "-"), dest=name, type=type(default), metavar="N",
                           help=f"{text}，默认 {shown}")


@contextmanager
def _limits_of(args: argparse.Namespace):
    """The command's --max-* budget for as long as it runs, then the process's own again: `main` called in a
    process that goes on (the tests, a service embedding it) leaves no budget behind for the next caller."""
    from engine import limits
    saved = limits.current()
    limits.configure(limits.from_options({name: getattr(args, name, None) for name in limits.HELP}))
    try:
        yield
    finally:
        limits.configure(saved)


EPILOG = """示例：
  xxgk score                                  为 reports/ 中附带的样例报告评分
  xxgk score reports/ --format md --out out/  把评分结果写成 Markdown，放到 out/
  xxgk score 2022/ --profile gov-2019         整个文件夹都按同一评分方案评分
  xxgk score 2022/ --format xlsx --out out/   考核表：每个类别一张排名表，可直接打印
  xxgk parse report.pdf                       从一份报告读出的事实（JSON Lines）
  xxgk rules lint                             检查每个规则文件；文件:行号: 问题
  xxgk rules test                             运行每条规则自带的示例
  xxgk explain report.txt --rule gov2019.timeliness.report_deadline
  xxgk users add alice --role reviewer --store runs.db   添加复核工作台的用户
  xxgk serve --store runs.db                  在 http://127.0.0.1:8000 打开复核工作台

退出码：0 完成（有扣分不算出错）；1 有规则示例未通过；2 规则或用法有误；
3 部分文件未能读取（每个都有一行说明；其余文件照常评分）。"""


# argparse's own words (usage, options, its error lines), in the office's language
_ARGPARSE_WORDS = {
    "usage: ": "用法：", "positional arguments": "位置参数", "options": "选项",
    "show this help message and exit": "显示本帮助并退出", "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r", "expected one argument": "需要一个值",
}
argparse._ = lambda text: _ARGPARSE_WORDS.get(text, text)  # argparse looks its words up through `_` when used


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="xxgk", description="按法规和清单为政府、高校信息公开工作年度报告评分、排名。",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"xxgk {__version__}", help="显示版本号并退出")
    p.add_argument("--debug", action="store_true", help="出错时显示完整的调用栈（报告问题时附上）")
    sub = p.add_subparsers(dest="command", required=True, metavar="命令", title="命令")

    parse = sub.add_parser("parse", help="逐份输出从报告中读出的事实（JSON Lines）",
                           epilog="示例：xxgk parse reports/ | jq .facts")
    parse.add_argument("paths", nargs="+", type=Path, metavar="路径", help="报告文件或文件夹")
    _limit_options(parse)

    score = sub.add_parser("score", help="为报告评分，输出各单位的评分结果和排名",
                           epilog="示例：\n  xxgk score\n  xxgk score reports/ --format json > cards.json\n"
                                  "  xxgk score a.txt b.pdf --profile gov-2019 --format md --out out/",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    score.add_argument("paths", nargs="*", type=Path, metavar="路径",
                       help="报告文件或文件夹（默认：附带的 reports/）")
    score.add_argument("--format", default="table", choices=("table", "json", "md", "html", "xlsx", "csv"),
                       help="输出格式：table 终端表格（默认）、json、md、html（单个离线网页）、xlsx 考核表、csv")
    score.add_argument("--out", type=Path, metavar="文件夹", help="把 scorecards.<扩展名> 写入该文件夹")
    score.add_argument("--profile", default="auto", metavar="方案",
                       help="评分方案名称；auto（默认）按报告类型和年度自动选择")
    score.add_argument("--period", metavar="年度|all",
                       help="排名的年度（默认：最新的年度；all 为每个年度分别排名）；其他年度列在排名之后")
    score.add_argument("--rules", type=Path, action="append", metavar="文件夹",
                       help="本单位的规则文件夹，叠加在随附规则之上（可多次给出；"
                            "含 coverage.yaml 的完整规则文件夹则取代随附规则）")
    score.add_argument("--title", metavar="标题", help="与 --store 一起：本批评分的标题，如 2023年度报告考核")
    score.add_argument("--roster", type=Path, metavar="名单.csv",
                       help="应报送单位名单（列：单位名称,层级,类别,地区,别名,年度）：缺报的列为未报送，名单外的单列")
    score.add_argument("--year", type=int, metavar="年度",
                       help="与 --roster 一起：名单所对应的考核年度（默认：本批中最新的年度）；"
                            "只在这一年度判定未报送和名单外，排名也默认这一年度")
    score.add_argument("--today", metavar="YYYY-MM-DD", help="核对豁免有效期所用的日期（默认今天）")
    score.add_argument("--store", metavar="路径|URL",
                       help="把批次、文件、事实、扣分项和评分结果存入该 SQLite 文件（或 postgresql+psycopg://… "
                            "这样的数据库地址）；再次运行时跳过已评分的文件")
    score.add_argument("--force", action="store_true", help="与 --store 同用：所有文件重新评分")
    score.add_argument("--scheduler", metavar="地址",
                       help="在 Dask 分布式集群上运行（tcp://host:8786）；各工作节点须能以相同路径读到文件")
    score.add_argument("--jobs", type=int, default=0, metavar="N",
                       help="工作进程数（默认：全部 CPU 核；少于50个文件时在本进程内完成）")
    _limit_options(score)

    rules = sub.add_parser("rules", help="规则编写工具：检查、测试、目录、覆盖情况")
    rsub = rules.add_subparsers(dest="rules_command", required=True, metavar="操作", title="操作")
    for name, text in (("lint", "检查每个规则和评分方案文件；输出 文件:行号: 问题"),
                       ("test", "运行每条规则自带的示例"),
                       ("doc", "按法律依据分组输出规则目录（Markdown）"),
                       ("coverage", "输出 docs/coverage.md：每项要求由哪些规则检查")):
        r = rsub.add_parser(name, help=text)
        r.add_argument("dir", nargs="*", type=Path, metavar="文件夹",
                       help="规则文件夹（默认随附的 rules/）；本单位的文件夹与随附规则合并检查")
    from engine.commands import add_commands, add_rules_init
    add_rules_init(rsub)

    history = sub.add_parser("history", help="某单位历年的得分和扣分（从存储中读取）",
                             epilog="示例：xxgk history 明湖市人民政府 --store runs.db")
    history.add_argument("agency", metavar="单位", help="单位名称")
    history.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的存储")

    from engine.web.commands import add_parsers
    add_parsers(sub)  # serve, users

    explain = sub.add_parser("explain", help="逐项说明扣分：发现了什么、依据、原文及出处（--trace：规则判断过程）",
                             epilog="示例：\n  xxgk explain --store runs.db 明湖市人民政府 2023\n"
                                    "  xxgk explain reports/05-baichuan-eeb-2022-late.txt\n"
                                    "  xxgk explain reports/05-baichuan-eeb-2022-late.txt --trace "
                                    "--rule gov2019.timeliness.report_deadline",
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    explain.add_argument("target", nargs="+", metavar="对象",
                         help="一份报告文件；或与 --store 一起：单位名称 年度")
    explain.add_argument("--store", metavar="路径|URL", help="从评分库中读取该单位该年度最近一批的结果")
    explain.add_argument("--run", type=int, metavar="N", help="与 --store 一起：第 N 批（默认最近一批）")
    explain.add_argument("--trace", action="store_true", help="规则判断过程（需 --rule）")
    explain.add_argument("--rule", metavar="ID", help="与 --trace 一起：要跟踪的规则编号")
    explain.add_argument("--rules", type=Path, action="append", metavar="文件夹",
                         help="本单位的规则文件夹（可多次给出）")
    add_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    import threading
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)} \
        if threading.current_thread() is threading.main_thread() else {}
    from engine import interrupts
    interrupts.delivered()  # (a stop left from an earlier command in this process is not this one's)
    try:
        with _limits_of(args):
            return _dispatch(args)
    except KeyboardInterrupt as exc:
        interrupts.delivered()
        resume = "已存入 --store 的结果保留；再次运行同一命令即可继续。" if getattr(args, "store", None) else ""
        what = "收到 SIGTERM，已停止。" if isinstance(exc, Terminated) else "已中断。"
        print(f"xxgk：{what}{resume}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: a sentence, not a traceback
        if args.debug:
            raise
        if type(exc).__module__.startswith("sqlalchemy"):  # a store error outside Store's own wrapping: no SQL
            from engine.store import describe
            print(f"xxgk：{describe(exc, getattr(args, 'store', None) or '评分库')}", file=sys.stderr)
            return EXIT_USAGE
        print(f"xxgk：内部错误：{exc}（加 --debug 再运行一次可看到详情，请把它报告给维护者）", file=sys.stderr)
        return EXIT_USAGE
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _dispatch(args: argparse.Namespace) -> int:
    from engine.rules.loader import RuleError
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "score":
            return _score(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "history":
            return _history(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "users":
            return _users(args)
        if args.command in ("export", "notice"):
            from engine import commands
            return commands.run(args)
        if args.rule or args.trace:
            return _explain(args)
        from engine.commands import explain
        return explain(args)
    except RuleError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        consequence = "" if args.command == "rules" else "，未进行评分"
        print(f"规则中有 {len(exc.problems)} 处问题{consequence}", file=sys.stderr)
        return EXIT_USAGE


def _parse(args) -> int:
    from engine.model import ERROR
    from engine.pipeline import expand, internal_error, parse_file
    files, errors = expand(args.paths)
    failed = bool(errors)
    for report in errors:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    for path in files:
        try:
            reports = parse_file(path)
        except Exception as exc:  # a bug on one file, as a batch's worker says it: the other files go on
            if args.debug:
                raise
            reports = [internal_error(str(path), exc)]
        for report in reports:
            failed |= report.status == ERROR
            print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
    return EXIT_INPUT if failed else EXIT_OK


def _score(args) -> int:
    from datetime import date

    from engine import commands
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        print(f"xxgk：--today 应写成 YYYY-MM-DD（如 2024-03-31），而不是 {args.today!r}", file=sys.stderr)
        return EXIT_USAGE
    if args.year is not None and not args.roster:
        print("xxgk：--year 需与 --roster 一起使用（它说明名单对应哪一考核年度）", file=sys.stderr)
        return EXIT_USAGE
    if args.title and not args.store:
        print("xxgk：--title 需与 --store 一起使用（标题记在评分库中）", file=sys.stderr)
        return EXIT_USAGE
    roster = commands.roster_or_exit(args.roster)
    if isinstance(roster, int):
        return roster
    # a batch large enough for workers: their fork server is started before this process imports the batch's
    # modules (≈ 0.5 s), so that its own imports (the parser's, ≈ 0.7 s) run beside them; stopped below if unused
    early = False
    if args.jobs != 1 and not args.scheduler:
        from engine import workers
        early = workers.enough_files(args.paths, 2 if args.jobs > 1 else MANY)
        if early:
            workers.prestart(WORKER_IMPORTS)
    try:
        return _score_listed(args, today, roster)
    finally:
        if early:
            workers.stop_idle()


MANY = 50  # files from which a batch runs on every core when --jobs is not given
WORKER_IMPORTS = ("engine.batch", "engine.parse")  # engine.batch and its WORKER_MODULES, named without importing it


def _score_listed(args, today, roster) -> int:
    from engine.batch import DEFAULT_REPORTS
    shown = os.path.relpath(DEFAULT_REPORTS)  # sources read as the user would type them
    paths = args.paths or [Path(shown) if not shown.startswith("..") else DEFAULT_REPORTS]
    from engine.output import OutputError, check_dir
    if args.out:
        try:
            check_dir(args.out)  # before any work: a batch must not fail at its end on an unwritable folder
        except OutputError as exc:
            print(f"xxgk：{exc}", file=sys.stderr)
            return EXIT_USAGE
    from engine.pipeline import listing
    listed = listing(paths, with_logs=True)  # once: 20,000 files take a quarter of a second to list
    jobs = _jobs(args.jobs, len(listed[0]))
    if jobs > 1 and not args.scheduler:  # the workers' fork server imports while this process does the rest
        from engine import batch, workers
        workers.prestart([batch.__name__, *batch.WORKER_MODULES])
    try:
        return _score_batch(args, paths, listed, jobs, today, roster)
    finally:
        if jobs > 1 and not args.scheduler:
            workers.stop_idle()  # not needed after all (an identical run reused, a usage error): stopped, reaped


def _score_batch(args, paths: list[Path], listed: tuple[list[str], list], jobs: int, today, roster) -> int:
    from engine import commands
    from engine.batch import Engine, run
    from engine.output import atomic, write_atomic
    from engine.pipeline import unread_line
    from engine.render import BINARY, SUFFIX, render
    store, store_errors = None, ()  # SQLAlchemy is imported only with --store (a third of the start-up)
    def load_engine():
        engine = Engine.load(args.rules)
        commands.warn(engine)
        try:
            engine.profiles.get(args.profile)
        except KeyError:
            print(f"xxgk：没有评分方案 {args.profile!r}；可选：{'、'.join(sorted(engine.profiles.by_name))}",
                  file=sys.stderr)
            return None
        return engine

    def set_up():
        """The rules loaded and the workers started while every file is hashed for this run's key, by a thread."""
        from engine.batch import start_pool
        hashed = commands.hashes_ahead(listed)
        engine = load_engine()
        return hashed, engine, start_pool(engine, listed, jobs, args.rules, today) if engine is not None else None

    engine = pool = hashed = None
    ahead = args.store is not None and jobs > 1 and not args.scheduler
    new_store = args.store is not None and "://" not in args.store and not os.path.lexists(args.store)
    try:
        if new_store:
            # a new store holds no run to reuse: all that starts before SQLAlchemy is imported and the store made
            # (≈ 0.2 s of this process), which then run beside the workers' set-up and the hashing; and a usage
            # error (an unknown profile) stops before the store's file is made
            if ahead:
                hashed, engine, pool = set_up()
            else:
                engine = load_engine()
            if engine is None:
                return EXIT_USAGE
        if args.store:
            from engine.store import Store, StoreError
            store_errors = (StoreError,)
            store = Store(args.store)
        if ahead and (hashed is not None or not commands.may_reuse(store, args)):
            # no earlier run can be reused (a store with a finished run to compare with hashes first, and may stop
            # there)
            if hashed is None:
                hashed, engine, pool = set_up()
                if engine is None:
                    return EXIT_USAGE
            prior = commands.prior_run(store, listed, args, today, hashed())
        else:
            prior = commands.prior_run(store, listed, args, today) if store is not None else None
        if prior is not None and prior.result is not None:
            result = prior.result  # an identical finished run: read back, nothing compiled or scored
        else:
            if engine is None and (engine := load_engine()) is None:
                return EXIT_USAGE
            with progress_bar(sum(not f.lower().endswith(".csv") for f in listed[0])) as advance:
                result = run(engine, paths, args.profile, today, jobs=jobs, listed=listed,
                             rules_dir=args.rules, progress=advance, store=store, force=args.force,
                             scheduler=args.scheduler, known_hashes=prior.take_hashes() if prior else None,
                             pool=pool, cards_whole=args.format != "json")
            if store is not None:  # the workbench re-scores a corrected card with the same folders
                from engine import runrules
                runrules.record(store.engine, result.run_id, args.rules, engine.rules_version)
            commands.after_run(store, engine, result, roster, args, prior)
    except store_errors as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if pool is not None:
            pool.close()  # (a no-op once the batch used it)
    errors = [(e.source, e.error or "") for e in result.errors]
    period = args.period or (str(args.year) if args.year is not None else None)
    if args.format == "json":  # written a card at a time: a large batch's JSON is never in memory whole
        from engine.render.json_out import pieces
        text = pieces(result.cards)
    else:  # every card in memory (render lists them): read back from disk once, for the summary below as well
        if not isinstance(result.cards, list):
            result.cards = list(result.cards)
        text = render(result.cards, args.format, errors=errors, period=period)
    if args.out:
        target = args.out / f"scorecards{SUFFIX[args.format]}"
        try:
            if args.format == "json":
                with atomic(target) as f:
                    for piece in text:
                        f.write(piece.encode("utf-8"))
            else:
                write_atomic(target, text if args.format in BINARY else text.encode("utf-8"))
        except OSError as exc:
            from engine.glossary import os_reason
            kept = "，但已保存在 --store 中，换个 --out 再运行即可直接复用。" if args.store else "。"
            print(f"xxgk: {target}: 无法写入（{os_reason(exc)}）；结果没有写出{kept}", file=sys.stderr)
            return EXIT_USAGE
        print(f"已写入 {target}（{len(result.cards)} 份评分结果）")
    elif args.format in BINARY:
        if args.format == "xlsx" and sys.stdout.isatty():
            print("xxgk：xlsx 是二进制文件；请用 --out 文件夹，或重定向到文件", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.writelines(text)
    for source, message in errors:
        print(unread_line(source, message), file=sys.stderr)
    if prior is not None and prior.result is not None:
        return EXIT_OK
    apart = misfits = 0  # one pass: a batch's cards are read back from disk each time they are walked
    for c in result.cards:
        apart += not c.ranked
        misfits += any(w.startswith("警告") for w in c.warnings)
    print(summary_line(result, len(errors), apart), file=sys.stderr)
    if misfits:
        print(f"注意：评分方案 {args.profile} 与 {len(result.cards)} 份中的 {misfits} 份文件不相符"
              "（类型、层级或年度），其得分仅供参考", file=sys.stderr)
    return EXIT_INPUT if errors else EXIT_OK


def summary_line(result, errors: int, apart: int) -> str:
    """The last line of a scoring run: what was read, what was scored (`apart`: cards kept out of the ranking),
    what could not be read."""
    statuses = result.statuses()  # a batch's documents are not read back for this
    not_reports = sum(1 for s in statuses if s != "ok")
    files, documents = result.files(), len(statuses)  # a compilation holds several reports (source FILE#N)
    read = f"{documents} 份文件" if files == documents else f"{files} 个文件中的 {documents} 份文档"
    return (f"共读取 {read}（年度报告 {documents - not_reports} 份，"
            f"非年度报告 {not_reports} 份），得出 {len(result.cards)} 份评分结果"
            + (f"，其中 {apart} 份待人工确认、不参与排名" if apart else "")
            + f"；未能读取 {errors} 个文件" + ("（见上方“未能读取”各行）" if errors else "")
            + (f"；{result.reused} 个文件沿用存储中的结果（加 --force 可重新评分）" if result.reused else "") + "。")


def _history(args) -> int:
    from tabulate import tabulate

    from engine.store import History, Store, StoreError
    try:
        cards = History(Store(args.store, readonly=True)).of(args.agency)
    except StoreError as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not cards:
        print(f"xxgk：{args.store} 中没有 {args.agency!r} 的评分结果", file=sys.stderr)
        return EXIT_INPUT
    rows, previous = [], None
    for card in cards:
        data = json.loads(card["payload"])
        change = "" if previous is None else f"{card['score'] - previous:+.1f}"
        rules = ", ".join(sorted({f["rule"] for f in data["findings"]}))
        rows.append([card["agency"], card.get("region") or "", card["period"], f"{card['score']:.1f}",
                     card["grade"], change, len(data["findings"]), rules])
        previous = card["score"]
    print(tabulate(rows, headers=["机构", "地区", "期间", "得分", "等级", "变化", "扣分项", "规则"], tablefmt="simple",
                   disable_numparse=True))
    return EXIT_OK


def _serve(args) -> int:
    from engine.web.commands import serve
    return serve(args)


def _users(args) -> int:
    from engine.web.commands import users
    return users(args)


def _jobs(requested: int, files: int) -> int:
    """All cores by default; a small batch runs in-process (starting workers costs ~1 s each)."""
    if requested > 0:
        return requested
    return (os.cpu_count() or 1) if files >= MANY else 1


@contextmanager
def progress_bar(total: int):
    """A progress bar with rate and ETA on a terminal (`total` files); nothing when stderr is not one (logs, CI)."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("评分中"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TextColumn("剩余"), TimeRemainingColumn())
    with Progress(*columns, transient=True, console=Console(stderr=True)) as bar:  # stdout holds the output
        task = bar.add_task("评分中", total=total, rate="")

        def advance(n: int) -> None:
            bar.advance(task, n)
            speed = bar.tasks[0].speed  # None until rich has two samples: say nothing rather than None
            bar.update(task, rate=f"每秒 {speed:.1f} 份" if speed else "")
        yield advance


def _rules(args) -> int:
    from engine.batch import Engine
    from engine.rules.combine import coverage_file
    if args.rules_command == "init":
        from engine.commands import rules_init
        return rules_init(args)
    # an author's tools read every file and check it, never the compiled-rules cache
    engine = Engine.load(args.dir or None, backend="python" if args.rules_command == "lint" else "durable",
                         cache=False)
    for warning in engine.warnings:
        print(warning, file=sys.stderr)
    if args.rules_command == "coverage":
        from engine.rules.coverage import coverage_markdown, coverage_problems, load_coverage
        requirements = load_coverage(coverage_file(args.dir or None))
        problems = coverage_problems(requirements, engine.ruleset)
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.stdout.write(coverage_markdown(requirements, engine.ruleset))
        return EXIT_USAGE if problems else EXIT_OK
    if args.rules_command == "lint":
        from engine.rules.lint import condition_problems, placeholder_problems, profile_warnings
        problems = condition_problems(engine.ruleset) + placeholder_problems(engine.ruleset)
        if (requirements_file := coverage_file(args.dir or None)).exists():
            from engine.rules.coverage import coverage_problems, load_coverage
            problems += coverage_problems(load_coverage(requirements_file), engine.ruleset)
        for warning in profile_warnings(engine.ruleset, engine.profiles):
            print(warning, file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"规则中有 {len(problems)} 处问题", file=sys.stderr)
            return EXIT_USAGE
        print(f"{len(engine.ruleset.rules)} 条规则、{len(engine.profiles.by_name)} 个评分方案：未发现问题")
        return EXIT_OK
    if args.rules_command == "doc":
        from engine.rules.catalogue import catalogue
        sys.stdout.write(catalogue(engine.ruleset))
        return EXIT_OK
    from engine.rules.examples import run_examples
    results = run_examples(engine.evaluator)
    failed = [r for r in results if not r.passed]
    for r in failed:
        why = "证据中没有示例期望的文字" if r.expected == r.actual else (
            f"期望{'扣分' if r.expected else '不扣分'}，实际{'扣分' if r.actual else '不扣分'}")
        print(f"{r.where}: {r.rule}: {r.title}: {why}")
        print(f"    读到的事实：{json.dumps(r.facts_read, ensure_ascii=False)}")
        if r.evidence:
            print(f"    证据：{r.evidence}")
    print(f"{len(results) - len(failed)}/{len(results)} 个示例通过（{len(engine.ruleset.rules)} 条规则）")
    return EXIT_FINDINGS if failed else EXIT_OK


def _explain(args) -> int:
    from engine.explain_text import trace
    return trace(args.target, args.rule, args.rules)
