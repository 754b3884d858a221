"""Shared fixtures: the real embedding model, loaded once per test session."""

from __future__ import annotations

import pytest

from assistant.embeddings import SentenceEmbeddings, load_embeddings


@pytest.fixture(scope="session")
def embeddings() -> SentenceEmbeddings:
    return load_embeddings()
