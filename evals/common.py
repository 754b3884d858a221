"""Shared helpers for the evaluation scripts: settings, the live store, JSON lines."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
OUT = Path(__file__).resolve().parent / "out"


def read_jsonl(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def open_live_retriever() -> Any:
    """The hybrid retriever over the store named by the BACKTALK_* environment (ingested first)."""
    from assistant.config import load_settings
    from assistant.embeddings import go_offline

    go_offline()
    return retriever_for(load_settings(os.environ))


def retriever_for(settings: Any) -> Any:
    """The hybrid retriever over the live collection of `settings`' store."""
    from assistant.embeddings import open_embeddings
    from assistant.retrieval import open_retriever
    from assistant.store import live_collection, open_client

    return open_retriever(live_collection(open_client(settings), settings.collection), open_embeddings(settings),
                          settings.exact_search_limit)


def unique(items: Iterator[str] | list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def table(header: list[str], rows: list[list[Any]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)
