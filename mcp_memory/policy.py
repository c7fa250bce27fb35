"""Recall and dedup policies over the K nearest memories of one scope (issue 7).

Engine-agnostic: the long-term store (server-side KNN or client-side numpy) fetches the
``RecallPolicy.candidate_pool`` nearest memories of the caller's scope within
``RecallPolicy.pool_distance`` and hands them here, sorted by cosine distance. Nothing here
talks to Redis or loads a model.

Why not a fixed distance cutoff: with all-MiniLM-L6-v2 a question sits far from the statement
that answers it ("Does the user have any pets?" -> "Has two rescue greyhounds." is 0.66) while
unrelated turns sit at 0.6-0.9, so one threshold either misses answers or recalls noise.
The policy therefore accepts a hit on any of these kinds of evidence:

- *close*: distance <= ``max_distance`` (the source design's 0.55);
- *near*, by what the turn is (``turns.turn_kind``): a turn about the user ("Which city is
  she in?", "Book a table for me and my wife") up to ``personal_distance``, since its answer
  typically sits at 0.55-0.80; another request or statement ("Suggest a restaurant for
  tonight", "Draft a reply to the agency") up to ``loose_distance``, or up to
  ``overlap_distance`` when the hit shares ``min_overlap`` of its word weight (quoted text
  left out), because unrelated tasks ("Recommend a board game", "Translate 'good morning'
  into Italian") land at 0.65-0.80 too;
  general knowledge ("What is the speed of light?", "How do I boil an egg?", a joke or
  poem) none: no memory is likely to help those;
- *lexical*: the hit shares rare content words with the query (BM25-style weights over the
  pool; stemmed, stopwords and synonyms folded): one shared word up to
  ``single_term_distance``, ``min_lexical_terms`` words up to ``lexical_distance``. One word
  alone is weak evidence because it may be another sense ("speed of light" vs "light mode");
  a multi-word name matches only whole ("Leeds Castle" is not "Leeds United").

A general question about something a memory merely shares a word with gets nothing from that
memory, not even by distance: it names what the memory does not ("Cardiff Castle" vs "a
Cardiff City season ticket") or writes in lower case what the memory uses as a name ("How is
mochi pounded?" vs "Has a shiba inu named Mochi.").

The band only says whether a turn has an answer: once it has, the memories shown are those
with close or lexical evidence and the neighbours within ``relative_margin`` of the best one
(not every memory the band reaches: "the user" alone makes two memories 0.7 close), ranked by
reciprocal rank fusion of the distance rank and the lexical rank.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mcp_memory.align import (
    align_acronyms,
    align_in_laws,
    align_numbers,
    align_spellings,
    align_weekdays,
    sorted_lists,
)
from mcp_memory.align import clear_cache as clear_align_cache
from mcp_memory.facts import (
    CALENDAR_WORDS,
    STOPWORDS,
    Facts,
    abbreviates,
    affirmed_denied,
    alternative_clash,
    announces_change,
    antonym_clash,
    ascii_letters,
    canonical_term,
    changed_status,
    condition_added,
    content_terms,
    count_changed,
    currency_changed,
    day_span_changed,
    direction_swapped,
    doer_changed,
    drops_clock_time,
    drops_detail,
    exception_named,
    extract_facts,
    fear_swapped,
    first_swapped,
    frequency_changed,
    hedge_changed,
    inserted_detail,
    join_flipped,
    joined_compounds,
    kin_degree_changed,
    kin_names,
    knowing_flipped,
    liking_flipped,
    living_changed,
    narrowed_to_one,
    need_changed,
    negation_flipped,
    negation_moved,
    new_entities,
    not_giving_up,
    not_to_flipped,
    numbers_differ,
    other_subject,
    own_for_named,
    particle_flipped,
    per_thing_changed,
    plain_name,
    pronoun_swapped,
    qualifier_changed,
    ranges_swapped,
    relation_renamed,
    rent_direction_flipped,
    replaced_phrase,
    role_changed,
    roles_swapped,
    route_changed,
    same_term,
    sign_flipped,
    spelled_out,
    stem,
    swapped_pairs,
    swapped_spans,
    targeted_edit,
    tense_changed,
    tense_swapped,
    terms_after,
    times_swapped,
    tokenize,
    tolerance_flipped,
    turned_down,
    unit_changed,
    when_swapped,
    with_meal_count,
    with_name_count,
    without_article_one,
)
from mcp_memory.facts import clear_cache as clear_facts_cache
from mcp_memory.links import clear_cache as clear_link_cache
from mcp_memory.links import helps_out, leaned_on, linked, relatives_named, same_people, styled
from mcp_memory.turns import (
    TurnKind,
    about_a_stain,
    asks_for_a_task,
    common_words,
    is_creative,
    is_encyclopedic,
    is_general_knowledge,
    is_how_to,
    mentions_name,
    name_phrases,
    on_a_bare_theme,
    proper_names,
    query_names,
    refers_to_own_world,
    refers_to_person,
    tells_news,
    turn_kind,
    without_quotes,
)

__all__ = [
    "DEFAULT_DEDUP_THRESHOLD",
    "DEFAULT_REWORDED_THRESHOLD",
    "Candidate",
    "DedupVerdict",
    "RecallPolicy",
    "classify_near_neighbour",
    "clear_caches",
    "select_recall",
]

DEFAULT_DEDUP_THRESHOLD = 0.25
"""Cosine distance under which a new memory is checked against its nearest neighbour.

