"""Rule matching: which signs a message shows, and which it mentions only to deny or resolve."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.safety.clauses import Clause, Message
from assistant.safety.facts import Observation
from assistant.safety.frames import is_disowning, is_referenced
from assistant.safety.lexicon import (
    CORRECTION_EXPLANATIONS,
    CORRECTION_KEYWORDS,
    CompiledSign,
    compiled_signs,
)
from assistant.safety.negation import has_negation, negated
from assistant.safety.normalize import as_me

_SHOWN, _DENIED, _VETOED = "shown", "denied", "vetoed"
# A correction that gives another explanation ("it's my baby that wakes me", "lost it on
# purpose") or another owner ("my DAD had it, not me") takes the sign back.
_EXPLAINED, _ELSEWHERE = "explained", "elsewhere"
PREVIOUS_TURN = "@previous-turn"
# Signs too general to settle what a clause means; semantic matching still looks at the clause.
CONTEXT_SIGNS = frozenset({"minor_trauma", "sudden_onset", "severe_pain", "shock", "abdominal_pain",
                           "leg_pain", "diabetes", "smoker", "dysuria",
                           "weakness_worsening", "crisis_means",
                           "crisis_decided", "thoracic_pain", "recent_infection"})


@dataclass(frozen=True)
class RuleResult:
    """Signs a message shows, signs it denies, and the clauses where the rules already decided a
    sign that semantic matching could also find (so those clauses need no encoding)."""

    observations: tuple[Observation, ...]
    denied: frozenset[str]
    explained: frozenset[int]
    imagined: tuple[Observation, ...] = ()


def find_signs(message: Message, turn: int, patient: str) -> RuleResult:
    """Match every sign pattern against every clause, applying the context filters."""
    observations: list[Observation] = []
    denied: set[str] = set()
    explained: set[int] = set()
    imagined: list[Observation] = []
    for index, clause in enumerate(message.clauses):
        if clause.pet:
            continue
        if clause.hypothetical:  # kept aside: a later "ok, it's me" makes it real
            imagined_clause = replace(clause, text=as_me(clause.text), hypothetical=False, education=False)
            imagined += [Observation(sign.spec.name, clause.said, turn, source="imagined")
                         for sign in compiled_signs() if sign.spec.name not in CONTEXT_SIGNS
                         and judge(sign, imagined_clause, patient) == _SHOWN]
        for sign in compiled_signs():
            verdict = judge(sign, clause, patient, message.text)
            if verdict is not None and sign.spec.name not in CONTEXT_SIGNS:
                explained.add(index)
            if verdict == _SHOWN:
                observations.append(Observation(sign.spec.name, clause.said, turn))
            elif verdict == _DENIED or _taken_elsewhere(message, verdict):
                denied.add(sign.spec.name)
    if message.correction:
        denied |= _corrected(message) | _explained(message)
    return RuleResult(tuple(observations), frozenset(denied), frozenset(explained), tuple(imagined))


def _taken_elsewhere(message: Message, verdict: str | None) -> bool:
    """A correction gives the sign another explanation, or another owner while disowning it."""
    if not message.correction:
        return False
    return verdict == _EXPLAINED or (verdict == _ELSEWHERE and is_disowning(message.text))


def judge(sign: CompiledSign, clause: Clause, patient: str, message: str = "") -> str | None:
    """"shown", "denied" (negated or resolved), "vetoed" (context missing), "explained" (an
    exception applies), "elsewhere" (someone else's), or None. `message` is the whole turn, read
    for a sign's `unless_anywhere` exception."""
    matches = list(sign.pattern.finditer(clause.text))
    if not matches:
        return None
    if sign.requires is not None and not sign.requires.search(clause.sentence):
        return _VETOED
    if (sign.unless is not None and sign.unless.search(clause.sentence)) or (
            sign.unless_anywhere is not None and sign.unless_anywhere.search(message)):
        return _EXPLAINED
    verdict: str | None = None
    for match in matches:
        if not _in_frame(sign, clause, match):
            continue
        if negated(clause.text, match.start(), match.end()) or _expired(sign, clause):
            verdict = _DENIED
        elif _owned(sign, clause, patient, message):
            return _SHOWN
        elif verdict is None:
            verdict = _ELSEWHERE
    return verdict


def _in_frame(sign: CompiledSign, clause: Clause, match: re.Match[str]) -> bool:
    """False for hypotheticals and general questions; mood signs always count."""
    if sign.spec.kind == "mood":
        return True
    if clause.hypothetical:
        return False
    return not clause.education or is_referenced(clause.text, match.start())


def _expired(sign: CompiledSign, clause: Clause) -> bool:
    return sign.spec.kind in ("acute", "mood") and (clause.resolved or clause.long_ago)


# "my aunt had breast cancer and so did I": a relative's history that is the writer's too
_ME_TOO = re.compile(r"\b(?:and )?so (?:did|have|had|do) i\b|\bi (?:had|have had|have) (?:it|that|one) too\b"
                     r"|\bas (?:did|have) i\b|\b(?:and )?me too\b|\band i did too\b")


def _owned(sign: CompiledSign, clause: Clause, patient: str, message: str = "") -> bool:
    """Whether the sign belongs to the person being triaged (family history does not, unless the
    turn says "and so did I"; read in the turn as written, before "my aunt" became "i")."""
    if sign.spec.owner == "family":
        return clause.other is not None and clause.other != patient
    if sign.spec.kind == "history" and clause.other is not None and _ME_TOO.search(message):
        return True
    return sign.spec.kind == "mood" or clause.other is None or clause.other == patient


def _explained(message: Message) -> set[str]:
    """Non-nerve signs a correction explains away without repeating them ("I've lost 2 stone" ...
    "to clarify, it was on purpose, I'm dieting"); nerve signs are never taken back this way."""
    return {sign for sign, words in CORRECTION_EXPLANATIONS.items()
            if any(re.search(words, clause.sentence) for clause in message.clauses)}


def _corrected(message: Message) -> set[str]:
    """Signs a correction takes back without naming them in full ("it was numb from sitting and
    it's fine now"); "that was years ago" takes back the previous turn (PREVIOUS_TURN)."""
    denied: set[str] = set()
    for clause in message.clauses:
        if not (clause.resolved or clause.long_ago or has_negation(clause.text)):
            continue
        named = {sign for sign, words in CORRECTION_KEYWORDS.items()
                 if re.search(words, clause.text)}
        if not named and clause.long_ago and re.search(r"\b(?:that|it|this|those)\b", clause.text):
            named = {PREVIOUS_TURN}
        denied |= named
    return denied
