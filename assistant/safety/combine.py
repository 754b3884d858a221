"""From the signs and facts of a whole conversation to red flags with levels (REDFLAGS.md)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.safety.facts import Facts
from assistant.safety.levels import Level

FLAGS: tuple[str, ...] = (
    "self_harm", "cauda_equina", "leg_weakness", "aortic_aneurysm", "major_trauma", "infection",
    "cancer", "fracture", "neuro_deficit", "night_pain", "inflammatory", "not_improving",
    "screened",
)
# The learned screener's flag (assistant.safety.screener): no rule derives it.
SCREENED = "screened"
NEURO = frozenset({"saddle_numbness", "bladder_change", "bowel_change", "sexual_change",
                   "bilateral_sciatica", "legs_weak", "cant_walk", "leg_weak", "foot_drop",
                   "spreading_numbness", "leg_numb"})
_CAUDA = frozenset({"saddle_numbness", "bowel_change", "sexual_change", "bilateral_sciatica"})
_INFECTION = frozenset({"fever", "night_sweats", "iv_drugs", "immunosuppressed",
                        "steroids_long_term", "spinal_procedure", "infection_named"})
_CANCER = frozenset({"cancer_history", "metastases", "weight_loss"})
_INFLAMMATORY_PATTERN = frozenset({"morning_stiffness", "better_moving", "early_waking",
                                   "alternating_buttock"})
_INFLAMMATORY_OTHER = frozenset({"nsaid_response", "extra_articular", "family_spondyloarthritis"})
_NOT_IMPROVING = frozenset({"not_improving", "recurrent", "not_coping", "long_sciatica"})
_FRACTURE_RISK = frozenset({"osteoporosis", "steroids_long_term"})
_DIRECT_FRACTURE = frozenset({"crack_felt", "fracture_named"})
_CRISIS_STEPS = frozenset({"crisis_means", "crisis_decided"})
_INFECTION_RISK = frozenset({"diabetes", "shock", "immunosuppressed"})  # with a recent infection elsewhere
OLDER_AGE = 65
THORACIC_AGE = 50
YOUNG_ONSET = 45


@dataclass(frozen=True)
class Derived:
    """A red flag the facts support, the level it carries, and the signs behind it."""

    flag: str
    level: Level
    signs: frozenset[str]


def derive(facts: Facts) -> tuple[Derived, ...]:
    """Every red flag the conversation's facts support."""
    found = facts.signs | facts.history
    rows = (*_nerve_flags(found), *_body_flags(facts, found), *_course_flags(facts, found))
    return tuple(sorted(rows, key=lambda row: FLAGS.index(row.flag)))


def neuro_signs(found: frozenset[str]) -> frozenset[str]:
    """New nerve signs, leaving out bladder trouble that a urine infection explains."""
    nerve = found & NEURO
    if "dysuria" in found and not found & _CAUDA:
        nerve -= {"bladder_change"}
    return nerve


def _nerve_flags(found: frozenset[str]) -> list[Derived]:
    rows: list[Derived] = []
    cauda = found & _CAUDA | (neuro_signs(found) & {"bladder_change"})
    if cauda:
        rows.append(Derived("cauda_equina", Level.EMERGENCY, cauda))
    weak = found & {"legs_weak", "cant_walk"}
    if "weakness_worsening" in found and found & {"leg_weak", "foot_drop"}:
        weak |= found & {"weakness_worsening", "leg_weak", "foot_drop"}
    if weak:
        rows.append(Derived("leg_weakness", Level.EMERGENCY, weak))
    deficit = found & {"foot_drop", "spreading_numbness", "leg_weak"}
    if weak:
        deficit -= {"leg_weak"}
    if deficit:
        rows.append(Derived("neuro_deficit", Level.URGENT, deficit))
    return rows


def _body_flags(facts: Facts, found: frozenset[str]) -> list[Derived]:
    rows: list[Derived] = []
    nerve = neuro_signs(found)
    aortic = _aortic(facts, found)
    if aortic:
        rows.append(Derived("aortic_aneurysm", Level.EMERGENCY, aortic))
    trauma = found & {"major_trauma_event"}
    if trauma and nerve:
        rows.append(Derived("major_trauma", Level.EMERGENCY, trauma | nerve))
    for flag, group in (("infection", _INFECTION), ("cancer", _CANCER)):
        signs = found & group
        if flag == "cancer":
            signs |= _thoracic(facts, found)
        elif "recent_infection" in found and found & _INFECTION_RISK:
            signs |= {"recent_infection"} | (found & _INFECTION_RISK)
        if signs:
            level = Level.EMERGENCY if nerve else Level.URGENT
            rows.append(Derived(flag, level, signs | (nerve if nerve else frozenset())))
    fracture = _fracture(facts, found, bool(nerve))
    if fracture and not (trauma and nerve):
        rows.append(Derived("fracture", Level.URGENT, fracture))
    return rows


YOUNG_AORTA = 40  # a pulse felt in the belly of a slim young person is the normal aorta