Wider than the source design's 0.20 because the fact check below now stops changed facts
from being merged; rewordings such as "Is lactose intolerant." vs "The user is lactose
intolerant." sit at 0.21.
"""

DEFAULT_REWORDED_THRESHOLD = 0.45
"""Up to this distance a new memory that states no other fact, drops no number or name, and
shares half its content words with its neighbour is a rewording of it ("Femi has a penicillin
allergy." / "Is allergic to penicillin." is 0.33, "Takes his Earl Grey black." 0.43): a
duplicate, never an update. 0.40 before; 0.45 merges 4 more near-duplicates of 637 and 2-6 % more
of four look-alike sets' rewordings, and no changed fact or different-fact pair."""

REWORDED_MIN_COVERAGE = 0.5
"""Share of a rewording's content words its neighbour must contain (derivations count); 0.75
before the fact checks learnt restatements' times, negations and abbreviations (near-duplicates
on all users 76 -> 85 %, no distinct memory or look-alike pair merged for it)."""

CLOSE_MIN_COVERAGE = 0.3
"""The same share under ``DEFAULT_DEDUP_THRESHOLD``; below it the new text is another fact on the
same topic, kept beside its neighbour (neither a duplicate nor an edit that supersedes it)."""
NEAR_COPY_DISTANCE = 0.05
"""Under this distance two texts share nearly every word (a swap or a one-word edit is 0.003-0.03
apart; restatements that reorder a sentence start near 0.08), so one name or number with another
word is enough to call the new text an edit."""

DedupVerdict = Literal["duplicate", "update", "distinct"]


class Candidate(BaseModel):
    """One KNN neighbour the store found in the caller's scope."""

    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    distance: float
    created_ts: float = 0.0


class RecallPolicy(BaseModel):
    """Knobs of ``select_recall``; defaults measured with ``python -m bench.quality``."""

    model_config = ConfigDict(frozen=True)

    max_distance: float = Field(default=0.55, ge=0.0, le=2.0)
    """Hits this close are always recalled."""
    personal_distance: float = Field(default=0.80, ge=0.0, le=2.0)
    """Hits this close are recalled without lexical support when the turn is about the user."""
    loose_distance: float = Field(default=0.63, ge=0.0, le=2.0)
    """Hits this close are recalled without lexical support for a request or statement."""
    overlap_distance: float = Field(default=0.78, ge=0.0, le=2.0)
    """Hits this close are recalled for a request or statement that shares a content word."""
    link_distance: float = Field(default=1.0, ge=0.0, le=2.0)
    """Hits this close are recalled for a request that brings the memory's constraint into play
    (``links.linked``: "Suggest a dessert" and "Has type 2 diabetes"); the link is knowledge the
    model lacks, so it reaches the pool's edge ("It's minus three and I'm off for a run" and
    "cold air sets off her asthma" are 0.98 apart). 0.95 before: statements -0.7 points, no
    unrelated turn more."""
    min_overlap: float = Field(default=0.20, ge=0.0, le=1.0)
    """Share of a request's content-word weight a hit must exceed for ``overlap_distance``."""
    single_term_distance: float = Field(default=0.60, ge=0.0, le=2.0)
    """Farthest hit that one shared rare word can bring in (word-sense guard: "light" mode)."""
    lexical_distance: float = Field(default=0.85, ge=0.0, le=2.0)
    """Farthest hit that agreement on ``min_lexical_terms`` or more query words can bring in."""
    general_lexical_distance: float = Field(default=0.80, ge=0.0, le=2.0)
    """The same for a general-knowledge question: "How does the data bus in a computer work?"
    shares "bus" and "works" with "His Cardiff Bus works pension ..." 0.84 away."""
    min_lexical: float = Field(default=0.25, ge=0.0, le=1.0)
    """Share of the query's content-word weight a hit must match to count as lexical evidence."""
    min_lexical_terms: int = Field(default=2, ge=1)
    """Query words a hit beyond ``single_term_distance`` must share to count as lexical evidence."""
    relative_margin: float = Field(default=0.12, ge=0.0, le=2.0)
    """Once a query has a hit, neighbours within this distance of the best one join it."""
    lexical_weight: float = Field(default=1.0, ge=0.0)
    """Weight of the lexical rank against the distance rank in reciprocal rank fusion."""
    rrf_k: int = Field(default=10, ge=1)
    """Reciprocal rank fusion constant; small values trust the top ranks more."""
    candidate_pool: int = Field(default=50, ge=1)
    """How many nearest neighbours of the scope the store fetches, whatever ``k`` is."""
    pool_distance: float = Field(default=1.0, ge=0.0, le=2.0)
    """Farthest neighbour the store needs to fetch (beyond this nothing can be recalled)."""

    def capped(self, ceiling: float) -> RecallPolicy:
        """This policy under a caller's hard ceiling: always recall under it, and no band or
        kind of evidence reaches past it (every ``*_distance`` knob is capped)."""
        update = {
            name: min(value, ceiling)
            for name, value in self.model_dump().items()
            if name.endswith("_distance")
        }
        return self.model_copy(update={**update, "max_distance": ceiling})

    def pool_size(self, k: int) -> int:
        """Neighbours to fetch for ``k`` results: the pool, never fewer than ``k``."""
        return max(self.candidate_pool, k)


@dataclass(frozen=True)
class _Doc:
    """A memory text's terms, indexed by 5-letter prefix for derivation matches; cached per text."""

    terms: frozenset[str]
    by_prefix: dict[str, tuple[str, ...]]
    lowered: str

    def contains(self, term: str) -> bool:
        if term in self.terms:
            return True
        return len(term) >= 5 and any(same_term(term, w) for w in self.by_prefix.get(term[:5], ()))


@lru_cache(maxsize=16384)
def _doc(text: str) -> _Doc:
    terms = frozenset(content_terms(text))
    by_prefix: dict[str, list[str]] = {}
    for w in terms:
        if len(w) >= 5:
            by_prefix.setdefault(w[:5], []).append(w)
    return _Doc(terms, {k: tuple(v) for k, v in by_prefix.items()}, text.lower())


_HOW_IT_WORKS = re.compile(r"\bhow (?:does|do|did|would|will|can|could) .+ work\b", re.I)
_WORK_TERMS = frozenset(content_terms("work works"))


@lru_cache(maxsize=4096)
def _query(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...], TurnKind]:
    """Content terms, multi-word names with their terms, and the kind of turn."""
    terms = tuple(dict.fromkeys(content_terms(without_quotes(text))))
    if _HOW_IT_WORKS.search(text):  # "How does a starter motor work?" is not about a job
        terms = tuple(t for t in terms if t not in _WORK_TERMS)
    names = tuple((n, frozenset(content_terms(n))) for n in name_phrases(text))
    return terms, names, turn_kind(text)


