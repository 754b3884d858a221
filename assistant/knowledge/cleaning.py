"""Cleaning low-trust web text into sentences worth indexing, with a reason for each one dropped.

`clean_web_text` normalises the text, splits it with pysbd and runs one pure detector per
concern, in this order: exact duplicate, near duplicate, scrambled word salad, fragment,
marketing, call to action, joke, first-person aside, spun synonyms. The first detector that
objects names the reason, written `"<category>: <detail>"`.

Scrambled text is scored: each signal (a dangling last word, a trailing "...", tokenizer
spacing, unbalanced brackets, a run-on capital, a repeated phrase, a closed-class pair English
does not allow, most of the sentence stitched from phrases of earlier sentences) weighs 1 or 2,
and a total of 2 drops the sentence.

Every rule is general: closed-class English words (determiners, conjunctions, auxiliaries),
punctuation and spacing, repetition within the sentence and against earlier sentences, and
short phrase lists for the kinds of web noise named above. None of it knows any one source.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.knowledge.chunking import split_sentences

Shingle = tuple[str, ...]
PhraseIndex = Mapping[Shingle, AbstractSet[int]]  # phrase -> numbers of the sentences holding it

DUPLICATE = "duplicate"
SCRAMBLED = "scrambled"
FRAGMENT = "fragment"
MARKETING = "marketing"
CALL_TO_ACTION = "call_to_action"
JOKE = "joke"
FIRST_PERSON = "first_person"
SPUN = "spun"

PHRASE_WORDS = 4  # length of the phrases a stitched sentence is checked for
NEAR_DUPLICATE_SIMILARITY = 0.6  # Jaccard or overlap coefficient on word 3-shingles
MIN_OVERLAP_SHINGLES = 4  # a shorter sentence is compared by Jaccard only
SCRAMBLE_THRESHOLD = 2  # summed weight of scramble signals that drops a sentence
MIN_WORDS = 2
SHORT_SENTENCE_WORDS = 6  # sentences this short must show a verb

WORD_RE = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "their", "its", "every", "each"})
CONJUNCTIONS = frozenset({"and", "or", "but", "nor", "because", "whereas", "whether", "than"})
AUXILIARIES = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "can", "could", "will", "would", "should", "shall", "may", "might", "must",
})
MODALS = frozenset({"can", "could", "will", "would", "should", "shall", "may", "might", "must"})
PREPOSITIONS = frozenset({
    "in", "on", "at", "by", "for", "from", "with", "into", "onto", "through", "about", "to",
    "between", "toward", "towards", "without", "within", "during", "of", "as",
})
PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it"})
# A sentence may end on a stranded preposition ("live with") but not on these.
DANGLING_STRONG = DETERMINERS | CONJUNCTIONS | (MODALS - {"will"}) | {
    "of", "is", "are", "was", "were", "am", "very", "if", "while", "when", "by", "into", "onto",
    "between", "toward", "towards", "during", "as",
}
DANGLING_WEAK = (PREPOSITIONS - DANGLING_STRONG) | {
    "be", "been", "have", "has", "do", "does", "all", "no", "then",
}
# "You don't have to." is fine; "then return to." is cut off.
TO_BEFORE_ELLIPSIS = frozenset({
    "want", "wants", "have", "has", "had", "need", "needs", "used", "going", "ought", "able",
    "try", "like", "love", "supposed", "meant", "allowed",
})
FUNCTION_WORDS = DANGLING_STRONG | DANGLING_WEAK | AUXILIARIES | PRONOUNS | {
    "this", "that", "these", "those", "not", "so", "up", "out", "there", "which", "who",
}
# Cannot follow a determiner directly ("the of", "your are").
AFTER_DETERMINER_BAD = CONJUNCTIONS | AUXILIARIES | PRONOUNS | DETERMINERS | PREPOSITIONS
NOUN_SUFFIX_RE = re.compile(r"\w{3,}(ness|tion|sion|ment|ity)$")
SUBJECTS = PRONOUNS | {"this", "that", "which", "who"}  # the word after one is a verb
NOUN_MARKERS = DETERMINERS | PREPOSITIONS | CONJUNCTIONS
PLURAL_LOOKALIKES = ("ss", "us", "is", "as", "os")  # "-s" endings that are no verb's
INSTRUCTION_VERBS = frozenset({
    "hold", "repeat", "stand", "sit", "lie", "keep", "breathe", "bend", "push", "pull", "let",
    "stretch", "rest", "relax", "try", "avoid", "place", "bring", "lift", "raise", "return",
    "walk", "move", "stop", "start", "see", "ask", "call", "use", "take", "tighten", "squeeze",
})

DETOKENISED_RE = re.compile(
    r"\s[,;:!?)\]]|\s\.(?!\.)|[(\[]\s|\s['\u2019](?:s|ll|ve|re|d|m)\b|\w\s['\u2019]\s?\w|''|``"
)
RUN_ON_RE = re.compile(
    r"\b[a-z]+ (?:The|This|These|Those|That|It|Its|They|We|You|Your|If|When|Most|And|But|Or|"
    r"So|In|On|At|For|With|Of|To|Is|Are|Can|Should|Many|Some|All)\b"
)
HOW_WHY_TITLE_RE = re.compile(r"(?:how|why)\b[^?]*\.$", re.IGNORECASE)  # "How to treat X."
LIST_MARKER_RE = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-z])\)")


@dataclass(frozen=True)
class Dropped:
    """A sentence left out, and why: `reason` is `"<category>: <detail>"`."""

    text: str
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """Sentences kept, in source order, and those dropped with their reasons."""

    sentences: tuple[str, ...]
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class Signal:
    """One piece of evidence that a sentence is word salad, with its weight."""

    weight: int
    note: str


def reason_category(reason: str) -> str:
    """The category part of a `Dropped.reason` ("scrambled: ..." gives "scrambled")."""
    return reason.partition(":")[0].strip()


# --- normalising and splitting ---------------------------------------------------------


def normalize(text: str) -> str:
    """NFKC, drop control and zero-width characters, collapse whitespace; curly quotes stay."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(" " if ch.isspace() else ch for ch in text if is_printable(ch))
    return re.sub(r" +", " ", text).strip()


