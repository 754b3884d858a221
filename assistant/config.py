"""The one settings object. Nothing else in BackTalk reads environment variables."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

Backend = Literal["extractive", "local", "openai"]
EmbeddingBackend = Literal["torch", "onnx", "onnx-int8"]


class Settings(BaseSettings):
    """BackTalk's configuration; every field is read from `BACKTALK_<FIELD>`."""

    model_config = SettingsConfigDict(env_prefix="BACKTALK_", frozen=True, extra="ignore")

    knowledge_dir: Path = Field(Path("knowledge"), description="Folder of source documents to ingest.")
    store_dir: Path = Field(Path(".backtalk"), description="Folder of the embedded Chroma store, manifest, reports and feedback.")
    collection: str = Field("backtalk", min_length=3, description="Chroma collection name (3+ characters).")
    chroma_url: str = Field("", description="URL of a Chroma server; empty uses the embedded store in store_dir.")
    embedding_model: str = Field("", description="Folder of a sentence-transformers model; empty uses the packaged all-MiniLM-L6-v2.")
    embedding_backend: EmbeddingBackend = Field(
        "onnx", description="How the embedding model runs: torch, onnx (same vectors as torch) or onnx-int8.",
    )
    threads: int = Field(1, ge=1, le=64, description="CPU threads for the embedding model (1 is fastest on a busy 2-core machine).")
    chunk_size: int = Field(700, ge=200, le=4000, description="Largest chunk, in characters.")
    chunk_overlap: int = Field(1, ge=0, le=5, description="Sentences repeated between neighbouring chunks of one section.")
    exact_search_limit: int = Field(
        50_000, ge=0, description="Stores of at most this many chunks are searched exactly in memory; larger ones "
        "through Chroma's index (0: always Chroma).",
    )
    triage_screener: bool = Field(
        True, description="Let the learned screener (a small network over the conversation's embedding) raise "
        "the triage level to urgent or emergency; it never lowers it.",
    )
    top_k: int = Field(4, ge=1, le=20, description="Passages given to the answer composer.")
    min_relevance: float = Field(0.30, ge=0.0, le=1.0, description="Cosine similarity below which a passage counts as not relevant.")
    max_document_bytes: int = Field(5_000_000, ge=1000, description="Source files larger than this are skipped at ingest.")
    max_message_chars: int = Field(4000, ge=100, description="Longer user messages are truncated, with a visible note.")
    backend: Backend = Field("extractive", description="Answer backend: extractive (offline), local (GGUF in-process) or openai (compatible server).")
    local_model: str = Field("", description="GGUF file for the local backend; empty uses the packaged SmolLM2-135M-Instruct.")
    openai_base_url: str = Field("http://127.0.0.1:8000/v1", description="Base URL of the OpenAI-compatible server.")
    openai_model: str = Field("local", description="Model name sent to the OpenAI-compatible server.")
    openai_api_key: str = Field("", description="API key for the OpenAI-compatible server (empty for local servers).")
    generation_timeout: float = Field(60.0, gt=0, description="Seconds a model backend may take before the extractive answer is used.")
    max_tokens: int = Field(256, ge=16, le=4096, description="Longest answer a model backend may generate, in tokens.")
    emergency_number: str = Field(
        "your local emergency number (for example 999 in the UK, 911 in the US, 112 in the EU)",
        description="How safety messages name the emergency phone number.",
    )
    crisis_line: str = Field(
        "a crisis line (for example 988 in the US, Samaritans on 116 123 in the UK and Ireland, or your local emergency number)",
        description="How the crisis message names where to get help now.",
    )
    host: str = Field("127.0.0.1", description="Address the chat page binds to.")
    port: int = Field(7860, ge=1, le=65535, description="Port of the chat page.")
    log_messages: bool = Field(False, description="Write message text to logs and feedback (off by default for privacy).")
    auth: str = Field("", pattern=r"^$|^[^:]+:.+$", repr=False,
                      description="user:password turns on the page's login; empty means no login (bind to 127.0.0.1 only).")
    queue_concurrency: int = Field(4, ge=1, le=64, description="Answers the page computes at once; more requests wait in Gradio's queue.")


def load_settings(environ: Mapping[str, str] | None = None, **overrides: object) -> Settings:
    """Build Settings from a mapping of `BACKTALK_*` variables (tests pass a dict) plus overrides."""
    env = {} if environ is None else environ
    values: dict[str, object] = {
        name: env[f"BACKTALK_{name.upper()}"]
        for name in Settings.model_fields
        if f"BACKTALK_{name.upper()}" in env
    }
    values.update(overrides)
    return Settings.model_validate(values)
