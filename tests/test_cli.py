"""The command line and the batch contract, through real subprocesses where it matters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from contract import assert_contract

from assistant.batch import LineError, parse_line, run_batch
from assistant.cli import build_parser
from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def run_cli(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BACKTALK_STORE_DIR": str(settings.store_dir),
           "BACKTALK_KNOWLEDGE_DIR": str(settings.knowledge_dir)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=300, check=False)


@pytest.mark.parametrize(("line", "message"), [
    ("not json", "not valid JSON"), ("[1, 2]", "JSON object"), ('{"id": "x"}', "turns"),
    ('{"id": "x", "turns": []}', "turns"), ('{"id": "x", "turns": [3]}', "turns"),
])
def test_bad_lines_are_named(line: str, message: str) -> None:
    with pytest.raises(LineError, match=message):
        parse_line(line, 1)


def test_help_lists_every_command() -> None:
    text = build_parser().format_help()
    for command in ("ask", "batch", "ingest", "serve"):
        assert command in text


@pytest.mark.slow
def test_ask_json_obeys_the_contract(kb_settings: Settings) -> None:
    result = run_cli(kb_settings, "ask", "--json", "Why does sitting all day make my lower back ache?")
    assert result.returncode == 0, result.stderr
    obj = json.loads(result.stdout)
    assert_contract(obj)
    assert obj["triage"]["level"] == "self_care" and not obj["refused"]
    assert "[1]" in obj["answer"]
    assert obj["sources"][0]["source"] == "knowledge/cards/explainers/sitting-and-back-ache.md"


@pytest.mark.slow
def test_batch_survives_bad_lines_and_keeps_order(kb_settings: Settings, tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "turns": ["How do I do a glute bridge?"]}),
        "this is not json",
        json.dumps({"id": "b"}),
        json.dumps({"id": "c", "turns": ["my back hurts", "I also can't feel my bum when I wipe"]}),
    ]
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli(kb_settings, "batch", "--input", str(source), "--output", str(target))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [o.get("id") for o in out] == ["a", None, "b", "c"]
    assert "error" in out[1] and "error" in out[2]
    assert_contract(out[0], "a")
    assert_contract(out[3], "c")
    assert out[3]["triage"]["level"] == "emergency"
    assert "cauda_equina" in out[3]["triage"]["flags"]


def test_batch_with_unreadable_input_exits_non_zero(kb_settings: Settings, tmp_path: Path) -> None:
    result = run_cli(kb_settings, "batch", "--input", str(tmp_path / "missing.jsonl"),
                     "--output", str(tmp_path / "out.jsonl"))
    assert result.returncode != 0
    assert "cannot read" in result.stderr


def test_run_batch_keeps_history_per_conversation(assistant) -> None:  # type: ignore[no-untyped-def]
    lines = [json.dumps({"id": "x", "turns": ["I have a fever and back pain", "what stretch helps?"]}),
             json.dumps({"id": "y", "turns": ["what stretch helps?"]})]
    x, y = list(run_batch(assistant, lines))
    assert x["triage"]["level"] == "urgent"  # the fever persists into the second turn
    assert y["triage"]["level"] == "self_care"  # and never leaks into another conversation
