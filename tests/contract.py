"""The batch/`ask --json` contract, checked the same way everywhere."""

from __future__ import annotations

import json
from typing import Any

LEVELS = {"emergency", "urgent", "primary_care", "self_care"}


def assert_contract(obj: dict[str, Any], conv_id: str | None = None) -> None:
    assert set(obj) >= {"answer", "triage", "refused", "sources", "latency_ms"}
    if conv_id is not None:
        assert obj["id"] == conv_id
    assert isinstance(obj["answer"], str)
    assert obj["answer"].strip()
    assert obj["triage"]["level"] in LEVELS
    assert isinstance(obj["triage"]["flags"], list)
    assert isinstance(obj["refused"], bool)
    assert isinstance(obj["latency_ms"], float | int)
    assert obj["latency_ms"] >= 0
    for source in obj["sources"]:
        assert set(source) >= {"id", "title", "source", "text"}
        assert source["source"].startswith("knowledge/")
    json.dumps(obj)
