from __future__ import annotations

import pytest

from assistant.knowledge.chunking import chunk_document, pack, sections, units
from assistant.knowledge.documents import SourceDocument

CARD = """# Bird dog

A balance exercise for the back.

## Steps
1. Kneel on all fours.
2. Reach one arm forward.
3. Hold for five seconds.

## Stop if
- Sharp pain.
- Pins and needles.
"""


def doc(text: str = CARD) -> SourceDocument:
    return SourceDocument(id="bird-dog", path="knowledge/cards/bird-dog.md", title="Bird dog",
                          kind="exercise", tier="curated", text=text)


def test_sections_split_at_subheadings_and_skip_the_title() -> None:
    assert [h for h, _ in sections(CARD)] == ["", "Steps", "Stop if"]


@pytest.mark.parametrize(("body", "expected"), [
    ("One. Two is here and it is a longer sentence that goes past the short limit. Three.",
     ["One.", "Two is here and it is a longer sentence that goes past the short limit.", "Three."]),
    ("1. Kneel.\n2. Reach.", ["1. Kneel.", "2. Reach."]),
    ("Intro line.\n- a\n- b", ["Intro line.", "- a", "- b"]),
    ("", []),
])
def test_units_keep_list_items_whole(body: str, expected: list[str]) -> None:
    assert units(body) == expected


def test_pack_respects_size_and_overlap() -> None:
    parts = ["a" * 40, "b" * 40, "c" * 40]
    assert pack(parts, size=90, overlap=1) == [["a" * 40, "b" * 40], ["b" * 40, "c" * 40]]
    assert pack(parts, size=90, overlap=0) == [["a" * 40, "b" * 40], ["c" * 40]]


def test_chunk_ids_are_stable_and_unique() -> None:
    first, second = chunk_document(doc(), 700, 1), chunk_document(doc(), 700, 1)
    assert [c.id for c in first] == [c.id for c in second]
    assert len({c.id for c in first}) == len(first)
    steps = next(c for c in first if c.section == "Steps")
    assert steps.text == "1. Kneel on all fours.\n2. Reach one arm forward.\n3. Hold for five seconds."


def test_changed_text_changes_only_its_chunk_id() -> None:
    before = {c.section: c.id for c in chunk_document(doc(), 700, 1)}
    after = {c.section: c.id for c in chunk_document(doc(CARD.replace("Sharp pain", "Sudden pain")), 700, 1)}
    assert before["Steps"] == after["Steps"]
    assert before["Stop if"] != after["Stop if"]
