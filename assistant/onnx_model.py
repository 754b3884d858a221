"""The ONNX copy of the embedding model: exported (and optionally int8-quantised) once, locally.

The packaged model ships only PyTorch weights. The first time an ONNX backend is asked for, the
sentence-transformers model (transformer, pooling, normalisation) is traced to ONNX with torch,
quantised with ONNX Runtime if wanted, and written to a cache folder (`<store_dir>/models`).
Later processes load the file with ONNX Runtime and never import torch. The cache key covers
the model folder's files and the export recipe, so a changed model is exported again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXPORT_RECIPE = "st-traced-opset17-eager/int8-dynamic-per-channel/1"
OPSET = 17


def model_key(model_path: str) -> str:
    """Short hash of the model folder (file names, sizes, modification times) and the export recipe."""
    root = Path(model_path).resolve()
    digest = hashlib.sha256(f"{root}|{EXPORT_RECIPE}".encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"{path.relative_to(root)}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def model_folder(model_path: str, cache_dir: str | Path) -> Path:
    """Where files derived from this exact model are kept (ONNX exports, memoised vectors)."""
    return Path(cache_dir) / f"{Path(model_path).resolve().name}-{model_key(model_path)}"


def onnx_file(model_path: str, folder: Path, quantized: bool) -> Path:
    """The ONNX file for this model in its `model_folder` (exported on first use); its `.json`
    sidecar says how to feed it."""
    target = folder / ("model-int8.onnx" if quantized else "model.onnx")
    if target.exists() and sidecar(target).exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    plain = folder / "model.onnx"
    if not (plain.exists() and sidecar(plain).exists()):
        export(model_path, plain)
    if quantized:
        quantize(plain, target)
    return target


def sidecar(onnx_path: Path) -> Path:
    return onnx_path.with_suffix(".json")


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Tracing and quantising print advice (TracerWarning, "consider pre-processing"): not ours to act on."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        previous = logging.root.manager.disable
        logging.disable(logging.WARNING)
        try:
            yield
        finally:
            logging.disable(previous)


def export(model_path: str, target: Path) -> None:
    """Trace the whole sentence-transformers pipeline to ONNX; writes the file and its sidecar atomically."""
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    model = SentenceTransformer(model_path, device="cpu", local_files_only=True).eval()
    transformer: Any = model[0]
    with contextlib.suppress(Exception):  # plain attention ops are the ones ONNX Runtime fuses
        transformer.auto_model.set_attn_implementation("eager")
    preprocess = getattr(model, "preprocess", None) or model.tokenize  # renamed in sentence-transformers 6
    features = preprocess(["a short sentence", "a somewhat longer sentence to trace with"])
    names = [n for n in ("input_ids", "attention_mask", "token_type_ids") if n in features]

    class Pipeline(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, *tensors: Any) -> Any:
            return self.model(dict(zip(names, tensors, strict=True)))["sentence_embedding"]

    tokenizer = model.tokenizer
    meta = {"inputs": names, "max_seq_length": model.max_seq_length,
            "pad_id": tokenizer.pad_token_id, "pad_token": tokenizer.pad_token,
            "dimension": embedding_dimension(model), "recipe": EXPORT_RECIPE}
    with quiet(), torch.no_grad(), atomic(target) as tmp:
        torch.onnx.export(Pipeline().eval(), tuple(features[n] for n in names), str(tmp), input_names=names,
                          output_names=["sentence_embedding"], opset_version=OPSET, dynamo=False,
                          dynamic_axes={n: {0: "batch", 1: "sequence"} for n in names})
    write_sidecar(target, meta)


def embedding_dimension(model: Any) -> int:
    """Vector size of a SentenceTransformer (the method was renamed in sentence-transformers 6)."""
    method = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(method() or 0)


def quantize(source: Path, target: Path) -> None:
    """Dynamic int8 quantisation (weights per output channel; activations quantised at run time)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with quiet(), atomic(target) as tmp:
        quantize_dynamic(str(source), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    meta = json.loads(sidecar(source).read_text(encoding="utf-8"))
    write_sidecar(target, {**meta, "quantized": "int8"})


def write_sidecar(onnx_path: Path, meta: dict[str, Any]) -> None:
    with atomic(sidecar(onnx_path)) as tmp:
        tmp.write_text(json.dumps(meta, indent=1), encoding="utf-8")


@contextlib.contextmanager
def atomic(target: Path) -> Iterator[Path]:
    """A temporary path beside `target` that replaces it only when the block succeeds."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        tmp.chmod(0o644)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
