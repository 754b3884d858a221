"""The model backends against real models: SmolLM2-135M-Instruct in-process (llama-cpp-python) and
through llama-cpp-python's own OpenAI-compatible server on 127.0.0.1."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator

import pytest
from servers import free_port, wait_for_port

from assistant.backends.grounding import CITES
from assistant.backends.model import llama_cpp_chat, openai_chat, packaged_gguf
from assistant.config import Settings
from assistant.conversation import Conversation
from assistant.embeddings import SentenceEmbeddings

QUESTION = [("system", "Answer in one short sentence."), ("user", "What helps a stiff back?")]



@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "llama_cpp.server", "--model", packaged_gguf(),
                             "--host", "127.0.0.1", "--port", str(port), "--n_threads", "1", "--n_ctx", "4096"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_port(proc, port, "llama_cpp.server", 120)
    yield f"http://127.0.0.1:{port}/v1"
    proc.terminate()
    proc.wait(timeout=30)


def assert_grounded(reply) -> None:  # type: ignore[no-untyped-def]
    sources = [p.chunk.text for p in reply.passages]
    assert sources, reply.answer
    for cited in CITES.findall(reply.answer):
        assert 0 < int(cited) <= len(sources)
    assert not re.search(r"\b\d+\s?mg\b", reply.answer)


@pytest.mark.slow
def test_local_model_streams_tokens(kb_settings: Settings) -> None:
    tokens = list(llama_cpp_chat(kb_settings.model_copy(update={"max_tokens": 24}))(QUESTION))
    assert tokens and "".join(tokens).strip()


@pytest.mark.slow
def test_openai_backend_streams_from_a_real_server(kb_settings: Settings, server_url: str) -> None:
    settings = kb_settings.model_copy(update={"backend": "openai", "openai_base_url": server_url, "max_tokens": 24})
    tokens = list(openai_chat(settings)(QUESTION))
    assert tokens and "".join(tokens).strip()


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["local", "openai"])
def test_model_backends_answer_grounded_through_the_chain(
        kb_settings: Settings, embeddings: SentenceEmbeddings, server_url: str, backend: str) -> None:
    from assistant.chain import make_assistant

    settings = kb_settings.model_copy(update={"backend": backend, "openai_base_url": server_url, "max_tokens": 96})
    reply, _ = make_assistant(settings, embeddings).reply("Is heat or ice better for back pain?", Conversation())
    assert_grounded(reply)
    assert reply.triage.level == "self_care"


@pytest.mark.slow
def test_an_unreachable_server_falls_back_to_the_extractive_answer(
        kb_settings: Settings, embeddings: SentenceEmbeddings) -> None:
    from assistant.chain import make_assistant

    dead = f"http://127.0.0.1:{free_port()}/v1"
    settings = kb_settings.model_copy(update={"backend": "openai", "openai_base_url": dead, "generation_timeout": 5})
    reply, _ = make_assistant(settings, embeddings).reply("Is heat or ice better for back pain?", Conversation())
    extractive, _ = make_assistant(kb_settings, embeddings).reply("Is heat or ice better for back pain?", Conversation())
    assert reply.answer == extractive.answer
