"""Numbers as reports write them: Arabic or Chinese numerals, 万, 余/多, units 条/件/人次/元/万元."""

from __future__ import annotations

import math

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}

# a number: Arabic (with decimals) or a run of Chinese numerals; then optional 万 and 余/多. It can only
# start where a number starts: without the lookbehinds a pattern that opens with a number backtracks
# quadratically over a long run of digits.
# (nor after 每 or 第: "每一条信息" is each item, "第一条" an article; a40)
NUMBER = (r"((?<![\d.])\d+(?:\.\d+)?|(?<![零〇一二两三四五六七八九十百千每第])[零〇一二两三四五六七八九十百千]+)"
          r"\s*(万)?\s*(?:余|多)?")


def cn_to_int(s: str) -> int | None:
    """一百二十三 → 123, 二〇一九 → 2019 (digit by digit when there is no unit: a year's four digits, or a run with
    〇), 十五 → 15."""
    if not s or any(ch not in CN_DIGITS and ch not in CN_UNITS and ch != "万" for ch in s):
        return None
    if not any(ch in CN_UNITS or ch == "万" for ch in s):
        if 1 < len(s) < 4 and "零" not in s and "〇" not in s:
            return None  # "两三件", "三五条": a few, no count; "东四六条": a street's name (a42)
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[ch]
            digit = None
        else:  # 万
            total += (section + (digit or 0)) * 10000
            section, digit = 0, None
    return total + section + (digit or 0)


def to_number(digits: str, wan: str | None = None) -> float | None:
    """The value of a NUMBER match's groups; 万 multiplies by 10,000."""
    if digits[0].isdigit():
        value: float | None = float(digits)
    else:
        n = cn_to_int(digits)
        value = None if n is None else float(n)
    if value is None:
        return None
    return value * 10000 if wan else value


def to_int(digits: str, wan: str | None = None) -> int | None:
    value = to_number(digits, wan)
    # 309+ digits are float infinity: no count at all, not a crash (fuzz, issue 14)
    return None if value is None or not math.isfinite(value) else int(round(value))
