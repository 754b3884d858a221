"""Structured facts a conversation reveals (age, duration, history, signs) and how they build up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from assistant.safety import calendar
from assistant.safety.clauses import Clause, Message
from assistant.safety.lexicon import history_signs
from assistant.safety.negation import has_negation

LEG_SIGNS = frozenset({"leg_pain", "leg_numb", "leg_weak", "legs_weak", "cant_walk", "foot_drop",
                       "spreading_numbness", "bilateral_sciatica", "long_sciatica"})
_BOTH_LEGS = frozenset({"legs_weak", "bilateral_sciatica"})


@dataclass(frozen=True)
class Observation:
    """A sign seen in one turn, with the words that showed it."""

    sign: str
    evidence: str
    turn: int
    source: str = "rule"


@dataclass(frozen=True)
class Facts:
    """What the conversation has revealed about the person whose back this is."""

    age: int | None = None
    sex: str | None = None
    duration_weeks: float | None = None
    patient: str = "self"
    leg_symptoms: bool = False
    both_legs: bool = False
    history: frozenset[str] = frozenset()
    signs: frozenset[str] = frozenset()
    observations: tuple[Observation, ...] = ()
    # signs described only as a "what if": they count if the writer later owns them ("the someone is me")
    imagined: tuple[Observation, ...] = ()
    # months of the year (assistant.safety.calendar): when it started, and what the writer says it is now
    onset_month: float | None = None
    now_month: float | None = None

    def evidence(self, signs: Iterable[str]) -> str:
        """The first words that showed each of `signs`, joined."""
        wanted = set(signs)
        quotes = [o.evidence for o in self.observations if o.sign in wanted]
        return "; ".join(dict.fromkeys(quotes))


_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "few": 3, "a few": 3, "couple of": 2, "a couple of": 2, "several": 4, "many": 6}
_UNITS = {"day": 1 / 7, "week": 1.0, "fortnight": 2.0, "month": 4.35, "year": 52.0}
_QTY = r"(\d{1,3}|a couple of|couple of|a few|few|several|many|a|an|one|two|three|four|five|six|" \
       r"seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(day|week|fortnight|month|year)s?"
_ROUGHLY = r"(?:(?:like|about|around|roughly|nearly|almost|over|just over|well over|more than|a good|at least)\s+)?"
_DURATIONS = (
    re.compile(rf"\b(?:for|since|past|last|over|about|nearly|almost|around|than|within|been|like|roughly|pain|ache|"
               rf"aching|sore|sciatica|from)\s+(?:(?:here|there|going|on|around|like this)\s+)?(?:the\s+)?"
               rf"(?:past\s+|last\s+)?{_ROUGHLY}{_QTY}\+?(?: and a half)?[\s-]+{_UNIT}\b"),
    re.compile(rf"\b{_QTY}\+?(?: and a half)?[\s-]+{_UNIT}\s+(?:now|ago|so far|and counting|and still|straight|running|of(?! age)|in|"
               r"total|in total|altogether|all told)\b"),
    # the answer to "how long?": "5 weeks now" (not "6 weeks pregnant", "3 months old")
    re.compile(rf"^\W*{_ROUGHLY}{_QTY}\+?(?: and a half)?[\s-]+{_UNIT}\b(?![\s-]+(?:pregnant|old|of age|post\w*|after|since))"),
)
_TO_BE_EXACT = re.compile(rf"\b{_UNIT}\W+(\d+|{'|'.join(sorted(_NUMBERS, key=len, reverse=True))}) to be "
                          r"(?:exact|precise|honest)\b")
_WEEK_N = re.compile(r"\b(?:at|on|in|into|now|about|around|nearly|almost) week (\d{1,2})\b"
                     r"|\bweek (\d{1,2}) (?:now|of (?:this|it))\b")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SINCE_AND_NOW = re.compile(r"\bsince (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b.*\b(?:it's|its|it is) "
                            r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* now\b")
_SINCE_SEASON = re.compile(r"\bsince (?:last |the )?(?:spring|summer|autumn|fall|winter|year)\b(?! (?:holiday|break))")
_BACK_WORD = re.compile(r"\b(?:pain|ache|aching|hurt\w*|sore|back|sciatica|stiff\w*|like this|it|this)\b")
_VAGUE = {"weeks": 3.0, "months": 8.0, "years": 104.0, "ages": 8.0}
_PAIN_CUE = re.compile(
    r"\b(?:pain|ache|aching|hurt\w*|sore|back|sciatica|stiff\w*|symptoms?|it|this|numb\w*|"
    r"tingl\w*|legs?|spasm\w*|started|began|since|problem|trouble)\b")
_AGES = (
    re.compile(r"\b(\d{1,3}) years (?:old|of age)\b"),
    re.compile(r"\b(?:i'm|i)\s*,?\s*\(?(\d{1,3})\)?(?!\s*(?:weeks?|days?|months?|hours?|minutes?|"
               r"kg|kilos?|lbs?|pounds|stone|st\b|%|cm|ft|foot|feet|inches|mg|times|x\b|/|:|\.\d|am\b|"
               r"pm\b|o'clock|th\b|nd\b|rd\b|kids|children))"),
    re.compile(r"\baged? (\d{1,3})\b|\bturned (\d{2})\b|\b(\d{2})\s*(?:m|f|male|female)\b"
               r"|\bi (?:is|was) (\d{2})\b"),
    # "I am man 30 years", "uni rower here, 20"
    re.compile(r"\bi'm (?:a )?(?:man|woman|male|female|guy|lady),? ?(\d{2}) years?\b(?! ago)"
               r"|\bhere,\s*(\d{2})\b(?!\s*(?:weeks?|days?|months?|years?|hours?|minutes?|mins?|kg|%))"),
    re.compile(r"\b(?:male|female|man|woman|guy|lady),?\s*(\d{2})\b"
               r"|\bi'm (?:over|nearly|almost|about) "
               r"(\d{2})\b"),
)
_DECADES = {"twenties": 25, "thirties": 35, "forties": 45, "fifties": 55, "sixties": 65,
            "seventies": 75, "eighties": 85, "nineties": 95}
_DECADE = re.compile(r"\bin my (?:early |mid |late )?(twenties|thirties|forties|fifties|sixties|"
                     r"seventies|eighties|nineties|[2-9]0s)\b")
_MALE = re.compile(r"\b(?:i'm a (?:\d+ years old )?(?:man|guy|male|bloke)|\d{2}\s*m|male)\b")
_FEMALE = re.compile(r"\b(?:i'm a (?:\d+ years old )?(?:woman|lady|female)|\d{2}\s*f|female)\b")
_MALE_PEOPLE = frozenset({"dad", "daddy", "father", "husband", "son", "brother", "grandad",
                          "granddad", "grandpa", "grandfather", "uncle", "boyfriend", "nephew"})
_FEMALE_PEOPLE = frozenset({"mum", "mom", "mam", "mummy", "mommy", "mother", "wife", "daughter",
                            "sister", "grandma", "grandmother", "gran", "granny", "nan", "nana",
                            "nanna", "aunt", "auntie", "girlfriend", "niece"})


# "37 not 87", "not 87, 37", "17***": the number a correction puts in place of the age given before
_AGE_SWAP = (re.compile(r"\b(\d{1,3})\W*(?:\w+\W+)?not (\d{1,3})\b"), re.compile(r"\bnot (\d{1,3})\W+(\d{1,3})\b"))
_STARRED = re.compile(r"^\W*(\d{2})\s*\*+")


def corrected_age(text: str, before: int | None) -> int | None:
    """The age a correction gives instead of `before` ("omg 37!!! not 87", "17*** not 71")."""
    for n, pattern in enumerate(_AGE_SWAP):
        for match in pattern.finditer(text):
            new, old = (match.group(1), match.group(2)) if n == 0 else (match.group(2), match.group(1))
            if before is not None and int(old) == before and 12 <= int(new) <= 110:
                return int(new)
    starred = _STARRED.match(text)
    if starred and before is not None and 12 <= int(starred.group(1)) <= 110:
        return int(starred.group(1))
    return None


def read_age(text: str) -> int | None:
    """An age stated in a first-person clause ("i'm 78", "72 years old", "in my seventies")."""
    for pattern in _AGES:
        for match in pattern.finditer(text):
            value = next(int(group) for group in match.groups() if group)
            if 12 <= value <= 110:
                return value
    decade = _DECADE.search(text)
    if decade:
        word = decade.group(1)
        return _DECADES.get(word) or int(word[0]) * 10 + 5
    if re.search(r"\b(?:elderly|pensioner|old age pensioner|oap)\b", text):
        return 75
    return None


def read_duration(text: str) -> float | None:
    """How long the problem has lasted, in weeks ("for 6 weeks", "3 months now", "for years")."""
    found: list[float] = []
    for pattern in _DURATIONS:
        for match in pattern.finditer(text):
            quantity = match.group(1)
            count = _NUMBERS[quantity] if quantity in _NUMBERS else int(quantity)
            found.append(count * _UNITS[match.group(2)])
    week = _WEEK_N.search(text)  # "I'm at week 8"
    if week:
        found.append(float(week.group(1) or week.group(2)))
    exact = _TO_BE_EXACT.search(text)  # "few weeks, 6 to be exact"
    if exact:
        quantity = exact.group(2)
        found.append((_NUMBERS[quantity] if quantity in _NUMBERS else int(quantity)) * _UNITS[exact.group(1)])
    if re.search(r"\b(?:half (?:a )?year|best part of a year|nearly a year|most of the year)\b", text):
        found.append(26.0)
    months = _SINCE_AND_NOW.search(text)  # "since september (it's feb now)"
    if months:
        found.append(((_MONTHS.index(months.group(2)) - _MONTHS.index(months.group(1))) % 12 or 12) * _UNITS["month"])
    unit = re.search(r"\b(?:for |over )?the (?:past|last) (year|month|fortnight)\b", text)
    if unit:
        found.append(_UNITS[unit.group(1)])
    vague = re.search(r"\bfor (weeks|months|years|ages)\b", text)
    if vague and _BACK_WORD.search(text):  # "sat on the loo scrolling for ages" is not how long the pain lasted
        found.append(_VAGUE[vague.group(1)])
    if _SINCE_SEASON.search(text) and _BACK_WORD.search(text):
        found.append(13.0)  # "it's been like this since last autumn": at least a season
    if re.search(r"\bchronic\b", text):
        found.append(12.0)
    return max(found) if found else None


_DAYS = r"(?:\d+|a|one|two|three|four|five|six|a few|few|a couple of|couple of) (?:days?|hours?)"
_SHORTER = re.compile(rf"\b({_DAYS})\b[^.]{{0,15}}\bnot (?:\w+ )?(?:weeks?|months?|years?)\b"
                      rf"|\bnot (?:\w+ )?(?:weeks?|months?|years?)\b[^.]{{0,15}}\b({_DAYS})\b")
_A_FEW_DAYS = 3 / 7


def shortens_duration(text: str) -> bool:
    """A correction that makes the story days old ("sorry, 2 DAYS not 2 months")."""
    return bool(_SHORTER.search(text))


def _shortened(text: str) -> float | None:
    """How long the story is after "2 days not 2 months" (a few days when only hours are given)."""
    found = _SHORTER.search(text)
    if found is None:
        return None
    return read_duration(found.group(1) or found.group(2)) or _A_FEW_DAYS


# "i meant 3 months": what a correction says it meant, read as if it opened the clause.
_MEANT = re.compile(r"^\W*(?:(?:no|sorry|oops|my mistake|my bad|hang on|wait|typo|correction|apologies)\W+)*"
                    r"(?:(?:i )?(?:meant|mean|said|typed|should (?:have )?said|should've said)\s+)?"
                    r"(?:it's |it was |it's been )?")


def update_facts(facts: Facts, message: Message, observations: Iterable[Observation]) -> Facts:
    """Facts after one more turn: newest age, longest duration (or the one a correction gives: "I meant
    3 months, not 3 days"), and every new observation."""
    patient = message.patient or facts.patient
    age, duration, sex = facts.age, facts.duration_weeks, facts.sex
    corrected: float | None = None
    started, current = facts.onset_month, facts.now_month
    swapped = corrected_age(message.text, facts.age) if message.correction else None
    pregnant = bool(_PREGNANCY.search(message.text))
    for clause in _about_patient(message.clauses, patient):
        age = read_age(clause.text) or age
        sex = _read_sex(clause.text) or sex
        if (pregnant and _DURATIONS[2].match(clause.text)) \
                or (patient in ("self", None) and _HE_OR_SHE.match(clause.said)):
            continue  # weeks of pregnancy ("34 weeks and my back aches"); his pain ("he had back pain for ages")
        if message.correction and _shortened(clause.text) is not None:
            corrected = _shortened(clause.text)  # "2 DAYS not 2 months"
        elif message.correction and not (has_negation(clause.text) or clause.resolved or clause.long_ago):
            corrected = _longest(corrected, read_duration(_MEANT.sub("", clause.text)))
        if (_PAIN_CUE.search(clause.text) or _DURATIONS[2].match(clause.text) or _WEEK_N.search(clause.text)) \
                and not (clause.resolved or clause.long_ago):
            duration = _longest(duration, read_duration(clause.text))
        if not (clause.resolved or clause.long_ago):
            started = calendar.onset(clause.text) or started
            current = calendar.now(clause.text) or current
            duration = _longest(duration, calendar.since_last_month(clause.text))
    if started is not None and current is not None:  # "since just after new year" ... "it's mid-March now"
        duration = _longest(duration, calendar.weeks_between(started, current))
    duration = corrected if corrected is not None else duration
    age = swapped or age
    if patient in _MALE_PEOPLE or patient in _FEMALE_PEOPLE:
        sex = "male" if patient in _MALE_PEOPLE else "female"
    merged = facts.observations + tuple(observations)
    return with_observations(replace(facts, age=age, sex=sex, duration_weeks=duration, patient=patient,
                                     onset_month=started, now_month=current), merged)


def with_observations(facts: Facts, observations: tuple[Observation, ...]) -> Facts:
    """Facts whose sign and history sets are recomputed from `observations`."""
    names = frozenset(o.sign for o in observations)
    history = names & history_signs()
    signs = names - history
    return replace(facts, observations=observations, history=history, signs=signs,
                   leg_symptoms=bool(names & LEG_SIGNS), both_legs=bool(names & _BOTH_LEGS))


def without_signs(facts: Facts, denied: frozenset[str]) -> Facts:
    """Facts after the person corrected what they said about `denied` signs."""
    kept = tuple(o for o in facts.observations if o.sign not in denied)
    return with_observations(facts, kept)


_PREGNANCY = re.compile(r"\b(?:pregnan\w*|midwife|trimester|bump|due date|weeks gone|baby is measuring|baby kicking)\b")
_HE_OR_SHE = re.compile(r"^(?:and |but |because |cos |as |when )?(?:he|she|he's|she's|he'd|she'd)\b")


def _about_patient(clauses: Iterable[Clause], patient: str) -> list[Clause]:
    return [c for c in clauses
            if not (c.education or c.hypothetical or c.pet) and c.other in (None, patient)]


def _longest(current: float | None, new: float | None) -> float | None:
    if new is None:
        return current
    return new if current is None else max(current, new)


def _read_sex(text: str) -> str | None:
    if _MALE.search(text):
        return "male"
    return "female" if _FEMALE.search(text) else None
