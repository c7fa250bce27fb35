"""Text normaliser for memory texts: content terms, numbers, entities, negations.

Two sentences that embed almost identically can state different facts ("backup at 02:00" vs
"at 04:00" is cosine distance 0.024 with all-MiniLM-L6-v2), so the dedup and recall policies
compare what the sentences *say* with the cheap, deterministic features extracted here.
No model and no download: a regex tokeniser, a light suffix stemmer, a stopword list and a
small thesaurus of paraphrase groups, antonym pairs and closed sets of alternatives; and the
comparisons dedup makes with them (an edited detail, swapped pairs, a moved negation, a
change announced with "now" or "still").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

__all__ = [
    "ALTERNATIVES",
    "ANTONYMS",
    "STOPWORDS",
    "Facts",
    "alternative_clash",
    "announces_change",
    "antonym_clash",
    "content_terms",
    "extract_facts",
    "negation_moved",
    "new_entities",
    "plain_name",
    "same_term",
    "stem",
    "swapped_pairs",
    "targeted_edit",
    "tokenize",
]

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)?(?:[.:][0-9]+)*%?")
# "14:00", "2:30 pm", "2.30pm", "2pm"; a bare "1.29" is a version, not a time.
_TIME = re.compile(
    r"\b(?P<h>\d{1,2}):(?P<m>\d{2})\s*(?P<ap>am|pm)?\b"
    r"|\b(?P<h2>\d{1,2})(?:\.(?P<m2>\d{2}))?\s*(?P<ap2>am|pm)\b",
    re.I,
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_AGE = re.compile(r"\b(\w+)[- ]years?[- ]old\b", re.I)  # "three-year-old" is "aged three"
_NOON = re.compile(r"\b(?:12\s*)?(?:noon|midday)\b", re.I)
_MIDNIGHT = re.compile(r"\b(?:12\s*)?midnight\b", re.I)
# Bounds said two ways: "no more than 28%" is "28% or below", not a negation.
_AT_MOST = re.compile(
    r"\b(?:no|not) (?:more|later|higher|greater|longer|bigger) than\b|\bor (?:below|less|fewer|under|earlier|lower)\b"
    r"|\bat (?:the )?most\b",
    re.I,
)
_AT_LEAST = re.compile(
    r"\b(?:no|not) (?:less|fewer|earlier|lower|shorter|smaller) than\b|\bor (?:above|more|over|later|higher)\b"
    r"|\bat (?:the )?least\b",
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
    inside within instead rather aged
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
    ("manage", "handle", "operate"),
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
    ("son", "boy"),
    ("daughter", "girl"),
    ("car", "vehicle", "drive", "driving"),
    ("cycle", "bike", "bicycle"),
    ("call", "name"),
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
    ("atmost", "atleast"),
)

# Closed sets of alternatives: two wordings naming different members state different facts
# ("her son" vs "her daughter", "by train" vs "by bus"), however the rest is reworded.
ALTERNATIVES: tuple[tuple[str, ...], ...] = (
    (
        "son",
        "daughter",
        "wife",
        "husband",
        "partner",
        "mother",
        "father",
        "brother",
        "sister",
        "aunt",
        "uncle",
        "niece",
        "nephew",
        "cousin",
        "grandson",
        "granddaughter",
        "grandmother",
        "grandfather",
        "stepson",
        "stepdaughter",
        "fiance",
        "fiancee",
        "girlfriend",
        "boyfriend",
    ),
    (
        "dog",
        "cat",
        "rabbit",
        "hamster",
        "parrot",
        "horse",
        "tortoise",
        "guinea",
        "ferret",
        "budgie",
        "greyhound",
        "labrador",
        "spaniel",
        "terrier",
        "collie",
        "poodle",
        "retriever",
        "beagle",
    ),
    (
        "train",
        "bus",
        "tram",
        "car",
        "bike",
        "bicycle",
        "motorbike",
        "scooter",
        "ferry",
        "plane",
        "taxi",
        "walk",
        "cycle",
        "tube",
        "metro",
        "coach",
    ),
    (
        "tea",
        "coffee",
        "beer",
        "wine",
        "water",
        "juice",
        "milk",
        "cola",
        "whisky",
        "gin",
        "vodka",
        "espresso",
        "latte",
        "cappuccino",
    ),
    ("oat", "almond", "soy", "soya", "cow", "coconut", "rice"),
    ("vegetarian", "vegan", "pescatarian", "carnivore"),
    ("breakfast", "lunch", "dinner", "brunch", "supper"),
    ("morning", "afternoon", "evening"),
    ("hourly", "daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "annually"),
    ("red", "orange", "yellow", "green", "blue", "purple", "pink", "black", "white", "grey", "gray", "brown"),
    ("window", "aisle", "middle"),
    ("spring", "summer", "autumn", "fall", "winter"),
    ("north", "south", "east", "west"),
    (
        "piano",
        "guitar",
        "bass",
        "drums",
        "violin",
        "cello",
        "flute",
        "saxophone",
        "trumpet",
        "ukulele",
        "clarinet",
    ),
    ("alto", "soprano", "tenor", "baritone"),
    ("junior", "senior", "principal", "intern", "trainee", "apprentice"),
    (
        "nurse",
        "doctor",
        "surgeon",
        "consultant",
        "registrar",
        "pharmacist",
        "teacher",
        "lecturer",
        "professor",
        "engineer",
        "developer",
        "designer",
        "architect",
        "analyst",
        "accountant",
        "lawyer",
        "solicitor",
        "chef",
        "technician",
        "assistant",
        "administrator",
        "coordinator",
        "secretary",
        "receptionist",
    ),
    (
        "gym",
        "pool",
        "yoga",
        "pilates",
        "running",
        "swimming",
        "cycling",
        "climbing",
        "tennis",
        "football",
        "rugby",
        "cricket",
        "golf",
        "hockey",
        "netball",
        "basketball",
    ),
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
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
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

_ALTERNATIVE_GROUP: dict[str, int] = {}
for _index, _group in enumerate(ALTERNATIVES):
    for _member in _group:
        _ALTERNATIVE_GROUP.setdefault(_CANONICAL.get(stem(_member), stem(_member)), _index)

_ANTONYM_OF: dict[str, set[str]] = {}
for _a, _b in ANTONYMS:
    _ANTONYM_OF.setdefault(stem(_a), set()).add(stem(_b))
    _ANTONYM_OF.setdefault(stem(_b), set()).add(stem(_a))


def plain_name(word: str) -> str:
    """A name lower-cased, without its possessive ("Femi's" -> "femi")."""
    return re.sub(r"['’]s$", "", word).lower()


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens; hyphenated words split, contractions kept whole ("doesn't")."""
    out: list[str] = []
    text = _contrast(_AT_LEAST.sub(" atleast ", _AT_MOST.sub(" atmost ", text)))
    text = _AGE.sub(r" aged \1 ", text)
    text = re.sub(r"\b([Nn]o)-(?=\w)", r"\1", text)  # "no-shows" is a noun, not a negation
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
        if _NUMBER.fullmatch(tok.rstrip("%")) or _ORDINAL.fullmatch(tok):
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
    negated: frozenset[str] = frozenset()
    """Content terms in the scope of a negation: up to the end of its clause."""


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

    rest = _NOON.sub(" t12:00 ", text)
    rest = _MIDNIGHT.sub(" t00:00 ", rest)
    found.update(re.findall(r"t\d\d:\d\d", rest))
    rest = re.sub(r"t\d\d:\d\d", " ", rest)
    rest = _TIME.sub(_time, rest)
    for m in _NUMBER.finditer(rest):
        found.add(m.group(0).replace(",", ""))
    for tok in tokenize(rest):
        if tok in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[tok])
    return found


