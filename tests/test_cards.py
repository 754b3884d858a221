"""Every curated card follows knowledge/README.md: front matter, sections, plain language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import frontmatter
import pytest

from assistant.knowledge.chunking import LIST_ITEM, sections

CARDS = sorted((Path(__file__).resolve().parents[1] / "knowledge" / "cards").rglob("*.md"))
EXERCISE_SECTIONS = ["Purpose", "Setup", "Steps", "Hold, reps and sets", "How often",
                     "What you should feel", "Stop if", "Easier version", "Harder version"]
SAFETY_SECTIONS = ["Warning signs", "What to do and how fast", "What to tell the clinician"]
LEVELS = {"emergency", "urgent", "primary_care"}
DOSE = re.compile(r"\b\d+\s?(mg|milligrams?|ml|tablets?|pills?)\b", re.IGNORECASE)


def card_id(path: Path) -> str:
    return path.stem


def test_the_knowledge_base_has_the_cards_it_promises() -> None:
    kinds = [frontmatter.load(p).metadata["kind"] for p in CARDS]
    assert kinds.count("explainer") >= 15
    assert kinds.count("exercise") >= 15
    assert kinds.count("safety") >= 5


@pytest.mark.parametrize("path", CARDS, ids=card_id)
def test_front_matter(path: Path) -> None:
    meta = frontmatter.load(path).metadata
    assert meta["id"] == path.stem
    assert meta["kind"] in {"explainer", "exercise", "safety"}
    assert path.parent.name == {"explainer": "explainers", "exercise": "exercises", "safety": "safety"}[meta["kind"]]
    assert meta["title"] and meta["tags"]
    assert all(s["title"] and str(s["url"]).startswith("https://") for s in meta["sources"])
    assert isinstance(meta["reviewed"], dt.date)


@pytest.mark.parametrize("path", [p for p in CARDS if p.parent.name == "exercises"], ids=card_id)
def test_exercise_cards_have_the_structured_sections(path: Path) -> None:
    post = frontmatter.load(path)
    found = dict(sections(post.content))
    assert [h for h in found if h] == EXERCISE_SECTIONS
    steps = [line for line in found["Steps"].splitlines() if line.strip()]
    assert all(re.match(r"^\d+\. ", s) for s in steps) and 3 <= len(steps) <= 10
    assert all(LIST_ITEM.match(s) for s in found["Stop if"].splitlines() if s.strip())
    for field in ("hold_seconds", "reps", "sets", "minutes"):
        assert isinstance(post.metadata[field], int) and post.metadata[field] >= 0
    assert post.metadata["sides"] in {"both", "none"}


@pytest.mark.parametrize("path", [p for p in CARDS if p.parent.name == "safety"], ids=card_id)
def test_safety_cards_say_what_to_do(path: Path) -> None:
    post = frontmatter.load(path)
    assert [h for h, _ in sections(post.content) if h] == SAFETY_SECTIONS
    assert post.metadata["level"] in LEVELS and post.metadata["flags"]


@pytest.mark.parametrize("path", CARDS, ids=card_id)
def test_cards_are_plain_language_and_never_dose(path: Path) -> None:
    import textstat

    body = frontmatter.load(path).content
    assert textstat.flesch_reading_ease(body) >= 60
    assert not DOSE.search(body)
