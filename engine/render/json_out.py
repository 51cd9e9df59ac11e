"""The scorecard array of the contract (schemas/scorecard.schema.json); errors are not part of it."""

from __future__ import annotations

import json
from collections.abc import Sequence

from engine.model import Scorecard


def render(cards: Sequence[Scorecard], errors: list[tuple[str, str]]) -> str:
    del errors  # the contract's array holds scorecards only; failures reach the user through the exit code
    return json.dumps([card.to_json() for card in cards], ensure_ascii=False, indent=2)