def is_printable(ch: str) -> bool:
    """False for zero-width and control characters (whitespace counts as printable)."""
    if ch.isspace():
        return True
    return ch not in ZERO_WIDTH and unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co"}


# --- small text helpers ----------------------------------------------------------------


def words(sentence: str) -> list[str]:
    """Lower-cased word tokens; apostrophes and hyphens stay inside words."""
    return [w.lower() for w in WORD_RE.findall(sentence)]


@lru_cache(maxsize=4096)
def shingles(sentence: str, size: int = 3) -> frozenset[Shingle]:
    """Word n-grams of the sentence; a sentence shorter than `size` is one shingle."""
    tokens = words(sentence)
    if len(tokens) < size:
        return frozenset({tuple(tokens)}) if tokens else frozenset()
    return frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def similarity(a: frozenset[Shingle], b: frozenset[Shingle]) -> float:
    """The larger of Jaccard and overlap coefficient (share of the smaller set repeated)."""
    if not a or not b:
        return 0.0
    common = len(a & b)
    smaller = min(len(a), len(b))
    overlap = common / smaller if smaller >= MIN_OVERLAP_SHINGLES else 0.0
    return max(common / len(a | b), overlap)


def first_match(patterns: Sequence[re.Pattern[str]], text: str) -> str | None:
    """The text of the first pattern that matches, or None."""
    for pattern in patterns:
        found = pattern.search(text)
        if found:
            return found.group(0)
    return None


