"""The chat page in a real browser: Playwright (PyPI) driving Debian's chromium, headless.

The page is served from a subprocess on 127.0.0.1 with a store built from part of the real
knowledge base plus two hostile cards (a `<script>` and an `onerror` attribute), to prove that
knowledge text shows as text and runs nothing. Screenshots go to tests/artifacts/ (git-ignored).
`make test` installs chromium with apt-get when it is missing (`make browser`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import free_port, wait_for_port

from assistant.config import Settings, load_settings
from assistant.embeddings import SentenceEmbeddings

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = Path(os.environ.get("BACKTALK_TEST_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CARDS = ["exercises/kneeling-hip-flexor-stretch", "exercises/glute-bridge", "explainers/sitting-and-back-ache",
         "explainers/hip-flexors-psoas-iliacus", "safety/cauda-equina-warning-signs",
         "safety/when-to-see-a-clinician"]
HOSTILE_EXPLAINER = """---
id: zebra-posture-myth
title: "Zebra posture myth <script>window.__xss = 'title'</script>"
kind: explainer
tags: [zebra, posture]
sources:
  - title: "Test source"
    url: https://example.org/test
reviewed: 2026-11-24
---

# Zebra posture myth

## What the zebra posture myth says

The zebra posture myth says stripes fix backs <script>window.__xss = 'body'</script> which is untrue.
A picture <img src=x onerror="window.__xss = 'onerror'"> of a zebra posture does not help either.
"""
HOSTILE_EXERCISE = """---
id: zebra-wall-slide
title: Zebra wall slide
kind: exercise
tags: [zebra, wall slide]
sources:
  - title: "Test source"
    url: https://example.org/test
reviewed: 2026-11-24
hold_seconds: 5
reps: 2
sets: 1
sides: none
minutes: 1
---

# Zebra wall slide

## Purpose

The zebra wall slide is a test card for safe rendering.

## Steps

1. Stand with your back to a wall <img src=x onerror="window.__xss = 'step'">.
2. Slide down a little <script>window.__xss = 'step2'</script> and hold.
3. Slide back up slowly.

## Hold, reps and sets

Hold for 5 seconds. Do 2 reps.

## Stop if

