"""Every exercise card has a small, safe, accessible SVG illustration beside it (<slug>.svg next to <slug>.md)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import frontmatter
import pytest

EXERCISES = Path(__file__).resolve().parents[1] / "knowledge" / "cards" / "exercises"
CARDS = sorted(EXERCISES.glob("*.md"))
SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
MAX_BYTES = 4096


def card_id(path: Path) -> str:
    return path.stem


def local(tag: str) -> str:
    """The tag or attribute name without its {namespace} prefix."""
    return tag.rsplit("}", 1)[-1]


def illustration(card: Path) -> Path:
    return card.with_suffix(".svg")


def parse(card: Path) -> ET.Element:
    return ET.parse(illustration(card)).getroot()


def test_there_are_exercise_cards() -> None:
    assert len(CARDS) >= 15


def test_every_illustration_belongs_to_a_card() -> None:
    orphans = [p.name for p in EXERCISES.glob("*.svg") if not p.with_suffix(".md").is_file()]
    assert orphans == []


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_card_has_an_illustration_beside_it(card: Path) -> None:
    assert illustration(card).is_file(), f"missing {illustration(card).name}"


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_is_small(card: Path) -> None:
    assert illustration(card).stat().st_size < MAX_BYTES


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_is_an_svg_document(card: Path) -> None:
    root = parse(card)
    assert root.tag == f"{{{SVG_NS}}}svg"
    assert root.get("viewBox") == "0 0 240 160"
    assert (root.get("width"), root.get("height")) == ("240", "160")


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_title_names_the_card(card: Path) -> None:
    root = parse(card)
    title = root.find(f"{{{SVG_NS}}}title")
    assert title is not None, "no <title> as a child of the root <svg>"
    card_title = frontmatter.load(card)["title"]
    assert card_title in (title.text or "")
    desc = root.find(f"{{{SVG_NS}}}desc")
    assert desc is not None
    assert (desc.text or "").strip()


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_is_labelled_for_screen_readers(card: Path) -> None:
    root = parse(card)
    assert root.get("role") == "img"
    ids = {el.get("id"): local(el.tag) for el in root.iter() if el.get("id")}
    labels = (root.get("aria-labelledby") or "").split()
    assert sorted(ids[label] for label in labels if label in ids) == ["desc", "title"]
    assert len(labels) == 2


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_has_no_active_or_external_content(card: Path) -> None:
    root = parse(card)
    for el in root.iter():
        assert local(el.tag) not in {"script", "foreignObject", "image", "iframe"}, local(el.tag)
        for name, value in el.attrib.items():
            assert not local(name).lower().startswith("on"), f"event attribute {name} on <{local(el.tag)}>"
            if name == "href" or name == XLINK_HREF:
                assert value.startswith("#"), f"non-local reference {value!r}"
            assert "currentcolor" not in value.lower()
        if local(el.tag) == "style":
            assert "@import" not in (el.text or "")


@pytest.mark.parametrize("card", CARDS, ids=card_id)
def test_illustration_text_has_no_urls_or_imports(card: Path) -> None:
    text = illustration(card).read_text(encoding="utf-8")
    without_namespaces = text.replace(f'xmlns="{SVG_NS}"', "").replace('xmlns:xlink="http://www.w3.org/1999/xlink"', "")
    assert "://" not in without_namespaces
    assert "@import" not in text
    assert "currentcolor" not in text.lower()
