"""China's administrative divisions down to the county level, from the data file the `cpca` package ships
(MIT; the national division codes, 省/市/县 names with their 12-digit codes). Used to check the place part of an
agency's name: a real name starts with places that exist ("北京市…", "宁国市青龙乡…"); a spam mirror's
advertising or a site's label ("标题县…") does not.

Only the CSV is read (the package's own import would pull in pandas); townships are not in it, so a name's
innermost 乡/镇/街道 is never checked, only the places above it.
"""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path

# a place token as agencies write it: 1–7 characters and the unit (one character only before 县: 忠县)
PLACE_TOKEN = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:自治区|自治州|自治县|省|市|州|地区|盟|县|旗|区)")
# a school's word inside a place-looking start: a university's name before its campus's city, no place
SCHOOL_IN_TOKEN = re.compile(r"大学|学院")
FUNCTIONAL_ZONE = re.compile(r"(?:开发|经开|高新|新|园|管理|经济|示范|试验|实验|景|社|城|矿|林|保护|工业|港)区$")
# the other kinds of zone (风景名胜区, 旅游度假区, 保税区, 台商投资区, 合作区, 商务区, 物流区, 片区), known
# only with the body after them (某风景名胜区管委会): alone, "做好某投资区政府信息公开工作" under 我委 is the
# topic, not who reports (a44)
BODIED_ZONE = re.compile(r"(?:名胜|度假|保税|投资|合作|商务|物流|片)区$")
BARE_UNITS = frozenset("省市县区州旗盟")  # a name opening with one of these alone is generic (区政府办)
# (the peoples an autonomous division names without 族: 新疆维吾尔自治区 is 新疆, 伊犁哈萨克自治州 伊犁, 博尔塔拉蒙古
# 自治州 博尔塔拉 — as a text writes them, "新疆自治区某局"; a24-agency-dept)
UNIT_SUFFIX = re.compile(r"(.{2,}?)(?:(?:[\u4e00-\u9fff]{1,8}族|维吾尔|哈萨克|蒙古|柯尔克孜|塔吉克|锡伯)*"
                         r"自治(?:区|州|县|旗)|省|市|县|区|地区|盟|旗)")
SKIP = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
MAX_NAME = 12


def _data_file() -> Path | None:
    spec = importlib.util.find_spec("cpca")  # finds the package without executing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    return path if path.is_file() else None


@lru_cache(maxsize=1)
def names() -> frozenset[str]:
    """Every division name in the data (北京市, 忠县, 西秀区, 黔东南苗族侗族自治州, …); empty without the data."""
    path = _data_file()
    if path is None:
        return frozenset()
    rows = path.read_text(encoding="utf-8").splitlines()[1:]  # adcode,name,longitude,latitude; names hold no commas
    found = {name for row in rows if (name := row.split(",", 2)[1]) and name not in SKIP}
    # an autonomous county or banner as its own sites write it, by its name and the plain unit (和布克赛尔蒙古自治县
    # → 和布克赛尔县, 长阳土家族自治县 → 长阳县, 鄂伦春自治旗 → 鄂伦春旗): the same division (a47)
    return frozenset(found | {m.group(1) + name[-1] for name in found
                              if name.endswith(("自治县", "自治旗")) and (m := UNIT_SUFFIX.fullmatch(name))})


@lru_cache(maxsize=1)
def short_names() -> frozenset[str]:
    """Names without their unit as people write them (福州 for 福州市, 宁夏 for 宁夏回族自治区)."""
    out = set()
    for name in names():
        if "自治" in name:
            m = UNIT_SUFFIX.fullmatch(name)
            if m:
                out.add(m.group(1))
        elif len(name) > 2 and name[-1] in "省市县区盟旗":
            out.add(name[:-1])
    return frozenset(out)


@lru_cache(maxsize=1)
def _provinces_by_short() -> dict[str, str]:
    """A province's or an autonomous region's short name and its full one (湖北 → 湖北省, 广西 → 广西壮族自治区)."""
    out = {}
    for name in names():
        if name.endswith(("省", "自治区")) and (m := UNIT_SUFFIX.fullmatch(name)):
            out[m.group(1)] = name
    return out


def province_by_short(name: str) -> str:
    """`name` with the province it opens with by its short name alone written in full ("湖北调查总队" → 湖北省调查
    总队), or "" when it opens with none."""
    found = _provinces_by_short()
    return next((found[name[:i]] + name[i:] for i in (3, 2) if name[:i] in found), "")


def available() -> bool:
    return bool(names())


@lru_cache(maxsize=4096)  # a report names itself several times; batches repeat agencies
def place_chain(name: str) -> str:
    """The longest run of known divisions at the start of `name` ("北京市滚球…" → "北京市", "宁国市青龙乡人民政府" →
    "宁国市"); "" when the name does not start with one."""
    known, pos = names(), 0
    while True:
        for end in range(min(len(name), pos + MAX_NAME), pos + 1, -1):
            if name[pos:end] in known:
                pos = end
                break
        else:
            return name[:pos]


NATIONAL = re.compile(r"(?:中国(?!共产党)|中华人民共和国|国家|国务院|全国|最高人民)")


def place_prefix(name: str) -> str:
    """The known place `name` opens with: place_chain's, else a division's short name with or without its unit
    (黔南州…, 福建…: a17-agency); "" when there is none."""
    chain = place_chain(name)
    if chain:
        return chain
    short = next((name[:i] for i in range(min(len(name), 5), 1, -1) if name[:i] in short_names()), "")
    if short and name[len(short):len(short) + 1] in BARE_UNITS:
        short = name[:len(short) + 1]
    return short


def opens_with_place(name: str) -> bool:
    """Whether `name` opens with a known division, in full or short (福建…, 三明…)."""
    return bool(place_prefix(name))


# the State Grid's brand before the place in its local companies' names (国网某市供电公司, 国家电网某县供电公司)
GRID_BRAND = re.compile(r"^(?:国网|国家电网(?:有限)?公司?)(?=[\u4e00-\u9fff]{2,}公司$)")


@lru_cache(maxsize=4096)
def unknown_place(name: str) -> str | None:
    """The place-looking start of `name` that is no known division ("标题县政府办" → "标题县"), or None when the name
    starts with a known place, with a bare unit (区政府办), or with no place at all (水务局). Without the data
    nothing is called unknown."""
    if NATIONAL.match(name):
        return None  # 中国科学院某分院, 国家某局: a national body's name opens with no place (a17-agency)
    # 中共某市委…: the party committee of a known place; 共青团某市某区委员会: the Youth League's committee of a known
    # place (a mass organisation, labelling A120, L19; a24-agency-other)
    name = re.sub(r"^(?:中国共产党|中共|共青团)", "", name)
    name = GRID_BRAND.sub("", name)  # 国网某市供电公司: the State Grid's company of a known place (a22-agency-other)
    if not available() or place_chain(name):
        return None
    m = PLACE_TOKEN.match(name)
    if m is None or len(m.group()) < 2:
        return None
    token = m.group()
    if len(token) == 2 and token[0] in BARE_UNITS:
        return None  # "省市场监管局", "县市场监督管理局": a bare unit before 市场/市政/区域, no place "省市"
    if SCHOOL_IN_TOKEN.search(token):
        return None  # "某理工大学广州学院": a university's name, then the city of its campus (a46)
    shorts = short_names()
    if FUNCTIONAL_ZONE.search(token) or BODIED_ZONE.search(token) and len(name) > len(token) \
            or any(token[:i] in shorts for i in range(2, len(token) + 1)):
        return None  # 高新区/开发区 are not divisions; 福州大学's 福州 is 福州市 written short
    return token
