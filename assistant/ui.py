"""The Gradio chat page: render replies, sources and the triage banner; all logic is in the chain."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

from assistant.conversation import Conversation
from assistant.exercise_view import TIMER_JS, card_html, load_illustration
from assistant.feedback import FeedbackStore, Rated
from assistant.safety import DISCLAIMER, Level, render

if TYPE_CHECKING:
    import gradio as gr

    from assistant.chain import Assistant, Reply
    from assistant.config import Settings

Ratings = dict[int, Rated]  # chat message index -> the answer it belongs to

EXAMPLES = [
    "Why does sitting all day make my lower back ache?",
    "How do I do the kneeling hip flexor stretch?",
    "Is heat or ice better for back pain?",
    "When should I see a doctor about back pain?",
]
BANNERS = {
    Level.EMERGENCY: ("🚨", "Emergency: get help now", "emergency"),
    Level.URGENT: ("⚠️", "See a clinician today", "urgent"),
    Level.PRIMARY_CARE: ("🩺", "Book an appointment with a clinician", "primary"),
    Level.SELF_CARE: ("✅", "No warning signs mentioned so far", "selfcare"),
}
CSS = """
.banner {padding: .6rem 1rem; border-radius: .5rem; font-weight: 600; border: 2px solid;}
.banner.emergency {background: #fde2e1; border-color: #b3261e; color: #410e0b;}
.banner.urgent {background: #fff1d6; border-color: #9a6700; color: #3d2a00;}
.banner.primary {background: #e3ecfd; border-color: #1f4fa3; color: #0d2a5c;}
.banner.selfcare {background: #e6f4ea; border-color: #1e6b34; color: #0b2e16;}
.exercise-card {border: 1px solid #94a3b8; border-radius: .6rem; padding: .8rem 1rem;}
.exercise-card h3 {margin-top: 0;}
.exercise-card .exercise-picture {max-width: 100%; height: auto; display: block; margin: .4rem auto;
  background: #f8fafc; border-radius: .4rem;}
.exercise-card .dose, .exercise-card .hold-timer {font-weight: 600;}
.exercise-card .steps li.current {background: #e0f2f1; outline: 2px solid #0f766e; border-radius: .3rem;}
.exercise-card .steps li.current::before {content: "▶ "; }
.exercise-card .hold-timer {font-size: 1.2rem; color: #0f4f4a;}
@media (max-width: 480px) { .banner {font-size: .95rem;} }
"""


def banner_html(level: Level) -> str:
    icon, words, css = BANNERS[level]
    return f'<div class="banner {css}" role="status" aria-live="polite">{icon} {html.escape(words)}</div>'


def sources_markdown(reply: Reply) -> str:
    """Numbered sources with title, trust tier and the cited text, all escaped."""
    parts = []
    for n, source in enumerate(reply.to_contract()["sources"], start=1):
        section = f" — {html.escape(source['section'])}" if source.get("section") else ""
        credit = f"<br><em>{html.escape(source['credit'])}</em>" if source.get("credit") else ""
        parts.append(
            f"**[{n}] {html.escape(source['title'])}**{section} · {source['tier']} · "
            f"`{html.escape(source['source'])}`<br>{html.escape(source['text'])}{credit}"
        )
    return "\n\n".join(parts)


def messages_for(reply_text: str, reply: Reply | None) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = [{"role": "assistant", "content": html.escape(reply_text, quote=False)}]
    if reply is not None and reply.passages:
        messages.append({"role": "assistant", "content": sources_markdown(reply),
                         "metadata": {"title": f"Sources ({len(reply.passages)})", "status": "done"}})
    return messages


def exercise_panel(assistant: Assistant, conversation: Conversation) -> tuple[str, bool]:
    """The card of the exercise the conversation is on, and whether it has a hold to time; empty
    after an emergency or when the conversation is not about an exercise."""
    if conversation.triage.level is Level.EMERGENCY:
        return "", False
    session, topic = conversation.session, conversation.topic
    exercise_id = session.exercise_id if session else topic.doc_id if topic and topic.kind == "exercise" else ""
    exercise = assistant.exercises.get(exercise_id)
    if exercise is None:
        return "", False
    picture = load_illustration(exercise, assistant.settings.knowledge_dir)
    return card_html(exercise, session.step if session else None, picture), exercise.hold_seconds > 0


def rated_for(reply: Reply, question: str, first_index: int, messages: int) -> Ratings:
    """The chat indexes of one reply's messages (answer, sources), each mapped to what a rating records."""
    rated = Rated(reply.id, tuple(p.chunk.doc_id for p in reply.passages), str(reply.triage.level),
                  question, reply.answer)
    return {first_index + i: rated for i in range(messages)}


def respond(assistant: Assistant, message: str, chat: list[dict[str, Any]], conversation: Conversation,
            ratings: Ratings) -> Iterator[tuple[Any, ...]]:
    """Stream one turn into the chat; state, banner, card and ratings are replaced when it is done."""
    import gradio as gr

    chat = [*chat, {"role": "user", "content": html.escape(message, quote=False)}]
    banner = banner_html(conversation.triage.level)
    for event in assistant.stream(message, conversation):
        if event.reply is None:
            yield [*chat, *messages_for(event.text, None)], conversation, banner, "", gr.skip(), gr.skip(), ratings
            continue
        conversation = event.conversation or conversation
        messages = messages_for(event.text, event.reply)
        card, timed = exercise_panel(assistant, conversation)
        ratings = {**ratings, **rated_for(event.reply, message, len(chat), len(messages))}
        yield ([*chat, *messages], conversation, banner_html(event.reply.triage.level), "", card,
               gr.update(visible=timed), ratings)


def record_feedback(store: FeedbackStore, ratings: Ratings, index: Any, liked: Any) -> str:
    """Store a thumbs up/down for the answer at chat `index`; returns a short confirmation."""
    key = index[0] if isinstance(index, (list, tuple)) else index
    rated = ratings.get(int(key)) if isinstance(key, int) else None
    if rated is None or not isinstance(liked, bool):
        return ""
    store.record(rated, liked)
    return "Thanks for the feedback." if liked else "Thanks: we will use this to improve the answers."


def chat_api(assistant: Assistant, message: str, conversation: Conversation) -> tuple[str, Conversation]:
    """The `/chat` endpoint for gradio_client: one message in, the answer text out (per-session state)."""
    reply, conversation = assistant.reply(message, conversation)
    return reply.answer, conversation


def build_page(assistant: Assistant, feedback: FeedbackStore | None = None) -> gr.Blocks:
    import gradio as gr

    settings = assistant.settings
    feedback = feedback or FeedbackStore.beside(settings.store_dir, keep_text=settings.log_messages)
    with gr.Blocks(title="BackTalk") as page:
        gr.Markdown("# BackTalk\nLearn about low back pain: causes, stretches and exercises, "
                    "and when to see a clinician.")
        notice = render(DISCLAIMER, settings.emergency_number, settings.crisis_line)
        gr.Markdown(f"**{html.escape(notice)}**", elem_id="notice")
        banner = gr.HTML(banner_html(Level.SELF_CARE), elem_id="triage-banner")
        state = gr.State(Conversation())
        ratings = gr.State({})
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=300):
                chatbot = gr.Chatbot(label="BackTalk", height=520, sanitize_html=True, elem_id="chat",
                                     feedback_options=("Like", "Dislike"))
                thanks = gr.Markdown("", elem_id="feedback-thanks")
                with gr.Row():
                    textbox = gr.Textbox(placeholder="Ask about your lower back…", show_label=False, scale=6,
                                         elem_id="message", max_lines=6, label="Your message")
                    send = gr.Button("Send", variant="primary", scale=1, elem_id="send")
                new = gr.Button("New conversation", variant="secondary", elem_id="new-conversation")
                gr.Examples(EXAMPLES, inputs=textbox, label="Try asking")
            with gr.Column(scale=2, min_width=280):
                card = gr.HTML("", elem_id="exercise-card", js_on_load=None)
                timer = gr.Button("Start hold timer", visible=False, elem_id="start-timer")

        def turn(message: str, chat: list[dict[str, Any]], conversation: Conversation,
                 rated: Ratings) -> Iterator[Any]:
            yield from respond(assistant, message, chat, conversation, rated)

        def rate(rated: Ratings, data: gr.LikeData) -> str:
            return record_feedback(feedback, rated, data.index, data.liked)

        # Gradio finds LikeData by resolving the annotation; `gr` is local here, so resolve it now.
        rate.__annotations__["data"] = gr.LikeData

        inputs = [textbox, chatbot, state, ratings]
        outputs = [chatbot, state, banner, textbox, card, timer, ratings]
        textbox.submit(turn, inputs, outputs, api_visibility="private")
        send.click(turn, inputs, outputs, api_visibility="private")
        new.click(lambda: ([], Conversation(), banner_html(Level.SELF_CARE), "", "", gr.update(visible=False), {}),
                  None, outputs, api_visibility="private")
        chatbot.like(rate, [ratings], [thanks], api_visibility="private")
        timer.click(None, None, None, js=TIMER_JS, api_visibility="private")
        api_in, api_out = gr.Textbox(visible=False), gr.Textbox(visible=False)
        api_in.submit(lambda m, c: chat_api(assistant, m, c), [api_in, state], [api_out, state],
                      api_name="chat")
    return cast("gr.Blocks", page)


def auth_pair(settings: Settings) -> tuple[str, str] | None:
    """`BACKTALK_AUTH=user:password` as Gradio's (user, password); None when empty."""
    if not settings.auth:
        return None
    user, _, password = settings.auth.partition(":")
    return user, password


def serve(settings: Settings) -> None:
    """Load everything once, then serve the page on settings.host:settings.port."""
    from assistant.chain import make_assistant

    assistant = make_assistant(settings)
    page = build_page(assistant)
    page.queue(default_concurrency_limit=settings.queue_concurrency)
    login = auth_pair(settings)
    print(f"BackTalk is ready: http://{settings.host}:{settings.port}"
          + (" (login required)" if login else ""), flush=True)
    page.launch(server_name=settings.host, server_port=settings.port, share=False, css=CSS,
                show_error=False, quiet=True, auth=login)
