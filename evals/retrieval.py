"""Retrieval quality on the labelled question set: recall@1, recall@5 and MRR per method.

Run: `python -m evals.retrieval` (after `make ingest`). Fails below hybrid recall@5 0.95.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evals.common import open_live_retriever, read_jsonl, table, unique

TARGET_RECALL_5 = 0.95
DEPTH = 12


@dataclass(frozen=True)
class Scores:
    recall_1: float
    recall_5: float
    mrr: float


def card_ranking(retriever: Any, method: str, question: str) -> list[str]:
    """Document ids in rank order for one method."""
    from assistant.retrieval import Filters

    if method == "hybrid":
        return unique(p.chunk.doc_id for p in retriever.search(question, k=DEPTH))
    if method == "dense":
        ids = retriever.dense(retriever.embeddings.encode([question])[0], 40, Filters())
    else:
        ids = retriever.bm25(question, 40, Filters())
    return unique(retriever.chunks[retriever.row[i]].doc_id for i in ids)


def score(rankings: list[list[str]], relevant: list[set[str]]) -> Scores:
    def first_hit(ranking: list[str], wanted: set[str]) -> int | None:
        return next((i for i, doc in enumerate(ranking) if doc in wanted), None)

    hits = [first_hit(r, w) for r, w in zip(rankings, relevant, strict=True)]
    n = len(hits)
    return Scores(
        recall_1=sum(h == 0 for h in hits) / n,
        recall_5=sum(h is not None and h < 5 for h in hits) / n,
        mrr=sum(1 / (h + 1) for h in hits if h is not None) / n,
    )


def evaluate(retriever: Any, questions: list[dict[str, Any]]) -> dict[str, Scores]:
    relevant = [set(q["relevant"]) for q in questions]
    return {m: score([card_ranking(retriever, m, q["question"]) for q in questions], relevant)
            for m in ("dense", "bm25", "hybrid")}


def misses(retriever: Any, questions: list[dict[str, Any]]) -> list[str]:
    out = []
    for q in questions:
        ranking = card_ranking(retriever, "hybrid", q["question"])[:5]
        if not set(q["relevant"]) & set(ranking):
            out.append(f"- {q['id']} {q['question'][:70]!r}: wanted {q['relevant']}, got {ranking[:3]}")
    return out


def external_check(retriever: Any, min_relevance: float) -> tuple[int, int, list[str]]:
    """Real questions (MedQuAD, K-QA): how many find a passage above the relevance floor."""
    questions = read_jsonl("backpain_questions.jsonl")
    lines, found = [], 0
    for q in questions:
        top = retriever.search(q["question"], k=1)
        ok = bool(top) and top[0].similarity >= min_relevance
        found += ok
        where = f"{top[0].chunk.doc_id} ({top[0].similarity:.2f})" if top else "-"
        lines.append(f"| {q['id']} | {q['question'][:60]} | {'yes' if ok else 'no'} | {where} |")
    return found, len(questions), lines


def report(retriever: Any, log: Callable[[str], None] = print) -> dict[str, Scores]:
    questions = read_jsonl("retrieval_questions.jsonl")
    results = evaluate(retriever, questions)
    log(f"Retrieval on {len(questions)} labelled questions (card-level):")
    log(table(["method", "recall@1", "recall@5", "MRR"],
              [[m, f"{s.recall_1:.3f}", f"{s.recall_5:.3f}", f"{s.mrr:.3f}"] for m, s in results.items()]))
    for line in misses(retriever, questions):
        log(line)
    return results


def main() -> int:
    from assistant.config import load_settings

    retriever = open_live_retriever()
    results = report(retriever)
    found, total, _ = external_check(retriever, load_settings({}).min_relevance)
    print(f"External questions with a relevant passage (top similarity >= floor): {found}/{total}")
    ok = results["hybrid"].recall_5 >= TARGET_RECALL_5
    print(f"hybrid recall@5 {results['hybrid'].recall_5:.3f} {'meets' if ok else 'is below'} the target {TARGET_RECALL_5}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