def _entities(text: str) -> set[str]:
    """Capitalised words that are not sentence-initial, lower-cased (names, products, places)."""
    found: set[str] = set()
    for m in _CAPITALISED.finditer(text):
        start = m.start()
        before = text[:start].rstrip()
        if not before or before[-1] in '.!?:;"(':
            continue
        for part in re.split(r"[-']", plain_name(m.group(0))):
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
        negated=frozenset(_negated(text)),
    )


def _contrast(text: str) -> str:
    """", not Castilian" contrasts, like "rather than Castilian": an order, not a negation."""
    return re.sub(r",\s*not\b", " rather than", text)


def _negated(text: str) -> set[str]:
    """Content terms after a negation word in the same clause ("doesn't drink green tea")."""
    found: set[str] = set()
    for clause in re.split(r"[;,.:!?()]|\b(?:but|and|while|whereas|instead)\b", _contrast(text)):
        in_scope = False
        for tok in tokenize(clause):
            if tok in _NEGATIONS:
                in_scope = True
            elif in_scope and tok not in STOPWORDS and not tok[0].isdigit():
                s = stem(tok)
                found.add(_CANONICAL.get(s, s))
    return found


def negation_moved(a: Facts, b: Facts) -> bool:
    """True when a term one text negates appears un-negated in the other ("doesn't drink tea;
    drinks coffee" vs "doesn't drink coffee; drinks tea")."""
    return any(t in b.terms and t not in b.negated for t in a.negated) or any(
        t in a.terms and t not in a.negated for t in b.negated
    )


