"""Opening Chroma (embedded folder or server) and keeping its collections consistent.

The store holds one *generation* collection per completed ingest (`<name>-g<N>`) and a small
pointer collection (`<name>-manifest`) whose metadata is the manifest: which generation is
live, and the hash of every source it was built from. Ingest builds a new generation beside
the live one and switches the pointer last, so a crash at any moment leaves the old
generation answering.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from assistant.config import Settings

MANIFEST_KEY = "manifest_json"


class StoreError(Exception):
    """The knowledge store is missing, damaged or unreachable; the message says what to do."""


@dataclass(frozen=True)
class Manifest:
    """What the live generation was built from."""

    generation: int = 0
    chunker: str = ""
    model: str = ""
    sources: dict[str, str] = field(default_factory=dict)  # source file -> content hash
    chunks: int = 0

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        return cls(**json.loads(text))


def chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def open_client(settings: Settings) -> ClientAPI:
    """An embedded client on `store_dir`, or an HTTP client when `chroma_url` is set."""
    import chromadb

    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1", port=url.port or 8000,
                ssl=url.scheme == "https", settings=chroma_settings(),
            )
        except Exception as err:
            raise StoreError(f"cannot reach the Chroma server at {settings.chroma_url}: {err}") from err
    Path(settings.store_dir).mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(settings.store_dir), settings=chroma_settings())
    except Exception as err:
        raise StoreError(
            f"the knowledge store in {settings.store_dir} cannot be opened ({type(err).__name__}: {err}); "
            "run `backtalk ingest --rebuild` (or `make run`) to rebuild it"
        ) from err


def generation_name(collection: str, generation: int) -> str:
    return f"{collection}-g{generation}"


def manifest_collection(client: ClientAPI, collection: str) -> Collection:
    return client.get_or_create_collection(f"{collection}-manifest", embedding_function=None)


def read_manifest(client: ClientAPI, collection: str) -> Manifest:
    """The manifest of the live generation; an empty Manifest when nothing was ingested yet."""
    metadata = manifest_collection(client, collection).metadata or {}
    text = metadata.get(MANIFEST_KEY)
    return Manifest.from_json(str(text)) if text else Manifest()


def write_manifest(client: ClientAPI, collection: str, manifest: Manifest) -> None:
    """Switch the live generation (one metadata write: the commit point of an ingest)."""
    manifest_collection(client, collection).modify(metadata={MANIFEST_KEY: manifest.to_json()})


def create_generation(client: ClientAPI, collection: str, generation: int) -> Collection:
    name = generation_name(collection, generation)
    if name in list_collection_names(client):
        client.delete_collection(name)  # left behind by an interrupted ingest
    return client.create_collection(
        name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}},
    )


def list_collection_names(client: ClientAPI) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]


def remove_stale_generations(client: ClientAPI, collection: str, keep: int) -> list[str]:
    """Delete every generation collection except the live one; returns the names deleted."""
    prefix = f"{collection}-g"
    stale = [n for n in list_collection_names(client)
             if n.startswith(prefix) and n != generation_name(collection, keep)]
    for name in stale:
        client.delete_collection(name)
    return stale


def live_collection(client: ClientAPI, collection: str) -> Collection:
    """The collection answers come from; StoreError when nothing has been ingested."""
    manifest = read_manifest(client, collection)
    if manifest.generation == 0:
        raise StoreError("the knowledge store is empty; run `backtalk ingest` (or `make run`) first")
    try:
        return client.get_collection(generation_name(collection, manifest.generation), embedding_function=None)
    except Exception as err:
        raise StoreError(
            f"the live collection is missing ({err}); run `backtalk ingest --rebuild` to rebuild the store"
        ) from err
