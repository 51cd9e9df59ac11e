"""Safe YAML loading that remembers where every value came from, for FILE:LINE messages, with bounded work.

A rule file is data from whoever edits the rules folder, so its cost is capped before anything walks it: its
size, its nesting depth, its aliases and the node count once aliases are expanded (an alias bomb is a few
hundred bytes that expand to billions of nodes). The checks run over libyaml's event stream, which is flat, so
they need no recursion and stop at the first breach with its line. libyaml's C safe loader (16× faster than
the pure-Python one) then builds the node tree and the data; both loaders give the same data and line numbers.
"""

from __future__ import annotations

from typing import Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader when PyYAML was built with libyaml

MAX_CHARS = 1_000_000  # the largest shipped YAML file (coverage.yaml) is 53 KB
MAX_DEPTH = 64  # mappings and lists inside each other; the shipped rules use 7
MAX_ALIASES = 100  # the shipped rules use none
MAX_NODES = 200_000  # after expanding aliases; the largest shipped file has about 2,000


class LimitError(yaml.MarkedYAMLError):
    """A YAML file over one of the limits above; `problem_mark` holds where (as for any YAML error)."""


def _check_limits(text: str) -> None:
    if len(text) > MAX_CHARS:
        raise LimitError(problem=f"文件超过 {MAX_CHARS:,} 个字符的上限，不像一个规则文件；请拆分它",
                         problem_mark=yaml.Mark("", 0, 0, 0, None, None))
    depth = aliases = nodes = 0
    sizes: dict[str, int] = {}  # anchor → nodes in its value, aliases inside already expanded
    open_anchors: list[tuple[str | None, int]] = []
    for event in yaml.parse(text, Loader=SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise LimitError(problem=f"别名（*{event.anchor}）超过 {MAX_ALIASES} 个的上限；规则文件请直接写出内容",
                                 problem_mark=event.start_mark)
            nodes += sizes.get(event.anchor, 1)
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if event.anchor:
                sizes[event.anchor] = 1
        elif isinstance(event, yaml.CollectionStartEvent):
            nodes += 1
            depth += 1
            if depth > MAX_DEPTH:
                raise LimitError(problem=f"嵌套超过 {MAX_DEPTH} 层的上限；请把条件拆平", problem_mark=event.start_mark)
            open_anchors.append((event.anchor, nodes))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            anchor, start = open_anchors.pop()
            if anchor:
                sizes[anchor] = nodes - start + 1
        if nodes > MAX_NODES:
            raise LimitError(problem=f"展开别名后超过 {MAX_NODES:,} 个节点的上限（可能是别名炸弹）；"
                                     "规则文件请直接写出内容",
                             problem_mark=event.start_mark)


def load_with_positions(text: str) -> tuple[Any, yaml.Node | None]:
    """Return (data, node tree). Both from the safe loader; the tree maps paths to lines."""
    _check_limits(text)
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def line_of(node: yaml.Node | None, path: list[Any] | tuple[Any, ...]) -> int:
    """1-based line of the value at `path` (keys and indexes), or of the deepest parent found."""
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for step in path:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == step:
                    child = value
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            child = node.value[step]
        if child is None:
            break
        node = child
        line = node.start_mark.line + 1
    return line