def _aortic(facts: Facts, found: frozenset[str]) -> frozenset[str]:
    direct = found & {"tearing_pain", "faint", "pulsating_lump", "aneurysm_known"}
    if direct == {"pulsating_lump"} and facts.age is not None and facts.age < YOUNG_AORTA:
        direct = frozenset()
    if direct:
        return direct
    severe = "sudden_severe" in found or {"sudden_onset", "severe_pain"} <= found
    if (severe and found & {"shock", "abdominal_pain"}) or {"sudden_onset", "shock", "abdominal_pain"} <= found:
        return found & {"sudden_severe", "sudden_onset", "severe_pain", "shock", "abdominal_pain"}
    return frozenset()


def _thoracic(facts: Facts, found: frozenset[str]) -> frozenset[str]:
    """Thoracic pain past 50 that is getting worse, constant or present at night (REDFLAGS: malignancy)."""
    course = found & {"not_improving", "constant_pain", "night_pain"}
    if "thoracic_pain" in found and course and facts.age is not None and facts.age >= THORACIC_AGE:
        return frozenset({"thoracic_pain"}) | course
    return frozenset()


FRACTURE_AGE = 50  # REDFLAGS: a fracture needs older age, fragile bones or a big fall


def _fracture(facts: Facts, found: frozenset[str], nerve: bool) -> frozenset[str]:
    direct = found & _DIRECT_FRACTURE
    if (facts.age is not None and facts.age < FRACTURE_AGE and not found & _FRACTURE_RISK
            and "major_trauma_event" not in found):
        direct -= {"crack_felt"}  # "my back went crack at the gym, I'm 21": a joint, not a break
    if "major_trauma_event" in found and not nerve:
        direct |= {"major_trauma_event"}
    risk = found & _FRACTURE_RISK
    older = facts.age is not None and facts.age >= OLDER_AGE
    trigger = found & {"minor_trauma", "major_trauma_event"}
    if "osteoporosis" in found or "steroids_long_term" in found:
        trigger |= found & {"sudden_onset"}
    if trigger and (risk or older):
        direct |= trigger | risk
    return direct


def _course_flags(facts: Facts, found: frozenset[str]) -> list[Derived]:
    rows: list[Derived] = []
    if "suicidal_intent" in found:
        rows.append(Derived("self_harm", Level.EMERGENCY, frozenset({"suicidal_intent"})))
    elif "suicidal_passive" in found and found & _CRISIS_STEPS:  # a wish to be dead, and means or a decision
        rows.append(Derived("self_harm", Level.EMERGENCY, frozenset({"suicidal_passive"}) | found & _CRISIS_STEPS))
    elif "suicidal_passive" in found:
        rows.append(Derived("self_harm", Level.URGENT, frozenset({"suicidal_passive"})))
    inflammatory = _inflammatory(facts, found)
    night = found & {"constant_pain"} or (found & {"night_pain"} if not inflammatory else set())
    if night:
        rows.append(Derived("night_pain", Level.URGENT, frozenset(night)))
    if inflammatory:
        rows.append(Derived("inflammatory", Level.PRIMARY_CARE, inflammatory))
    slow = _not_improving(facts, found, bool(inflammatory))
    if slow and _has_other_flags(facts, found, rows):
        slow = frozenset()
    if slow:
        rows.append(Derived("not_improving", Level.PRIMARY_CARE, slow))
    return rows


def _inflammatory(facts: Facts, found: frozenset[str]) -> frozenset[str]:
    """Axial spondyloarthritis: a known diagnosis, or three features including a pain pattern."""
    if "spondyloarthritis" in found:
        return frozenset({"spondyloarthritis"})
    pattern = found & _INFLAMMATORY_PATTERN
    features = len(pattern) + len(found & _INFLAMMATORY_OTHER)
    features += facts.age is not None and facts.age < YOUNG_ONSET
    features += facts.duration_weeks is not None and facts.duration_weeks >= 12
    if pattern and features >= 3:
        return pattern | (found & _INFLAMMATORY_OTHER)
    return frozenset()


def _not_improving(facts: Facts, found: frozenset[str], inflammatory: bool) -> frozenset[str]:
    """No better after about 4-6 weeks, sciatica for weeks, recurrent, or struggling to cope."""
    weeks = facts.duration_weeks
    if weeks is not None and weeks < 2:  # days old: repeated episodes count, distress in the first days does not
        return found & {"recurrent"}
    slow = found & _NOT_IMPROVING
    if weeks is not None and not inflammatory and (
        weeks >= 6 or (weeks >= 4 and (slow or facts.leg_symptoms))
    ):
        slow |= {"duration"}
    return slow


def _has_other_flags(facts: Facts, found: frozenset[str], rows: list[Derived]) -> bool:
    """An urgent or emergency flag already explains the visit; "not improving" adds nothing."""
    return bool(rows or _nerve_flags(found) or _body_flags(facts, found))