def antonym_clash(a: Facts, b: Facts) -> bool:
    """True when one text uses a word whose antonym only the other text uses."""
    only_a = {stem(w) for w in a.words} - {stem(w) for w in b.words}
    only_b = {stem(w) for w in b.words} - {stem(w) for w in a.words}
    return any(_ANTONYM_OF.get(w, set()) & only_b for w in only_a)


def alternative_clash(a: Facts, b: Facts) -> bool:
    """True when each text names a different member of one closed set ("son" / "daughter")."""
    only_a, only_b = a.terms - b.terms, b.terms - a.terms
    groups_b = {_ALTERNATIVE_GROUP[w] for w in only_b if w in _ALTERNATIVE_GROUP}
    return any(_ALTERNATIVE_GROUP.get(w) in groups_b for w in only_a)


# Words that announce a changed state: "Google Pay is now live", "tests are still pending".
_CHANGE_MARKER = re.compile(
    r"\b(?:now|still|any ?more|nowadays|these days|no longer|switched|from now on)\b", re.I
)


def announces_change(new_text: str, old_text: str) -> bool:
    """Whether ``new_text`` says a state changed ("now", "still", "no longer") and ``old_text`` doesn't."""
    marked = {m.lower() for m in _CHANGE_MARKER.findall(new_text)}
    return bool(marked - {m.lower() for m in _CHANGE_MARKER.findall(old_text)})


def new_entities(new: Facts, old: Facts, old_text: str, new_text: str = "") -> set[str]:
    """Names in ``new`` that ``old`` does not mention, in any inflection or as an acronym.

    "Mondays" is "Monday"; "EA" is "Environment Agency" when the old text spells it out; and
    a name that only fills the subject the old text leaves out ("Gareth plays darts" for
    "Plays darts") is the user, not a new name.
    """
    old_stems = {stem(w) for w in old.words | old.entities}
    initials = _initials(old_text)
    subject = _implicit_subject(new_text, old_text)
    return {
        e
        for e in new.entities
        if stem(e) not in old_stems
        and e != subject
        and not (e.isalpha() and 2 <= len(e) <= 5 and e in initials)
    }


def _implicit_subject(new_text: str, old_text: str) -> str:
    """The name in ``new_text`` that stands for the user the old text leaves implicit: right
    before the verb ``old_text`` starts with ("Gareth plays" / "Plays"), or possessive where
    ``old_text`` says "her", "his" or "the user's" ("Tamsin's crew manager" / "Her crew ...")."""
    possessive = re.search(r"\b([A-Z][a-z]+)['’]s\b", new_text)
    if possessive and re.search(r"\b(?:her|his|their|user['’]s)\b", old_text, re.I):
        return possessive.group(1).lower()
    old_words = _WORD.findall(old_text)
    if not old_words or not old_words[0][:1].isupper():
        return ""
    verb = stem(old_words[0])
    words = _WORD.findall(new_text)
    for name, nxt in itertools.pairwise(words):
        if name[:1].isupper() and stem(nxt) == verb:
            return plain_name(name)
    return ""


