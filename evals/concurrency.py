"""Fifty conversations at once against one chat page: `python -m evals.concurrency` (after `make ingest`).

    .venv/bin/python -m evals.concurrency [--queue-concurrency N] [--client-timeout SECONDS]

Starts the page (app.py) on a free loopback port over the store named by the BACKTALK_*
environment, opens one gradio_client per conversation, and sends every conversation's turns
from its own thread, all starting together. Each conversation is multi-turn and distinct so
that cross-talk would show: guided exercise sessions ("next" must give step 2 of *that*
exercise), emergency and urgent symptoms (later turns keep their level, the others stay
self-care) and questions with follow-ups (answers depend on the conversation's own topic).

Every reply is compared with the same conversation answered alone, in this process, by the
same assistant over the same store: a reply that is another conversation's is cross-talk; one
that is nobody's differs from what the conversation would get alone. Prints conversations,
turns, errors, cross-talk, latency per turn (client side, queue wait included), wall time and
the page's queue concurrency. Exits 1 on any error, cross-talk, reply unlike the conversation
answered alone, or wrong triage level or guided step.
"""

from __future__ import annotations

import argparse
import itertools
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from assistant.config import Settings

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "evals" / "out"
SELF_CARE = "self_care"
STEP = re.compile(r"\*\*(.+?): step (\d+) of \d+\*\*")
EMERGENCIES = (
    "I suddenly can't feel my bum when I wipe and I can't pee",
    "my legs went weak this morning and they keep giving way",
    "sudden tearing pain in my back and tummy and I feel faint",
    "I fell off a ladder and now both my legs are numb",
    "I wet myself without noticing and my back is agony",
    "numbness between my legs and I can't control my bowels",
    "I was in a car crash and now I can't feel my legs",
    "I have lost feeling in the saddle area and lost bladder control",
    "both my legs have gone numb and weak in the last hour",
    "crushing pain in my back, I'm sweaty and I think I'm about to pass out",
)
URGENT = (
    "I've had a fever and chills with my back pain since Tuesday",
    "my back hurts and I've had night sweats and a temperature for three days",
    "I inject drugs and now I have back pain and a fever",
    "I had a back operation last week and now I have a fever and my back is worse",
    "I'm on long-term steroid tablets and now I have back pain with a high temperature",
)
AFTER_EMERGENCY = ("what stretch can I do?", "walk me through the glute bridge")  # both must stay safety-only
AFTER_URGENT = ("walk me through the glute bridge", "ok, what stretch can I do?")  # no guided session, still urgent
QUESTIONS = (  # (question, follow-up); the follow-up is answered in the light of the question
    ("Why does sitting all day make my lower back ache?", "what can I do about it at work?"),
    ("Is heat or ice better for back pain?", "how long should I use it for?"),
    ("what is sciatica?", "how long does it usually last?"),
    ("how long does back pain usually last?", "what if it keeps coming back?"),
    ("what's the best sleeping position for a sore back?", "what about pillows?"),
    ("how should I lift heavy boxes?", "should I bend my knees?"),
    ("what does the psoas do?", "how do I stretch it?"),
    ("why do my glutes matter for my back?", "how do I strengthen them?"),
    ("what are the core muscles?", "how do I train them?"),
    ("what is anterior pelvic tilt?", "how do I fix it?"),
    ("is bed rest the best thing for back pain?", "what about scans?"),
    ("should I stay active when my back hurts?", "is swimming ok?"),
    ("when can I go back to work after a back injury?", "what if my job is physical?"),
    ("can stress make back pain worse?", "does poor sleep matter too?"),
    ("how do I set up my desk to protect my back?", "how often should I take breaks?"),
)
EXERCISE_QUESTIONS = (  # (question, follow-up, exercise title); then "walk me through it" guides that card
    ("How do I do the bird dog exercise?", "which muscles does it work?", "Bird dog"),
    ("How do I do a glute bridge?", "how many reps should I do?", "Glute bridge"),
    ("What is the cat-cow exercise?", "how often should I do it?", "Cat-cow"),
    ("how do I do the dead bug?", "is there an easier version?", "Dead bug"),
    ("How do I do the child's pose?", "how long should I stay in it?", "Child's pose"),
)
FOLLOW_STEP = {"next": 3, "back": 1, "repeat": 2}  # third turn of a guided session: the step it shows


@dataclass(frozen=True)
class Script:
    """One conversation and what each reply must show: its triage level and guided step."""

    name: str
    kind: str
    turns: tuple[str, ...]
    levels: tuple[str, ...]
    steps: tuple[str, ...]  # "Glute bridge: step 2", or "" when no guided step may appear


@dataclass(frozen=True)
class Turn:
    script: str
    index: int
    answer: str
    latency_ms: float
    error: str = ""


@dataclass(frozen=True)
class Run:
    turns: tuple[Turn, ...]
    wall_s: float
    connect_s: float


