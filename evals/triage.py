"""Triage quality on the vignette set: sensitivity per level, under- and over-triage, confusion.

Run: `python -m evals.triage`. Saves the confusion matrix as evals/out/triage_confusion.png and
fails below the targets (emergency sensitivity 100 %, under-triage <= 2 %, self-care
over-triage <= 8 %). The missed cases of the sets in UNREAD are never printed (figures only), so
the report can be committed without anyone reading them.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from typing import Any

from evals.common import DATA, OUT, read_jsonl, table

LEVELS = ["self_care", "primary_care", "urgent", "emergency"]
RANK = {level: i for i, level in enumerate(LEVELS)}
TARGETS = {"emergency_sensitivity": 1.0, "under_triage": 0.02, "over_triage_self_care": 0.08}


@dataclass(frozen=True)
class Outcome:
    id: str
    expected: str
    got: str
    expected_flags: tuple[str, ...]
    flags: tuple[str, ...]
    trap: str
    last_turn: str


def run(triager: Any, vignettes: list[dict[str, Any]]) -> list[Outcome]:
    outcomes = []
    for v in vignettes:
        triage = None
        for turn in v["turns"]:
            triage = triager.assess(turn, triage)
        assert triage is not None
        outcomes.append(Outcome(v["id"], v["expected"], str(triage.level), tuple(v.get("flags", ())),
                                tuple(triage.flags), v.get("trap", ""), v["turns"][-1]))
    return outcomes


def metrics(outcomes: list[Outcome]) -> dict[str, float]:
    def share(items: list[Outcome], test: Any) -> float:
        return sum(map(test, items)) / len(items) if items else float("nan")

    out = {f"sensitivity_{lv}": share([o for o in outcomes if o.expected == lv], lambda o: o.got == o.expected)
           for lv in LEVELS}
    out["emergency_sensitivity"] = out["sensitivity_emergency"]
    out["under_triage"] = share(outcomes, lambda o: RANK[o.got] < RANK[o.expected])
    out["over_triage_self_care"] = share([o for o in outcomes if o.expected == "self_care"],
                                         lambda o: o.got != "self_care")
    out["exact"] = share(outcomes, lambda o: o.got == o.expected)
    flagged = [o for o in outcomes if o.expected_flags]
    out["flag_recall"] = share(flagged, lambda o: bool(set(o.expected_flags) & set(o.flags)))
    return out


def confusion(outcomes: list[Outcome]) -> list[list[int]]:
    counts = Counter((o.expected, o.got) for o in outcomes)
    return [[counts[(e, g)] for g in LEVELS] for e in LEVELS]


def save_confusion_png(matrix: list[list[int]], path: Any) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 4.5))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(4), LEVELS, rotation=30, ha="right")
    ax.set_yticks(range(4), LEVELS)
    ax.set_xlabel("BackTalk's level")
    ax.set_ylabel("expected level")
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            ax.text(j, i, str(value), ha="center", va="center", color="black" if value < 40 else "white")
    ax.set_title("Triage confusion matrix")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def report(outcomes: list[Outcome], log: Any = print, misses: bool = True) -> dict[str, float]:
    m = metrics(outcomes)
    log(f"Triage on {len(outcomes)} vignette conversations:")
    rows = [[lv, sum(o.expected == lv for o in outcomes), f"{m['sensitivity_' + lv]:.3f}"] for lv in LEVELS]
    log(table(["expected level", "cases", "sensitivity (exact level)"], rows))
    log(f"under-triage rate: {m['under_triage']:.3f}   self-care over-triage: {m['over_triage_self_care']:.3f}"
        f"   exact: {m['exact']:.3f}   flag recall: {m['flag_recall']:.3f}")
    log("confusion (rows expected, columns BackTalk):")
    log(table(["expected \\ got", *LEVELS], [[lv, *row] for lv, row in zip(LEVELS, confusion(outcomes), strict=True)]))
    by_trap = Counter(o.trap for o in outcomes if o.got != o.expected)
    log("misses by trap: " + (", ".join(f"{t} {n}" for t, n in by_trap.most_common()) or "none"))
    for o in outcomes if misses else ():
        if o.got != o.expected:
            log(f"- {o.id} [{o.trap}] expected {o.expected} {list(o.expected_flags)}, got {o.got} "
                f"{list(o.flags)}: {o.last_turn[:90]!r}")
    return m


def external(triager: Any) -> list[str]:
    """Real questions: which are flagged above self-care and which the scope guard declines."""
    from assistant.safety import check_scope

    lines = []
    for q in read_jsonl("backpain_questions.jsonl"):
        triage = triager.assess(q["question"], None)
        scope = check_scope(q["question"])
        if str(triage.level) != "self_care" or scope.refused:
            lines.append(f"| {q['id']} | {q['question'][:70]} | {triage.level} {list(triage.flags)} | "
                         f"{scope.category or ''} |")
    return lines


# Sets nobody has read: their figures are printed, their missed cases never (unless --read-unread),
# so they stay a fair measure of text nobody tuned on. Move a set out of here once it is read.
UNREAD = frozenset({"blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
                    "blind26"})
SETS = {  # dev: used while tuning the rules; the others were never shown to whoever tuned them
    "dev": "triage_vignettes_dev.jsonl",
    "holdout": "triage_vignettes_holdout.jsonl",
    # written for tuning (read): corrections and resolved past (dev2), benign look-alike pairs (dev3),
    # red flags said indirectly (dev4), a mix like the blind sets (dev5), ordinary back pain that sounds
    # alarming and routine cases (dev6), two more mixes (dev7, dev8), red flags said in everyday words
    # (dev9), alarming-sounding benign cases (dev10), red flags coming out in later turns (dev11), many
    # Englishes (dev12), people writing about someone else and symptoms in passing (dev14)
    "dev2": "triage_vignettes_dev2.jsonl",
    "dev3": "triage_vignettes_dev3.jsonl",
    "dev4": "triage_vignettes_dev4.jsonl",
    "dev5": "triage_vignettes_dev5.jsonl",
    "dev6": "triage_vignettes_dev6.jsonl",
    "dev7": "triage_vignettes_dev7.jsonl",
    "dev8": "triage_vignettes_dev8.jsonl",
    "dev9": "triage_vignettes_dev9.jsonl",
    "dev10": "triage_vignettes_dev10.jsonl",
    "dev11": "triage_vignettes_dev11.jsonl",
    "dev12": "triage_vignettes_dev12.jsonl",
    "dev14": "triage_vignettes_dev14.jsonl",
    # written 2026-12-05, the screener trained after their first read: red flags in indirect words and
    # owned "hypotheticals" (dev15), corrections both ways, negated checklists and loud harmless
    # cracks (dev16)
    "dev15": "triage_vignettes_dev15.jsonl",
    "dev16": "triage_vignettes_dev16.jsonl",
    # hypothetical and educational questions, veiled reports, urine infections (dev17)
    "dev17": "triage_vignettes_dev17.jsonl",
    # frightening-sounding harmless pain, things that came and went, corrections (dev18)
    "dev18": "triage_vignettes_dev18.jsonl",
    "blind2": "triage_vignettes_blind2.jsonl",
    "blind3": "triage_vignettes_blind3.jsonl",
    "blind4": "triage_vignettes_blind4.jsonl",
    "blind5": "triage_vignettes_blind5.jsonl",
    "blind6": "triage_vignettes_blind6.jsonl",
    "blind7": "triage_vignettes_blind7.jsonl",
    "blind8": "triage_vignettes_blind8.jsonl",
    "blind9": "triage_vignettes_blind9.jsonl",
    "blind10": "triage_vignettes_blind10.jsonl",
    "blind11": "triage_vignettes_blind11.jsonl",
    "blind12": "triage_vignettes_blind12.jsonl",
    "blind13": "triage_vignettes_blind13.jsonl",
    "blind14": "triage_vignettes_blind14.jsonl",
    "blind15": "triage_vignettes_blind15.jsonl",
    "blind16": "triage_vignettes_blind16.jsonl",
    "blind17": "triage_vignettes_blind17.jsonl",
    # written as a tuning set (ids d13-, near-misses of red flags, understated emergencies), finished
    # after the screener was trained, so kept unread
    "blind18": "triage_vignettes_blind18.jsonl",
    # written 2026-12-05 by eight helpers who saw no code and no set, each with a different kind of
    # writer: over-60s and carers (19), phone texters (20), English as a second language (21), manual
    # workers and athletes (22), anxious and stoic writers (23), long conversations (24), people
    # writing about family (25), office workers and students (26)
    "blind19": "triage_vignettes_blind19.jsonl",
    "blind20": "triage_vignettes_blind20.jsonl",
    "blind21": "triage_vignettes_blind21.jsonl",
    "blind22": "triage_vignettes_blind22.jsonl",
    "blind23": "triage_vignettes_blind23.jsonl",
    "blind24": "triage_vignettes_blind24.jsonl",
    "blind25": "triage_vignettes_blind25.jsonl",
    "blind26": "triage_vignettes_blind26.jsonl",
}


def main(argv: list[str] | None = None) -> int:
    import argparse

    from assistant.embeddings import go_offline, load_embeddings
    from assistant.safety import Screener, Triager

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these sets (default: all)")
    parser.add_argument("--no-misses", action="store_true", help="print figures only, not the missed cases")
    parser.add_argument("--read-unread", action="store_true",
                        help=f"also print the missed cases of the unread sets ({', '.join(sorted(UNREAD))})")
    parser.add_argument("--no-screener", action="store_true",
                        help="rules and exemplars only, without the learned screener")
    args = parser.parse_args(argv)
    go_offline()
    encoder = load_embeddings()
    triager = Triager(encoder, None if args.no_screener else Screener.load())
    everything: list[Outcome] = []
    unread: list[Outcome] = []
    for name, filename in SETS.items():
        if args.set and name not in args.set:
            continue
        if not (DATA / filename).exists():
            continue
        print(f"\n## {name} ({filename})")
        outcomes = run(triager, read_jsonl(filename))
        report(outcomes, misses=not args.no_misses and (args.read_unread or name not in UNREAD))
        everything += outcomes
        unread += outcomes if name in UNREAD else []
    if unread:  # the screener learnt from the read sets: only these figures say how it does on new text
        names = [n for n in SETS if n in UNREAD and (not args.set or n in args.set)]
        print(f"\n## unread sets together ({', '.join(names)})")
        report(unread, misses=False)
    print("\n## all sets together")
    m = report(everything, misses=not args.no_misses and (args.read_unread or not UNREAD & set(args.set or SETS)))
    save_confusion_png(confusion(everything), OUT / "triage_confusion.png")
    if args.set:
        return 0
    lines = external(triager)
    print(f"\nExternal questions flagged or declined: {len(lines)} of 184")
    print("| id | question | level | declined |\n|---|---|---|---|")
    print("\n".join(lines))
    ok = (m["emergency_sensitivity"] >= TARGETS["emergency_sensitivity"]
          and m["under_triage"] <= TARGETS["under_triage"]
          and m["over_triage_self_care"] <= TARGETS["over_triage_self_care"])
    print(f"\ntargets {'met' if ok else 'NOT met'}: {TARGETS}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
