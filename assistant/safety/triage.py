"""Conversation-level red-flag triage: rules with negation scope plus semantic matching."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from assistant.safety.clauses import Message, parse
from assistant.safety.combine import FLAGS, NEURO, SCREENED, Derived, derive
from assistant.safety.facts import Facts, Observation, shortens_duration, update_facts, without_signs
from assistant.safety.frames import (
    explains_away,
    is_exertion_soreness,
    numbness_persists,
    numbness_returns,
    owns_hypothetical,
)
from assistant.safety.levels import Level, max_level
from assistant.safety.lexicon import CORRECTION_KEYWORDS, acute_signs, compiled_signs
from assistant.safety.lexicon_neuro import NOT_BY_FORCE, PRESSURE_BACK, PRESSURE_SEAT
from assistant.safety.normalize import normalise
from assistant.safety.rules import PREVIOUS_TURN, find_signs
from assistant.safety.screener import Screener, conversation_text
from assistant.safety.semantic import SemanticMatcher, candidates


class Encoder(Protocol):
    """Anything that turns texts into L2-normalised vectors (SentenceEmbeddings does)."""

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


@dataclass(frozen=True)
class Finding:
    """One red flag: its level, the words that showed it, and the turn it was first seen at."""

    flag: str
    level: Level
    evidence: str
    turn: int


@dataclass(frozen=True)
class Triage:
    """The conversation's triage after some turns; the level never drops unless corrected."""

    level: Level
    flags: tuple[str, ...]
    findings: tuple[Finding, ...]
    facts: Facts = field(default_factory=Facts)
    turns: int = 0
    said: tuple[str, ...] = ()

    @classmethod
    def initial(cls) -> Triage:
        """Before the first message: self-care, no flags, no facts."""
        return cls(Level.SELF_CARE, (), (), Facts(), 0, ())

    def finding(self, flag: str) -> Finding | None:
        return next((f for f in self.findings if f.flag == flag), None)


class Triager:
    """Built once per process; `assess` is pure apart from the encoder calls.

    With an encoder, exemplar phrasings catch paraphrases of each sign; with a screener as well,
    a learned reader of the whole conversation can raise (never lower) the level."""

    def __init__(self, encoder: Encoder | None = None, screener: Screener | None = None) -> None:
        compiled_signs()  # compile every pattern now, not on the first user turn
        self._semantic = SemanticMatcher(encoder) if encoder is not None else None
        if screener is not None and encoder is None:
            raise ValueError("the screener reads the conversation through the encoder: pass both")
        self._encoder = encoder
        self._screener = screener

    def assess(self, message: str, previous: Triage | None = None) -> Triage:
        """The conversation-level triage after `message`."""
        before = previous or Triage.initial()
        turn = before.turns + 1
        parsed = parse(message)
        owned = owns_hypothetical(parsed.text)  # "ok fine, the someone is me": a "what if" was real
        if owned and before.facts.imagined and parsed.correction:
            # "i mean it did happen" after a "what if": confirming, not taking anything back
            parsed = replace(parsed, correction=False)
        patient = parsed.patient or before.facts.patient
        found = find_signs(parsed, turn, patient)
        observations: tuple[Observation, ...] = found.observations
        if self._semantic is not None:
            observations += self._semantic.find(parsed, found.explained, turn)
        pressure_gone = _pressure_gone(parsed, before.said[-1:])
        observations = _without_explained(parsed.text, observations, pressure_gone)
        if owned:
            observations += tuple(replace(o, turn=turn, source="owned")
                                  for o in (*before.facts.imagined, *found.imagined))
        facts = update_facts(before.facts, parsed, observations)
        facts = replace(facts, imagined=before.facts.imagined + found.imagined)
        taken_back: set[str] = set()
        if parsed.correction:
            taken_back = _taken_back(found.denied, observations, before.facts, turn)
            if explains_away(parsed.text):
                taken_back |= _explained_last_turn(parsed.text, before.facts, turn) - {o.sign for o in observations}
            if is_exertion_soreness(parsed.text):  # "I meant my legs are tired after the hike"
                taken_back |= {o.sign for o in before.facts.observations
                               if o.turn == turn - 1 and o.sign in _SORE_LEGS} - {o.sign for o in observations}
        if parsed.correction and shortens_duration(parsed.text):
            taken_back |= _SLOW_COURSE - {o.sign for o in observations}
        if parsed.resolves_previous:
            taken_back |= _resolved_last_turn(before.facts, observations, turn)
        if pressure_gone:
            taken_back |= _pressure_explained(before.facts, observations, turn)
        if taken_back:
            facts = without_signs(facts, frozenset(taken_back))
        derived = derive(facts)
        corrected = bool(taken_back) or _restated(parsed, before.facts, facts)
        kept = _kept(before.findings, derived, corrected)
        findings = _merge(kept, derived, facts, turn)
        said = (*before.said, message)
        if _tells_of_symptoms(parsed):
            findings = _merge(findings, self._screened(findings, said), facts, turn)
        return _triage(findings, facts, turn, said)

    def _screened(self, findings: tuple[Finding, ...], said: tuple[str, ...]) -> tuple[Derived, ...]:
        """A screener row when the learned reader asks for more than the findings give; `_merge`
        adds it, or raises an earlier one, like any other flag.

        Only asked on a turn that tells of someone's symptoms (`_tells_of_symptoms`): the network
        has only seen symptom stories, and on questions ("what is the outlook for spinal fusion?",
        "Cyclobenzaprine?") and commands ("next") its confidence means nothing."""
        if self._screener is None or self._encoder is None:
            return ()
        level = max_level(*(f.level for f in findings))
        if level == Level.EMERGENCY:
            return ()
        vector = np.asarray(self._encoder.encode([conversation_text(said)]), dtype=np.float32)[0]
        wanted = self._screener.level(vector)
        return (Derived(SCREENED, wanted, frozenset()),) if wanted.rank > level.rank else ()


