"""Negation cues and their scope inside one clause ("no fever or chills", "fever: none")."""

from __future__ import annotations

import re
from functools import lru_cache

_CUE = re.compile(
    r"\b(?:no|not|never|without|none|nor|neither|denies|deny|denied|negative for|free of|"
    r"absence of|ruled out|haven't|hasn't|hadn't|don't|doesn't|didn't|isn't|aren't|wasn't|"
    r"weren't|no longer|nothing like|zero|nil)\b"  # "nil saddle anaesthesia": clinical shorthand
    # "nothing numb down below", "nothing odd with my legs"
    r"|\bnothing(?= (?:\w+ ){0,3}(?:is |are |feels? )?(?:numb\w*|tingl\w*|weak\w*|wrong|odd|weird|strange|unusual|"
    r"dead|funny"
    r"|different)\b)")

# Phrases containing a cue word that do not deny a symptom: hedges, refusals, unawareness.
_PSEUDO = re.compile(
    r"\bnot (?:sure|certain|just|only|really sure|100%)\b|\bdon't (?:know|think so)\b"
    r"|\bno (?:idea|clue|matter|reason|way|point|big deal|worries|problem|doubt|joke|lie|kidding)\b"
    r"|\b(?:not|don't want to|didn't want to|refuse to|won't) (?:going to |gonna |be )?"
    r"(?:go|going|bother|waste|make a fuss|overreact|be dramatic|call|ring|see)\b"
    r"|\bnot (?:a big deal|that bad|too bad|serious|an emergency)\b"
    r"|\bwithout (?:noticing|realising|realizing|knowing|feeling (?:it|anything)|warning|trying|"
    r"dieting|meaning to|a reason|any reason|any warning)\b"
    r"|\b(?:didn't|don't|never) (?:even |actually |really )?(?:notic(?:e|ed)|realis(?:e|ed)|"
    r"realiz(?:e|ed)|know|knew|feel it|felt it|feel anything)"
    r"(?= (?:i|i'd|until|till|til|that|when|it|myself|at all)\b|\W*$)"
    r"|\b(?:doesn't|don't|does not) matter\b"
    r"|\b(?:not|haven't|hasn't|never) (?:been )?able to\b|\bno longer (?:able|can)\b"
    r"|\b(?:not|n't) (?:allowed|supposed|meant) (?:to (?:take|have|use)\b)?|\b(?:can't|cannot|shouldn't|mustn't) "
    r"(?:take|have|use) (?:ibuprofen|nsaids?|anti-?inflammator\w*|aspirin|naproxen|painkillers|tablets|pills)\b"
    r"|\b(?:isn't|hasn't|haven't|doesn't|didn't|not|never|no) (?:\w+ )?(?:go(?:ne|ing)? away|"
    r"eas(?:e|es|ed|ing)|let(?:ting)? up|stop(?:ped|ping|s)?|improv\w*|"
    r"get(?:ting)? (?:any )?better|"
    r"got (?:any )?better|better|settl\w*|help(?:ed|ing|s)?|work(?:ed|ing|s)?|cop(?:e|ing))\b"
    r"|\bnever (?:had|felt|experienced) (?:this|it|anything like (?:this|it)|pain like)"
    r"|^(?:no|nope|nah)\s*,\s*|\bnot (?:feeling|been feeling) (?:great|good|well|right)\b"
    r"|\bno (?:position|feeling|sensation|control|strength|appetite|relief)\b|\bnot (?:eating|"
    r"sleeping)\b")
_AFTER = re.compile(
    r"^\s*[:?\-]*\s*(?:no|none|nope|negative|nil|absent|denied|not really)\s*(?:[.,;!?]|$)"
    r"|^\s*(?:has |have |is |are |had |was |were |now )?(?:all )?(?:gone|went away|gone away|"
    r"cleared(?: up)?|resolved|settled|disappeared|fine now|ok now|normal)\b")
_MAX_WORDS = 9


@lru_cache(maxsize=2048)
def _masked(clause: str) -> str:
    return _PSEUDO.sub(lambda m: " " * len(m.group(0)), clause)


# a copula denial inside a match that runs from the body part to the symptom ("my bum isn't numb")
_DENIED_WITHIN = re.compile(r"\b(?:isn't|aren't|wasn't|weren't|is not|are not)\s+(?:\w+\s+)?(?:numb|tingl\w*|weak|dead|"
                            r"wet|pins|asleep|heavy|wobbly|floppy|jelly|affected)\b")


def denies_by_copula(clause: str) -> bool:
    """"my legs aren't weak": a symptom said not to be there (not a deficit said with a negated
    verb, like "my legs won't hold me")."""
    return bool(_DENIED_WITHIN.search(clause))


def negated(clause: str, start: int, end: int) -> bool:
    """True when the match `clause[start:end]` is denied by a cue before it, a copula denial inside
    it, or a "none" after it."""
    if _DENIED_WITHIN.search(clause, start, end):
        return True
    masked = _masked(clause)
    for cue in _CUE.finditer(masked):  # the whole clause: a cue's lookahead may read past `start`
        if cue.end() > start:
            break
        between = masked[cue.end(): start]
        if len(between.split()) <= _MAX_WORDS:
            return True
    return bool(_AFTER.search(clause[end:]))


def has_negation(clause: str) -> bool:
    """True when the clause contains any active cue (used for sentence-level semantic matches)."""
    return bool(_CUE.search(_masked(clause))) or bool(
        re.search(r"[:?\-]\s*(?:no|none|nope|negative)\s*$", clause))


def first_cue(clause: str) -> int:
    """Where the first active negation cue starts (the clause's length when there is none)."""
    found = _CUE.search(_masked(clause))
    return found.start() if found else len(clause)
