"""History-aware retrieval on multi-turn conversations: is the right card cited for the follow-up?

Run: `python -m evals.followups`. A conversation counts as right when a card labelled relevant for
its last turn is among the sources of the last reply (or, for a guided step, the exercise guided).
Target: >= 90 %.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from evals.common import read_jsonl

TARGET = 0.90


def last_reply_cards(assistant: Any, turns: list[str]) -> list[str]:
    from assistant.conversation import Conversation

    conversation = Conversation()
    reply = None
    for turn in turns:
        reply, conversation = assistant.reply(turn, conversation)
    assert reply is not None
    return list(dict.fromkeys(p.chunk.doc_id for p in reply.passages))


def main() -> int:
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.embeddings import go_offline

    go_offline()
    assistant = make_assistant(load_settings(os.environ))
    conversations = read_jsonl("followup_conversations.jsonl")
    right = 0
    for c in conversations:
        cards = last_reply_cards(assistant, c["turns"])
        ok = bool(set(c["relevant"]) & set(cards))
        right += ok
        if not ok:
            print(f"- {c['id']} {c['turns'][-1][:60]!r}: wanted {c['relevant']}, cited {cards[:3]}")
    share = right / len(conversations)
    print(f"Follow-up turns citing the right card: {right}/{len(conversations)} = {share:.3f} (target {TARGET})")
    return 0 if share >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