_SOMEONE = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|our|us|he|he's|she|she's|"
                      r"him|her|his|they|they're|them|their)\b")


def _tells_of_symptoms(parsed: Message) -> bool:
    """A person in the turn and a first-hand clause on a symptom topic, not framed as a question
    (the clauses the exemplar matcher reads)."""
    return bool((parsed.patient or _SOMEONE.search(parsed.text)) and candidates(parsed.clauses, frozenset()))


def _taken_back(denied: frozenset[str], shown: tuple[Observation, ...], facts: Facts,
                turn: int) -> set[str]:
    """Signs a correction removes; it never removes what the same message still shows."""
    names = set(denied)
    if PREVIOUS_TURN in names:
        names |= {o.sign for o in facts.observations if o.turn == turn - 1}
    return names - {PREVIOUS_TURN} - {o.sign for o in shown}


def _explained_last_turn(text: str, facts: Facts, turn: int) -> set[str]:
    """A correction that says the last turn's symptom is gone or was someone else's takes back the
    last turn's signs it names, or all of them when it names none ("sorry, that was from kneeling,
    they came back as soon as I stood up"); the caller keeps any sign the correction shows again."""
    last = {o.sign for o in facts.observations if o.turn == turn - 1}
    named = {sign for sign in last
             if sign in CORRECTION_KEYWORDS and re.search(CORRECTION_KEYWORDS[sign], text)}
    return named or last


def _resolved_last_turn(facts: Facts, shown: tuple[Observation, ...], turn: int) -> set[str]:
    """"All fine since" takes back the last turn's passing symptoms (a fever, sweats); nerve signs
    and history are never taken back this way (failing safe)."""
    acute = acute_signs()
    return {o.sign for o in facts.observations
            if o.turn == turn - 1 and o.sign in acute and o.sign not in NEURO} - {o.sign for o in shown}


# Signs of a slow course that a correction to days takes back ("2 DAYS not 2 months")
_SLOW_COURSE = frozenset({"not_improving", "long_sciatica"})
_NOT_BY_FORCE = re.compile(NOT_BY_FORCE)
_PRESSURE_SEAT = re.compile(PRESSURE_SEAT)
_PRESSURE_BACK = re.compile(PRESSURE_BACK)
# numbness from sitting or kneeling reads as dead, numb or weak legs, or a numb seat
_PRESSURE_NUMB = frozenset({"saddle_numbness", "leg_numb", "legs_weak", "bilateral_sciatica"})
_SORE_LEGS = frozenset({"legs_weak", "bilateral_sciatica", "cant_walk"})


