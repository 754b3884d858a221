"""Output guard: find doses, diagnoses and promises of cure in generated text."""

from __future__ import annotations

import re

_MEDICINE = (r"(?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|motrin|aleve|naproxen|"
             r"aspirin|codeine|co-?codamol|tramadol|diclofenac|voltaren|meloxicam|celecoxib|"
             r"gabapentin|pregabalin|amitriptyline|duloxetine|cyclobenzaprine|flexeril|"
             r"methocarbamol|"
             r"robaxin|diazepam|valium|baclofen|tizanidine|oxycodone|morphine|hydrocodone|fentanyl|"
             r"prednisone|prednisolone|steroids?|opioids?|painkillers?|pain ?killers?|"
             r"muscle relax\w*|anti-?inflammator\w*|nsaids?|medicines?|medications?|meds|"
             r"tablets?|pills?|capsules?|doses?|dosage)")
_COUNT = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|a couple of|half a)"
_DOSE_ALWAYS = re.compile(
    rf"\b{_COUNT}\s*(?:mg|mcg|µg|micrograms?|milligrams?)\b"
    rf"|\b{_COUNT}\s*(?:tablets?|pills?|capsules?|caplets?|doses?|puffs?|patches|sachets|"
    r"spoonfuls?|teaspoons?)\b|\bmaximum (?:daily )?dose\b")
_DOSE_WITH_MEDICINE = re.compile(
    rf"\b{_COUNT}\s*(?:g|grams?|ml|millilitres?|milliliters?)\b"
    r"|\b(?:\d+|one|two|three|four|once|twice|three times|four times)\s*(?:times\s*)?(?:a|per|each)"
    r"\s*day\b|\bevery\s+\d+(?:\s*(?:to|-)\s*\d+)?\s*hours\b|\b(?:once|twice|three times) daily\b"
    r"|\bup to \d+\b")
_CONDITION = (r"(?:sciatica|an? (?:slipped|herniated|bulging|prolapsed) dis[ck]|(?:slipped|"
              r"herniated|"
              r"bulging|prolapsed) dis[ck]|dis[ck] herniation|(?:spinal )?stenosis|"
              r"(?:osteo)?arthritis|"
              r"cauda equina(?: syndrome)?|cancer|an? tumou?r|tumou?r|an? infection|infection|"
              r"an? fracture|fracture|osteoporosis|spondyl\w+|piriformis syndrome|"
              r"(?:sacroiliac|si) joint dysfunction|degenerative dis[ck] disease|fibromyalgia|"
              r"scoliosis|kidney stones?|an? (?:pinched|trapped) nerve|(?:pinched|trapped) nerve|"
              r"nerve damage|an? muscle strain|an? (?:strain|sprain)|lumbago|an? aneurysm|aneurysm|"
              r"multiple sclerosis|sacroiliitis|discitis)")
_DIAGNOSIS = re.compile(
    rf"\byou(?:'ve| have)(?: got)? {_CONDITION}\b"
    rf"|\byou (?:may|might|could|probably|likely|definitely|clearly|certainly|obviously|must) "
    rf"(?:have|be suffering from) {_CONDITION}\b"
    rf"|\b(?:this|that|it|your pain|your back pain|your problem|the pain|what you have|what you're "
    rf"describing|your symptoms)(?:'s|\s+(?:is|are|sounds like|seems like|looks like|must be|"
    rf"is probably"
    rf"|is likely|is definitely|is clearly|is most likely|is almost certainly))\s+{_CONDITION}\b"
    rf"|\byou(?:'re| are) (?:suffering from|experiencing|dealing with) {_CONDITION}\b"
    rf"|\b(?:it )?sounds like you(?:'ve| have)\b|\b(?:my|the|your) diagnosis is\b"
    rf"|\byour (?:mri|scan|x-?ray|ct|results?) (?:shows?|means?|confirms?)\b")
_CONDITIONAL = re.compile(
    r"\b(?:if|when|whether|unless|in case|once|who|until|whenever|do|does|did)\b[^.,;]{0,25}$")
_CURE = re.compile(
    r"\b(?:will|would|can|is going to|are going to|guaranteed to|definitely)\s+(?:completely\s+|"
    r"permanently\s+|fully\s+)?(?:cure|fix) (?:your|the|back|it|this)\b|\bcures?\b"
    r"|\bguarantee[ds]?\b|\b100% (?:effective|success|relief|cure|pain[- ]free)\b"
    r"|\bpermanent(?:ly)? (?:cure|fix|relief)\b|\bget rid of (?:your )?(?:back )?pain (?:forever|"
    r"for good|completely|permanently)\b|\bnever have (?:back )?pain again\b|\bmiracle\b"
    r"|\binstant(?:ly)? relief\b|\bpain[- ]free (?:forever|for good|in \d+ days)\b")
_DENIED = re.compile(
    r"\b(?:no|not|never|can't|cannot|isn't|won't|don't|doesn't|without|"
    r"nothing)\b(?:\W+\w+){0,4}\W*$")
_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
_MEDICINE_RE = re.compile(rf"\b{_MEDICINE}\b")


def check_output(text: str) -> tuple[str, ...]:
    """Violations in generated text ("dose: ...", "diagnosis: ...", "cure: ..."); () when fine."""
    violations: list[str] = []
    for sentence in _SENTENCES.split(text.replace("\u2019", "'").lower()):
        violations.extend(_doses(sentence))
        violations.extend(_found("diagnosis", _DIAGNOSIS, sentence, _CONDITIONAL))
        violations.extend(_found("cure", _CURE, sentence, _DENIED))
    return tuple(violations)


def _doses(sentence: str) -> list[str]:
    found = [f"dose: {m.group(0)!r}" for m in _DOSE_ALWAYS.finditer(sentence)]
    if _MEDICINE_RE.search(sentence):
        found += [f"dose: {m.group(0)!r}" for m in _DOSE_WITH_MEDICINE.finditer(sentence)]
    return found


def _found(
    kind: str, pattern: re.Pattern[str], sentence: str, excuse: re.Pattern[str]
) -> list[str]:
    return [f"{kind}: {m.group(0)!r}" for m in pattern.finditer(sentence)
            if not excuse.search(sentence[: m.start()])]
