"""Reading source files into `SourceDocument`s, one loader per file type, chosen by extension.

A file that cannot be read is reported as `Skipped` with a one-line reason; it never stops
the rest of the knowledge base from loading.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter

from assistant.knowledge.cleaning import clean_web_text
from assistant.knowledge.documents import SourceDocument, Tier

IGNORED_NAMES = {"README.md"}
ASSET_SUFFIXES = {".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp"}
MEDLINEPLUS_CREDIT = "Courtesy of MedlinePlus from the National Library of Medicine"
NINDS_CREDIT = "Courtesy of the National Institute of Neurological Disorders and Stroke (NINDS)"


class UnreadableError(Exception):
    """A source file that cannot be turned into text; the message is the one-line reason."""


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Dropped:
    """A span of a web source removed by the cleaner, kept for the ingest report."""

    path: str
    text: str
    reason: str


def tier_for(relative: Path) -> Tier:
    """Trust tier from the top folder: cards are curated, reference is medium, the rest is web."""
    top = relative.parts[1] if len(relative.parts) > 2 else ""
    return {"cards": "curated", "reference": "reference"}.get(top, "web")  # type: ignore[return-value]


def read_text(path: Path, max_bytes: int) -> str:
    raw = path.read_bytes()
    if not raw.strip():
        raise UnreadableError("empty file")
    if len(raw) > max_bytes:
        raise UnreadableError(f"larger than the {max_bytes:,}-byte limit")
    if b"\x00" in raw[:4096]:
        raise UnreadableError("binary content")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableError(f"not UTF-8 text ({err.reason} at byte {err.start})") from err


def load_markdown(path: Path, rel: str, tier: Tier, max_bytes: int) -> list[SourceDocument]:
    try:
        post = frontmatter.loads(read_text(path, max_bytes))
    except UnreadableError:
        raise
    except Exception as err:  # yaml errors come in several types
        raise UnreadableError(f"bad front matter ({type(err).__name__})") from err
    meta: dict[str, Any] = dict(post.metadata)
    body = post.content.strip()
    if not body:
        raise UnreadableError("no text after the front matter")
    title = str(meta.get("title") or first_heading(body) or path.stem.replace("-", " ").capitalize())
    kind = str(meta.get("kind", "web" if tier == "web" else "explainer"))
    tags = tuple(str(t).lower() for t in meta.get("tags") or ())
    return [SourceDocument(
        id=str(meta.get("id", path.stem)), path=rel, title=title, kind=kind, tier=tier,
        text=body, tags=tags, meta=meta,
    )]


def first_heading(markdown: str) -> str:
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def plain_document(path: Path, rel: str, tier: Tier, text: str) -> SourceDocument:
    title = path.stem.replace("-", " ").replace("_", " ").capitalize()
    return SourceDocument(id=path.stem, path=rel, title=title, kind="web" if tier == "web" else "reference",
                          tier=tier, text=text)


def load_text(path: Path, rel: str, tier: Tier, max_bytes: int) -> list[SourceDocument]:
    return [plain_document(path, rel, tier, read_text(path, max_bytes))]


def load_html(path: Path, rel: str, tier: Tier, max_bytes: int) -> list[SourceDocument]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(read_text(path, max_bytes), "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "iframe", "svg"]):
        tag.decompose()
    text = soup.get_text("\n", strip=True)
    if not text:
        raise UnreadableError("no text in the HTML")
    doc = plain_document(path, rel, tier, text)
    title = soup.title.get_text(strip=True) if soup.title else ""
    return [SourceDocument(**{**doc.__dict__, "title": title or doc.title})]


def load_pdf(path: Path, rel: str, tier: Tier, max_bytes: int) -> list[SourceDocument]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if path.stat().st_size > max_bytes:
        raise UnreadableError(f"larger than the {max_bytes:,}-byte limit")
    try:
        reader = PdfReader(path)
        text = "\n".join(page.extract_text() or "" for page in reader.pages).strip()
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise UnreadableError(f"corrupt PDF ({type(err).__name__})") from err
    if not text:
        raise UnreadableError("no extractable text in the PDF")
    return [plain_document(path, rel, tier, text)]


def load_passages(path: Path, rel: str, tier: Tier, max_bytes: int) -> list[SourceDocument]:
    """JSON Lines of reference passages: {"id", "title", "text", "source_url_or_path", "license"}."""
    documents = []
    for number, line in enumerate(read_text(path, max_bytes).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            documents.append(SourceDocument(
                id=str(item["id"]), path=f"{rel}#{item['id']}", title=str(item["title"]),
                kind="reference", tier=tier, text=str(item["text"]).strip(),
                credit=credit_for(item), meta={"url": str(item.get("source_url_or_path", ""))},
            ))
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise UnreadableError(f"line {number} is not a passage object ({type(err).__name__})") from err
    return documents


def credit_for(item: dict[str, Any]) -> str:
    where = f"{item.get('title', '')} {item.get('source_url_or_path', '')}".lower()
    if "ninds" in where:
        return NINDS_CREDIT
    if "medlineplus" in where:
        return MEDLINEPLUS_CREDIT
    return str(item.get("license", ""))[:200]


Loader = Callable[[Path, str, Tier, int], list[SourceDocument]]
LOADERS: dict[str, Loader] = {
    ".md": load_markdown, ".markdown": load_markdown, ".txt": load_text,
    ".html": load_html, ".htm": load_html, ".pdf": load_pdf, ".jsonl": load_passages,
}


def source_files(knowledge_dir: Path) -> Iterator[Path]:
    """Every candidate source file, in a stable order (assets and READMEs are not sources)."""
    for path in sorted(knowledge_dir.rglob("*")):
        if path.is_file() and path.name not in IGNORED_NAMES and path.suffix.lower() not in ASSET_SUFFIXES \
                and not any(part.startswith(".") for part in path.relative_to(knowledge_dir).parts):
            yield path


def relative_name(path: Path, knowledge_dir: Path) -> str:
    return (Path(knowledge_dir.name) / path.relative_to(knowledge_dir)).as_posix()


def load_file(path: Path, knowledge_dir: Path, max_bytes: int) -> tuple[list[SourceDocument], list[Dropped]]:
    """Load one file; web-tier documents come back cleaned, with what the cleaner dropped."""
    rel = relative_name(path, knowledge_dir)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise UnreadableError(f"unsupported file type {path.suffix or '(none)'}")
    try:
        documents = loader(path, rel, tier_for(Path(rel)), max_bytes)
    except OSError as err:
        raise UnreadableError(f"cannot read ({err.strerror or type(err).__name__})") from err
    return clean_documents(documents)


def clean_documents(documents: list[SourceDocument]) -> tuple[list[SourceDocument], list[Dropped]]:
    kept: list[SourceDocument] = []
    dropped: list[Dropped] = []
    for doc in documents:
        if doc.tier != "web":
            kept.append(doc)
            continue
        cleaned = clean_web_text(doc.text)
        dropped.extend(Dropped(doc.path, d.text, d.reason) for d in cleaned.dropped)
        if cleaned.sentences:
            kept.append(SourceDocument(**{**doc.__dict__, "text": "\n\n".join(cleaned.sentences)}))
    return kept, dropped
