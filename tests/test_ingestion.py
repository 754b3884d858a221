"""Ingestion against a real Chroma in a temporary folder and the real embedding model."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.config import Settings, load_settings
from assistant.embeddings import SentenceEmbeddings
from assistant.ingestion import REPORT_NAME, ingest
from assistant.store import live_collection, open_client, read_manifest

ROOT = Path(__file__).resolve().parents[1]
CARDS = ROOT / "knowledge" / "cards"


def small_kb(root: Path) -> Path:
    kb = root / "knowledge"
    for rel in ["explainers/sitting-and-back-ache.md", "explainers/heat-and-cold.md",
                "exercises/bird-dog.md"]:
        (kb / "cards" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CARDS / rel, kb / "cards" / rel)
    return kb


def settings_for(tmp_path: Path, **extra: object) -> Settings:
    return load_settings({}, knowledge_dir=tmp_path / "knowledge", store_dir=tmp_path / "store", **extra)


def live_ids(settings: Settings) -> set[str]:
    client = open_client(settings)
    return set(live_collection(client, settings.collection).get(include=[])["ids"])


def test_ingest_twice_changes_nothing(tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    small_kb(tmp_path)
    settings = settings_for(tmp_path)
    first = ingest(settings, progress=False, embeddings=embeddings)
    ids = live_ids(settings)
    second = ingest(settings, progress=False, embeddings=embeddings)
    assert first.changed and first.chunks == len(ids) > 10
    assert not second.changed and second.embedded == 0
    assert live_ids(settings) == ids


def test_changed_deleted_and_new_sources_are_handled_incrementally(tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    kb = small_kb(tmp_path)
    settings = settings_for(tmp_path)
    ingest(settings, progress=False, embeddings=embeddings)
    heat = kb / "cards/explainers/heat-and-cold.md"
    heat.write_text(heat.read_text(encoding="utf-8") + "\n\n## Extra\nA warm bath can feel good.\n", encoding="utf-8")
    (kb / "cards/exercises/bird-dog.md").unlink()
    (kb / "web").mkdir()
    (kb / "web/walk.txt").write_text("Walking most days is one of the best things you can do for back pain.", encoding="utf-8")
    summary = ingest(settings, progress=False, embeddings=embeddings)
    client = open_client(settings)
    metas = live_collection(client, settings.collection).get(include=["metadatas"])["metadatas"]
    files = {m["file"] for m in metas}
    assert files == {"knowledge/cards/explainers/sitting-and-back-ache.md",
                     "knowledge/cards/explainers/heat-and-cold.md", "knowledge/web/walk.txt"}
    assert summary.reused > 0  # the sitting card was copied, not re-embedded
    assert summary.embedded == summary.chunks - summary.reused


def test_unreadable_file_is_skipped_and_nothing_already_stored_is_lost(tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    kb = small_kb(tmp_path)
    settings = settings_for(tmp_path)
    ingest(settings, progress=False, embeddings=embeddings)
    before = live_ids(settings)
    (kb / "cards/explainers/heat-and-cold.md").write_bytes(b"\x00\x01 binary now")
    (kb / "web").mkdir()
    (kb / "web/broken.pdf").write_bytes(b"%PDF-1.4 garbage")
    summary = ingest(settings, progress=False, embeddings=embeddings)
    assert {s.path for s in summary.skipped} == {"knowledge/cards/explainers/heat-and-cold.md", "knowledge/web/broken.pdf"}
    assert live_ids(settings) == before
    report = json.loads((tmp_path / "store" / REPORT_NAME).read_text(encoding="utf-8"))
    assert len(report["skipped"]) == 2


def test_new_chunker_settings_re_embed_everything(tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    small_kb(tmp_path)
    ingest(settings_for(tmp_path), progress=False, embeddings=embeddings)
    summary = ingest(settings_for(tmp_path, chunk_size=300), progress=False, embeddings=embeddings)
    assert summary.changed and summary.reused == 0 and summary.embedded == summary.chunks


@pytest.mark.slow
def test_killed_ingest_leaves_the_old_store_answering_and_the_next_run_completes(
        tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    kb = small_kb(tmp_path)
    settings = settings_for(tmp_path)
    ingest(settings, progress=False, embeddings=embeddings)
    before = live_ids(settings)
    shutil.copytree(CARDS / "exercises", kb / "cards" / "more", dirs_exist_ok=True)
    env = {**os.environ, "BACKTALK_KNOWLEDGE_DIR": str(kb), "BACKTALK_STORE_DIR": str(tmp_path / "store")}
    proc = subprocess.Popen([sys.executable, str(ROOT / "ingest.py")], env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    assert proc.stderr is not None
    seen = b""
    while b" 64/" not in seen:  # killed after the first batch went into the new generation
        seen += os.read(proc.stderr.fileno(), 256)
        assert time.monotonic() < deadline and proc.poll() is None, seen.decode(errors="replace")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert read_manifest(open_client(settings), settings.collection).generation == 1
    assert live_ids(settings) == before
    summary = ingest(settings, progress=False, embeddings=embeddings)
    assert summary.changed and len(live_ids(settings)) == summary.chunks > len(before)
    assert read_manifest(open_client(settings), settings.collection).generation == 2


def test_damaged_store_is_moved_aside_and_rebuilt(tmp_path: Path, embeddings: SentenceEmbeddings) -> None:
    small_kb(tmp_path)
    settings = settings_for(tmp_path)
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    summary = ingest(settings, progress=False, embeddings=embeddings, log=lambda _: None)
    assert summary.changed and summary.chunks > 0
    assert list(tmp_path.glob("store.damaged-*"))
