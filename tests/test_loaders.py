from __future__ import annotations

from pathlib import Path

import pytest

from assistant.knowledge.loaders import UnreadableError, load_file, tier_for


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a correct cross-reference table, written by hand."""
    stream = f"BT /F1 18 Tf 20 80 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def write(root: Path, name: str, content: bytes | str) -> Path:
    path = root / "knowledge" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


@pytest.mark.parametrize(("rel", "tier"), [
    ("knowledge/cards/exercises/a.md", "curated"), ("knowledge/reference/r.jsonl", "reference"),
    ("knowledge/web/a.txt", "web"), ("knowledge/a.txt", "web"),
])
def test_tier_comes_from_the_top_folder(rel: str, tier: str) -> None:
    assert tier_for(Path(rel)) == tier


def test_markdown_card_keeps_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "cards/x.md", "---\nid: x\ntitle: X card\nkind: exercise\ntags: [Hips]\n---\n# X\nBody.")
    [doc], dropped = load_file(path, tmp_path / "knowledge", 10_000)
    assert (doc.id, doc.title, doc.kind, doc.tier, doc.tags) == ("x", "X card", "exercise", "curated", ("hips",))
    assert dropped == []


def test_html_markup_and_scripts_are_stripped(tmp_path: Path) -> None:
    page = "<html><title>Heat</title><script>alert(1)</script><p>Heat can ease <b>back</b> pain.</p></html>"
    path = write(tmp_path, "reference/heat.html", page)
    [doc], _ = load_file(path, tmp_path / "knowledge", 10_000)
    assert doc.title == "Heat"
    assert "alert" not in doc.text
    assert "Heat can ease" in doc.text


def test_pdf_text_is_extracted(tmp_path: Path) -> None:
    path = write(tmp_path, "reference/walk.pdf", minimal_pdf("Walking helps back pain."))
    [doc], _ = load_file(path, tmp_path / "knowledge", 10_000)
    assert "Walking helps back pain." in doc.text


def test_reference_passages_carry_their_credit(tmp_path: Path) -> None:
    line = '{"id": "p1", "title": "Back Pain (MedlinePlus)", "text": "Most back pain gets better.", "source_url_or_path": "https://medlineplus.gov"}'
    path = write(tmp_path, "reference/p.jsonl", line + "\n")
    [doc], _ = load_file(path, tmp_path / "knowledge", 10_000)
    assert doc.path.endswith("p.jsonl#p1")
    assert "MedlinePlus" in doc.credit


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"  \n", "empty"),
    ("binary.txt", b"abc\x00\x01\x02", "binary"),
    ("latin1.txt", "caf\xe9 au lait".encode("latin-1"), "UTF-8"),
    ("broken.pdf", b"%PDF-1.4 this is not really a pdf", "PDF"),
    ("big.txt", b"x" * 20_000, "limit"),
    ("notes.docx", b"PK\x03\x04", "unsupported"),
    ("bad.jsonl", b"{not json}\n", "line 1"),
    ("front.md", b"---\nid: [unclosed\n---\nBody", "front matter"),
])
def test_unreadable_files_give_a_one_line_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path, f"web/{name}", content)
    with pytest.raises(UnreadableError, match=reason) as err:
        load_file(path, tmp_path / "knowledge", 10_000)
    assert "\n" not in str(err.value)


def test_web_text_is_cleaned_and_drops_are_reported(tmp_path: Path) -> None:
    text = ("Walking every day can help many people with back pain feel better over time. "
            "Click here to buy our amazing ebook and fix your back forever! ")
    path = write(tmp_path, "web/article.txt", text)
    [doc], dropped = load_file(path, tmp_path / "knowledge", 10_000)
    assert "Walking every day" in doc.text
    assert "ebook" not in doc.text
    assert any("ebook" in d.text for d in dropped)
