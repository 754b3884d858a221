"""The only place that wires concrete parts together: safety first, then guide or retrieve+compose.

Per turn: clean the message -> triage (fail-safe) -> scope guard -> the fixed safety text for
the level -> a guided-exercise step, or retrieval and an answer (a LangChain Runnable) -> the
next conversation state. Nothing follows an emergency message, and fixed safety texts never
pass through a model.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from langchain_core.runnables import Runnable, RunnableGenerator

from assistant import guide
from assistant.backends import Answer, AnswerRequest, Backend, make_backend
from assistant.backends.extractive import ExtractiveBackend
from assistant.config import Settings
from assistant.conversation import (
    Conversation,
    Topic,
    asks_about_current_exercise,
    clean_message,
    folded,
    is_not_english,
    retrieval_query,
    wants_exercise,
)
from assistant.embeddings import SentenceEmbeddings, open_embeddings
from assistant.exercises import Exercise, exercises_from_chunks
from assistant.knowledge.documents import Chunk
from assistant.retrieval import Filters, Passage, Retriever, open_retriever
from assistant.safety import (
    EMPTY_MESSAGE,
    NOT_ENGLISH,
    TRIAGE_FAILED,
    Level,
    Triage,
    Screener,
    Triager,
    check_output,
    check_scope,
    render,
    safety_message,
)
from assistant.store import live_collection, open_client

log = logging.getLogger("backtalk")
EXERCISE_FLOOR = 0.35
STANDALONE_SIMILARITY = 0.6  # a follow-up this close to a passage by itself has changed topic


@dataclass(frozen=True)
class Reply:
    """One assistant turn, as the JSON contract describes it."""

    answer: str
    triage: Triage
    refused: bool
    passages: tuple[Passage, ...]
    latency_ms: float
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    mode: str = "answer"  # answer | guide | refusal | safety | empty (not part of the JSON contract)

    def to_contract(self) -> dict[str, Any]:
        return {
            "answer": self.answer,
            "triage": {"level": str(self.triage.level), "flags": list(self.triage.flags)},
            "refused": self.refused,
            "sources": [source_entry(p) for p in self.passages],
            "latency_ms": round(self.latency_ms, 1),
        }


def source_entry(passage: Passage) -> dict[str, str]:
    c = passage.chunk
    entry = {"id": c.id, "title": c.title, "source": c.path, "text": c.text, "tier": c.tier}
    entry.update({k: v for k, v in (("section", c.section), ("credit", c.credit)) if v})
    return entry


@dataclass(frozen=True)
class Event:
    """A streamed piece of a reply (the text so far); the last one carries the Reply and next state."""

    text: str
    reply: Reply | None = None
    conversation: Conversation | None = None


@dataclass(frozen=True)
class Body:
    text: str
    passages: tuple[Passage, ...] = ()
    session: guide.Session | None = None
    topic: Topic | None = None
    mode: str = "answer"


def make_rag(retriever: Retriever, backend: Backend, top_k: int) -> Runnable[Any, Any]:
    """retrieve -> compose as one LangChain Runnable streaming the AnswerRequest, text pieces, then the Answer."""

    def retrieve(request: dict[str, Any]) -> AnswerRequest:
        """Search the query in context; a follow-up that stands on its own is searched as it is."""
        filters = request.get("filters", Filters())
        passages = retriever.search(request["query"], k=top_k, filters=filters)
        if request["query"] != request["question"]:
            alone = retriever.search(request["question"], k=top_k, filters=filters)
            if alone and passages and alone[0].similarity >= max(STANDALONE_SIMILARITY, passages[0].similarity):
                passages = alone
        return AnswerRequest(request["question"], passages, request.get("history", ()))

    def rag(requests: Iterator[dict[str, Any]]) -> Iterator[Any]:
        for request in requests:
            answer_request = retrieve(request)
            yield answer_request
            yield from backend.generate(answer_request)

    return RunnableGenerator(rag)


def as_passages(chunks: tuple[Chunk, ...]) -> tuple[Passage, ...]:
    return tuple(Passage(c, score=0.0, similarity=1.0) for c in chunks)


class Assistant:
    """Answers one turn of one conversation; holds no per-conversation state itself."""

    def __init__(self, settings: Settings, retriever: Retriever, triager: Triager, backend: Backend,
                 fallback: ExtractiveBackend | None = None) -> None:
        self.settings = settings
        self.fallback = fallback or extractive_of(backend) or ExtractiveBackend(retriever.embeddings,
                                                                                settings.min_relevance)
        self.backend = backend
        self.retriever = retriever
        self.triager = triager
        self.exercises: dict[str, Exercise] = exercises_from_chunks(retriever.chunks)
        self.titles = frozenset(folded(c.title) for c in retriever.chunks if c.tier == "curated")
        self.rag = make_rag(retriever, backend, settings.top_k)

    def assess(self, message: str, conversation: Conversation) -> tuple[Triage, str]:
        """Triage that fails safe: an error raises the level to at least primary care."""
        try:
            triage = self.triager.assess(message, conversation.triage)
        except Exception:
            log.exception("triage failed; failing safe")
            previous = conversation.triage
            level = max(previous.level, Level.PRIMARY_CARE, key=lambda lv: lv.rank)
            failed = render(TRIAGE_FAILED, self.settings.emergency_number, self.settings.crisis_line)
            return replace(previous, level=level), failed
        return triage, safety_message(triage, self.settings.emergency_number, self.settings.crisis_line)

    def stream(self, message: str, conversation: Conversation) -> Iterator[Event]:
        """Stream one reply; the last event carries the finished Reply and the next conversation."""
        started = time.perf_counter()
        text, note = clean_message(message, self.settings.max_message_chars)
        if not text:
            reply = Reply(EMPTY_MESSAGE, conversation.triage, False, (), elapsed_ms(started), mode="empty")
            yield Event(reply.answer, reply, conversation)
            return
        triage, safety = self.assess(text, conversation)
        scope = check_scope(text)
        head = "\n\n".join(part for part in (note, safety) if part)
        if head:
            yield Event(head)
        if triage.level == Level.EMERGENCY:
            body = Body("", mode="safety")
        elif is_not_english(text):  # red-flag screening above was still attempted
            body = Body(render(NOT_ENGLISH, self.settings.emergency_number), mode="refusal")
        elif scope.refused:
            body = Body(scope.reply, session=conversation.session, mode="refusal")
        else:
            body = yield from self.answer(text, conversation, triage, head)
        answer = "\n\n".join(part for part in (head, body.text) if part)
        reply = Reply(answer, triage, scope.refused, body.passages, elapsed_ms(started), mode=body.mode)
        log.info("reply %s: level %s, mode %s, %d sources, %.0f ms", reply.id, triage.level, body.mode,
                 len(body.passages), reply.latency_ms)
        if self.settings.log_messages:  # BACKTALK_LOG_MESSAGES=1: message text in the log, never by default
            log.info("reply %s to message %r", reply.id, text)
        yield Event(answer, reply, conversation.after(message, answer, triage, body.session, body.topic))

    def answer(self, text: str, conversation: Conversation, triage: Triage, head: str,
               ) -> Generator[Event, None, Body]:
        guided = self.guided_reply(text, conversation, triage)
        if guided is not None:
            return guided
        return (yield from self.retrieve_and_compose(text, conversation, head))

    def guided_reply(self, text: str, conversation: Conversation, triage: Triage) -> Body | None:
        """A guided-session or routine reply, or None when the message is a question for retrieval."""
        session = conversation.session
        intent = guide.read_intent(text, in_session=session is not None)
        current = self.exercises.get(session.exercise_id if session else (conversation.topic or Topic("", "")).doc_id)
        if intent == guide.Intent.PAIN and current is not None:
            return self.body(guide.stop_for_pain(current), current)
        if session is not None and current is not None and intent in {
                guide.Intent.NEXT, guide.Intent.BACK, guide.Intent.REPEAT, guide.Intent.STOP}:
            return self.body(guide.advance(current, session, intent), current)
        if intent not in {guide.Intent.START, guide.Intent.ROUTINE}:
            return None
        if triage.level.rank >= Level.URGENT.rank:
            return Body(guide.NOT_NOW, mode="safety")
        if intent == guide.Intent.ROUTINE:
            picks = self.find_exercises(text, floor=0.0)  # a routine wants several, loosely matched
            return self.body(guide.build_routine(picks, guide.minutes_asked(text)), None) if picks else None
        found = self.find_exercises(text)[:1] or ([current] if current else [])
        return self.body(guide.start(found[0]), found[0]) if found else None

    def body(self, reply: guide.GuideReply, exercise: Exercise | None) -> Body:
        topic = Topic(exercise.id, exercise.title, "exercise") if exercise else None
        return Body(reply.text, as_passages(reply.cited), reply.session, topic, mode="guide")

    def find_exercises(self, text: str, floor: float = EXERCISE_FLOOR) -> list[Exercise]:
        passages = self.retriever.search(text, k=12, filters=Filters(kinds=("exercise",)))
        ids = dict.fromkeys(p.chunk.doc_id for p in passages if p.similarity >= floor)
        return [self.exercises[i] for i in ids if i in self.exercises]

    def retrieve_and_compose(self, text: str, conversation: Conversation, head: str,
                             ) -> Generator[Event, None, Body]:
        request = {"question": text, "query": retrieval_query(text, conversation, self.titles),
                   "history": conversation.history,
                   "filters": self.filters_for(text, conversation)}
        body, answered = "", None
        passages: tuple[Passage, ...] = ()
        for piece in self.rag.stream(request):
            if isinstance(piece, AnswerRequest):
                answered = piece
                passages = tuple(piece.passages)
            elif isinstance(piece, Answer):
                piece = self.guarded(piece, answered)
                cited = tuple(passages[n - 1] for n in piece.cited)
                best = max(cited, key=lambda p: p.similarity, default=None)
                topic = Topic(best.chunk.doc_id, best.chunk.title, best.chunk.kind) if best else None
                return Body(renumber(piece), cited, conversation.session, topic)
            else:
                body += piece
                yield Event("\n\n".join(p for p in (head, body) if p))
        return Body(body, (), conversation.session)

    def filters_for(self, text: str, conversation: Conversation) -> Filters:
        if asks_about_current_exercise(text, conversation, self.titles):
            assert conversation.topic is not None
            return Filters(doc_ids=(conversation.topic.doc_id,))
        return Filters(kinds=("exercise",)) if wants_exercise(text, conversation) else Filters()

    def guarded(self, answer: Answer, request: AnswerRequest | None) -> Answer:
        """Generated text with a dose, a diagnosis or a cure promise is replaced by the extractive answer.
        An extractive answer is its own fallback (sentences of reviewed cards), so it is not checked."""
        if self.backend is self.fallback:
            return answer
        violations = check_output(answer.text)
        if not violations or request is None:
            return answer
        log.warning("answer replaced by the extractive one: %s", ", ".join(violations))
        return self.fallback.answer(request)

    def reply(self, message: str, conversation: Conversation) -> tuple[Reply, Conversation]:
        """The whole reply at once, and the conversation after it."""
        *_, last = self.stream(message, conversation)
        assert last.reply is not None and last.conversation is not None
        return last.reply, last.conversation


def extractive_of(backend: Backend) -> ExtractiveBackend | None:
    """The extractive backend a backend is or falls back to, if any."""
    if isinstance(backend, ExtractiveBackend):
        return backend
    fallback = getattr(backend, "fallback", None)
    return fallback if isinstance(fallback, ExtractiveBackend) else None


def renumber(answer: Answer) -> str:
    """Citations [n] of the full passage list become [1..m] of the cited passages only."""
    text = answer.text
    for new, old in enumerate(answer.cited, start=1):
        text = text.replace(f"[{old}]", f"[\x00{new}]")
    return text.replace("[\x00", "[")


def elapsed_ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def make_assistant(settings: Settings, embeddings: SentenceEmbeddings | None = None) -> Assistant:
    """Open the store, the retriever, the triager and the backend named in settings."""
    embeddings = embeddings or open_embeddings(settings)
    client = open_client(settings)
    retriever = open_retriever(live_collection(client, settings.collection), embeddings,
                               settings.exact_search_limit)
    screener = Screener.load() if settings.triage_screener else None
    return Assistant(settings, retriever, Triager(embeddings, screener), make_backend(settings, embeddings))
