"""The batch JSON-lines contract: one conversation per input line, one reply object per output line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from assistant.conversation import Conversation


class Replier(Protocol):
    def reply(self, message: str, conversation: Conversation) -> tuple[Any, Conversation]: ...


@dataclass(frozen=True)
class LineError(Exception):
    id: str | None
    message: str


def parse_line(line: str, number: int) -> tuple[str, list[str]]:
    """(id, turns) of one input line, or LineError saying what is wrong with it."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError as err:
        raise LineError(None, f"line {number}: not valid JSON ({err.msg})") from None
    if not isinstance(item, dict):
        raise LineError(None, f"line {number}: expected a JSON object")
    conv_id = str(item["id"]) if item.get("id") is not None else None
    turns = item.get("turns")
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        raise LineError(conv_id, f"line {number}: 'turns' must be a non-empty list of strings")
    return conv_id or f"line-{number}", turns


def answer_conversation(assistant: Replier, conv_id: str, turns: list[str]) -> dict[str, Any]:
    """Answer every turn in order, keeping the assistant's own replies as history."""
    conversation = Conversation()
    reply = None
    for turn in turns:
        reply, conversation = assistant.reply(turn, conversation)
    assert reply is not None  # parse_line guarantees at least one turn
    return {"id": conv_id, **reply.to_contract()}


def run_batch(assistant: Replier, lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """One output object per non-blank input line, in order; a bad line gives an `error` object."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            conv_id, turns = parse_line(line, number)
        except LineError as err:
            yield {"id": err.id, "error": err.message}
            continue
        try:
            yield answer_conversation(assistant, conv_id, turns)
        except Exception as err:  # one bad conversation never stops the batch
            yield {"id": conv_id, "error": f"line {number}: {type(err).__name__}: {err}"}
