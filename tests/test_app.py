"""The chat page, launched in a subprocess and asked through gradio_client over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import free_port, wait_for_port

from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]



@pytest.fixture(scope="module")
def page_url(kb_settings: Settings) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "BACKTALK_STORE_DIR": str(kb_settings.store_dir),
           "BACKTALK_KNOWLEDGE_DIR": str(kb_settings.knowledge_dir), "BACKTALK_PORT": str(port)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    wait_for_port(proc, port, "the page", 120)
    yield url
    proc.terminate()
    proc.wait(timeout=30)


@pytest.mark.slow
def test_page_answers_with_citations_over_http(page_url: str) -> None:
    from gradio_client import Client

    client = Client(page_url, verbose=False)
    answer = client.predict("Why does sitting all day make my lower back ache?", api_name="/chat")
    assert "[1]" in answer
    assert "sit" in answer.lower()


@pytest.mark.slow
def test_page_state_is_per_session(page_url: str) -> None:
    from gradio_client import Client

    worried, other = Client(page_url, verbose=False), Client(page_url, verbose=False)
    first = worried.predict("I've had a fever and chills with my back pain since Tuesday", api_name="/chat")
    follow = worried.predict("ok, what stretch can I do?", api_name="/chat")
    fresh = other.predict("ok, what stretch can I do?", api_name="/chat")
    assert "today" in first.lower()
    assert "today" in follow.lower()  # the urgent level persists for this session
    assert "today" not in fresh.lower()  # and never reaches another session


@pytest.mark.slow
def test_page_shows_the_notice_with_the_configured_number(page_url: str) -> None:
    import httpx

    config = httpx.get(f"{page_url}config", timeout=30).text
    assert "It is not a doctor" in config
    assert "local emergency number" in config
    assert "{emergency_number}" not in config


@pytest.mark.slow
def test_auth_setting_puts_the_page_behind_a_login(kb_settings: Settings) -> None:
    import httpx
    from gradio_client import Client

    port = free_port()
    env = {**os.environ, "BACKTALK_STORE_DIR": str(kb_settings.store_dir), "BACKTALK_AUTH": "ana:correct-horse",
           "BACKTALK_KNOWLEDGE_DIR": str(kb_settings.knowledge_dir), "BACKTALK_PORT": str(port)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for_port(proc, port, "the page", 120)
        url = f"http://127.0.0.1:{port}/"
        assert httpx.get(f"{url}config", timeout=30).status_code in (401, 403)
        with pytest.raises(Exception, match="(?i)login|auth|credentials|401"):
            Client(url, verbose=False, auth=("ana", "wrong"))
        answer = Client(url, verbose=False, auth=("ana", "correct-horse")).predict(
            "what do the hip flexors do?", api_name="/chat")
        assert "[1]" in answer
    finally:
        proc.terminate()
        proc.wait(timeout=30)
