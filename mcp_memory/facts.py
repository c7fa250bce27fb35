"""Text normaliser for memory texts: content terms, numbers, entities, negations.

Two sentences that embed almost identically can state different facts ("backup at 02:00" vs
"at 04:00" is cosine distance 0.024 with all-MiniLM-L6-v2), so the dedup and recall policies
compare what the sentences *say* with the cheap, deterministic features extracted here.
No model and no download: a regex tokeniser, a light suffix stemmer, a stopword list and a
small thesaurus of paraphrase groups and antonym pairs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "ANTONYMS",
    "STOPWORDS",
    "Facts",
    "antonym_clash",
    "content_terms",
    "extract_facts",
    "name_phrases",
    "refers_to_person",
    "same_term",
    "stem",
    "tokenize",
]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?(?:[.:][0-9]+)*%?")
# "14:00", "2:30 pm", "2.30pm", "2pm"; a bare "1.29" is a version, not a time.
_TIME = re.compile(
    r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ap>am|pm)?\b"
    r"|\b(?P<h2>\d{1,2})(?:\.(?P<m2>\d{2}))?\s*(?P<ap2>am|pm)\b",
    re.I,
)
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)*")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*\b")

# Function words plus words every memory shares ("user"), so they carry no evidence.
STOPWORDS: frozenset[str] = frozenset(
    """
    a about above after again all am an and any are as at be been being both but by can
    could did do does doing done during each few for from further get gets got had has
    have having he her here hers herself him himself his how i if in into is it its itself
    just let lets me more most my myself of off on once only or other our ours out over
    own same shall she should so some such than that the their theirs them then there
    these they this those through to too under until up upon us very was we were what when
    where which while who whom whose why will with would you your yours also via per
    currently really actually usually generally typically definitely strongly basically
    mostly directly simply please tell know think user users user's person someone
    something anything thing things one ones being due because whether either each every
    inside within instead rather
    """.split()  # noqa: SIM905
)

# Negation markers; "never"/"no" flip a fact as much as "not" does.
_NEGATIONS: frozenset[str] = frozenset(
    """
    not no never none nobody nothing neither nor without cannot cant dont doesnt isnt
    arent wasnt werent wont didnt hasnt havent hadnt shouldnt couldnt wouldnt
    """.split()  # noqa: SIM905
)

# Words that order two things ("X over Y", "X, not Y", "from X to Y"): the term after them matters.
_ORDER_MARKERS: frozenset[str] = frozenset(
    ["over", "than", "not", "instead", "versus", "vs", "from", "to", "before", "after", "until", "rather"]
)

# Paraphrase groups: members are interchangeable when comparing two wordings of one fact.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("prefer", "like", "favour", "favor", "love", "enjoy", "fond", "go for"),
    ("dislike", "hate", "detest", "loathe", "avoid"),
    ("store", "keep", "save", "kept", "hold", "retain", "retention"),
    ("manage", "handle", "run", "operate"),
    ("live", "based", "reside"),
    ("manager", "boss", "supervisor", "report", "line manager"),
    ("job", "work", "role", "position", "occupation", "profession"),
    ("long", "lengthy"),
    ("short", "brief", "concise"),
    ("big", "large"),
    ("small", "little", "tiny"),
    ("fast", "quick", "rapid"),
    ("day", "daily", "everyday"),
    ("evening", "night"),
    ("begin", "start"),
    ("finish", "end"),
    ("meeting", "meet", "sync"),
    ("error", "failure", "fault"),
    ("fix", "resolve", "repair"),
    ("use", "using", "utilise", "utilize"),
    ("write", "written"),
    ("kid", "child", "children"),
    ("car", "vehicle"),
    ("buy", "purchase"),
    ("want", "wish"),
    ("need", "require"),
    ("allow", "permit"),
    ("remove", "delete", "drop"),
    ("configure", "setup", "set"),
    ("couple", "pair"),
)

# Antonym pairs: a wording that swaps one for the other states the opposite fact.
ANTONYMS: tuple[tuple[str, str], ...] = (
    ("enabled", "disabled"),
    ("enable", "disable"),
    ("on", "off"),
    ("true", "false"),
    ("allowed", "forbidden"),
    ("allow", "deny"),
    ("accept", "reject"),
    ("open", "closed"),
    ("public", "private"),
    ("light", "dark"),
    ("before", "after"),
    ("early", "late"),
    ("earlier", "later"),
    ("increase", "decrease"),
    ("more", "less"),
    ("above", "below"),
    ("min", "max"),
    ("minimum", "maximum"),
    ("up", "down"),
    ("start", "stop"),
    ("love", "hate"),
    ("like", "dislike"),
    ("prefer", "dislike"),
    ("always", "never"),
    ("automatically", "manually"),
    ("automatic", "manual"),
    ("keep", "drop"),
    ("include", "exclude"),
    ("add", "remove"),
    ("optional", "required"),
    ("optional", "mandatory"),
    ("success", "failure"),
    ("pass", "fail"),
    ("win", "lose"),
    ("morning", "evening"),
    ("weekday", "weekend"),
    ("left", "right"),
    ("old", "new"),
    ("remote", "office"),
    ("internal", "external"),
    ("sync", "async"),
    ("synchronous", "asynchronous"),
    ("online", "offline"),
    ("hot", "cold"),
    ("high", "low"),
    ("fast", "slow"),
    ("buy", "sell"),
    ("import", "export"),
    ("inbound", "outbound"),
    ("upstream", "downstream"),
    ("present", "absent"),
)

_NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "sixty": "60",
    "seventy": "70",
    "eighty": "80",
    "ninety": "90",
    "hundred": "100",
    "thousand": "1000",
    "once": "1",
    "twice": "2",
    "thrice": "3",
    "single": "1",
    "double": "2",
    "triple": "3",
    "dozen": "12",
    "half": "0.5",
    "first": "1st",
    "second": "2nd",
    "third": "3rd",
    "fourth": "4th",
    "fifth": "5th",
    "last": "last",
    "twins": "2",
    "twin": "2",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip common English inflections so "runs", "running" and "run" compare equal."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ingly", "edly", "ing", "ed", "ly"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return w


_CANONICAL: dict[str, str] = {}
for _group in _SYNONYM_GROUPS:
    for _member in _group:
        _CANONICAL.setdefault(stem(_member), stem(_group[0]))

_ANTONYM_OF: dict[str, set[str]] = {}
for _a, _b in ANTONYMS:
    _ANTONYM_OF.setdefault(stem(_a), set()).add(stem(_b))
    _ANTONYM_OF.setdefault(stem(_b), set()).add(stem(_a))


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated words split, contractions kept whole ("doesn't")."""
    out: list[str] = []
    for raw in _WORD.findall(text.replace("-", " ").replace("/", " ")):
        tok = raw.lower().replace("’", "'")
        if tok.endswith("n't"):
            out.append(tok.replace("'", ""))
        elif tok.endswith("'s"):
            out.append(tok[:-2])
        else:
            out.append(tok.replace("'", ""))
    return out


