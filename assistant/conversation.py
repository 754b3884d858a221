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
    kind: str = ""


@dataclass(frozen=True)
class Conversation:
    history: tuple[tuple[str, str], ...] = ()  # (role, text), oldest first
    triage: Triage = field(default_factory=Triage.initial)
    session: Session | None = None
    topic: Topic | None = None

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


NEW_TOPIC = re.compile(r"\b(different|another|new|other|unrelated|separate) (question|thing|topic)\b|"
                       r"\bchang(e|ing) (the )?(subject|topic)\b|\bsomething else\b", re.IGNORECASE)


ENGLISH_WORDS = frozenset(
    "the and my i is it to a of in for do does how what why can back pain hurts hurt me you your this that "
    "with when should have has get got im i'm it's not no yes ok okay thanks please help stretch leg legs".split())
OTHER_WORDS = frozenset(
    "el la los las de que y en mi me duele dolor espalda por para con una le les et des est je mon ma j'ai "
    "douleur dos der die das und ist ich mein meine rücken schmerzen habe nicht il lo di che ho mal schiena "
    "o os um uma não costas dor een het ik mijn pijn rug".split())


def is_not_english(message: str) -> bool:
    """Mostly non-Latin letters, or more words common in other languages than in English."""
    letters = [c for c in message if c.isalpha()]
    if len(letters) < 4:
        return False
    if sum(c.isascii() or c in "éèêàçñüöäßáíóú" for c in letters) / len(letters) < 0.5:
        return True
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", message.lower())
    foreign, english = len(OTHER_WORDS & set(words)), len(ENGLISH_WORDS & set(words))
    return len(words) >= 3 and foreign >= 2 and foreign > english


def is_follow_up(message: str) -> bool:
    if NEW_TOPIC.search(message):
        return False
    return len(message.split()) <= FOLLOW_UP_WORDS or bool(REFERS_BACK.search(message))


ASKS_FOR_EXERCISE = re.compile(r"\b(exercises?|strengthen\w*|stretch(es)? for|workouts?|moves?)\b", re.IGNORECASE)


def wants_exercise(message: str, conversation: Conversation) -> bool:
    """A follow-up asking for exercises about an explainer topic ("how do I strengthen them?")."""
    topic_is_exercise = conversation.session is not None or (
        conversation.topic is not None and conversation.topic.kind == "exercise")
    return conversation.topic is not None and not topic_is_exercise and is_follow_up(message) \
        and bool(ASKS_FOR_EXERCISE.search(message))


DOSE_QUESTION = re.compile(r"\b(hold|how long|how many|how often|reps?|repetitions|sets?|seconds|times a day|"
                           r"each side|per side|breath\w*)\b", re.IGNORECASE)
PICKS_ANOTHER = re.compile(r"\bthe [\w-]+(?:[ -][\w-]+){0,2} one\b", re.IGNORECASE)  # "the pigeon-type one"


def asks_about_current_exercise(message: str, conversation: Conversation, titles: frozenset[str] = frozenset(),
                                ) -> bool:
    """A dose follow-up ("how long do I hold it?") about the exercise just discussed, answered from
    that card alone: another card's hold time would be a different exercise's advice."""
    topic = conversation.topic
    return (topic is not None and topic.kind == "exercise" and is_follow_up(message)
            and bool(DOSE_QUESTION.search(message)) and not PICKS_ANOTHER.search(message)
            and not names_a_card(message, titles - {folded(topic.title)}))


def folded(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def names_a_card(message: str, titles: frozenset[str]) -> bool:
    """Does the message name a card by its (folded) title, e.g. "the bird dog one"?"""
    words = f" {folded(message)} "
    return any(f" {title} " in words for title in titles)


def retrieval_query(message: str, conversation: Conversation, titles: frozenset[str] = frozenset()) -> str:
    """A follow-up ("how long do I hold it?") is searched together with the topic it refers to,
    unless it names a card itself."""
    topic = conversation.topic
    if names_a_card(message, titles - {folded(topic.title)} if topic else titles):
        return message
    if topic is not None and (conversation.session is not None or is_follow_up(message)):
        return f"{topic.title}: {message}"
    return message