@dataclass(frozen=True)
class Findings:
    errors: list[str] = field(default_factory=list)
    cross_talk: list[str] = field(default_factory=list)  # another conversation's reply, not its own
    unlike_alone: list[str] = field(default_factory=list)  # neither its own reply alone nor anyone else's
    wrong: list[str] = field(default_factory=list)  # wrong triage level or guided step

    def failed(self) -> bool:
        return bool(self.errors or self.cross_talk or self.unlike_alone or self.wrong)


def make_scripts(exercise_titles: Sequence[str]) -> tuple[Script, ...]:
    """Fifty distinct conversations of three turns: guided, emergency, urgent and questions."""
    none = ("", "", "")
    guided = [Script(f"guide {title}", "guided", (f"walk me through the {title.lower()}", "next", follow),
                     (SELF_CARE,) * 3, (f"{title}: step 1", f"{title}: step 2", f"{title}: step {FOLLOW_STEP[follow]}"))
              for title, follow in zip(exercise_titles, itertools.cycle(FOLLOW_STEP), strict=False)]
    emergency = [Script(f"emergency {n}", "emergency", (said, *AFTER_EMERGENCY), ("emergency",) * 3, none)
                 for n, said in enumerate(EMERGENCIES)]
    urgent = [Script(f"urgent {n}", "urgent", (said, *AFTER_URGENT), ("urgent",) * 3, none)
              for n, said in enumerate(URGENT)]
    asked = [Script(f"question {n}", "question", (question, follow, "what stretch can I do?"), (SELF_CARE,) * 3, none)
             for n, (question, follow) in enumerate(QUESTIONS)]
    exercise = [Script(f"exercise {title}", "question", (question, follow, "walk me through it"), (SELF_CARE,) * 3,
                       ("", "", f"{title}: step 1")) for question, follow, title in EXERCISE_QUESTIONS]
    return (*guided, *emergency, *urgent, *asked, *exercise)


def answer_alone(assistant: Any, scripts: Sequence[Script]) -> dict[str, tuple[str, ...]]:
    """Each conversation answered by itself, one turn after another: what the page must reproduce."""
    from assistant.conversation import Conversation

    answers = {}
    for script in scripts:
        conversation, texts = Conversation(), []
        for message in script.turns:
            reply, conversation = assistant.reply(message, conversation)
            texts.append(reply.answer)
        answers[script.name] = tuple(texts)
    return answers


def level_heads(emergency_number: str, crisis_line: str) -> dict[str, str]:
    """The fixed text each non-self-care reply starts with, by level."""
    from assistant.safety import Level, Triage, safety_message

    return {safety_message(Triage(level, (), ()), emergency_number, crisis_line): str(level)
            for level in Level if level != Level.SELF_CARE}


def level_of(answer: str, heads: Mapping[str, str]) -> str:
    return next((level for head, level in heads.items() if answer.startswith(head)), SELF_CARE)


def step_of(answer: str) -> str:
    found = STEP.search(answer)
    return f"{found.group(1)}: step {found.group(2)}" if found else ""


def converse(url: str, script: Script, start: threading.Barrier, timeout: float | None) -> list[Turn]:
    """One client, one conversation: connect, wait for the others, then send the turns in order."""
    from gradio_client import Client

    try:
        client = Client(url, verbose=False, httpx_kwargs={"timeout": timeout} if timeout else None)
    except Exception as err:
        start.abort()
        return [Turn(script.name, 0, "", 0.0, f"connect: {type(err).__name__}: {err}")]
    try:
        start.wait(timeout=300)
        return list(send_turns(client, script))
    except threading.BrokenBarrierError:
        return [Turn(script.name, 0, "", 0.0, "start: another conversation could not connect")]
    finally:
        client.close()


def send_turns(client: Any, script: Script) -> Iterator[Turn]:
    for index, message in enumerate(script.turns):
        started = time.perf_counter()
        try:
            answer, error = str(client.predict(message, api_name="/chat")), ""
        except Exception as err:
            answer, error = "", f"{type(err).__name__}: {err}"
        yield Turn(script.name, index, answer, (time.perf_counter() - started) * 1000, error)
        if error:
            return  # the session state after a failed turn is unknown


def run_at_once(url: str, scripts: Sequence[Script], timeout: float | None = None) -> Run:
    """Every conversation from its own thread and client, all released together.

    `timeout` is the clients' HTTP timeout in seconds; None keeps gradio_client's defaults
    (httpx's 5 s for joining the queue)."""
    clock = {"connected": 0.0}
    began = time.perf_counter()

    def released() -> None:
        clock["connected"] = time.perf_counter()

    start = threading.Barrier(len(scripts), action=released)
    with ThreadPoolExecutor(max_workers=len(scripts)) as pool:
        results = list(pool.map(lambda script: converse(url, script, start, timeout), scripts))
    ended = time.perf_counter()
    connected = clock["connected"] or ended
    return Run(tuple(t for turns in results for t in turns), ended - connected, connected - began)


