"""Speed and memory on this machine: `python -m evals.bench [--scale] [--latency-only]` (after `make ingest`).

Prints, measured in the same run, then a table of every figure against its target:
- answer latency (triage + retrieval + extractive compose), median and p95 over warm runs of
  unseen questions, against the bare limit (embedding the query plus one Chroma query for the
  4 nearest chunks with their texts), the two
  interleaved question by question so machine load hits both alike;
- triage cost per turn;
- query encoding per embedding backend (torch, onnx, onnx-int8), interleaved;
- ingest throughput of the real ingestion (`assistant/ingestion.py`, into a temporary store)
  against the encoder's own throughput on the same chunk texts, alternated;
- cold start of fresh processes (start -> first answer, with where the time goes) and resident
  memory after 100 answers, for the configured backend and for torch; the chat page's memory;
- with `--scale`: Chroma query latency at 1k, 10k and 100k chunks (`evals/scale.py`, 3-4 minutes).
`--latency-only` measures the first two only (`make eval` uses it for the latency histogram).
Writes evals/out/bench.json (evals/out/latency.json with `--latency-only`) and evals/out/latency.png.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from evals.common import OUT, read_jsonl

QUESTIONS = [
    "Why does sitting all day make my lower back ache?",
    "How do I do the kneeling hip flexor stretch?",
    "Is heat or ice better for back pain?",
    "what is sciatica",
    "how long does back pain usually last",
    "does a standing desk help",
    "whats the best sleeping position for a sore back",
    "how should I lift heavy boxes",
    "are scans useful for back pain",
    "what does the psoas do",
]
BACKENDS = ("torch", "onnx", "onnx-int8")
COLD = """
import json, os, sys, time
t0 = time.perf_counter()
from assistant.chain import make_assistant
from assistant.config import load_settings
from assistant.conversation import Conversation
from assistant.embeddings import go_offline, open_embeddings
t1 = time.perf_counter()
go_offline()
settings = load_settings(os.environ)
embeddings = open_embeddings(settings)
t2 = time.perf_counter()
a = make_assistant(settings, embeddings)
t3 = time.perf_counter()
a.reply("Why does sitting all day make my lower back ache?", Conversation())
t4 = time.perf_counter()
qs = %r
for i in range(100):
    a.reply(qs[i %% len(qs)] + " " + str(i), Conversation())
# VmHWM, not ru_maxrss: on Linux ru_maxrss carries the forking parent's peak across exec
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
rss = int(status["VmHWM"].split()[0]) / 1024
print(json.dumps({"first": t4 - t0, "imports": t1 - t0, "model": t2 - t1, "store_triager": t3 - t2,
                  "reply": t4 - t3, "rss_mb": rss}))
