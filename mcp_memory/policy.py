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
- *near*: distance <= ``loose_distance`` when the turn is about the user ("my", "we", "her son";
  a question's answer typically sits at 0.55-0.70). A general-knowledge turn ("What is the
  speed of light?", "How do I boil an egg?") gets no near band: no memory is likely to help;
- *lexical*: the hit shares rare content words with the query (BM25-style weights over the
  pool; stemmed, stopwords and synonyms folded): one shared word up to
  ``single_term_distance``, ``min_lexical_terms`` words up to ``lexical_distance``. One word
  alone is weak evidence because it may be another sense ("speed of light" vs "light mode");
  a multi-word name matches only whole ("Leeds Castle" is not "Leeds United").

Once a query has such a hit, neighbours within ``relative_margin`` of the best distance join
it, and the hits are ranked by reciprocal rank fusion of the distance rank and lexical rank.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mcp_memory.facts import (
    Facts,
    antonym_clash,
    content_terms,
    extract_facts,
    name_phrases,
    refers_to_person,
    same_term,
    stem,
)

__all__ = [
    "DEFAULT_DEDUP_THRESHOLD",
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
    loose_distance: float = Field(default=0.70, ge=0.0, le=2.0)
    """Hits this close are recalled without lexical support when the turn is about the user."""
    single_term_distance: float = Field(default=0.60, ge=0.0, le=2.0)
    """Farthest hit that one shared rare word can bring in (word-sense guard: "light" mode)."""
    lexical_distance: float = Field(default=0.85, ge=0.0, le=2.0)
    """Farthest hit that agreement on ``min_lexical_terms`` or more query words can bring in."""
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


@lru_cache(maxsize=4096)
def _query(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, frozenset[str]], ...], bool]:
    """Content terms, multi-word names with their terms, and whether the turn is about the user."""
    terms = tuple(dict.fromkeys(content_terms(text)))
    names = tuple((n, frozenset(content_terms(n))) for n in name_phrases(text))
    return terms, names, refers_to_person(text)


def _lexical(query: str, candidates: list[Candidate]) -> tuple[list[float], list[int], bool]:
    """Per candidate: weighted share of the query's terms it contains (0..1) and how many.

    Terms are weighted by BM25's IDF over the pool, so a word most neighbours share
    ("prefer", the user's own name) counts for little. A multi-word name in the query
    ("Leeds Castle") matches only as a whole: a memory naming "Leeds United" shares no term.
    """
    q_terms, names, personal = _query(query)
    n = len(candidates)
    if not q_terms:
        return [0.0] * n, [0] * n, personal
    docs = [_doc(c.text) for c in candidates]
    matches = [[d.contains(t) for d in docs] for t in q_terms]
    for name, name_terms in names:
        for i, d in enumerate(docs):
            if name not in d.lowered:
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
    return shares, counts, personal


def clear_caches() -> None:
    """Forget every cached text analysis (the benchmark's cold-cache timing)."""
    for cached in (_doc, _query, content_terms, stem, name_phrases, refers_to_person):
        cached.cache_clear()


def select_recall(
    query: str, candidates: list[Candidate], k: int, policy: RecallPolicy | None = None
) -> list[Candidate]:
    """Choose the memories to show for ``query`` from its scoped nearest neighbours.

    A hit needs evidence: distance <= ``max_distance``; or, for a turn about the user,
    distance <= ``loose_distance``; or lexical agreement (one rare shared word up to
    ``single_term_distance``, ``min_lexical_terms`` words up to ``lexical_distance``).

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
    pool = sorted(candidates, key=lambda c: c.distance)
    lex, counts, personal = _lexical(query, pool)
    near = max(policy.max_distance, policy.loose_distance if personal else 0.0)

    def evidence(i: int) -> bool:
        d = pool[i].distance
        if d <= near:
            return True
        if lex[i] < policy.min_lexical or d > policy.lexical_distance:
            return False
        return d <= policy.single_term_distance or counts[i] >= policy.min_lexical_terms

    if not any(evidence(i) for i in range(len(pool))):
        return []
    cutoff = min(pool[0].distance + policy.relative_margin, policy.lexical_distance)
    chosen = [i for i in range(len(pool)) if evidence(i) or pool[i].distance <= cutoff]
    lex_order = sorted((i for i in chosen if lex[i] > 0), key=lambda i: (-lex[i], i))
    lex_rank = {i: r for r, i in enumerate(lex_order)}
    score: dict[int, float] = {}
    for r, i in enumerate(chosen):
        score[i] = 1.0 / (policy.rrf_k + r)
        if i in lex_rank:
            score[i] += policy.lexical_weight / (policy.rrf_k + lex_rank[i])
    ranked = sorted(chosen, key=lambda i: (-score[i], i))
    return [pool[i] for i in ranked[:k]]


def _unmatched(a: frozenset[str], b: frozenset[str]) -> set[str]:
    return {t for t in a if not any(same_term(t, u) for u in b)}


def _states_other_fact(new: Facts, old: Facts) -> bool:
    """True when ``new`` changes or adds a number, entity, negation, antonym or object."""
    if new.numbers - old.numbers or (new.numbers and old.numbers - new.numbers):
        return True
    if new.negations != old.negations:
        return True
    old_words = old.words | old.entities
    if any(e not in old_words for e in new.entities):
        return True
    if antonym_clash(new, old):
        return True
    markers = {m for m, _ in new.ordered} & {m for m, _ in old.ordered}
    for marker in markers:
        if {t for m, t in new.ordered if m == marker} != {t for m, t in old.ordered if m == marker}:
            return True
    only_new = _unmatched(new.terms, old.terms)
    only_old = _unmatched(old.terms, new.terms)
    # A swapped term is a changed object ("daughter" -> "son"); one extra word is a rewording.
    return bool(only_new and only_old) or len(only_new) >= 2


def classify_near_neighbour(
    new_text: str, old_text: str, distance: float, dedup_threshold: float = DEFAULT_DEDUP_THRESHOLD
) -> DedupVerdict:
    """Decide what ``remember(new_text)`` does about its nearest neighbour ``old_text``.

    Returns:
        ``"distinct"`` when the neighbour is at or beyond ``dedup_threshold``;
        ``"update"`` when it is close but ``new_text`` states another fact (a changed number,
        time, version, name, negation, antonym or object): store it and supersede the old one;
        ``"duplicate"`` when it says the same thing: store nothing, bump the old hit count.
    """
    if distance >= dedup_threshold:
        return "distinct"
    if _states_other_fact(extract_facts(new_text), extract_facts(old_text)):
        return "update"
    return "duplicate"
