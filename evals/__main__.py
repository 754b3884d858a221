"""`make eval`: run every evaluation, print its figures and collect them in evals/report.md.

Each evaluation also draws its chart into evals/out/ (git-ignored); the charts are copied to
docs/eval/ (committed, each under 100 KB), which the report and the README link to. Exit status
is non-zero when any evaluation is below its target.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

EVALS = [  # title, command after `python`, charts it draws in evals/out
    ("Web-text cleaner against hand labels", ["evals/cleaning.py"], []),
    ("Retrieval", ["-m", "evals.retrieval"], ["retrieval_recall.png"]),
    ("Follow-up retrieval", ["-m", "evals.followups"], []),
    ("Grounding of answers", ["-m", "evals.grounding"], ["grounding.png"]),
    ("Red-flag triage", ["-m", "evals.triage"], ["triage_confusion.png"]),
    ("Scope guard on real questions", ["-m", "evals.refusals"], ["refusals.png"]),
    ("Answer latency", ["-m", "evals.bench", "--latency-only"], ["latency.png"]),
]
EXTRA = [("Dense query latency against store size (from `make bench`, `python -m evals.bench --scale`)",
          "scale.png")]
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "evals" / "out"
DOCS = ROOT / "docs" / "eval"
REPORT = ROOT / "evals" / "report.md"
MAX_PNG_BYTES = 100_000


def publish(name: str) -> str:
    """Copy a chart from evals/out to docs/eval; the Markdown image line for the report ('' if missing)."""
    source = OUT / name
    if not source.exists():
        return f"(chart `{name}` was not drawn)\n"
    if source.stat().st_size > MAX_PNG_BYTES:
        print(f"warning: {name} is {source.stat().st_size // 1000} KB, over {MAX_PNG_BYTES // 1000} KB")
    DOCS.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, DOCS / name)
    return f"![{name}](../docs/eval/{name})\n"


def run(title: str, command: list[str], charts: list[str]) -> tuple[str, bool]:
    print(f"== {title}", flush=True)
    result = subprocess.run([sys.executable, *command], capture_output=True, text=True, check=False, cwd=ROOT)
    output = result.stdout.strip() or result.stderr.strip()[-2000:]
    print(output, flush=True)
    status = "meets its targets" if result.returncode == 0 else "BELOW its targets"
    images = "".join(publish(name) for name in charts)
    shown = " ".join(["python", *command])
    section = f"## {title} ({status})\n\n`{shown}`\n\n{images}\n```\n{output}\n```\n"
    return section, result.returncode == 0


def main() -> int:
    sections = [f"# BackTalk evaluation report\n\nGenerated {time.strftime('%Y-%m-%d %H:%M')} by `make eval` "
                "(`python -m evals`). Charts are in `docs/eval/`.\n"]
    failed = []
    for title, command, charts in EVALS:
        section, ok = run(title, command, charts)
        sections.append(section)
        failed += [] if ok else [title]
    for title, name in EXTRA:
        if (OUT / name).exists():
            sections.append(f"## {title}\n\n{publish(name)}")
    REPORT.write_text("\n".join(sections), encoding="utf-8")
    print(f"report written to {REPORT.relative_to(ROOT)}, charts copied to {DOCS.relative_to(ROOT)}"
          + (f"; below target: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