- You feel sharp pain.
"""


@pytest.fixture(scope="module")
def browser_settings(tmp_path_factory: pytest.TempPathFactory, embeddings: SentenceEmbeddings) -> Settings:
    """A store of a few real cards and the two hostile ones."""
    from assistant.ingestion import ingest

    knowledge = tmp_path_factory.mktemp("browser") / "knowledge"
    for card in CARDS:
        for suffix in (".md", ".svg"):
            source = ROOT / "knowledge" / "cards" / f"{card}{suffix}"
            if source.exists():
                target = knowledge / "cards" / f"{card}{suffix}"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(source, target)
    (knowledge / "cards" / "explainers" / "zebra-posture-myth.md").write_text(HOSTILE_EXPLAINER, encoding="utf-8")
    (knowledge / "cards" / "exercises" / "zebra-wall-slide.md").write_text(HOSTILE_EXERCISE, encoding="utf-8")
    settings = load_settings({}, knowledge_dir=knowledge, store_dir=knowledge.parent / "store")
    ingest(settings, progress=False, embeddings=embeddings)
    return settings


@pytest.fixture(scope="module")
def page_url(browser_settings: Settings) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "BACKTALK_STORE_DIR": str(browser_settings.store_dir),
           "BACKTALK_KNOWLEDGE_DIR": str(browser_settings.knowledge_dir), "BACKTALK_PORT": str(port)}
    env.pop("BACKTALK_LOG_MESSAGES", None)
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(proc, port, "the page", 120)
    yield f"http://127.0.0.1:{port}/"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, page_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.dialogs: list[str] = []  # type: ignore[misc]
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    tab.goto(page_url, wait_until="load")
    tab.locator("#message textarea").wait_for(state="visible", timeout=60_000)
    yield tab
    context.close()


def ask(page: Any, text: str) -> None:
    """Type a message, send it with Enter, and wait until the reply has finished streaming."""
    bots = page.locator("#chat .message-row.bot-row, #chat .bot-row")
    before = bots.count()
    box = page.locator("#message textarea")
    box.fill(text)
    box.press("Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('#chat .bot-row').length > n", arg=before, timeout=60_000)
    page.wait_for_function("() => document.querySelector('#message textarea').value === ''", timeout=60_000)
    page.wait_for_function("() => !document.querySelector('#chat .pending, #chat [aria-busy=\"true\"]')",
                           timeout=60_000)
    page.wait_for_timeout(300)


def chat_text(page: Any) -> str:
    return str(page.locator("#chat").inner_text())


@pytest.mark.slow
def test_a_question_gets_a_cited_answer_with_sources(page: Any) -> None:
    ask(page, "Why does sitting all day make my lower back ache?")
    text = chat_text(page)
    assert "[1]" in text
    assert "sit" in text.lower()
    assert page.get_by_text("Sources (").first.is_visible()
    assert "No warning signs" in page.locator("#triage-banner").inner_text()


@pytest.mark.slow
def test_an_emergency_symptom_shows_the_banner_in_words_not_colour_alone(page: Any) -> None:
    ask(page, "my back hurts and I can't feel anything when I wipe, and I've wet myself")
    banner = page.locator("#triage-banner .banner")
    assert "Emergency" in banner.inner_text()
    assert "🚨" in banner.inner_text()
    assert banner.get_attribute("role") == "status"
    assert "emergency" in chat_text(page).lower()
    ask(page, "ok thanks, how do I do the glute bridge?")
    assert "Emergency" in page.locator("#triage-banner").inner_text()  # the level stays
    assert page.locator("#exercise-card .steps").count() == 0  # no exercise after an emergency


@pytest.mark.slow
def test_a_guided_exercise_walks_step_by_step_on_the_card(page: Any) -> None:
    ask(page, "walk me through the kneeling hip flexor stretch")
    card = page.locator("#exercise-card")
    assert "Kneeling hip flexor stretch" in card.inner_text()
    assert "Step 1 of 8" in card.inner_text()
    assert card.locator("img.exercise-picture").count() == 1
    assert "Illustration" in (card.locator("img.exercise-picture").get_attribute("alt") or "")
    assert "Hold 30 s" in card.inner_text()
    ask(page, "next")
    assert "Step 2 of 8" in card.inner_text()
    current = card.locator("li[aria-current=step]")
    assert current.count() == 1
    assert "left foot" in current.inner_text()
    page.screenshot(path=str(ARTIFACTS / "guided-desktop.png"), full_page=True)


@pytest.mark.slow
def test_the_hold_timer_counts_down(page: Any) -> None:
    ask(page, "show me the glute bridge")
    timer = page.locator("#exercise-card .hold-timer")
    seconds = int(timer.get_attribute("data-seconds") or 0)
    assert seconds > 2
    page.locator("#start-timer").click()
    page.wait_for_function("() => document.querySelector('#exercise-card .hold-timer').dataset.state === 'running'",
                           timeout=5_000)
    page.wait_for_timeout(2_200)
    left = int(timer.inner_text().split()[1])
    assert 0 < left < seconds


@pytest.mark.slow
def test_hostile_knowledge_text_shows_as_text_and_runs_nothing(page: Any) -> None:
    ask(page, "tell me about the zebra posture myth")
    sources = page.get_by_text("Sources (").first
    sources.click()
    page.wait_for_timeout(300)
    text = chat_text(page)
    assert "<script>" in text or "onerror" in text  # shown literally
    ask(page, "walk me through the zebra wall slide")
    card = page.locator("#exercise-card")
    assert "onerror" in card.inner_text()
    assert card.locator("img:not(.exercise-picture)").count() == 0
    assert page.locator("#chat script, #exercise-card script").count() == 0
    assert page.evaluate("() => window.__xss") is None
    assert page.dialogs == []


@pytest.mark.slow
def test_user_html_is_shown_as_text(page: Any) -> None:
    ask(page, 'hello <img src=x onerror="window.__xss = 1"> <b>bold</b> my back aches')
    assert page.evaluate("() => window.__xss") is None
    assert page.locator("#chat b").count() == 0
    assert "<b>bold</b>" in chat_text(page)


@pytest.mark.slow
def test_keyboard_alone_reaches_the_message_box_and_sends(page: Any) -> None:
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.closest('#message') !== null"):
            break
    else:
        pytest.fail("Tab never reached the message box")
    page.keyboard.type("is heat or ice better for back pain?")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelectorAll('#chat .bot-row').length > 0", timeout=60_000)
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id === 'send' || "
                         "document.activeElement.closest('#send') !== null")


@pytest.mark.slow
def test_narrow_screen_fits_without_sideways_scrolling(browser: Any, page_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 780}, is_mobile=True)
    tab = context.new_page()
    tab.goto(page_url, wait_until="load")
    tab.locator("#message textarea").wait_for(state="visible", timeout=60_000)
    ask(tab, "walk me through the glute bridge")
    assert tab.evaluate("() => document.documentElement.scrollWidth") <= 360
    assert tab.locator("#exercise-card .steps").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / "page-360px.png"), full_page=True)
    context.close()


@pytest.mark.slow
def test_desktop_screenshot_and_feedback_is_stored_without_text(page: Any, browser_settings: Settings) -> None:
    ask(page, "what do the hip flexors do?")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-desktop.png"), full_page=True)
    page.locator("#chat button[aria-label='Like']").last.click()
    page.wait_for_function("() => document.querySelector('#feedback-thanks').innerText.includes('Thanks')",
                           timeout=30_000)
    rows = sqlite3.connect(browser_settings.store_dir / "feedback.sqlite3").execute(
        "SELECT answer_id, rating, sources, question, answer FROM feedback").fetchall()
    assert rows, "no feedback row"
    answer_id, rating, sources, question, answer = rows[-1]
    assert rating == 1 and len(answer_id) == 12 and "hip" in sources
    assert question is None and answer is None  # no message text unless BACKTALK_LOG_MESSAGES=1
