"""BACKTALK_CHROMA_URL: ingest and ask against a real Chroma server started from the installed package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, wait_for_port

from assistant.config import load_settings
from assistant.embeddings import SentenceEmbeddings
from assistant.ingestion import ingest

ROOT = Path(__file__).resolve().parents[1]



@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path_factory.mktemp("chroma")),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(proc, port, "the Chroma server", 60)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.mark.slow
def test_ingest_and_ask_work_the_same_against_a_chroma_server(
        chroma_url: str, tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    from assistant.chain import make_assistant
    from assistant.conversation import Conversation

    kb = tmp_path / "knowledge" / "cards"
    kb.mkdir(parents=True)
    for card in ("explainers/sitting-and-back-ache.md", "explainers/heat-and-cold.md", "exercises/bird-dog.md"):
        shutil.copy(ROOT / "knowledge" / "cards" / card, kb)
    settings = load_settings({}, knowledge_dir=tmp_path / "knowledge", store_dir=tmp_path / "local",
                             chroma_url=chroma_url)
    first = ingest(settings, progress=False, embeddings=embeddings)
    again = ingest(settings, progress=False, embeddings=embeddings)
    assert first.changed and first.chunks > 10
    assert not again.changed
    reply, _ = make_assistant(settings, embeddings).reply("Is heat or ice better for back pain?", Conversation())
    assert reply.passages[0].chunk.doc_id == "heat-and-cold"
    assert not (tmp_path / "local" / "chroma.sqlite3").exists()  # nothing went to the embedded store
