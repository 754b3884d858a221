from __future__ import annotations

import numpy as np
import pytest

from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.embeddings import SentenceEmbeddings
from assistant.retrieval import Filters, Retriever, exact_top, mmr, open_retriever, rrf, with_tier_bonus
from assistant.store import live_collection, open_client


@pytest.fixture(scope="module")
def retriever(kb_settings: Settings, embeddings: SentenceEmbeddings) -> Retriever:
    client = open_client(kb_settings)
    return open_retriever(live_collection(client, kb_settings.collection), embeddings)


def test_rrf_rewards_agreement() -> None:
    fused = rrf([["a", "b", "c"], ["b", "a", "d"]], weights=(1.0, 1.0))
    assert max(fused, key=fused.__getitem__) in {"a", "b"}
    assert fused["a"] == fused["b"] > fused["c"] > 0


def test_tier_bonus_breaks_ties_toward_curated() -> None:
    scores = with_tier_bonus({"web": 0.5, "ref": 0.5, "card": 0.5},
                             {"web": "web", "ref": "reference", "card": "curated"})
    assert sorted(scores, key=scores.__getitem__, reverse=True) == ["card", "ref", "web"]


def test_mmr_skips_near_duplicates() -> None:
    vectors = np.array([[1, 0], [0.999, 0.045], [0, 1]], dtype=np.float32)
    assert mmr(vectors, np.array([1.0, 0.99, 0.5]), k=2, lam=0.5) == [0, 2]


@pytest.mark.parametrize(("question", "card"), [
    ("Why does sitting all day make my lower back ache?", "sitting-and-back-ache"),
    ("How do I do the kneeling hip flexor stretch?", "kneeling-hip-flexor-stretch"),
    ("walk me through the glute bridge", "glute-bridge"),
    ("Is heat or ice better for a sore back?", "heat-and-cold"),
    ("what is cauda equina syndrome", "cauda-equina-warning-signs"),
])
def test_the_card_that_answers_ranks_first(retriever: Retriever, question: str, card: str) -> None:
    assert retriever.search(question, k=4)[0].chunk.doc_id == card


def test_kind_filter_keeps_only_that_kind(retriever: Retriever) -> None:
    passages = retriever.search("stretches for tight hips", k=6, filters=Filters(kinds=("exercise",)))
    assert passages and {p.chunk.kind for p in passages} == {"exercise"}


def test_passages_are_diverse(retriever: Retriever) -> None:
    passages = retriever.search("how do I do the bird dog exercise", k=4)
    assert len({p.chunk.id for p in passages}) == 4
    assert len({p.chunk.text for p in passages}) == 4


def test_unrelated_question_has_low_similarity(retriever: Retriever, kb_settings: Settings) -> None:
    top = retriever.search("what's a good recipe for banana bread", k=1)
    assert top[0].similarity < kb_settings.min_relevance


def test_exact_top_ranks_by_similarity_and_respects_the_mask() -> None:
    vectors = np.array([[1, 0], [0.6, 0.8], [0.8, 0.6], [0, 1]], dtype=np.float32)
    query = np.array([1, 0], dtype=np.float32)
    assert exact_top(vectors, query, 3).tolist() == [0, 2, 1]
    assert exact_top(vectors, query, 9, mask=np.array([0, 1, 0, 1], dtype=np.float32)).tolist() == [1, 3]
    assert exact_top(vectors, query, 2, mask=np.zeros(4, dtype=np.float32)).tolist() == []


def test_exact_top_breaks_ties_by_row() -> None:
    vectors = np.array([[0, 1], [1, 0], [1, 0]], dtype=np.float32)
    assert exact_top(vectors, np.array([1, 0], dtype=np.float32), 2).tolist() == [1, 2]


@pytest.mark.parametrize("filters", [Filters(), Filters(kinds=("exercise",)), Filters(doc_ids=("glute-bridge",))])
def test_exact_search_finds_what_chromas_index_finds(kb_settings: Settings, embeddings: SentenceEmbeddings,
                                                     filters: Filters) -> None:
    collection = live_collection(open_client(kb_settings), kb_settings.collection)
    exact = open_retriever(collection, embeddings)
    indexed = open_retriever(collection, embeddings, exact_limit=0)
    assert exact.exact
    assert not indexed.exact
    for question in ("why does sitting make my back ache", "hip flexor stretch", "how long do I hold it"):
        qv = embeddings.encode([question])[0]
        mine, chromas = exact.dense(qv, 10, filters), indexed.dense(qv, 10, filters)
        assert mine
        assert set(mine[:5]) <= set(chromas)  # HNSW may differ in the tail, never at the top
        assert [p.chunk.id for p in exact.search(question, 4, filters)] == \
            [p.chunk.id for p in indexed.search(question, 4, filters)]


def test_the_setting_chooses_chromas_index(kb_settings: Settings, embeddings: SentenceEmbeddings) -> None:
    from assistant.chain import make_assistant

    assert make_assistant(kb_settings, embeddings).retriever.exact
    indexed = make_assistant(kb_settings.model_copy(update={"exact_search_limit": 0}), embeddings)
    assert not indexed.retriever.exact
    reply, _ = indexed.reply("how do I do the glute bridge?", Conversation())
    assert reply.passages
