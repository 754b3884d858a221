"""When the back pain started and what month it is now, as people say it across turns.

"It started just after new year" ... "it's mid-March now" is about ten weeks: neither turn says how
long on its own. Months are read as numbers of the year with a fraction for early, mid and late
(January 1.1 early, 1.5 mid, 1.85 late), so the weeks between two of them wrap round the year end.
Only a month the writer says it is now counts as now: the conversation may be read on any date.
"""

from __future__ import annotations

import re

WEEKS_PER_MONTH = 4.35
_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
           "nov": 11, "dec": 12}
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june|jun|july|jul|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# Days that fix a month: Christmas is late December, new year early January.
_FEASTS = {"christmas": 12.8, "xmas": 12.8, "new year": 1.05, "new year's": 1.05, "new years": 1.05, "easter": 4.0,
           "the summer": 7.5, "the summer holidays": 7.8, "summer": 7.5, "bonfire night": 11.15,
           "halloween": 10.95}
_FEAST = (r"(?:christmas|xmas|new year(?:'s|s)?(?: day| eve)?|easter|(?:the )?summer(?: holidays)?"
          r"|bonfire night|halloween)")
_PART = r"(?:early|mid|late|the (?:start|beginning|middle|end) of|the (?:first|last) week of)"
_PARTS = {"early": 0.1, "the start of": 0.1, "the beginning of": 0.1, "the first week of": 0.1, "mid": 0.5,
          "the middle of": 0.5, "late": 0.85, "the end of": 0.85, "the last week of": 0.85}
_ONSET = re.compile(
    rf"\b(?:since|started|starting|start(?:ed)? (?:in|on|at|around|about)|began|begun|from|back in|that was|"
    rf"it was|hurt (?:it|my back) (?:in|on|at|around))\s+(?:(?:in|on|at|around|about)\s+)?"
    rf"(?:(?P<part>{_PART})[\s-]+)?(?:(?:just |right )?(?P<side>before|after)\s+)?"
    rf"(?P<when>{_MONTH}|{_FEAST})\b(?! (?:\d{{1,2}}(?:st|nd|rd|th)? )?(?:next|this year's))")
_NOW = re.compile(
    rf"\b(?:it's|its|it is|we're in|we are in|now(?: it's)?|and now)\s+(?:now\s+)?(?:nearly |almost |already )?"
    rf"(?:(?P<part>{_PART})[\s-]+)?(?P<when>{_MONTH})\b"
    rf"|\b(?:(?P<part2>{_PART})[\s-]+)?(?P<when2>{_MONTH}) now\b")
# "since the start of last month" (about six weeks), "since last month" (about four)
_LAST_MONTH = re.compile(rf"\b(?:since|that was|started|began|from)\s+(?:at |in )?"
                         rf"(?:(?P<part>{_PART})\s+)?last month\b")


def onset(text: str) -> float | None:
    """The month the pain started, if the text names one ("since the start of February")."""
    found = _ONSET.search(text)
    if found is None:
        return None
    month = _month(found.group("when"), found.group("part"))
    if found.group("side") == "before":
        month -= 0.2
    elif found.group("side") == "after":
        month += 0.2
    return month


def now(text: str) -> float | None:
    """The month the writer says it is now ("it's mid-March now")."""
    found = _NOW.search(text)
    if found is None:
        return None
    return _month(found.group("when") or found.group("when2"), found.group("part") or found.group("part2"))


def since_last_month(text: str) -> float | None:
    """Weeks since "the start of last month" (about six) or "last month" (about four)."""
    found = _LAST_MONTH.search(text)
    if found is None:
        return None
    part = found.group("part")
    return WEEKS_PER_MONTH * (1.5 - _PARTS[part] if part else 1.0)  # from the middle of this month


def weeks_between(started: float, current: float) -> float:
    """Weeks from one month of the year to a later one, across the year end."""
    return ((current - started) % 12) * WEEKS_PER_MONTH


def _month(word: str, part: str | None) -> float:
    if word in _FEASTS or word.removesuffix(" day").removesuffix(" eve") in _FEASTS:
        return _FEASTS.get(word) or _FEASTS[word.removesuffix(" day").removesuffix(" eve")]
    return _MONTHS[word[:3]] + (_PARTS[part] if part else 0.5)
