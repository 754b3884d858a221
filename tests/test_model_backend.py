"""Grounding of model backends, with a scripted chat stream standing in for the model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.backends.base import Answer, AnswerRequest
from assistant.backends.extractive import ExtractiveBackend
from assistant.backends.grounding import messages, split_sentences, supported
from assistant.backends.model import ModelBackend
from assistant.embeddings import SentenceEmbeddings
from assistant.knowledge.documents import Chunk
from assistant.retrieval import Passage

HEAT = ("Heat packs can ease back pain for a short time and help you move. Wrap a heat pack in a towel "
        "and use it for about twenty minutes at a time.")
WALK = "Walking most days is one of the best things for back pain. Start with a few minutes and build up slowly."


def passage(text: str, n: int) -> Passage:
    chunk = Chunk(id=f"c{n}", doc_id=f"d{n}", path=f"knowledge/d{n}.md", title=f"Doc {n}", section="",
                  kind="explainer", tier="curated", text=text, position=0)
    return Passage(chunk, score=0.0, similarity=0.7)


REQUEST = AnswerRequest("Does heat help back pain?", [passage(HEAT, 1), passage(WALK, 2)])


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Heat packs can ease back pain for a short time. [1]", (1,)),
    ("Walking most days helps back pain. [2]", (2,)),
    ("Heat packs can ease back pain for a short time. [2]", ()),  # cites the wrong passage
    ("Heat packs can ease back pain for a short time.", ()),  # cites nothing
    ("Heat packs can ease back pain. [7]", ()),  # no such passage
    ("Acupuncture cures everything in a week. [1]", ()),  # not in the passage
])
def test_a_sentence_must_cite_a_passage_it_overlaps_with(sentence: str, expected: tuple[int, ...]) -> None:
    assert supported(sentence, REQUEST.passages) == expected


def test_split_sentences_keeps_citations_with_their_sentence() -> None:
    done, rest = split_sentences("Heat helps. [1] Walking helps too. [2] And then")
    assert done == ["Heat helps. [1]", "Walking helps too. [2]"]
    assert rest == "And then"


def test_the_prompt_numbers_the_passages_and_asks_for_citations() -> None:
    (_, system), (_, user) = messages("Does heat help?", REQUEST.passages)
    assert "[1]" in system
    assert user.startswith("Passages:\n[1] Doc 1: Heat packs")
    assert "[2] Doc 2: Walking" in user
    assert user.endswith("Question: Does heat help?")


def scripted(*tokens: str, fail: bool = False):  # type: ignore[no-untyped-def]
    def chat(_: list[tuple[str, str]]) -> Iterator[str]:
        yield from tokens
        if fail:
            raise ConnectionError("server went away")
    return chat


@pytest.fixture(scope="module")
def fallback(embeddings: SentenceEmbeddings) -> ExtractiveBackend:
    return ExtractiveBackend(embeddings, min_relevance=0.3)


def test_ungrounded_and_unsafe_sentences_are_dropped(fallback: ExtractiveBackend) -> None:
    chat = scripted("Heat packs can ease back pain ", "for a short time. [1] ", "You have a slipped disc. [1] ",
                    "Take 400 mg of ibuprofen with heat packs for back pain. [1] ", "Magic crystals fix backs. [2]")
    pieces = list(ModelBackend(chat, fallback, 30, "test").generate(REQUEST))
    answer = pieces[-1]
    assert isinstance(answer, Answer)
    assert answer.text == "Heat packs can ease back pain for a short time. [1]"
    assert answer.cited == (1,)
    assert "".join(p for p in pieces[:-1] if isinstance(p, str)).strip() == answer.text


def test_nothing_grounded_falls_back_to_the_extractive_answer(fallback: ExtractiveBackend) -> None:
    answer = list(ModelBackend(scripted("I think you should rest in bed."), fallback, 30, "test").generate(REQUEST))[-1]
    assert isinstance(answer, Answer)
    assert answer == fallback.answer(REQUEST)


def test_a_failing_backend_keeps_what_was_grounded_or_falls_back(fallback: ExtractiveBackend) -> None:
    broken = ModelBackend(scripted(fail=True), fallback, 30, "test")
    assert list(broken.generate(REQUEST))[-1] == fallback.answer(REQUEST)
    partial = ModelBackend(scripted("Walking most days helps back pain. [2] ", fail=True), fallback, 30, "test")
    answer = list(partial.generate(REQUEST))[-1]
    assert isinstance(answer, Answer)
    assert answer.cited == (2,)


def test_a_slow_backend_is_cut_off(fallback: ExtractiveBackend) -> None:
    slow = ModelBackend(scripted("Heat ", "packs ", "ease ", "pain."), fallback, timeout=0.0, name="test")
    assert list(slow.generate(REQUEST))[-1] == fallback.answer(REQUEST)
