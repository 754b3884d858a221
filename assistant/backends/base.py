"""The generation interface: a backend turns a question and numbered passages into answer text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.retrieval import Passage


@dataclass(frozen=True)
class AnswerRequest:
    question: str
    passages: Sequence[Passage]  # numbered [1], [2], ... in this order
    history: Sequence[tuple[str, str]] = ()  # (role, text), oldest first


@dataclass(frozen=True)
class Answer:
    """Answer text citing passages as [n]; `cited` are the 1-based passage numbers it uses."""

    text: str
    cited: tuple[int, ...]
    grounded: bool  # False when no passage was relevant enough to answer from


class Backend(Protocol):
    """One required method: stream the answer text in pieces, then return the whole `Answer`."""

    def generate(self, request: AnswerRequest) -> Iterator[str | Answer]: ...
