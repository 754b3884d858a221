"""Speed and memory on this machine: `python -m evals.bench` (after `make ingest`).

Prints, measured in the same run:
- answer latency (triage + retrieval + extractive compose), median and p95 over warm runs,
  against the bare limit (embedding the query plus one Chroma query);
- triage cost per turn;
- cold start of a fresh process (start -> first answer) and its resident memory after 100 answers.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from typing import Any

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
COLD = """
import os, sys, time, resource
t0 = time.perf_counter()
from assistant.chain import make_assistant
from assistant.config import load_settings
from assistant.conversation import Conversation
from assistant.embeddings import go_offline
go_offline()
a = make_assistant(load_settings(os.environ))
a.reply("Why does sitting all day make my lower back ache?", Conversation())
first = time.perf_counter() - t0
qs = %r
for i in range(100):
    a.reply(qs[i %% len(qs)] + " " + str(i), Conversation())
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{first:.2f} {rss:.0f}")
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn: Any, runs: int) -> list[float]:
    out = []
    for i in range(runs):
        started = time.perf_counter()
        fn(i)
        out.append((time.perf_counter() - started) * 1000)
    return out


def rss_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status", encoding="ascii"):
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


def main() -> int:
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.conversation import Conversation
    from assistant.embeddings import go_offline

    go_offline()
    settings = load_settings(os.environ)
    assistant = make_assistant(settings)
    retriever = assistant.retriever
    runs = 5 * len(QUESTIONS)
    for q in QUESTIONS:  # warm-up: first encode of every sentence, caches, lazy imports
        assistant.reply(q, Conversation())
    def fresh(i: int) -> str:  # a question never seen before, so no query vector is cached
        return f"{QUESTIONS[i % len(QUESTIONS)]} ({i})"

    answer = timed(lambda i: assistant.reply(fresh(i), Conversation()), runs)
    bare = timed(lambda i: retriever.vectorstore.similarity_search_by_vector_with_relevance_scores(
        retriever.embeddings.encode([fresh(i + runs)])[0].tolist(), k=4), runs)
    triage = timed(lambda i: assistant.triager.assess(fresh(i + 2 * runs), None), runs)
    med_a, med_b = statistics.median(answer), statistics.median(bare)
    print(f"answer latency over {runs} warm runs: median {med_a:.1f} ms, p95 {percentile(answer, .95):.1f} ms")
    print(f"bare limit (embed query + one Chroma query): median {med_b:.1f} ms, p95 {percentile(bare, .95):.1f} ms")
    print(f"ratio answer/bare (median): {med_a / med_b:.2f}x")
    print(f"triage per turn: median {statistics.median(triage):.2f} ms, p95 {percentile(triage, .95):.2f} ms")
    out = subprocess.run([sys.executable, "-c", COLD % QUESTIONS], capture_output=True, text=True,
                         env=os.environ, check=True).stdout.split()
    print(f"cold start (process start -> first answer): {float(out[0]):.2f} s")
    print(f"resident memory (max RSS) of that process after 101 answers: {float(out[1]):.0f} MB")
    first, one, hundred = page_memory()
    print(f"chat page: start -> first answer over HTTP {first:.1f} s; resident memory after the first "
          f"answer {one:.0f} MB, after 100 answers {hundred:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
