"""The Gradio chat page: render replies, sources and the triage banner; all logic is in the chain."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

from assistant.conversation import Conversation
from assistant.safety import DISCLAIMER, Level, render

if TYPE_CHECKING:
    import gradio as gr

    from assistant.chain import Assistant, Reply
    from assistant.config import Settings

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
    messages: list[dict[str, Any]] = [{"role": "assistant", "content": reply_text}]
    if reply is not None and reply.passages:
        messages.append({"role": "assistant", "content": sources_markdown(reply),
                         "metadata": {"title": f"Sources ({len(reply.passages)})", "status": "done"}})
    return messages


def respond(assistant: Assistant, message: str, chat: list[dict[str, Any]], conversation: Conversation,
            ) -> Iterator[tuple[list[dict[str, Any]], Conversation, str, str]]:
    """Stream one turn into the chat; the conversation state is replaced when the reply is done."""
    chat = [*chat, {"role": "user", "content": message}]
    banner = banner_html(conversation.triage.level)
    for event in assistant.stream(message, conversation):
        if event.reply is None:
            yield [*chat, *messages_for(event.text, None)], conversation, banner, ""
            continue
        conversation = event.conversation or conversation
        yield [*chat, *messages_for(event.text, event.reply)], conversation, \
            banner_html(event.reply.triage.level), ""


def chat_api(assistant: Assistant, message: str, conversation: Conversation) -> tuple[str, Conversation]:
    """The `/chat` endpoint for gradio_client: one message in, the answer text out (per-session state)."""
    reply, conversation = assistant.reply(message, conversation)
    return reply.answer, conversation


def build_page(assistant: Assistant) -> gr.Blocks:
    import gradio as gr

    with gr.Blocks(title="BackTalk") as page:
        gr.Markdown("# BackTalk\nLearn about low back pain: causes, stretches and exercises, "
                    "and when to see a clinician.")
        notice = render(DISCLAIMER, assistant.settings.emergency_number, assistant.settings.crisis_line)
        gr.Markdown(f"**{html.escape(notice)}**", elem_id="notice")
        banner = gr.HTML(banner_html(Level.SELF_CARE), elem_id="triage-banner")
        state = gr.State(Conversation())
        chatbot = gr.Chatbot(label="BackTalk", height=520, sanitize_html=True, elem_id="chat")
        with gr.Row():
            textbox = gr.Textbox(placeholder="Ask about your lower back…", show_label=False, scale=6,
                                 elem_id="message", max_lines=6)
            send = gr.Button("Send", variant="primary", scale=1)
        new = gr.Button("New conversation", variant="secondary")
        gr.Examples(EXAMPLES, inputs=textbox, label="Try asking")

        def turn(message: str, chat: list[dict[str, Any]], conversation: Conversation) -> Iterator[Any]:
            yield from respond(assistant, message, chat, conversation)

        outputs = [chatbot, state, banner, textbox]
        textbox.submit(turn, [textbox, chatbot, state], outputs, api_visibility="private")
        send.click(turn, [textbox, chatbot, state], outputs, api_visibility="private")
        new.click(lambda: ([], Conversation(), banner_html(Level.SELF_CARE), ""), None, outputs,
                  api_visibility="private")
        api_in, api_out = gr.Textbox(visible=False), gr.Textbox(visible=False)
        api_in.submit(lambda m, c: chat_api(assistant, m, c), [api_in, state], [api_out, state],
                      api_name="chat")
    return cast("gr.Blocks", page)


def serve(settings: Settings) -> None:
    """Load everything once, then serve the page on settings.host:settings.port."""
    from assistant.chain import make_assistant

    assistant = make_assistant(settings)
    page = build_page(assistant)
    page.queue(default_concurrency_limit=4)
    print(f"BackTalk is ready: http://{settings.host}:{settings.port}", flush=True)
    page.launch(server_name=settings.host, server_port=settings.port, share=False, css=CSS,
                show_error=False, quiet=True)
