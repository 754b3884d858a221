from __future__ import annotations

import pytest

from assistant.conversation import (
    Conversation,
    Topic,
    asks_about_current_exercise,
    clean_message,
    is_follow_up,
    is_not_english,
    retrieval_query,
)

TITLES = frozenset({"bird dog", "glute bridge", "heat and cold for back pain"})


@pytest.mark.parametrize(("raw", "clean", "note"), [
    ("  my\u200b back\n\nhurts\x00 ", "my back hurts", ""),
    ("\u202eevil\u202c text", "evil text", ""),
    ("", "", ""),
    ("a" * 50, "a" * 20, "(Your message was very long, so I read only the first 20 characters.)"),
])
def test_clean_message(raw: str, clean: str, note: str) -> None:
    assert clean_message(raw, 20 if len(raw) == 50 else 4000) == (clean, note)


@pytest.mark.parametrize(("message", "expected"), [
    ("me duele mucho la espalda", True), ("我的腰很痛", True), ("Ich habe Rückenschmerzen und mein Bein ist taub", True),
    ("إنني أعاني من آلام الظهر", True), ("why does my back hurt", False), ("help me with my back", False),
    ("ok", False), ("psoas?", False), ("I did the cat-cow 😊 and it felt great", False),
])
def test_is_not_english(message: str, expected: bool) -> None:
    assert is_not_english(message) is expected


@pytest.mark.parametrize(("message", "expected"), [
    ("how long do I hold it?", True), ("what about the other side?", True),
    ("thanks. different question: does heat help?", False),
    ("why does sitting at a desk for eight hours make my whole lower back ache so much", False),
])
def test_is_follow_up(message: str, expected: bool) -> None:
    assert is_follow_up(message) is expected


def test_dose_follow_ups_stay_with_the_exercise_being_discussed() -> None:
    talking = Conversation(topic=Topic("glute-bridge", "Glute bridge", "exercise"))
    assert asks_about_current_exercise("how long do I hold it?", talking, TITLES)
    assert asks_about_current_exercise("how many reps?", talking, TITLES)
    assert not asks_about_current_exercise("how many reps of the bird dog?", talking, TITLES)
    assert not asks_about_current_exercise("the pigeon-type one, how long do I hold it?", talking, TITLES)
    assert not asks_about_current_exercise("why does sitting hurt?", talking, TITLES)
    assert not asks_about_current_exercise("how long do I hold it?", Conversation(), TITLES)
    explainer = Conversation(topic=Topic("heat-and-cold", "Heat and cold for back pain", "explainer"))
    assert not asks_about_current_exercise("how long do I hold it?", explainer, TITLES)


def test_follow_ups_are_searched_with_their_topic_unless_they_name_a_card() -> None:
    talking = Conversation(topic=Topic("glute-bridge", "Glute bridge", "exercise"))
    assert retrieval_query("how long do I hold it?", talking, TITLES) == "Glute bridge: how long do I hold it?"
    assert retrieval_query("ok the bird dog one, how do I do it?", talking, TITLES) == "ok the bird dog one, how do I do it?"
    assert retrieval_query("how long do I hold it?", Conversation(), TITLES) == "how long do I hold it?"
