"""Synthetic corpora for `wenzheng bench --reports N`: derived variants of the shipped reports.

Variant 0 of each source report is the report itself; variant i > 0 renames the place (the
district and its city), the speaker, shifts every year by the same amount and perturbs every
figure that is not a date or an ordinal (±30 %, the decimals kept). The variants are different
documents for the keyword index (their own place names, years and figures), with the source's
structure: each variant's i-th passage is derived from the source's i-th passage, which is
how `SourceVectors` gives it a vector without running the model (see `eval/scale.py`).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from wenzheng.corpus.loader import load_document
from wenzheng.corpus.model import Document
from wenzheng.corpus.places import region_levels
from wenzheng.index.build import embedding_text

# Syllables of invented place names; a name that occurs in a source report is skipped.
_FIRST = "青云临安清和永丰兴泰康华明光金玉石白春秋松梅兰竹杏桃柳枫竹溪雁鹤凤龙麒翠碧丹"
_SECOND = "山溪湖江河桥林园阳泉峰岭浦台塘湾洲坪川原滨沙港亭岗坝营堡关渡庄谷"
_SURNAMES = "王李张刘陈杨黄赵周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭"
_GIVEN = "伟强军平刚明华建国志勇杰涛斌超磊洋勤敏静丽娟霞瑞"
YEAR_SHIFTS = tuple(range(-10, 6))  # report years 2010..2025 for the 2020 report
# A four-digit number of these years is a year, unless a unit or measure word follows it.
_YEAR = re.compile(
    r"(?<![\d.])(?:19[5-9]\d|20[0-3]\d)(?![\d.%])(?![亿万千百家件个处人户套辆项元米名所张次幢栋台吨])"
)
_NUMBER = re.compile(r"(?<![\d.第])\d+(?:\.\d+)?(?![\d.]|[月日号届期A-Za-z])")


@dataclass(frozen=True)
class Variant:
    """One synthetic report: where it was written and what it was derived from."""

    index: int
    source: Path
    path: Path
    region: str
    year: int
    speaker: str


def synthesize(sources: Sequence[Path], out_dir: Path, n: int, seed: int = 0) -> list[Variant]:
    """Write n reports (text + JSON sidecar) derived from the source reports into out_dir."""
    out_dir.mkdir(parents=True, exist_ok=True)
    names = place_names(sources)
    if n > len(names):
        raise ValueError(f"at most {len(names)} variants: there are no more invented place names")
    variants = []
    for i in range(n):
        source = sources[i % len(sources)]
        variants.append(write_variant(source, out_dir, i, names[i], random.Random(seed * 7919 + i)))
    return variants


def place_names(sources: Sequence[Path]) -> list[tuple[str, str]]:
    """Distinct invented (district, city) stems, none of which a source report contains."""
    texts = "".join(p.read_text(encoding="utf-8") for p in sources)
    first, second = dict.fromkeys(_FIRST), dict.fromkeys(_SECOND)  # each syllable once
    stems = [a + b for a in first for b in second if a != b and a + b not in texts]
    cities = [a + "州" for a in first if a + "州" not in texts]
    random.Random(len(stems)).shuffle(stems)  # neighbouring variants differ in both syllables
    return [("", "")] + [(s, cities[i % len(cities)]) for i, s in enumerate(stems)]


def write_variant(
    source: Path, out_dir: Path, i: int, names: tuple[str, str], rng: random.Random
) -> Variant:
    """Write variant i of a source report (variant 0 is the report itself)."""
    text = source.read_text(encoding="utf-8")
    sidecar = source.with_suffix(".json")
    meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    doc = load_document(source)
    m = doc.meta
    path = out_dir / f"v{i:04d}-{source.stem}.txt"
    if i == 0 or not names[0]:
        path.write_text(text, encoding="utf-8")
        if meta:
            path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        return Variant(i, source, path, m.region, m.year, m.speaker)
    shift = rng.choice([s for s in YEAR_SHIFTS if s] or [1])
    speaker = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    renames = _renames(m.region, names)
    new = derive_text(text, renames, m.speaker, speaker, shift, rng)
    region = _apply(m.region, renames)
    fields = {
        **meta,
        "id": f"v{i:04d}-{m.id}",
        "title": _years(_apply(m.title, renames), shift),
        "issuer": _apply(m.issuer, renames),
        "region": region,
        "year": m.year + shift,
        "speaker": speaker,
    }
    for key in ("review_year",):
        if isinstance(fields.get(key), int):
            fields[key] += shift
    for key in ("date", "published"):
        if isinstance(fields.get(key), str):
            fields[key] = _years(fields[key], shift)
    path.write_text(new, encoding="utf-8")
    path.with_suffix(".json").write_text(json.dumps(fields, ensure_ascii=False), "utf-8")
    return Variant(i, source, path, region, m.year + shift, speaker)


def derive_text(
    text: str,
    renames: Sequence[tuple[str, str]],
    speaker: str,
    new_speaker: str,
    shift: int,
    rng: random.Random,
) -> str:
    """The source text with places renamed, the speaker replaced, years shifted, figures moved."""
    if speaker:
        spaced = r"\s*".join(map(re.escape, speaker))
        gap = " " if len(new_speaker) == 2 else ""
        text = re.sub(
            spaced, lambda m: new_speaker if m.group(0) == speaker else gap.join(new_speaker), text
        )
    text = _apply(text, renames)
    # years first, marked so that the figure pass leaves them alone
    text = _YEAR.sub(lambda m: f"\x00{int(m.group(0)) + shift}\x00", text)
    parts = text.split("\x00")
    for k in range(0, len(parts), 2):  # even parts are outside the year marks
        parts[k] = _NUMBER.sub(lambda m: _perturb(m.group(0), rng), parts[k])
    return "".join(parts)


def _renames(region: str, names: tuple[str, str]) -> list[tuple[str, str]]:
    """Old → new stems for a region's own level and its parent level, longest first."""
    own, parents = region_levels(region)
    stem, city = names
    pairs = [(own[-1], stem)] if own else []
    if parents:
        pairs.append((parents[-1], city))
    return sorted(pairs, key=lambda p: -len(p[0]))


