"""Output guard: doses, diagnoses and promises of cure in generated text."""

from __future__ import annotations

import pytest

from assistant.safety import check_output

VIOLATIONS: list[tuple[str, str]] = [
    ("Take 400 mg of ibuprofen.", "dose"),
    ("Ibuprofen 200mg three times a day can help.", "dose"),
    ("Take two tablets every 4-6 hours.", "dose"),
    ("You can take paracetamol every 6 hours.", "dose"),
    ("The maximum dose is 4 grams.", "dose"),
    ("Take 1 g of paracetamol up to four times a day.", "dose"),
    ("A couple of pills before bed should help.", "dose"),
    ("Take naproxen twice daily with food.", "dose"),
    ("Use 5 ml of the liquid medicine.", "dose"),
    ("You have sciatica.", "diagnosis"),
    ("You've got a slipped disc.", "diagnosis"),
    ("This is sciatica.", "diagnosis"),
    ("It sounds like you have a trapped nerve.", "diagnosis"),
    ("Your pain is probably a muscle strain.", "diagnosis"),
    ("You probably have arthritis in your spine.", "diagnosis"),
    ("You are suffering from spinal stenosis.", "diagnosis"),
    ("Your MRI shows a bulging disc.", "diagnosis"),
    ("That's cauda equina syndrome.", "diagnosis"),
    ("This stretch will cure your back pain.", "cure"),
    ("Results are guaranteed.", "cure"),
    ("This is a miracle stretch.", "cure"),
    ("Do this and you will never have back pain again.", "cure"),
    ("It gives instant relief.", "cure"),
    ("This exercise cures sciatica.", "cure"),
    ("Get rid of your back pain forever with one trick.", "cure"),
]

FINE: list[str] = [
    "Most back pain gets better within a few weeks.",
    "Stay active and avoid bed rest.",
    "Hold the stretch for 20 to 30 seconds and repeat 2 to 3 times.",
    "Do this stretch 3 times a day, most days of the week.",
    "Walk for 10 minutes twice a day.",
    "If you have sciatica, gentle walking often helps.",
    "People who have a slipped disc usually recover without surgery.",
    "Sciatica is pain that travels from the lower back down the leg.",
    "There is no cure for every kind of back pain, but most of it settles.",
    "No exercise is guaranteed to work for everyone.",
    "We can't promise instant relief.",
    "A pharmacist can tell you which painkiller suits you and how much to take.",
    "Ask your doctor whether you have a slipped disc.",
    "Do you have numbness between your legs?",
    "Heat can ease muscle spasm for some people.",
    "Hold for 30 to 60 seconds if you are over 65.",
    "Cauda equina syndrome is rare but serious.",
    "When you have back pain, keep moving gently.",
    "",
]


@pytest.mark.parametrize(("text", "kind"), VIOLATIONS)
def test_violations_found(text: str, kind: str) -> None:
    found = check_output(text)
    assert found
    assert all(v.startswith(f"{kind}:") for v in found)


@pytest.mark.parametrize("text", FINE)
def test_fine_text_passes(text: str) -> None:
    assert check_output(text) == ()


def test_each_violation_is_reported_separately() -> None:
    found = check_output("You have sciatica. Take 400 mg of ibuprofen. It will cure your pain.")
    assert [v.split(":")[0] for v in found] == ["diagnosis", "dose", "cure"]


def test_quotes_the_offending_words() -> None:
    assert check_output("Take 400 mg of ibuprofen.") == ("dose: '400 mg'",)
