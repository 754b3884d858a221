"""Guided sessions as pure functions over real exercise cards parsed from real chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import guide
from assistant.exercises import Exercise, exercises_from_chunks
from assistant.guide import Intent, Session, read_intent
from assistant.knowledge.chunking import chunk_document
from assistant.knowledge.loaders import load_file

ROOT = Path(__file__).resolve().parents[1]
EXERCISES = ROOT / "knowledge" / "cards" / "exercises"


@pytest.fixture(scope="module")
def cards() -> dict[str, Exercise]:
    chunks = []
    for path in sorted(EXERCISES.glob("*.md")):
        docs, _ = load_file(path, ROOT / "knowledge", 1_000_000)
        chunks += [c for d in docs for c in chunk_document(d, 700, 1)]
    return exercises_from_chunks(chunks)


def test_every_exercise_card_parses_into_steps_and_numbers(cards: dict[str, Exercise]) -> None:
    assert len(cards) == len(list(EXERCISES.glob("*.md")))
    kneeling = cards["kneeling-hip-flexor-stretch"]
    assert len(kneeling.steps) == 8 and kneeling.steps[0].startswith("Start the kneeling")
    assert (kneeling.hold_seconds, kneeling.reps, kneeling.sides) == (30, 2, "both")
    assert kneeling.dose() == "Hold 30 s · 2 reps each side · 1 set"
    assert kneeling.section_items("Stop if")[0].startswith("You get sharp or shooting pain")


@pytest.mark.parametrize(("message", "in_session", "intent"), [
    ("next", True, Intent.NEXT), ("Done!", True, Intent.NEXT), ("ok", True, Intent.NEXT),
    ("back", True, Intent.BACK), ("go back", True, Intent.BACK), ("repeat", True, Intent.REPEAT),
    ("again please", True, Intent.REPEAT), ("stop", True, Intent.STOP), ("quit", True, Intent.STOP),
    ("it hurts", True, Intent.PAIN), ("sharp pain down my leg", True, Intent.PAIN),
    ("I get pins and needles", True, Intent.PAIN), ("it hurts when I do that", False, Intent.PAIN),
    ("walk me through the kneeling hip flexor stretch", False, Intent.START),
    ("can you guide me through a glute bridge", False, Intent.START),
    ("Give me a 10-minute routine for desk workers", False, Intent.ROUTINE),
    ("next", False, Intent.NONE), ("how long do I hold it?", True, Intent.NONE),
    ("why does sitting make my back ache?", False, Intent.NONE),
    ("my back hurts when I sit at my desk all day, why is that and what can I do about it", False, Intent.NONE),
])
def test_read_intent(message: str, in_session: bool, intent: Intent) -> None:
    assert read_intent(message, in_session) == intent


def test_a_session_walks_forward_back_and_finishes(cards: dict[str, Exercise]) -> None:
    bridge = cards["glute-bridge"]
    first = guide.start(bridge)
    assert first.session == Session("glute-bridge", 0)
    assert "step 1 of" in first.text and bridge.steps[0] in first.text
    second = guide.advance(bridge, first.session, Intent.NEXT)
    assert second.session == Session("glute-bridge", 1) and bridge.steps[1] in second.text
    assert guide.advance(bridge, second.session, Intent.BACK).session == Session("glute-bridge", 0)
    assert guide.advance(bridge, second.session, Intent.REPEAT).session == second.session
    last = Session("glute-bridge", len(bridge.steps) - 1)
    finished = guide.advance(bridge, last, Intent.NEXT)
    assert finished.session is None and "last step" in finished.text


def test_every_step_reply_shows_the_hold_time(cards: dict[str, Exercise]) -> None:
    kneeling = cards["kneeling-hip-flexor-stretch"]
    for step in range(len(kneeling.steps)):
        assert "Hold 30 s" in guide.show_step(kneeling, step).text


def test_stop_ends_the_session(cards: dict[str, Exercise]) -> None:
    reply = guide.advance(cards["bird-dog"], Session("bird-dog", 2), Intent.STOP)
    assert reply.session is None and "stopped" in reply.text


def test_pain_stops_with_the_cards_own_advice(cards: dict[str, Exercise]) -> None:
    reply = guide.stop_for_pain(cards["cat-cow"])
    assert reply.session is None
    assert reply.text.startswith(guide.PAIN_STOP)
    assert guide.PAIN_AFTER in reply.text
    for item in cards["cat-cow"].section_items("Stop if"):
        assert item in reply.text
    assert [c.section for c in reply.cited] == ["Stop if"]


@pytest.mark.parametrize(("message", "minutes"), [("a 10-minute routine", 10), ("15 mins of stretching", 15),
                                                 ("a quick routine", 10), ("a 90 minute routine", 60)])
def test_minutes_asked(message: str, minutes: int) -> None:
    assert guide.minutes_asked(message) == minutes


def test_routine_fits_the_time_and_cites_each_card(cards: dict[str, Exercise]) -> None:
    picks = [cards[i] for i in ("kneeling-hip-flexor-stretch", "cat-cow", "glute-bridge", "static-back", "bird-dog")]
    reply = guide.build_routine(picks, 10)
    total = sum(e.minutes for e in picks[:4] if e.id != "static-back")
    assert f"about {total} minutes" in reply.text
    assert len(reply.cited) == 3 and "Static back" not in reply.text
