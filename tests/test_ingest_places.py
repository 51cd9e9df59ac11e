"""Place names that OpenCC's t2s would change survive the conversion (a39: a simplified page's 乾县 became 干县)."""

from __future__ import annotations

import opencc

from engine.ingest.normalise import to_simplified
from engine.parse import divisions


def test_every_division_name_t2s_changes_is_kept():
    t2s = opencc.OpenCC("t2s")
    changed = {n for n in divisions.names() | divisions.short_names() if t2s.convert(n) != n}
    assert changed  # (the table holds some: 乾县, 乾安县)
    for name in changed:
        text = f"如有疑问请与{name}人民政府办公室联系。本年度主动公開信息120條。"
        assert name in to_simplified(text)


def test_the_character_still_converts_elsewhere():
    # 乾燥 in a traditional text is 干燥; 乾县 beside it stays
    out = to_simplified("乾縣氣候乾燥,全年主動公開信息120條。")
    assert out.startswith("乾县")
    assert "干燥" in out
    assert "公开" in out


def test_a_pages_own_private_use_character_survives_beside_a_kept_place():
    # an icon font's private-use character in the text: never taken for the mark that keeps 乾县 from t2s
    assert to_simplified("乾縣\ue000乾燥") == "乾县\ue000干燥"
