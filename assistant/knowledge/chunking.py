"""Sentence-aware chunking of documents into `Chunk`s with stable content-hash ids.

Markdown is split at `#`/`##` headings into sections; a section's paragraphs are split into
sentences (list items stay whole and keep their numbering) and packed into chunks of at most
`size` characters, repeating `overlap` sentences between neighbouring chunks of one section.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator

from assistant.knowledge.documents import Chunk, SourceDocument

CHUNKER_VERSION = "3"  # bump when the output of this module changes: ingest then re-embeds all
HEADING = re.compile(r"^(#{1,3})\s+(.*\S)\s*$")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


_LOCAL = threading.local()


def _segmenter() -> object:
    """One pysbd Segmenter per thread: `segment` keeps the text on the instance, so a shared one
    mixes up sentences when two page workers split text at once."""
    segmenter = getattr(_LOCAL, "segmenter", None)
    if segmenter is None:
        import pysbd

        segmenter = _LOCAL.segmenter = pysbd.Segmenter(language="en", clean=False)
    return segmenter


def split_sentences(text: str) -> list[str]:
    """Sentences as pysbd finds them, stripped, empty ones left out."""
    return [s.strip() for s in _segmenter().segment(text) if s.strip()]  # type: ignore[attr-defined]


def sentences(paragraph: str) -> list[str]:
    """Split one paragraph into sentences; list items and short lines are kept whole."""
    text = " ".join(paragraph.split())
    if not text:
        return []
    if LIST_ITEM.match(paragraph) or len(text) < 80:
        return [text]
    return split_sentences(text)


def sections(markdown: str) -> Iterator[tuple[str, str]]:
    """(section heading, section body) pairs; text before the first `##` has heading ''."""
    heading, lines = "", list[str]()
    for line in markdown.splitlines():
        match = HEADING.match(line)
        if match and len(match.group(1)) == 1:
            continue  # the document title is already on every chunk
        if match:
            yield heading, "\n".join(lines)
            heading, lines = match.group(2), []
        else:
            lines.append(line)
    yield heading, "\n".join(lines)


def units(body: str) -> list[str]:
    """Sentences and list items of a section, in order."""
    out: list[str] = []
    paragraph: list[str] = []
    for line in [*body.splitlines(), ""]:
        if LIST_ITEM.match(line):
            out.extend(sentences("\n".join(paragraph)))
            paragraph = []
            out.append(" ".join(line.split()))
        elif line.strip():
            paragraph.append(line)
        else:
            out.extend(sentences("\n".join(paragraph)))
            paragraph = []
    return out


def pack(parts: list[str], size: int, overlap: int) -> list[list[str]]:
    """Group consecutive units into windows of at most `size` characters (a longer unit stands alone)."""
    windows: list[list[str]] = []
    current: list[str] = []
    for part in parts:
        if current and len(" ".join([*current, part])) > size:
            windows.append(current)
            carried = current[-overlap:] if overlap else []
            current = carried if len(" ".join([*carried, part])) <= size else []
        current.append(part)
    if current:
        windows.append(current)
    return windows


def join_units(window: list[str]) -> str:
    """List items on their own lines; sentences run on as prose."""
    text = ""
    for part in window:
        joiner = "\n" if LIST_ITEM.match(part) or (text and LIST_ITEM.match(text.rsplit("\n", 1)[-1])) else " "
        text = f"{text}{joiner}{part}" if text else part
    return text


def chunk_id(doc_id: str, section: str, text: str, ordinal: int) -> str:
    digest = hashlib.sha256(f"{doc_id}\x1f{section}\x1f{text}\x1f{ordinal}".encode()).hexdigest()
    return digest[:24]


EXTRA_FIELDS = ("hold_seconds", "reps", "sets", "sides", "minutes", "level", "flags")


def extra_json(doc: SourceDocument) -> str:
    """The kind-specific front-matter fields every chunk of the document carries."""
    extra = {k: doc.meta[k] for k in EXTRA_FIELDS if k in doc.meta}
    return json.dumps(extra, sort_keys=True) if extra else ""


def chunk_document(doc: SourceDocument, size: int, overlap: int) -> list[Chunk]:
    """All chunks of one document, ids stable for unchanged text."""
    chunks: list[Chunk] = []
    extra = extra_json(doc)
    seen: dict[str, int] = {}
    for heading, body in sections(doc.text):
        for window in pack(units(body), size, overlap):
            text = join_units(window)
            ordinal = seen.get(text, 0)
            seen[text] = ordinal + 1
            chunks.append(Chunk(
                id=chunk_id(doc.id, heading, text, ordinal), doc_id=doc.id, path=doc.path,
                title=doc.title, section=heading, kind=doc.kind, tier=doc.tier, text=text,
                position=len(chunks), tags=doc.tags, credit=doc.credit, extra=extra,
            ))
    return chunks
