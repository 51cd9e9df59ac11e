"""The scorecard array of the contract (schemas/scorecard.schema.json); errors are not part of it."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from engine.model import Scorecard


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> str:
    del errors  # the contract's array holds scorecards only; failures reach the user through the exit code
    return json.dumps([card.to_json() for card in cards], ensure_ascii=False, indent=2)


def pieces(cards: Sequence[Scorecard]) -> Iterator[str]:
    """The same text as render(ordered(cards)) with its final newline, a card at a time: a batch's cards are read
    back from disk (engine.spill), so 50,000 of them are never all in memory, nor is the whole text."""
    from engine.render import effective
    order = sorted((-effective(c), c.agency, c.period, i) for i, c in enumerate(cards))
    if not order:
        yield "[]\n"
        return
    for n, (*_, i) in enumerate(order):
        text = json.dumps(cards[i].to_json(), ensure_ascii=False, indent=2).replace("\n", "\n  ")
        yield ("[\n  " if n == 0 else ",\n  ") + text
    yield "\n]\n"
