"""The sign registry: every pattern family the rules look for, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from assistant.safety import lexicon_body, lexicon_course, lexicon_neuro


@dataclass(frozen=True)
class SignSpec:
    """One clinical sign: its patterns plus how context filters treat it.

    kind "acute" signs are dropped when resolved or long ago and count for anyone being
    described (third-person reports); kind "history" signs (past cancer, osteoporosis) persist
    however old, but only count for the person whose back this is (not "my mum had cancer").
    `owner` "family" signs only count when attributed to a relative (family history).
    `unless_anywhere`: an exception that may stand in any sentence of the turn ("I've lost 10kg on
    purpose. Is the weight loss a worry?"), not only in the sign's own sentence.
    """

    name: str
    patterns: tuple[str, ...]
    kind: str = "acute"
    unless: str = ""
    requires: str = ""
    owner: str = "patient"
    unless_anywhere: str = ""


@dataclass(frozen=True)
class CompiledSign:
    spec: SignSpec
    pattern: re.Pattern[str]
    unless: re.Pattern[str] | None
    unless_anywhere: re.Pattern[str] | None
    requires: re.Pattern[str] | None


def _specs() -> tuple[SignSpec, ...]:
    rows = (*lexicon_neuro.SIGNS, *lexicon_body.SIGNS, *lexicon_course.SIGNS)
    return tuple(SignSpec(**cast("dict[str, Any]", row)) for row in rows)


@lru_cache(maxsize=1)
def compiled_signs() -> tuple[CompiledSign, ...]:
    """All signs with their patterns joined into one regex each (built on first use)."""
    return tuple(
        CompiledSign(
            spec=spec,
            pattern=re.compile("|".join(f"(?:{p})" for p in spec.patterns)),
            unless=re.compile(spec.unless) if spec.unless else None,
            unless_anywhere=re.compile(spec.unless_anywhere) if spec.unless_anywhere else None,
            requires=re.compile(spec.requires) if spec.requires else None,
        )
        for spec in _specs()
    )


@lru_cache(maxsize=1)
def signs_by_name() -> dict[str, CompiledSign]:
    return {sign.spec.name: sign for sign in compiled_signs()}


@lru_cache(maxsize=1)
def history_signs() -> frozenset[str]:
    return frozenset(c.spec.name for c in compiled_signs() if c.spec.kind == "history")


# Explanations that take back a sign from an earlier turn when a correction gives them without
# repeating the sign ("I've lost 2 stone" ... "to clarify, it was on purpose"). Nerve signs have
# none: a correction never explains them away without naming them ("I CAN walk" names walking).
CORRECTION_EXPLANATIONS: dict[str, str] = {
    "weight_loss": r"\b(?:on purpose|deliberate\w*|intentional\w*|diet\w*|slimming|weight watchers|"
                   r"trying to lose|meant to lose|wanted to lose|calorie\w*|couch to 5k|c25k|cutting out|meant to be "
                   r"coming off|extra zero|(?:been|was|am) trying|quit (?:the )?\w+"
                   r"|started (?:walking|running|swimming|"
                   r"cycling|the gym))\b"
                   r"|\bweight(?:'s| is| has been)? (?:basically |pretty much "
                   r"|more or less )?(?:the same|stable|steady|"
                   r"unchanged)\b",
    "night_pain": r"\bsleep (?:right )?through\b|\bsleep(?:ing)? fine\b"
                  r"|\b(?:baby|babies|newborn|toddler|\d+ (?:month|week) old|night feeds?|dog|"
                  r"neighbou?rs?|snor\w*|noise|the loo|the toilet|to pee|to wee|pregnan\w*)\b"
                  r"(?!.*\b(?:pain|hurts?|ache)\b.*\bwakes?\b)",
    "fever": r"\bsauna\b|\bhot (?:bath|tub|shower)\b|\b(?:in|had) (?:the|a) bath\b|\b3[5-7]\.\d\b|\bno (?:temp|temperature|fever)\b"
             r"|" + lexicon_body.COLD_HOME,
    "constant_pain": r"\bgoes (?:away )?completely\b|\bsleep (?:right )?through\b|\beases? (?:off )?(?:when|if) i (?:lie|rest|sit)\b",
    "night_sweats": r"\b(?:menopaus\w*|hot flush\w*|heating|duvet|heatwave|hot room)\b",
    "iv_drugs": r"\b(?:insulin|b12|vitamin|fertility|testosterone|ozempic|wegovy|mounjaro|"
                r"years clean|clean for|sober for)\b",
    "cancer_history": r"\b(?:benign|not cancer|cancer scare|all clear)\b",
    # a steroid put on the skin or breathed in, not tablets ("I meant a steroid CREAM, not tablets")
    "steroids_long_term": r"\bsteroids? (?:cream|ointment|inhaler|spray|nasal spray|eye drops|gel)\b"
                          r"|\b(?:cream|ointment|inhaler|spray|puffer)\b[^.]{0,30}\bnot (?:the )?(?:tablets|pills)\b",
    "tearing_pain": r"\bmore (?:of )?a (?:pulling|dull|nagging|tight|stiff|muscly)\w* (?:ache|pain|feeling)\b"
                    r"|\bpulled (?:a )?muscle\b",
    "crack_felt": r"\bmore (?:of )?a (?:click|pop|twinge|pull|clunk)\b|\bpulled (?:a )?muscle\b",
    "cant_walk": r"\bi (?:can|could) (?:walk|stand)(?! (?:only|barely|hardly|a few))\b|\bwalking (?:fine|ok|okay|normally)\b",
    "foot_drop": r"\bdrop(?:ped)? (?:a|the|something|some) \w+ on (?:my )?(?:foot|toes?)\b",
    "major_trauma_event": r"\b(?:mario kart|video game|computer game|playstation|xbox|not a real one|"
                          r"step ?stool|footstool|kerb|curb|bottom step|last step|bottom rung"
                          r"|first rung|a foot off the "
                          r"ground|\d{1,2} ?(?:cm|centimetres|"
                          r"inches)|landed on (?:my|his|her) feet)\b",
}

# Words that tie a clause to a sign when a correction ("sorry, it was numb from sitting and
# it's fine now") does not repeat the full phrase.
CORRECTION_KEYWORDS: dict[str, str] = {
    "saddle_numbness": r"\b(?:numb\w*|tingl\w*|feeling|feel|down there|wip\w+|saddle|groin|bum)\b",
    "leg_numb": r"\b(?:numb\w*|tingl\w*|pins and needles|feeling)\b",
    "spreading_numbness": r"\b(?:numb\w*|tingl\w*|spreading)\b",
    "bilateral_sciatica": r"\b(?:both|legs|sciatica|numb\w*|tingl\w*)\b",
    "bladder_change": r"\b(?:pee\w*|wee\w*|bladder|wet|leak\w*|toilet|urine)\b",
    "bowel_change": r"\b(?:poo\w*|bowels?|soiled|toilet)\b",
    "legs_weak": r"\b(?:weak\w*|legs|walk|stand|gave way|giving way)\b",
    "leg_weak": r"\b(?:weak\w*|leg|gave way|giving way)\b",
    "foot_drop": r"\b(?:foot|toes|slap\w*|drag\w*|trip\w*)\b",
    "fever": r"\b(?:fever\w*|temperature|hot|chills|shiver\w*)\b",
    "night_sweats": r"\b(?:sweat\w*|drenched|soaked)\b",
    "weight_loss": r"\b(?:weight|kg|pounds|lbs|stone|clothes)\b",
    "faint": r"\b(?:faint\w*|passed out|blacked out|collapsed|dizzy)\b",
    "tearing_pain": r"\b(?:tearing|ripping|tore|torn)\b",
    "major_trauma_event": r"\b(?:fell|fall|crash\w*|accident|ladder|roof|car)\b",
    "minor_trauma": r"\b(?:fell|fall|slipped|tripped|sneez\w*|cough\w*|lift\w*)\b",
    "night_pain": r"\b(?:night|sleep|wakes?|woke)\b",
    "constant_pain": r"\b(?:constant|all the time|never stops|position)\b",
}


@lru_cache(maxsize=1)
def acute_signs() -> frozenset[str]:
    """Signs that describe the present (they expire when resolved or long ago)."""
    return frozenset(c.spec.name for c in compiled_signs() if c.spec.kind == "acute")
