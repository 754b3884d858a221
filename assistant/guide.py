"""Guided exercise sessions and routines: pure functions from (intent, exercise, session) to a reply.

A session is one step per reply with the card's hold time; "next", "back", "repeat" and
"stop" move through it, and any mention of pain stops it with the card's own stop-if advice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from assistant.exercises import Exercise
from assistant.knowledge.documents import Chunk

PAIN_STOP = ("Stop the exercise now and rest in a comfortable position. Pain is a signal to stop, "
             "not to push through. The card says to stop if:")
PAIN_AFTER = ("If the pain is severe, spreads down your leg, or comes with numbness, weakness, or "
              "bladder or bowel changes, get medical advice today.")
NOT_NOW = ("Because of what you have told me, please get checked by a clinician before you start "
           "any exercises.")
CONTROLS = 'Say "next", "back", "repeat" or "stop".'
FINISHED = "That was the last step of the {title}. Well done."
STOPPED = 'Okay, we have stopped the {title}. Ask me anything, or say "walk me through" another exercise.'

WORDS = {
    "next": r"next|done|ok(ay)?|go on|continue|ready|got it|and then|what'?s next|next step|did it",
    "back": r"back|go back|previous( step)?|last step|prev",
    "repeat": r"repeat|again|say (that|it) again|once more|sorry\??|what\??|huh\??",
    "stop": r"stop|quit|end|cancel|exit|enough|that'?s enough|no more|finish",
}
COMMAND = {name: re.compile(rf"^\s*(please\s+)?({pattern})[\s.!?]*(please)?[\s.!?]*$", re.IGNORECASE)
           for name, pattern in WORDS.items()}
PAIN = re.compile(r"\b(hurts?|hurting|hurted|painful|pain|sharp|shooting|pins and needles|tingl\w*|"
                  r"numb\w*|ouch|agony|twinge\w*|sting\w*|burning)\b", re.IGNORECASE)
START = re.compile(r"\b((walk|talk|guide|take|step|coach) me through|show me how|start|begin|let'?s do|"
                   r"do (it|the \w+.*) with me|guided?|teach me)\b", re.IGNORECASE)
ROUTINE = re.compile(r"\b(routine|workout|programme|program|plan of (stretches|exercises)|"
                     r"\d+[- ]?min(ute)?s? of (stretch|exercise)\w*)\b", re.IGNORECASE)
REFERS_TO_EXERCISE = re.compile(r"\b(do(ing)?|does|did|try(ing)?|hold(ing)?) (it|that|this|the (stretch|exercise|pose))\b",
                                re.IGNORECASE)
MINUTES = re.compile(r"\b(\d{1,2})[- ]?(min|minute|mins|minutes)\b", re.IGNORECASE)


class Intent(StrEnum):
    START = "start"
    NEXT = "next"
    BACK = "back"
    REPEAT = "repeat"
    STOP = "stop"
    PAIN = "pain"
    ROUTINE = "routine"
    NONE = "none"


@dataclass(frozen=True)
class Session:
    exercise_id: str
    step: int  # 0-based index of the step shown last


@dataclass(frozen=True)
class GuideReply:
    text: str
    session: Session | None
    cited: tuple[Chunk, ...]


def read_intent(message: str, in_session: bool) -> Intent:
    """What the user wants from the guide; commands count only inside a session."""
    if in_session:
        for name, pattern in COMMAND.items():
            if pattern.match(message):
                return Intent(name)
    if PAIN.search(message) and (in_session or REFERS_TO_EXERCISE.search(message)
                                 or (len(message.split()) <= 6 and re.search(r"\b(it|that|this)\b", message, re.I))):
        return Intent.PAIN
    if ROUTINE.search(message):
        return Intent.ROUTINE
    if START.search(message):
        return Intent.START
    return Intent.NONE


def cite(exercise: Exercise, *sections: str) -> tuple[Chunk, ...]:
    return tuple(exercise.chunks[s] for s in sections if s in exercise.chunks)


def show_step(exercise: Exercise, step: int) -> GuideReply:
    total = len(exercise.steps)
    text = (f"**{exercise.title}: step {step + 1} of {total}**\n\n{exercise.steps[step]} [1]\n\n"
            f"_{exercise.dose()}. {CONTROLS}_")
    return GuideReply(text, Session(exercise.id, step), cite(exercise, "Steps"))


def start(exercise: Exercise) -> GuideReply:
    first = show_step(exercise, 0)
    setup = exercise.section_items("Setup")
    intro = f"Let's do the {exercise.title.lower()}, one step at a time."
    if setup:
        intro += f" Before you start: {setup[0]} [2]"
    return GuideReply(f"{intro}\n\n{first.text}", first.session, (*first.cited, *cite(exercise, "Setup")))


def advance(exercise: Exercise, session: Session, intent: Intent) -> GuideReply:
    """Move through the session; the step after the last one finishes it."""
    if intent == Intent.STOP:
        return GuideReply(STOPPED.format(title=exercise.title.lower()), None, ())
    step = {Intent.NEXT: session.step + 1, Intent.BACK: max(session.step - 1, 0)}.get(intent, session.step)
    if step < len(exercise.steps):
        return show_step(exercise, step)
    how_often = exercise.section_items("How often")
    text = f"{FINISHED.format(title=exercise.title.lower())} {exercise.dose()}."
    if how_often:
        text += f" {how_often[0]} [1]"
    return GuideReply(text, None, cite(exercise, "How often"))


def stop_for_pain(exercise: Exercise) -> GuideReply:
    """End the session with the card's stop-if list, then when to get advice."""
    items = "\n".join(f"- {item} [1]" for item in exercise.section_items("Stop if"))
    return GuideReply(f"{PAIN_STOP}\n{items}\n\n{PAIN_AFTER}", None, cite(exercise, "Stop if"))


def minutes_asked(message: str, default: int = 10) -> int:
    match = MINUTES.search(message)
    return max(3, min(int(match.group(1)), 60)) if match else default


def build_routine(candidates: Sequence[Exercise], minutes: int) -> GuideReply:
    """Exercises in relevance order, added while they fit the time asked for (at least two)."""
    chosen: list[Exercise] = []
    for exercise in candidates:
        if sum(e.minutes for e in chosen) + exercise.minutes <= minutes:
            chosen.append(exercise)
    for exercise in sorted(candidates, key=lambda e: e.minutes):  # never fewer than two
        if len(chosen) >= 2:
            break
        if exercise not in chosen:
            chosen.append(exercise)
    total = sum(e.minutes for e in chosen)
    lines = [f"{n}. **{e.title}**, about {e.minutes} min: {e.dose().lower()} [{n}]"
             for n, e in enumerate(chosen, start=1)]
    text = (f"Here is a routine of about {total} minutes:\n" + "\n".join(lines) +
            '\n\nSay "walk me through" and an exercise name for step-by-step help. '
            "Stop any exercise that causes sharp pain, pain down the leg, or numbness.")
    return GuideReply(text, None, tuple(c for e in chosen for c in cite(e, "Steps")))
