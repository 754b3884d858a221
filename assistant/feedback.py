"""Thumbs up/down per answer, kept in SQLite beside the store.

A row holds the answer id, the cited source ids, the rating and the time; the message texts are
stored only when `BACKTALK_LOG_MESSAGES=1`. SQLite in WAL mode lets several page workers write.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

FILENAME = "feedback.sqlite3"
SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    sources TEXT NOT NULL,
    level TEXT NOT NULL,
    created REAL NOT NULL,
    question TEXT,
    answer TEXT
)
"""

# answer id, rating, sources, level, time, question, answer
Row = tuple[str, int, list[str], str, float, str | None, str | None]


@dataclass(frozen=True)
class Rated:
    """One answer as the feedback store sees it."""

    answer_id: str
    sources: tuple[str, ...]
    level: str
    question: str = ""
    answer: str = ""


@dataclass(frozen=True)
class Summary:
    up: int
    down: int
    by_source: tuple[tuple[str, int, int], ...]  # (source id, up, down), most rated first
    last: float | None

    def render(self) -> str:
        """The text `backtalk feedback` prints."""
        total = self.up + self.down
        if not total:
            return "No feedback yet."
        share = 100 * self.up / total
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.last)) if self.last else "never"
        lines = [f"{total} ratings: {self.up} helpful, {self.down} not helpful ({share:.0f} % helpful); "
                 f"last at {when}.", "", "Most rated sources (up / down):"]
        lines += [f"  {up:>4} / {down:<4} {source}" for source, up, down in self.by_source[:10]]
        return "\n".join(lines)


class FeedbackStore:
    """Opens a connection per call, so it is safe to share between Gradio worker threads."""

    def __init__(self, path: Path, keep_text: bool = False) -> None:
        self.path = path
        self.keep_text = keep_text

    @classmethod
    def beside(cls, store_dir: Path, keep_text: bool = False) -> FeedbackStore:
        return cls(store_dir / FILENAME, keep_text)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=10)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(SCHEMA)
        return connection

    def record(self, rated: Rated, liked: bool) -> None:
        text = (rated.question, rated.answer) if self.keep_text else (None, None)
        with self._connect() as connection:
            connection.execute(
                "INSERT INTO feedback VALUES (?, ?, ?, ?, ?, ?, ?)",
                (rated.answer_id, 1 if liked else -1, json.dumps(list(rated.sources)), rated.level,
                 time.time(), *text),
            )
        connection.close()

    def rows(self) -> list[Row]:
        if not self.path.exists():
            return []
        with self._connect() as connection:
            found = connection.execute("SELECT * FROM feedback ORDER BY created").fetchall()
        connection.close()
        return [(a, r, json.loads(s), lv, c, q, t) for a, r, s, lv, c, q, t in found]

    def summary(self) -> Summary:
        return summarise(self.rows())


def summarise(rows: Sequence[Row]) -> Summary:
    """Counts overall and per cited source (a pure function of the rows)."""
    per: dict[str, list[int]] = {}
    for _, rating, sources, *_ in rows:
        for source in dict.fromkeys(sources):
            counts = per.setdefault(source, [0, 0])
            counts[0 if rating > 0 else 1] += 1
    by_source = sorted(((s, up, down) for s, (up, down) in per.items()), key=lambda r: (-(r[1] + r[2]), r[0]))
    return Summary(
        up=sum(1 for row in rows if row[1] > 0), down=sum(1 for row in rows if row[1] < 0),
        by_source=tuple(by_source), last=rows[-1][4] if rows else None,
    )