def _initials(text: str) -> set[str]:
    """Initials of every run of two or more capitalised words ("Environment Agency" -> "ea")."""
    runs = re.findall(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?[A-Z][\w'’-]*)+", text)
    found: set[str] = set()
    for run in runs:
        words = [w for w in run.split() if w[0].isupper()]
        for i in range(len(words)):
            for j in range(i + 2, len(words) + 1):
                found.add("".join(w[0] for w in words[i:j]).lower())
    return found


def targeted_edit(new: str, old: str) -> bool:
    """Whether ``new`` is ``old`` with content words swapped, added or reordered, all else kept.

    Someone who restates a fact in their own words changes its function words too ("shuts
    every Monday" for "is closed on Mondays"); someone correcting one detail keeps the sentence
    and edits that detail ("her son is called Maya" for "her daughter ..."). So: the sequence of
    function words is identical and the sequence of content words is not.
    """
    (new_function, new_content), (old_function, old_content) = _shape(new), _shape(old)
    if new_function != old_function or new_content == old_content:
        return False
    ops = SequenceMatcher(None, old_content, new_content, autojunk=False).get_opcodes()
    if any(op == "replace" for op, *_ in ops):
        return True  # a word in place of another: "son" for "daughter", "Rory" for "Luca"
    removed = sorted(w for op, i1, i2, _, _ in ops if op == "delete" for w in old_content[i1:i2])
    added = sorted(w for op, _, _, j1, j2 in ops if op == "insert" for w in new_content[j1:j2])
    # a moved phrase ("type-annotated Python examples") or one word more or less rewords
    return removed != added and len(removed) + len(added) > 1


def swapped_pairs(new: str, old: str) -> bool:
    """Whether the same names and numbers are paired with other words ("Theo, 7, and Maya, 4"
    for "Maya, 7, and Theo, 4"; "Rory on Saturdays and Luca on Sundays" for the reverse; "the
    detail first" for "the summary first").

    Reordering a sentence keeps each name with its word ("Linear for tickets and Notion for
    specs" either way round), so only a changed pairing counts.
    """
    new_pairs, old_pairs = set(_anchor_pairs(new)), set(_anchor_pairs(old))
    if {a for _, a, _ in new_pairs} != {a for _, a, _ in old_pairs}:
        return False
    new_words, old_words = set(content_terms(new)), set(content_terms(old))
    for side, a, w in new_pairs - old_pairs:
        for s, b, v in old_pairs - new_pairs:
            if s != side or not w:  # the end of the sentence goes with nothing
                continue
            # the word that went with one name or number now goes with another, or "first"
            # trades the two words it could go with ("the detail first" for "the summary first")
            if (b != a and v == w) or (a in _SEQUENCE and b == a and w in old_words and v in new_words):
                return True
    return False


_SEQUENCE = frozenset({"first", "second", "third", "last", "final"})


def _anchor_pairs(text: str) -> list[tuple[str, str, str]]:
    """("next", anchor, the content word after it) for each name, number or "first"/"last"
    after the first word, and ("prev", anchor, the word before it) for "first"/"last", which
    qualify the word they follow ("the detail first")."""
    words = [w for w in _WORD.findall(text.replace("-", " ")) if w.lower() not in STOPWORDS]
    canonical = [_CANONICAL.get(stem(w.lower()), stem(w.lower())) for w in words]
    pairs: list[tuple[str, str, str]] = []
    for i, word in enumerate(words[1:], start=1):
        sequence = word.lower() in _SEQUENCE
        if sequence or word[0].isdigit() or word[0].isupper():
            pairs.append(("next", word.lower(), canonical[i + 1] if i + 1 < len(words) else ""))
        if sequence:
            pairs.append(("prev", word.lower(), canonical[i - 1]))
    return pairs


def _shape(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(function words in order, canonical content words and numbers in order)."""
    function: list[str] = []
    content: list[str] = []
    for tok in tokenize(text):
        if tok in _NUMBER_WORDS:
            content.append(_NUMBER_WORDS[tok])
        elif tok[0].isdigit():
            content.append(tok)
        elif tok in STOPWORDS or tok in _NEGATIONS:
            function.append(tok)
        else:
            s = stem(tok)
            content.append(_CANONICAL.get(s, s))
    return tuple(function), tuple(content)
