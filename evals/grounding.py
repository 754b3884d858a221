"""Grounding and speed per answer backend: every answer sentence should come from (or overlap with)
a passage it cites, and none may be a sentence the cleaner dropped from web sources.

Run: `python -m evals.grounding [--backend extractive|local|openai] [--limit N]` (after `make ingest`).
Prints the share of supported sentences, answer length, time to first text and total time, and
how often a model backend fell back to the extractive answer; keeps them in
evals/out/grounding-<backend>.json and charts every backend run so far in evals/out/grounding.png.
Fails if the extractive backend ever cites a sentence it did not copy, or any answer contains a
dropped web sentence.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from evals.common import read_jsonl

CITED_SENTENCE = re.compile(r"(.+?)((?:\s*\[\d+\])+)")


def answer_sentences(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence without its citation, cited numbers) for each cited sentence of an answer."""
    out = []
    for match in CITED_SENTENCE.finditer(answer):
        numbers = [int(n) for n in re.findall(r"\d+", match.group(2))]
        out.append((match.group(1).strip().lstrip("-*0123456789. ").strip(), numbers))
    return out


def timed_reply(assistant: Any, question: str) -> tuple[Any, float, float]:
    """The reply, the time to the first streamed text and the total time, in ms."""
    from assistant.conversation import Conversation

    started, first, last = time.perf_counter(), None, None
    for event in assistant.stream(question, Conversation()):
        if first is None and event.text:
            first = time.perf_counter()
        last = event
    total = time.perf_counter()
    return last.reply, ((first or total) - started) * 1000, (total - started) * 1000


def save_plot(result: dict[str, Any]) -> None:
    """Keep this backend's figures in evals/out and redraw the chart of every backend run so far."""
    from evals.common import OUT
    from evals.plots import grounding_bars

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"grounding-{result['backend']}.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    order = {"extractive": 0, "local": 1, "openai": 2}
    rows = sorted((json.loads(p.read_text(encoding="utf-8")) for p in OUT.glob("grounding-*.json")),
                  key=lambda r: order.get(r["backend"], 9))
    grounding_bars(rows, OUT / "grounding.png")


def main(argv: list[str] | None = None) -> int:
    from assistant.backends.grounding import supported
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.embeddings import go_offline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["extractive", "local", "openai"], default=None)
    parser.add_argument("--limit", type=int, default=0, help="only the first N questions")
    args = parser.parse_args(argv)
    go_offline()
    settings = load_settings(os.environ, **({"backend": args.backend} if args.backend else {}))
    extractive = settings.backend == "extractive"
    assistant = make_assistant(settings)
    report = Path(settings.store_dir) / "ingest-report.json"
    dropped = {d["text"] for d in json.loads(report.read_text(encoding="utf-8"))["dropped"] if len(d["text"]) > 30}
    questions = read_jsonl("retrieval_questions.jsonl")[: args.limit or None]
    supported_n = total = leaked = fell_back = answered = 0
    lengths, firsts, totals = [], [], []
    for q in questions:
        reply, first, whole = timed_reply(assistant, q["question"])
        if reply.mode != "answer":  # guided steps and routines are built from card fields
            continue
        answered += 1
        sources = [p.chunk.text for p in reply.passages]
        lengths.append(len(reply.answer.split()))
        firsts.append(first)
        totals.append(whole)
        sentences = answer_sentences(reply.answer)
        copied = all(any(0 < n <= len(sources) and s in sources[n - 1] for n in nums) for s, nums in sentences)
        fell_back += (not extractive) and copied
        for sentence, numbers in sentences:
            total += 1
            ok = any(0 < n <= len(sources) and sentence in sources[n - 1] for n in numbers) or bool(
                supported(f"{sentence} " + " ".join(f"[{n}]" for n in numbers), reply.passages))
            supported_n += ok
            if not ok:
                print(f"- unsupported in {q['id']}: {sentence[:100]!r}")
            leaked += any(sentence == d or d in sentence for d in dropped)
    share = supported_n / total if total else float("nan")
    print(f"backend {settings.backend}: {answered} answered questions; {supported_n}/{total} answer sentences "
          f"supported by a passage they cite ({share:.3f}); {leaked} contain a dropped web sentence")
    print(f"answer length median {statistics.median(lengths):.0f} words; time to first text median "
          f"{statistics.median(firsts):.0f} ms; total median {statistics.median(totals):.0f} ms, "
          f"max {max(totals):.0f} ms")
    if not extractive:
        print(f"answers that fell back to the extractive composer: {fell_back}/{answered}")
    save_plot({"backend": settings.backend, "answered": answered, "sentences": total, "supported": supported_n,
               "supported_share": share, "fallback_share": None if extractive else fell_back / max(answered, 1),
               "median_words": statistics.median(lengths), "median_first_ms": statistics.median(firsts)})
    return 0 if leaked == 0 and (not extractive or supported_n == total) else 1


if __name__ == "__main__":
    sys.exit(main())
