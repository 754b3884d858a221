"""One turn at a time through the real chain: safety first, guided sessions, fail-safe triage."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant import guide
from assistant.chain import Assistant
from assistant.conversation import Conversation
from assistant.safety import EMPTY_MESSAGE, TRIAGE_FAILED, Level, Triage, Triager, render


def talk(assistant: Assistant, *turns: str) -> tuple[list[str], Conversation, object]:
    conversation, answers, reply = Conversation(), [], None
    for turn in turns:
        reply, conversation = assistant.reply(turn, conversation)
        answers.append(reply.answer)
    return answers, conversation, reply


def test_a_red_flag_wins_over_the_question(assistant: Assistant) -> None:
    [answer], conversation, reply = talk(assistant, "How do I do a glute bridge? Also I peed myself and didn't notice")
    assert reply.triage.level == Level.EMERGENCY
    assert answer.startswith("This needs help now.")
    assert assistant.settings.emergency_number in answer
    assert reply.passages == () and "step 1" not in answer


def test_no_exercise_instructions_after_an_emergency(assistant: Assistant) -> None:
    answers, conversation, reply = talk(assistant, "I can't feel my bum when I wipe",
                                        "ok, walk me through the kneeling hip flexor stretch")
    assert reply.triage.level == Level.EMERGENCY
    assert conversation.session is None
    assert "step 1" not in answers[-1] and "Kneel" not in answers[-1]


def test_declined_request_still_escalates_a_red_flag(assistant: Assistant) -> None:
    [answer], _, reply = talk(assistant, "How many ibuprofen can I take? I've had a fever and chills all week")
    assert reply.refused
    assert reply.triage.level == Level.URGENT
    assert answer.index("today") < answer.index("medicine")


def test_guided_session_steps_and_stops_when_it_hurts(assistant: Assistant) -> None:
    answers, conversation, reply = talk(assistant, "walk me through the glute bridge", "next", "it hurts")
    assert "step 1 of" in answers[0] and "step 2 of" in answers[1]
    assert answers[2].startswith(guide.PAIN_STOP)
    assert conversation.session is None and reply.triage.level == Level.SELF_CARE
    assert [p.chunk.section for p in reply.passages] == ["Stop if"]


def test_pain_with_a_red_flag_stops_and_escalates(assistant: Assistant) -> None:
    answers, conversation, reply = talk(assistant, "walk me through the cat cow", "next",
                                        "sharp pain down my leg and now both legs feel weak")
    assert conversation.session is None
    assert reply.triage.level == Level.EMERGENCY


def test_a_question_inside_a_session_is_answered_about_that_exercise(assistant: Assistant) -> None:
    answers, conversation, reply = talk(assistant, "walk me through the kneeling hip flexor stretch",
                                        "how long should I hold it?")
    assert conversation.session is not None  # the session goes on after the question
    assert reply.passages[0].chunk.doc_id == "kneeling-hip-flexor-stretch"
    assert reply.passages[0].chunk.section == "Hold, reps and sets"
    assert "seconds" in answers[-1]


@pytest.mark.parametrize("exercise", ["kneeling hip flexor stretch", "single knee to chest stretch", "figure 4 stretch"])
def test_a_dose_follow_up_is_answered_from_the_exercise_just_discussed(assistant: Assistant, exercise: str) -> None:
    """ "How long do I hold it?" once drifted to another card whose hold sentence matched better."""
    _, talking = assistant.reply(f"how do I do the {exercise}?", Conversation())
    assert talking.topic is not None and talking.topic.kind == "exercise"
    reply, after = assistant.reply("how long do I hold it?", talking)
    assert reply.passages and {p.chunk.doc_id for p in reply.passages} == {talking.topic.doc_id}
    assert after.topic == talking.topic


def test_urgent_level_blocks_starting_exercises(assistant: Assistant) -> None:
    answers, conversation, _ = talk(assistant, "I've had a fever and night sweats with this back pain",
                                    "walk me through the bird dog")
    assert guide.NOT_NOW in answers[-1] and conversation.session is None


def test_routine_lists_exercises_with_the_total_time(assistant: Assistant) -> None:
    [answer], _, reply = talk(assistant, "Give me a 10-minute routine for desk workers")
    assert answer.startswith("Here is a routine of about")
    assert len(reply.passages) >= 2 and all(p.chunk.kind == "exercise" for p in reply.passages)


def test_empty_and_very_long_messages(assistant: Assistant) -> None:
    reply, conversation = assistant.reply(" \u200b\n\t", Conversation())
    assert reply.answer == EMPTY_MESSAGE and conversation == Conversation()
    reply, _ = assistant.reply("my back aches " * 2000, Conversation())
    assert reply.answer.startswith("(Your message was very long")


class BrokenTriager(Triager):
    def assess(self, message: str, previous: Triage | None = None) -> Triage:
        raise RuntimeError("boom")


def test_triage_failure_fails_safe(assistant: Assistant) -> None:
    broken = replace_triager(assistant, BrokenTriager(None))
    reply, _ = broken.reply("what stretch helps my back?", Conversation())
    assert reply.triage.level == Level.PRIMARY_CARE
    assert reply.answer.startswith(render(TRIAGE_FAILED, assistant.settings.emergency_number))


def replace_triager(assistant: Assistant, triager: Triager) -> Assistant:
    clone = Assistant.__new__(Assistant)
    clone.__dict__.update(assistant.__dict__, triager=triager)
    return clone


@pytest.mark.parametrize("turns", [
    ("why does sitting hurt my back?", "ok thanks"),
    ("how do I do the cat cow", "how often?"),
])
def test_ordinary_conversations_stay_self_care(assistant: Assistant, turns: tuple[str, ...]) -> None:
    _, conversation, reply = talk(assistant, *turns)
    assert reply.triage.level == Level.SELF_CARE and not reply.refused
    assert replace(conversation.triage).level == Level.SELF_CARE


class RecklessBackend:
    """A model backend that ignores its instructions: it doses, diagnoses and promises a cure."""

    def generate(self, request):  # type: ignore[no-untyped-def]
        from assistant.backends.base import Answer

        text = "You have sciatica. Take 800 mg of ibuprofen three times a day and it will cure it. [1]"
        yield text
        yield Answer(text, (1,), grounded=True)


def test_output_guard_replaces_a_violating_answer_with_the_extractive_one(assistant: Assistant) -> None:
    reckless = Assistant(assistant.settings, assistant.retriever, assistant.triager, RecklessBackend(),
                         fallback=assistant.fallback)
    reply, _ = reckless.reply("Is heat or ice better for back pain?", Conversation())
    assert "800 mg" not in reply.answer and "You have" not in reply.answer
    assert reply.passages and "heat" in reply.answer.lower()


def test_leg_pain_during_a_session_stops_it_without_an_emergency(assistant: Assistant) -> None:
    answers, conversation, reply = talk(assistant, "walk me through the kneeling hip flexor stretch",
                                        "next", "it hurts, sharp pain down my leg")
    assert answers[-1].startswith(guide.PAIN_STOP)
    assert conversation.session is None
    assert reply.triage.level == Level.SELF_CARE
