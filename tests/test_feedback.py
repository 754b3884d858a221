"""Feedback in a real SQLite file, the `backtalk feedback` summary, and the exercise card HTML."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from assistant.exercise_view import card_html, illustration_path, load_illustration
from assistant.exercises import Exercise
from assistant.feedback import FeedbackStore, Rated, summarise
from assistant.ui import auth_pair, record_feedback, rated_for

ROOT = Path(__file__).resolve().parents[1]
RATED = Rated("abc123def456", ("glute-bridge", "sitting-and-back-ache"), "self_care",
              "my secret question", "the answer")


def test_feedback_rows_keep_no_text_by_default(tmp_path: Path) -> None:
    store = FeedbackStore.beside(tmp_path)
    store.record(RATED, liked=True)
    store.record(RATED, liked=False)
    rows = store.rows()
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        ("abc123def456", 1, ["glute-bridge", "sitting-and-back-ache"], "self_care"),
        ("abc123def456", -1, ["glute-bridge", "sitting-and-back-ache"], "self_care")]
    assert all(r[5] is None and r[6] is None for r in rows)
    assert b"my secret question" not in (tmp_path / "feedback.sqlite3").read_bytes()


def test_feedback_keeps_text_only_when_asked(tmp_path: Path) -> None:
    store = FeedbackStore.beside(tmp_path, keep_text=True)
    store.record(RATED, liked=True)
    assert store.rows()[0][5:] == ("my secret question", "the answer")


def test_summary_counts_per_source() -> None:
    rows = [("a", 1, ["x", "y"], "self_care", 1.0, None, None), ("b", -1, ["x"], "urgent", 2.0, None, None),
            ("c", 1, ["x", "x"], "self_care", 3.0, None, None)]
    summary = summarise(rows)
    assert (summary.up, summary.down, summary.last) == (2, 1, 3.0)
    assert summary.by_source == (("x", 2, 1), ("y", 1, 0))
    assert "3 ratings: 2 helpful, 1 not helpful (67 % helpful)" in summary.render()
    assert summarise([]).render() == "No feedback yet."


def test_record_feedback_maps_chat_indexes_and_ignores_unknown(tmp_path: Path) -> None:
    store = FeedbackStore.beside(tmp_path)
    ratings = {3: RATED, 4: RATED}
    assert record_feedback(store, ratings, 4, True).startswith("Thanks")
    assert record_feedback(store, ratings, [3, 0], False).startswith("Thanks")
    assert record_feedback(store, ratings, 1, True) == ""  # a user message: nothing to rate
    assert record_feedback(store, ratings, 3, "maybe") == ""
    assert [r[1] for r in store.rows()] == [1, -1]


def test_rated_for_covers_answer_and_sources_messages(assistant) -> None:  # type: ignore[no-untyped-def]
    from assistant.conversation import Conversation

    reply, _ = assistant.reply("what do the hip flexors do?", Conversation())
    ratings = rated_for(reply, "what do the hip flexors do?", 5, 2)
    assert set(ratings) == {5, 6}
    assert ratings[5].answer_id == reply.id
    assert ratings[5].sources == tuple(p.chunk.doc_id for p in reply.passages)


def test_backtalk_feedback_prints_a_summary(tmp_path: Path) -> None:
    env = {**os.environ, "BACKTALK_STORE_DIR": str(tmp_path)}
    empty = subprocess.run([sys.executable, "-m", "assistant", "feedback"], env=env, cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert empty.returncode == 0 and "No feedback yet." in empty.stdout
    FeedbackStore.beside(tmp_path).record(RATED, liked=True)
    done = subprocess.run([sys.executable, "-m", "assistant", "feedback"], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "1 ratings: 1 helpful" in done.stdout and "glute-bridge" in done.stdout


def test_a_damaged_feedback_file_gives_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "feedback.sqlite3").write_bytes(b"this is not a database" * 100)
    result = subprocess.run([sys.executable, "-m", "assistant", "feedback"],
                            env={**os.environ, "BACKTALK_STORE_DIR": str(tmp_path)}, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert "cannot read the feedback file" in result.stderr and "Traceback" not in result.stderr
    assert sqlite3.sqlite_version  # the file was left as it was, for a person to look at
    assert (tmp_path / "feedback.sqlite3").read_bytes().startswith(b"this is not")


HOSTILE = Exercise(id="x", title="Wall <b>slide</b>", path="knowledge/cards/exercises/x.md",
                   steps=("Stand <img src=x onerror=alert(1)>", "Slide & hold"), hold_seconds=20,
                   reps=2, sets=1, sides="none", minutes=1, sections={"Stop if": "- Sharp <script>pain</script>"})


def test_card_html_escapes_every_knowledge_text() -> None:
    page = card_html(HOSTILE, step=1, illustration=b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>" not in page and "&lt;script&gt;pain" in page
    assert "Wall &lt;b&gt;slide&lt;/b&gt;" in page
    assert page.count('aria-current="step"') == 1 and "Step 2 of 2" in page
    assert 'data-seconds="20"' in page and 'role="timer"' in page
    assert 'src="data:image/svg+xml;base64,' in page


def test_card_html_without_hold_has_no_timer_and_without_session_no_progress() -> None:
    from dataclasses import replace

    page = card_html(replace(HOSTILE, hold_seconds=0))
    assert "hold-timer" not in page and "Step " not in page and "<img" not in page


def test_every_exercise_in_the_store_has_its_illustration(assistant) -> None:  # type: ignore[no-untyped-def]
    assert len(assistant.exercises) == 15
    for exercise in assistant.exercises.values():
        path = illustration_path(exercise, assistant.settings.knowledge_dir)
        assert path.exists(), path
        assert load_illustration(exercise, assistant.settings.knowledge_dir) == path.read_bytes()


def test_auth_setting_becomes_a_login_pair() -> None:
    import pytest

    from assistant.config import load_settings

    assert auth_pair(load_settings({})) is None
    assert auth_pair(load_settings({"BACKTALK_AUTH": "ana:s3cret:with:colons"})) == ("ana", "s3cret:with:colons")
    with pytest.raises(ValueError):
        load_settings({"BACKTALK_AUTH": "no-password-here"})
