"""`make eval`: run every evaluation, print its figures and collect them in evals/report.md.

Exit status is non-zero when any evaluation is below its target.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

EVALS = [
    ("Web-text cleaner against hand labels", "evals/cleaning.py", []),
    ("Retrieval", "-m", ["evals.retrieval"]),
    ("Follow-up retrieval", "-m", ["evals.followups"]),
    ("Grounding of answers", "-m", ["evals.grounding"]),
    ("Red-flag triage", "-m", ["evals.triage"]),
]
REPORT = Path(__file__).resolve().parent / "report.md"


def main() -> int:
    sections, failed = [f"# BackTalk evaluation report\n\nGenerated {time.strftime('%Y-%m-%d %H:%M')} "
                        "by `make eval`.\n"], []
    for title, first, rest in EVALS:
        print(f"== {title}", flush=True)
        result = subprocess.run([sys.executable, first, *rest], capture_output=True, text=True, check=False)
        output = result.stdout.strip() or result.stderr.strip()[-2000:]
        print(output, flush=True)
        status = "meets its targets" if result.returncode == 0 else "BELOW its targets"
        failed += [title] if result.returncode else []
        sections.append(f"## {title} ({status})\n\n```\n{output}\n```\n")
    REPORT.write_text("\n".join(sections), encoding="utf-8")
    print(f"report written to {REPORT}" + (f"; below target: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