def _lexical(query: str, candidates: list[Candidate]) -> tuple[list[float], list[int], TurnKind]:
    """Per candidate: weighted share of the query's terms it contains (0..1) and how many;
    and the kind of turn the query is.

    Terms are weighted by BM25's IDF over the pool, so a word most neighbours share
    ("prefer", the user's own name) counts for little. A multi-word name in the query
    ("Leeds Castle") matches only as a whole: a memory naming "Leeds United" shares no term.
    """
    q_terms, names, kind = _query(query)
    n = len(candidates)
    if not q_terms:
        return [0.0] * n, [0] * n, kind
    docs = [_doc(c.text) for c in candidates]
    matches = [[d.contains(t) for d in docs] for t in q_terms]
    for name, name_terms in names:
        for i, d in enumerate(docs):
            if not mentions_name(d.lowered, name):
                for row, t in zip(matches, q_terms, strict=True):
                    if t in name_terms:
                        row[i] = False
    weights = []
    for row in matches:
        df = sum(row)
        weights.append(math.log(1.0 + (n - df + 0.5) / (df + 0.5)))
    total = sum(weights)
    shares, counts = [0.0] * n, [0] * n
    for w, row in zip(weights, matches, strict=True):
        for i, hit in enumerate(row):
            if hit:
                shares[i] += w / total
                counts[i] += 1
    return shares, counts, kind


def clear_caches() -> None:
    """Forget every cached text analysis (the benchmark's cold-cache timing)."""
    for cached in (
        _doc,
        _query,
        content_terms,
        stem,
        name_phrases,
        proper_names,
        common_words,
        turn_kind,
        is_general_knowledge,
        refers_to_person,
        refers_to_own_world,
        tells_news,
        query_names,
        spelled_out,
        _single_names,
        _capitalised,
        kin_names,
        _people_names,
    ):
        cached.cache_clear()
    clear_link_cache()
    clear_facts_cache()
    clear_align_cache()


def select_recall(
    query: str, candidates: list[Candidate], k: int, policy: RecallPolicy | None = None
) -> list[Candidate]:
    """Choose the memories to show for ``query`` from its scoped nearest neighbours.

    The turn has an answer when its nearest memory is within its band (``personal_distance``
    about the user, ``loose_distance`` for another request, ``max_distance`` for general
    knowledge) or some memory has evidence of its own: distance <= ``max_distance``, a request
    sharing ``min_overlap`` of its words up to ``overlap_distance``, a constraint the request
    brings into play (``links.linked``) up to ``link_distance``, or rare shared words (one up
    to ``single_term_distance``, ``min_lexical_terms`` up to ``lexical_distance``). Shown: the
    memories with evidence of their own and those within ``relative_margin`` of the best (of
    the band, when the query names the user).

    Args:
        query: the text the query embedding was computed from.
        candidates: neighbours from one user/namespace(/kind), sorted by distance.
        k: most results to return.
        policy: knobs; ``RecallPolicy()`` when omitted.

    Returns:
        Up to ``k`` candidates, best first; empty when nothing is related to the query.
    """
    policy = policy or RecallPolicy()
    if not candidates or k <= 0:
        return []
    if is_encyclopedic(query) and not _FIRST_PERSON.search(
        _NOT_THE_USER.sub(" ", _REGNAL_NUMBER.sub(r"\1", query))
    ):
        return []  # "What's the population of Tallinn?" beside "He'll be in Tallinn in July"
    pool = sorted(candidates, key=lambda c: c.distance)
    lex, counts, kind = _lexical(query, pool)
    # a name that starts many memories makes them all look close: widen the margin to the band
    names_user = _names_the_user(query, pool)
    if names_user or (kind != "personal" and _names_someone_known(query, pool)):
        kind = "personal"
    elif kind == "personal" and is_creative(query) and _for_a_stranger(query, pool):
        kind = "general"  # "a birthday poem for my workmate Steve", whom no memory knows
    # "a red wine stain out of a carpet" beside "gout flares up after red wine", whoever spilt
    # it; "Tell me a joke about a cat." beside "Has two cats, Mostaza and Pimienta": nothing of
    # the user's goes in
    if about_a_stain(query) or (kind == "general" and on_a_bare_theme(query)):
        return []
    near = {
        "general": policy.max_distance,
        "personal": max(policy.max_distance, policy.personal_distance),
        "request": max(policy.max_distance, policy.loose_distance),
    }[kind]
    overlap = policy.overlap_distance if kind == "request" else 0.0

    links: set[int] = set()
    imperative = kind == "general" and asks_for_a_task(query)
    lexical_reach = (
        min(policy.lexical_distance, policy.general_lexical_distance)
        if kind == "general"
        else policy.lexical_distance
    )
    if kind == "general" and is_creative(query):
        lexical_reach = 0.0  # "a poem about the full moon" beside "doesn't eat meat on full moon days"

    relatives = relatives_named(query, [c.text for c in pool]) if kind == "personal" else frozenset()
    gift = _GIFT.search(query) is not None
    contact = _CONTACT.search(query) is not None

    def own_evidence(i: int) -> bool:
        """Close, or sharing words: enough to be shown whatever else is recalled."""
        d = pool[i].distance
        if (kind != "general" or imperative) and d <= policy.link_distance and linked(query, pool[i].text):
            links.add(i)
        elif kind == "personal" and d <= policy.link_distance and styled(query, pool[i].text):
            links.add(i)  # "Draft a reply to the municipal manager" and "Likes a formal tone"
        if kind == "personal" and d <= policy.link_distance and same_people(query, pool[i].text, relatives):
            if gift or contact:
                # what the person is into ranks with the best words for a present, and what is
                # known of them for a call or a visit ("remind me to ring mormor")
                links.add(i)
            return True  # "A birthday present for my husband" and "Her husband, Sorin, is a luthier"
        if d <= policy.max_distance or (d <= overlap and lex[i] > policy.min_overlap) or i in links:
            return True
        if kind != "general" and d <= policy.link_distance and leaned_on(query, pool[i].text):
            if helps_out(query, pool[i].text):
                links.add(i)  # "Who could feed the cat?" and "Her neighbour Inge feeds him when ..."
            return True  # "Who could take my shift?" and "Her colleague Sanne ..."
        if lex[i] < policy.min_lexical or d > lexical_reach:
            return False
        return d <= policy.single_term_distance or counts[i] >= policy.min_lexical_terms

    # a general question, or a how-to about the user's own things ("How do I stop my biscuits
    # spreading?"), may use a memory's word in another sense ("a greyhound called Biscuit"); the
    # how-to may name what the memory does not ("keep the dog calm on New Year's Eve")
    own_how_to = kind != "general" and is_how_to(query)
    user_names = (
        frozenset().union(*(_single_names(c.text) for c in pool))
        if kind == "general" or own_how_to
        else frozenset()
    )
    other_sense = [
        (kind == "general" and _about_something_else(query, c.text, user_names))
        or (own_how_to and _names_in_lower_case(query, c.text, user_names))
        for c in pool
    ]
    usable = [i for i in range(len(pool)) if not other_sense[i]]
    evident = {i for i in usable if own_evidence(i)}
    if not usable or not (pool[usable[0]].distance <= near or evident):
        return []
    # the band says whether the turn has an answer; beyond the best hit only neighbours within
    # the margin join it (not every memory the band reaches: "the user" alone is 0.7 close)
    cutoff = min(pool[usable[0]].distance + policy.relative_margin, policy.lexical_distance)
    if names_user:
        cutoff = max(cutoff, near)
    chosen = [i for i in usable if i in evident or pool[i].distance <= cutoff]
    lex_order = sorted((i for i in chosen if lex[i] > 0), key=lambda i: (-lex[i], i))
    lex_rank = {i: r for r, i in enumerate(lex_order)}
    score: dict[int, float] = {}
    for r, i in enumerate(chosen):
        score[i] = 1.0 / (policy.rrf_k + r)
        if i in lex_rank:
            score[i] += policy.lexical_weight / (policy.rrf_k + lex_rank[i])
        if i in links:  # a constraint the request brings into play ranks with the best words
            score[i] += policy.lexical_weight / policy.rrf_k
    ranked = sorted(chosen, key=lambda i: (-score[i], i))
    return [pool[i] for i in ranked[:k]]


