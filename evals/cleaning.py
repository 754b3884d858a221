"""Score the web-text cleaner against hand labels; exit 1 below the aims.

    .venv/bin/python evals/cleaning.py [--source FILE] [--labels FILE.jsonl]

Prints precision and recall of "keep", the share of scrambled sentences dropped, the share of
informative sentences kept, a confusion table (hand reason x cleaner's reason) and every
disagreement. Labels are JSON lines {"n", "text", "label": keep|drop, "reason"} matched to
the cleaner's sentences by text, in order.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.knowledge.cleaning import Cleaned, clean_web_text, reason_category

SCRAMBLED_AIM = 0.95
INFORMATIVE_AIM = 0.90
KEPT = "kept"


@dataclass(frozen=True)
class Label:
    n: int
    text: str
    label: str
    reason: str


@dataclass(frozen=True)
class Verdict:
    """One labelled sentence and what the cleaner did with it."""

    label: Label
    predicted: str  # "kept" or the full drop reason

    @property
    def kept(self) -> bool:
        return self.predicted == KEPT

    @property
    def agrees(self) -> bool:
        return self.kept == (self.label.label == "keep")


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    scrambled_dropped: float
    informative_kept: float

    @property
    def meets_aims(self) -> bool:
        return self.scrambled_dropped >= SCRAMBLED_AIM and self.informative_kept >= INFORMATIVE_AIM


def load_labels(path: Path) -> list[Label]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Label(r["n"], r["text"], r["label"], r["reason"]) for r in rows]


def judge(labels: Sequence[Label], cleaned: Cleaned) -> list[Verdict]:
    """Match labels to the cleaner's output by text; a repeated text is consumed in order."""
    outcomes: dict[str, deque[str]] = defaultdict(deque)
    for sentence in cleaned.sentences:
        outcomes[sentence].append(KEPT)
    for dropped in cleaned.dropped:
        outcomes[dropped.text].append(dropped.reason)
    verdicts = []
    for label in labels:
        queue = outcomes.get(label.text)
        if not queue:
            raise ValueError(f"label {label.n} matches no sentence of the cleaner: {label.text!r}")
        verdicts.append(Verdict(label, queue.popleft()))
    return verdicts


def share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def score(verdicts: Sequence[Verdict]) -> Scores:
    kept = [v for v in verdicts if v.kept]
    keep = [v for v in verdicts if v.label.label == "keep"]
    both = sum(1 for v in kept if v.label.label == "keep")
    scrambled = [v for v in verdicts if v.label.reason == "scrambled"]
    informative = [v for v in verdicts if v.label.reason == "informative"]
    return Scores(
        precision=share(both, len(kept)),
        recall=share(both, len(keep)),
        scrambled_dropped=share(sum(1 for v in scrambled if not v.kept), len(scrambled)),
        informative_kept=share(sum(1 for v in informative if v.kept), len(informative)),
    )


def confusion(verdicts: Sequence[Verdict]) -> dict[str, Counter[str]]:
    """Hand reason -> counts of the cleaner's category ("kept" when kept)."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for v in verdicts:
        table[v.label.reason][KEPT if v.kept else reason_category(v.predicted)] += 1
    return dict(table)


def render_confusion(table: dict[str, Counter[str]]) -> list[str]:
    columns = sorted({c for row in table.values() for c in row}, key=lambda c: (c != KEPT, c))
    width = max(len(c) for c in columns) + 1
    lines = ["hand \\ cleaner".ljust(16) + "".join(c.rjust(width) for c in columns)]
    for reason in sorted(table):
        row = table[reason]
        lines.append(reason.ljust(16) + "".join(str(row.get(c, 0)).rjust(width) for c in columns))
    return lines


def render(verdicts: Sequence[Verdict], scores: Scores) -> str:
    lines = [
        f"sentences: {len(verdicts)}",
        f"keep precision: {scores.precision:.1%}   keep recall: {scores.recall:.1%}",
        f"scrambled dropped: {scores.scrambled_dropped:.1%} (aim >= {SCRAMBLED_AIM:.0%})",
        f"informative kept: {scores.informative_kept:.1%} (aim >= {INFORMATIVE_AIM:.0%})",
        "",
        *render_confusion(confusion(verdicts)),
        "",
        "disagreements:",
    ]
    for v in verdicts:
        if not v.agrees:
            hand = f"{v.label.label}/{v.label.reason}"
            lines.append(f"  #{v.label.n} hand={hand} cleaner={v.predicted}\n      {v.label.text}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--source", type=Path,
                        default=root / "knowledge/web/hip-flexors-and-back-pain.txt")
    parser.add_argument("--labels", type=Path, default=root / "tests/fixtures/seed_labels.jsonl")
    args = parser.parse_args(argv)
    cleaned = clean_web_text(args.source.read_text(encoding="utf-8"))
    verdicts = judge(load_labels(args.labels), cleaned)
    scores = score(verdicts)
    print(render(verdicts, scores))
    if not scores.meets_aims:
        print("\nBELOW AIM", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
