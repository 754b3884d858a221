"""Exercise cards as structured values, rebuilt from the chunks in the store."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from assistant.knowledge.chunking import LIST_ITEM, units
from assistant.knowledge.documents import Chunk

STEP_NUMBER = re.compile(r"^\s*\d+[.)]\s+")


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    path: str
    steps: tuple[str, ...]
    hold_seconds: int
    reps: int
    sets: int
    sides: str
    minutes: int
    sections: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    chunks: dict[str, Chunk] = field(default_factory=dict, compare=False, hash=False)

    def dose(self) -> str:
        """How long and how many, from the card's own numbers: "Hold 30 s · 2 reps each side · 1 set"."""
        held = f"{self.hold_seconds // 60} min" if self.hold_seconds >= 120 else f"{self.hold_seconds} s"
        parts = [f"hold {held}"] if self.hold_seconds else []
        side = " each side" if self.sides == "both" else ""
        parts.append(f"{self.reps} {'rep' if self.reps == 1 else 'reps'}{side}")
        parts.append(f"{self.sets} {'set' if self.sets == 1 else 'sets'}")
        return " · ".join(parts).capitalize()

    def section_items(self, name: str) -> list[str]:
        return [STEP_NUMBER.sub("", LIST_ITEM.sub("", u)) for u in units(self.sections.get(name, ""))]


def section_texts(chunks: list[Chunk]) -> dict[str, str]:
    """Section heading -> its text, joining a section's chunks and dropping overlap repeats."""
    out: dict[str, list[str]] = {}
    for chunk in sorted(chunks, key=lambda c: c.position):
        seen = out.setdefault(chunk.section, [])
        seen.extend(u for u in units(chunk.text) if u not in seen)
    return {name: "\n".join(parts) for name, parts in out.items()}


def exercise_from_chunks(chunks: list[Chunk]) -> Exercise | None:
    first = chunks[0]
    try:
        extra = json.loads(first.extra or "{}")
    except json.JSONDecodeError:
        return None
    sections = section_texts(chunks)
    steps = tuple(STEP_NUMBER.sub("", u) for u in units(sections.get("Steps", "")) if STEP_NUMBER.match(u))
    if not steps:
        return None
    return Exercise(
        id=first.doc_id, title=first.title, path=first.path, steps=steps,
        hold_seconds=int(extra.get("hold_seconds", 0)), reps=int(extra.get("reps", 1)),
        sets=int(extra.get("sets", 1)), sides=str(extra.get("sides", "none")),
        minutes=int(extra.get("minutes", 0)), sections=sections,
        chunks={c.section: c for c in sorted(chunks, key=lambda c: -c.position)},
    )


def exercises_from_chunks(chunks: Iterable[Chunk]) -> dict[str, Exercise]:
    """Every exercise card in the corpus whose Steps section parses, by card id."""
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        if chunk.kind == "exercise":
            by_doc.setdefault(chunk.doc_id, []).append(chunk)
    found = (exercise_from_chunks(group) for group in by_doc.values())
    return {e.id: e for e in found if e is not None}
