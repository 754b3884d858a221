"""Fifty conversations at once through one chat page: every reply belongs to its own conversation.

The page runs in a subprocess over the session's store of the real knowledge base. Each
conversation has its own gradio_client and thread, and all are released together (the
conversations and the checks live in evals/concurrency.py; `python -m evals.concurrency` prints
the same run's figures). Every reply is compared with the same conversation answered alone, in
this process. Latencies are recorded, never asserted: the clients wait as long as it takes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import free_port, wait_for_port

from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # evals/ is not installed; `python -m pytest` from the root finds it anyway
    sys.path.insert(0, str(ROOT))

from evals.concurrency import (  # noqa: E402
    Findings,
    Run,
    Script,
    answer_alone,
    check,
    latency_line,
    level_heads,
    make_scripts,
    run_at_once,
)

CLIENT_TIMEOUT = 300.0  # seconds: correctness only, so no client gives up on a slow, busy page


@dataclass(frozen=True)
class Outcome:
    scripts: tuple[Script, ...]
    run: Run
    findings: Findings


@pytest.fixture(scope="module")
def outcome(kb_settings: Settings, assistant, tmp_path_factory: pytest.TempPathFactory) -> Outcome:  # type: ignore[no-untyped-def]
    port, log = free_port(), tmp_path_factory.mktemp("page") / "page.log"
    env = {**os.environ, "BACKTALK_STORE_DIR": str(kb_settings.store_dir),
           "BACKTALK_KNOWLEDGE_DIR": str(kb_settings.knowledge_dir), "BACKTALK_PORT": str(port)}
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)
    try:
        scripts = make_scripts(sorted(e.title for e in assistant.exercises.values()))
        alone = answer_alone(assistant, scripts)  # while the page starts
        wait_for_port(proc, port, "the page", 120)
        run = run_at_once(f"http://127.0.0.1:{port}/", scripts, CLIENT_TIMEOUT)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    heads = level_heads(kb_settings.emergency_number, kb_settings.crisis_line)
    return Outcome(scripts, run, check(scripts, run, alone, heads))


def test_the_conversations_are_fifty_distinct_and_varied(assistant) -> None:  # type: ignore[no-untyped-def]
    scripts = make_scripts(sorted(e.title for e in assistant.exercises.values()))
    assert len(scripts) == 50
    assert len({s.turns for s in scripts}) == 50
    assert all(len(s.turns) == 3 for s in scripts)
    kinds = [s.kind for s in scripts]
    assert {kind: kinds.count(kind) for kind in kinds} == {"guided": 15, "emergency": 10, "urgent": 5, "question": 20}


@pytest.mark.slow
def test_every_turn_is_answered_without_error(outcome: Outcome, record_property: Callable[[str, object], None]) -> None:
    answered = [t.latency_ms for t in outcome.run.turns if not t.error]
    record_property("latency", latency_line("per turn", answered))
    record_property("wall_s", round(outcome.run.wall_s, 1))
    assert outcome.findings.errors == []
    assert len(answered) == 150


@pytest.mark.slow
def test_no_reply_belongs_to_another_conversation(outcome: Outcome) -> None:
    assert outcome.findings.cross_talk == []


@pytest.mark.slow
def test_each_conversation_keeps_its_own_level_and_guided_step(outcome: Outcome) -> None:
    """Guided sessions show the next step of their own exercise; emergency and urgent levels persist
    in their own conversation and never reach the self-care ones."""
    assert outcome.findings.wrong == []


@pytest.mark.slow
def test_replies_are_those_of_the_conversation_answered_alone(outcome: Outcome) -> None:
    """Nothing shared between page workers changes an answer (a pysbd Segmenter shared between
    threads once dropped sentences from concurrent answers)."""
    assert outcome.findings.unlike_alone == []
