"""Triage levels, ordered from least to most urgent."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """How soon, and where, the person should get care."""

    SELF_CARE = "self_care"
    PRIMARY_CARE = "primary_care"
    URGENT = "urgent"
    EMERGENCY = "emergency"

    @property
    def rank(self) -> int:
        """0 for self_care up to 3 for emergency."""
        return _ORDER.index(self)

    def at_least(self, other: Level) -> bool:
        """True when this level is as urgent as `other` or more."""
        return self.rank >= other.rank


_ORDER: tuple[Level, ...] = (
    Level.SELF_CARE,
    Level.PRIMARY_CARE,
    Level.URGENT,
    Level.EMERGENCY,
)


def max_level(*levels: Level) -> Level:
    """The most urgent of `levels`; self_care when none are given."""
    return max(levels, key=lambda level: level.rank, default=Level.SELF_CARE)