def check(scripts: Sequence[Script], run: Run, alone: Mapping[str, tuple[str, ...]],
          heads: Mapping[str, str]) -> Findings:
    """Errors, replies that are another conversation's or unlike the conversation alone, wrong levels or steps."""
    findings = Findings()
    owners: dict[str, list[str]] = {}
    for name, texts in alone.items():
        for index, text in enumerate(texts):
            owners.setdefault(text, []).append(f"{name}, turn {index + 1}")
    answered = {(t.script, t.index): t for t in run.turns}
    for script in scripts:
        for index, message in enumerate(script.turns):
            turn = answered.get((script.name, index))
            where = f"{script.name}, turn {index + 1} ({message!r})"
            if turn is None or turn.error:
                findings.errors.append(f"{where}: {turn.error if turn else 'not sent'}")
                continue
            if turn.answer != alone[script.name][index] and turn.answer in owners:
                findings.cross_talk.append(f"{where}: got the reply of {'; '.join(owners[turn.answer])}")
            elif turn.answer != alone[script.name][index]:
                findings.unlike_alone.append(f"{where}: {turn.answer[:100]!r}; alone: "
                                             f"{alone[script.name][index][:100]!r}")
            level, step = level_of(turn.answer, heads), step_of(turn.answer)
            if (level, step) != (script.levels[index], script.steps[index]):
                findings.wrong.append(f"{where}: level {level}, step {step or '-'}; expected "
                                      f"{script.levels[index]}, {script.steps[index] or '-'}")
    return findings


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def latency_line(label: str, values: Sequence[float]) -> str:
    return (f"{label}: p50 {percentile(values, .5):.0f} ms, p95 {percentile(values, .95):.0f} ms, "
            f"max {max(values, default=float('nan')):.0f} ms over {len(values)} turns")


def report(scripts: Sequence[Script], run: Run, findings: Findings, settings: Settings,
           timeout: float | None) -> list[str]:
    kinds = {script.name: script.kind for script in scripts}
    answered = [t for t in run.turns if not t.error]
    lines = [f"conversations: {len(scripts)} at once, one gradio_client each "
             f"(HTTP timeout: {f'{timeout:.0f} s' if timeout else 'gradio_client default'})",
             f"turns: {len(answered)} answered of {sum(len(s.turns) for s in scripts)}",
             f"errors: {len(findings.errors)}",
             f"cross-talk: {len(findings.cross_talk)} replies that are another conversation's",
             f"unlike alone: {len(findings.unlike_alone)} replies that differ from the same conversation "
             "answered alone",
             f"wrong triage level or guided step: {len(findings.wrong)}",
             latency_line("latency per turn (client side, queue wait included)", [t.latency_ms for t in answered])]
    for kind in dict.fromkeys(kinds.values()):
        lines.append(latency_line(f"  {kind}", [t.latency_ms for t in answered if kinds[t.script] == kind]))
    lines += [f"wall time: {run.wall_s:.1f} s from the release of all conversations to the last reply "
              f"(connecting the clients took {run.connect_s:.1f} s before that)",
              f"queue concurrency: {settings.queue_concurrency} (BACKTALK_QUEUE_CONCURRENCY, given to "
              "Blocks.queue(default_concurrency_limit=...))"]
    problems = (*findings.errors, *findings.cross_talk, *findings.unlike_alone, *findings.wrong)
    return lines + [f"  {problem}" for problem in problems]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_page(env: Mapping[str, str], log: Path) -> subprocess.Popen[bytes]:
    """app.py in a subprocess, its output to `log`; it is ready once its port accepts connections."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        return subprocess.Popen([sys.executable, str(ROOT / "app.py")], env=dict(env), cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)


def wait_for_page(proc: subprocess.Popen[bytes], port: int, seconds: float = 180) -> str:
    deadline = time.monotonic() + seconds
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the page did not start on port {port}")


def main(argv: Sequence[str] | None = None) -> int:
    from assistant.chain import make_assistant
    from assistant.config import load_settings
    from assistant.embeddings import go_offline

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queue-concurrency", type=int, help="BACKTALK_QUEUE_CONCURRENCY for the page")
    parser.add_argument("--client-timeout", type=float, help="HTTP timeout of every client, in seconds "
                        "(default: gradio_client's own)")
    args = parser.parse_args(argv)
    go_offline()
    port = free_port()
    env = {**os.environ, "BACKTALK_PORT": str(port)}
    if args.queue_concurrency:
        env["BACKTALK_QUEUE_CONCURRENCY"] = str(args.queue_concurrency)
    settings = load_settings(env)
    proc = start_page(env, OUT / "concurrency-page.log")
    try:
        assistant = make_assistant(settings)  # loads while the page starts
        scripts = make_scripts(sorted(e.title for e in assistant.exercises.values()))
        alone = answer_alone(assistant, scripts)
        run = run_at_once(wait_for_page(proc, port), scripts, args.client_timeout)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    findings = check(scripts, run, alone, level_heads(settings.emergency_number, settings.crisis_line))
    print("\n".join(report(scripts, run, findings, settings, args.client_timeout)))
    return 1 if findings.failed() else 0


if __name__ == "__main__":
    sys.exit(main())
