"""The values that flow through ingestion: source documents and their chunks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Tier = Literal["curated", "reference", "web"]
TIER_RANK: dict[str, int] = {"curated": 2, "reference": 1, "web": 0}


@dataclass(frozen=True)
class SourceDocument:
    """One readable source: a card, a reference passage, or a web article."""

    id: str
    path: str  # relative to the project, e.g. "knowledge/cards/exercises/bird-dog.md"
    title: str
    kind: str  # explainer | exercise | safety | reference | web
    tier: Tier
    text: str  # body text (Markdown for cards), already cleaned for web sources
    tags: tuple[str, ...] = ()
    credit: str = ""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Chunk:
    """A retrievable piece of one document, with a stable content-hash id."""

    id: str
    doc_id: str
    path: str
    title: str
    section: str
    kind: str
    tier: Tier
    text: str
    position: int
    tags: tuple[str, ...] = ()
    credit: str = ""
    extra: str = ""  # JSON of kind-specific fields (exercise hold, reps, sets, sides, minutes)

    @property
    def search_text(self) -> str:
        """What gets embedded and indexed: the text with its title and section as context."""
        heading = f"{self.title}: {self.section}" if self.section else self.title
        return f"{heading}\n{self.text}"

    def metadata(self) -> dict[str, str | int]:
        """Flat metadata for the vector store (Chroma accepts scalars only)."""
        return {
            "doc_id": self.doc_id, "path": self.path, "file": self.path.split("#", 1)[0],
            "title": self.title,
            "section": self.section, "kind": self.kind, "tier": self.tier,
            "position": self.position, "tags": ",".join(self.tags), "credit": self.credit,
            "extra": self.extra,
        }

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        tags = tuple(t for t in str(meta.get("tags", "")).split(",") if t)
        return cls(
            id=chunk_id, doc_id=str(meta["doc_id"]), path=str(meta["path"]),
            title=str(meta["title"]), section=str(meta.get("section", "")),
            kind=str(meta["kind"]), tier=meta["tier"], text=text,
            position=int(meta.get("position", 0)), tags=tags, credit=str(meta.get("credit", "")),
            extra=str(meta.get("extra", "")),
        )