"""


@dataclass(frozen=True)
class Figure:
    """One measured number, its target (if any) and whether the target is met."""

    name: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None

    def row(self) -> list[str]:
        shown = f"{self.value:.2f}" if abs(self.value) < 10 else f"{self.value:,.0f}"
        verdict = "" if self.met is None else ("met" if self.met else "NOT met")
        return [self.name, f"{shown} {self.unit}".strip(), self.target or "-", verdict or "-"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def fresh(i: int) -> str:
    """A question never asked before in this process, so no vector or answer is cached."""
    return f"{QUESTIONS[i % len(QUESTIONS)]} ({i})"


def answer_latency(assistant: Any, runs: int) -> tuple[list[float], list[float]]:
    """Answer and bare-limit latencies in ms, interleaved question by question."""
    from assistant.conversation import Conversation

    retriever = assistant.retriever
    for q in QUESTIONS:  # warm-up: first encode of every sentence, caches, lazy imports
        assistant.reply(q, Conversation())
    answer, bare = [], []
    for i in range(runs):
        answer.append(ms(lambda i=i: assistant.reply(fresh(i), Conversation())))
        bare.append(ms(lambda i=i: retriever.collection.query(
            query_embeddings=retriever.embeddings.encode([fresh(i + runs)]), n_results=4)))
    return answer, bare


def latency_figures(answer: list[float], bare: list[float], triage: list[float]) -> list[Figure]:
    med_a, med_b = statistics.median(answer), statistics.median(bare)
    return [
        Figure("answer latency, median", med_a, "ms", "<= 50 ms", med_a <= 50),
        Figure("answer latency, p95", percentile(answer, 0.95), "ms"),
        Figure("bare limit (embed + one Chroma query), median", med_b, "ms"),
        Figure("bare limit, p95", percentile(bare, 0.95), "ms"),
        Figure("answer / bare (medians)", med_a / med_b, "x", "<= 1.3x", med_a / med_b <= 1.3),
        Figure("triage per turn, median", statistics.median(triage), "ms"),
        Figure("triage per turn, p95", percentile(triage, 0.95), "ms"),
    ]


def encoder_figures(settings: Any, rounds: int = 2) -> list[Figure]:
    """Load time and single-question encode latency of each backend, interleaved question by question."""
    from assistant.embeddings import load_embeddings, models_dir

    cache = str(models_dir(settings.store_dir))
    for backend in BACKENDS[1:]:  # make sure the ONNX files exist, so load time is load time
        load_embeddings(settings.embedding_model, settings.threads, backend, cache)
    load_embeddings.cache_clear()
    loads, encoders = {}, {}
    for backend in BACKENDS:
        started = time.perf_counter()
        encoders[backend] = load_embeddings(settings.embedding_model, settings.threads, backend, cache)
        loads[backend] = time.perf_counter() - started
    questions = [q["question"] for q in read_jsonl("retrieval_questions.jsonl")]
    times: dict[str, list[float]] = {b: [] for b in BACKENDS}
    for r in range(rounds):
        for q in questions:
            for backend, encoder in encoders.items():
                times[backend].append(ms(lambda e=encoder, text=f"{q} {r}": e._encode([text])))
    figures = []
    for backend in BACKENDS:
        med = statistics.median(times[backend])
        figures += [Figure(f"query encode, {backend}, median", med, "ms"),
                    Figure(f"query encode, {backend}, p95", percentile(times[backend], 0.95), "ms"),
                    Figure(f"model load, {backend} (warm disk, in-process)", loads[backend], "s")]
    speedup = statistics.median(times["torch"]) / statistics.median(times[settings.embedding_backend])
    return [*figures, Figure(f"query encode speed-up, {settings.embedding_backend} over torch", speedup, "x")]


def ingest_figures(settings: Any, embeddings: Any, repeats: int) -> list[Figure]:
    """Real ingestion into a temporary store vs the encoder alone on the same chunk texts (E I E I E)."""
    from assistant.embeddings import SentenceEmbeddings
    from assistant.ingestion import file_hashes, ingest, load_changed
    from assistant.store import Manifest

    chunks, *_ = load_changed(settings, file_hashes(Path(settings.knowledge_dir)), {}, Manifest())
    texts = [c.search_text for c in chunks]

    def encode_rate() -> float:
        return len(texts) / (ms(lambda: embeddings._encode(texts)) / 1000)

    def ingest_rate() -> float:
        uncached = SentenceEmbeddings(embeddings.encoder, embeddings.name, embeddings.backend)
        with tempfile.TemporaryDirectory(prefix="backtalk-bench-") as tmp:
            target = settings.model_copy(update={"store_dir": Path(tmp), "chroma_url": ""})
            summary = ingest(target, progress=False, embeddings=uncached, log=lambda _: None)
        return summary.embedded / summary.seconds

    encodes, ingests = [encode_rate()], []
    for _ in range(repeats):
        ingests.append(ingest_rate())
        encodes.append(encode_rate())
    ratios = [i / statistics.mean(encodes[n:n + 2]) for n, i in enumerate(ingests)]
    ratio = statistics.median(ratios)
    return [Figure(f"ingest throughput ({len(texts)} chunks, {settings.embedding_backend})",
                   statistics.median(ingests), "chunks/s"),
            Figure("encoder alone on the same texts", statistics.median(encodes), "chunks/s"),
            Figure("ingest / encoder throughput", ratio, "", ">= 0.85", ratio >= 0.85)]


def cold_start(backend: str) -> dict[str, float]:
    env = {**os.environ, "BACKTALK_EMBEDDING_BACKEND": backend}
    out = subprocess.run([sys.executable, "-c", COLD % QUESTIONS], capture_output=True, text=True,
                         env=env, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def cold_figures(backend: str, runs: int) -> list[Figure]:
    measured = [cold_start(backend) for _ in range(runs)]
    torch = cold_start("torch")
    first = statistics.median(m["first"] for m in measured)
    parts = {k: statistics.median(m[k] for m in measured) for k in ("imports", "model", "store_triager", "reply")}
    rss = max(m["rss_mb"] for m in measured)
    return [Figure(f"cold start to first answer, {backend} (median of {runs})", first, "s", "<= 10 s", first <= 10),
            *(Figure(f"  of which {k.replace('_', ' + ')}", v, "s") for k, v in parts.items()),
            Figure("cold start to first answer, torch (1 run, for comparison)", torch["first"], "s"),
            Figure(f"peak RSS over 101 answers, {backend}", rss, "MB", "<= 1536 MB", rss <= 1536),
            Figure("peak RSS over 101 answers, torch", torch["rss_mb"], "MB")]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def page_memory(answers: int = 100) -> tuple[float, float, float]:
    """Start the page, ask through gradio_client; (seconds to first answer, RSS after 1, after `answers`)."""
    import socket

    from gradio_client import Client

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "app.py"], env={**os.environ, "BACKTALK_PORT": str(port)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        client = Client(f"http://127.0.0.1:{port}/", verbose=False)
        client.predict(QUESTIONS[0], api_name="/chat")
        first, after_one = time.perf_counter() - started, rss_mb(proc.pid)
        for i in range(answers - 1):
            client.predict(f"{QUESTIONS[i % len(QUESTIONS)]} {i}", api_name="/chat")
        return first, after_one, rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def page_figures() -> list[Figure]:
    first, one, hundred = page_memory()
    return [Figure("chat page: start to first answer over HTTP", first, "s"),
            Figure("chat page RSS after the first answer", one, "MB"),
            Figure("chat page RSS after 100 answers", hundred, "MB", "<= 1536 MB", hundred <= 1536)]


def scale_figures() -> list[Figure]:
    from evals import scale

    points = scale.run()
    scale.save(points)
    figures = []
    for p in points:
        last = p is points[-1]
        figures += [Figure(f"Chroma query at {p.chunks:,} chunks, p50", p.p50_ms, "ms"),
                    Figure(f"Chroma query at {p.chunks:,} chunks, p95", p.p95_ms, "ms",
                           f"<= {scale.TARGET_P95_MS:.0f} ms" if last else "",
                           p.p95_ms <= scale.TARGET_P95_MS if last else None),
                    Figure(f"exact in-memory search at {p.chunks:,} chunks, p50", p.exact_p50_ms, "ms"),
                    Figure(f"exact in-memory search at {p.chunks:,} chunks, p95", p.exact_p95_ms, "ms")]
    return figures


def save(figures: list[Figure], series: dict[str, list[float]], name: str) -> None:
    from evals.plots import latency_histogram

    OUT.mkdir(parents=True, exist_ok=True)
    data = {"measured": time.strftime("%Y-%m-%d %H:%M"), "figures": [asdict(f) for f in figures], "latency_ms": series}
    (OUT / name).write_text(json.dumps(data, indent=1), encoding="utf-8")
    latency_histogram(series, OUT / "latency.png")


def print_table(figures: list[Figure]) -> None:
    from evals.common import table

    print("\n" + table(["figure", "value", "target", "verdict"], [f.row() for f in figures]))
    judged = [f for f in figures if f.met is not None]
    print(f"\n{sum(bool(f.met) for f in judged)} of {len(judged)} targets met"
          + "".join(f"\nNOT met: {f.name}" for f in judged if not f.met))


def main(argv: list[str] | None = None) -> int:
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.embeddings import go_offline, open_embeddings

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", action="store_true", help="also measure Chroma at 1k/10k/100k chunks")
    parser.add_argument("--latency-only", action="store_true", help="only answer latency, bare limit and triage")
    parser.add_argument("--runs", type=int, default=100, help="warm answers to time")
    parser.add_argument("--repeats", type=int, default=2, help="ingest runs and cold starts to take the median of")
    args = parser.parse_args(argv)
    go_offline()
    settings = load_settings(os.environ)
    embeddings = open_embeddings(settings)
    assistant = make_assistant(settings, embeddings)
    answer, bare = answer_latency(assistant, args.runs)
    triage = [ms(lambda i=i: assistant.triager.assess(fresh(i + 2 * args.runs), None)) for i in range(args.runs)]
    figures = latency_figures(answer, bare, triage)
    save(figures, {"answer": answer, "bare limit": bare}, "latency.json")
    if not args.latency_only:
        figures += encoder_figures(settings)
        figures += ingest_figures(settings, embeddings, args.repeats)
        figures += cold_figures(settings.embedding_backend, args.repeats + 1)
        figures += page_figures()
        figures += scale_figures() if args.scale else []
        save(figures, {"answer": answer, "bare limit": bare}, "bench.json")
    print_table(figures)
    return 0 if all(f.met is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
