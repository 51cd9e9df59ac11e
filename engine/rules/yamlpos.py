"""Safe YAML loading that remembers where every value came from, for FILE:LINE messages."""

from __future__ import annotations

from typing import Any

import yaml


def load_with_positions(text: str) -> tuple[Any, yaml.Node | None]:
    """Return (data, node tree). Both from the safe loader; the tree maps paths to lines."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    data = yaml.safe_load(text)
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
