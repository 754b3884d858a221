"""Normalising how people write: case, apostrophes, chat spellings, common typos, third person."""

from __future__ import annotations

import re
from functools import lru_cache

_PUNCTUATION = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                              "\u2013": "-", "\u2014": " - ", "`": "'", "\u00b4": "'"})

# Whole-word replacements: chat spellings, missing apostrophes and frequent misspellings.
_WORDS: dict[str, str] = {
    "cant": "can't", "cannot": "can't", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
    "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't",
    "wont": "won't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "im": "i'm", "ive": "i've", "thats": "that's", "whats": "what's", "theres": "there's",
    "u": "you", "ur": "your", "cuz": "because", "coz": "because", "cos": "because", "bc": "because",
    "b4": "before", "pls": "please", "plz": "please", "abt": "about", "tho": "though",
    "thru": "through", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "kinda": "kind of", "prolly": "probably", "prob": "probably", "probs": "probably",
    "rly": "really", "hubby": "husband", "yrs": "years", "yr": "year", "wks": "weeks",
    "wk": "week", "mths": "months", "mnths": "months", "hrs": "hours", "mins": "minutes",
    "numbnes": "numbness", "numness": "numbness", "numbess": "numbness", "numm": "numb",
    "numbish": "numb", "tingeling": "tingling", "tinglin": "tingling", "tingly": "tingling",
    "fevor": "fever", "fevar": "fever", "fevre": "fever", "feever": "fever", "feaver": "fever",
    "fevers": "fever", "temp": "temperature", "tempreture": "temperature",
    "temprature": "temperature", "bladdar": "bladder", "blader": "bladder",
    "incontinant": "incontinent", "leggs": "legs", "legz": "legs", "siatica": "sciatica",
    "sciatika": "sciatica", "syatica": "sciatica", "schiatica": "sciatica",
    "sciactica": "sciatica", "cancre": "cancer", "canser": "cancer", "cancor": "cancer",
    "osteoperosis": "osteoporosis", "osteoporsis": "osteoporosis", "ostioporosis": "osteoporosis",
    "osteoprosis": "osteoporosis", "steriods": "steroids", "steriod": "steroid", "spred": "spread",
    "steroides": "steroids", "anurism": "aneurysm", "aneurism": "aneurysm",
    "anneurysm": "aneurysm", "herion": "heroin", "heroine": "heroin",
    "prednisalone": "prednisolone", "pee'd": "peed", "wee'd": "weed", "p'd": "peed",
    "urinate": "pee", "urinating": "peeing",
    "urinated": "peed", "poop": "poo", "pooped": "pooed", "pooping": "pooing", "bum's": "bum is",
    "feverr": "fever", "feva": "fever", "fevah": "fever", "numbb": "numb", "weakk": "weak", "paralized": "paralysed",
    "paralyzed": "paralysed", "weakish": "weak", "wobbley": "wobbly",
    "weeker": "weaker", "weekness": "weakness", "weeknes": "weakness", "r": "are",
    "fel": "fell", "mornin": "morning", "monthes": "months", "munths": "months",
    "geting": "getting", "beter": "better", "bettr": "better", "rite": "right",
    "aal": "all", "knowin": "knowing", "dribblin": "dribbling", "cannit": "can't", "divvint": "don't",
    "scafold": "scaffold", "scaffoldin": "scaffolding", "cnt": "can't", "weeak": "weak", "sinse": "since",
    "toilt": "toilet", "bak": "back", "wiv": "with", "excersize": "exercise", "exercize": "exercise",
    "excercise": "exercise", "stifness": "stiffness", "everyting": "everything", "deh": "there",
    "somone": "someone", "elses": "else's", "spreding": "spreading", "spredding": "spreading", "jus": "just", "trippd": "tripped", "realy": "really", "wors": "worse", "stif": "stiff", "meself": "myself", "mesel": "myself", "nite": "night",
    "nites": "nights", "tonite": "tonight", "evry": "every", "em": "them",
    # dropped g's: "givin way", "leakin", "tinglin"
    "givin": "giving", "goin": "going", "gettin": "getting", "feelin": "feeling", "walkin": "walking", "leakin": "leaking",
    "wettin": "wetting", "peein": "peeing", "shakin": "shaking",
    "bucklin": "buckling", "collapsin": "collapsing", "sweatin": "sweating", "shiverin": "shivering",
    "achin": "aching", "hurtin": "hurting", "killin": "killing", "wakin": "waking",
    # Scots and northern English: "ma legs went fae under me", "cannae get up", "baith legs"
    "cannae": "can't", "canna": "can't", "canny": "can't", "dinnae": "don't", "dinna": "don't",
    "didnae": "didn't", "doesnae": "doesn't", "wouldnae": "wouldn't", "couldnae": "couldn't",
    "isnae": "isn't", "wasnae": "wasn't", "hasnae": "hasn't", "havnae": "haven't", "hivnae": "haven't",
    "willnae": "won't", "winnae": "won't", "baith": "both", "fae": "from", "frae": "from", "noo": "now",
    "oot": "out", "masel": "myself", "masell": "myself", "mysel": "myself", "gonnae": "going to",
    "wi": "with", "aboot": "about", "awfy": "awful", "greetin": "crying", "nae": "no",
    "ah've": "i've", "ah'm": "i'm", "jist": "just", "fur": "for", "aff": "off", "mammy": "mum",
    "stockin": "stocking", "tae": "to", "whit": "what", "wee'uns": "kids",
}

