"""The default, offline backend: answers only with sentences taken from retrieved passages.

It scores every sentence (and list item) of the passages against the question with the
embedding model, keeps the best few in reading order, and cites each one. A numbered list
(exercise steps) is kept whole. It never writes a claim that is not in a passage; when no
passage is relevant it says so plainly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.backends.base import Answer, AnswerRequest
from assistant.knowledge.chunking import LIST_ITEM, units
from assistant.retrieval import Passage

NOT_FOUND = (
    "I couldn't find anything in my knowledge base that answers that. I can explain common "
    "causes of low back pain, walk you through stretches and exercises, and tell you when to "
    "see a clinician. Could you ask it another way?"
)
MAX_SENTENCES = 4
MAX_PASSAGES = 3
HEADING_BONUS = 0.1
SENTENCE_WEIGHT = 0.6  # a sentence's own match to the question vs. its passage's (section topic)


@dataclass(frozen=True)
class Candidate:
    passage: int  # 0-based index into the request's passages
    position: int
    text: str
    score: float


SIGNPOST = re.compile(r"\bthis (card|page|article)\b", re.IGNORECASE)  # about the text, not the topic


QUESTION_WORD = re.compile(r"^\W*(why|how|when|what|which|who|where|is|are|can|should|does|do)\b", re.I)


def heading_bonus(question: str, passage: Passage) -> float:
    """A section whose heading asks the same kind of question ("Why ...") answers it best."""
    match = QUESTION_WORD.match(question)
    heading = passage.chunk.section.lower().split()
    return HEADING_BONUS if match and heading and match.group(1).lower() == heading[0] else 0.0


@lru_cache(maxsize=4096)
def passage_units(text: str) -> tuple[str, ...]:
    """A passage's sentences and list items, split once per process (pysbd takes ~10 ms a passage)."""
    return tuple(units(text))


def candidates(passages: Sequence[Passage], floor: float) -> list[tuple[int, int, str]]:
    """(passage index, position, sentence) for the first few passages above the relevance floor."""
    relevant = [i for i, p in enumerate(passages) if p.similarity >= floor][:MAX_PASSAGES]
    return [(i, j, u) for i in relevant for j, u in enumerate(passage_units(passages[i].chunk.text))
            if not SIGNPOST.search(u)]


def select(scored: list[Candidate], passages: Sequence[Passage]) -> list[Candidate]:
    """The best sentences in reading order; a numbered list in the top pick comes whole."""
    best = max(scored, key=lambda c: c.score)
    if LIST_ITEM.match(best.text):
        return [c for c in scored if c.passage == best.passage and LIST_ITEM.match(c.text)]
    floor = max(best.score - 0.12, 0.2)
    picked = sorted((c for c in scored if c.score >= floor), key=lambda c: -c.score)[:MAX_SENTENCES]
    lead: dict[int, int] = {}
    for c in picked:  # passages in order of their best sentence, sentences in reading order
        lead.setdefault(c.passage, len(lead))
    return sorted(picked, key=lambda c: (lead[c.passage], c.position))


def render(picked: list[Candidate]) -> tuple[str, tuple[int, ...]]:
    """Sentences with their [n] citation; list items on their own lines."""
    lines: list[str] = []
    for c in picked:
        cited = f"{c.text} [{c.passage + 1}]"
        if LIST_ITEM.match(c.text) or not lines or LIST_ITEM.match(lines[-1]):
            lines.append(cited)
        else:
            lines[-1] = f"{lines[-1]} {cited}"
    return "\n".join(lines), tuple(sorted({c.passage + 1 for c in picked}))


class ExtractiveBackend:
    def __init__(self, embeddings: object, min_relevance: float) -> None:
        self.embeddings = embeddings
        self.min_relevance = min_relevance

    def answer(self, request: AnswerRequest) -> Answer:
        passages = request.passages
        found = candidates(passages, self.min_relevance)
        if not found:
            return Answer(NOT_FOUND, (), grounded=False)
        question = self.embeddings.encode([request.question])[0]  # type: ignore[attr-defined]
        sentence = self.embeddings.encode([t for _, _, t in found]) @ question  # type: ignore[attr-defined]
        passage = np.array([passages[i].similarity + heading_bonus(request.question, passages[i])
                            for i, _, _ in found])
        scores = SENTENCE_WEIGHT * sentence + (1 - SENTENCE_WEIGHT) * passage
        scored = [Candidate(i, j, t, float(s)) for (i, j, t), s in zip(found, scores, strict=True)]
        text, cited = render(select(scored, request.passages))
        return Answer(text, cited, grounded=True)

    def generate(self, request: AnswerRequest) -> Iterator[str | Answer]:
        answer = self.answer(request)
        for line in answer.text.splitlines(keepends=True):
            yield line
        yield answer
