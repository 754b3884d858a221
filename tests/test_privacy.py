"""Message text stays out of logs and files unless BACKTALK_LOG_MESSAGES=1 asks for it.

Every question carries a marker made fresh for this run, so no file in the repository holds
it. The CLI and the page run as real subprocesses with their own home, temp and working
folders; their stderr (at the default level, and with every logger at DEBUG) and every file
they write there or in the store must be free of the marker.
"""

from __future__ import annotations

import logging
import os
import secrets
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import free_port, wait_for_port

from assistant.config import Settings, load_settings
from assistant.conversation import Conversation
from assistant.embeddings import SentenceEmbeddings

MARKER = f"zebra-marker-{secrets.token_hex(4)}"
QUESTIONS = (
    f"{MARKER} my back hurts, why does sitting all day make it ache?",
    f"walk me through the glute bridge {MARKER}",
    f"{MARKER} I can't feel my bum when I wipe",
)
DEBUG_MAIN = ("import logging, sys; "
              "logging.basicConfig(level=logging.DEBUG, format='%(levelname)s %(name)s: %(message)s'); "
              "from assistant.cli import main; raise SystemExit(main(sys.argv[1:]))")

@dataclass(frozen=True)
class Sandbox:
    """Folders a subprocess may write to (scanned afterwards), its environment, and when it began."""

    roots: tuple[Path, ...]  # home, temp, working folder and store: scanned for written files
    cwd: Path
    logs: Path  # captured output: checked as logs, not scanned as written files
    env: dict[str, str]
    since: float

    def run_cli(self, *args: str, debug: bool = False, **extra: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-c", DEBUG_MAIN] if debug else [sys.executable, "-m", "assistant"]
        return subprocess.run([*command, *args], env={**self.env, **extra}, cwd=self.cwd,
                              capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory, kb_settings: Settings) -> Sandbox:
    root = tmp_path_factory.mktemp("privacy")
    home, tmp, cwd, logs = (root / name for name in ("home", "tmp", "cwd", "logs"))
    for folder in (home, tmp, cwd, logs):
        folder.mkdir()
    env = {key: value for key, value in os.environ.items() if not key.startswith("BACKTALK_")}
    env.update(HOME=str(home), TMPDIR=str(tmp), GRADIO_TEMP_DIR=str(tmp / "gradio"), MPLCONFIGDIR=str(tmp / "mpl"),
               BACKTALK_STORE_DIR=str(kb_settings.store_dir), BACKTALK_KNOWLEDGE_DIR=str(kb_settings.knowledge_dir))
    return Sandbox((home, tmp, cwd, kb_settings.store_dir), cwd, logs, env, time.time() - 1)


def files_holding(text: str, roots: Sequence[Path], since: float) -> list[Path]:
    """Files under `roots` modified since `since` whose bytes contain `text`."""
    needle = text.encode("utf-8")
    return [path for root in roots for path in sorted(root.rglob("*"))
            if path.is_file() and path.stat().st_mtime >= since and needle in path.read_bytes()]


def test_the_scan_finds_the_marker_where_it_was_written(tmp_path: Path) -> None:
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "note.bin").write_bytes(b"\x00" + MARKER.encode() + b"\x00")
    assert files_holding(MARKER, [tmp_path], time.time() - 5) == [tmp_path / "deep" / "er" / "note.bin"]
    assert files_holding(MARKER, [tmp_path], time.time() + 5) == []


@pytest.mark.slow
def test_cli_answers_leave_no_message_text_in_logs_or_files(sandbox: Sandbox) -> None:
    with ThreadPoolExecutor(2) as pool:  # two processes load the model side by side
        plain = pool.submit(sandbox.run_cli, "ask", QUESTIONS[0])
        debug = pool.submit(sandbox.run_cli, "ask", "--json", QUESTIONS[2], debug=True)
    assert plain.result().returncode == 0, plain.result().stderr
    assert debug.result().returncode == 0, debug.result().stderr
    assert plain.result().stdout.strip()  # both were really answered
    assert '"level": "emergency"' in debug.result().stdout
    assert "DEBUG" in debug.result().stderr  # the debug run did log
    assert MARKER not in plain.result().stderr
    assert MARKER not in debug.result().stderr
    assert files_holding(MARKER, sandbox.roots, sandbox.since) == []


@contextmanager
def debug_page(sandbox: Sandbox) -> Iterator[str]:
    """The page started through the CLI with every logger at DEBUG, its output in logs/page.log."""
    port = free_port()
    with (sandbox.logs / "page.log").open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", DEBUG_MAIN, "serve", "--port", str(port)], env=sandbox.env,
                                cwd=sandbox.cwd, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_for_port(proc, port, "the page", 120)
        yield f"http://127.0.0.1:{port}/"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.slow
def test_page_answers_leave_no_message_text_in_logs_or_files(sandbox: Sandbox) -> None:
    from gradio_client import Client

    with debug_page(sandbox) as url:
        client = Client(url, verbose=False)
        try:
            answers = [client.predict(question, api_name="/chat") for question in QUESTIONS]
        finally:
            client.close()
    assert "step 1 of" in answers[1]  # the turns were really answered
    assert "help now" in answers[2]
    output = (sandbox.logs / "page.log").read_text(encoding="utf-8", errors="replace")
    assert "DEBUG" in output
    assert MARKER not in output
    assert files_holding(MARKER, sandbox.roots, sandbox.since) == []


def test_debug_logging_in_process_holds_no_message_text(assistant, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    conversation = Conversation()
    for question in QUESTIONS:
        _, conversation = assistant.reply(question, conversation)
    assert MARKER not in caplog.text
    assert not [r for r in caplog.records if MARKER in repr(r.args) or MARKER in str(r.msg)]


def test_feedback_keeps_message_text_only_when_asked(tmp_path: Path) -> None:
    from assistant.feedback import FeedbackStore, Rated

    for environ, kept in (({}, False), ({"BACKTALK_LOG_MESSAGES": "1"}, True)):
        store = tmp_path / ("kept" if kept else "default")
        feedback = FeedbackStore.beside(store, keep_text=load_settings(environ).log_messages)
        feedback.record(Rated("a1", ("chunk-1",), "self_care", QUESTIONS[0], f"answer to {MARKER}"), liked=False)
        assert len(feedback.rows()) == 1
        assert bool(files_holding(MARKER, [store], 0)) is kept


@pytest.mark.slow
def test_log_messages_puts_message_text_in_the_cli_log(sandbox: Sandbox) -> None:
    result = sandbox.run_cli("ask", QUESTIONS[0], debug=True, BACKTALK_LOG_MESSAGES="1")
    assert result.returncode == 0, result.stderr
    assert MARKER in result.stderr


def test_log_messages_puts_message_text_in_the_log(kb_settings: Settings, embeddings: SentenceEmbeddings,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    from assistant.chain import make_assistant

    caplog.set_level(logging.DEBUG)
    chatty = make_assistant(kb_settings.model_copy(update={"log_messages": True}), embeddings)
    chatty.reply(QUESTIONS[0], Conversation())
    assert MARKER in caplog.text
