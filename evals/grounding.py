"""Grounding of the extractive backend: every answer sentence comes from a cited passage, and none
is a sentence the cleaner dropped from web sources.

Run: `python -m evals.grounding` (after `make ingest`). Fails if any answer breaks either rule.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import sys
from pathlib import Path

from evals.common import read_jsonl

CITATION = re.compile(r"\s*\[\d+\]")


def answer_sentences(answer: str) -> list[tuple[str, list[int]]]:
    """(sentence without its citation, cited numbers) for each cited sentence of an answer."""
    out = []
    for match in re.finditer(r"(.+?)((?:\s*\[\d+\])+)", answer):
        numbers = [int(n) for n in re.findall(r"\d+", match.group(2))]
        text = match.group(1).strip().lstrip("-*0123456789. ").strip()
        out.append((text, numbers))
    return out


def main() -> int:
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.conversation import Conversation
    from assistant.embeddings import go_offline

    go_offline()
    settings = load_settings(os.environ)
    assistant = make_assistant(settings)
    report = Path(settings.store_dir) / "ingest-report.json"
    dropped = {d["text"] for d in json.loads(report.read_text(encoding="utf-8"))["dropped"]}
    supported = total = leaked = 0
    lengths, latencies = [], []
    for q in read_jsonl("retrieval_questions.jsonl"):
        reply, _ = assistant.reply(q["question"], Conversation())
        if reply.mode != "answer":  # guided steps and routines are built from card fields, not sentences
            continue
        sources = [p.chunk.text for p in reply.passages]
        lengths.append(len(reply.answer.split()))
        latencies.append(reply.latency_ms)
        for sentence, numbers in answer_sentences(reply.answer):
            total += 1
            ok = any(0 < n <= len(sources) and sentence in sources[n - 1] for n in numbers)
            supported += ok
            if not ok:
                print(f"- unsupported in {q['id']}: {sentence[:100]!r}")
            leaked += any(sentence == d or (len(d) > 30 and d in sentence) for d in dropped)
    print(f"extractive backend on {len(lengths)} answered questions: {supported}/{total} answer sentences found "
          f"verbatim in a passage they cite ({supported / total:.3f}); {leaked} contain a dropped web sentence")
    print(f"answer length: median {statistics.median(lengths):.0f} words; "
          f"latency median {statistics.median(latencies):.1f} ms")
    return 0 if supported == total and leaked == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