def _apply(text: str, renames: Sequence[tuple[str, str]]) -> str:
    for old, new in renames:
        text = text.replace(old, new)
    return text


def _years(text: str, shift: int) -> str:
    return _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)


def _perturb(number: str, rng: random.Random) -> str:
    """A figure moved by up to ±30 % with its decimals kept (never to zero)."""
    decimals = len(number.split(".")[1]) if "." in number else 0
    value = float(number) * rng.uniform(0.7, 1.3)
    if decimals == 0:
        return str(max(1, round(value)))
    return f"{max(value, 10**-decimals):.{decimals}f}"


class SourceVectors:
    """A stand-in passage embedder for derived corpora: each passage gets its source's vector.

    The source passages are embedded once with the real model; a variant passage gets the
    vector of the source passage it was derived from, moved by a little noise seeded by its
    own text (so that no two passages share a vector, which an HNSW graph handles badly) and
    normalized. Any other text (the build's probe sentence) gets a seeded random unit vector.
    What it measures: storing and searching real-model vectors of the right size and spread.
    What it does not: the model's compute, which is the N=10 build's passages per second.
    """

    def __init__(self, vectors: dict[str, np.ndarray], dim: int, noise: float = 0.05) -> None:
        self.vectors, self.dim, self.noise = vectors, dim, noise
        self.name = "source-vectors"

    @classmethod
    def load(cls, path: Path) -> SourceVectors:
        """Read the table written by `save_source_vectors`."""
        data = np.load(path)
        keys = json.loads(str(data["keys"]))
        table = data["vectors"]
        return cls({k: table[row] for k, row in keys.items()}, int(table.shape[1]))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Source vectors plus text-seeded noise, normalized."""
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            rng = np.random.default_rng(abs(hash_text(text)))
            base = self.vectors.get(text)
            v = rng.standard_normal(self.dim) * (self.noise if base is not None else 1.0)
            if base is not None:
                v = v / np.sqrt(self.dim) + base
            out[row] = v / np.linalg.norm(v)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        """Only the build's probe asks for queries: the same seeded vectors."""
        return self.embed_passages(texts)


def hash_text(text: str) -> int:
    """A stable 63-bit hash of a text (Python's hash() changes between processes)."""
    import hashlib

    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()) >> 1


def save_source_vectors(
    variants: Sequence[Variant], source_vectors: dict[Path, np.ndarray], path: Path
) -> int:
    """Map every variant passage's embedding text to its source passage's vector; save it.

    Returns how many variant passages could not be matched to a source passage (a variant
    whose passages do not line up with its source's).
    """
    table: list[np.ndarray] = []
    keys: dict[str, int] = {}
    unmatched = 0
    sources: dict[Path, Document] = {}
    for v in variants:
        src = sources.setdefault(v.source, load_document(v.source))
        doc = load_document(v.path)
        if len(doc.passages) != len(src.passages):
            unmatched += len(doc.passages)
            continue
        vectors = source_vectors[v.source]
        for row, p in enumerate(doc.passages):
            keys[embedding_text(p)] = len(table)
            table.append(vectors[row])
    matrix = np.asarray(table, dtype=np.float32).reshape(len(table), -1)
    np.savez(path, vectors=matrix, keys=np.asarray(json.dumps(keys, ensure_ascii=False)))
    return unmatched


def source_texts(source: Path) -> list[str]:
    """What the index embeds for each passage of a source report, in order."""
    return [embedding_text(p) for p in load_document(source).passages]
