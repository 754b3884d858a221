"""Incremental, crash-safe ingestion: sources -> cleaned chunks -> vectors -> a new live generation.

Unchanged sources keep their vectors (copied, not re-embedded), changed ones are re-chunked and
re-embedded, deleted ones disappear; a new chunker or embedding model re-embeds everything.
Nothing is loaded (not even the model) when no source changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.embeddings import SentenceEmbeddings, load_embeddings
from assistant.knowledge.chunking import CHUNKER_VERSION, chunk_document
from assistant.knowledge.documents import Chunk
from assistant.knowledge.loaders import Dropped, Skipped, UnreadableError, load_file, relative_name, source_files
from assistant.store import (
    Manifest,
    create_generation,
    generation_name,
    list_collection_names,
    open_client,
    read_manifest,
    remove_stale_generations,
    write_manifest,
)

BATCH = 64
REPORT_NAME = "ingest-report.json"


@dataclass(frozen=True)
class IngestSummary:
    documents: int
    chunks: int
    embedded: int
    reused: int
    skipped: tuple[Skipped, ...]
    seconds: float
    changed: bool

    def line(self) -> str:
        state = "updated" if self.changed else "up to date"
        return (f"{state}: {self.documents} documents, {self.chunks} chunks "
                f"({self.embedded} embedded, {self.reused} reused), {len(self.skipped)} skipped, "
                f"{self.seconds:.1f} s")


def file_hashes(knowledge_dir: Path) -> dict[str, str]:
    return {relative_name(p, knowledge_dir): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in source_files(knowledge_dir)}


def chunker_signature(settings: Settings) -> str:
    return f"{CHUNKER_VERSION}:{settings.chunk_size}:{settings.chunk_overlap}"


def model_name(settings: Settings) -> str:
    return settings.embedding_model or "packaged:all-MiniLM-L6-v2"


def is_current(manifest: Manifest, hashes: dict[str, str], settings: Settings) -> bool:
    return (manifest.generation > 0 and manifest.sources == hashes
            and manifest.chunker == chunker_signature(settings) and manifest.model == model_name(settings))


def ingest(settings: Settings, *, rebuild: bool = False, progress: bool = True,
           embeddings: SentenceEmbeddings | None = None, log: Callable[[str], None] = print,
           ) -> IngestSummary:
    """Bring the store up to date with `settings.knowledge_dir`; safe to interrupt at any point."""
    started = time.perf_counter()
    client = open_client(settings) if settings.chroma_url else open_or_rebuild(settings, log)
    manifest = Manifest() if rebuild else read_manifest(client, settings.collection)
    hashes = file_hashes(Path(settings.knowledge_dir))
    if is_current(manifest, hashes, settings) and generation_name(
            settings.collection, manifest.generation) in list_collection_names(client):
        return IngestSummary(len(hashes), manifest.chunks, 0, 0, (), time.perf_counter() - started, False)
    full = manifest.chunker != chunker_signature(settings) or manifest.model != model_name(settings)
    reuse = {} if full else {f: h for f, h in hashes.items() if manifest.sources.get(f) == h}
    chunks, skipped, dropped, kept_old = load_changed(settings, hashes, reuse, manifest)
    reuse.update(kept_old)
    embedder = embeddings or load_embeddings(settings.embedding_model, settings.threads)
    generation = manifest.generation + 1
    target = create_generation(client, settings.collection, generation)
    reused = copy_unchanged(client, settings.collection, manifest, set(reuse), target)
    add_chunks(target, chunks, embedder, progress)
    new = Manifest(generation, chunker_signature(settings), model_name(settings),
                   {**reuse, **{c.path.split("#")[0]: hashes[c.path.split("#")[0]] for c in chunks}},
                   target.count())
    write_report(Path(settings.store_dir), skipped, dropped)
    write_manifest(client, settings.collection, new)
    remove_stale_generations(client, settings.collection, generation)
    return IngestSummary(len(new.sources), new.chunks, len(chunks), reused, tuple(skipped),
                         time.perf_counter() - started, True)


def load_changed(settings: Settings, hashes: dict[str, str], reuse: dict[str, str], manifest: Manifest,
                 ) -> tuple[list[Chunk], list[Skipped], list[Dropped], dict[str, str]]:
    """Chunks of every source not reused; an unreadable source keeps its old chunks if it had any."""
    knowledge_dir = Path(settings.knowledge_dir)
    chunks: list[Chunk] = []
    skipped: list[Skipped] = []
    dropped: list[Dropped] = []
    kept_old: dict[str, str] = {}
    for path in source_files(knowledge_dir):
        rel = relative_name(path, knowledge_dir)
        if rel in reuse:
            continue
        try:
            documents, removed = load_file(path, knowledge_dir, settings.max_document_bytes)
        except UnreadableError as err:
            skipped.append(Skipped(rel, str(err)))
            if rel in manifest.sources:
                kept_old[rel] = manifest.sources[rel]
            continue
        dropped.extend(removed)
        for doc in documents:
            chunks.extend(chunk_document(doc, settings.chunk_size, settings.chunk_overlap))
    return chunks, skipped, dropped, kept_old


def copy_unchanged(client: Any, collection: str, manifest: Manifest, files: set[str], target: Any) -> int:
    """Copy the vectors of unchanged sources from the live generation into the new one."""
    if not files or manifest.generation == 0:
        return 0
    live = client.get_collection(generation_name(collection, manifest.generation), embedding_function=None)
    got = live.get(where={"file": {"$in": sorted(files)}}, include=["embeddings", "documents", "metadatas"])
    for start in range(0, len(got["ids"]), 1000):
        end = start + 1000
        target.add(ids=got["ids"][start:end], embeddings=got["embeddings"][start:end],
                   documents=got["documents"][start:end], metadatas=got["metadatas"][start:end])
    return len(got["ids"])


def add_chunks(target: Any, chunks: list[Chunk], embedder: SentenceEmbeddings, progress: bool) -> None:
    from tqdm import tqdm

    bar = tqdm(total=len(chunks), unit="chunk", desc="Embedding", disable=not progress or not chunks)
    for batch in batched(chunks, BATCH):
        vectors = embedder.encode([c.search_text for c in batch])
        target.upsert(ids=[c.id for c in batch], embeddings=vectors, documents=[c.text for c in batch],
                      metadatas=[c.metadata() for c in batch])
        bar.update(len(batch))
    bar.close()


def batched(items: list[Chunk], size: int) -> Iterable[list[Chunk]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def write_report(store_dir: Path, skipped: list[Skipped], dropped: list[Dropped]) -> None:
    """Every skipped file and every span the cleaner dropped, with its reason, beside the store."""
    store_dir.mkdir(parents=True, exist_ok=True)
    report = {"skipped": [asdict(s) for s in skipped], "dropped": [asdict(d) for d in dropped]}
    tmp = store_dir / f".{REPORT_NAME}.tmp"
    tmp.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    tmp.replace(store_dir / REPORT_NAME)


def open_or_rebuild(settings: Settings, log: Callable[[str], None] = print) -> Any:
    """Open the embedded store; a damaged one is moved aside (kept for inspection) and started afresh."""
    try:
        client = open_client(settings)
        read_manifest(client, settings.collection)
        return client
    except Exception as err:  # any failure to open means the store is damaged
        store = Path(settings.store_dir)
        aside = store.with_name(f"{store.name}.damaged-{int(time.time())}")
        log(f"The knowledge store in {store} is damaged ({err}); moving it to {aside} and rebuilding.")
        shutil.move(str(store), str(aside))
        forget_clients()
        return open_client(settings)


def forget_clients() -> None:
    """Chroma caches one system per path, including a half-opened broken one: drop them all."""
    from chromadb.api.client import SharedSystemClient  # type: ignore[attr-defined]

    SharedSystemClient.clear_system_cache()
