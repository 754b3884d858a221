"""Incremental, crash-safe ingestion: sources -> cleaned chunks -> vectors -> a new live generation.

Unchanged sources keep their vectors (copied, not re-embedded), changed ones are re-chunked and
re-embedded, deleted ones disappear; a new chunker or embedding model re-embeds everything.
Nothing is loaded (not even the model) when no source changed. Sources are read and chunked in a
background thread while the model embeds what is ready (ONNX Runtime and torch release the GIL),
so on two cores an ingest takes little longer than the embedding alone.
"""

from __future__ import annotations

import hashlib
import json
import queue
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from assistant.config import Settings
from assistant.embeddings import SentenceEmbeddings, open_embeddings, prepare_embeddings
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
# Chunks wait in buckets of similar length (this many characters wide) until a bucket fills a batch,
# so batches need little padding while the sources are still being read.
BUCKET_CHARS = 64
REPORT_NAME = "ingest-report.json"
T = TypeVar("T")


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
    """What the manifest records as the encoder: torch and onnx give the same vectors, int8 does not."""
    base = settings.embedding_model or "packaged:all-MiniLM-L6-v2"
    return f"{base}+int8" if settings.embedding_backend == "onnx-int8" else base


def is_current(manifest: Manifest, hashes: dict[str, str], settings: Settings) -> bool:
    return (manifest.generation > 0 and manifest.sources == hashes
            and manifest.chunker == chunker_signature(settings) and manifest.model == model_name(settings))


def ingest(settings: Settings, *, rebuild: bool = False, progress: bool = True,
           embeddings: SentenceEmbeddings | None = None, log: Callable[[str], None] = print,
           ) -> IngestSummary:
    """Bring the store up to date with `settings.knowledge_dir`; safe to interrupt at any point."""
    started = time.perf_counter()
    if embeddings is None:
        prepare_embeddings(settings)  # a no-op once the ONNX file exists
    client = open_client(settings) if settings.chroma_url else open_or_rebuild(settings, log)
    manifest = Manifest() if rebuild else read_manifest(client, settings.collection)
    hashes = file_hashes(Path(settings.knowledge_dir))
    if is_current(manifest, hashes, settings) and generation_name(
            settings.collection, manifest.generation) in list_collection_names(client):
        return IngestSummary(len(hashes), manifest.chunks, 0, 0, (), time.perf_counter() - started, False)
    full = manifest.chunker != chunker_signature(settings) or manifest.model != model_name(settings)
    reuse = {} if full else {f: h for f, h in hashes.items() if manifest.sources.get(f) == h}
    embedder = embeddings or open_embeddings(settings)
    if (embedder.backend == "onnx-int8") != (settings.embedding_backend == "onnx-int8"):
        raise ValueError(f"embeddings run on {embedder.backend} but settings name {settings.embedding_backend}: "
                         "the store would record the wrong encoder")
    generation = manifest.generation + 1
    target = create_generation(client, settings.collection, generation)
    found = Loaded()
    chunks = add_chunks(target, in_background(iter_changed(settings, hashes, reuse, manifest, found)),
                        embedder, progress)
    reuse.update(found.kept_old)
    reused = copy_unchanged(client, settings.collection, manifest, set(reuse), target)
    new = Manifest(generation, chunker_signature(settings), model_name(settings),
                   {**reuse, **{c.path.split("#")[0]: hashes[c.path.split("#")[0]] for c in chunks}},
                   target.count())
    write_report(Path(settings.store_dir), found.skipped, found.dropped)
    write_manifest(client, settings.collection, new)
    remove_stale_generations(client, settings.collection, generation)
    return IngestSummary(len(new.sources), new.chunks, len(chunks), reused, tuple(found.skipped),
                         time.perf_counter() - started, True)


@dataclass
class Loaded:
    """What reading the changed sources found besides chunks; filled in as they are read."""

    skipped: list[Skipped] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    kept_old: dict[str, str] = field(default_factory=dict)  # unreadable now, old chunks kept


def iter_changed(settings: Settings, hashes: dict[str, str], reuse: dict[str, str], manifest: Manifest,
                 found: Loaded) -> Iterator[list[Chunk]]:
    """The chunks of each source not reused, one source at a time; an unreadable one keeps its old chunks."""
    knowledge_dir = Path(settings.knowledge_dir)
    for path in source_files(knowledge_dir):
        rel = relative_name(path, knowledge_dir)
        if rel in reuse:
            continue
        try:
            documents, removed = load_file(path, knowledge_dir, settings.max_document_bytes)
        except UnreadableError as err:
            found.skipped.append(Skipped(rel, str(err)))
            if rel in manifest.sources:
                found.kept_old[rel] = manifest.sources[rel]
            continue
        found.dropped.extend(removed)
        yield [c for doc in documents for c in chunk_document(doc, settings.chunk_size, settings.chunk_overlap)]


def load_changed(settings: Settings, hashes: dict[str, str], reuse: dict[str, str], manifest: Manifest,
                 ) -> tuple[list[Chunk], list[Skipped], list[Dropped], dict[str, str]]:
    """All chunks of every source not reused, at once (for evaluations and benchmarks)."""
    found = Loaded()
    chunks = [c for part in iter_changed(settings, hashes, reuse, manifest, found) for c in part]
    return chunks, found.skipped, found.dropped, found.kept_old


def in_background(items: Iterator[T]) -> Iterator[T]:
    """Run a generator in a thread and yield what it makes; its errors are raised here."""
    ready: queue.Queue[tuple[str, Any]] = queue.Queue()

    def work() -> None:
        try:
            for item in items:
                ready.put(("item", item))
            ready.put(("end", None))
        except BaseException as err:  # handed to the consumer, which raises it
            ready.put(("error", err))

    thread = threading.Thread(target=work, name="backtalk-ingest-reader", daemon=True)
    thread.start()
    while True:
        kind, value = ready.get()
        if kind == "error":
            raise value
        if kind == "end":
            thread.join()
            return
        yield value


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


def add_chunks(target: Any, parts: Iterable[list[Chunk]], embedder: SentenceEmbeddings, progress: bool,
               ) -> list[Chunk]:
    """Embed and store chunks as they arrive, a batch of similar length at a time; the rest, longest
    first, once all have come."""
    from tqdm import tqdm

    bar = tqdm(total=0, unit="chunk", desc="Embedding", disable=not progress, delay=0.001)
    buckets: dict[int, list[Chunk]] = {}
    stored: list[Chunk] = []

    def store(batch: list[Chunk]) -> None:
        vectors = embedder.encode([c.search_text for c in batch])
        target.upsert(ids=[c.id for c in batch], embeddings=vectors, documents=[c.text for c in batch],
                      metadatas=[c.metadata() for c in batch])
        stored.extend(batch)
        bar.update(len(batch))

    for part in parts:
        bar.total += len(part)  # the total grows as sources are read
        bar.refresh()
        for chunk in part:
            key = len(chunk.search_text) // BUCKET_CHARS
            buckets.setdefault(key, []).append(chunk)
            if len(buckets[key]) == BATCH:
                store(buckets.pop(key))
    waiting = sorted((c for bucket in buckets.values() for c in bucket), key=lambda c: len(c.search_text),
                     reverse=True)
    for batch in batched(waiting, BATCH):
        store(batch)
    bar.close()
    return stored


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
