"""Scope guard on real questions: how many of the 184 MedQuAD / K-QA back-pain questions it declines.

Run: `python -m evals.refusals`. These are ordinary questions a person might ask, so every decline
is listed for review: a decline is right for doses and prescriptions, an over-refusal otherwise.
Saves the counts by category to evals/out/refusals.json and a chart to evals/out/refusals.png.
Informational: it has no pass mark.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from evals.common import OUT, read_jsonl


def main() -> int:
    from assistant.safety import check_scope
    from evals.plots import refusal_bars

    questions = read_jsonl("backpain_questions.jsonl")
    decisions = [(q, check_scope(q["question"])) for q in questions]
    counts = Counter(d.category or "answered" for _, d in decisions)
    ordered = {"answered": counts.pop("answered", 0), **dict(counts.most_common())}
    declined = len(questions) - ordered["answered"]
    print(f"Scope guard on {len(questions)} real back-pain questions: {ordered['answered']} answered, "
          f"{declined} declined ({declined / len(questions):.1%})")
    print("| category | questions |\n|---|---|\n" + "\n".join(f"| {k} | {v} |" for k, v in ordered.items()))
    for q, d in decisions:
        if d.refused:
            print(f"- declined ({d.category}) {q['id']}: {q['question'][:90]!r}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "refusals.json").write_text(json.dumps({"questions": len(questions), "counts": ordered}, indent=1),
                                       encoding="utf-8")
    refusal_bars(ordered, len(questions), OUT / "refusals.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
