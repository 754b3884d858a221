"""Conversation state as an immutable value that each turn replaces, and the pure rules over it.

State lives in the conversation (a Gradio session or one batch line), never in a global, so
concurrent users never share it: history, triage, the guided session and the current topic.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from assistant.guide import Session
from assistant.safety import Triage

FOLLOW_UP_WORDS = 8
REFERS_BACK = re.compile(r"\b(it|that|this|those|these|them|the other side|other leg|instead|"
                         r"easier|harder|how long|how often|how many)\b", re.IGNORECASE)
INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
TRUNCATED_NOTE = "(Your message was very long, so I read only the first {limit:,} characters.)"


@dataclass(frozen=True)
class Topic:
    """The card the conversation is about: the last exercise guided or the first source cited."""

    doc_id: str
    title: str


@dataclass(frozen=True)
class Conversation:
    history: tuple[tuple[str, str], ...] = ()  # (role, text), oldest first
    triage: Triage = field(default_factory=Triage.initial)
    session: Session | None = None
    topic: Topic | None = None

    def user_turns(self) -> list[str]:
        return [text for role, text in self.history if role == "user"]

    def after(self, user: str, assistant: str, triage: Triage, session: Session | None,
              topic: Topic | None) -> Conversation:
        return replace(self, history=(*self.history, ("user", user), ("assistant", assistant)),
                       triage=triage, session=session, topic=topic or self.topic)


def clean_message(text: str, limit: int) -> tuple[str, str]:
    """Strip control and zero-width characters, fold whitespace, cap length; returns (text, note)."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = "".join(ch if ch.isprintable() or ch in "\n\t" else " " for ch in text)
    text = " ".join(text.split())
    if len(text) > limit:
        return text[:limit], TRUNCATED_NOTE.format(limit=limit)
    return text, ""


def is_follow_up(message: str) -> bool:
    return len(message.split()) <= FOLLOW_UP_WORDS or bool(REFERS_BACK.search(message))


def retrieval_query(message: str, conversation: Conversation) -> str:
    """A follow-up ("how long do I hold it?") is searched together with the topic it refers to."""
    topic = conversation.topic
    if topic is not None and (conversation.session is not None or is_follow_up(message)):
        return f"{topic.title}: {message}"
    return message
