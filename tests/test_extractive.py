"""The extractive backend against real passages and the real embedding model."""

from __future__ import annotations

import pytest

from assistant.backends.base import Answer, AnswerRequest
from assistant.backends.extractive import NOT_FOUND, ExtractiveBackend
from assistant.embeddings import SentenceEmbeddings
from assistant.knowledge.documents import Chunk
from assistant.retrieval import Passage


def passage(text: str, similarity: float, section: str = "") -> Passage:
    chunk = Chunk(id=text[:8], doc_id="d", path="knowledge/d.md", title="Doc", section=section,
                  kind="explainer", tier="curated", text=text, position=0)
    return Passage(chunk, score=0.0, similarity=similarity)


@pytest.fixture(scope="module")
def backend(embeddings: SentenceEmbeddings) -> ExtractiveBackend:
    return ExtractiveBackend(embeddings, min_relevance=0.3)


def test_citations_point_at_the_passage_each_sentence_came_from(backend: ExtractiveBackend) -> None:
    request = AnswerRequest("Does heat help back pain?", [
        passage("Walking is good for most people.", 0.1),  # below the floor: never cited
        passage("Heat can ease back pain for a short time. Always wrap a heat pack in a towel so it "
                "never touches bare skin, and take it off after twenty minutes.", 0.7),
    ])
    answer = backend.answer(request)
    assert answer.grounded and answer.cited == (2,)
    assert "Heat can ease back pain for a short time. [2]" in answer.text
    assert "Walking" not in answer.text


def test_every_sentence_is_copied_from_a_passage(backend: ExtractiveBackend) -> None:
    texts = ["Sitting for hours can leave the back stiff. Moving often helps.",
             "Short breaks every half hour are a good habit. Stand up and walk around."]
    answer = backend.answer(AnswerRequest("why does sitting make my back stiff",
                                          [passage(t, 0.6) for t in texts]))
    for line in answer.text.replace("] ", "]\n").splitlines():
        sentence, number = line.rsplit(" [", 1)
        assert sentence in texts[int(number.rstrip("]")) - 1]


def test_a_numbered_list_comes_whole_and_in_order(backend: ExtractiveBackend) -> None:
    steps = "1. Kneel on one knee.\n2. Tuck your tailbone under.\n3. Lean forward gently."
    answer = backend.answer(AnswerRequest("how do I do the kneeling stretch", [passage(steps, 0.8, "Steps")]))
    assert answer.text == "1. Kneel on one knee. [1]\n2. Tuck your tailbone under. [1]\n3. Lean forward gently. [1]"


def test_nothing_relevant_says_so_plainly(backend: ExtractiveBackend) -> None:
    answer = backend.answer(AnswerRequest("best banana bread recipe", [passage("Walking helps.", 0.05)]))
    assert answer == Answer(NOT_FOUND, (), grounded=False)


def test_generate_streams_the_text_then_the_answer(backend: ExtractiveBackend) -> None:
    pieces = list(backend.generate(AnswerRequest("does heat help", [passage("Heat can help. It is cheap.", 0.7)])))
    assert isinstance(pieces[-1], Answer)
    assert "".join(p for p in pieces[:-1] if isinstance(p, str)) == pieces[-1].text
