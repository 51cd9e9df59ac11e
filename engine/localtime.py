"""Times as the office reads them: in its own zone, to the minute (2026-12-02 04:34).

The store keeps UTC ISO stamps (engine.store); whatever shows a time to a person goes through `shown`.
The zone is Asia/Shanghai unless XXGK_TIMEZONE names another (an IANA name such as Asia/Urumqi).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_ZONE = "Asia/Shanghai"
ZONE_VARIABLE = "XXGK_TIMEZONE"
FORMAT = "%Y-%m-%d %H:%M"


def zone() -> ZoneInfo:
    name = os.environ.get(ZONE_VARIABLE) or DEFAULT_ZONE
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"{ZONE_VARIABLE}={name!r} 不是有效的时区名称（例如 {DEFAULT_ZONE}）") from exc


def shown(stamp: str | datetime | None) -> str:
    """A stored UTC stamp (a naive one is taken as UTC) in the office's zone, to the minute; "" for none."""
    if not stamp:
        return ""
    try:
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)  # not a time: shown as it is rather than lost
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone()).strftime(FORMAT)
