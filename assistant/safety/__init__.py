"""Safety layer: red-flag triage, scope guard, output guard and the fixed safety texts."""

from assistant.safety.combine import FLAGS
from assistant.safety.facts import Facts, Observation
from assistant.safety.levels import Level, max_level
from assistant.safety.output_guard import check_output
from assistant.safety.scope import ScopeDecision, check_scope
from assistant.safety.screener import Screener
from assistant.safety.texts import (
    DISCLAIMER,
    EMPTY_MESSAGE,
    NO_EXERCISES_AFTER_EMERGENCY,
    NOT_ENGLISH,
    REFUSALS,
    TRIAGE_FAILED,
    refusal,
    render,
    safety_message,
)
from assistant.safety.triage import Encoder, Finding, Triage, Triager

__all__ = [
    "DISCLAIMER",
    "EMPTY_MESSAGE",
    "FLAGS",
    "NOT_ENGLISH",
    "NO_EXERCISES_AFTER_EMERGENCY",
    "REFUSALS",
    "TRIAGE_FAILED",
    "Encoder",
    "Facts",
    "Finding",
    "Level",
    "Observation",
    "ScopeDecision",
    "Screener",
    "Triage",
    "Triager",
    "check_output",
    "check_scope",
    "max_level",
    "refusal",
    "render",
    "safety_message",
]
