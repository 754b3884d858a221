"""Hybrid retrieval: BM25 and Chroma dense search fused by reciprocal rank, then MMR for diversity.

The corpus (texts and vectors) is read from the live collection once when the retriever is
opened. A store of at most `exact_limit` chunks is then searched exactly in that copy (one
matrix product: 0.01 ms at 340 chunks, 0.3 ms at 10k, 1.5 ms at 50k); a larger one asks Chroma's
HNSW index for ids only (about 1 ms at 340 chunks, 4 ms at 100k; fetching 40 documents with their
metadata as well cost 5 ms). `python -m evals.bench --scale` measures both.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.knowledge.documents import TIER_RANK, Chunk

RRF_K = 60
WEIGHTS = (1.0, 0.4)  # dense, BM25: dense is the stronger ranker here (see evals/retrieval.py)
TIER_BONUS = 0.006  # per tier step: decides between near-equal fused scores
FETCH_K = 40
EXACT_LIMIT = 50_000  # chunks; above this Chroma's index beats a full matrix product on this machine


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its fused score and its cosine similarity to the query."""

    chunk: Chunk
    score: float
    similarity: float


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    doc_ids: tuple[str, ...] = ()

    def allows(self, chunk: Chunk) -> bool:
        kind_ok = not self.kinds or chunk.kind in self.kinds
        doc_ok = not self.doc_ids or chunk.doc_id in self.doc_ids
        return kind_ok and doc_ok and (not self.tags or bool(set(self.tags) & set(chunk.tags)))

    def where(self) -> dict[str, Any] | None:
        clauses = [{field: {"$in": list(values)}}
                   for field, values in (("kind", self.kinds), ("doc_id", self.doc_ids)) if values]
        return None if not clauses else clauses[0] if len(clauses) == 1 else {"$and": clauses}


def rrf(rankings: Sequence[Sequence[str]], weights: Sequence[float] = WEIGHTS, k: int = RRF_K,
        ) -> dict[str, float]:
    """Weighted reciprocal rank fusion of several ranked id lists."""
    fused: dict[str, float] = {}
    for weight, ranking in zip(weights, rankings, strict=True):
        for rank, chunk_id in enumerate(ranking):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + weight / (k + rank + 1)
    return fused


def with_tier_bonus(scores: dict[str, float], tiers: dict[str, str]) -> dict[str, float]:
    return {cid: s + TIER_BONUS * TIER_RANK.get(tiers[cid], 0) for cid, s in scores.items()}


def mmr(vectors: np.ndarray, relevance: np.ndarray, k: int, lam: float = 0.7) -> list[int]:
    """Maximal marginal relevance over candidates (rows of `vectors`), by candidate index."""
    chosen: list[int] = []
    redundancy = np.zeros(len(vectors))  # each candidate's highest similarity to a chosen one
    open_ = np.ones(len(vectors), dtype=bool)
    while open_.any() and len(chosen) < k:
        gains = np.where(open_, lam * relevance - (1 - lam) * redundancy, -np.inf)
        best = int(np.argmax(gains))
        chosen.append(best)
        open_[best] = False
        redundancy = np.maximum(redundancy, vectors @ vectors[best])
    return chosen


def exact_top(vectors: np.ndarray, query: np.ndarray, k: int, mask: np.ndarray | None = None) -> np.ndarray:
    """Rows of the k unit `vectors` most similar to `query` (allowed by `mask`), best first, ties by row."""
    scores = vectors @ query
    if mask is not None:
        scores = np.where(mask > 0, scores, -np.inf)
    k = min(k, int(np.isfinite(scores).sum()))
    if k == 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.lexsort((top, -scores[top]))]


class Retriever:
    """Hybrid search over one live collection."""

    def __init__(self, collection: Any, embeddings: Any, chunks: list[Chunk], vectors: np.ndarray,
                 exact_limit: int = EXACT_LIMIT) -> None:
        import bm25s
        import Stemmer

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # it sets DEBUG on import
        self.collection = collection
        self.embeddings = embeddings
        self.chunks = chunks
        self.vectors = vectors
        self.row = {c.id: i for i, c in enumerate(chunks)}
        self.exact = len(chunks) <= exact_limit
        self._masks: dict[Filters, np.ndarray] = {}
        self._stemmer = Stemmer.Stemmer("english")
        self._bm25 = bm25s.BM25()
        if chunks:
            self._bm25.index(self._tokenize([c.search_text for c in chunks]), show_progress=False)

    def _tokenize(self, texts: list[str]) -> Any:
        import bm25s

        return bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False)

    def __len__(self) -> int:
        return len(self.chunks)

    def mask(self, filters: Filters) -> np.ndarray | None:
        """1.0 for the chunks `filters` allow, None when they allow all; kept per filter (a session asks
        the same few)."""
        if filters == Filters():
            return None
        if filters not in self._masks:
            self._masks[filters] = np.array([filters.allows(c) for c in self.chunks], dtype=np.float32)
        return self._masks[filters]

    def bm25(self, query: str, k: int, filters: Filters) -> list[str]:
        if not self.chunks:
            return []
        mask = self.mask(filters)
        ids, scores = self._bm25.retrieve(self._tokenize([query]), k=min(k, len(self.chunks)),
                                          show_progress=False, weight_mask=mask, n_threads=0)
        return [self.chunks[int(i)].id for i, s in zip(ids[0], scores[0], strict=True) if s > 0]

    def dense(self, query_vector: np.ndarray, k: int, filters: Filters) -> list[str]:
        """The k nearest allowed chunks: exact in memory for a store within the limit, else Chroma's index."""
        if not self.chunks:
            return []
        if self.exact:
            mask = self.mask(filters)
            return [self.chunks[int(i)].id for i in exact_top(self.vectors, query_vector, k, mask)]
        hits = self.collection.query(query_embeddings=[query_vector], n_results=min(k, len(self.chunks)),
                                     where=filters.where(), include=[])
        return [cid for cid in hits["ids"][0] if filters.allows(self.chunks[self.row[cid]])]

    def search(self, query: str, k: int = 4, filters: Filters = Filters()) -> list[Passage]:
        """The k best passages for `query`, diverse, higher trust tier first at equal relevance."""
        qv = self.embeddings.encode([query])[0]
        fused = rrf([self.dense(qv, FETCH_K, filters), self.bm25(query, FETCH_K, filters)])
        fused = with_tier_bonus(fused, {cid: self.chunks[self.row[cid]].tier for cid in fused})
        ranked = sorted(fused, key=fused.__getitem__, reverse=True)[: 2 * FETCH_K]
        if not ranked:
            return []
        rows = [self.row[cid] for cid in ranked]
        similarity = self.vectors[rows] @ qv
        scores = np.array([fused[cid] for cid in ranked])
        relevance = scores / scores.max()
        order = mmr(self.vectors[rows], relevance, k)
        return [Passage(self.chunks[rows[i]], float(scores[i]), float(similarity[i])) for i in order]


def open_retriever(collection: Any, embeddings: Any, exact_limit: int = EXACT_LIMIT) -> Retriever:
    """Read the live collection's chunks and vectors once; search them in memory up to `exact_limit` chunks."""
    got = collection.get(include=["embeddings", "documents", "metadatas"])
    chunks = [Chunk.from_metadata(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"], strict=True)]
    vectors = np.asarray(got["embeddings"], dtype=np.float32).reshape(len(chunks), -1)
    return Retriever(collection, embeddings, chunks, vectors, exact_limit)
