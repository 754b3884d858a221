"""Semantic matching of clauses against exemplar phrasings, to catch paraphrases the rules miss."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from assistant.safety.clauses import Clause, Message
from assistant.safety.exemplars import EXEMPLARS, NEUTRAL
from assistant.safety.facts import Observation
from assistant.safety.lexicon import signs_by_name
from assistant.safety.negation import has_negation

if TYPE_CHECKING:
    from assistant.safety.triage import Encoder

THRESHOLD = 0.66
MARGIN = 0.04
# Lower for mood (missing a crisis costs most), higher where everyday talk sounds alike.
SIGN_THRESHOLDS = {"suicidal_intent": 0.6, "suicidal_passive": 0.6, "not_coping": 0.6,
                   "major_trauma_event": 0.75, "crack_felt": 0.75}
MAX_CLAUSES = 6
# Signs whose meaning rests on a word the embedding model blurs ("both legs" vs "my leg"): a
# semantic match counts only when the clause has that word too.
REQUIRES = {
    "bilateral_sciatica": re.compile(r"\b(both|two|each|either|legs|left and right|right and left)\b", re.I),
    "spreading_numbness": re.compile(r"\b(numb\w*|tingl\w*|pins|needles|feeling|sensation|dead)\b", re.I),
}
_NEUTRAL = "neutral"
_MOOD = frozenset({"suicidal_intent", "suicidal_passive", "not_coping"})

# Only clauses with words from the symptom field go to the encoder (the model costs ~15-25 ms
# per call on a small CPU); plain how-to questions and chit-chat never do.
_CUE = re.compile(
    r"\b(?:legs?|foot|feet|toes?|thighs?|groin|bum|bottom|butt|backside|arse|anus|genital\w*|"
    r"private\w*|crotch|down there|wip\w+|toilet|loo|wee\w*|pee\w*|urin\w*|bladder|bowel\w*|poo\w*|"
    r"leak\w*|wet|soil\w*|control|numb\w*|tingl\w*|pins|needles?|feel\w*|sensation|weak\w*|"
    r"buckl\w*|gave|give|collaps\w*|wobbl\w*|jelly|walk\w*|stand\w*|drag\w*|trip\w*|catch\w*|"
    r"slap\w*|fever\w*|temperature|hot|cold|shiver\w*|chill\w*|sweat\w*|shak\w*|flu|inject\w*|"
    r"drugs?|heroin|weight|kg|pounds|stone|clothes|thin|appetite|food|night|sleep|wak\w+|woke|"
    r"constant|always|never|position|lying|tear\w*|rip\w*|faint\w*|passed|black\w*|dizzy|heart|"
    r"racing|puls\w*|throb\w*|lump|belly|tummy|stomach|crash\w*|accident|fell|fall|ladder|roof|"
    r"car|bike|horse|crack\w*|snap\w*|crunch\w*|bone\w*|kill|die|dying|dead|death|end|live|"
    r"living|point|burden|harm|cope|coping|struggl\w*|weeks|months|again|better|worse|sudden\w*|"
    r"severe|worst|agony|unbearable|both|spread\w*|went|gone|hands?|wast\w*|skinny|lighter|future|"
    r"alive|burden|rather|stop|hopeless|worthless|exist\w*|tablets|pills|rope|bed|sheets|pyjamas|"
    r"trousers|pants|underwear|knickers|damp|shoes?|scuff\w*|floor|ground|lift\w*|move|moving|"
    r"hold|shin|calf|knees?|shak\w*|boiling|freezing)\b")
_HOW_TO = re.compile(
    r"^(?:how (?:do|can|should|long|often|many|much|far|to)|what (?:stretch|stretches|exercise|"
    r"exercises|can i do|should i do|about)|which|can you|could you|show me|tell me|give me|"
    r"is (?:heat|ice)|are there|next|thanks|thank you|ok|okay)\b")


class SemanticMatcher:
    """Exemplar vectors computed once; one batched encoder call per turn at most."""

    def __init__(self, encoder: Encoder, threshold: float = THRESHOLD) -> None:
        labels, texts = _table()
        self._encoder = encoder
        self._threshold = threshold
        self._labels = labels
        self._signs = np.array([label != _NEUTRAL for label in labels])
        self._vectors = np.asarray(encoder.encode(texts), dtype=np.float32)

    def find(
        self, message: Message, explained: frozenset[int], turn: int
    ) -> tuple[Observation, ...]:
        """Signs shown by clauses the rules did not already explain."""
        chosen = candidates(message.clauses, explained)
        if not chosen:
            return ()
        vectors = np.asarray(self._encoder.encode([c.text for c in chosen]), dtype=np.float32)
        scores = vectors @ self._vectors.T
        found: list[Observation] = []
        for clause, row in zip(chosen, scores, strict=True):
            label = self._decide(row)
            if label is not None and label not in _MOOD and has_negation(clause.text):
                continue
            if label is not None and label in REQUIRES and not REQUIRES[label].search(clause.text):
                continue
            if label is not None and _owned(label, clause, message):
                found.append(Observation(label, clause.said, turn, source="semantic"))
        return tuple(found)

    def scores(self, texts: Sequence[str]) -> list[tuple[str, float, float]]:
        """Best sign, its cosine, and the best neutral cosine per text (for calibration)."""
        vectors = np.asarray(self._encoder.encode(list(texts)), dtype=np.float32)
        rows = vectors @ self._vectors.T
        return [(self._labels[int(np.argmax(r[self._signs]))], float(np.max(r[self._signs])),
                 float(np.max(r[~self._signs]))) for r in rows]

    def _decide(self, row: np.ndarray) -> str | None:
        """The nearest sign if it clears its threshold and beats every neutral exemplar."""
        best = int(np.argmax(np.where(self._signs, row, -1.0)))
        label = self._labels[best]
        threshold = SIGN_THRESHOLDS.get(label, self._threshold)
        neutral = float(np.max(row[~self._signs]))
        return label if row[best] >= threshold and row[best] >= neutral + MARGIN else None


def candidates(clauses: Sequence[Clause], explained: frozenset[int]) -> list[Clause]:
    """Clauses worth encoding: unexplained, first-hand, not framed as a question, on a symptom
    topic. Negated clauses are encoded too, but only a mood sign may come from them."""
    chosen = [
        clause for index, clause in enumerate(clauses)
        if index not in explained and _eligible(clause)
    ]
    return chosen[:MAX_CLAUSES]


def _eligible(clause: Clause) -> bool:
    if clause.pet or clause.hypothetical or clause.education or clause.resolved or clause.long_ago:
        return False
    text = clause.text
    if len(text.split()) < 3 or _HOW_TO.match(text):
        return False
    return bool(_CUE.search(text))


def _owned(label: str, clause: Clause, message: Message) -> bool:
    """Same filters as the rules: the sign's exceptions, and whose symptom it is."""
    unless = signs_by_name()[label].unless
    if unless is not None and unless.search(clause.sentence):
        return False
    return label in _MOOD or clause.other in (None, message.patient)


def _table() -> tuple[list[str], list[str]]:
    labels = [sign for sign, texts in EXEMPLARS.items() for _ in texts] + [_NEUTRAL] * len(NEUTRAL)
    texts = [text for group in EXEMPLARS.values() for text in group] + list(NEUTRAL)
    return labels, texts
