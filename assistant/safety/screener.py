"""A learned second reader: a small network over the whole conversation's embedding.

The rules and the exemplar matcher read signs; they miss red flags said in words nobody listed.
The screener reads the user's turns so far as one text and estimates the chance of each level. It
can only raise the level (to urgent or emergency, never lower), so a false alarm costs a visit and
a miss costs nothing more than before. Its weights are trained by `python -m evals.train_screener`
on the labelled conversations that were read while tuning (never on the unread evaluation sets) and
stored next to this module.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from assistant.safety.levels import Level

WEIGHTS = Path(__file__).with_name("screener.npz")
# Chosen on the read sets (leave-one-set-out) and checked once on blind9-15, figures only: at 0.9
# about 1.5 % of self-care and 2.5 % of urgent conversations were called emergencies; at 0.95 about
# 4 % of self-care conversations were called urgent.
EMERGENCY_AT = 0.9
URGENT_AT = 0.95
LEVELS = (Level.SELF_CARE, Level.PRIMARY_CARE, Level.URGENT, Level.EMERGENCY)
JOIN = " | "


# The encoder reads about 256 word pieces; the longest training conversation has 733 characters.
WINDOW_CHARS = 1000


def conversation_text(turns: Sequence[str], window: int = WINDOW_CHARS) -> str:
    """The user's latest turns as the screener reads them (and was trained on): as many recent turns
    as fit in `window` characters, and always the last one. Earlier turns were screened when they
    were new, and what the screener found then persists."""
    kept: list[str] = []
    for turn in reversed(turns):
        if kept and len(JOIN.join([turn, *kept])) > window:
            break
        kept.insert(0, turn)
    return JOIN.join(kept)


@dataclass(frozen=True)
class Screener:
    """One hidden ReLU layer and a softmax over the four levels."""

    hidden_weights: np.ndarray
    hidden_bias: np.ndarray
    out_weights: np.ndarray
    out_bias: np.ndarray
    emergency_at: float = EMERGENCY_AT
    urgent_at: float = URGENT_AT

    @classmethod
    def load(cls, path: Path = WEIGHTS) -> Screener:
        """The stored weights; a missing or broken file raises (the caller fails safe)."""
        with np.load(path) as data:
            return cls(data["hidden_weights"], data["hidden_bias"], data["out_weights"], data["out_bias"])

    def save(self, path: Path = WEIGHTS) -> None:
        np.savez_compressed(path, hidden_weights=self.hidden_weights.astype(np.float32),
                            hidden_bias=self.hidden_bias.astype(np.float32),
                            out_weights=self.out_weights.astype(np.float32),
                            out_bias=self.out_bias.astype(np.float32))

    def probabilities(self, vector: np.ndarray) -> np.ndarray:
        """Chance of self_care, primary_care, urgent and emergency for one conversation vector."""
        hidden = np.maximum(vector @ self.hidden_weights + self.hidden_bias, 0.0)
        logits = hidden @ self.out_weights + self.out_bias
        exp = np.exp(logits - logits.max())
        return np.asarray(exp / exp.sum())

    def level(self, vector: np.ndarray) -> Level:
        """The level the screener asks for: emergency, urgent, or self_care (it has no say below urgent)."""
        p = self.probabilities(vector)
        if p[3] >= self.emergency_at:
            return Level.EMERGENCY
        if p[2] + p[3] >= self.urgent_at:
            return Level.URGENT
        return Level.SELF_CARE
