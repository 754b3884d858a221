"""The fixed safety texts: present, filled from the settings, crisis first, plain, no doses."""

from __future__ import annotations

import re
import warnings

import pytest

from assistant.config import load_settings
from assistant.safety import (
    DISCLAIMER,
    EMPTY_MESSAGE,
    FLAGS,
    NO_EXERCISES_AFTER_EMERGENCY,
    NOT_ENGLISH,
    REFUSALS,
    TRIAGE_FAILED,
    Level,
    Triage,
    Triager,
    check_output,
    refusal,
    render,
    safety_message,
)
from assistant.safety.texts import FLAG_TEXTS

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import textstat

NUMBER = "999-TEST"
CRISIS = "CRISIS-LINE-TEST"

# One message per flag, and the level it should produce.
FLAG_MESSAGES: list[tuple[str, str, Level]] = [
    ("self_harm", "I want to kill myself", Level.EMERGENCY),
    ("self_harm", "sometimes I wish I wasn't here", Level.URGENT),
    ("cauda_equina", "I can't feel my bum when I wipe", Level.EMERGENCY),
    ("leg_weakness", "both my legs gave way", Level.EMERGENCY),
    ("aortic_aneurysm", "sudden tearing pain in my back", Level.EMERGENCY),
    ("major_trauma", "I fell off a ladder and my foot is numb", Level.EMERGENCY),
    ("infection", "I've had a fever since Tuesday", Level.URGENT),
    ("cancer", "I had breast cancer five years ago", Level.URGENT),
    ("fracture", "I'm 78 with osteoporosis and hurt it sneezing", Level.URGENT),
    ("neuro_deficit", "my foot slaps when I walk", Level.URGENT),
    ("night_pain", "the pain wakes me every night", Level.URGENT),
    ("inflammatory", "I have ankylosing spondylitis", Level.PRIMARY_CARE),
    ("not_improving", "my back isn't getting better after 6 weeks", Level.PRIMARY_CARE),
]
TEMPLATES_WITH_NUMBER = {
    "TRIAGE_FAILED": TRIAGE_FAILED,
    "NO_EXERCISES_AFTER_EMERGENCY": NO_EXERCISES_AFTER_EMERGENCY,
    "NOT_ENGLISH": NOT_ENGLISH,
    "DISCLAIMER": DISCLAIMER,
}
ALL_FIXED = {**TEMPLATES_WITH_NUMBER, "EMPTY_MESSAGE": EMPTY_MESSAGE,
             **{f"refusal:{name}": text for name, text in REFUSALS.items()},
             **{f"why:{flag}": pair[0] for flag, pair in FLAG_TEXTS.items()},
             **{f"tell:{flag}": "Tell them " + pair[1] for flag, pair in FLAG_TEXTS.items()}}


@pytest.fixture(scope="module")
def triager() -> Triager:
    return Triager(None)


def message_for(triager: Triager, text: str) -> tuple[Triage, str]:
    triage = triager.assess(text)
    return triage, safety_message(triage, NUMBER, CRISIS)


@pytest.mark.parametrize(("flag", "text", "level"), FLAG_MESSAGES)
def test_each_flag_gets_its_message(triager: Triager, flag: str, text: str, level: Level) -> None:
    triage, message = message_for(triager, text)
    assert (triage.level, triage.flags) == (level, (flag,))
    assert NUMBER in message
    if flag != "self_harm":
        assert FLAG_TEXTS[flag][0] in message
        assert "tell them" in message


@pytest.mark.parametrize(
    ("level", "where"),
    [
        (Level.EMERGENCY, "emergency department"),
        (Level.URGENT, "today"),
        (Level.PRIMARY_CARE, "next week or two"),
    ],
)
def test_message_says_how_fast_and_where(triager: Triager, level: Level, where: str) -> None:
    text = next(t for f, t, lv in FLAG_MESSAGES if lv == level and f != "self_harm")
    _, message = message_for(triager, text)
    assert where in message


def test_self_care_has_no_message(triager: Triager) -> None:
    assert safety_message(triager.assess("my back aches after gardening"), NUMBER, CRISIS) == ""
    assert safety_message(Triage.initial(), NUMBER, CRISIS) == ""


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "sometimes I wish I wasn't here and I can't feel my bum when I wipe",
        "I'm going to end it and I've had a fever for days",
    ],
)
def test_crisis_guidance_comes_first(triager: Triager, text: str) -> None:
    _, message = message_for(triager, text)
    assert CRISIS in message
    first_paragraph = message.split("\n\n")[0]
    assert CRISIS in first_paragraph
    assert "sorry you're feeling like this" in first_paragraph


def test_intent_gets_the_emergency_number_inside_the_crisis_block(triager: Triager) -> None:
    _, message = message_for(triager, "I've saved up my pills to end it")
    first = message.split("\n\n")[0]
    assert NUMBER in first
    assert CRISIS in first


def test_several_flags_are_all_explained(triager: Triager) -> None:
    triage, message = message_for(triager, "I inject drugs and now my legs are weak")
    assert set(triage.flags) == {"infection", "leg_weakness"}
    assert FLAG_TEXTS["infection"][0] in message
    assert FLAG_TEXTS["leg_weakness"][0] in message
    assert message.index("This needs help now") < message.index(FLAG_TEXTS["leg_weakness"][0])


def test_level_without_flags_still_gets_advice() -> None:
    triage = Triage(Level.PRIMARY_CARE, (), ())
    message = safety_message(triage, NUMBER, CRISIS)
    assert "GP" in message
    assert NUMBER in message


def test_every_flag_has_a_text() -> None:
    assert set(FLAG_TEXTS) | {"self_harm"} == set(FLAGS)


@pytest.mark.parametrize(("name", "template"), sorted(TEMPLATES_WITH_NUMBER.items()))
def test_fixed_texts_name_the_configured_number(name: str, template: str) -> None:
    assert "{emergency_number}" in template
    rendered = render(template, NUMBER, CRISIS)
    assert NUMBER in rendered
    assert "{" not in rendered


def test_default_settings_fill_the_templates() -> None:
    settings = load_settings({})
    rendered = render(TRIAGE_FAILED, settings.emergency_number, settings.crisis_line)
    assert settings.emergency_number in rendered


@pytest.mark.parametrize(("name", "text"), sorted(ALL_FIXED.items()))
def test_fixed_texts_pass_the_output_guard(name: str, text: str) -> None:
    assert check_output(render(text, NUMBER, CRISIS)) == ()


@pytest.mark.parametrize(("name", "text"), sorted(ALL_FIXED.items()))
def test_fixed_texts_are_region_neutral(name: str, text: str) -> None:
    assert not re.search(r"\b(?:999|911|112|111|988|NHS|Samaritans)\b", text)


@pytest.mark.parametrize(("name", "text"), sorted(ALL_FIXED.items()))
def test_fixed_texts_are_plain(name: str, text: str) -> None:
    rendered = render(text, "your local emergency number", "a crisis line")
    assert textstat.flesch_kincaid_grade(rendered) <= 9.0
    assert max(len(s.split()) for s in re.split(r"[.!?]\s", rendered)) <= 30


def test_disclaimer_says_education_not_diagnosis() -> None:
    assert "not a doctor" in DISCLAIMER
    assert "diagnose" in DISCLAIMER


def test_failure_text_advises_a_clinician() -> None:
    assert "doctor" in TRIAGE_FAILED
    assert "today" in TRIAGE_FAILED


@pytest.mark.parametrize("category", sorted(REFUSALS))
def test_refusals_redirect(category: str) -> None:
    assert re.search(r"I can (?:explain|only help)|happy to help", refusal(category))
