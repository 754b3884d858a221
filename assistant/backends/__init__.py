"""Answer backends behind one small interface; `make_backend` picks one by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from assistant.backends.base import Answer, AnswerRequest, Backend

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.embeddings import SentenceEmbeddings

__all__ = ["Answer", "AnswerRequest", "Backend", "make_backend"]


def _extractive(settings: Settings, embeddings: SentenceEmbeddings) -> Backend:
    from assistant.backends.extractive import ExtractiveBackend

    return ExtractiveBackend(embeddings, min_relevance=settings.min_relevance)


def _model(make_chat: str) -> Callable[[Settings, SentenceEmbeddings], Backend]:
    def factory(settings: Settings, embeddings: SentenceEmbeddings) -> Backend:
        from assistant.backends import model
        from assistant.backends.extractive import ExtractiveBackend

        chat = getattr(model, make_chat)(settings)
        fallback = ExtractiveBackend(embeddings, min_relevance=settings.min_relevance)
        return model.ModelBackend(chat, fallback, settings.generation_timeout, settings.backend)

    return factory


FACTORIES: dict[str, Callable[[Settings, SentenceEmbeddings], Backend]] = {
    "extractive": _extractive,
    "local": _model("llama_cpp_chat"),
    "openai": _model("openai_chat"),
}


def make_backend(settings: Settings, embeddings: SentenceEmbeddings) -> Backend:
    """The backend named by `settings.backend`; a clear error names what is missing."""
    try:
        factory = FACTORIES[settings.backend]
    except KeyError:
        raise ValueError(
            f"backend {settings.backend!r} is not available; choose one of {sorted(FACTORIES)}"
        ) from None
    return factory(settings, embeddings)