def _pressure_gone(parsed: Message, earlier: tuple[str, ...] = ()) -> bool:
    """A seat or position (in this turn or the one before: "did a 170k ride, numb down there" ...
    "all came back within the hour") and the feeling back in this turn, and no sentence saying the
    numbness is still there."""
    seat = _PRESSURE_SEAT.search(parsed.text) or any(_PRESSURE_SEAT.search(normalise(turn)) for turn in earlier)
    back = _NOT_BY_FORCE.search(parsed.text) and _PRESSURE_BACK.search(parsed.text)
    return bool(seat and back) and not numbness_returns(parsed.text) and not any(
        numbness_persists(sentence, "") for sentence in {c.sentence for c in parsed.clauses})


def _without_explained(text: str, observations: tuple[Observation, ...],
                       pressure_gone: bool) -> tuple[Observation, ...]:
    """Leg and seat signs the same turn explains: numbness from a seat that has gone, or legs sore
    after unaccustomed exercise."""
    dropped = (_PRESSURE_NUMB if pressure_gone else frozenset()) | (
        _SORE_LEGS if is_exertion_soreness(text) else frozenset())
    return tuple(o for o in observations if o.sign not in dropped) if dropped else observations


def _pressure_explained(facts: Facts, shown: tuple[Observation, ...], turn: int) -> set[str]:
    """"It's gone now, only 20 minutes after a long ride": numbness in the last turn put down to a seat
    or a position and gone since (REDFLAGS: pressure numbness that cleared) is taken back, unless
    this turn shows it again."""
    return {o.sign for o in facts.observations
            if o.turn == turn - 1 and o.sign in _PRESSURE_NUMB} - {o.sign for o in shown}


def _restated(parsed: Message, before: Facts, after: Facts) -> bool:
    """A correction that changes a stated fact ("oops, I'm 37 not 87") re-checks every flag."""
    return parsed.correction and (before.age, before.sex, before.duration_weeks) != (
        after.age, after.sex, after.duration_weeks)


def _kept(findings: tuple[Finding, ...], derived: tuple[Derived, ...],
          corrected: bool) -> tuple[Finding, ...]:
    """Earlier findings persist; after a correction only those the facts still support, at the
    level they still support."""
    if not corrected:
        return findings
    supported = {row.flag: row.level for row in derived}
    return tuple(f for f in findings if supported.get(f.flag) == f.level)


def _merge(findings: tuple[Finding, ...], derived: tuple[Derived, ...], facts: Facts,
           turn: int) -> tuple[Finding, ...]:
    """Add new flags, and raise a flag's level when the facts now support more."""
    by_flag = {f.flag: f for f in findings}
    for row in derived:
        old = by_flag.get(row.flag)
        if old is None or row.level.rank > old.level.rank:
            by_flag[row.flag] = Finding(row.flag, row.level, _evidence(row, facts), turn)
    return tuple(by_flag.values())


def _evidence(row: Derived, facts: Facts) -> str:
    if row.flag == SCREENED:
        return "the conversation as a whole"
    parts = [facts.evidence(row.signs)]
    if facts.age is not None and row.flag == "fracture" and facts.age >= 65:
        parts.append(f"age {facts.age}")
    if "duration" in row.signs and facts.duration_weeks is not None:
        parts.append(f"about {facts.duration_weeks:.0f} weeks")
    return "; ".join(part for part in parts if part)


def _triage(findings: tuple[Finding, ...], facts: Facts, turn: int, said: tuple[str, ...]) -> Triage:
    ordered = tuple(sorted(findings, key=lambda f: (-f.level.rank, FLAGS.index(f.flag))))
    level = max_level(*(f.level for f in ordered))
    return Triage(level, tuple(f.flag for f in ordered), ordered, facts, turn, said)
