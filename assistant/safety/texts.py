"""Every fixed, reviewed safety string. Nothing else in BackTalk writes safety advice.

Templates may contain `{emergency_number}` and `{crisis_line}`; fill them with `render` from the
Settings fields of the same names, so the number shown is always the configured one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.safety.levels import Level

if TYPE_CHECKING:
    from assistant.safety.triage import Triage

TRIAGE_FAILED = (
    "Sorry, something went wrong while I was checking your message for warning signs. "
    "To be safe, please see a doctor or nurse today if you have new numbness, weakness, "
    "problems peeing or pooing, a fever, or pain that keeps getting worse. "
    "If your symptoms are severe, call {emergency_number} now."
)
NO_EXERCISES_AFTER_EMERGENCY = (
    "I won't suggest exercises or stretches right now, because of the warning signs you told "
    "me about. Please get checked first. Call {emergency_number} or go to the nearest emergency "
    "department. Once a doctor has seen you, I'm happy to help with exercises."
)
NOT_ENGLISH = (
    "Sorry, I can only read and answer in English for now. "
    "Do you have numbness between your legs, trouble peeing, weak legs or a high temperature? "
    "Then call {emergency_number} or see a doctor today."
)
EMPTY_MESSAGE = "Your message looks empty. What would you like to know about your back?"
DISCLAIMER = (
    "BackTalk gives general information about low back pain. It is not a doctor: it cannot "
    "diagnose you or tell you which medicine to take. In an emergency, call {emergency_number}."
)

_REDIRECT = ("I can explain what helps back pain, show you gentle exercises, or tell you when to "
             "see a doctor.")
REFUSALS: dict[str, str] = {
    "dose": "I can't tell you which medicine to take or how much. A pharmacist or your doctor "
            "can help with that, and the leaflet in the box shows the safe amount. " + _REDIRECT,
    "prescription": "I can't help you get prescription medicines. Please ask your doctor about "
                    "that. " + _REDIRECT,
    "diagnosis": "I can't diagnose you or explain your own scan or test results. Only a "
                 "clinician who examines you can do that. I can explain what a condition is in "
                 "general, the warning signs to look out for, and when to see someone.",
    "sick_note": "I can't give sick notes or fit notes. Your doctor can help with that. "
                 + _REDIRECT,
    "off_topic": "I can only help with low back pain. " + _REDIRECT,
    "pet": "I can only help with people's backs, so please ask a vet about your animal. "
           "If you have a question about your own back, I'm happy to help.",
    "rules": "I can't change how I work or pretend to be someone else. I'm here to give general "
             "information about low back pain. " + _REDIRECT,
}

_HEADLINE = {
    Level.EMERGENCY: "This needs help now.",
    Level.URGENT: "This needs a doctor today.",
    Level.PRIMARY_CARE: "It's a good idea to see your GP or family doctor.",
}
_ACTION = {
    Level.EMERGENCY: "Call {emergency_number} now, or go to the nearest emergency department "
                     "(A&E or ER) straight away. Don't wait to see if it gets better, and don't "
                     "drive yourself.",
    Level.URGENT: "Call your GP or family doctor now and ask for an urgent appointment today, "
                  "or go to an urgent care centre. If you can't be seen today, or it gets worse, "
                  "call {emergency_number}.",
    Level.PRIMARY_CARE: "Please book an appointment in the next week or two, and keep gently "
                        "active while you wait. If new warning signs appear, like numbness "
                        "between your legs, problems peeing or weak legs, call {emergency_number}.",
}
_CRISIS = {
    Level.EMERGENCY: "I'm really sorry you're feeling like this. Your safety matters most right "
                     "now. If you might act on these thoughts, or you have already hurt yourself, "
                     "call {emergency_number} now. You can also talk to someone straight away: "
                     "{crisis_line}. If you can, stay with someone you trust and move away from "
                     "anything you could use to hurt yourself.",
    Level.URGENT: "I'm really sorry you're feeling like this. You don't have to cope with it "
                  "alone. Please talk to someone today: {crisis_line}. It's free and private. "
                  "Please also tell your GP or family doctor how you have been feeling. If you "
                  "feel you might act on these thoughts, call {emergency_number} now.",
}

# Per flag: why it matters (education, not a diagnosis) and what to tell the clinician.
FLAG_TEXTS: dict[str, tuple[str, str]] = {
    "cauda_equina": (
        "Numbness around your bottom or between your legs can mean the nerves at the bottom of "
        "your spine are squeezed. So can new trouble with peeing or pooing. Doctors call this "
        "cauda equina syndrome. It needs checking in hospital within hours, to protect your "
        "bladder, bowel and legs.",
        "exactly what has changed, like numb when you wipe or trouble starting to pee. Say when "
        "it started, and if the pain goes down one leg or both. Ask them to check for cauda "
        "equina syndrome."),
    "leg_weakness": (
        "Legs that suddenly get weak, give way or go numb need checking in hospital now. This "
        "matters most if it is both legs, or if it gets worse over hours.",
        "when the weakness started, if it is one leg or both, and how fast it is changing."),
    "aortic_aneurysm": (
        "Sudden, very bad pain in your back or tummy can come from the main blood vessel in your "
        "tummy. So can a tearing feeling, or feeling faint, sweaty or shaky with the pain. This "
        "is an emergency.",
        "when the pain started and where it spreads. Say if you felt faint, if you smoke, and if "
        "a doctor has found a bulge in that blood vessel before."),
    "major_trauma": (
        "A big fall or crash with numbness or weakness can mean the spine is hurt. Keep as still "
        "as you can while you wait for help.",
        "how you fell or crashed, and where you feel numb or weak."),
    "infection": (
        "Back pain with a fever, chills or night sweats can be a sign of an infection near the "
        "spine. The risk is higher if you inject drugs or have a weak immune system. It is also "
        "higher if you take steroid tablets for a long time, or had a back operation or "
        "injection not long ago.",
        "your temperature, and about any recent infection, operation or injection. Also say if "
        "you take medicine that weakens your immune system."),
    "cancer": (
        "Back pain needs a doctor to check it if you have had cancer, or if you are losing "
        "weight and don't know why. It is usually something else, but it should be checked.",
        "about any cancer you have had and when. Say how much weight you have lost, and how "
        "fast."),
    "fracture": (
        "A bone in the spine can crack after a big fall. If your bones are thin, it can even "
        "happen after a small knock, a lift or a sneeze. Older age and taking steroid tablets "
        "for a long time make bones thinner.",
        "how it happened and your age. Say if you have thin bones or take steroid tablets."),
    "neuro_deficit": (
        "A foot that slaps or drags, toes that catch, a leg that gives way, or numbness that "
        "spreads can mean a nerve is being pressed. It needs checking soon.",
        "which leg or foot, when it started, and if it is getting worse."),
    "night_pain": (
        "Pain that never stops, that no position eases, or that is worse at night should be "
        "checked by a doctor. It is usually not serious, but it needs a proper look.",
        "how long it has been like this and what eases it. Say if you have lost weight, had a "
        "fever or had cancer."),
    "inflammatory": (
        "Some back pain comes from inflammation in the spine. It often starts before age 45 and "
        "lasts more than 3 months. You feel stiff for a long time in the morning, and exercise "
        "helps more than rest. A GP can check this and send you to a specialist. Treatment "
        "works well.",
        "how long you feel stiff in the morning, and if exercise or rest helps. Say if it wakes "
        "you at night. Tell them about skin, eye or bowel problems, and about family members "
        "with the same kind of back pain."),
    "not_improving": (
        "Back pain or sciatica that is not better after 4 to 6 weeks should be checked. The same "
        "goes for pain that keeps coming back, or that is hard to cope with. A GP can help with "
        "a plan, physiotherapy and support.",
        "how long it has lasted and what you have tried. Say how it affects your sleep, work and "
        "mood."),
    "screened": (
        "Some of what you describe sounds like it could be a warning sign, even though I can't "
        "tell which one. I may be wrong, but it is safer to have a doctor check than to wait.",
        "all your symptoms in your own words, when each one started, and if anything is getting "
        "worse."),
}


def render(template: str, emergency_number: str, crisis_line: str = "") -> str:
    """Fill a fixed text with the configured emergency number and crisis line."""
    return template.format(emergency_number=emergency_number, crisis_line=crisis_line)


def safety_message(triage: Triage, emergency_number: str, crisis_line: str) -> str:
    """What to do, how fast, where, and what to tell the clinician; empty for self-care."""
    if triage.level == Level.SELF_CARE:
        return ""
    blocks = [_crisis(triage)] if "self_harm" in triage.flags else []
    flags = [flag for flag in triage.flags if flag in FLAG_TEXTS]
    if flags or "self_harm" not in triage.flags:
        blocks.append(_HEADLINE[triage.level] + " " + _ACTION[triage.level])
        blocks.extend(FLAG_TEXTS[flag][0] for flag in flags)
        if flags:
            blocks.append("When you speak to them, tell them " + _tell(flags))
    return render("\n\n".join(blocks), emergency_number, crisis_line)


def refusal(category: str) -> str:
    """The short, fixed reply for a message outside BackTalk's scope."""
    return REFUSALS[category]


def _crisis(triage: Triage) -> str:
    finding = triage.finding("self_harm")
    level = finding.level if finding is not None else Level.URGENT
    return _CRISIS[Level.EMERGENCY if level == Level.EMERGENCY else Level.URGENT]


def _tell(flags: list[str]) -> str:
    return " Also tell them ".join(FLAG_TEXTS[flag][1] for flag in flags)