@lru_cache(maxsize=16384)
def content_terms(text: str) -> tuple[str, ...]:
    """Stemmed, synonym-canonicalised content terms of ``text`` in order (stopwords dropped)."""
    terms: list[str] = []
    for tok in tokenize(text):
        if tok in STOPWORDS or tok in _NEGATIONS or tok in _NUMBER_WORDS:
            continue
        if _NUMBER.fullmatch(tok.rstrip("%")):
            continue
        s = stem(tok)
        terms.append(_CANONICAL.get(s, s))
    return tuple(terms)


def same_term(a: str, b: str) -> bool:
    """Whether two stemmed terms are one word in different derivations ("allergy"/"allergic")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 5 or not (a.isalpha() and b.isalpha()):
        return False
    prefix = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        prefix += 1
    return prefix >= 5 and prefix >= 0.7 * shorter


@dataclass(frozen=True)
class Facts:
    """The fact-bearing features of one text, as sets that compare across wordings."""

    terms: frozenset[str]
    numbers: frozenset[str]
    entities: frozenset[str]
    negations: int
    ordered: frozenset[tuple[str, str]]
    words: frozenset[str]


def _numbers(text: str) -> set[str]:
    found: set[str] = set()

    def _time(m: re.Match[str]) -> str:
        hour = int(m.group("h") or m.group("h2"))
        minute = int(m.group("m") or m.group("m2") or 0)
        meridiem = (m.group("ap") or m.group("ap2") or "").lower()
        if meridiem == "pm" and hour < 12:
            hour += 12
        if meridiem == "am" and hour == 12:
            hour = 0
        found.add(f"t{hour:02d}:{minute:02d}")
        return " "

    rest = _TIME.sub(_time, text)
    for m in _NUMBER.finditer(rest):
        found.add(m.group(0).replace(",", ""))
    for tok in tokenize(rest):
        if tok in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[tok])
        elif re.fullmatch(r"\d+(st|nd|rd|th)", tok):
            found.add(tok)
    return found


def _entities(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial, lower-cased (names, products, places)."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        start = m.start()
        before = text[:start].rstrip()
        if not before or before[-1] in '.!?:;"(':
            continue
        for part in re.split(r"[-']", m.group(0).lower()):
            if part and part not in STOPWORDS:
                found.add(part)
    return found


def _ordered(tokens: list[str]) -> set[tuple[str, str]]:
    """(marker, next content term) pairs, so "X, not Y" and "Y, not X" differ."""
    pairs: set[tuple[str, str]] = set()
    for i, tok in enumerate(tokens):
        if tok not in _ORDER_MARKERS:
            continue
        for nxt in tokens[i + 1 : i + 4]:
            if nxt not in STOPWORDS:
                s = stem(nxt)
                pairs.add((tok, _CANONICAL.get(s, s)))
                break
    return pairs


def extract_facts(text: str) -> Facts:
    """Extract numbers (times, versions, dates, number words), entities, negations and terms."""
    tokens = tokenize(text)
    return Facts(
        terms=frozenset(content_terms(text)),
        numbers=frozenset(_numbers(text)),
        entities=frozenset(_entities(text)),
        negations=sum(1 for t in tokens if t in _NEGATIONS),
        ordered=frozenset(_ordered(tokens)),
        words=frozenset(tokens),
    )


def antonym_clash(a: Facts, b: Facts) -> bool:
    """True when one text uses a word whose antonym only the other text uses."""
    only_a = {stem(w) for w in a.words} - {stem(w) for w in b.words}
    only_b = {stem(w) for w in b.words} - {stem(w) for w in a.words}
    return any(_ANTONYM_OF.get(w, set()) & only_b for w in only_a)


# Words that make a turn about the user or the user's world ("my", "we", "she", "the user"),
# and advice modals ("Which language should the email be in?" asks about the user's own case).
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|we'd|our|ours|ourselves|us|"
    r"let's|he|she|him|his|her|hers|himself|herself|user|user's|should|shall|ought)\b"
)
# Generic forms where "I"/"me" stand for anyone: "how do I boil an egg", "tell me a joke".
_GENERIC_PERSON = re.compile(r"\bhow (?:do|can|should|would|could|to) i\b|\b(?:tell|give|show|teach) me\b")
_NAME_PHRASE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")


@lru_cache(maxsize=4096)
def refers_to_person(text: str) -> bool:
    """Whether a turn is about the user or their people ("my run", "our NPS", "her son").

    A general-knowledge turn ("What is the speed of light?", "How do I boil an egg?") is not;
    recall asks it for stronger evidence, since no memory of the user is likely to help.
    """
    lowered = _GENERIC_PERSON.sub(" ", text.lower().replace("’", "'"))
    return _PERSONAL.search(lowered) is not None


@lru_cache(maxsize=4096)
def name_phrases(text: str) -> tuple[str, ...]:
    """Multi-word proper names, lower-cased ("Leeds Castle"); a sentence's first word is dropped."""
    found: list[str] = []
    for m in _NAME_PHRASE.finditer(text):
        words = m.group(0).split()
        before = text[: m.start()].rstrip()
        if not before or before[-1] in '.!?:;"(':
            words = words[1:]
        if len(words) >= 2:
            found.append(" ".join(words).lower())
    return tuple(found)
