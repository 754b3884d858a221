"""Keeping a model's answer grounded: a numbered context, the instruction to cite, and a check
that every answer sentence cites a passage it actually overlaps with. Pure functions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.retrieval import Passage

SYSTEM = (
    "You are BackTalk, an education assistant about low back pain. Answer the question using only "
    "the numbered passages. End every sentence with the number of the passage it comes from, like [1]. "
    "Never give medicine doses, never diagnose the person, never promise a cure. If the passages do "
    "not answer the question, say that you do not know. Use plain words and at most five sentences."
)
CITES = re.compile(r"\[(\d+)\]")
SENTENCE_END = re.compile(r"(?<=[.!?])(\s*(?:\[\d+\]\s*)+|\s+)")
WORD = re.compile(r"[a-z]{3,}")
STOP = frozenset("the and for you your are can with that this have from not but they was were will".split())
MIN_OVERLAP = 0.5  # share of a sentence's content words that must appear in a passage it cites


def context(passages: Sequence[Passage]) -> str:
    return "\n\n".join(
        f"[{n}] {p.chunk.title}{' — ' + p.chunk.section if p.chunk.section else ''}: {p.chunk.text}"
        for n, p in enumerate(passages, start=1))


def messages(question: str, passages: Sequence[Passage]) -> list[tuple[str, str]]:
    """The chat messages for a model: instructions, then the numbered passages and the question."""
    return [("system", SYSTEM), ("user", f"Passages:\n{context(passages)}\n\nQuestion: {question}")]


def content_words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in STOP}


def supported(sentence: str, passages: Sequence[Passage]) -> tuple[int, ...]:
    """The valid passage numbers the sentence cites and overlaps with; () when it fails the check."""
    words = content_words(CITES.sub("", sentence))
    cited = {int(n) for n in CITES.findall(sentence)}
    good = tuple(sorted(n for n in cited if 0 < n <= len(passages)
                        and words and len(words & content_words(passages[n - 1].chunk.text)) / len(words)
                        >= MIN_OVERLAP))
    return good


def split_sentences(text: str) -> tuple[list[str], str]:
    """Complete sentences (with their trailing citations) and the unfinished rest."""
    parts, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.end() < len(text) or CITES.search(match.group(0)):
            parts.append(text[start:match.end()].strip())
            start = match.end()
    return [p for p in parts if p], text[start:]
