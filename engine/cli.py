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


def _apply_limits(args: argparse.Namespace) -> None:
    from engine import limits
    limits.configure(limits.from_options({name: getattr(args, name, None) for name in limits.HELP}))

EPILOG = """examples:
  xxgk score                                  score the sample reports shipped in reports/
  xxgk score reports/ --format md --out out/  write the scorecards as Markdown into out/
  xxgk score 2022/ --profile gov-2019         score a folder with one profile for all
  xxgk parse report.pdf                       the facts read from one report (JSON Lines)
  xxgk rules lint                             check every rule file; FILE:LINE: message
  xxgk rules test                             run every rule's examples
  xxgk explain report.txt --rule gov2019.timeliness.report_deadline
  xxgk users add alice --role reviewer --store runs.db   a user of the review workbench
  xxgk serve --store runs.db                  the review workbench on http://127.0.0.1:8000

exit codes: 0 done (findings are not errors); 1 a rule example failed; 2 bad rules or usage;
3 some inputs could not be read (each gets an error line; the rest are still done)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="xxgk", description="Score information-disclosure annual reports "
                                "(政府/高校信息公开工作年度报告) against the law and the checklists.",
                                epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"xxgk {__version__}")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = sub.add_parser("parse", help="print the facts of each report as JSON Lines",
                           epilog="example: xxgk parse reports/ | jq .facts")
    parse.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _limit_options(parse)

    score = sub.add_parser("score", help="score reports and print per-agency scorecards",
                           epilog="examples:\n  xxgk score\n  xxgk score reports/ --format json > cards.json\n"
                                  "  xxgk score a.txt b.pdf --profile gov-2019 --format md --out out/",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    score.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                       help="report files or folders (default: the shipped reports/)")
    score.add_argument("--format", default="table", choices=("table", "json", "md", "html", "xlsx", "csv"),
                       help="table (default), json, md, html (one offline page), xlsx, csv")
    score.add_argument("--out", type=Path, metavar="DIR", help="write scorecards.<ext> into DIR")
    score.add_argument("--profile", default="auto", help="profile name, or auto (default): by kind and year")
    score.add_argument("--rules", type=Path, metavar="DIR", help="rule folder (default: the shipped rules/)")
    score.add_argument("--today", metavar="YYYY-MM-DD", help="the date waivers are checked against")
    score.add_argument("--store", metavar="PATH|URL",
                       help="keep runs, documents, facts, findings and scorecards in this SQLite file (or a "
                            "SQLAlchemy URL such as postgresql+psycopg://…); re-runs skip what is already scored")
    score.add_argument("--force", action="store_true", help="with --store: score every document again")
    score.add_argument("--scheduler", metavar="ADDRESS",
                       help="run the work on a Dask distributed cluster (tcp://host:8786); files must be readable "
                            "at the same paths on its workers")
    score.add_argument("--jobs", type=int, default=0, metavar="N",
                       help="worker processes (default: all cores; batches under 50 files run in one process)")
    _limit_options(score)

    rules = sub.add_parser("rules", help="rule author tools: lint, test, doc")
    rsub = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    for name, text in (("lint", "check every rule and profile file; print FILE:LINE: message"),
                       ("test", "run the examples every rule carries"),
                       ("doc", "print a Markdown catalogue of the rules, grouped by legal basis"),
                       ("coverage", "print docs/coverage.md: every requirement → the rules that check it")):
        r = rsub.add_parser(name, help=text)
        r.add_argument("dir", nargs="?", type=Path, metavar="DIR", help="rule folder (default: rules/)")

    history = sub.add_parser("history", help="an agency's scores and findings over the years (from a store)",
                             epilog="example: xxgk history 明湖市人民政府 --store runs.db")
    history.add_argument("agency")
    history.add_argument("--store", required=True, metavar="PATH|URL")

    serve = sub.add_parser("serve", help="the review workbench: a local web app over a store",
                           epilog="examples:\n  xxgk users add alice --role reviewer --store runs.db\n"
                                  "  xxgk serve --store runs.db            then open http://127.0.0.1:8000\n"
                                  "  xxgk serve --store runs.db --host 0.0.0.0 --port 8080   reachable from others",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--store", required=True, metavar="PATH|URL", help="the store `xxgk score --store` wrote")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine "
                                                            "only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    users = sub.add_parser("users", help="users of the review workbench")
    usub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = usub.add_parser("add", help="add a user (asks for the password)",
                          epilog="roles: auditor reviews findings, reviewer also signs a run off, viewer reads.\n"
                                 "examples:\n  xxgk users add alice --role reviewer --store runs.db\n"
                                 "  printf '%s\\n' \"$PW\" | xxgk users add bob --role viewer --store runs.db "
                                 "--password-stdin",
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=("auditor", "reviewer", "viewer"))
    add.add_argument("--store", required=True, metavar="PATH|URL")
    add.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")

    explain = sub.add_parser("explain", help="why a rule did or did not fire on a report",
                             epilog="example: xxgk explain reports/05-baichuan-eeb-2022-late.txt "
                                    "--rule gov2019.timeliness.report_deadline")
    explain.add_argument("report", type=Path)
    explain.add_argument("--rule", required=True, metavar="ID")
    explain.add_argument("--rules", type=Path, metavar="DIR")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    import threading
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)} \
        if threading.current_thread() is threading.main_thread() else {}
    try:
        _apply_limits(args)
        return _dispatch(args)
    except KeyboardInterrupt as exc:
        resume = " What is in --store is kept: run the same command again to resume." \
            if getattr(args, "store", None) else ""
        what = "收到 SIGTERM，已停止（terminated）" if isinstance(exc, Terminated) else "interrupted."
        print(f"xxgk: {what}{resume}", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence: a sentence, not a traceback
        if args.debug:
            raise
        if type(exc).__module__.startswith("sqlalchemy"):  # a store error outside Store's own wrapping: no SQL
            from engine.store import describe
            print(f"xxgk: {describe(exc, getattr(args, 'store', None) or 'store')}", file=sys.stderr)
            return EXIT_USAGE
        print(f"xxgk: internal error: {exc} (run again with --debug for details, and report it)", file=sys.stderr)
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
        return _explain(args)
    except RuleError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        consequence = "" if args.command == "rules" else "; nothing was scored"
        print(f"{len(exc.problems)} problem(s) in the rules{consequence}", file=sys.stderr)
        return EXIT_USAGE


def _parse(args) -> int:
    from engine.model import ERROR
    from engine.pipeline import expand, parse_file
    files, errors = expand(args.paths)
    failed = bool(errors)
    for report in errors:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    for path in files:
        for report in parse_file(path):
            failed |= report.status == ERROR
            print(json.dumps(report.to_json(), ensure_ascii=False), flush=True)
    return EXIT_INPUT if failed else EXIT_OK


def _score(args) -> int:
    from datetime import date

    from engine.batch import DEFAULT_REPORTS, Engine, run
    from engine.render import BINARY, SUFFIX, render
    engine = Engine.load(args.rules)
    try:
        engine.profiles.get(args.profile)
    except KeyError as exc:
        print(f"xxgk: {exc.args[0]}", file=sys.stderr)
        return EXIT_USAGE
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError:
        print(f"xxgk: --today must be YYYY-MM-DD, not {args.today!r}", file=sys.stderr)
        return EXIT_USAGE
    shown = os.path.relpath(DEFAULT_REPORTS)  # sources read as the user would type them
    paths = args.paths or [Path(shown) if not shown.startswith("..") else DEFAULT_REPORTS]
    from engine.output import OutputError, check_dir, write_atomic
    from engine.store import Store, StoreError
    if args.out:
        try:
            check_dir(args.out)  # before any work: a batch must not fail at its end on an unwritable folder
        except OutputError as exc:
            print(f"xxgk: {exc}", file=sys.stderr)
            return EXIT_USAGE
    try:
        store = Store(args.store) if args.store else None
        with progress_bar(paths) as advance:
            result = run(engine, paths, args.profile, today, jobs=_jobs(args.jobs, paths), rules_dir=args.rules,
                         progress=advance, store=store, force=args.force, scheduler=args.scheduler)
    except StoreError as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    errors = [(e.source, e.error or "") for e in result.errors]
    text = render(result.cards, args.format, errors=errors)
    if args.out:
        target = args.out / f"scorecards{SUFFIX[args.format]}"
        try:
            write_atomic(target, text if args.format in BINARY else text.encode("utf-8"))
        except OSError as exc:
            kept = "，但已保存在 --store 中，换个 --out 再运行即可直接复用。" if args.store else "。"
            print(f"xxgk: {target}: 无法写入（{exc.strerror or exc}）；结果没有写出{kept}", file=sys.stderr)
            return EXIT_USAGE
        print(f"wrote {target} ({len(result.cards)} scorecards)")
    elif args.format in BINARY:
        if args.format == "xlsx" and sys.stdout.isatty():
            print("xxgk: xlsx is binary; use --out DIR or redirect it to a file", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text)
    for source, message in errors:
        print(f"error: {message}" if message.startswith(source) else f"error: {source}: {message}", file=sys.stderr)
    not_reports = sum(1 for ev in result.evaluations if ev.report.status != "ok")
    print(f"scored {len(result.evaluations)} documents ({len(result.evaluations) - not_reports} reports, "
          f"{not_reports} not reports) into {len(result.cards)} scorecards; {len(errors)} errors"
          + (" (each listed above as error: …)" if errors else "")
          + (f"; {result.reused} files reused from the store (--force to score them again)" if result.reused else ""),
          file=sys.stderr)
    misfits = [c for c in result.cards if any(w.startswith("警告") for w in c.warnings)]
    if misfits:
        print(f"warning: profile {args.profile} does not fit {len(misfits)} of {len(result.cards)} documents "
              "(kind, level or year); their scores are for reference only", file=sys.stderr)
    return EXIT_INPUT if errors else EXIT_OK


def _history(args) -> int:
    from tabulate import tabulate

    from engine.store import History, Store, StoreError
    try:
        cards = History(Store(args.store, readonly=True)).of(args.agency)
    except StoreError as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not cards:
        print(f"xxgk: no scorecards for {args.agency!r} in {args.store}", file=sys.stderr)
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
    import uvicorn

    from engine.store import StoreError
    from engine.web.app import create_app
    try:
        app = create_app(args.store)
    except StoreError as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"xxgk: warning: listening on {args.host}: other machines can reach the workbench; sessions are "
              "only as safe as the network (put it behind HTTPS)", file=sys.stderr)
    print(f"xxgk: review workbench on http://{args.host}:{args.port} (Ctrl-C stops it)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", server_header=False)
    return EXIT_OK


def _users(args) -> int:
    import getpass

    from engine.accounts import AccountError, add_user
    from engine.store import Store, StoreError
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            print("xxgk: the passwords differ; nothing was changed", file=sys.stderr)
            return EXIT_USAGE
    try:
        user = add_user(Store(args.store).engine, args.name, args.role, password)
    except (AccountError, StoreError) as exc:
        print(f"xxgk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    print(f"added {user.name} ({user.role})")
    return EXIT_OK


def _jobs(requested: int, paths: list[Path]) -> int:
    """All cores by default; a small batch runs in-process (starting workers costs ~1 s each)."""
    if requested > 0:
        return requested
    from engine.pipeline import expand
    files, _ = expand(paths, with_logs=True)
    return (os.cpu_count() or 1) if len(files) >= 50 else 1


@contextmanager
def progress_bar(paths: list[Path]):
    """A progress bar with rate and ETA on a terminal; nothing when stderr is not one (logs, CI)."""
    if not sys.stderr.isatty():
        yield lambda n: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from engine.pipeline import expand
    total = len(expand(paths, with_logs=False)[0])
    columns = (TextColumn("scoring"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.speed} files/s"),
               TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("scoring", total=total)
        yield lambda n: bar.advance(task, n)


def _rules(args) -> int:
    from engine.batch import Engine
    from engine.rules.loader import RULES_DIR
    engine = Engine.load(args.dir or RULES_DIR, backend="python" if args.rules_command == "lint" else "durable")
    if args.rules_command == "coverage":
        from engine.rules.coverage import coverage_markdown, coverage_problems, load_coverage
        requirements = load_coverage((args.dir or RULES_DIR) / "coverage.yaml")
        problems = coverage_problems(requirements, engine.ruleset)
        for problem in problems:
            print(problem, file=sys.stderr)
        sys.stdout.write(coverage_markdown(requirements, engine.ruleset))
        return EXIT_USAGE if problems else EXIT_OK
    if args.rules_command == "lint":
        from engine.rules.lint import condition_problems
        problems = condition_problems(engine.ruleset)
        if (coverage_file := (args.dir or RULES_DIR) / "coverage.yaml").exists():
            from engine.rules.coverage import coverage_problems, load_coverage
            problems += coverage_problems(load_coverage(coverage_file), engine.ruleset)
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(f"{len(problems)} problem(s) in the rules", file=sys.stderr)
            return EXIT_USAGE
        print(f"{len(engine.ruleset.rules)} rules, {len(engine.profiles.by_name)} profiles: no problems")
        return EXIT_OK
    if args.rules_command == "doc":
        from engine.rules.catalogue import catalogue
        sys.stdout.write(catalogue(engine.ruleset))
        return EXIT_OK
    from engine.rules.examples import run_examples
    results = run_examples(engine.evaluator)
    failed = [r for r in results if not r.passed]
    for r in failed:
        why = "evidence does not contain the expected text" if r.expected == r.actual else (
            f"expected fires={str(r.expected).lower()}, got fires={str(r.actual).lower()}")
        print(f"{r.where}: {r.rule}: {r.title}: {why}")
        print(f"    facts read: {json.dumps(r.facts_read, ensure_ascii=False)}")
        if r.evidence:
            print(f"    evidence: {r.evidence}")
    print(f"{len(results) - len(failed)}/{len(results)} examples pass ({len(engine.ruleset.rules)} rules)")
    return EXIT_FINDINGS if failed else EXIT_OK


def _explain(args) -> int:
    from engine.batch import Engine
    from engine.model import ERROR
    from engine.pipeline import parse_file
    from engine.rules import condition as C
    engine = Engine.load(args.rules)
    rule = engine.ruleset.by_id().get(args.rule)
    if rule is None:
        print(f"xxgk: unknown rule {args.rule!r} (xxgk rules doc lists them)", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    for report in parse_file(args.report):
        if report.status == ERROR:
            print(f"{report.source}: error: {report.error}")
            status = EXIT_INPUT
            continue
        ev = engine.evaluator.evaluate(report)
        fired = rule.id in ev.fired
        applies = rule.id in ev.applicable
        print(f"{report.source}: {rule.id} {'FIRED' if fired else 'did not fire'}"
              f"{'' if applies else ' (not applicable to this document)'}")
        print(f"  {rule.title} — {rule.basis}")
        row = engine.evaluator.row(ev.facts, report.text)
        for leaf in C.leaves(rule.condition):
            if leaf[0] == "text":
                pattern = engine.ruleset.patterns.pattern_of(leaf[1])
                print(f"  text /{pattern}/ found: {row.get(leaf[1])}")
                continue
            name = C.fact_of(leaf[1])
            fact = ev.facts.get(name)
            test = f"{leaf[2]} {leaf[3]!r}" if leaf[0] == "cmp" else f"exists {leaf[2]}"
            holds = C.evaluate(leaf, row)
            value = "absent" if fact is None else json.dumps(fact.value, ensure_ascii=False)
            print(f"  {name} = {value}  [{test}: {'yes' if holds else 'no'}]"
                  + (f"  evidence: {fact.evidence}" if fact and fact.evidence else ""))
    return status