def phrases(*items: str, flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    """Compile phrase patterns bounded by non-word characters (hyphens count as word)."""
    return tuple(re.compile(rf"(?<![\w-]){item}(?![\w-])", flags) for item in items)


# --- duplicates ------------------------------------------------------------------------


def duplicate_key(sentence: str) -> str:
    """Case- and punctuation-blind form used for exact duplicates."""
    return " ".join(words(sentence))


def detect_exact_duplicate(sentence: str, kept: Sequence[str]) -> str | None:
    """Drop a sentence whose words repeat a sentence kept earlier."""
    key = duplicate_key(sentence)
    if key and any(duplicate_key(k) == key for k in kept):
        return f"{DUPLICATE}: exact repeat"
    return None


def detect_near_duplicate(sentence: str, kept: Sequence[str]) -> str | None:
    """Drop a sentence whose word 3-shingles largely repeat one sentence kept earlier.

    Similar means Jaccard, or the overlap coefficient, at or above the threshold: the second
    also catches an earlier sentence repeated whole inside a longer one (a title prefixed).
    """
    mine = shingles(sentence)
    for earlier in kept:
        score = similarity(mine, shingles(earlier))
        if score >= NEAR_DUPLICATE_SIMILARITY:
            return f"{DUPLICATE}: {score:.0%} like '{earlier[:60]}'"
    return None


# --- scrambled word salad --------------------------------------------------------------


def dangling_end(sentence: str) -> Signal | None:
    """A sentence cannot end on a determiner, conjunction or auxiliary ("... in the of.")."""
    tokens = words(sentence)
    if not tokens:
        return None
    last = tokens[-1]
    before = tokens[-2] if len(tokens) > 1 else ""
    if last in DANGLING_STRONG or (last == "to" and before not in TO_BEFORE_ELLIPSIS):
        return Signal(2, f"ends on '{last}'")
    if last in DANGLING_WEAK:
        return Signal(1, f"ends on '{last}'")
    return None


def truncated_end(sentence: str) -> Signal | None:
    """A trailing ellipsis means the text was cut off mid-thought."""
    return Signal(2, "ends in '...'") if re.search(r"\.\.\.\W*$", sentence) else None


def exclaimed_end(sentence: str) -> Signal | None:
    """An exclamation is weak evidence alone; with any other signal it tips the balance."""
    return Signal(1, "ends in '!'") if sentence.rstrip().endswith("!") else None


def broken_start(sentence: str) -> Signal | None:
    """Real sentences start with a capital, a digit, a quote or a bracket, not ',' or 'pain'."""
    head = sentence.lstrip()
    if not head:
        return None
    if head[0] in ",.;:)]!?":
        return Signal(2, f"starts with '{head[0]}'")
    first = WORD_RE.match(head)
    if first and first.group(0).islower():
        return Signal(2, "starts in lower case")
    return None


def detokenised_spacing(sentence: str) -> Signal | None:
    """Spaces around punctuation the way a tokenizer leaves them ("it ' s", "( knee", " 's")."""
    found = DETOKENISED_RE.search(sentence)
    return Signal(2, f"tokenizer spacing '{found.group(0).strip()}'") if found else None


def unbalanced_brackets(sentence: str) -> Signal | None:
    """Cut-and-paste leaves a '(' without its ')' or the other way round."""
    text = LIST_MARKER_RE.sub(" ", sentence)
    if text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return Signal(2, "unbalanced brackets")
    return None


def run_on_capital(sentence: str) -> Signal | None:
    """A capitalised function word straight after a lower-case word: two sentences run together."""
    found = RUN_ON_RE.search(sentence)
    return Signal(2, f"run-on '{found.group(0)}'") if found else None


def repeated_phrase(sentence: str) -> Signal | None:
    """A 3-gram with two content words said twice, or a word pair said twice in a row."""
    tokens = words(sentence)
    seen: set[tuple[str, ...]] = set()
    for i in range(len(tokens) - 2):
        gram = tuple(tokens[i : i + 3])
        if gram in seen and sum(t not in FUNCTION_WORDS for t in gram) >= 2:
            return Signal(2, f"repeats '{' '.join(gram)}'")
        seen.add(gram)
    for i in range(len(tokens) - 3):
        if tokens[i : i + 2] == tokens[i + 2 : i + 4]:
            return Signal(2, f"stutters '{' '.join(tokens[i : i + 2])}'")
    return None


def odd_word_order(sentence: str) -> Signal | None:
    """Closed-class pairs English does not allow: 'the of', 'your are', 'can stiffness'."""
    tokens = words(sentence)
    for left, right in itertools.pairwise(tokens):
        if left in DETERMINERS and right in AFTER_DETERMINER_BAD:
            return Signal(2, f"'{left} {right}'")
        if left in MODALS and (right in DETERMINERS or NOUN_SUFFIX_RE.match(right)):
            return Signal(2, f"'{left} {right}'")
    return None


def index_phrases(sentences: Sequence[str]) -> PhraseIndex:
    """Each 4-word phrase of the sentences, with the numbers of the sentences that hold it."""
    index: dict[Shingle, set[int]] = {}
    for number, sentence in enumerate(sentences):
        for gram in shingles(sentence, PHRASE_WORDS):
            index.setdefault(gram, set()).add(number)
    return index


def count_pieces(tokens: Sequence[str], seen: PhraseIndex) -> tuple[set[int], int]:
    """Word positions covered by earlier phrases, and how many single-source runs cover them."""
    covered: set[int] = set()
    pieces, previous, sources = 0, -2, set[int]()
    for i in range(len(tokens) - PHRASE_WORDS + 1):
        found = seen.get(tuple(tokens[i : i + PHRASE_WORDS]))
        if not found:
            continue
        together = sources & found if i == previous + 1 else set()
        pieces, sources = (pieces, together) if together else (pieces + 1, set(found))
        covered.update(range(i, i + PHRASE_WORDS))
        previous = i
    return covered, pieces


def stitched(sentence: str, seen: PhraseIndex) -> Signal | None:
    """Most of the sentence is 4-word phrases lifted from earlier text, in two or more pieces."""
    tokens = words(sentence)
    if len(tokens) < PHRASE_WORDS + 2:
        return None
    covered, pieces = count_pieces(tokens, seen)
    share = len(covered) / len(tokens)
    if share >= 0.6 and pieces >= 2:
        return Signal(2, f"{share:.0%} stitched from {pieces} pieces of earlier text")
    if share >= 0.5:
        return Signal(1, f"{share:.0%} repeats earlier text")
    return None


LOCAL_SIGNALS: tuple[Callable[[str], Signal | None], ...] = (
    dangling_end, truncated_end, exclaimed_end, broken_start, detokenised_spacing,
    unbalanced_brackets, run_on_capital, repeated_phrase, odd_word_order,
)


def scramble_signals(sentence: str, seen: PhraseIndex) -> tuple[Signal, ...]:
    """Every scramble signal the sentence shows; `seen` indexes the phrases of earlier text."""
    found = [signal(sentence) for signal in LOCAL_SIGNALS] + [stitched(sentence, seen)]
    return tuple(s for s in found if s is not None)


def detect_scrambled(sentence: str, seen: PhraseIndex | None = None) -> str | None:
    """Drop word salad: the weights of its signals add up to the threshold."""
    signals = scramble_signals(sentence, seen or {})
    if sum(s.weight for s in signals) >= SCRAMBLE_THRESHOLD:
        return f"{SCRAMBLED}: " + "; ".join(s.note for s in signals)
    return None


# --- fragments -------------------------------------------------------------------------


def looks_verbless(tokens: Sequence[str]) -> bool:
    """No auxiliary, '-ed' verb, pronoun subject, instruction verb, or '-s' verb after a noun.

    An '-s' word counts as a verb ("Walking helps.") unless a determiner, preposition or
    conjunction stands before it, which marks it as a plural noun ("in the glutes").
    """
    if tokens[0] in INSTRUCTION_VERBS or any(t in AUXILIARIES for t in tokens):
        return False
    if any(len(t) > 3 and t.endswith("ed") for t in tokens):
        return False
    if any(t in SUBJECTS for t in tokens[:-1]):
        return False
    return not any(
        t.endswith("s") and not t.endswith(PLURAL_LOOKALIKES) and before not in NOUN_MARKERS
        for before, t in itertools.pairwise(tokens)
    )


def looks_like_heading(sentence: str) -> bool:
    """Title Case: most content words after the first are capitalised."""
    content = [w for w in WORD_RE.findall(sentence)[1:] if w.lower() not in FUNCTION_WORDS]
    content = [w for w in content if w[0].isalpha() and not w.isupper()]  # acronyms say nothing
    capitals = sum(1 for w in content if w[0].isupper())
    return len(content) >= 2 and capitals / len(content) >= 0.6


def detect_fragment(sentence: str) -> str | None:
    """Drop what is not a statement: too short, a question, a heading, no verb."""
    tokens = words(sentence)
    if not any(ch.isalpha() for ch in sentence):
        return f"{FRAGMENT}: no words"
    if len(tokens) < MIN_WORDS:
        return f"{FRAGMENT}: fewer than {MIN_WORDS} words"
    if sentence.rstrip().endswith("?"):
        return f"{FRAGMENT}: a question, not a statement"
    if looks_like_heading(sentence) or (len(tokens) <= 10 and HOW_WHY_TITLE_RE.match(sentence)):
        return f"{FRAGMENT}: heading"
    if len(tokens) <= SHORT_SENTENCE_WORDS and looks_verbless(tokens):
        return f"{FRAGMENT}: no verb"
    return None


# --- marketing, calls to action, jokes, asides, spun text -------------------------------

MARKETING_PATTERNS = phrases(
    r"e-?books?", r"certifications?", r"certified (?:course|program|trainer)", r"learn from",
    r"online course", r"masterclass", r"webinar", r"coupon", r"discount", r"promo code",
    r"best-?selling", r"(?:highest|top)-rated", r"money-back",
    r"guaranteed (?:results|relief|cure|to work)", r"limited time",
    r"creators? of", r"(?:methods?|programs?|system|guide|course|book)s? teach(?:es)? you",
    r"what (?:they|doctors|your doctor) (?:won['\u2019]?t|wont|don['\u2019]?t) tell you",
    r"the reality is", r"chances are,? (?:that )?(?:you|they|your)", r"you have the power",
    r"(?:you )?start to believe", r"miracle cure", r"secret to",
) + phrases(r"[A-Z][A-Za-z]+ Program", flags=0)
SHOUTED_RE = re.compile(r"\b[A-Z]{3,}LY\b")  # SAFELY, REALLY, FINALLY: shouted emphasis
CALL_TO_ACTION_PATTERNS = phrases(
    r"click (?:here|the|on|below|this|to)", r"sign up", r"subscribe", r"download", r"buy",
    r"order (?:now|today)", r"shop now", r"register (?:now|today|here)",
    r"join (?:now|today|us)", r"get started",
    r"free (?:trial|download|guide|consultation)", r"watch (?:the|this|our) video",
    r"video (?:above|below)", r"(?:routine|link|form|button|guide) (?:below|above)",
    r"check out", r"learn more", r"read more", r"find out (?:if|whether|how|more)",
    r"book (?:an|your) (?:appointment|session)", r"call us", r"contact us", r"visit our",
)
JOKE_PATTERNS = phrases(
    r"get it\?", r"ha ?ha\w*", r"ah ha", r"lol", r"lmao", r"giggles?", r"pun intended",
    r"no pun", r"just kidding", r"kidding aside", r"jokes? aside", r"bad joke",
    r"\U0001F602", r"\U0001F609",  # face with tears of joy, winking face
)
FIRST_PERSON_PATTERNS = (
    # "I", "I'm", a lower-case "i" alone; not Roman numerals like "type I collagen"
    re.compile(
        r"(?<![\w.])(?<!type )(?<!phase )(?<!grade )(?<!class )(?<!stage )"
        r"(?:I|i)(?:['\u2019](?:m|ve|d|ll))?(?=[\s,;:!?])",
        re.IGNORECASE,
    ),
    *phrases(
        r"me", r"my", r"mine", r"myself",
        r"our (?:clinic|practice|team|patients|clients|blog|site|website|article|post|program|"
        r"course|video|readers|therapists|staff|office|center|centre)",
        r"(?:in|on) (?:this|our|my|today['\u2019]?s) (?:blog|post|article|video|episode)",
        r"we(?:['\u2019](?:ve|ll))? (?:explore|discuss|cover|offer|provide|recommend|wrote|"
        r"have written|will (?:look|explore|discuss|cover|show)|have all heard)",
    ),
)
SPUN_PATTERNS = phrases(
    r"(?:returned|again|decrease(?: again)?) (?:ache|pain)", r"muscle tissues",
    r"be afflicted by", r"come collectively", r"application e-?book",
    r"(?:flexor|core|back|hip) sports", r"sports and stretches", r"decrease returned",
)


def detect_marketing(sentence: str) -> str | None:
    """Drop product plugs, sales hooks and shouted emphasis."""
    found = first_match(MARKETING_PATTERNS, sentence) or first_match((SHOUTED_RE,), sentence)
    return f"{MARKETING}: '{found}'" if found else None


def detect_call_to_action(sentence: str) -> str | None:
    """Drop 'click', 'sign up', 'watch the video above' and the like."""
    found = first_match(CALL_TO_ACTION_PATTERNS, sentence)
    return f"{CALL_TO_ACTION}: '{found}'" if found else None


def detect_joke(sentence: str) -> str | None:
    """Drop jokes and their cues ('get it?', 'ha ha', 'pun intended')."""
    found = first_match(JOKE_PATTERNS, sentence)
    return f"{JOKE}: '{found}'" if found else None


def detect_first_person(sentence: str) -> str | None:
    """Drop the writer talking about themselves: 'I said', 'our clinic', 'in this blog, we'."""
    found = first_match(FIRST_PERSON_PATTERNS, sentence)
    return f"{FIRST_PERSON}: '{found}'" if found else None


def detect_spun(sentence: str) -> str | None:
    """Drop article-spinner synonyms ('returned ache' for back pain, 'muscle tissues')."""
    found = first_match(SPUN_PATTERNS, sentence)
    return f"{SPUN}: '{found}'" if found else None


# --- the pipeline ----------------------------------------------------------------------

SentenceCheck = Callable[[str], str | None]
SENTENCE_CHECKS: tuple[SentenceCheck, ...] = (
    detect_fragment, detect_marketing, detect_call_to_action, detect_joke, detect_first_person,
    detect_spun,
)


def drop_reason(sentence: str, kept: Sequence[str], seen: PhraseIndex) -> str | None:
    """The reason of the first step that drops the sentence, or None to keep it.

    `kept` holds the sentences kept so far (or just those sharing a shingle with this one);
    `seen` indexes the phrases of every earlier sentence, kept or not.
    """
    reason = (
        detect_exact_duplicate(sentence, kept)
        or detect_near_duplicate(sentence, kept)
        or detect_scrambled(sentence, seen)
    )
    for check in SENTENCE_CHECKS:
        reason = reason or check(sentence)
    return reason


@dataclass
class History:
    """What the cleaner has met so far in one document, indexed so each step stays cheap."""

    kept: list[str] = field(default_factory=list)
    kept_by_shingle: dict[Shingle, list[int]] = field(default_factory=dict)
    phrases: dict[Shingle, set[int]] = field(default_factory=dict)

    def similar_kept(self, sentence: str) -> list[str]:
        """Kept sentences sharing at least one 3-shingle with this one, in source order."""
        found = {i for gram in shingles(sentence) for i in self.kept_by_shingle.get(gram, ())}
        return [self.kept[i] for i in sorted(found)]

    def remember(self, sentence: str, number: int, keep: bool) -> None:
        for gram in shingles(sentence, PHRASE_WORDS):
            self.phrases.setdefault(gram, set()).add(number)
        if keep:
            for gram in shingles(sentence):
                self.kept_by_shingle.setdefault(gram, []).append(len(self.kept))
            self.kept.append(sentence)


def clean_web_text(text: str) -> Cleaned:
    """Normalise, split and keep only the sentences no detector objects to."""
    history = History()
    dropped: list[Dropped] = []
    for number, sentence in enumerate(split_sentences(normalize(text))):
        reason = drop_reason(sentence, history.similar_kept(sentence), history.phrases)
        if reason is not None:
            dropped.append(Dropped(sentence, reason))
        history.remember(sentence, number, keep=reason is None)
    return Cleaned(tuple(history.kept), tuple(dropped))