_CONTACT = re.compile(r"\b(?:ring|call|phone|visit|see|text|message|email)\b", re.I)
_GIFT = re.compile(r"\b(?:present|gift|get (?:him|her|them|my \w+)|birthday|anniversary)\b", re.I)
_REGNAL_NUMBER = re.compile(r"\b([A-Z][a-z]+) (?:I(?= of\b)|[IVX]{2,}\b)")  # "Leopold I of", "Henry VIII"
# "in my head", "Tell me about ..." (the reader, not the subject); "My Way" mid-sentence is a title
_NOT_THE_USER = re.compile(
    r"\b[Ii]n my head\b|^(?:[Tt]ell|[Tt]each|[Gg]ive|[Ss]how) me\b|^[Hh]ow (?:do|can|could|should) I convert\b"
    r"|(?<=\w )My(?= [A-Z])"
)
_FIRST_PERSON = re.compile(r"\b(?:I|my|me|we|our|us)\b|\b(?:I['’]m|I['’]ve|we['’]re)", re.I)


def _names_the_user(query: str, pool: list[Candidate]) -> bool:
    """Whether the query names the user: a name that starts two or more of the scope's memories
    ("Femi is married to Adaeze.", "Femi's team ...") appears in it ("Where does Femi work?")."""
    named = set(query_names(query))
    if not named:
        return False
    # a word of a longer name none of the memories has is someone else: "Huckleberry Finn"
    phrases = name_phrases(query)
    texts = " ".join(c.text.lower() for c in pool) if phrases else ""
    for phrase in phrases:
        if not mentions_name(texts, phrase):
            named -= set(phrase.split())
    starts = Counter(_subject(c.text) for c in pool)
    return any(starts[name] >= 2 for name in named)


def _names_someone_known(query: str, pool: list[Candidate]) -> bool:
    """Whether the query names, on its own, someone a memory is about ("How does Rory get
    around town?" when a memory starts "Rory ...", "What's a good present for Themba's birthday?"
    when one says "Her husband, Themba, ..."): the user or their people, not a figure
    anyone could ask about ("Marcus Aurelius" when only "Marcus" is known), nor a place or a
    pet a memory mentions in passing ("the film Juno" for "a collie named Juno")."""
    if _kin_in_lower_case(query, pool):
        return True
    # "is canned tuna ok for pelusa as a treat", "can kulot have the bones"
    fed = {a or b for a, b in _FOR_SOMEONE.findall(query)} - STOPWORDS
    if fed and any(fed & _called(c.text) for c in pool):
        return True
    named = set(query_names(query)) - CALENDAR_WORDS - _HOLIDAYS  # "Can Bamse have ... the Sunday roast?"
    for phrase in name_phrases(query):  # "New Year's Eve" names no one
        named -= {re.sub(r"['’]s$", "", word) for word in phrase.split()}
    named -= {m[1].lower() for m in _LANDMARK.finditer(query)}  # "the Arsenal in Venice" is a place
    if not named:
        return False
    owned = {n for n in named if re.search(rf"\b{re.escape(n)}['’]s\b", query, re.I)}  # "Themba's birthday"
    alone = {  # "Can Hilla chew on bones?"; not "the TASS agency"
        n
        for n in named
        if len(named) == 1 and _ABOUT_ONE.match(query) and re.search(rf"\b{n.capitalize()}\b", query)
    }
    # one of the user's people by name alone ("what time is it where Nomin is"), not a figure
    # among other names ("What role did Marat play in the French Revolution?")
    known_alone = alone if alone and _only_capitalised(query, alone) else set()
    return any(
        _subject(c.text) in named
        or _people_names(c.text) & (owned if _ABOUT_A_FIGURE.match(query) else named)
        or (alone and _called(c.text) & alone)
        or (known_alone and _people_names(c.text) & known_alone)
        for c in pool
    )


