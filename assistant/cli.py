"""The command line: `backtalk ask | batch | ingest | serve | feedback`. Parse, call, print."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from assistant.config import Settings, load_settings

DESCRIPTION = "BackTalk: education about low back pain from a cited knowledge base. Not a diagnosis."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backtalk", description=DESCRIPTION)
    sub = parser.add_subparsers(dest="command", required=True)
    ask = sub.add_parser("ask", help="answer one question")
    ask.add_argument("question", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print the reply as a JSON contract object")
    batch = sub.add_parser("batch", help="answer conversations from a JSON-lines file")
    batch.add_argument("--input", required=True, type=Path, help='JSON lines: {"id": ..., "turns": [...]}')
    batch.add_argument("--output", required=True, type=Path, help="JSON lines, one reply per input line")
    ingest = sub.add_parser("ingest", help="bring the knowledge store up to date with knowledge/")
    ingest.add_argument("--rebuild", action="store_true", help="re-embed everything from scratch")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    serve = sub.add_parser("serve", help="start the chat page")
    serve.add_argument("--host", help="address to bind (default: BACKTALK_HOST, 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: BACKTALK_PORT, 7860)")
    sub.add_parser("feedback", help="summarise the thumbs up/down given on the page")
    return parser


def command_ask(settings: Settings, question: str, as_json: bool) -> int:
    from assistant.chain import make_assistant
    from assistant.conversation import Conversation

    reply, _ = make_assistant(settings).reply(question, Conversation())
    if as_json:
        print(json.dumps({"id": reply.id, **reply.to_contract()}, ensure_ascii=False))
        return 0
    print(reply.answer)
    for n, source in enumerate(reply.to_contract()["sources"], start=1):
        section = f", {source['section']}" if source.get("section") else ""
        print(f"[{n}] {source['title']}{section} ({source['source']}, {source['tier']})")
    return 0


def command_batch(settings: Settings, source: Path, target: Path) -> int:
    from assistant.batch import run_batch
    from assistant.chain import make_assistant

    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        print(f"backtalk: cannot read {source}: {err}", file=sys.stderr)
        return 2
    assistant = make_assistant(settings)
    count = errors = 0
    with target.open("w", encoding="utf-8") as out:
        for result in run_batch(assistant, lines):
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
            count, errors = count + 1, errors + ("error" in result)
    print(f"{count} conversations answered, {errors} with errors -> {target}", file=sys.stderr)
    return 0


def command_ingest(settings: Settings, rebuild: bool, quiet: bool) -> int:
    from assistant.ingestion import ingest

    summary = ingest(settings, rebuild=rebuild, progress=not quiet)
    for skipped in summary.skipped:
        print(f"skipped {skipped.path}: {skipped.reason}", file=sys.stderr)
    print(summary.line())
    return 0


def command_serve(settings: Settings, host: str | None, port: int | None) -> int:
    from assistant.ui import serve

    serve(settings.model_copy(update={k: v for k, v in {"host": host, "port": port}.items() if v}))
    return 0


def command_feedback(settings: Settings) -> int:
    from assistant.feedback import FeedbackStore

    import sqlite3

    store = FeedbackStore.beside(settings.store_dir)
    try:
        summary = store.summary()
    except sqlite3.DatabaseError as err:
        print(f"backtalk: cannot read the feedback file {store.path}: {err}", file=sys.stderr)
        return 3
    print(summary.render())
    print(f"(from {store.path})", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `backtalk` script and `python -m assistant`."""
    from assistant.embeddings import go_offline
    from assistant.store import StoreError

    go_offline()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(os.environ)
        if args.command == "ask":
            return command_ask(settings, args.question, args.json)
        if args.command == "batch":
            return command_batch(settings, args.input, args.output)
        if args.command == "ingest":
            return command_ingest(settings, args.rebuild, args.quiet)
        if args.command == "feedback":
            return command_feedback(settings)
        return command_serve(settings, args.host, args.port)
    except StoreError as err:
        print(f"backtalk: {err}", file=sys.stderr)
        return 3
    except ValueError as err:  # bad settings
        print(f"backtalk: {err}", file=sys.stderr)
        return 2