_PHRASES: tuple[tuple[str, str], ...] = (
    # Scots "my wee boy" is a child, not a wee (urine)
    (r"\bmy wee (?:boy|lad|man|fella|laddie)\b", "my son"), (r"\bmy wee (?:girl|lass|lassie)\b", "my daughter"),
    (r"\bmy wee (?:one|yin|wean|bairn|ones)\b", "my kid"),
    (r"\bmammy\b", "mum"), (r"\bmaw\b", "mum"), (r"\bfaither\b", "father"),
    (r"\bcan not\b", "can't"), (r"\bcould not\b", "couldn't"), (r"\bdo not\b", "don't"),
    (r"\bdoes not\b", "doesn't"), (r"\bdid not\b", "didn't"), (r"\bis not\b", "isn't"),
    (r"\bare not\b", "aren't"), (r"\bwas not\b", "wasn't"), (r"\bhave not\b", "haven't"),
    (r"\bhas not\b", "hasn't"), (r"\bwill not\b", "won't"), (r"\bi am\b", "i'm"),
    (r"\bpissed (myself|meself|my)\b", r"peed \1"), (r"\bpissing (myself|meself|my)\b", r"peeing \1"),
    (r"\bma (back|legs?|left|right|bum|arse|butt|foot|feet|knees?|hips?|bladder|bowels?|privates|waterworks|"
     r"toes?|thighs?|spine|mum|mam|da|dad|daddy|father|granny|gran|nan|nana|wean|bairn|man|wife|husband|boy|lassie|"
     r"uncle|auntie|aunt|brother|sister|pal|pals|son|daughter|grandad|grandpa|papa|granda|mate|cousin)\b", r"my \1"),
    # asides that only look conditional ("...aren't working like they should, if you get my drift")
    (r",?\s*\bif you (?:get|know|catch|see) (?:my drift|what i mean)\b|,?\s*\bif that makes sense\b", ""),
    # Geordie and northern: "me tackle's gone aal pins n needles", "dribblin in me kecks"
    (r"\b(?:me|ma|my) tackle\b", "my privates"), (r"\bkecks\b", "pants"), (r"\bpins n needles\b", "pins and needles"),
    (r"\bme (back|legs?|left|right|bum|arse|butt|foot|feet|knees?|hips?|bladder|bowels?|privates|pants|trousers|"
     r"missus|wife|husband|hubby|dad|mum|mam|old man|old lady|son|daughter|brother|sister|nan|nana|gran|granny|"
     r"grandad|grandma|grandpa|auntie|aunt|uncle|cousin|mate|partner|fella|bird|lad|girl|boy|kid|kids)\b", r"my \1"),
    # "my leg's gone numb" -> "my leg has gone numb"
    (r"\b(leg|legs|foot|feet|back|bum|arm|hand|knee|hip|bladder|bowel|it|that)'s (gone|been|got)\b", r"\1 has \2"),
    (r"\b(leg|legs|foot|feet|back|bum|arm|hand|knee|hip|bladder|bowel)'s (going|getting|feeling|giving|not)\b",
     r"\1 is \2"),
    # clinical shorthand: "bilat LL weakness", "PU'd"
    (r"\bbilat\b", "bilateral"), (r"(?<!')\b(?:ll|lower limbs?)\b", "legs"), (r"\bpu'd\b", "peed"),
    (r"\bw/o\b", "without"), (r"\bw/", "with "), (r"\s&\s", " and "),
    (r"\b(feels?|feeling|felt|gone|go|going|are|is|so|very|really) week\b", r"\1 weak"),
    (r"\bbowl (movements?|control|habits?)\b", r"bowel \1"),
    (r"\b(fell|fel|fallen|falling|thrown|jumped|tumbled|came|come) of (a|an|the|my|our|some)\b",
     r"\1 off \2"),
    (r"\b(\d{1,3}) ?(?:yo|y/o|yrs? old|years? old|year-old|yr-old)\b", r"\1 years old"),
)