def _for_a_stranger(query: str, pool: list[Candidate]) -> bool:
    """Whether the query names its people ("my workmate Steve") and no memory mentions them."""
    people = kin_names(query)
    texts = " ".join(c.text.lower() for c in pool)
    return bool(people) and not any(re.search(rf"\b{re.escape(p)}\b", texts) for p in people)


def _only_capitalised(query: str, names: set[str]) -> bool:
    """Whether ``names`` are the only capitalised words after the first (besides "I")."""
    words = re.findall(r"[\w'’-]+", query)[1:]
    return all(
        not w[:1].isupper()
        or w == "I"
        or w.startswith(("I'", "I’"))
        or re.sub(r"['’]s$", "", w).lower() in names
        for w in words
    )


@lru_cache(maxsize=16384)
def _people_names(text: str) -> frozenset[str]:
    """Names a memory gives the user's kin and friends ("Her husband, Themba", "His best mate
    Viliami Fifita")."""
    return kin_names(text) | {m.lower() for m in _FRIEND_NAME.findall(text)}


_FRIEND_NAME = re.compile(
    r"\b(?:[Bb]est|[Oo]ld|[Gg]ood|[Hh]is|[Hh]er|[Mm]y|[Tt]heir) (?:mate|pal|buddy),? ([A-Z][^\W\d_]+)"
)


def _kin_in_lower_case(query: str, pool: list[Candidate]) -> bool:
    """Whether the query types in lower case the name of one of the user's people ("when will
    nilufar be a real doctor" beside "Daughter Nilufar, 22, ..."; "yuis" for "Yui's")."""
    words = set(_BARE_LOWER_WORD.findall(query)) - STOPWORDS  # "a tom in a drum kit" is a drum
    if not words:
        return False
    words |= {w[:-1] for w in words if w.endswith("s")}
    return any(words & {n for n in kin_names(c.text) if len(n) > 2} for c in pool)


_HOLIDAYS = frozenset(
    "easter christmas xmas diwali eid ramadan hanukkah thanksgiving halloween passover lent advent".split()  # noqa: SIM905
)
_FOR_SOMEONE = re.compile(  # a pet's name typed in lower case: "give bamse some tuna", "can kulot have ..."
    r"\b(?:for|to|feed|give)\s+(?=([a-z]{3,})\b)|^(?:can|could|should|may) ([a-z]{3,}) (?:eat|have|drink|chew)\b"
)
_BARE_LOWER_WORD = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )\b[a-z]{3,}\b")


# "Who played Lars in ...?", "What role did Marat play ...?": a figure who shares a relative's
# name; "Plan a party for Tunde", "When's Eirik next home?" are about the relative
_ABOUT_A_FIGURE = re.compile(r"^(?:who|what|which|where)\b", re.I)


# "the Louvre in Paris", "the Arsenal in Venice": a landmark named with where it is, not a person
_LANDMARK = re.compile(r"\bthe ([A-Z][a-z]+) (?:in|of|at) [A-Z]")

# A question about one of the user's animals or people by name alone: "Can Hilla chew on raw
# reindeer bones?", "Which human foods are dangerous for Mrvica?", "How do I keep Bamse calm on
# New Year's Eve?" (not "Who is Pip in Great Expectations?": another name beside it)
_ABOUT_ONE = re.compile(
    r"(?:can|is|should|does|will|which|what|how (?:much|many|often|long)"
    r"|how (?:do|can|should) (?:i|we) (?:get|keep|stop|help|teach|train|calm|settle))\b",
    re.I,
)
_CALLED = re.compile(
    r"\b(?:called|named|(?:cat|dog|puppy|kitten|tomcat|tabby|rabbit|bunny|hamster|guinea pig|parrot|budgie|"
    r"horse|pony|tortoise|ferret|labrador|spaniel|terrier|collie|poodle|retriever|beagle|dachshund|"
    r"greyhound),?)\s+([A-Z][^\W\d_]+)"  # "a ridgeback named Mực"
)


def _called(text: str) -> set[str]:
    """Names a memory gives ("Has a grey tomcat called Mrvica.", "My cat Filemon is ..." -> mrvica,
    filemon)."""
    return {m.lower() for m in _CALLED.findall(text)}


def _subject(text: str) -> str:
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return plain_name(first.strip(",.:;"))


