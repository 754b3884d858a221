"""The learned screener: stored weights, thresholds, and that it only ever raises the level."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.embeddings import SentenceEmbeddings
from assistant.safety import Level, Screener, Triager, safety_message
from assistant.safety.screener import conversation_text
from assistant.safety.texts import FLAG_TEXTS
from evals.train_screener import training_sets
from evals.triage import UNREAD

# Written for these tests, in words no rule lists; not taken from any vignette set.
MISSED_BY_RULES = ("since tea time neither of my legs will take my weight and I keep sinking to the floor, "
                   "back's been bad for a week")
ORDINARY = (
    "my lower back is stiff after gardening yesterday, what stretches help?",
    "what is cauda equina syndrome?",
    "how long should I hold a hip flexor stretch?",
    "sore back after moving house at the weekend, easing a bit each day",
)
# Each of these is a red flag the rules find; the screener must never take the level down.
FLAGGED = (
    "I can't feel my bum when I wipe and I've wet myself without noticing",
    "I've had a fever and chills since Tuesday and my back is killing me",
    "I had breast cancer five years ago and now my back hurts at night",
    "my back has not got any better in 8 weeks",
    "I fell off a ladder and now both my legs are numb",
    "sometimes I wish I could go to sleep and not wake up",
)


@pytest.fixture(scope="module")
def screener() -> Screener:
    return Screener.load()


@pytest.fixture(scope="module")
def screened(embeddings: SentenceEmbeddings, screener: Screener) -> Triager:
    return Triager(embeddings, screener)


@pytest.fixture(scope="module")
def unscreened(embeddings: SentenceEmbeddings) -> Triager:
    return Triager(embeddings)


def toy(probabilities: list[float]) -> Screener:
    """A screener whose output is exactly `probabilities`, whatever the input."""
    logits = np.log(np.asarray(probabilities, dtype=np.float64) + 1e-12)
    return Screener(np.zeros((384, 1)), np.zeros(1), np.zeros((1, 4)), logits)


def test_stored_weights_give_a_distribution(screener: Screener, embeddings: SentenceEmbeddings) -> None:
    p = screener.probabilities(np.asarray(embeddings.encode(["my back hurts"]))[0])
    assert p.shape == (4,)
    assert p.sum() == pytest.approx(1.0)
    assert (p >= 0).all()


@pytest.mark.parametrize(("probabilities", "level"), [
    ([0.05, 0.0, 0.0, 0.95], Level.EMERGENCY),
    ([0.0, 0.0, 0.11, 0.89], Level.URGENT),       # not sure of an emergency, sure it is at least urgent
    ([0.06, 0.0, 0.5, 0.44], Level.SELF_CARE),     # 0.94: below the urgent threshold
    ([0.0, 1.0, 0.0, 0.0], Level.SELF_CARE),       # it has no say below urgent
    ([1.0, 0.0, 0.0, 0.0], Level.SELF_CARE),
])
def test_thresholds(probabilities: list[float], level: Level) -> None:
    assert toy(probabilities).level(np.zeros(384)) == level


def test_raises_what_the_rules_miss(screened: Triager, unscreened: Triager) -> None:
    assert unscreened.assess(MISSED_BY_RULES).level == Level.SELF_CARE
    triage = screened.assess(MISSED_BY_RULES)
    assert triage.level == Level.EMERGENCY
    assert triage.flags == ("screened",)


@pytest.mark.parametrize("text", ORDINARY)
def test_leaves_ordinary_questions_alone(screened: Triager, text: str) -> None:
    assert screened.assess(text).level == Level.SELF_CARE


@pytest.mark.parametrize("text", FLAGGED + ORDINARY + (MISSED_BY_RULES,))
def test_never_lowers_the_rules(screened: Triager, unscreened: Triager, text: str) -> None:
    rules, both = unscreened.assess(text), screened.assess(text)
    assert both.level.rank >= rules.level.rank
    assert set(rules.flags) <= set(both.flags)


def test_cannot_lower_even_when_it_is_sure_of_self_care(embeddings: SentenceEmbeddings) -> None:
    calm = Triager(embeddings, toy([1.0, 0.0, 0.0, 0.0]))
    assert calm.assess(FLAGGED[0]).level == Level.EMERGENCY


@pytest.mark.parametrize("text", [
    "Cyclobenzaprine?",
    "What is the outlook for spinal fusion?",
    "what research is being done for back pain?",
    "next",
    "how long do I hold it?",
])
def test_only_asked_when_someone_tells_of_symptoms(embeddings: SentenceEmbeddings, text: str) -> None:
    alarmed = Triager(embeddings, toy([0.0, 0.0, 0.0, 1.0]))  # would call everything an emergency
    assert alarmed.assess(text).level == Level.SELF_CARE
    assert alarmed.assess("my legs feel odd today").level == Level.EMERGENCY


def test_a_screened_level_persists(screened: Triager) -> None:
    first = screened.assess(MISSED_BY_RULES)
    later = screened.assess("thanks. also what is a good chair for working from home?", first)
    assert later.level == Level.EMERGENCY
    assert later.said == (MISSED_BY_RULES, "thanks. also what is a good chair for working from home?")


def test_it_reads_the_whole_conversation(embeddings: SentenceEmbeddings) -> None:
    seen: list[str] = []

    class Recording:
        def encode(self, texts: list[str]) -> np.ndarray:
            seen.extend(texts)
            return np.asarray(embeddings.encode(texts))

    triager = Triager(Recording(), toy([1.0, 0.0, 0.0, 0.0]))
    triager.assess("my legs feel odd today", triager.assess("I'm 70"))
    assert seen[-1] == conversation_text(["I'm 70", "my legs feel odd today"]) == "I'm 70 | my legs feel odd today"


def test_a_long_conversation_is_read_from_its_latest_turns() -> None:
    turns = [f"turn {i} " + "x" * 200 for i in range(10)]
    text = conversation_text(turns)
    assert text.endswith(turns[-1])
    assert len(text) <= 1000
    assert "turn 9" in text
    assert "turn 5" not in text
    assert conversation_text(["y" * 3000]) == "y" * 3000  # the last turn is always read whole


def test_the_screened_message_is_fixed_and_says_what_to_do(screened: Triager) -> None:
    message = safety_message(screened.assess(MISSED_BY_RULES), "999", "Samaritans 116 123")
    assert FLAG_TEXTS["screened"][0] in message
    assert "Call 999 now" in message
    assert "Tell them " + FLAG_TEXTS["screened"][1] in message.replace("tell them", "Tell them")


def test_needs_the_encoder(screener: Screener) -> None:
    with pytest.raises(ValueError, match="encoder"):
        Triager(None, screener)


def test_a_missing_weights_file_raises(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FileNotFoundError):
        Screener.load(tmp_path / "screener.npz")


def test_saved_weights_load_back(tmp_path, screener: Screener) -> None:  # type: ignore[no-untyped-def]
    screener.save(tmp_path / "copy.npz")
    again = Screener.load(tmp_path / "copy.npz")
    assert np.array_equal(again.out_bias, screener.out_bias)
    assert np.array_equal(again.hidden_weights, screener.hidden_weights)


def test_never_trained_on_the_unread_sets() -> None:
    assert training_sets()
    assert not set(training_sets()) & UNREAD
