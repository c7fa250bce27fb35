"""Realistic memory sentences and questions for KNN accuracy at scale (`bench/knn_accuracy.py`).

Templates x vocabularies: preferences, people, projects, incidents, schedules, numbers, places.
Each template has a statement (what `remember` stores) and a question that paraphrases it (what a
later turn asks), sharing the same slot values, so a question has a real answer among the memories.
Embeddings are cached in a .npy (default under /tmp) because embedding 100k texts takes minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import random
import sys
import time
from pathlib import Path

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]

NAMES = [
    "Alice", "Bob", "Chen", "Dana", "Emeka", "Farah", "Goran", "Hiro", "Ines", "Jonas", "Kavya", "Liam",
    "Mei", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yara",
    "Zoe", "Mateo", "Leila", "Tom", "Ingrid", "Kofi",
]  # fmt: skip
RELATIONS = ["sister", "brother", "manager", "neighbour", "dentist", "landlord", "cousin", "colleague",
             "son", "daughter", "partner", "mentor"]  # fmt: skip
FOODS = ["sushi", "lentil soup", "oat milk", "dark chocolate", "green curry", "sourdough", "falafel",
         "ramen", "goat cheese", "kimchi", "espresso", "rooibos tea", "mango", "pistachios", "tofu",
         "paella", "pho", "blueberries", "halloumi", "pierogi"]  # fmt: skip
ALLERGENS = ["peanuts", "shellfish", "pollen", "penicillin", "cats", "gluten", "latex", "dust mites",
             "bee stings", "sesame", "soy", "eggs"]  # fmt: skip
CITIES = ["Lisbon", "Oslo", "Kyoto", "Nairobi", "Hanoi", "Montreal", "Porto", "Tallinn", "Lima",
          "Seville", "Krakow", "Auckland", "Marrakesh", "Reykjavik", "Edinburgh", "Busan", "Cape Town",
          "Valparaiso", "Ljubljana", "Tbilisi"]  # fmt: skip
PROJECTS = ["Atlas", "Borealis", "Cobalt", "Driftwood", "Ember", "Falcon", "Granite", "Helix", "Ion",
            "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Pylon", "Quasar", "Redwood",
            "Sierra", "Tundra"]  # fmt: skip
TECH = ["Postgres", "Kafka", "Redis", "Kubernetes", "Terraform", "React", "Rust", "Go", "Django",
        "Spark", "gRPC", "GraphQL", "Airflow", "Elasticsearch", "Nginx", "TypeScript"]  # fmt: skip
INCIDENTS = ["a disk filled up", "the TLS certificate expired", "a memory leak crashed the workers",
             "a bad deploy broke login", "the DNS records were wrong", "the cache was stampeded",
             "a migration locked the orders table", "the queue backed up for hours",
             "an API key leaked in the logs", "the nightly backup silently failed"]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TIMES = ["7am", "8:30am", "10am", "noon", "1pm", "3pm", "4:30pm", "6pm", "7pm", "9pm"]
ACTIVITIES = ["yoga", "the team standup", "piano lessons", "a run", "swimming", "the book club",
              "therapy", "the school pickup", "a climbing session", "Spanish class", "the gym",
              "choir practice"]  # fmt: skip
HOBBIES = ["woodworking", "birdwatching", "chess", "pottery", "sailing", "baking bread", "astronomy",
           "knitting", "bouldering", "photography", "gardening", "calligraphy", "fencing",
           "beekeeping"]  # fmt: skip
PETS = ["a greyhound", "two cats", "a parrot", "a tortoise", "a beagle", "three goldfish", "a rabbit",
        "a corgi", "a ferret", "a border collie"]  # fmt: skip
PET_NAMES = ["Biscuit", "Pepper", "Mochi", "Luna", "Ziggy", "Olive", "Bruno", "Pixel", "Nacho", "Juno"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]  # fmt: skip
COLOURS = ["teal", "mustard yellow", "navy blue", "forest green", "burgundy", "lavender", "charcoal"]
INSTRUMENTS = ["cello", "violin", "drums", "bass guitar", "saxophone", "harp", "ukulele", "trumpet"]

# (statement, question): {n} name, {r} relation, and the slots below.
TEMPLATES: list[tuple[str, str, dict[str, list[str]]]] = [
    ("{n} loves {food} and orders it every week.", "What food does {n} really like?", {"food": FOODS}),
    ("{n} is allergic to {a}.", "Does {n} have any allergies I should know about?", {"a": ALLERGENS}),
    ("{n}'s {r} lives in {city}.", "Where does {n}'s {r} live?", {"r": RELATIONS, "city": CITIES}),
    ("{n} moved to {city} in {month}.", "When did {n} move to {city}?", {"city": CITIES, "month": MONTHS}),
    (
        "{n} leads project {p}, which is built on {t}.",
        "What stack does project {p} use?",
        {"p": PROJECTS, "t": TECH},
    ),
    (
        "Project {p} ships its next release on {day} the {d}th.",
        "When is the next {p} release?",
        {"p": PROJECTS, "day": DAYS, "d": [str(i) for i in range(4, 29)]},
    ),
    (
        "During the {p} outage in {month}, {inc}.",
        "What caused the {p} incident in {month}?",
        {"p": PROJECTS, "month": MONTHS, "inc": INCIDENTS},
    ),
    (
        "{n} has {act} every {day} at {time}.",
        "What is on {n}'s schedule on {day}?",
        {"act": ACTIVITIES, "day": DAYS, "time": TIMES},
    ),
    ("{n} spends weekends on {h}.", "What hobby does {n} have?", {"h": HOBBIES}),
    ("{n} has {pet} named {pn}.", "What is the name of {n}'s pet?", {"pet": PETS, "pn": PET_NAMES}),
    (
        "{n}'s budget for {p} is {k} thousand euros.",
        "How much money can {n} spend on {p}?",
        {"p": PROJECTS, "k": [str(i) for i in range(5, 200, 5)]},
    ),
    (
        "{n} prefers {c} for the dashboard theme.",
        "Which colour does {n} want for the dashboard?",
        {"c": COLOURS},
    ),
    (
        "{n} plays the {i} in a band with their {r}.",
        "What instrument does {n} play?",
        {"i": INSTRUMENTS, "r": RELATIONS},
    ),
    (
        "The {p} database runs on {t} with {k} replicas.",
        "How many replicas does {p} have?",
        {"p": PROJECTS, "t": TECH, "k": [str(i) for i in range(2, 12)]},
    ),
    (
        "{n}'s {r} has a birthday on {month} {d}.",
        "When is the birthday of {n}'s {r}?",
        {"r": RELATIONS, "month": MONTHS, "d": [str(i) for i in range(1, 29)]},
    ),
    (
        "{n} is flying to {city} on {day} for the {p} workshop.",
        "Where is {n} travelling this week?",
        {"city": CITIES, "day": DAYS, "p": PROJECTS},
    ),
    ("{n} asked to be called after {time}, never before.", "When can I call {n}?", {"time": TIMES}),
    (
        "{n} switched project {p} from {t} to {t2} last {month}.",
        "Why did {p} change its technology?",
        {"p": PROJECTS, "t": TECH, "t2": TECH, "month": MONTHS},
    ),
]

UNRELATED = [
    "What is the speed of light?", "How do I boil an egg?", "Who wrote War and Peace?",
    "What is the capital of Australia?", "How far is the moon?", "Explain quicksort.",
    "What's a good name for a boat?", "How do volcanoes form?", "Translate hello into French.",
    "What is the boiling point of water at altitude?", "Tell me a joke about penguins.",
    "How many bones are in the human body?", "What does HTTP 418 mean?", "Why is the sky blue?",
    "Summarise the plot of Hamlet.", "How do I sort a list in Python?",
]  # fmt: skip


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format(**values)


def _combos(seed: int) -> list[tuple[int, dict[str, str]]]:
    """Every distinct (template, slot values) with a name, shuffled; enough for several 100k."""
    rng = random.Random(seed)
    out: list[tuple[int, dict[str, str]]] = []
    for t, (_, _, slots) in enumerate(TEMPLATES):
        statement = TEMPLATES[t][0]
        keys = list(slots) + (["n"] if "{n}" in statement else [])
        if "{r}" in statement and "r" not in keys:
            keys.append("r")
        pools = {**slots, "n": NAMES, "r": RELATIONS}
        rows = list(itertools.product(*(pools[k] for k in keys)))
        rng.shuffle(rows)
        for row in rows[:12_000]:  # cap each template so no single one dominates
            values = dict(zip(keys, row, strict=True))
            values.setdefault("n", rng.choice(NAMES))  # questions may name someone the statement does not
            values.setdefault("r", rng.choice(RELATIONS))
            out.append((t, values))
    rng.shuffle(out)
    return out


def memories(n: int, seed: int = 1) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """n distinct memory sentences and how each was built (template index, slot values)."""
    texts: list[str] = []
    built: list[tuple[int, dict[str, str]]] = []
    seen: set[str] = set()
    for t, values in _combos(seed):
        text = _fill(TEMPLATES[t][0], values)
        if text in seen:
            continue
        seen.add(text)
        texts.append(text)
        built.append((t, values))
        if len(texts) == n:
            return texts, built
    raise ValueError(f"only {len(texts)} distinct memories can be generated")


def questions(built: list[tuple[int, dict[str, str]]], n: int, seed: int = 2) -> list[str]:
    """n queries: ~85% questions about a stored memory (paraphrase), ~15% unrelated ones."""
    rng = random.Random(seed)
    out: list[str] = []
    for i in range(n):
        if i % 7 == 6:
            out.append(f"{rng.choice(UNRELATED)} ({rng.choice(NAMES)} asked)")
        else:
            t, values = built[rng.randrange(len(built))]
            out.append(_fill(TEMPLATES[t][1], values))
    return out


def cache_path(n: int, seed: int, directory: Path = Path("/tmp")) -> Path:
    digest = hashlib.sha1(repr((TEMPLATES, NAMES)).encode()).hexdigest()[:8]
    return directory / f"mcp-memory-corpus-{n}-{seed}-{digest}.npy"


def embedded_memories(n: int, seed: int = 1, log: bool = True) -> tuple[list[str], Vectors]:
    """The n memories and their real embeddings, from the .npy cache or computed (and cached) now."""
    texts, _ = memories(n, seed)
    path = cache_path(n, seed)
    if path.exists():
        return texts, np.load(path)
    for bigger in sorted(path.parent.glob(f"mcp-memory-corpus-*-{seed}-{path.stem.rsplit('-', 1)[1]}.npy")):
        size = int(bigger.stem.split("-")[3])
        if size >= n and memories(size, seed)[0][:n] == texts:
            return texts, np.load(bigger)[:n]
    from mcp_memory.embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()
    started = time.perf_counter()
    chunks = []
    for start in range(0, n, 4096):
        chunks.append(embedder.embed_many(texts[start : start + 4096]))
        if log:
            done = start + len(chunks[-1])
            rate = done / (time.perf_counter() - started)
            print(f"embedded {done}/{n} ({rate:.0f}/s)", file=sys.stderr, flush=True)
    matrix = np.concatenate(chunks).astype(np.float32)
    np.save(path, matrix)
    return texts, matrix


def main() -> None:
    parser = argparse.ArgumentParser(description="embed the benchmark corpus once and cache it")
    parser.add_argument("--size", type=int, default=2000)
    args = parser.parse_args()
    texts, matrix = embedded_memories(args.size)
    print(f"{len(texts)} memories, matrix {matrix.shape} at {cache_path(args.size, 1)}")


if __name__ == "__main__":
    main()
