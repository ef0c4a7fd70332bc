"""A document's metadata: inferred from its text, each field overridable by a JSON sidecar.

Inferred (from the notice and the lines around the title): region ("鼓楼区" from "鼓楼区人民
政府"), year and date (the delivery date under the speaker line, else the year in the title),
speaker ("区长 吴 炜"), meeting, issuer, published (the notice's date) and a title
("鼓楼区2020年政府工作报告"). Without a sidecar the id is a slug of the file name. A sidecar
value that is not usable (`"year": "2022年"`, null) is one CorpusError naming file and field.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from wenzheng.corpus.model import DocumentMeta

from wenzheng.errors import CorpusError

MIN_YEAR, MAX_YEAR = 1949, 2100
REQUIRED = ("id", "title", "issuer", "year", "date")
_TEXT_FIELDS = ("id", "title", "issuer", "date", "speaker", "region", "meeting", "published")
_HEAD_LINES = 60  # metadata sits in the notice and around the title
_CN = "[\u4e00-\u9fff]"
_REGION = re.compile(rf"({_CN}{{1,12}}?(?:自治县|自治旗|自治州|新区|省|市|区|县|旗|州|盟))人民政府")
_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*[《“]?\s*政府工作报告")
_SPEAKER = re.compile(
    rf"(?:{_CN}*?人民政府|{_CN}*?政府)?(?:代理)?(区长|县长|市长|省长|旗长|州长|主席)\s*"
    rf"({_CN}(?:\s*{_CN}){{1,3}})$"
)
_NTH = r"第[一二三四五六七八九十\d]+"
_MEETING = re.compile(rf"([区县市省旗州]?{_NTH}届人民代表大会{_NTH}次会议)")
_TITLE_LINE = re.compile(rf"^({_CN}{{0,16}}?)((?:19|20)\d{{2}})年政府工作报告$")
# The meeting line names the region: "——2021年1月8日在南京市鼓楼区第二届人民代表大会…"
_MEETING_REGION = re.compile(
    rf"在({_CN}{{1,14}}?(?:自治县|自治旗|新区|省|市|区|县|旗|州|盟)){_NTH}届人民代表大会"
)
_ISO_PUBLISHED = re.compile(
    r"(?:发布时间|发布日期|(?<![更新修改])时间)[:：]\s*((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})"
)
_ANY_TITLE_YEAR = re.compile(rf"((?:19|20)\d{{2}})\s*年\s*{_CN}{{0,14}}?政府工作报告")


def document_meta(path: Path, text: str) -> DocumentMeta:
    """Metadata of the report at `path`: inferred from `text`, overridden by NAME.json if any."""
    data: dict[str, Any] = infer(text)
    data["id"] = slug(path.stem)
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        data.update(read_sidecar(sidecar))
        source = sidecar
    else:
        source = path
    missing = [k for k in REQUIRED if not data.get(k)]
    if missing:
        raise CorpusError(
            f"{path}: cannot infer {', '.join(missing)} from the text; "
            f"give {'it' if len(missing) == 1 else 'them'} in a sidecar {path.stem}.json"
        )
    return to_meta(data, source)


def read_sidecar(path: Path) -> dict[str, Any]:
    """The fields of a JSON sidecar, each checked (CorpusError naming the file and field)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise CorpusError(f"cannot read metadata {path}: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"metadata {path} is not a JSON object")
    for key, value in data.items():
        if key in ("year", "review_year"):
            data[key] = _year(value, path, key)
        elif key in _TEXT_FIELDS and (
            isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip()
        ):
            raise CorpusError(f"metadata {path}: {key!r} must be a non-empty text, got {value!r}")
    return data


def to_meta(data: dict[str, Any], path: Path) -> DocumentMeta:
    """A DocumentMeta from merged fields; unknown fields are kept in `extra`."""
    extra = {k: v for k, v in data.items() if k not in (*_TEXT_FIELDS, "year")}
    if "review_year" in extra:
        extra["review_year"] = _year(extra["review_year"], path, "review_year")
    return DocumentMeta(
        id=str(data["id"]),
        title=str(data["title"]),
        issuer=str(data["issuer"]),
        year=_year(data["year"], path, "year"),
        date=str(data["date"]),
        **{k: str(data.get(k) or "") for k in ("speaker", "region", "meeting", "published")},
        extra=extra,
    )


def _year(value: object, path: Path, key: str) -> int:
    """A year: 2020 or "2020"; anything else is an error naming file, field and value."""
    if isinstance(value, int) and not isinstance(value, bool):
        year = value
    elif isinstance(value, str) and re.fullmatch(r"\s*\d{4}\s*", value):
        year = int(value)
    else:
        raise CorpusError(f"metadata {path}: {key!r} must be a year such as 2020, got {value!r}")
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CorpusError(f"metadata {path}: {key!r} {year} is not a plausible year")
    return year


def slug(stem: str) -> str:
    """A document id from a file name: lower case, runs of other characters as one "-"."""
    return re.sub(r"[^\w]+", "-", stem.lower()).strip("-_") or "report"


def infer(text: str) -> dict[str, Any]:
    """The metadata fields the opening lines of a report state (absent ones left out)."""
    lines = [" ".join(x.split()) for x in text.splitlines() if x.strip()][:_HEAD_LINES]
    flat = ["".join(x.split()) for x in lines]
    out: dict[str, Any] = {}
    title_at = next(
        (i for i, x in enumerate(flat) if x.endswith("政府工作报告") and len(x) <= 30), None
    )
    meeting_region = next((m.group(1) for x in flat if (m := _MEETING_REGION.search(x))), "")
    if meeting_region:
        out["region"] = meeting_region
    for x in [] if meeting_region else flat:
        m = _REGION.search(x)
        if m and "关于" not in m.group(1) and "代表" not in m.group(1):
            out["region"] = m.group(1)
            break
    titled = _TITLE_LINE.match(flat[title_at]) if title_at is not None else None
    if titled and titled.group(1):
        named: str = titled.group(1)
        if named.endswith(str(out.setdefault("region", named))):
            out["region"] = named  # the title names its city: 南京市江宁区
    after = flat[title_at:] if title_at is not None else flat
    for i, x in enumerate(after[:8]):
        m = _SPEAKER.search(x)
        if m:
            out["speaker"] = m.group(2).replace(" ", "")
            d = _DATE.search(" ".join(after[i : i + 3]))
            if d:
                out["date"] = _iso(d)
            break
    if "date" not in out:
        d = next((m for x in after[:8] if (m := _DATE.fullmatch(x))), None)
        d = (
            d
            or next(  # the date on the meeting line: "——2021年1月8日在…会议上"
                (m for x in after[:8] if "会议" in x and (m := _DATE.search(x))), None
            )
        )
        if d:
            out["date"] = _iso(d)
    if title_at:
        d = next((m for x in flat[:title_at] if (m := _DATE.fullmatch(x))), None)
        if d:
            out["published"] = _iso(d)
    published = next((m for x in flat[:8] if (m := _ISO_PUBLISHED.search(x))), None)
    if published and "published" not in out:
        out["published"] = _iso(published)
    head = "\n".join(flat[: (title_at or 0) + 3])
    year = _TITLE_YEAR.search(head) or _ANY_TITLE_YEAR.search(head)
    if "date" in out:
        out["year"] = int(out["date"][:4])
    elif titled or year:
        out["year"] = int((titled or year).group(2 if titled else 1))  # type: ignore[union-attr]
    meeting = next((m.group(1) for x in flat if (m := _MEETING.search(x))), None)
    if meeting:
        out["meeting"] = meeting
    region = out.get("region", "")
    if region:
        out["issuer"] = f"{region}人民政府"
    if "year" in out:
        out["title"] = f"{region}{out['year']}年政府工作报告"
        if titled and titled.group(1):
            out["title"] = flat[title_at]  # type: ignore[index]
    if "date" not in out and "year" in out:
        out["date"] = str(out["year"])
    return out


def _iso(m: re.Match[str]) -> str:
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
