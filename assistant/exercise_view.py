"""An exercise card as safe HTML: illustration, dose, numbered steps, stop-if list and hold timer.

Every text from the knowledge base is escaped. The illustration is embedded as an `<img>` with a
data URI, so even an SVG that carried a script could not run it (browsers do not run scripts in
images).
"""

from __future__ import annotations

import base64
import html
from functools import lru_cache
from pathlib import Path

from assistant.exercises import Exercise

MAX_SVG_BYTES = 64_000

# Runs in the browser when "Start hold timer" is pressed: counts the card's hold time down in the
# card's timer (role="timer", announced politely to screen readers).
TIMER_JS = """
() => {
  const el = document.querySelector('#exercise-card .hold-timer');
  if (!el) return;
  const total = parseInt(el.dataset.seconds || '0', 10);
  if (!total) return;
  clearInterval(window.backtalkHoldTimer);
  let left = total;
  const show = () => {
    el.textContent = left > 0 ? `Hold: ${left} s left` : 'Done: ease out of the position and rest.';
    el.dataset.state = left > 0 ? 'running' : 'done';
  };
  show();
  window.backtalkHoldTimer = setInterval(() => {
    left -= 1;
    show();
    if (left <= 0) clearInterval(window.backtalkHoldTimer);
  }, 1000);
}
"""


def illustration_path(exercise: Exercise, knowledge_dir: Path) -> Path:
    """The SVG drawn for a card lives beside it: `<card>.svg`."""
    return (knowledge_dir.parent / exercise.path).with_suffix(".svg")


def load_illustration(exercise: Exercise, knowledge_dir: Path) -> bytes | None:
    """The card's SVG bytes, or None when there is none (or it is unreadable or too large)."""
    return _read_svg(illustration_path(exercise, knowledge_dir))


@lru_cache(maxsize=64)  # the panel is drawn on every turn of an exercise conversation
def _read_svg(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    return data if 0 < len(data) <= MAX_SVG_BYTES else None


def card_html(exercise: Exercise, step: int | None = None, illustration: bytes | None = None) -> str:
    """The card; `step` (0-based) marks the step a guided session is on."""
    title = html.escape(exercise.title)
    picture = ""
    if illustration:
        encoded = base64.b64encode(illustration).decode("ascii")
        picture = (f'<img class="exercise-picture" src="data:image/svg+xml;base64,{encoded}" '
                   f'alt="Illustration of the {title}" width="240" height="160">')
    current = ' class="current" aria-current="step"'
    steps = "".join(f"<li{current if i == step else ''}>{html.escape(text)}</li>"
                    for i, text in enumerate(exercise.steps))
    stops = "".join(f"<li>{html.escape(item)}</li>" for item in exercise.section_items("Stop if"))
    stop_block = f'<h4>Stop if</h4><ul class="stop-if">{stops}</ul>' if stops else ""
    progress = f'<p class="progress">Step {step + 1} of {len(exercise.steps)}</p>' if step is not None else ""
    timer = (f'<p class="hold-timer" role="timer" aria-live="polite" data-seconds="{exercise.hold_seconds}" '
             f'data-state="ready">Hold timer: {exercise.hold_seconds} s</p>' if exercise.hold_seconds else "")
    return (
        f'<section class="exercise-card" aria-label="Exercise card: {title}">'
        f"<h3>{title}</h3>{picture}"
        f'<p class="dose">{html.escape(exercise.dose())}</p>{progress}'
        f'<ol class="steps">{steps}</ol>{timer}{stop_block}</section>'
    )
