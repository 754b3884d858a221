"""Small PNG charts for the evaluation report (matplotlib, Agg): values in, a file out.

Each chart is drawn at 100 dpi with a small palette so the PNG stays well under 100 KB.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

COLOURS = {"dense": "#1f77b4", "bm25": "#ff7f0e", "hybrid": "#2ca02c"}
DPI = 100


def _figure(width: float = 5.5, height: float = 3.6) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height))


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    path.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(path, dpi=DPI, metadata={"Software": None})  # no version stamp: same data, same bytes
    plt.close(fig)
    return path


def recall_curve(curves: Mapping[str, Sequence[float]], questions: int, path: Path) -> Path:
    """Recall@k for k = 1..len(curve), one line per retrieval method."""
    fig, ax = _figure()
    for method, values in curves.items():
        ks = range(1, len(values) + 1)
        ax.plot(ks, values, marker="o", markersize=3, label=method, color=COLOURS.get(method))
    ax.set_xticks(range(1, max(len(v) for v in curves.values()) + 1))
    ax.set_ylim(0.5, 1.0)
    ax.set_xlabel("k (cards returned)")
    ax.set_ylabel("recall@k")
    ax.set_title(f"Retrieval recall@k, {questions} labelled questions")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    return _save(fig, path)


def grounding_bars(rows: Sequence[Mapping[str, Any]], path: Path) -> Path:
    """Per backend: share of answer sentences supported by a cited passage, and share that fell back."""
    fig, ax = _figure(5.5, 3.2)
    names = [str(r["backend"]) for r in rows]
    supported = [float(r["supported_share"]) for r in rows]
    fell_back = [float(r.get("fallback_share") or 0.0) for r in rows]
    xs = range(len(rows))
    ax.bar([x - 0.2 for x in xs], supported, width=0.4, label="sentences supported", color="#2ca02c")
    ax.bar([x + 0.2 for x in xs], fell_back, width=0.4, label="answers fell back to extractive", color="#999999")
    for x, row in zip(xs, rows, strict=True):
        ax.text(x - 0.2, supported[x] + 0.02, f"{row['supported']}/{row['sentences']}", ha="center", fontsize=8)
        if row.get("fallback_share") is None:  # the extractive backend has nothing to fall back to
            ax.text(x + 0.2, 0.02, "n/a", ha="center", fontsize=8)
    ax.set_xticks(list(xs), names)
    ax.set_ylim(0, 1.15)
    ax.set_ylabel("share")
    ax.set_title("Grounding per answer backend")
    ax.legend(loc="upper right", fontsize=8)
    return _save(fig, path)


def refusal_bars(counts: Mapping[str, int], total: int, path: Path) -> Path:
    """How many of the real questions the scope guard answered or declined, by category."""
    fig, ax = _figure(5.5, 2.8)
    names = list(counts)
    values = [counts[n] for n in names]
    bars = ax.barh(names, values, color=["#2ca02c" if n == "answered" else "#d62728" for n in names])
    ax.bar_label(bars, padding=3, fontsize=8)
    ax.invert_yaxis()
    ax.set_xscale("symlog", linthresh=10)
    ax.set_xlim(0, max(values) * 3)
    ax.set_xlabel("questions (symmetric log scale)")
    ax.set_title(f"Scope guard on {total} real back-pain questions")
    return _save(fig, path)


def latency_histogram(series: Mapping[str, Sequence[float]], path: Path) -> Path:
    """Distribution of warm latencies (ms) for each measured path, on shared bins."""
    import numpy as np

    fig, ax = _figure()
    everything = np.concatenate([np.asarray(v, dtype=float) for v in series.values()])
    bins = np.linspace(0, float(np.percentile(everything, 95)) * 1.5, 30)
    for name, values in series.items():
        shown = np.clip(values, 0, bins[-1])
        ax.hist(shown, bins=bins, alpha=0.6, label=f"{name} (median {np.median(values):.0f} ms)")
    ax.set_xlabel("milliseconds (last bin holds everything slower)")
    ax.set_ylabel("runs")
    ax.set_title("Warm latency per question")
    ax.legend(fontsize=8)
    return _save(fig, path)


def scale_bars(rows: Sequence[Mapping[str, Any]], target_ms: float, path: Path) -> Path:
    """Chroma query and exact in-memory search, p50 and p95, against collection size."""
    fig, ax = _figure(5.5, 3.2)
    labels = [f"{int(r['chunks']):,}" for r in rows]
    xs = range(len(rows))
    bars = (("p50_ms", "Chroma p50"), ("p95_ms", "Chroma p95"), ("exact_p50_ms", "exact p50"),
            ("exact_p95_ms", "exact p95"))
    for n, (key, label) in enumerate(bars):
        ax.bar([x + (n - 1.5) * 0.2 for x in xs], [r.get(key, 0.0) for r in rows], width=0.2, label=label)
    ax.axhline(target_ms, color="#d62728", linestyle="--", linewidth=1, label=f"target p95 {target_ms:.0f} ms")
    ax.set_xticks(list(xs), labels)
    ax.set_xlabel("chunks in the collection")
    ax.set_ylabel("ms per query")
    ax.set_title("Dense search latency against store size")
    ax.legend(fontsize=8)
    return _save(fig, path)
