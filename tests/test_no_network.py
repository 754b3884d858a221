"""Ingest and the answer path open no socket except to loopback (no hub, no telemetry)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = r"""
import json, socket, sys
attempts = []
real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
real_getaddrinfo = socket.getaddrinfo

def loopback(address):
    host = address[0] if isinstance(address, tuple) else str(address)
    return host in ("localhost", "::1") or host.startswith("127.") or host.startswith("/")

def guarded(real):
    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not loopback(address):
            attempts.append(str(address))
            raise OSError("network disabled by test")
        return real(self, address)
    return connect

def getaddrinfo(host, *args, **kwargs):
    if host is not None and not loopback((str(host),)):
        attempts.append(f"dns:{host}")
        raise socket.gaierror("network disabled by test")
    return real_getaddrinfo(host, *args, **kwargs)

socket.socket.connect = guarded(real_connect)
socket.socket.connect_ex = guarded(real_connect_ex)
socket.getaddrinfo = getaddrinfo

from assistant.config import load_settings
from assistant.ingestion import ingest
from assistant.chain import make_assistant
from assistant.conversation import Conversation

settings = load_settings({}, knowledge_dir=sys.argv[1], store_dir=sys.argv[2])
ingest(settings, progress=False)
assistant = make_assistant(settings)
reply, conversation = assistant.reply("Why does sitting all day make my lower back ache?", Conversation())
assistant.reply("I can't feel my bum when I wipe", conversation)
print(json.dumps({"attempts": attempts, "sources": len(reply.passages)}))
"""


@pytest.mark.slow
def test_ingest_and_answers_stay_off_the_network(tmp_path: Path) -> None:
    kb = tmp_path / "knowledge" / "cards"
    kb.mkdir(parents=True)
    (kb / "sitting.md").write_bytes((ROOT / "knowledge/cards/explainers/sitting-and-back-ache.md").read_bytes())
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no HF_HUB_OFFLINE from the caller: the code sets it
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "knowledge"), str(tmp_path / "store")],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["sources"] > 0
    assert outcome["attempts"] == []