@lru_cache(maxsize=16384)
def _single_names(text: str) -> frozenset[str]:
    """Words used only as names mid-sentence ("a collie named Juno", "Rides a Canyon
    Endurace"), but not the last word of a longer name, which says what it is ("Kingsdown Farm",
    "the Community Choir"): "the farm" in a question is that farm, "mochi" is not that cat."""
    names = proper_names(text)
    found: set[str] = set()
    for m in _CAPITAL_RUN.finditer(text):
        before = text[: m.start()].rstrip()
        words = m.group(0).split()
        if (not before or before[-1] in ".!?:;(") and (len(words) == 1 or _VERB_LIKE.fullmatch(words[0])):
            words = words[1:]  # a sentence's first word: "Takes Mochi to ..."; not "Kikuchi Roofing quoted"
        if text[m.end() : m.end() + 2].strip()[:1].isdigit():
            words = words[:-1]  # a label before its number: "the Grade 9 budget", "Year 10"
        # an organisation ("Dunmanway Credit Union") is named by its first word, "credit union"
        # being what it is; a title in it ("Shelby Foote's The Civil War", "The Low Tides") by
        # the words after its "The" too
        title = words.index("The") + 1 if "The" in words else len(words)
        named = words[:1] + words[title:-1]
        found.update(stem(w) for w in named if stem(w) in names)
    return frozenset(found)


_VERB_LIKE = re.compile(r"[A-Z][a-z]+(?:s|ed)")  # "Takes", "Adopted": a memory's verb, not a name
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*")


@lru_cache(maxsize=16384)
def _capitalised(text: str) -> frozenset[str]:
    return frozenset(plain_name(w) for w in _CAPITAL_WORD.findall(text))


_CAPITAL_WORD = re.compile(r"\b[A-Z][\w'’-]*")


def _about_something_else(query: str, memory: str, user_names: frozenset[str] = frozenset()) -> bool:
    """Whether a general question is about something the memory only shares a word with: it
    names what the memory does not ("Cardiff Castle" vs "a Cardiff City season ticket"; "Venus"
    beside the "Morning Star" of "Morning Star School"), or writes in lower case what the memory
    uses as a name ("How is mochi pounded?" vs "Has a shiba inu named Mochi.", or "Mochi is an
    indoor cat." when the user's other memories name Mochi). Accents aside: "pōhutukawa" is
    the dog "Pōhutukawa"."""
    query, memory = ascii_letters(query), ascii_letters(memory)
    if any(not mentions_name(memory, name) for name in name_phrases(query)):
        return True
    if _WHO_WAS.match(query) and any(
        _names_a_place(memory, plain_name(n)) for n in name_phrases(query) or query_names(query)
    ):
        return True  # "Who was Haile Selassie?" beside "at the Haile Selassie roundabout"
    teams = [n for n in query_names(query) if not _TEAM_WORD.fullmatch(n.lower())]  # not "FC" itself
    if any(_names_a_team(memory, n) and not _names_a_team(query, n) for n in teams):
        return True  # "the history of the Liverpool docks" beside "Liverpool fan since childhood"
    named = set(query_names(query)) - CALENDAR_WORDS  # "... southern Mexico in March?": March is no name
    if named:  # "When was Bryggen in Bergen built?" is about Bryggen, not a dentist in Bergen
        memory_names = _capitalised(memory)
        if named & memory_names and named - memory_names:
            return True
        if any(re.search(rf"\b{re.escape(n)}s?\b", memory) for n in named - memory_names):
            return True  # "Why are Greyhound buses called that?" beside "a greyhound called Fecske"
    return _names_in_lower_case(query, memory, user_names)


def _names_a_place(memory: str, name: str) -> bool:
    """Whether every time ``memory`` says ``name`` it names a place or a body after someone
    ("the Haile Selassie roundabout", "Jomo Kenyatta airport"), not the person."""
    return _always_before(memory, name, _PLACE_NOUN, r"\w+")


def _names_a_team(text: str, name: str) -> bool:
    """Whether every time ``text`` says ``name`` it names a team ("Bologna FC", "a Liverpool
    fan"), not the city."""
    return _always_before(text, name, _TEAM_WORD, r"[\w.]+")


def _always_before(text: str, name: str, kind: re.Pattern[str], word: str) -> bool:
    """Whether ``text`` says ``name`` and every time the next ``word`` is one of ``kind``."""
    said = re.findall(rf"\b{re.escape(name)}\b(?:['’]s)?(\s+{word})?", text, re.I)
    return bool(said) and all(kind.fullmatch(after.strip().lower()) for after in said)


_WHO_WAS = re.compile(r"who (?:is|was|were)\b", re.I)
_PLACE_NOUN = re.compile(
    r"roundabout|road|street|avenue|drive|lane|square|bridge|airport|station|hospital|school|college"
    r"|university|stadium|park|market|mall|hall|library|museum|centre|center|building|tower|highway"
    r"|chitalishte|institute|foundation|theatre|theater|church|cathedral|monument|memorial|hotel|arena"
    r"|circle|interchange|junction|terminal|harbour|harbor|beach|mosque|temple"
)
_TEAM_WORD = re.compile(r"fc|f\.c\.|afc|cf|united|utd|rovers|wanderers|fan|fans|supporter|supporters|season")


def _names_in_lower_case(query: str, memory: str, user_names: frozenset[str]) -> bool:
    """Whether the query writes in lower case a name the memory gives ("my biscuits" beside "a
    greyhound called Biscuit")."""
    names = _single_names(memory)
    first = stem(_subject(memory))
    if first in user_names and first not in STOPWORDS:
        names |= {first}
    return bool(names) and bool(names & common_words(query))