Rules = tuple[tuple[re.Pattern[str], str], ...]


def _compiled(pairs: tuple[tuple[str, str], ...]) -> Rules:
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs)


def _rewrite(text: str, rules: Rules) -> str:
    for pattern, replacement in rules:
        text = pattern.sub(replacement, text)
    return text


_PHRASE_RULES = _compiled(_PHRASES)

# Words whose misspellings are caught by a one-edit match (same first letter, 7+ letters).
_KEYWORDS: tuple[str, ...] = (
    "numbness", "tingling", "bladder", "incontinence", "incontinent", "weakness",
    "temperature", "osteoporosis", "steroids", "sciatica", "paralysed", "fracture",
    "fractured", "unexplained", "aneurysm", "chemotherapy", "prednisolone", "transplant",
    "shivering", "sweating", "injecting", "suicidal", "buckling", "collapsed", "shivery",
    "feverish", "genitals", "tingles", "catheter", "surgery", "constant", "myeloma",
)
# Shorter words a fracture or fever rests on ("snezed", "crak"), matched from 4 letters.
_SHORT_KEYWORDS: tuple[str, ...] = ("sneezed", "sneeze", "sneezing", "crack", "cracked", "fainted")
_PROTECTED = frozenset({"teasing", "swearing", "infecting", "blander", "tinkling", "treating",
                        "sweeping", "steering", "surgeon", "constants", "weakens", "shaving"})

_TOKEN = re.compile(r"[a-z][a-z']*")


_REPEATS = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=2048)  # triage and the scope guard both read each message
def normalise(text: str) -> str:
    """Lower-case text with plain punctuation, chat spellings and common typos fixed."""
    lowered = _rewrite(_REPEATS.sub(r"\1\1", text.translate(_PUNCTUATION).lower()), _PHRASE_RULES)
    fixed = _TOKEN.sub(lambda match: _fix_word(match.group(0)), lowered)
    return _SPACES.sub(" ", fixed).strip()


def _fix_word(word: str) -> str:
    if word in _WORDS:
        return _WORDS[word]
    if len(word) < 4 or word in _PROTECTED or word in _KEYWORD_SET:
        return word
    return _closest_keyword(word, _KEYWORDS if len(word) >= 7 else _SHORT_KEYWORDS) or word


_KEYWORD_SET = frozenset(_KEYWORDS + _SHORT_KEYWORDS)


@lru_cache(maxsize=4096)
def _closest_keyword(word: str, keywords: tuple[str, ...]) -> str | None:
    for keyword in keywords:
        close = keyword[0] == word[0] and abs(len(keyword) - len(word)) <= 1
        if close and _one_edit(word, keyword):
            return keyword
    return None


def _one_edit(a: str, b: str) -> bool:
    """True when `a` becomes `b` by one insertion, deletion, substitution or swap."""
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        if len(diffs) == 1:
            return True
        i = diffs[0] if len(diffs) == 2 else -1
        return i >= 0 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


RELATIVE = (r"(?:step ?)?(?:dad|daddy|father|mum|mom|mam|mummy|mommy|mother|wife|husband|"
            r"partner|son|daughter|brother|sister|grandma|grandmother|gran|granny|nan|nana|"
            r"nanna|grandad|granddad|grandpa|grandfather|aunt|auntie|uncle|friend|boyfriend|"
            r"girlfriend|fianc[eé]e?|flatmate|roommate|neighbou?r|colleague|client|patient|"
            r"kid|child|boy|girl|cousin|niece|nephew|father-in-law|mother-in-law|grand ?parents?|parents?|"
            r"family|relatives?|aunty|aunties|aunts|uncles|granda|grandparents|sisters|brothers|cousins)")
_RELATIVE_PHRASE = re.compile(
    rf"\b(?:my|our|both my|two of my) (?:(?:old|elderly|poor|late|\d{{1,3}} years old|\d{{1,3}}) )?({RELATIVE})\b('s)?")
