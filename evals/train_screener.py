"""Train the triage screener's weights (assistant/safety/screener.npz) on the read vignette sets.

Run: `python -m evals.train_screener`. Trains only on sets that were read while tuning (never on
evals.triage.UNREAD), so the unread sets stay a fair measure. `--cv` first prints the
leave-one-set-out figures the thresholds in assistant.safety.screener were chosen from.
"""

from __future__ import annotations

import sys
from typing import Any

import numpy as np

from evals.common import DATA, read_jsonl
from evals.triage import LEVELS, SETS, UNREAD

HIDDEN = 256
SEED = 0
# How people use the chat page (commands, follow-ups, how-to questions): all self-care. Without them
# the network, which has only seen symptom stories, called "next" an emergency.
ORDINARY = ("screener_ordinary.jsonl", "followup_conversations.jsonl", "retrieval_questions.jsonl")


def training_sets() -> list[str]:
    """The read sets, in a fixed order."""
    return [name for name in SETS if name not in UNREAD]


def labelled(names: list[str]) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Conversation texts, their expected level index and their set name ("ordinary" for ORDINARY)."""
    from assistant.safety.screener import conversation_text

    texts, labels, groups = [], [], []
    for name in names:
        for v in read_jsonl(DATA / SETS[name]):
            texts.append(conversation_text(v["turns"]))
            labels.append(LEVELS.index(v["expected"]))
            groups.append(name)
    for filename in ORDINARY:
        for row in read_jsonl(DATA / filename):
            texts.append(conversation_text(row.get("turns") or [row["question"]]))
            labels.append(0)
            groups.append("ordinary")
    return texts, np.array(labels), np.array(groups)


def fit(vectors: np.ndarray, labels: np.ndarray) -> Any:
    from sklearn.neural_network import MLPClassifier

    return MLPClassifier((HIDDEN,), alpha=1e-3, max_iter=300, random_state=SEED).fit(vectors, labels)


def cross_validate(vectors: np.ndarray, labels: np.ndarray, groups: np.ndarray) -> None:
    """Leave one set out: how often each threshold fires on conversations of an unseen author."""
    probs = np.zeros((len(labels), len(LEVELS)))
    for name in sorted(set(groups)):
        held = groups == name
        probs[held] = fit(vectors[~held], labels[~held]).predict_proba(vectors[held])
    emergency, at_least_urgent = probs[:, 3], probs[:, 2] + probs[:, 3]
    for t in (0.8, 0.9, 0.95):
        print(f"emergency >= {t}: emergencies {np.mean(emergency[labels == 3] >= t):.3f}, "
              f"self-care {np.mean(emergency[labels == 0] >= t):.3f}, "
              f"urgent {np.mean(emergency[labels == 2] >= t):.3f}")
    for t in (0.9, 0.95):
        print(f"urgent or emergency >= {t}: urgent+emergency {np.mean(at_least_urgent[labels >= 2] >= t):.3f}, "
              f"self-care {np.mean(at_least_urgent[labels == 0] >= t):.3f}, "
              f"primary {np.mean(at_least_urgent[labels == 1] >= t):.3f}")


def main(argv: list[str] | None = None) -> int:
    import argparse

    from assistant.embeddings import go_offline, load_embeddings
    from assistant.safety.screener import WEIGHTS, Screener

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print leave-one-set-out figures first")
    args = parser.parse_args(argv)
    go_offline()
    texts, labels, groups = labelled(training_sets())
    vectors = np.asarray(load_embeddings().encode(texts), dtype=np.float32)
    if args.cv:
        cross_validate(vectors, labels, groups)
    model = fit(vectors, labels)
    (w1, w2), (b1, b2) = model.coefs_, model.intercepts_
    Screener(w1, b1, w2, b2).save(WEIGHTS)
    print(f"trained on {len(texts)} conversations from {len(set(groups))} read sets; wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
