"""Retrieval quality on the labelled question set: recall@1, recall@5 and MRR per method.

Run: `python -m evals.retrieval` (after `make ingest`). Fails below hybrid recall@5 0.95.
Also writes the recall@k curve (k = 1..10) to evals/out/retrieval_recall.png and its values to
evals/out/retrieval.json.

`python -m evals.retrieval --compare-encoders` ingests the knowledge base into temporary stores
with each embedding backend (torch, onnx, onnx-int8), scores each, and prints the cosine between
the int8 and torch vectors of every chunk. It fails when int8 hybrid recall@5 is below 0.95 or
more than 0.01 from torch.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from evals.common import OUT, open_live_retriever, read_jsonl, retriever_for, table, unique

TARGET_RECALL_5 = 0.95
MAX_ENCODER_DROP = 0.01
DEPTH = 12
CURVE_K = 10
METHODS = ("dense", "bm25", "hybrid")


@dataclass(frozen=True)
class Scores:
    recall_1: float
    recall_5: float
    mrr: float
    curve: tuple[float, ...]  # recall@k for k = 1..CURVE_K


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
    curve = tuple(sum(h is not None and h < k for h in hits) / n for k in range(1, CURVE_K + 1))
    return Scores(recall_1=curve[0], recall_5=curve[4], mrr=sum(1 / (h + 1) for h in hits if h is not None) / n,
                  curve=curve)


def evaluate(retriever: Any, questions: list[dict[str, Any]]) -> dict[str, Scores]:
    relevant = [set(q["relevant"]) for q in questions]
    return {m: score([card_ranking(retriever, m, q["question"]) for q in questions], relevant)
            for m in METHODS}


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


def save_curve(results: dict[str, Scores], questions: int) -> None:
    from evals.plots import recall_curve

    OUT.mkdir(parents=True, exist_ok=True)
    data = {"questions": questions, "recall_at_k": {m: list(s.curve) for m, s in results.items()},
            "mrr": {m: s.mrr for m, s in results.items()}}
    (OUT / "retrieval.json").write_text(json.dumps(data, indent=1), encoding="utf-8")
    path = recall_curve(data["recall_at_k"], questions, OUT / "retrieval_recall.png")
    print(f"recall@k curve saved to {path.relative_to(OUT.parent.parent)}")


def compare_encoders() -> int:
    """Ingest into a temporary store per backend; score each; cosine of int8 against torch vectors."""
    import tempfile

    import numpy as np

    from assistant.config import load_settings
    from assistant.embeddings import go_offline
    from assistant.ingestion import ingest

    go_offline()
    questions = read_jsonl("retrieval_questions.jsonl")
    relevant = [set(q["relevant"]) for q in questions]
    rows, results, vectors = [], {}, {}
    with tempfile.TemporaryDirectory(prefix="backtalk-encoders-") as tmp:
        for backend in ("torch", "onnx", "onnx-int8"):
            settings = load_settings({}, store_dir=f"{tmp}/{backend}", embedding_backend=backend)
            ingest(settings, progress=False)
            retriever = retriever_for(settings)
            scores = {m: score([card_ranking(retriever, m, q["question"]) for q in questions], relevant)
                      for m in ("dense", "hybrid")}
            results[backend] = scores
            vectors[backend] = {c.id: retriever.vectors[i] for i, c in enumerate(retriever.chunks)}
            rows.append([backend, *(f"{getattr(scores[m], f):.3f}" for m in ("dense", "hybrid")
                                    for f in ("recall_1", "recall_5", "mrr"))])
    print(f"Retrieval per embedding backend ({len(questions)} labelled questions; each store embedded "
          "with its own backend):")
    print(table(["backend", "dense R@1", "dense R@5", "dense MRR", "hybrid R@1", "hybrid R@5", "hybrid MRR"], rows))
    ids = sorted(vectors["torch"])
    for other in ("onnx", "onnx-int8"):
        cos = np.array([float(vectors["torch"][i] @ vectors[other][i]) for i in ids])
        print(f"cosine {other} vs torch over {len(ids)} chunk vectors: min {cos.min():.4f}, "
              f"median {np.median(cos):.4f}, mean {cos.mean():.4f}")
    int8, torch = results["onnx-int8"]["hybrid"].recall_5, results["torch"]["hybrid"].recall_5
    ok = int8 >= TARGET_RECALL_5 and torch - int8 <= MAX_ENCODER_DROP
    print(f"onnx-int8 hybrid recall@5 {int8:.3f} vs torch {torch:.3f}: "
          f"{'meets' if ok else 'fails'} the rule (>= {TARGET_RECALL_5}, at most {MAX_ENCODER_DROP} below torch)")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    import argparse

    from assistant.config import load_settings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare-encoders", action="store_true",
                        help="score each embedding backend on its own temporary store")
    if parser.parse_args(argv).compare_encoders:
        return compare_encoders()
    retriever = open_live_retriever()
    results = report(retriever)
    save_curve(results, len(read_jsonl("retrieval_questions.jsonl")))
    found, total, _ = external_check(retriever, load_settings({}).min_relevance)
    print(f"External questions with a relevant passage (top similarity >= floor): {found}/{total}")
    ok = results["hybrid"].recall_5 >= TARGET_RECALL_5
    verdict = "meets" if ok else "is below"
    print(f"hybrid recall@5 {results['hybrid'].recall_5:.3f} {verdict} the target {TARGET_RECALL_5}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