def _states_other_fact(new_text: str, old_text: str, new: Facts, old: Facts, near_copy: bool = False) -> bool:
    """True when ``new_text`` changes a number, name, negation, antonym, alternative or order,
    or edits a detail of ``old_text`` while keeping its sentence (``targeted_edit``)."""
    new_numbers = with_meal_count(new.numbers, new_text, old.numbers)
    old_numbers = with_meal_count(old.numbers, old_text, new.numbers)
    new_numbers = with_name_count(new_numbers, new_text, old_numbers, old_text)
    old_numbers = with_name_count(old_numbers, old_text, new_numbers, new_text)
    new_numbers = without_article_one(new_numbers, new_text, old_numbers, old_text)
    if numbers_differ(new_numbers, without_article_one(old_numbers, old_text, new_numbers, new_text)):
        return True
    if new_entities(new, old, old_text, new_text):
        return True
    if antonym_clash(new, old) or alternative_clash(new, old) or announces_change(new_text, old_text):
        return True
    if tolerance_flipped(new_text, old_text):
        return True
    if (
        changed_status(new_text, old_text)
        or count_changed(new_text, old_text)
        or qualifier_changed(new_text, old_text)
        or hedge_changed(new_text, old_text)
        or need_changed(new_text, old_text)
        or first_swapped(new_text, old_text)
        or liking_flipped(new_text, old_text)
    ):
        return True
    if (
        unit_changed(new_text, old_text)
        or currency_changed(new_text, old_text)
        or per_thing_changed(new_text, old_text)
        or frequency_changed(new_text, old_text)
        or times_swapped(new_text, old_text)
        or when_swapped(new_text, old_text)
        or rent_direction_flipped(new_text, old_text)
        or fear_swapped(new_text, old_text)
        or living_changed(new_text, old_text)
        or exception_named(new_text, old_text)
        or own_for_named(new_text, old_text)
        or sign_flipped(new_text, old_text)
        or join_flipped(new_text, old_text)
        or tense_swapped(new_text, old_text)
        or route_changed(new_text, old_text)
        or day_span_changed(new_text, old_text)
        or ranges_swapped(new_text, old_text)
    ):
        return True
    if (
        tense_changed(new_text, old_text)
        or direction_swapped(new_text, old_text)
        or particle_flipped(new_text, old_text)
        or kin_degree_changed(new_text, old_text)
        or relation_renamed(new_text, old_text)
        or pronoun_swapped(new_text, old_text)
        or doer_changed(new_text, old_text)
    ):
        return True
    if role_changed(new_text, old_text):
        return True
    if condition_added(new_text, old_text) or narrowed_to_one(new_text, old_text):
        return True
    if negation_flipped(new, old) or negation_moved(new, old) or turned_down(new_text, old_text, new, old):
        return True
    if (
        not_to_flipped(new_text, old_text)
        or not_giving_up(new_text, old_text)
        or knowing_flipped(new_text, old_text)
    ):
        return True
    if affirmed_denied(new_text, old_text, new, old):
        return True
    if bool(_AGAINST.search(new_text)) != bool(_AGAINST.search(old_text)):
        return True  # "Voted against moving the book club" / "Voted to move the book club"
    if _order_flipped(new.ordered, old.ordered):
        return True
    markers = {m for m, _ in new.ordered} & {m for m, _ in old.ordered}
    shared = new.terms & old.terms
    named = {canonical_term(e) for e in new.entities ^ old.entities}  # numbers_differ compares the numbers
    for marker in markers:
        new_marked = {t for m, t in new.ordered if m == marker}
        old_marked = {t for m, t in old.ordered if m == marker}
        changed = new_marked ^ old_marked
        # "X over Y" vs "Y over X" (both texts name both things), or "to Friday" for "to
        # Thursday"; "to the office" for "to work" is a rewording, and so is a marked term on one
        # side only ("allergic to latex" / "a latex allergy")
        # "tea over coffee" / "coffee over tea" moves a marked term before the marker; "adopted
        # from a Santiago shelter" / "from a shelter in Santiago" only reorders what follows it
        reordered = changed <= terms_after(new_text, marker) and changed <= terms_after(old_text, marker)
        reordered = reordered or _modifier_dropped(
            new_text, old_text, new_marked - old_marked, old_marked - new_marked
        )
        swapped = changed <= shared and not reordered
        if new_marked - old_marked and old_marked - new_marked and (swapped or changed & named):
            return True
    if near_copy and _replaced_term(new, old) and _kept_sentence(new_text, old_text):
        return True
    return (
        inserted_detail(new_text, old_text)
        or targeted_edit(new_text, old_text)
        or replaced_phrase(new_text, old_text)
        or swapped_spans(new_text, old_text)
        or swapped_pairs(new_text, old_text, near_copy)
    )


KEPT_SENTENCE_RATIO = 0.55
"""How much of one word sequence two near copies must share for a swapped word to be an edited
detail: a rewording that reorders the sentence ("Diagnosed with coeliac disease at 19; she gets
sick for days ..." / "Has coeliac disease (diagnosed at 19); even a trace ...") shares less."""


def _modifier_dropped(new_text: str, old_text: str, new_only: set[str], old_only: set[str]) -> bool:
    """Whether one text's marked term is the other's with a word before it ("goes to class" /
    "goes to Kathak class"): one phrase, not another thing."""

    new_words, old_words = [stem(t) for t in tokenize(new_text)], [stem(t) for t in tokenize(old_text)]

    def before(
        words: list[str], first: set[str], then: set[str]
    ) -> bool:  # next to it: not "Austin to Seattle"
        return any(a in first and b in then for a, b in pairwise(words))

    # and the other text does not say the whole phrase elsewhere: "back to the local feed" for
    # "to feed from a supplier" beside "... because the local feed was" trades the feeds
    return (before(old_words, old_only, new_only) and not before(new_words, old_only, new_only)) or (
        before(new_words, new_only, old_only) and not before(old_words, new_only, old_only)
    )


def _kept_sentence(new_text: str, old_text: str) -> bool:
    """Whether the two texts keep most of one sentence in its order: an edit, not a rewording."""
    a, b = tokenize(new_text), tokenize(old_text)
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= KEPT_SENTENCE_RATIO


def _order_flipped(new: frozenset[tuple[str, str]], old: frozenset[tuple[str, str]]) -> bool:
    """Whether a thing one text has something happen before, the other has it after ("after
    breakfast and again after dinner" for "before breakfast and again after dinner")."""
    return any(
        (first, term) in new and (then, term) in old and (first, term) not in old and (then, term) not in new
        for first, then in (("before", "after"), ("after", "before"))
        for _, term in new
    )


