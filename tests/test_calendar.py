"""Months said across turns: when the pain started, what month it is now, and the weeks between."""

from __future__ import annotations

import pytest

from assistant.safety import calendar


@pytest.mark.parametrize(("text", "month"), [
    ("it's been sore since the start of february", 2.1),
    ("started just after new year", 1.25),
    ("that was early january", 1.1),
    ("since before christmas", 12.6),
    ("since mid-september", 9.5),
    ("it started at the end of october", 10.85),
    ("sore since monday", None),
    ("it may be nothing", None),
])
def test_onset(text: str, month: float | None) -> None:
    assert calendar.onset(text) == (pytest.approx(month) if month else None)


@pytest.mark.parametrize(("text", "month"), [
    ("it's mid-march now", 3.5),
    ("it's now the middle of march", 3.5),
    ("it's nearly the end of december", 12.85),
    ("august now and no better", 8.5),
    ("i march up the stairs every morning", None),
    ("it may ease by itself", None),
])
def test_now(text: str, month: float | None) -> None:
    assert calendar.now(text) == (pytest.approx(month) if month else None)


@pytest.mark.parametrize(("started", "current", "weeks"), [
    (1.1, 3.5, 2.4 * 4.35),
    (12.8, 1.5, 0.7 * 4.35),  # across the year end
    (3.5, 3.5, 0.0),
])
def test_weeks_between(started: float, current: float, weeks: float) -> None:
    assert calendar.weeks_between(started, current) == pytest.approx(weeks)


@pytest.mark.parametrize(("text", "weeks"), [
    ("since the start of last month", 1.4 * 4.35),
    ("it started last month", 4.35),
    ("my birthday was last month", None),
    ("since last month", 4.35),
])
def test_since_last_month(text: str, weeks: float | None) -> None:
    assert calendar.since_last_month(text) == (pytest.approx(weeks) if weeks else None)