# "Mum had bowel cancer": a parent named without "my", opening a clause.
_BARE_PARENT = re.compile(r"^(?:and |but |so )?(mum|mam|mom|dad|nan|nana|gran|granny|grandad|grandpa|grandma)\b(?:'s)?")
_THIRD_PERSON = _compiled((
    (r"\b(?:he|she)'s (got|been|had|lost|noticed|started|fallen|gained|wet|peed)\b", r"i've \1"),
    (r"\b(?:he|she)'s\b", "i'm"), (r"\b(?:he|she) is\b", "i'm"),
    (r"\b(?:he|she) isn't\b", "i'm not"),
    (r"\b(?:he|she) has\b", "i have"), (r"\b(?:he|she) hasn't\b", "i haven't"),
    (r"\b(?:he|she) doesn't\b", "i don't"), (r"\b(?:he|she) does\b", "i do"),
    (r"\b(?:he|she)\b", "i"), (r"\b(?:his|her|hers)\b", "my"), (r"\bhim\b", "me"),
    (r"\b(?:himself|herself)\b", "myself"),
))


_YOU_AS_ME = _compiled((
    (r"\byou've\b", "i've"), (r"\byou're\b", "i'm"), (r"\byou'd\b", "i'd"), (r"\byou'll\b", "i'll"),
    (r"\byourself\b", "myself"), (r"\byour\b", "my"), (r"\byou\b", "i"),
))


def as_me(text: str) -> str:
    """A general "what if you wet yourself" read as the writer's own ("what if i wet myself"), for
    what a later "ok, it's me" would make real."""
    return _rewrite(text, _YOU_AS_ME)


def first_person(text: str) -> str:
    """Rewrite a report about someone else ("my dad can't feel his legs") in the first person."""
    text = _AGED_RELATIVE.sub(r"i'm \1", text)  # "my mum's 81": her age, not a possessive
    return _rewrite(_RELATIVE_PHRASE.sub(lambda m: "my" if m.group(2) else "i", text), _THIRD_PERSON)


_AGED_RELATIVE = re.compile(rf"\b(?:my|our) {RELATIVE}'s (\d{{2,3}})\b(?!\s*(?:%|kg|kilos?|lbs?|pounds|cm|mph))")


_SOMEONE = re.compile(r"\b(?:someone|somebody|a person|a patient|a guy|a bloke|a man|a woman|a lady|a girl)\b")
_THEY = _compiled((
    (r"\bthey'd\b", "i'd"), (r"\bthey're\b", "i'm"), (r"\bthey've\b", "i've"), (r"\bthey\b", "i"),
    (r"\btheir\b", "my"), (r"\bthemselves\b", "myself"), (r"\bthem\b", "me")))


def as_someone(sentence: str, text: str) -> str:
    """In a sentence about "someone", "they" and "their" are that someone ("if someone couldn't
    feel anything when they wiped"): rewritten like a first-person report."""
    return _rewrite(text, _THEY) if _SOMEONE.search(sentence) else text


# "my girlfriend says i'm numb": the relative only reports what the writer has.
_REPORTER = re.compile(
    rf"\b(?:my|our) ({RELATIVE}) (?:says|said|noticed|notices|thinks|thought|reckons|reckoned|told me|tells me|"
    rf"pointed out|mentioned|swears|spotted)(?: that)? (?=i\b|i'm\b|i've\b|i'd\b|my\b|me\b)")

# "..., which my wife keeps going on about": the relative only remarks on the writer's symptom
_REMARKED = re.compile(
    rf",?\s*\b(?:which|that|and) (?:my|our) ({RELATIVE}) (?:keeps? (?:going on|on at me|mentioning|nagging)|"
    rf"(?:has |had )?(?:noticed|pointed out|mentioned|spotted|commented on)|is worried|was worried|worries|"
    rf"(?:is|was) (?:on at me|nagging me))\b[^.]*")


def mentioned_person(text: str) -> str | None:
    """The other person a normalised text talks about ("my mum" gives "mum"), if any; not one who
    only reports the writer's symptom ("my wife says i'm ...")."""
    text = _REMARKED.sub(" ", _REPORTER.sub(" ", text))
    match = _RELATIVE_PHRASE.search(text) or _BARE_PARENT.search(text)
    if match:
        return match.group(1)
    if re.search(r"\b(?:family history|runs in (?:the|my|our) family|in (?:the|"
                 r"my) family)\b", text):
        return "family"
    return None