_AGAINST = re.compile(r"\bagainst\b", re.I)
_LIGHT_VERBS = frozenset(content_terms("go goes get gets make makes do does take takes turn turns"))
"""Verbs that carry little of a fact: "Planning to go to Saariselka" is "planning a trip to" it,
"will be ten" is "turns 10"."""
_EMPHASIS = frozenset(content_terms("ever enough always absolutely whatsoever"))
"""Words that stress a fact without changing it: "a few crumbs are enough to" / "even a few crumbs"."""
_PARTICLES = frozenset(content_terms("around"))
"""The particle of a phrasal verb: "gets around with a walker" is "uses a walker"."""
_NO_DETAIL = _LIGHT_VERBS | _EMPHASIS | _PARTICLES
"""Terms a swapped word between near copies never is."""


def _replaced_term(new: Facts, old: Facts) -> bool:
    """Whether each text has a content term the other lacks in any derivation ("indoor-only"
    and "outdoor"), which between near copies is an edited detail."""
    new_only = [t for t in new.terms - _NO_DETAIL if not any(same_term(t, u) for u in old.terms)]
    old_only = [t for t in old.terms - _NO_DETAIL if not any(same_term(t, u) for u in new.terms)]
    return bool(new_only and old_only) and not abbreviates(new_only, old_only)


def _split_into(term: str, terms: frozenset[str]) -> bool:
    """Whether ``term`` is two of ``terms`` written as one word ("beehiv" is "bee" + "hiv")."""
    return any(term.startswith(a) and term[len(a) :] in terms for a in terms if 2 < len(a) < len(term) - 2)


def _covered(new_text: str, new_facts: Facts, old_facts: Facts) -> float:
    """Share of ``new_text``'s content terms that the old text also has (derivations count).

    A leading name ("Femi has a penicillin allergy.") is the memory's subject, the user, whom
    the neighbour leaves implicit ("Is allergic to penicillin."); it is not counted.
    """
    if not new_facts.terms:  # "Is thirty-four." / "Is 34 years old.": its number is all it says
        return 1.0 if new_facts.numbers and not numbers_differ(new_facts.numbers, old_facts.numbers) else 0.0
    new, old = set(new_facts.terms), old_facts.terms
    covered = {t for t in new if any(same_term(t, u) for u in old) or _split_into(t, old)}
    for whole in set(joined_compounds(content_terms(new_text), tuple(old))) - new:  # "bee hives" / "beehives"
        covered |= {t for t in new if t in whole}
    first = new_text.split(maxsplit=1)[0] if new_text.strip() else ""
    if first[:1].isupper():
        new -= set(content_terms(first)) - covered
    return len(covered) / len(new) if new else 0.0


def classify_near_neighbour(
    new_text: str,
    old_text: str,
    distance: float,
    dedup_threshold: float = DEFAULT_DEDUP_THRESHOLD,
    reworded_threshold: float = DEFAULT_REWORDED_THRESHOLD,
) -> DedupVerdict:
    """Decide what ``remember(new_text)`` does about its near neighbour ``old_text``.

    Returns:
        ``"update"`` when the neighbour is under ``dedup_threshold`` but ``new_text`` states
        another fact (a changed number, time, version, name, negation, antonym, alternative,
        order or edited detail) while keeping ``CLOSE_MIN_COVERAGE`` of its words: store it
        and supersede the old one;
        ``"duplicate"`` when it says the same thing: no other fact, and the neighbour has
        ``CLOSE_MIN_COVERAGE`` of its content words (under ``dedup_threshold``) or
        ``REWORDED_MIN_COVERAGE`` of them (a looser rewording, under ``reworded_threshold``):
        store nothing, bump the old hit count;
        ``"distinct"`` otherwise: both are kept. Beyond ``dedup_threshold`` nothing is ever
        superseded, nor is a neighbour the new text shares under ``CLOSE_MIN_COVERAGE`` of
        its words with ("The First XV play on Saturdays" beside "First XV training is on
        Tuesdays"): another fact on the same topic stands beside it.
    """
    if distance >= max(dedup_threshold, reworded_threshold):
        return "distinct"
    close = distance < dedup_threshold
    new_text, old_text = ascii_letters(new_text), ascii_letters(old_text)
    new_text, old_text = align_acronyms(new_text, old_text), align_acronyms(old_text, new_text)
    new_text, old_text = align_numbers(new_text, old_text), align_numbers(old_text, new_text)
    new_text, old_text = align_weekdays(new_text, old_text), align_weekdays(old_text, new_text)
    new_text, old_text = align_in_laws(new_text, old_text), align_in_laws(old_text, new_text)
    new_text = align_spellings(new_text, old_text)  # spelt as the old text spells it
    old_text = align_spellings(old_text, new_text)
    new_text, old_text = sorted_lists(new_text, old_text), sorted_lists(old_text, new_text)
    if roles_swapped(new_text, old_text):  # before the subject check: "Her brother owes her
        return "update" if close else "distinct"  # $2,000" replaces "Owes her brother $2,000"
    if other_subject(new_text, old_text):
        return "distinct"  # "her sister lives in Leeds" stands beside "lives in Leeds"
    new, old = extract_facts(new_text), extract_facts(old_text)
    coverage = _covered(new_text, new, old)
    if _states_other_fact(new_text, old_text, new, old, distance < NEAR_COPY_DISTANCE):
        # an edit keeps most of the sentence; "The First XV play on Saturdays" shares too little
        # of "First XV training is on Tuesdays" to replace it: another fact on the same topic
        return "update" if close and coverage >= CLOSE_MIN_COVERAGE else "distinct"
    if (not close and drops_detail(new, old, old_text)) or (close and drops_clock_time(new, old)):
        return "distinct"
    if coverage >= (CLOSE_MIN_COVERAGE if close else REWORDED_MIN_COVERAGE):
        return "duplicate"
    return "distinct"  # it shares too little of the neighbour to restate or edit it
