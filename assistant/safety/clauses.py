"""Splitting a message into sentences and clauses, each tagged with the frame it sits in."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.safety import frames
from assistant.safety.normalize import as_someone, first_person, mentioned_person, normalise

_SENTENCE = re.compile(r"[!;\n]+|\?+(?!\s*(?:no|none|nope|nah|negative)\b)|\.+(?!\d)|\s-\s")
_SUBJECT = (r"(?:i|i'm|i've|i'd|i'll|my|it|it's|he|she|he's|she's|they|they're|there|there's|this|"
            r"that|that's|now|then|we|me|you|his|her)\b")
_CLAUSE = re.compile(
    r"\s*,?\s*\b(?:but|however|though|although|except|apart from|aside from|yet|also|plus|whereas|"
    r"instead|otherwise|anyway|btw|by the way)\b\s*"
    rf"|\s*,?\s*\b(?:and|or|so|then|because|cause)\s+(?={_SUBJECT})"
    rf"|\s*,\s*(?={_SUBJECT}|(?:no|not|never|without|but|and|also|still|and now|just|only)\b)")


@dataclass(frozen=True)
class Clause:
    """One clause of a message, rewritten in the first person, with its context."""

    text: str
    sentence: str
    said: str = ""
    education: bool = False
    hypothetical: bool = False
    other: str | None = None
    pet: bool = False
    resolved: bool = False
    long_ago: bool = False


@dataclass(frozen=True)
class Message:
    """A user turn split into clauses, plus message-level context."""

    text: str
    clauses: tuple[Clause, ...]
    correction: bool
    patient: str | None
    resolves_previous: bool = False  # opens by saying the last turn's symptoms went away


def parse(message: str) -> Message:
    """Normalise and split one user turn."""
    text = normalise(message)
    clauses: list[Clause] = []
    resolves_previous = False
    owned = frames.owns_hypothetical(text)
    for raw in _SENTENCE.split(text):
        sentence = frames.blank_injections(raw.strip(" ,.:"))
        if not sentence:
            continue
        if frames.is_resolution_sentence(sentence):
            # It resolves the sentence before it, or (opening the turn) the previous turn.
            resolves_previous = resolves_previous or not clauses
            last = clauses[-1].sentence if clauses else None
            clauses = [replace(c, resolved=True) if c.sentence == last else c for c in clauses]
            continue
        parts = [part for part in _CLAUSE.split(sentence) if part and part.strip(" ,")]
        clauses.extend(_clauses(sentence, parts, owned))
    clauses = _relocated(clauses)
    correction = frames.is_correction(text)
    # "sorry, I meant my daughter had the fever, not me": still about the writer, minus that sign
    disowning = correction and frames.is_disowning(text)
    if disowning:  # "he had the fever, not me": that clause is someone else's even without a name
        clauses = [replace(c, other="someone") if c.other is None and frames.is_disowned_here(c.said, c.sentence) else c
                   for c in clauses]
    patient = None if disowning else _patient(clauses)
    return Message(text, tuple(clauses), correction, patient, resolves_previous)


_SYMPTOM = re.compile(r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|burning|pain)\b")
_ELSEWHERE = re.compile(
    r"^(?:well,? )?(?:it's|it is|its|it|but|and)?\s*(?:more|mainly|mostly|rather|actually|only|"
    r"just|instead)\s+((?:in|round|around|on|at|near|down|between|across)\s+.+)$")


# "no hang on, it's both legs now": the symptom spoken of (in this turn or the last) has spread
_BOTH_NOW = re.compile(r"^(?:(?:no|hang on|wait|actually|and|but|now)\s+)*(?:it's|its|it is|it's now|now it's|it's gone)"
                       r"\s+(?:in(?:to)?\s+)?(?:both legs|both sides|both feet|each leg"
                       r"|the other leg too|both of them)\b")


def _relocated(clauses: list[Clause]) -> list[Clause]:
    """A clause that only moves the last symptom somewhere else ("no numbness in my legs, it's
    more round my back passage") is read with that symptom ("numbness round my back passage");
    "it's both legs now" with no symptom named is read as leg symptoms in both legs."""
    symptom = ""
    out: list[Clause] = []
    for clause in clauses:
        place = _ELSEWHERE.match(clause.text)
        if place and symptom and not _SYMPTOM.search(clause.text):
            clause = replace(clause, text=f"{symptom} {place.group(1)}")
        elif _BOTH_NOW.match(clause.text) and not _SYMPTOM.search(clause.text):
            clause = replace(clause, text=f"{symptom or 'pain'} in both legs now")
        found = _SYMPTOM.findall(clause.text)
        symptom = found[-1] if found else symptom
        out.append(clause)
    return out


_MY_BACK = re.compile(r"\bmy (?:lower |low |upper )?(?:back|spine)\b")
_BACK_TALK = re.compile(r"\b(?:back|spine|sciatica|legs?|hips?)\b")


def _patient(clauses: list[Clause]) -> str | None:
    """Whose back this message is about: the writer's when they report their own back and the
    relative's words are about something else ("my son's had a temp ... now my back's in bits")."""
    person = _named_patient(clauses)
    if person not in (None, "self") and any(c.other is None and _MY_BACK.search(c.said) for c in clauses) \
            and not any(c.other == person and _BACK_TALK.search(c.said) for c in clauses):
        return "self"
    return person


def _named_patient(clauses: list[Clause]) -> str | None:
    """Whose back this message is about: a named relative, "self", or None (no change)."""
    last: str | None = None
    for clause in clauses:
        if clause.other not in (None, "family"):
            last = clause.other
        if frames.patient_named(clause.said, clause.other):
            return clause.other
        if last and frames.is_pronoun_report(clause.said):
            return last
    mine = any(c.other is None and frames.is_self_report(c.said) for c in clauses)
    return "self" if mine else None


def _clauses(sentence: str, parts: list[str], owned: bool = False) -> list[Clause]:
    """`owned`: the writer said elsewhere in the turn that a "hypothetical" is about them."""
    education = frames.is_education(sentence)
    hypothetical = frames.is_hypothetical(sentence) and not owned
    whole = first_person(sentence)
    built: list[Clause] = []
    for index, part in enumerate(parts):
        part = frames.blank_injections(part.strip(" ,"))
        if not part or frames.is_resolution_only(part):
            continue
        following = parts[index + 1] if index + 1 < len(parts) else ""
        resolved = frames.is_resolved(part) or frames.is_resolution_only(following) \
            or frames.is_pressure_numbness(part) or frames.resolves_before(following)
        resolved = resolved and not frames.numbness_persists(part, following)
        ongoing = "" if frames.is_resolution_only(following) else following
        built.append(Clause(
            text=as_someone(sentence, first_person(part)),
            sentence=whole,
            said=part,
            education=education or frames.is_read_about(part),
            hypothetical=hypothetical or (frames.is_conditional(part) and not owned),
            other=mentioned_person(part),
            pet=frames.is_about_pet(part),
            resolved=resolved,
            long_ago=frames.is_long_ago(part, ongoing, sentence),
        ))
    return built
