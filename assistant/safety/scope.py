"""Scope guard: politely decline what an education-only back-pain assistant must not do.

Conservative by design: explicit patterns only, and off-topic needs both an off-topic word and no
word about the body, so short follow-ups ("next", "how long do I hold it?") always pass.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.safety.frames import PET
from assistant.safety.normalize import normalise
from assistant.safety.texts import refusal

_MED = (r"(?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|motrin|aleve|naproxen|"
        r"aspirin|codeine|co-?codamol|tramadol|diclofenac|voltaren|meloxicam|celecoxib|gabapentin|"
        r"pregabalin|lyrica|amitriptyline|duloxetine|cyclobenzaprine|flexeril|methocarbamol|"
        r"robaxin|"
        r"diazepam|valium|baclofen|tizanidine|oxycodone|oxycontin|morphine|hydrocodone|vicodin|"
        r"percocet|fentanyl|prednisone|prednisolone|steroids?|opioids?|painkillers?|pain ?killers?|"
        r"pain relief|muscle relax\w*|anti-?inflammator\w*|nsaids?|medicines?|medications?|meds|"
        r"pills?|tablets?|capsules?|cbd|naproxen|drugs?)")
_RX = (r"(?:codeine|co-?codamol|tramadol|oxycodone|oxycontin|morphine|hydrocodone|vicodin|percocet|"
       r"fentanyl|diazepam|valium|gabapentin|pregabalin|lyrica|amitriptyline|duloxetine|"
       r"cyclobenzaprine|flexeril|methocarbamol|robaxin|baclofen|tizanidine|opioids?|"
       r"muscle relax\w*|"
       r"steroids?|prednisone|prednisolone|meloxicam|diclofenac|stronger)")
_CONDITION = (r"(?:cancer|a tumou?r|tumou?rs?|sciatica|an? (?:slipped|herniated|bulging|prolapsed) "
              r"dis[ck]|(?:slipped|herniated|bulging|prolapsed) dis[ck]|stenosis|arthritis|"
              r"cauda equina|kidney stones?|an infection|infection|an? fracture|fracture|broken|"
              r"multiple sclerosis|ms|fibromyalgia|spondyl\w+|scoliosis|piriformis|shingles|"
              r"an aneurysm|aneurysm|ankylosing spondylitis|osteoporosis|"
              r"degenerative disc disease|ddd|a pinched nerve|pinched nerve|a trapped nerve)")
_SCAN = r"(?:mri|scan|x-?ray|ct|results?|report|blood tests?|imaging)"

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("rules", re.compile(
        r"\bignore (?:all |any |the |your |my |previous |prior |above |earlier )*(?:instructions|"
        r"rules|"
        r"prompts?|guidelines|guardrails)\b|\bpretend (?:you're|you are|to be|that you)\b"
        r"|\b(?:act|behave|respond|talk) (?:as|like) (?:a|an|my) (?:real )?(?:doctor|physician|gp|"
        r"surgeon|pharmacist|nurse|\w+ with no rules)\b|\byou are now\b|\bjailbreak|\bdan mode\b"
        r"|\bdeveloper mode\b|\bno (?:rules|restrictions|limits|filters|guardrails)\b"
        r"|\b(?:system|developer) prompt\b|\bdisregard\b|\boverride\b|\bbypass\b"
        r"|\bforget (?:your|all|the|previous) (?:rules|instructions|training)\b|^(?:system|"
        r"assistant)\s*:"
        r"|\b(?:re)?classify (?:this|it|me)\b|\bclassify as\b|\bmark (?:this|it|me) as\b"
        r"|\brepeat (?:your|the) (?:instructions|prompt)\b")),
    ("pet", re.compile(rf"{PET}|\bivdd\b|\b(?:dog|cat|puppy|horse|pet)\b[^.?]{{0,30}}\bvet\b")),
    ("dose", re.compile(
        rf"\bhow (?:much|many)\b[^.?]{{0,40}}\b(?:{_MED}|mg|milligrams?|doses?|puffs?|patches|ml)\b"
        rf"|\b(?:what|which|the|right|correct|safe|max(?:imum)?|normal|usual|recommended|higher|"
        rf"lower|double|extra|starting)\s+(?:dose|dosage|amount)\b|\bdos(?:e|age|"
        rf"ing)s?\b[^.?]{{0,30}}"
        rf"\b(?:of|for)\s+{_MED}|\b{_MED}\b[^.?]{{0,30}}\b(?:dose|dosage|mg|how often|"
        rf"every \d+ hours|"
        rf"times a day|per day|a day)\b|\bhow often (?:can|should|do|must) i take\b(?=\s*(?:\W*$|"
        rf"(?:it|them|these|those|this|that|one|another|more)\b|\d|(?:my |the |a |an |some |"
        rf"these |those |this |that )?(?:\w+ )?(?:{_MED}|dose|doses|dosage)\b))"
        rf"|\bcan i (?:take|have) (?:\d+|two|three|four|another|more|extra|a double|double)\b"
        rf"|\b(?:can|should) i (?:take|mix|combine|use)\s+(?:some |an? )?{_MED}\b"
        rf"|\b(?:safe|ok|okay) to (?:take|mix|combine)\b[^.?]{{0,30}}\b{_MED}\b"
        rf"|\b(?:which|what) (?:kind of |type of |sort of )?{_MED}\b[^.?]{{0,25}}\b(?:should|can|"
        rf"could"
        rf"|do you recommend)\b|\bbetter to take\b[^.?]{{0,20}}\b{_MED}\b|\b{_MED}\s+or\s+{_MED}\b"
        rf"|\b\d+\s*(?:mg|milligrams?|ml)\b[^.]{{0,30}}\b(?:too much|safe|ok|okay|enough|too many|"
        rf"max)\b"
        rf"|\b(?:too much|safe|ok|okay)\b[^.]{{0,20}}\b\d+\s*(?:mg|milligrams?|ml)\b")),
    ("prescription", re.compile(
        rf"\b(?:can|could|will|would) you (?:prescribe|give me|get me|send me|write me|recommend)\b"
        rf"[^.?]{{0,30}}\b(?:{_RX}|{_MED}|prescription)\b|\bprescribe\b"
        rf"|\b(?:need|get|want|renew|refill|repeat|without) (?:a |my |another )?prescriptions?\b"
        rf"|\b(?:where|how) (?:can|do|could) i (?:get|buy|order|obtain|find)\b[^.?]{{0,30}}"
        rf"\b(?:{_RX}|prescription)|\bbuy\b[^.?]{{0,20}}\b{_RX}\b|\bsomething stronger\b"
        rf"|\bstronger (?:than|painkillers?|meds|medication|pain ?killers)\b|\brefill\b"
        rf"|\b(?:is there|are there|can i get|can i have) (?:a |any |some )?{_RX}\b")),
    ("diagnosis", re.compile(
        rf"\b(?:do i (?:have|have got|got)|have i got) (?:a |an )?{_CONDITION}\b|\bdiagnos(?:e|"
        rf"is) me\b"
        rf"|\bdo i have something\b"
        rf"|\b(?:is|could|might) (?:it|this|that|my (?:pain|back|"
        rf"problem))\s+(?:be\s+)?{_CONDITION}\b"
        rf"|\bwhat(?:'s| is| does| do) (?:my|the) {_SCAN}\b[^.?]{{0,30}}\b(?:mean|say|show)"
        rf"|\bmy {_SCAN}\b[^.?]{{0,40}}\b(?:mean|means|show|shows|says?|read)\b"
        rf"|\b(?:read|interpret|explain|look at|check|go through)\s+my\s+{_SCAN}\b"
        rf"|\bwhat(?:'s| is) wrong with me\b|\bwhat (?:condition |disease |illness )?do i have\b"
        rf"|\bcan you (?:diagnose|tell me what i have|tell me what's wrong)\b")),
    ("sick_note", re.compile(
        r"\b(?:sick|fit|doctor's|doctors|medical)\s+(?:note|certificate|cert|letter)\b"
        r"|\bnote for (?:work|school|my (?:boss|employer|manager))\b|\bsign me off\b"
        r"|\b(?:excuse|letter) (?:for|from) (?:work|school)\b|\bproof for (?:my )?(?:work|"
        r"employer)\b")),
)
_OFF_TOPIC = re.compile(
    r"\b(?:recipes?|cook|cooking|bake|baking|ingredients|homework|essay|assignment|maths?|equation|"
    r"solve|calculus|algebra|code|coding|programming|python|javascript|sql|html|css|compile|"
    r"weather|"
    r"forecast|football scores?|premier league|nba|nfl|stocks?|shares|bitcoin|crypto|invest\w*|"
    r"movies?|films?|tv shows?|songs?|lyrics|poems?|poetry|jokes?|riddles?|translate|translation|"
    r"capital of|president|prime minister|election|politics|flights?|hotels?|holiday|vacation|"
    r"restaurants?|insurance|mortgage|taxes|horoscope|lottery|minecraft|fortnite|chess)\b")
_BODY = re.compile(
    r"\b(?:back|spine|spinal|lumbar|pain|painful|hurt\w*|ache\w*|sore|stiff\w*|sciatica|dis[ck]s?|"
    r"posture|stretch\w*|exercis\w*|muscles?|nerves?|hips?|legs?|buttocks?|glutes?|core|pelvi\w*|"
    r"numb\w*|tingl\w*|physio\w*|doctor|gp|injur\w*|sitting|standing|lifting|bend\w*|twist\w*|"
    r"mattress|chair|desk|walk\w*|yoga|pilates|swim\w*|run\w*|gym|body|health)\b")
_SELF_HARM = re.compile(r"\b(?:kill me|killing me|to die|lethal|overdose|end it|suicid\w*|"
                        r"end my life)\b")


@dataclass(frozen=True)
class ScopeDecision:
    """Whether to decline, why, and the fixed reply to show."""

    refused: bool
    category: str | None = None
    reply: str = ""


ALLOWED = ScopeDecision(refused=False)


def check_scope(message: str) -> ScopeDecision:
    """Decline doses, prescriptions, diagnosis, sick notes, pets, off-topic and rule changes."""
    text = normalise(message)
    if not text or _SELF_HARM.search(text):
        return ALLOWED
    for category, pattern in _PATTERNS:
        if pattern.search(text):
            return ScopeDecision(True, category, refusal(category))
    if _OFF_TOPIC.search(text) and not _BODY.search(text):
        return ScopeDecision(True, "off_topic", refusal("off_topic"))
    return ALLOWED
