"""`xxgk serve` and `xxgk users …`: the workbench's commands, kept out of engine/cli.py, which only wires them.

Setup mistakes get a sentence, not a traceback: a store path that does not exist (serving it would create an
empty store nobody can sign in to), a port out of range or already taken (checked before anything is announced),
and SIGTERM, which stops the server the way Ctrl-C does.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import signal
import socket
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE = 0, 2


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"端口须为 1 到 65535 之间的整数，而不是 {text!r}") from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"端口须为 1 到 65535 之间的整数，{value} 不在此范围")
    return value


def add_parsers(sub) -> None:
    serve = sub.add_parser("serve", help="复核工作台：评分库之上的本地网页应用",
                           epilog="示例：\n  xxgk users add alice --role reviewer --store runs.db\n"
                                  "  xxgk serve --store runs.db            然后打开 http://127.0.0.1:8000\n"
                                  "  xxgk serve --store runs.db --host 0.0.0.0 --port 8080   供其他计算机访问",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    serve.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的评分库")
    serve.add_argument("--host", default="127.0.0.1", metavar="地址", help="监听地址（默认 127.0.0.1：仅本机可访问）")
    serve.add_argument("--port", type=_port, default=8000, metavar="端口", help="端口（默认 8000）")

    users = sub.add_parser("users", help="复核工作台的用户：list | add | disable | enable | passwd | role | rotate-key")
    usub = users.add_subparsers(dest="users_command", required=True, metavar="操作")
    add = usub.add_parser("add", help="新增用户（提示输入密码）",
                          epilog="角色：auditor 审核员复核扣分项，reviewer 复核签发人还可签发，viewer 只读。\n"
                                 "示例：\n  xxgk users add alice --role reviewer --store runs.db\n"
                                 "  printf '%s\\n' \"$PW\" | xxgk users add bob --role viewer --store runs.db "
                                 "--password-stdin",
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    add.add_argument("name", metavar="用户名", help="登录用的用户名")
    add.add_argument("--role", required=True, choices=("auditor", "reviewer", "viewer"), help="角色（见下）")
    for name, text in (("list", "列出全部用户"), ("disable", "停用用户（其会话立即失效）"), ("enable", "重新启用用户"),
                       ("passwd", "重设用户密码（其会话立即失效）"), ("role", "变更用户角色"),
                       ("rotate-key", "更换会话签名密钥（所有会话立即失效）")):
        p = usub.add_parser(name, help=text)
        if name not in ("list", "rotate-key"):
            p.add_argument("name", metavar="用户名", help="登录用的用户名")
        if name == "role":
            p.add_argument("role", choices=("auditor", "reviewer", "viewer"), metavar="角色",
                           help="auditor 审核员、reviewer 复核签发人或 viewer 只读")
        p.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的评分库")
        if name == "passwd":
            p.add_argument("--password-stdin", action="store_true", help="从标准输入的第一行读取密码")
    add.add_argument("--store", required=True, metavar="路径|URL", help="xxgk score --store 写入的评分库")
    add.add_argument("--password-stdin", action="store_true", help="从标准输入的第一行读取密码")


def _missing(target: str) -> bool:
    return "://" not in target and not Path(target).exists()


def _open(target: str):
    """The store of an existing path or a server URL; a missing path is refused, never created."""
    from engine.store import Store
    if _missing(target):
        raise SystemExit(_say(f"找不到评分库 {target}。请先运行 xxgk score 报告目录/ --store {target} 评分，"
                              "再管理用户或启动工作台。"))
    return Store(target)


def _say(message: str) -> int:
    print(f"xxgk: {message}", file=sys.stderr)
    return EXIT_USAGE


def _port_free(host: str, port: int) -> str:
    """Why the port cannot be used, or "" when it can: tried before the server says anything."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return f"无法解析监听地址 {host}"
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(address)
        except PermissionError:
            return f"没有权限监听端口 {port}（1024 以下的端口需要管理员权限）；请换一个端口，例如 --port 8000"
        except OSError:
            return f"端口 {port} 已被占用（可能已有一个工作台在运行）；请换一个端口，例如 --port {port + 1}"
    return ""


def serve(args) -> int:
    import uvicorn

    from engine.store import StoreError
    from engine.web.app import create_app
    if _missing(args.store):
        return _say(f"找不到评分库 {args.store}。请先运行 xxgk score 报告目录/ --store {args.store} 评分，"
                    "再启动工作台。")
    if problem := _port_free(args.host, args.port):
        return _say(problem)
    try:
        app = create_app(args.store)
    except StoreError as exc:
        return _say(str(exc))
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"xxgk: 注意：正在监听 {args.host}，其他计算机可以访问工作台；会话的安全取决于网络（请置于 HTTPS 之后）",
              file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, host=args.host, port=args.port, log_level="warning",
                                           server_header=False))
    signal.signal(signal.SIGTERM, lambda *_: setattr(server, "should_exit", True))
    print(f"xxgk: 复核工作台已启动：http://{args.host}:{args.port}（按 Ctrl-C 停止）", file=sys.stderr)
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:
        return _say(f"工作台未能在 {args.host}:{args.port} 启动")
    print("xxgk: 复核工作台已停止", file=sys.stderr)
    return EXIT_OK


def users(args) -> int:
    from engine import accounts
    from engine.store import StoreError
    from engine.web import keys
    try:
        store = _open(args.store)
    except StoreError as exc:
        return _say(str(exc))
    except SystemExit as stop:
        return int(stop.code)
    actor = f"命令行（{getpass.getuser()}）"
    try:
        command = args.users_command
        if command == "list":
            rows = accounts.list_users(store.engine)
            if not rows:
                print("（尚无用户）")
            for a in rows:
                state = "已停用" if a.disabled else "启用"
                print(f"{a.name}\t{accounts.ROLE_LABELS[a.role]}（{a.role}）\t{state}\t创建于 {a.created_at or ''}"
                      f"\t在线会话 {a.sessions}")
        elif command in ("add", "passwd"):
            password = _password(args)
            if password is None:
                return _say("两次输入的密码不一致；未作任何修改")
            if command == "add":
                user = accounts.add_user(store.engine, args.name, args.role, password, actor=actor)
                print(f"已新增用户 {user.name}（{accounts.ROLE_LABELS[user.role]}）")
            else:
                accounts.set_password(store.engine, args.name, password, actor=actor)
                print(f"已重设 {args.name} 的密码；其已登录的会话均已失效")
        elif command in ("disable", "enable"):
            accounts.set_disabled(store.engine, args.name, command == "disable", actor=actor)
            print(f"已停用 {args.name}；其已登录的会话均已失效" if command == "disable" else f"已启用 {args.name}")
        elif command == "role":
            accounts.set_role(store.engine, args.name, args.role, actor=actor)
            print(f"{args.name} 的角色已改为 {accounts.ROLE_LABELS[args.role]}")
        else:  # rotate-key
            if os.environ.get(keys.ENV):
                return _say(f"会话密钥来自环境变量 {keys.ENV}：请在那里更换")
            path = keys.rotate(args.store)
            ended = accounts.end_all_sessions(store.engine)
            accounts.log_event(store.engine, "key_rotate", str(path), actor, f"结束会话 {ended} 个")
            print(f"已写入新的会话密钥 {path}（仅所有者可读）；{ended} 个会话已失效。请重启 xxgk serve 以使用新密钥。")
    except accounts.AccountError as exc:
        return _say(str(exc))
    finally:
        store.close()
    return EXIT_OK


def _password(args) -> str | None:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(f"{args.name} 的密码：")
    return password if getpass.getpass("再输一次：") == password else None
