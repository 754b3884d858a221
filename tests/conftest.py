"""Shared fixtures: the real embedding model and a real store of the real knowledge base, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import Settings, load_settings
from assistant.embeddings import SentenceEmbeddings, load_embeddings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def embeddings() -> SentenceEmbeddings:
    return load_embeddings()


@pytest.fixture(scope="session")
def kb_settings(tmp_path_factory: pytest.TempPathFactory, embeddings: SentenceEmbeddings) -> Settings:
    """Settings whose store holds the whole knowledge/ folder, ingested once per test session."""
    from assistant.ingestion import ingest

    store = tmp_path_factory.mktemp("store")
    settings = load_settings({}, knowledge_dir=ROOT / "knowledge", store_dir=store)
    ingest(settings, progress=False, embeddings=embeddings)
    return settings


@pytest.fixture(scope="session")
def assistant(kb_settings: Settings, embeddings: SentenceEmbeddings):  # type: ignore[no-untyped-def]
    from assistant.chain import make_assistant

    return make_assistant(kb_settings, embeddings)
