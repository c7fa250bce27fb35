"""Tests for the recall and dedup policies of issue 7."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mcp_memory.links import relatives_named, same_people
from mcp_memory.policy import (
    DEFAULT_DEDUP_THRESHOLD,
    Candidate,
    RecallPolicy,
    classify_near_neighbour,
    select_recall,
)
from mcp_memory.turns import turn_kind


def _cands(*pairs: tuple[str, float]) -> list[Candidate]:
    return [Candidate(id=f"m{i}", text=t, distance=d, created_ts=0.0) for i, (t, d) in enumerate(pairs)]


def _far_notes(distance: float = 0.95) -> list[tuple[str, float]]:
    """Forty unrelated memories beyond the answer, so the pool is as full as the store returns it."""
    return [(f"Note {i}: the boiler service is booked for week {i}.", distance) for i in range(40)]


@pytest.mark.parametrize(
    ("old", "new", "distance"),
    [
        ("The nightly backup runs at 02:00 UTC.", "The nightly backup runs at 04:00 UTC.", 0.024),
        ("The staging cluster runs Postgres 14.", "The staging cluster runs Postgres 16.", 0.031),
        ("The user is vegetarian.", "The user is not vegetarian.", 0.064),
        ("The user's daughter is called Maya.", "The user's son is called Maya.", 0.14),
    ],
)
def test_changed_fact_is_an_update_not_a_duplicate(old: str, new: str, distance: float) -> None:
    assert classify_near_neighbour(new, old, distance, 0.20) == "update"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Caching is enabled for the /api path.", "Caching is disabled for the /api path."),
        ("Use Terraform, not Pulumi.", "Use Pulumi, not Terraform."),
        ("Reports to Dana Whitfield.", "Reports to Priya Natarajan."),
        ("Meeting is before lunch.", "Meeting is after lunch."),
        ("Has three cats.", "Has four cats."),
    ],
)
def test_antonyms_swaps_names_and_number_words_are_updates(old: str, new: str) -> None:
    assert classify_near_neighbour(new, old, 0.05, 0.20) == "update"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("The user prefers light mode in editors.", "The user likes light mode in editors."),
        ("Is lactose intolerant.", "The user is lactose intolerant."),
        ("Doesn't want emoji in any replies.", "Does not want emoji in replies."),
        ("Secrets are stored in HashiCorp Vault.", "Secrets are kept in HashiCorp Vault."),
        ("Marcus Oyelaran is the lead designer.", "The lead designer is Marcus Oyelaran."),
    ],
)
def test_near_duplicate_paraphrase_is_a_duplicate(old: str, new: str) -> None:
    assert classify_near_neighbour(new, old, 0.08, DEFAULT_DEDUP_THRESHOLD) == "duplicate"


def test_neighbour_beyond_threshold_is_distinct() -> None:
    assert classify_near_neighbour("Has a cat.", "Has a dog.", 0.4, 0.2) == "distinct"


def test_question_recalls_answer_beyond_the_old_fixed_cutoff() -> None:
    cands = _cands(("The user prefers light mode in editors.", 0.655), ("Reports to Dana Whitfield.", 0.93))
    got = select_recall("Which theme does this user like?", cands, 5, RecallPolicy())
    assert [c.id for c in got][:1] == ["m0"]
    assert (
        select_recall(
            "Which theme does this user like?",
            cands,
            5,
            RecallPolicy(personal_distance=0.0, loose_distance=0.0, lexical_distance=0.0),
        )
        == []
    )


def test_unrelated_query_recalls_nothing() -> None:
    cands = _cands(("Has two rescue greyhounds.", 0.74), ("The user is vegetarian.", 0.88))
    assert select_recall("Tell me a joke about cats", cands, 5, RecallPolicy()) == []


def test_lexical_evidence_brings_in_a_far_hit_that_shares_rare_words() -> None:
    cands = _cands(
        ("Prefers Python for scripting.", 0.70), ("The nightly backup job runs at 02:00 UTC.", 0.78)
    )
    got = select_recall("When does the backup job run?", cands, 5, RecallPolicy())
    assert "m1" in [c.id for c in got]


def test_one_shared_word_in_another_sense_recalls_nothing() -> None:
    cands = _cands(("The user prefers light mode in editors.", 0.784), ("Reports to Dana Whitfield.", 0.93))
    assert select_recall("What is the speed of light?", cands, 5, RecallPolicy()) == []
    # the old rule (any rare shared word up to the lexical distance) recalled it
    old = RecallPolicy(single_term_distance=0.85, min_lexical=0.2)
    assert [c.id for c in select_recall("What is the speed of light?", cands, 5, old)] == ["m0"]


def test_a_multi_word_name_matches_only_whole() -> None:
    cands = _cands(("Supports Leeds United and has a season ticket.", 0.58))
    assert select_recall("What's the history of Leeds Castle?", cands, 5, RecallPolicy()) == []
    assert select_recall("Did Leeds United win?", cands, 5, RecallPolicy()) != []


def test_near_band_depends_on_the_kind_of_turn() -> None:
    cands = _cands(("Chloe is allergic to cats.", 0.686))
    assert select_recall("I'm thinking of adopting a kitten.", cands, 5, RecallPolicy()) != []
    assert select_recall("Find a holiday cottage near the sea.", cands, 5, RecallPolicy()) == []
    assert select_recall("How do kittens learn to hunt?", cands, 5, RecallPolicy()) == []
    assert select_recall("Write a limerick about a kitten.", cands, 5, RecallPolicy()) == []
    closer = _cands(("Chloe is allergic to cats.", 0.58))
    assert select_recall("Find a holiday cottage near the sea.", closer, 5, RecallPolicy()) != []
    assert select_recall("Who painted the Mona Lisa?", closer, 5, RecallPolicy()) == []


def test_recall_returns_at_most_k_best_first() -> None:
    cands = _cands(*[(f"Fact number {i} about deploys.", 0.3 + i / 100) for i in range(10)])
    got = select_recall("deploys", cands, 3, RecallPolicy())
    assert [c.id for c in got] == ["m0", "m1", "m2"]


def test_recall_of_empty_pool_is_empty() -> None:
    assert select_recall("anything", [], 5, RecallPolicy()) == []


def test_pool_size_is_never_smaller_than_k() -> None:
    assert RecallPolicy(candidate_pool=50).pool_size(80) == 80


def test_a_looser_rewording_is_a_duplicate_only_if_it_reuses_the_words() -> None:
    old = "Is allergic to penicillin."
    assert classify_near_neighbour("Femi has a penicillin allergy.", old, 0.33) == "duplicate"
    assert classify_near_neighbour("Penicillin gives her hives.", old, 0.33) == "distinct"
    assert classify_near_neighbour("Femi has a penicillin allergy.", old, 0.45) == "distinct"
    # beyond the dedup threshold a changed fact is kept beside the old one, never superseding it
    assert classify_near_neighbour("Is allergic to amoxicillin.", old, 0.33) == "distinct"


@pytest.mark.parametrize(
    ("new", "old", "distance", "verdict"),
    [  # distances as all-MiniLM-L6-v2 measures them
        ("Her sister lives in Leeds.", "Lives in Leeds.", 0.192, "distinct"),  # stands beside it
        ("Wants to move to Lisbon.", "Lives in Lisbon.", 0.172, "distinct"),
        ("Lived in Berlin.", "Lives in Berlin.", 0.092, "update"),
        ("Stopped using Vim as main editor.", "Uses Vim as main editor.", 0.244, "update"),
        ("Is on call every weekend.", "Is on call every other weekend.", 0.010, "update"),
        (
            "Dentist appointment on 14 May at 3pm was cancelled.",
            "Dentist appointment on 14 May at 3pm.",
            0.222,
            "update",
        ),
        ("Has two cats.", "Has a cat.", 0.187, "update"),
        ("Mochi is an outdoor cat.", "Mochi is an indoor-only cat.", 0.022, "update"),
        (
            "Prefers window seats; takes an aisle only on red-eyes.",
            "Prefers aisle seats; takes a window only on red-eyes.",
            0.008,
            "update",
        ),
        (
            "We rehearse every Tuesday from half seven until half nine in the evening.",
            "Orchestra rehearsals are on Tuesday evenings, 7:30 to 9:30pm.",
            0.256,
            "duplicate",
        ),
        ("Can't tolerate lactose.", "Is lactose intolerant.", 0.204, "duplicate"),
        ("Works for the NHS.", "Works for the National Health Service.", 0.290, "duplicate"),
        ("Her mum is Brazilian.", "Her mother is Brazilian.", 0.035, "duplicate"),
        (
            "No longer drives; she gave up her car in 2021.",
            "Doesn't drive any more — gave up her car in 2021.",
            0.082,
            "duplicate",
        ),
        (  # a promise stands beside the state it is about; it replaces nothing
            "Has promised Tomasz she'll stay in Gdańsk for two weeks after the baby is born to help out.",
            "Her son Tomasz, 29, lives in Gdańsk and is expecting his first baby, due 4 May.",
            0.198,
            "distinct",
        ),
    ],
)
def test_look_alike_facts_stay_apart_and_restatements_merge(
    new: str, old: str, distance: float, verdict: str
) -> None:
    assert classify_near_neighbour(new, old, distance) == verdict


def test_a_close_text_that_says_more_is_kept_beside_its_neighbour() -> None:
    old = "Is learning Japanese on Duolingo."
    new = "Is learning Japanese with a tutor on Tuesday evenings and reads manga daily."
    assert classify_near_neighbour(new, old, 0.2) == "distinct"


def test_another_fact_on_the_same_topic_does_not_supersede_its_neighbour() -> None:
    old = "First XV training is on Tuesdays and Thursdays from 3:30 to 5:30pm."
    new = "The First XV play their matches on Saturday mornings."
    assert classify_near_neighbour(new, old, 0.246) == "distinct"
    # an edit of the same sentence still supersedes
    assert (
        classify_near_neighbour(
            "Works from home on Tuesdays and Thursdays.", "Works from home on Mondays and Fridays.", 0.103
        )
        == "update"
    )


def test_requests_get_a_band_and_a_shared_word_widens_it() -> None:
    cands = _cands(("Wants emails to clients drafted in a friendly but formal tone.", 0.66))
    assert select_recall("Draft a reply to the agency.", cands, 5, RecallPolicy()) == []
    assert [c.id for c in select_recall("Draft a reply to the client.", cands, 5, RecallPolicy())] == ["m0"]
    assert [c.id for c in select_recall("Draft a reply to my agency.", cands, 5, RecallPolicy())] == ["m0"]


def test_quoted_material_is_not_a_shared_word() -> None:
    cands = _cands(("Wants appointment reminders the day before, not in the morning.", 0.66))
    assert select_recall("Translate 'good morning' into French.", cands, 5, RecallPolicy()) == []


def test_a_general_question_about_something_else_gets_nothing_even_when_close() -> None:
    castle = _cands(("Has a Cardiff City season ticket.", 0.539))
    assert select_recall("What's the history of Cardiff Castle?", castle, 5, RecallPolicy()) == []
    mochi = _cands(("Has a shiba inu named Mochi.", 0.42))
    assert select_recall("How is mochi traditionally pounded in Japan?", mochi, 5, RecallPolicy()) == []
    assert select_recall("What breed is Mochi?", mochi, 5, RecallPolicy()) != []


# Embedding every user of the data (1,267 now, 115,000 texts) took 14 minutes on two cores of
# this project's CI machine, and one pass of the default over them 4.5 more; the first test to
# use them carries that, so these get more than the default hang guard.
DATA_WIDE = pytest.mark.timeout(3600)


@pytest.fixture(scope="module")
def devset_scopes() -> Any:
    from bench.quality import load_model, load_scopes

    return load_scopes(load_model())


@pytest.fixture(scope="module")
def default_by_group(devset_scopes: Any) -> dict[str, Any]:
    """The default's figures for each group and for "all users", from one pass over every user
    (a pass takes minutes)."""
    from bench.quality import Setting, split_rows

    groups = dict.fromkeys(s.group for s in devset_scopes)
    splits = {g: [s for s in devset_scopes if s.group == g] for g in groups}
    splits["all users"] = list(devset_scopes)
    rows = split_rows([Setting("default", RecallPolicy())], splits)
    return {name: split[0] for name, split in rows.items()}


@pytest.fixture(scope="module")
def baseline_on_all(devset_scopes: Any) -> dict[str, Any]:
    from bench.quality import BASELINE, evaluate

    result: dict[str, Any] = evaluate(BASELINE, devset_scopes)
    return result


@pytest.mark.slow
@DATA_WIDE
def test_default_policy_meets_issue_targets_on_tuning_users(default_by_group: Any) -> None:
    r = default_by_group["tuning"]
    assert r["changed_facts_kept"] == 100.0, r["misses"]
    assert r["near_dups_caught"] >= 90.0, r["misses"]
    assert r["question_recall@5"] >= 85.0, r["misses"]
    assert r["statement_recall@5"] >= 85.0, r["misses"]
    assert r["false_recalls"] == 0, r["misses"]


@pytest.mark.slow
@DATA_WIDE
def test_default_policy_keeps_changed_facts_and_merges_no_distinct_memory(default_by_group: Any) -> None:
    for group in sorted(default_by_group.keys() - {"all users"}):
        r = default_by_group[group]
        # 100 % on every group but nine (nine pairs of 1,992): "Aoife's mother, Nuala, ..." for
        # "Her mother, Nuala, ..." (held-out 25, 35) and "Funmilayo takes Tobi ..." for "Takes Tobi
        # ..." (49): whose, the pair alone cannot tell; audiobooks for books (36); "Chidi has a
        # peanut allergy" for "Has ..." (37); savings moved out of one fund rather than kept in it
        # (41); a laptop stolen for tuning hammers in a long sentence (46); caffeine that does not
        # affect her sleep for one that does (58); giving up smoking for giving up alcohol (65)
        assert r["changed_facts_kept"] >= 93.0, (group, r["misses"])
        assert r["distinct_merged"] == r["distinct_superseded"] == 0, (group, r["misses"])


@pytest.mark.slow
@DATA_WIDE
def test_default_policy_beats_the_baseline_on_every_figure_of_all_users(
    default_by_group: Any, baseline_on_all: Any
) -> None:
    base = baseline_on_all
    r = default_by_group["all users"]
    assert r["question_recall@5"] >= base["question_recall@5"] + 20, r["misses"]
    assert r["statement_recall@5"] >= base["statement_recall@5"] + 20, r["misses"]
    assert r["false_recalls"] <= base["false_recalls"], r["misses"]
    assert r["near_dups_caught"] >= base["near_dups_caught"], r["misses"]
    assert r["question_recall@5"] >= 85.0, r["misses"]


@pytest.mark.slow
@DATA_WIDE
def test_default_dedup_keeps_look_alike_facts_apart_far_better_than_the_baseline() -> None:
    from bench.quality import BASELINE, Setting, evaluate_pairs, load_model, load_pairs

    sets = load_pairs(load_model())
    base = evaluate_pairs(BASELINE, sets)
    rows = evaluate_pairs(Setting("default", RecallPolicy()), sets)
    for b, r in zip(base, rows, strict=True):
        assert r["distinct_kept"] >= 90.0 and r["distinct_kept"] >= b["distinct_kept"] + 50, r
        assert r["same_merged"] >= b["same_merged"], r


@pytest.mark.slow
@DATA_WIDE
def test_the_quick_benchmark_reports_the_figures_these_tests_check(
    default_by_group: Any, baseline_on_all: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CI runs ``python -m bench.quality --quick`` here, in the tests' process, where it reuses
    their pass over the data instead of taking minutes for a second one."""
    from bench.quality import LOOKALIKES, main

    assert main(["--quick", "--out", str(tmp_path / "quality.json")]) == 0
    with capsys.disabled():  # the figures, in CI's log as before
        print(capsys.readouterr().out)
    written = json.loads((tmp_path / "quality.json").read_text(encoding="utf-8"))
    baseline, default = written["splits"]["all users"]
    for row, checked in ((baseline, baseline_on_all), (default, default_by_group["all users"])):
        assert {**row, "setting": ""} == {**checked, "setting": ""}
    assert [r["setting"] for r in written["lookalikes"]].count(default["setting"]) == len(
        json.loads(LOOKALIKES.read_text(encoding="utf-8"))["sets"]
    )


@pytest.mark.slow
@DATA_WIDE
def test_baseline_policy_fails_issue_targets_on_dev_set(baseline_on_all: Any) -> None:
    r = baseline_on_all
    assert r["changed_facts_kept"] < 100.0
    assert r["question_recall@5"] < 85.0
    assert r["statement_recall@5"] < 85.0


def test_a_how_to_gets_nothing_from_a_memory_that_uses_its_word_as_a_name() -> None:
    cands = _cands(
        ("Mochi is an indoor-only cat; her vaccinations are due in October.", 0.52),
        ("Takes Mochi to Townsville Vet Clinic.", 0.70),
    )
    # "Mochi" names the cat mid-sentence in another memory, so it is a name at the start too
    assert select_recall("How do I make mochi at home?", cands, 5, RecallPolicy()) == []
    assert [c.id for c in select_recall("When is Mochi due her jabs?", cands, 5, RecallPolicy())][:1] == [
        "m0"
    ]
    eggs = _cands(("Allergic to shellfish - prawns and crab especially.", 0.91))
    assert select_recall("How long do I boil an egg for a runny yolk?", eggs, 5, RecallPolicy()) == []


def test_a_longer_name_nobody_in_the_memories_has_is_not_the_user() -> None:
    cands = _cands(
        ("Finn is dyslexic and sees a reading tutor on Tuesdays.", 0.60),
        ("Finn plays football on Saturdays.", 0.75),
    )
    assert select_recall("Who wrote The Adventures of Huckleberry Finn?", cands, 5, RecallPolicy()) == []
    assert [c.id for c in select_recall("When does Finn see his tutor?", cands, 5, RecallPolicy())][:1] == [
        "m0"
    ]


def test_a_question_naming_the_user_is_about_the_user() -> None:
    cands = _cands(
        ("Femi is married to Adaeze, a paediatric nurse.", 0.46),
        ("Femi's team uses Civil 3D.", 0.52),
        ("Works as a senior civil engineer at Harrow & Pike.", 0.77),
    )
    got = select_recall("Which company does Femi work for?", cands, 5, RecallPolicy())
    assert "m2" in [c.id for c in got]
    # a name that starts no memory is someone else: a general question stays general
    other = _cands(("Works as a senior civil engineer at Harrow & Pike.", 0.77))
    assert select_recall("Which company does Bob work for?", other, 5, RecallPolicy()) == []


def test_a_ceiling_caps_every_band_and_sets_the_close_one() -> None:
    capped = RecallPolicy().capped(0.5)
    distances = {n: v for n, v in capped.model_dump().items() if n.endswith("_distance")}
    assert distances["max_distance"] == 0.5 and max(distances.values()) == 0.5
    assert RecallPolicy().capped(2.0).max_distance == 2.0
    assert RecallPolicy().capped(2.0).personal_distance == RecallPolicy().personal_distance


def test_a_question_naming_someone_a_memory_is_about_is_about_the_user() -> None:
    cands = _cands(
        ("Doesn't drive; gets around on a second-hand Raleigh hybrid bike.", 0.66),
        ("Rory revises in the Arts and Social Sciences Library.", 0.71),
    )
    got = select_recall("How does Rory get around town?", cands, 5, RecallPolicy())
    assert [c.id for c in got][:1] == ["m0"]  # without the name, a general question: nothing
    assert select_recall("Who was Rory Gallagher?", cands, 5, RecallPolicy()) == []


def test_a_general_question_about_a_figure_or_work_is_not_about_the_pet_named_after_it() -> None:
    skye = _cands(("The family has a border collie called Skye.", 0.551))
    assert select_recall("Tell me about the history of the Isle of Skye.", skye, 5, RecallPolicy()) == []
    bran = _cands(("Has a border collie called Bran.", 0.54))
    assert select_recall("Who was Bran the Blessed in Welsh legend?", bran, 5, RecallPolicy()) == []
    juno = _cands(("Has a border collie named Juno.", 0.495))
    assert select_recall("What's the plot of the film Juno?", juno, 5, RecallPolicy()) == []
    assert [c.id for c in select_recall("What breed is my dog Juno?", juno, 5, RecallPolicy())] == ["m0"]


def test_shared_words_reach_less_far_for_a_general_question() -> None:
    pension = _cands(("His Cardiff Bus works pension is paid on the 28th of each month.", 0.84))
    assert select_recall("How does the data bus inside a computer work?", pension, 5, RecallPolicy()) == []
    assert [
        c.id for c in select_recall("When is my bus works pension paid?", pension, 5, RecallPolicy())
    ] == ["m0"]
    pool = _cands(("Swims at the Piscine du Rhône at 7am on Tuesdays.", 0.54))
    assert select_recall("Where is the source of the Rhône river?", pool, 5, RecallPolicy()) == []
    ex = _cands(("Co-parents with her ex, Jonah, who has the children every other weekend.", 0.497))
    assert select_recall("Who was Jonah in the Bible?", ex, 5, RecallPolicy()) == []
    inhaler = _cands(("Asthmatic; carries a blue salbutamol inhaler.", 0.83))
    assert select_recall("Explain how vaccines train the immune system.", inhaler, 5, RecallPolicy()) == []


def test_news_from_the_user_gets_the_personal_band_and_a_task_does_not() -> None:
    # a statement is news from the user's life: its answer sits as far as a question's
    # (0.651 here, beyond the request band of 0.63)
    pool = _cands(("His car was broken into last month and his work laptop was stolen.", 0.651))
    assert select_recall("The insurer finally paid out for the smashed window.", pool, 5)
    assert select_recall("Ugh, wheezy again after mowing the lawn.", _cands(("Has asthma.", 0.755)), 5)
    # a request opens with its verb and may be for anyone
    assert select_recall("Recommend a board game for six players.", _cands(("Plays chess.", 0.654)), 5) == []


def test_a_how_to_about_the_users_own_case_is_about_the_user() -> None:
    pool = _cands(("Runs the parkrun every Saturday; personal best is 22:41.", 0.551))
    assert select_recall("How should I pace myself to go sub-22 on Saturday?", pool, 5)
    pool = _cands(("Speaks Tongan with his mum and English at work.", 0.569))
    assert select_recall("How do I say 'happy birthday, Mum' in the language we speak at home?", pool, 5)
    # "my passport" is anyone's: the procedure is the same for all
    assert select_recall("How do I renew my passport?", _cands(("Passport expires in May.", 0.6)), 5) == []
    # "my truck" is the user's own: what they drive matters for the answer
    pool = _cands(("Drives a 2011 Toyota Tacoma with about 212,000 miles on it.", 0.764))
    assert select_recall("How often should I be changing the oil in my truck?", pool, 5)
    pool = _cands(("The farm dog is Poki, a 6-year-old poi dog who is terrified of fireworks.", 0.581))
    assert select_recall("How do I keep the dog calm on New Year's Eve?", pool, 5)
    # ... but a word the memory uses as a name is another thing there
    pool = _cands(("Has a rescue greyhound called Biscuit.", 0.771))
    assert select_recall("How do I stop my biscuits spreading in the oven?", pool, 5) == []


def test_a_name_is_found_with_words_between_its_parts() -> None:
    pool = _cands(("DHL's carrier API allows 300 requests per minute.", 0.213))
    assert select_recall("How many calls a minute will the DHL API take?", pool, 5)
    pool = _cands(("Her personal tutor at the university is Dr. Helen Marsh.", 0.425))
    assert select_recall("Who's Dr Marsh?", pool, 5)
    pool = _cands(("Is the external examiner for a PhD viva at the University of Bergen.", 0.441))
    assert select_recall("When's the Bergen viva?", pool, 5)
    pool = _cands(("The Grade 9 music budget is $1,200 for the year.", 0.41))
    assert select_recall("How much money does the grade nine program get?", pool, 5)
    # another name still gets nothing from a memory that only shares a word of it
    pool = _cands(("Has a season ticket for Leeds United.", 0.5))
    assert select_recall("What's the history of Leeds Castle?", pool, 5) == []


@pytest.mark.parametrize(
    ("old", "new", "distance"),
    [  # real distances; each was merged as a duplicate before
        ("Tom drives her to work on Mondays.", "She drives Tom to work on Mondays.", 0.019),
        ("Works from home except on Wednesdays.", "Works from home on Wednesdays.", 0.047),
        (
            "Pays 5% of her salary into her pension.",
            "Her employer pays 5% of her salary into her pension.",
            0.043,
        ),
        ("Bought a Kindle Paperwhite.", "Returned the Kindle Paperwhite.", 0.139),
        ("Her contract ends in March.", "Her contract was extended past March.", 0.149),
        (
            "Decided to sell his Yamaha MT-07 motorbike before the baby arrives.",
            "Sold his Yamaha MT-07 motorbike before the baby arrived.",
            0.054,
        ),
        ("Is vegetarian but eats eggs.", "Is vegetarian but eats eggs and fish.", 0.035),
        (
            "Is training for the Santiago marathon in April, her first.",
            "Ran the Santiago marathon in April.",
            0.111,
        ),
        ("Son Leo is allergic to peanuts.", "Son Leo has outgrown his peanut allergy.", 0.072),
        ("Flying to Lisbon on 14 March.", "Flying back from Lisbon on 14 March.", 0.057),
        ("Has quit smoking.", "Is trying to quit smoking.", 0.247),
        ("Sister Priya lives in Manchester.", "Sister Priya is moving to Manchester.", 0.075),
        ("Mentors Jonas at work.", "Is mentored by Jonas at work.", 0.029),
        ("Is learning Japanese on Duolingo.", "Has given up learning Japanese on Duolingo.", 0.049),
        ("Is about to start a new job at Shopify.", "Has just turned down a job at Shopify.", 0.194),
        ("Reads before bed most nights.", "Rarely reads before bed.", 0.143),
        ("Has a standing desk at the office.", "Wants a standing desk at the office.", 0.115),
        (
            "Coworker Dana covers her shifts on Fridays.",
            "She covers coworker Dana's shifts on Fridays.",
            0.045,
        ),
        ("Practises piano for 30 minutes daily.", "Practises piano for an hour daily.", 0.065),
        ("Takes vitamin D in winter.", "Takes vitamin D all year round.", 0.162),
        ("Cycles to work in summer.", "Cycles to work all year round.", 0.202),
        (
            "Picks Mateo up from nursery; Rodrigo does the drop-off.",
            "Rodrigo picks Mateo up from nursery.",
            0.124,
        ),
        (
            "Doesn't eat fish or seafood - hates the texture.",
            "Doesn't eat mushrooms - hates the texture.",
            0.290,
        ),
        ("Often lends his brother money.", "His brother often lends him money.", 0.026),
        ("Her father was born in Lagos.", "Her father died in Lagos.", 0.148),
        ("Moved to Berlin in 2015.", "Moved away from Berlin in 2015.", 0.045),
        ("Drinks alcohol only at weekends.", "Drinks alcohol except at weekends.", 0.071),
        ("Has a PhD in chemistry.", "Is doing a PhD in chemistry.", 0.070),
        ("Is waiting for a hip replacement.", "Has had a hip replacement.", 0.152),
        (
            "Keeps two beehives at the bottom of his garden.",
            "Keeps two beehives and a few hens at the bottom of his garden.",
            0.103,
        ),
        (
            "Decided to sell his touring caravan this spring because he no longer tows it.",
            "Decided not to sell his touring caravan this spring, even though he no longer tows it.",
            0.041,
        ),
        (
            "Is planning a trip to Lisbon to visit Tomás.",
            "Is planning a trip to Lisbon to visit Inês.",
            0.165,
        ),
        (
            "Stopped using ride-hailing apps late at night after a bad experience; uses a trusted driver instead.",
            "Hasn't stopped using ride-hailing apps late at night despite a bad experience.",
            0.053,
        ),
        ("Has worked at Google for six years.", "Worked at Google for six years.", 0.05),
        ("Shoe size is UK 9.", "Shoe size is US 9.", 0.174),
        (
            "Is training for the Loch Ness Marathon on 28 September.",
            "Has pulled out of the Loch Ness Marathon.",
            0.203,
        ),
        (
            "Their dog Bolle is 12 and has a heart murmur.",
            "Their dog Bolle died at 12 of a heart murmur.",
            0.157,
        ),
        (
            "Shares custody with his ex-wife Hannah; the twins stay with her every other weekend.",
            "Shares custody with his ex-wife Hannah; the twins stay with him every other weekend.",
            0.013,
        ),
        ("Her brother lent her £2,000 for the car.", "She lent her brother £2,000 for the car.", 0.009),
        ("Doesn't drink alcohol during the week.", "Doesn't drink alcohol.", 0.216),
        (
            "Plans to buy a house in Dartmouth within two years and is saving for the down payment.",
            "Has bought a house in Dartmouth after saving for the down payment.",
            0.125,
        ),
        ("Doesn't drink alcohol.", "Doesn't drink alcohol during the week.", 0.216),
        ("Avoids sugar.", "Avoids sugar on weekdays.", 0.172),
        ("Her sister is expecting twins in April.", "Her sister had twins in April.", 0.122),
        ("Has a fear of flying.", "Has overcome her fear of flying.", 0.192),
        (
            "Her father had a hip replacement in March.",
            "Her father is having a hip replacement in March.",
            0.055,
        ),
        (
            "Has atrial fibrillation and takes warfarin, so she must avoid ibuprofen and keep greens steady.",
            "Has atrial fibrillation and takes apixaban, so she must avoid ibuprofen.",
            0.2497,
        ),
        # held-out 39-42 and sets O, P: a dropped condition or item, a role's holder, a unit
        (
            "Doesn't drink coffee after 14:00 because it wrecks her sleep before night shifts.",
            "Doesn't drink coffee at all because it wrecks her sleep before night shifts.",
            0.116,
        ),
        ("Doesn't eat pork or shellfish.", "Doesn't eat pork.", 0.09),
        ("Can eat dairy when it's cooked into food.", "Can eat dairy.", 0.111),
        (
            "Wants reminders from the assistant on weekdays and weekends.",
            "Wants reminders from the assistant on weekdays only.",
            0.041,
        ),
        (
            "His manager at Bane NOR is Kari Lundberg; the team stand-up is at 08:30 every weekday on Teams.",
            "He is Kari Lundberg's manager at Bane NOR; the team stand-up is at 08:30 every weekday on Teams.",
            0.024,
        ),
        (
            "Turned down the deputy principal job so he could keep coaching.",
            "Accepted the deputy principal job and has stepped back from coaching.",
            0.287,
        ),
        ("Her roommate works night shifts at the hospital.", "Works night shifts at the hospital.", 0.271),
        ("Mortgage rate is fixed at 4.2%.", "Mortgage rate is variable, currently 4.2%.", 0.109),
        ("His father turns 70 in June.", "His father turned 70 in June.", 0.036),
        (
            "Her manager Daniel is leaving the company in May.",
            "Her manager Daniel left the company in May.",
            0.059,
        ),
        ("Their cat Biscuit is 12 years old.", "Their cat Biscuit is 12 months old.", 0.03),
        (
            "Backs up her laptop to an external drive every week.",
            "Backs up her laptop to iCloud every week.",
            0.166,
        ),
        ("Had knee surgery in March.", "Is scheduled for knee surgery in March.", 0.18),
        # another condition or marital state; fine beside "so does"; a modifier under a negation
        (
            "Has a 13-year-old grey Chartreux cat named Mishka who has chronic kidney disease.",
            "Mishka, her 13-year-old grey Chartreux, has been diagnosed with diabetes.",
            0.363,
        ),
        (
            "Henrike is a widow; her husband Jürgen died in 2019.",
            "Henrike is divorced; her ex-husband Jürgen moved out in 2019.",
            0.183,
        ),
        (
            "Is lactose intolerant: milk gives him cramps, but yoghurt is fine.",
            "Is lactose intolerant: milk gives him cramps, and so does yoghurt.",
            0.022,
        ),
        (
            "Is lactose intolerant; oat milk is fine for him.",
            "Is lactose intolerant, and oat milk doesn't agree with him either.",
            0.119,
        ),
        ("Doesn't eat meat.", "Doesn't eat red meat.", 0.117),
        (
            "The user's father is having knee surgery in October.",
            "The user's father had knee surgery in October.",
            0.057,
        ),
        (
            "Decided in January 2024 to cancel her gym membership (R689 a month) and train only on the water and at home.",
            "Decided in January 2024 to keep her gym membership (R689 a month) instead of training only on the water and at home.",
            0.06,
        ),
        (
            "Rawiri lent his brother Hemi $2,000 for a ute in 2024, and Hemi is paying it back at $100 a fortnight.",
            "Rawiri's brother Hemi lent him $2,000 for a ute in 2024, and Rawiri is paying it back at $100 a fortnight.",
            0.022,
        ),
        # held-out 46: times in the other order, a count per year, a move announced
        (
            "Works 12-hour shifts, 6am to 6pm, on a four-on, four-off rotation.",
            "Works 12-hour shifts, 6pm to 6am, on a four-on, four-off rotation.",
            0.002,
        ),
        (
            "Tunes all the pianos at the Plovdiv music academy twice a year, in August and January.",
            "Tunes all the pianos at the Plovdiv music academy once a year, in August.",
            0.022,
        ),
        (
            "Teodor's father, Stoyan, is 79 and lives alone in the village of Momchilovtsi near Smolyan.",
            "Teodor's father, Stoyan, is 79 and has moved from Momchilovtsi into a care home in Smolyan.",
            0.095,
        ),
        (  # not stopped is no "any more"
            "Decided to stop driving at night after a near miss last winter.",
            "Hasn't stopped driving at night despite a near-miss on the N2 in June.",
            0.117,
        ),
        (  # every week for the first week of every month
            "Volunteers at the Promyk animal shelter in Gdańsk on the first Sunday of every month.",
            "Volunteers at the Promyk animal shelter in Gdańsk every Sunday.",
            0.032,
        ),
        # the same amount in another currency; "$" is any dollar, so "$85,000" is not this
        (
            "Earns 85,000 CAD a year as a civil engineer in Calgary.",
            "Earns 85,000 USD a year as a civil engineer in Calgary.",
            0.049,
        ),
        ("Her rent is 9,500 SEK a month.", "Her rent is 9,500 NOK a month.", 0.05),
        ("The bike cost $1,500.", "The bike cost £1,500.", 0.1),
        # one detail edited in a long sentence, the verb agreeing with it
        (
            "Drives a 2011 Lada Niva out to the apiary; the clutch has been slipping since August.",
            "Drives a 2011 Lada Niva out to the apiary; the brakes have been squeaking since August.",
            0.282,
        ),
        # who does which: both texts tell what the user and the relative do
        (
            "Cooks dinner on weeknights; her husband cooks at weekends.",
            "Her husband cooks dinner on weeknights; she cooks at weekends.",
            0.024,
        ),
        # what one text says "does" to, the other denies
        ("Doesn't eat meat, but does eat fish and seafood.", "Doesn't eat meat, fish or seafood.", 0.089),
        # banned for allowed; a garden for an allotment
        (
            "The kids are allowed to use their tablets on weekend mornings.",
            "The kids are banned from using their tablets on weekend mornings.",
            0.115,
        ),
        (
            "Keeps four hens and a goat on the allotment.",
            "Keeps four hens and a goat in the back garden.",
            0.127,
        ),
        # a relative's job then and now
        (
            "His wife Mei is a paediatrician at Singapore General Hospital.",
            "His wife Mei was a paediatrician at Singapore General Hospital.",
            0.023,
        ),
        # another person named as the subject
        (
            "Manaia has asthma and always needs his blue Ventolin inhaler with him, especially for sport.",
            "Kiri has asthma and always needs her blue Ventolin inhaler with her, especially for sport.",
            0.261,
        ),
        # what she fears and what she would rather take trade places
        (
            "Is scared of flying, so she'd rather go by train, bus or ferry.",
            "Is scared of ferries, so she'd rather fly.",
            0.127,
        ),
        (
            "Is scared of flying in small planes, so she takes the ferry to Savai'i rather than the flight from Fagali'i.",
            "Is scared of ferries, so she takes the flight from Fagali'i to Savai'i rather than the boat.",
            0.070,
        ),
        # a list with an item more is another fact, in whatever order
        (
            "Grows chillies and tomatoes on the balcony.",
            "Grows chillies, tomatoes and basil on the balcony.",
            0.068,
        ),
        (
            "Freelance translator from French and Portuguese into English, mainly legal and medical documents.",
            "Freelance translator from French and Portuguese into English, mainly legal, medical and financial documents.",
            0.006,
        ),
        # "usually" for "never"
        (
            "Drinks two cups of coffee a day and never has any after 2 pm.",
            "Drinks two cups of coffee a day and usually has them after 2 pm.",
            0.207,
        ),
        # living alone, with someone or near them
        (
            "Her father Ibrahim has Parkinson's disease and lives with her family in Amman.",
            "Her father Ibrahim has Parkinson's disease and lives alone in Amman.",
            0.054,
        ),
        ("Her grandmother lives with them.", "Her grandmother lives near them.", 0.081),
        # to be done for done; will start for started
        ("Replaced the boiler last winter.", "Needs to replace the boiler before winter.", 0.098),
        (
            "Will start a new job as a process engineer at Siemens in Munich on 1 April.",
            "Started a new job as a process engineer at Siemens in Munich on 1 April.",
            0.069,
        ),
        # against for for; expecting a promotion for having had it
        (
            "Voted to move the book club to Thursdays.",
            "Voted against moving the book club to Thursdays.",
            0.076,
        ),
        ("Expects to be promoted to counsellor this year.", "Was promoted to counsellor this year.", 0.121),
        # a thing excepted that the other includes; "TOPIK II" for "TOPIK I"
        ("I'm allergic to shrimp and crab.", "I'm allergic to shrimp but not to crab.", 0.030),
        (
            "Is learning Korean, mostly from K-dramas, and is sitting the TOPIK I exam on 13 April.",
            "Is learning Korean, mostly from K-dramas, and is sitting the TOPIK II exam on 13 April.",
            0.033,
        ),
        ("Is 34 years old.", "Is thirty-five.", 0.43),
        (
            "Lars and his partner bought the apartment in 2018.",
            "Lars and his partner sold the apartment in 2018.",
            0.05,
        ),
        # a wheelchair for a walker; anxious on trains for on planes; another named thing beside a pronoun
        (
            "Gets anxious on flights, so prefers an aisle seat and takes the train within Europe whenever he can.",
            "Gets anxious on trains, so prefers an aisle seat and flies within Europe whenever he can.",
            0.064,
        ),
        (
            "Aigerim's birthday is 14 February. She collects hand-painted Iznik ceramic bowls.",
            "Aigerim, whose birthday is 14 February, collects hand-painted Gzhel porcelain.",
            0.213,
        ),
        (
            "His mother Lesieli, 78, lives with the family and has used a walker since breaking her hip in 2023.",
            "Lesieli, his 78-year-old mother, lives with them and has been in a wheelchair since she broke her hip in 2023.",
            0.135,
        ),
        # how often said as plural weekdays; two people and their pronouns trading places; one
        # phrase replaced, with its own function words, in an otherwise unchanged sentence
        (
            "Goes fishing with his best mate Rawiri Tomoana most Sunday mornings, as long as the swell is under 1.5 m.",
            "Goes fishing with his best mate Rawiri Tomoana about once a month on a Sunday morning, as long as the swell is under 1.5 m.",
            0.054,
        ),
        (
            "Her boyfriend Kananelo lives in Johannesburg; they video call on Wednesday and Sunday nights.",
            "Her boyfriend Kananelo lives in Johannesburg; they video call every night.",
            0.028,
        ),
        (
            "My dad had a stroke in 2023; he lives with my mom in Gimhae and I visit them every other Sunday afternoon.",
            "My mom had a stroke in 2023; she lives with my dad in Gimhae and I visit them every other Sunday afternoon.",
            0.029,
        ),
        (
            "Opens the batting for Aachen Cricket Club; matches are on Sunday afternoons from May to September.",
            "Keeps wicket for Aachen Cricket Club; matches are on Sunday afternoons from May to September.",
            0.157,
        ),
        (
            "Severely allergic to shrimp and prawns - his lips and throat swelled up at a wedding in 2019.",
            "Severely allergic to groundnuts - his lips and throat swelled up at a wedding in 2019.",
            0.2,
        ),
        ("Keeps the flat at 68 °F in the winter.", "Keeps the flat at 70 °F in the winter.", 0.05),
        # an antonym adverb; "next" for "this" September; a grade; "least favourite"; who reports to
        # whom; a degree "in law" (no in-law); needing a service for having had one
        ("Files taxes jointly with her husband.", "Files taxes separately from her husband.", 0.066),
        (
            "Stepdaughter Amara starts university in Manchester this September.",
            "Stepdaughter Amara starts university in Manchester next September.",
            0.006,
        ),
        ("Got a B in A-level chemistry.", "Got an A in A-level chemistry.", 0.079),
        ("Her son was bitten by the neighbour's dog.", "Her son bit the neighbour's dog.", 0.1),
        (
            "The user's favourite restaurant in Lisbon is Cervejaria Ramiro.",
            "The user's least favourite restaurant in Lisbon is Cervejaria Ramiro.",
            0.116,
        ),
        (
            "Reports to Priyanka, the head of product.",
            "Priyanka, the head of product, reports to him.",
            0.082,
        ),
        (
            "Marco is the user's line manager at Siemens in Munich.",
            "The user is Marco's line manager at Siemens in Munich.",
            0.074,
        ),
        (
            "Graduated from Universidad de los Andes in Bogotá with a degree in economics in 2015.",
            "Graduated from Universidad de los Andes in Bogotá with a degree in law in 2015.",
            0.120,
        ),
        ("The boiler was serviced last October.", "The boiler needs to be serviced by October.", 0.075),
        # a trip taken for one planned ("I'm flying"); sold for listed; a habit back "again";
        # ordered for wanted; "expires" for "expired"; a longer phrase replaced; a two-word name
        # before its appositive
        (
            "I'm flying Shannon to Boston with Aer Lingus on 9 September to spend three weeks with Aoife's family.",
            "I flew Shannon to Boston with Aer Lingus on 9 September and spent three weeks with Aoife's family.",
            0.090,
        ),
        (
            "Gave up surfing for the pregnancy and has her 9'2\" Takayama longboard listed on Trade Me for $750.",
            "Sold her 9'2\" Takayama longboard on Trade Me for $750 after giving up surfing for the pregnancy.",
            0.069,
        ),
        (
            "Quit alcohol completely in 2018 and hasn't had a drink since.",
            "Quit alcohol in 2018 but has started having the occasional beer again this year.",
            0.132,
        ),
        (
            "Wants a new kitchen: her budget is EUR 9,000 but the Scavolini quote came in at EUR 11,400.",
            "Has ordered the new Scavolini kitchen for EUR 11,400, even though her budget was EUR 9,000.",
            0.129,
        ),
        ("My Kenyan passport expired in August.", "My Kenyan passport expires in August.", 0.060),
        # "a week" for "a day" after a count; done for signed up; booked for looking; arrives for
        # leaves; one item "only" of a list
        (
            "Trying to cut back on soda - down to one can of Coke a day from about four.",
            "Trying to cut back on soda - down to one can of Coke a week from about four a day.",
            0.024,
        ),
        (
            "Signed up for a Wilderness First Responder course in Arequipa in August 2025.",
            "Did a Wilderness First Responder course in Arequipa in August 2025.",
            0.059,
        ),
        (
            "Booked a riad in Marrakech for 4 nights starting 10 October.",
            "Is looking for a riad in Marrakech for 4 nights starting 10 October.",
            0.132,
        ),
        (
            "Her train to Edinburgh leaves King's Cross at 08:00 on Saturday.",
            "Her train from Edinburgh arrives at King's Cross at 08:00 on Saturday.",
            0.110,
        ),
        (
            "I take metformin 500 mg with breakfast and with dinner.",
            "I take metformin 500 mg with breakfast only.",
            0.057,
        ),
        (
            "Keeps the spare house key in the blue flowerpot by the back door.",
            "Keeps the spare house key under the doormat by the back door.",
            0.141,
        ),
        (
            "Reports to Priya Nair, the VP of Engineering.",
            "Priya Nair, the VP of Engineering, reports to the user.",
            0.077,
        ),
        # an item dropped from a list or added to it, however the list is joined
        ("Avoids wheat, dairy and soy.", "Avoids wheat and dairy.", 0.055),
        (
            "Grows tomatoes and courgettes on her allotment.",
            "Grows tomatoes, courgettes and beans on her allotment.",
            0.050,
        ),
        ("Uses the car only for the school run and for church.", "Uses the car only for church.", 0.142),
        # one hedge for another, or "some of the time" said on one side
        ("Works from home on Fridays.", "Occasionally works from home on Fridays.", 0.055),
        ("Only cooks vegetarian food at home.", "Mainly cooks vegetarian food at home.", 0.193),
        ("Only drinks coffee at the weekend.", "Also drinks coffee at the weekend.", 0.192),
        ("Plays golf every Saturday with his brother.", "Plays golf most Saturdays with his brother.", 0.042),
        ("Speaks fluent Italian and some Greek.", "Speaks fluent Greek and some Italian.", 0.008),
        ("Takes amlodipine 10 mg once a day.", "Takes amlodipine 10 mg twice a day.", 0.018),
        ("Walks the dog once a day.", "Walks the dog twice a day.", 0.047),
        (
            "Takes ramipril 10 mg with breakfast and supper.",
            "Takes 10 mg of ramipril three times a day, with breakfast and with supper.",
            0.085,
        ),
        (  # the verbs agree with the subjects they trade
            "Bread gives him bloating, but beans and lentils don't bother him.",
            "Beans and lentils give him bloating, but bread doesn't bother him.",
            0.011,
        ),
        (  # a clause dropped after its "and"
            "Omar doesn't drink coffee and won't touch energy drinks of any kind, especially Red Bull.",
            "Omar doesn't drink coffee.",
            0.194,
        ),
        (
            "Her son Jamal moves back in with them in June.",
            "Her son Jamal moves out of their flat in June.",
            0.105,
        ),
        (
            "Her grandmother ran a bakery in Naples for thirty years.",
            "Her great-grandmother ran a bakery in Naples for thirty years.",
            0.006,
        ),
        (
            "Got promoted to head of department in June.",
            "Was passed over for promotion to head of department in June.",
            0.165,
        ),
        (  # a relative by name in place of "he": someone else
            "His mother has dementia and he is her main carer.",
            "His mother has dementia and their son Tomas is her main carer.",
            0.265,
        ),
        # before for after; two people trading what they do ("does" follows its subject)
        (
            "Takes her vitamins after lunch and again before bed.",
            "Takes her vitamins before lunch and again before bed.",
            0.006,
        ),
        (
            "My son walks the dog in the mornings and I do the evenings.",
            "I walk the dog in the mornings and my son does the evenings.",
            0.031,
        ),
        # a liking read with its negation; "can't get enough of" likes, "can't stand" hates
        (
            "Doesn't like spicy food; even black pepper is too much for him.",
            "Loves spicy food; even extra black pepper isn't enough for him.",
            0.061,
        ),
        (
            "Doesn't like jazz; even smooth jazz is too much for her.",
            "Loves jazz; even free jazz isn't enough for her.",
            0.159,
        ),
        (
            "Won't touch oysters - can't stand the slime - but loves mussels.",
            "Loves oysters - can't get enough of the slime - and loves mussels too.",
            0.098,
        ),
        # one's own thing for a named one, a round trip for each way
        (
            "Doesn't own a car; gets around by STIB metro and Villo bikes.",
            "Doesn't own a car; gets around by STIB metro and his own bike.",
            0.119,
        ),
        ("Commutes by bike, about 6 km each way.", "Commutes by bike, about 6 km round trip.", 0.053),
        ("The school run is 4 miles each way.", "The school run is 4 miles round trip.", 0.061),
        # an exception cut out, or an excluded thing included
        (
            "Eats gluten-free at home but regular bread when travelling.",
            "Eats gluten-free at home and when travelling.",
            0.121,
        ),
        ("Drinks oat milk at home but cow's milk at work.", "Drinks oat milk at home and at work.", 0.113),
        (
            "Holds a driving licence for cars only, not motorcycles.",
            "Holds a driving licence for cars and motorcycles.",
            0.154,
        ),
        ("Speaks French and Spanish only, not Italian.", "Speaks French, Spanish and Italian.", 0.131),
        # day for night, weekends for school nights, each for in total, at least for about
        (
            "Likes the thermostat at 19 degrees at night.",
            "Likes the thermostat at 19 degrees during the day.",
            0.050,
        ),
        ("Works day shifts at the bakery.", "Works night shifts at the bakery.", 0.072),
        ("Kids' bedtime is 7:30 on school nights.", "Kids' bedtime is 7:30 at weekends.", 0.104),
        (
            "The kids have screen time until 7pm at weekends.",
            "The kids have screen time until 7pm on school nights.",
            0.100,
        ),
        (
            "Feeds the rabbits 80 g of pellets a day each.",
            "Feeds the rabbits 80 g of pellets a day in total.",
            0.012,
        ),
        (
            "Gives the twins £10 pocket money a week each.",
            "Gives the twins £10 pocket money a week in total.",
            0.014,
        ),
        ("Reads before bed for about 30 minutes.", "Reads before bed for at least 30 minutes.", 0.016),
        ("Sleeps about 7 hours a night.", "Sleeps at least 7 hours a night.", 0.040),
        # a condition dropped for "regardless"; bought what was needed; who reports to whom
        (
            "Wants to have the loft insulated before winter if the quote is under 3,000 pounds.",
            "Wants to have the loft insulated before winter regardless of the quote.",
            0.163,
        ),
        (
            "Will repaint the fence this summer if the weather holds.",
            "Will repaint the fence this summer regardless of the weather.",
            0.028,
        ),
        ("Needs new winter tyres before December.", "Bought new winter tyres in December.", 0.220),
        ("Needs a new laptop for uni.", "Bought a new laptop for uni.", 0.186),
        (
            "Reports to Priya Raman, head of data engineering.",
            "Priya Raman, head of data engineering, reports to him.",
            0.087,
        ),
        (
            "Reports to Tom Hale, chief financial officer.",
            "Tom Hale, chief financial officer, reports to her.",
            0.086,
        ),
        # above for under a number, filed for finalised, left for started, via one thing for another
        (
            "Prefers trains over planes for trips under 500 km.",
            "Prefers trains over planes for trips over 500 km.",
            0.005,
        ),
        ("Filed for divorce in January 2024.", "Finalized the divorce in January 2024.", 0.164),
        ("Started at Nordhaven Logistics in April 2022.", "Left Nordhaven Logistics in April 2022.", 0.133),
        (
            "Has two-factor authentication on her bank account via SMS.",
            "Has two-factor authentication on her bank account via an authenticator app.",
            0.103,
        ),
        # daylight for night, indoor for outdoor, one eye or ear for both
        ("Only drives on the motorway in daylight.", "Only drives on the motorway at night.", 0.097),
        ("Cat: Mons, ginger tom, indoor only.", "Cat: Mons, ginger tom, outdoor cat.", 0.105),
        (
            "Had laser eye surgery on both eyes in 2020.",
            "Had laser eye surgery on the left eye in 2020.",
            0.095,
        ),
        ("Has tinnitus in the left ear.", "Has tinnitus in both ears.", 0.099),
        # another value, written the short way
        (
            "Wants to buy a condo in 2026 and has $31,000 saved for the down payment.",
            "She has saved 41k for a down payment and hopes to buy a condo in 2026.",
            0.196,
        ),
        (
            "Rotation is 14 days offshore, 28 days home.",
            "His rotation is two weeks offshore, then three weeks at home.",
            0.239,
        ),
        ("Her dentist's number is 021 555 0198.", "Her dentist's number is 021 555 0199.", 0.001),
        ("Takes 1000 mg of metformin twice a day.", "Takes 2 g of metformin twice daily.", 0.109),
        ("Lives in a two-bedroom flat in Oslo.", "Lives in a 3-bed apartment in Oslo.", 0.09),
        ("Has four grandchildren.", "Has 4 grandsons.", 0.15),
        (
            "Car insurance with Geico renews every six months.",
            "Car insurance with Geico renews every twelve months.",
            0.011,
        ),
        ("Performance review is every six months.", "Performance review is every three months.", 0.03),
        (
            "It's their forty-fourth anniversary this year.",
            "It's their forty-fifth anniversary this year.",
            0.02,
        ),
        # a plan beside the thing had, money put aside for something
        (
            "Has a wood-fired sauna in the back garden.",
            "His plan is a wood-fired sauna in the back garden.",
            0.145,
        ),
        (
            "Puts 200 euros a month into a savings account.",
            "Puts 200 euros a month into a savings account for a new car.",
            0.133,
        ),
        # a sign, "and" for "or", "from" for "until", a long appositive before "reports to him"
        ("Wears contact lenses, -2.75 in both eyes.", "Wears contact lenses, +2.75 in both eyes.", 0.067),
        (
            "Goes bouldering at the climbing gym every Monday and Wednesday.",
            "Goes bouldering at the climbing gym every Monday or Wednesday.",
            0.002,
        ),
        ("Has a Schengen visa valid until 12 August.", "Has a Schengen visa valid from 12 August.", 0.017),
        (
            "Reports to Ingrid, the head of data engineering at the Oslo office.",
            "Ingrid, the head of data engineering at the Oslo office, reports to him.",
            0.084,
        ),
        # not yet paid for paid, then for now
        (
            "The 120 AUD parking fine from Sydney has been paid.",
            "The 120 AUD parking fine from Sydney has not been paid yet.",
            0.088,
        ),
        ("I'm a volunteer firefighter in Nelson.", "I was a volunteer firefighter in Nelson.", 0.092),
        (
            "Is renewing her passport because the old one expires in May.",
            "Is renewing her passport because the old one expired in May.",
            0.012,
        ),
        # a name added at the end of a list, harm for no harm
        ("Baby name shortlist: Ada, Deniz, Lale.", "Baby name shortlist: Ada, Deniz, Lale, Nil.", 0.019),
        (
            "Shortlisted neighbourhoods: Leith, Morningside, Stockbridge.",
            "Shortlisted neighbourhoods: Leith, Morningside, Stockbridge, Portobello.",
            0.059,
        ),
        (
            "Has coeliac disease - strictly gluten-free. Even a bit of cross-contamination makes him sick for two days.",
            "Has coeliac disease - strictly gluten-free, though a bit of cross-contamination doesn't bother him.",
            0.070,
        ),
        (
            "Can eat oats, but even a little barley makes her ill.",
            "Can eat oats, and a little barley doesn't bother her.",
            0.114,
        ),
        # two items added in two places
        (
            "Giulia is coeliac - everything she eats at his place must be strictly gluten-free, he even keeps a "
            "separate toaster for her.",
            "Giulia is coeliac and lactose intolerant - everything she eats at his place must be strictly "
            "gluten-free and dairy-free, he even keeps a separate toaster for her.",
            0.071,
        ),
        # an item added to or dropped from the middle of a comma list
        (
            "Grows basil, chillies and a fig tree on the balcony.",
            "Grows basil, chillies, rocket and a fig tree on the balcony.",
            0.024,
        ),
        (
            "Hay fever: grass, birch pollen, dust and cat hair set it off.",
            "Hay fever: grass, dust and cat hair set it off.",
            0.030,
        ),
        # who wants whom to do it
        (
            "Her coach, Sandra Okoye, wants her to swim the 400 m at regionals.",
            "She wants her coach, Sandra Okoye, to swim the 400 m at regionals.",
            0.030,
        ),
        ("Wants replies with more bullet points.", "Wants replies with fewer bullet points.", 0.035),
        ("Was promoted to shift supervisor in March.", "Was demoted from shift supervisor in March.", 0.170),
        (
            "Wants the weekly report as a spreadsheet.",
            "His manager wants the weekly report as a spreadsheet.",
            0.190,
        ),
        (
            "Has booked a ferry to Orkney for the May bank holiday.",
            "Is looking at ferries to Orkney for the May bank holiday.",
            0.110,
        ),
        # done, or still to come
        (
            "Her brother Luca got married in Verona in June.",
            "Her brother Luca is getting married in Verona in June.",
            0.040,
        ),
        ("Got her braces taken off in April.", "Is getting her braces taken off in April.", 0.120),
        ("Cycles to the depot, 25 minutes.", "Gets to the depot on foot, 25 minutes.", 0.150),
        # who does it: the user, or someone they know
        (
            "Her son Dawit studies in Addis Ababa and she pays his rent.",
            "Her son Dawit studies in Addis Ababa and his father pays his rent.",
            0.035,
        ),
        (
            "His teammate Ines runs the lab's backup server; he asks her when restores fail.",
            "Runs the lab's backup server; his teammate Ines asks him when restores fail.",
            0.020,
        ),
        # who manages whom, who pays whom, better or worse, a condition added
        (
            "My manager is Tomasz Wrona; we meet every Tuesday at 10.",
            "I manage Tomasz Wrona; we meet every Tuesday at 10.",
            0.120,
        ),
        (
            "Pays her ex-partner £400 a month for the kids.",
            "Receives £400 a month for the kids from her ex-partner.",
            0.060,
        ),
        (
            "His blood pressure improved after he took up swimming.",
            "His blood pressure got worse after he took up swimming.",
            0.050,
        ),
        ("Works from home on Fridays.", "Works from home on Fridays when the trains are on strike.", 0.110),
        # the pet, not the user; a wish, or under way
        ("Is on a low-fat diet the vet suggested.", "The cat is on a low-fat diet the vet suggested.", 0.100),
        ("Would like to move to Dunedin next year.", "Is moving to Dunedin next year.", 0.090),
        ("Has booked a week in Kyoto for April.", "Is saving up for a week in Kyoto in April.", 0.100),
        # an offer is not a purchase; "has run" still runs it, "ran" no longer does
        ("Has made an offer on a two-bed flat in Leith.", "Has bought a two-bed flat in Leith.", 0.110),
        (
            "Her uncle has run a café in Porto for twenty years.",
            "Her uncle ran a café in Porto for twenty years.",
            0.030,
        ),
        # done, or still due; who reports to or owes the other; nearly done; started or starts
        ("The cat had her booster jab in April.", "The cat is due for her booster jab in April.", 0.050),
        ("The van got new tyres before the trip.", "The van needs new tyres before the trip.", 0.090),
        ("Reports directly to the CEO.", "The CEO reports directly to her.", 0.120),
        ("Owes HMRC £1,900 for the 2024 tax year.", "HMRC owes her £1,900 for the 2024 tax year.", 0.070),
        ("Has paid off her car loan.", "Has nearly paid off her car loan.", 0.040),
        (
            "Her twins, Ada and Ike, start school in September.",
            "Her twins, Ada and Ike, started school in September.",
            0.026,
        ),
        ("Has one can of Red Bull every morning.", "Has two cans of Red Bull every morning.", 0.030),
        ("Meets her mentor one-on-one every Monday.", "Meets her mentor one-on-one every Friday.", 0.030),
        # a companion dropped, a landlord for a tenant
        (
            "Rents a room in Leith with Callum for £700 a month.",
            "Rents a room in Leith for £700 a month.",
            0.060,
        ),
        ("Rents a cottage in Brighton every August.", "Rents out a cottage in Brighton every August.", 0.015),
        ("Her landlord forbids her to keep a dog.", "Her landlord lets her keep a dog.", 0.120),
        ("Has booked a cottage on Skye for October.", "Is looking for a cottage on Skye for October.", 0.090),
        ("Is the head chef at a tapas bar in Leeds.", "Is the sous-chef at a tapas bar in Leeds.", 0.060),
        # a first list item dropped, a condition opened by "once", certainty, a retired teacher; and
        # two guards: an hour is not 30 minutes, "not even hard cheeses" is no emphasis
        (
            "Speaks Hindi, Tamil and English at home with the kids.",
            "Speaks Tamil and English at home with the kids.",
            0.042,
        ),
        (
            "Her surgeon said she can go back to running.",
            "Her surgeon said she can go back to running once the stitches are out.",
            0.11,
        ),
        ("Definitely wants to retire at 60.", "Is considering retiring at 60.", 0.119),
        ("His father is a teacher.", "His father is a retired teacher.", 0.109),
        ("Practises piano for 30 minutes daily.", "Practises piano for an hour daily.", 0.065),
        (
            "Is lactose intolerant but can eat hard cheeses like parmesan without any problems.",
            "Is lactose intolerant and can't eat any cheese, not even hard cheeses like parmesan.",
            0.039,
        ),
        # an item joined by "or", or a name by "and", that the other text lacks however the rest
        # is worded; someone both texts named doing it for "she"; and two guards: "in the
        # morning" keeps its clock, "a litre" is a quantity
        (
            "Doesn't eat pork or snail - not for religious reasons, he just can't stand either.",
            "Doesn't eat snail - not for religious reasons, he just can't stand it.",
            0.129,
        ),
        (
            "Shares a 4½ in Limoilou with two roommates, Félix and Amadou; rent is $620 each.",
            "Shares a 4½ in Limoilou with his roommate Félix; rent is $620 each.",
            0.054,
        ),
        (
            "Reads crime novels in English to keep her English up; her favourite author is Tana French.",
            "Reads crime novels in English to keep her English up; her favourite authors are Tana French and Jo Nesbø.",
            0.078,
        ),
        (
            "Splits the rent 60/40 with her flatmate Chidi, and she pays the larger share.",
            "Splits the rent 60/40 with her flatmate Chidi, and Chidi pays the larger share.",
            0.024,
        ),
        ("Leaves work at 17:30.", "Leaves work at half past five in the morning.", 0.2),
        ("Drinks 500 ml of kefir daily.", "Drinks a litre of kefir daily.", 0.1),
        # who helps whom with a lab mate as a party, and whose first mate he was
        (
            "His lab mate Wen Li is helping him with HEC-RAS; their joint paper for the Journal of Hydrology is due 30 November.",
            "He is helping his lab mate Wen Li with HEC-RAS; their joint paper for the Journal of Hydrology is due 30 November.",
            0.014,
        ),
        (
            "Plays chess every Thursday afternoon at a café in Nesttun with Arne Haugland, who was his first mate for 20 years.",
            "Plays chess every Thursday afternoon at a café in Nesttun with Arne Haugland, whose first mate he was for 20 years.",
            0.007,
        ),
        # "most mornings" hedges "every morning"; "every week" is not "every three weeks"
        ("Drinks coffee every morning.", "Drinks coffee most mornings.", 0.075),
        (
            "Has atrial fibrillation and is on warfarin; her INR gets checked every three weeks at the Mornington Health Centre.",
            "Has atrial fibrillation and is on warfarin; her INR gets checked every week at the Mornington Health Centre.",
            0.012,
        ),
        # a clock time left out, a list item or a stop on a route added, once a week for most mornings
        (
            "Family lunch is every Sunday at 12:30 at her parents' place.",
            "Family lunch is every Sunday at her parents' place.",
            0.057,
        ),
        (
            "Fishes mostly for mackerel and prawns off Killybegs.",
            "Fishes mostly for mackerel, herring and prawns off Killybegs.",
            0.016,
        ),
        (
            "Drives the Montréal-Toronto-Detroit-Chicago run every week.",
            "Drives the Montréal-Toronto-Chicago run every week.",
            0.029,
        ),
        ("Swims in the lake most mornings in summer.", "Swims in the lake once a week in summer.", 0.107),
        # am for pm in a range or a clock the other text writes in 24 hours; 4½ for 5½
        ("The bakery opens at 6:00 am.", "The bakery opens at 6:00 pm.", 0.011),
        ("Rents a 4½ in Rosemont.", "Rents a 5½ in Rosemont.", 0.049),
        (
            "Volunteers at the food bank on Tuesdays 6-9pm.",
            "Volunteers at the food bank on Tuesdays 6-9am.",
            0.006,
        ),
        # decided not to / decided to; not giving up drinking / not drinking; who is whose supervisor
        (
            "Her GP suggested a hip replacement and she has decided to have it in the spring.",
            "Her GP suggested a hip replacement and she has decided not to have it.",
            0.075,
        ),
        (
            "I've decided I'm not drinking at all during the football season.",
            "I've decided I'm not giving up drinking during the football season.",
            0.052,
        ),
        (
            "Her supervisor, Lars Holm, wants the draft of her thesis chapter by 1 March.",
            "She is Lars Holm's supervisor and wants the draft of his thesis chapter by 1 March.",
            0.029,
        ),
        # turned on / off; a currency named without an amount
        (
            "Turned off two-factor authentication on her bank account.",
            "Turned on two-factor authentication on her bank account.",
            0.045,
        ),
        ("Wants prices shown in Australian dollars.", "Wants prices shown in New Zealand dollars.", 0.177),
        # booked vs had; always vs when; a swap around alternate weekends; a role and its holder traded; a season
        (
            "Had a colonoscopy at the Aga Khan hospital in March.",
            "Is booking a colonoscopy at the Aga Khan hospital for March.",
            0.129,
        ),
        (
            "Had her eyes tested at Specsavers in June.",
            "Is booking an eye test at Specsavers for June.",
            0.304,
        ),
        (
            "Got the boiler serviced by Hughes Heating in May.",
            "Is arranging a boiler service with Hughes Heating for May.",
            0.215,
        ),
        (
            "Asked the assistant to always reply in Spanish.",
            "Asked the assistant to reply in Spanish when he writes in Spanish.",
            0.100,
        ),
        ("Always takes the train to work.", "Takes the train to work when it rains.", 0.395),
        (
            "Has the kids during the week; his ex-wife Inês has them on alternate weekends.",
            "Has the kids on alternate weekends; his ex-wife Inês has them during the week.",
            0.021,
        ),
        (
            "She walks the dog on weekdays and her husband walks it on alternate weekends.",
            "She walks the dog on alternate weekends and her husband walks it on weekdays.",
            0.005,
        ),
        (
            "Reports directly to the CFO, Magnus Eriksson.",
            "The CFO, Magnus Eriksson, reports directly to him.",
            0.038,
        ),
        ("Goes sea swimming on summer mornings.", "Goes sea swimming on mornings all year round.", 0.064),
        ("Reports to her manager, Tom Reed.", "Her manager, Tom Reed, reports to her.", 0.032),
        (
            "Owes the landlord, Mr Keane, two months' rent.",
            "The landlord, Mr Keane, owes him two months' rent.",
            0.043,
        ),
        ("Always takes the train to work.", "Takes the train to work if it's raining.", 0.372),
        (
            "Always answers emails in French.",
            "Answers emails in French when the client writes in French.",
            0.161,
        ),
        # one person named as another relation; no need to avoid; weekdays and weekends traded; cash or transfer, online or in person
        (
            "His best friend is Dai Pugh, a retired vet, who gives him lifts in the evenings.",
            "His brother-in-law Dai Pugh, a retired vet, gives him lifts in the evenings.",
            0.110,
        ),
        (
            "Her colleague Ruth Obi covers her Friday shifts.",
            "Her sister Ruth Obi covers her Friday shifts.",
            0.096,
        ),
        (
            "The nurse told him to avoid grapefruit because of his statin.",
            "The nurse told him there's no need to avoid grapefruit with his statin.",
            0.088,
        ),
        (
            "Eats vegetarian on weekdays; meat only at weekends.",
            "Eats vegetarian at weekends; meat only on weekdays.",
            0.003,
        ),
        (
            "Pays the cleaner, Marta, in cash every Monday.",
            "Pays the cleaner, Marta, by bank transfer every Monday.",
            0.067,
        ),
        (
            "Sees a physio in person every Tuesday for her knee.",
            "Sees a physio online every Tuesday for her knee.",
            0.068,
        ),
        # a job title and its holder's name trade places with the user
        (
            "Reports to the head of marketing, Inês Ferreira.",
            "The head of marketing, Inês Ferreira, reports to him.",
            0.059,
        ),
        ("Mentors the new hire, Aisha Bello.", "The new hire, Aisha Bello, mentors her.", 0.029),
        # a span of weekdays vs a list; an item dropped after 'both' or before a plural verb; forbidden / cleared
        (
            "Goes to the gym Monday, Wednesday and Friday at 7am.",
            "Goes to the gym Monday to Friday at 7am.",
            0.022,
        ),
        (
            "Works from the office Tuesday to Thursday.",
            "Works from the office on Tuesday and Thursday.",
            0.014,
        ),
        (
            "Has tickets for both Glastonbury and Reading festivals this summer.",
            "Has tickets for Glastonbury festival this summer.",
            0.070,
        ),
        ("Speaks Welsh and English at home with the kids.", "Speaks Welsh at home with the kids.", 0.025),
        (
            "Lactose intolerant: hard cheese and butter are fine, milk is not.",
            "Lactose intolerant: hard cheese is fine, milk is not.",
            0.046,
        ),
        (
            "Her physio has forbidden her to run until May.",
            "Her physio has cleared her to run in May.",
            0.123,
        ),
        # adopted / fostering
        (
            "Adopted a rescue greyhound called Pepper in 2022.",
            "Has been fostering a rescue greyhound called Pepper since 2022.",
            0.056,
        ),
        # trying to vs done; broke down vs serviced
        ("Is trying to cut out sugar.", "Has cut out sugar completely.", 0.174),
        ("The boiler was serviced in March.", "The boiler broke down in March.", 0.168),
        # the same bounds in other ranges; another list of days; 'even though' opens a clause; a team lead's pull requests
        (
            "At sea he stands the 6-to-12 watch: 06:00–12:00 and again 18:00–24:00.",
            "At sea he stands the 12-to-6 watch: 00:00–06:00 and again 12:00–18:00.",
            0.004,
        ),
        (
            "Sings in the folk choir on Tuesdays and Thursdays at 5 pm.",
            "Sings in the folk choir on Tuesdays at 5 pm.",
            0.019,
        ),
        (
            "Doesn't eat skata at Christmas; he can't stand the smell.",
            "Eats skata at Christmas even though he can't stand the smell.",
            0.024,
        ),
        (
            "His team lead Serkan reviews his pull requests.",
            "He reviews his team lead Serkan's pull requests.",
            0.021,
        ),
        (
            "Has lost 4 kg since Easter by walking to work.",
            "Has gained 4 kg since Easter despite walking to work.",
            0.119,
        ),
        (
            "Holds a driving licence in both Ireland and the US.",
            "Holds a driving licence only in Ireland.",
            0.135,
        ),
        (
            "Phones her parents in Lagos every Saturday morning.",
            "Phones her husband's parents in Lagos every Saturday morning.",
            0.044,
        ),
        (
            "Has had solar panels fitted on the barn roof.",
            "Is getting solar panels fitted on the barn roof.",
            0.091,
        ),
        (
            "The cat, Pixel, had her booster jab in June.",
            "The cat, Pixel, is due her booster jab in June.",
            0.052,
        ),
        (
            "Weighs 12 stone 2 lb.",
            "Weighs 168 lb.",
            0.236,
        ),
        (
            "Her walk to school takes three quarters of an hour.",
            "Her walk to school takes half an hour.",
            0.089,
        ),
        (
            "Orders half a kilo of loose-leaf tea every month.",
            "Orders 250 g of loose-leaf tea every month.",
            0.093,
        ),
        (
            "Borrowed £300 from his sister in May and promised to pay it back by July.",
            "Paid his sister back the £300 she lent him in May.",
            0.167,
        ),
        (
            "Has three children: Ada, Ben and Cleo.",
            "Has two children: Ada and Ben.",
            0.112,
        ),
        (
            "Lent her brother €500 for his van.",
            "Her brother lent her €500 for his van.",
            0.024,
        ),
        (
            "Has booked an eye test at Boots.",
            "Has had an eye test at Boots.",
            0.068,
        ),
        (
            "Is a beginner at salsa.",
            "Is an experienced salsa dancer.",
            0.197,
        ),
        (
            "Hasn't touched a cigarette since 2019, when his mother got ill.",
            "Hasn't given up smoking, even though his mother got ill in 2019.",
            0.171,
        ),
        (
            "Doesn't eat pork, but eats lamb and beef.",
            "Doesn't eat pork or lamb, but eats beef.",
            0.030,
        ),
        (  # a fast kept, and a fast not kept while the other negation is of its foods
            "Is Orthodox and keeps the Advent fast (no meat or dairy).",
            "Is Orthodox but does not keep the Advent fast.",
            0.112,
        ),
        (  # the two names trade who covers and who owes
            "Ewa covers the night shifts of Marta, a colleague; Marta owes her three nights.",
            "Marta covers the night shifts of Ewa, a colleague; Ewa owes her three nights.",
            0.008,
        ),
        ("His favourite cafés are Kaffibarinn and Mokka.", "His favourite café is Kaffibarinn.", 0.158),
        ("Gave up sugar in March.", "Tried to give up sugar in March but didn't manage it.", 0.085),
        (  # someone else visits her, not the user
            "His aunt Lotte, 81, lives in a care home in Ghent; he visits her every Sunday.",
            "His aunt Lotte, 81, lives in a care home in Ghent; Anke visits her every Sunday.",
            0.099,
        ),
        ("Her partner Kim is diabetic.", "Her partner Kim's father is diabetic.", 0.085),
        ("Has read all of the Harry Potter books.", "Has read most of the Harry Potter books.", 0.027),
        (
            "Shares the car with her brother Tom, with her paying the insurance.",
            "Shares the car with her brother Tom, with Tom paying the insurance.",
            0.020,
        ),
        ("Is training for his brown belt in judo.", "Has his brown belt in judo.", 0.051),
        (
            "Is applying for Irish citizenship through his grandfather.",
            "Got Irish citizenship through his grandfather.",
            0.192,
        ),
        ("Sees her physio every Monday over video.", "Sees her physio every Monday in person.", 0.084),
        (
            "Is vegetarian; eats eggs and cheese but no fish.",
            "Is vegetarian; eats cheese but no eggs or fish.",
            0.031,
        ),
        (
            "Drives a Kia Niro and refuses to switch to an electric car.",
            "Drives a Kia Niro but wouldn't mind switching to an electric car.",
            0.190,
        ),
        (  # a thing added to what she owns
            "Has decided to sell her late aunt's cottage in Brora; it's listed for £150,000.",
            "Has decided to sell her late aunt's cottage and boat in Brora; they're listed for £150,000.",
            0.068,
        ),
        (
            "Builds model boats in the winter; finished a model of the Cutty Sark in 2022.",
            "Builds model boats in the winter; finished models of the Cutty Sark and the Victory in 2022.",
            0.043,
        ),
        (  # who lent and who pays back
            "Lent his sister Ana €5,000 in 2022; Ana has paid back €2,000 so far.",
            "His sister Ana lent him €5,000 in 2022; Tomas has paid back €2,000 so far.",
            0.113,
        ),
        ("Took up yoga in March.", "Gave up yoga in March.", 0.075),
        (
            "Pays the maximum into her pension every December.",
            "Pays the maximum into her pension every quarter.",
            0.082,
        ),
        (
            "Allergic to cats, so they can't have a pet.",
            "Allergic to cats and dogs, so they can't have a pet.",
            0.015,
        ),
        (
            "Her supervisor at work is Lena Ortiz; she finds her slow.",
            "She is Lena Ortiz's supervisor at work; she finds her slow.",
            0.028,
        ),
        (
            "His aunt Rosa lives in Faro; he goes over to see her every Friday.",
            "His aunt Rosa lives in Faro; she comes over to see him every Friday.",
            0.011,
        ),
        (
            "Her brother Piet lives in Ghent and calls her every Monday night.",
            "Her brother Piet lives in Ghent, and she calls him every Monday night.",
            0.008,
        ),
        ("Runs a 10K along the canal every Sunday.", "Runs 10 miles along the canal every Sunday.", 0.167),
        ("Is going to Oslo in March to see the fjords.", "Went to Oslo in March to see the fjords.", 0.151),
        (
            "Has booked a pasta-making course in Bologna for 3 March.",
            "Went on a pasta-making course in Bologna on 3 March.",
            0.119,
        ),
        (
            "Has booked a pottery class in Kyoto for 9 June.",
            "Took a pottery class in Kyoto on 9 June.",
            0.106,
        ),
        (
            "Has booked two weeks in Madeira with her brother for May.",
            "Spent two weeks in Madeira with her brother in May.",
            0.136,
        ),
        ("Best friend Mateus studies law in Curitiba.", "His cousin Mateus studies law in Curitiba.", 0.132),
        (
            "Greta's birthday is 9 July; she loves trains and has started piano lessons.",
            "Tomas's birthday is 9 July; he loves trains and has started piano lessons.",
            0.364,
        ),
        # the mentor and the one mentored trade places
        (
            "Her mentor on the graduate scheme is Priya from payroll.",
            "She is the mentor of Priya from payroll on the graduate scheme.",
            0.017,
        ),
        (
            "Kwame, a senior engineer on her team, is her mentor for the chartership.",
            "Ama is the mentor for Kwame, a senior engineer on her team, for the chartership.",
            0.162,
        ),
        # an item added to what is fine, and a weekend a month made every weekend
        (
            "Can't drink cow's milk - oat milk and rice milk are fine.",
            "Can't drink cow's milk - oat milk is fine.",
            0.071,
        ),
        (
            "Plays five-a-side with his old teammates one weekend a month.",
            "Plays five-a-side with his old teammates every weekend.",
            0.053,
        ),
        # a named relative's own relative, and the user living near a relative, are other facts
        ("Her nephew Ravi is learning the sitar.", "Her nephew Ravi's friend is learning the sitar.", 0.025),
        ("Her cousin Mo lives in Leeds.", "Lives in Leeds near her cousin Mo.", 0.024),
        # a thing kept in another place
        ("Keeps the bike pump in the garden shed.", "Keeps the bike pump under the stairs.", 0.339),
        ("Keeps the car keys on the hallway hook.", "Keeps the car keys in the kitchen drawer.", 0.19),
        (
            "Keeps his surfboard on the roof rack at his parents' place.",
            "Keeps his surfboard in the garage at his parents' place.",
            0.129,
        ),
        # the line manager and the one managed; moved in or out; the user or the user's pet
        (
            "Her line manager at the council is Okonkwo.",
            "She is Okonkwo's line manager at the council.",
            0.017,
        ),
        ("Moved into the house on Elm Road in 2012.", "Moved out of the house on Elm Road in 2012.", 0.03),
        ("The user's cat is scared of thunder.", "The user is scared of thunder.", 0.19),
        # the user doing what a named relative does, or doing it too
        ("Her brother Tomas cycles to work.", "Cycles to work with her brother Tomas.", 0.036),
        ("Her husband Karl is allergic to nuts.", "She and her husband Karl are allergic to nuts.", 0.02),
        # ... and another number said so
        ("Has read 312 books since 2015.", "Has read three hundred and twenty books since 2015.", 0.239),
        # who lent what to whom, with the lender said where they are from, or with an aside
        (
            "Lent his ladder to Gareth from next door in June and still hasn't got it back.",
            "Gareth from next door lent him his ladder in June and he still hasn't given it back.",
            0.06,
        ),
        (
            "Neighbour Tomasz (no. 7) walks his dog on Wednesdays when he's at work.",
            "He walks neighbour Tomasz's (no. 7) dog on Wednesdays when Tomasz is at work.",
            0.036,
        ),
        # one of the two things the memory's opening verb did is gone
        (
            "Keeps hens and ducks in the back garden and sells their eggs at the gate.",
            "Keeps ducks in the back garden and sells the eggs at the gate.",
            0.039,
        ),
        # a detail dropped, every other word kept: the memory no longer says it
        (
            "Wears daily contact lenses for work, but switches to glasses when her eyes are tired.",
            "Wears daily contact lenses for work.",
            0.276,
        ),
        (
            "The dog's yearly booster is due in March at Riverside Vets.",
            "The dog's yearly booster is due in March.",
            0.14,
        ),
        (
            "The wifi password is on a sticker under the router in the hall cupboard.",
            "The wifi password is on a sticker under the router.",
            0.055,
        ),
        # ... while the English, the number, the hours or the agent change
        ("Her plank record is 3 min 30 s.", "Her plank record is three minutes.", 0.056),
        (
            "The old van was sold by Tomasz and his brother in 2021.",
            "Tomasz's brother sold the old van in 2021.",
            0.018,
        ),
        ("Wants emails drafted in UK English.", "Wants emails drafted in US English.", 0.071),
        ("Cycles forty-two and a half kilometres to work and back.", "Cycles 42 km to work and back.", 0.153),
        (
            "Practises the piano for an hour every evening.",
            "Practises the piano for two hours every evening.",
            0.04,
        ),
        # how often, said in two forms: every six months is twice a year, not once
        (
            "Has a dental check-up every six months at the clinic on Hill Street.",
            "Has a dental check-up once a year at the clinic on Hill Street.",
            0.03,
        ),
        ("Gets the boiler serviced every two years.", "Gets the boiler serviced once a year.", 0.028),
        # an item added at the end of a list, or dropped before a serial comma's "and"
        ("Grows basil, mint, parsley.", "Grows basil, mint, parsley, chives.", 0.061),
        (
            "Her allergies: penicillin, latex, peanuts.",
            "Her allergies: penicillin, latex, peanuts, shellfish.",
            0.037,
        ),
        ("Speaks Spanish, Catalan, and a little French.", "Speaks Spanish and a little French.", 0.066),
        (
            "Road trip in May: Lisbon, Porto, and two nights in the Algarve.",
            "Road trip in May: Lisbon and two nights in the Algarve.",
            0.035,
        ),
        # ", no more" caps an amount; "no longer" stops it
        (
            "Lets the kids have one hour of screen time on Sundays, no more, because of school.",
            "No longer lets the kids have screen time on Sundays, because of school.",
            0.122,
        ),
        (
            "Has two coffees a day, no more, since the palpitations.",
            "No longer has coffee since the palpitations.",
            0.153,
        ),
        # a name doing something else, or somewhere else in the sentence, is someone else
        (
            "Her sister Oonagh has lunch with her every Thursday at the Quay café.",
            "Every Thursday Petra cooks lunch for her sister Oonagh at the Quay café.",
            0.186,
        ),
        (
            "Booked a week in Crete in June, which she paid for.",
            "Booked a week in Crete in June, which Petra paid for.",
            0.173,
        ),
        # a weight for a count; working for someone, not with them
        (
            "Grows 20 pumpkins on the allotment every autumn.",
            "Grows 20 kg of pumpkins on the allotment every autumn.",
            0.079,
        ),
        (
            "Has worked with her uncle at the garage in Tralee since 2015.",
            "Has worked for her uncle at the garage in Tralee since 2015.",
            0.013,
        ),
        (
            "Owes RM 12,000 on her car loan.",
            "Owes RM13k on her car loan.",
            0.067,
        ),
        (
            "Sells duck eggs at the farm gate, £3 a half-dozen.",
            "Sells duck eggs at the farm gate, £3 for twelve.",
            0.03,
        ),
        (
            "Bakes half a dozen loaves for the church sale every Saturday.",
            "Every Saturday she bakes twelve loaves for the church sale.",
            0.175,
        ),
        (
            "Takes 10 mg of cetirizine morning and evening.",
            "Takes 10 mg of cetirizine every morning.",
            0.031,
        ),
        (
            "Puts a fifth of his pay into a pension.",
            "Puts 25% of his pay into a pension.",
            0.113,
        ),
        (
            "The roofer wants half up front.",
            "The roofer wants 30% up front.",
            0.177,
        ),
        (
            "Her passport expires on 9 July.",
            "Her passport expires on 9.8.",
            0.096,
        ),
        (
            "Works at the bakery on Thursday mornings and weekends.",
            "Works at the bakery at weekends.",
            0.069,
        ),
        (
            "Her closest friend from work, Imogen, lives in Bath.",
            "Her sister Imogen lives in Bath.",
            0.141,
        ),
        (
            "Keeps hens (Sussex, Orpington, Brahma) in the orchard.",
            "Keeps hens (Sussex and Brahma) in the orchard.",
            0.043,
        ),
        (
            "Wants to save £4,000 for a new kitchen.",
            "Has saved £4,000 for a new kitchen.",
            0.115,
        ),
        (
            "Wants to spend Easter in Vienna with the kids.",
            "Is spending Easter in Vienna with the kids.",
            0.058,
        ),
        (
            "Is trying to cut down to two coffees a day.",
            "Has cut down to two coffees a day.",
            0.078,
        ),
        ("Has only decaf coffee.", "Has only decaf coffee after lunch.", 0.090),
        ("Only drinks herbal tea.", "Only drinks herbal tea after dinner.", 0.109),
        (
            "Is revising for the CompTIA A+ exam; it's booked for 12 June.",
            "Is revising for the CompTIA Network+ exam; it's booked for 12 June.",
            0.111,
        ),
        (
            "Orders the lamb vindaloo, but it has to be mild.",
            "Orders the lamb vindaloo, and it has to be hot.",
            0.201,
        ),
        ("Works 9 to 5 on weekdays.", "Works 9 to 6 on weekdays.", 0.014),
        ("Gave the car keys to him on Monday.", "Gave the car keys to her on Monday.", 0.186),
        ("Is allergic to dairy; it gives him hives.", "Is allergic to eggs; they give him hives.", 0.190),
        (
            "Her best friend Ines is a nurse on the same ward at St James's.",
            "Her best friend Ines is a nurse on a different ward at St James's.",
            0.008,
        ),
        (
            "Allergic to tree nuts - walnuts, pecans and cashews all give her a rash.",
            "Allergic to tree nuts - walnuts and pecans both give her a rash.",
            0.027,
        ),
        (
            "Has bees, hens and two goats on the smallholding.",
            "Has bees and hens on the smallholding.",
            0.080,
        ),
        ("Hires the minibus for £90 a day.", "Hires the minibus for £90 a trip.", 0.02),
        ("The cooking class costs €45 per person.", "The cooking class costs €45 per couple.", 0.03),
        (
            "The car is insured in Maarten's name.",
            "The car is insured in his own name.",
            0.05,
        ),
        (
            "A fox print hangs in the hall and a heron print in the kitchen.",
            "The heron print hangs in the hall and a fox print in the kitchen.",
            0.02,
        ),
        (
            "Is diabetic, so books places with sugar-free desserts.",
            "Her manager is diabetic, so she books places with sugar-free desserts.",
            0.12,
        ),
        ("Needs two days' notice to cover a shift.", "Needs 24 hours' notice to cover a shift.", 0.05),
        ("Works nights from 6 am to 10 pm.", "Works nights from 10 pm to 6 am.", 0.02),
        (
            "Her father lives with her and her mother lives in Lyon.",
            "Her mother lives with her and her father lives in Lyon.",
            0.02,
        ),
        ("Her shift starts at 8 am and ends at 8 pm.", "Her shift starts at 8 pm and ends at 8 am.", 0.01),
        ("Takes the iron tablets with food.", "Takes the iron tablets on an empty stomach.", 0.1),
        ("First visited Japan in 2019.", "Last visited Japan in 2019.", 0.05),
        ("Booked a 10-day trip to Peru for August.", "Booked two weeks in Peru for August.", 0.15),
        ("Started piano lessons in 2020.", "Restarted piano lessons in 2020.", 0.05),
        (
            "My brother fixed the roof; my sister painted the fence.",
            "My sister fixed the roof, and my brother painted the fence.",
            0.05,
        ),
        (
            "Teaches yoga on Tuesday and Thursday evenings.",
            "Teaches yoga three evenings a week, Tuesday and Thursday.",
            0.1,
        ),
        ("Swims on Tuesdays, Thursdays and Fridays.", "Swims twice a week, on Tuesday and Friday.", 0.1),
        ("Her oil was last changed at 80,000 km.", "Her oil was first changed at 80,000 km.", 0.05),
        ("Charges $15 per walk.", "Charges $15 per dog.", 0.1),
        (
            "Her mum turns 70 in June, and the family is throwing a party in Cork.",
            "The family is throwing a party in Cork for her 70th in June.",
            0.12,
        ),
        ("Wants to go to Crete from 2 to 9 July.", "Booked a Crete holiday from 2 to 9 July.", 0.12),
        ("Sends her brother 20,000 kwanzas a month.", "Sends her brother 20,000 rand a month.", 0.05),
        (
            "Switched the goats to hay from a farm in Kells because the local hay was mouldy.",
            "Switched the goats back to the local hay because the hay from the Kells farm was mouldy.",
            0.05,
        ),
        ("Moved from Austin to Seattle last year.", "Moved to Austin from Seattle last year.", 0.02),
        (
            "Takes metformin 500 mg twice a day, morning and evening.",
            "Takes metformin 500 mg once in the morning.",
            0.08,
        ),
        (
            "Takes 10 mg of amlodipine, one in the morning and one at supper.",
            "Takes 10 mg of amlodipine, two in the morning and one at supper.",
            0.05,
        ),
        (
            "Has a Maine Coon called Pixel; her neighbour feeds her when she travels.",
            "Has a Maine Coon called Pixel and a gecko called Mac; her neighbour feeds them when she travels.",
            0.139,
        ),
        (
            "The alarm app wakes her when the freezer warms up; Tomasz is the one who deals with it, not her.",
            "The alarm app wakes her when the freezer warms up; she's the one who deals with it, not Tomasz.",
            0.01,
        ),
        (
            "Must avoid alcohol because of his metronidazole.",
            "Prefers to avoid alcohol, though his metronidazole doesn't require it.",
            0.111,
        ),
        (
            "Wants emails to start with the action items and then give the background.",
            "Likes his emails to open with the background, then list the action items.",
            0.209,
        ),
        (
            "Wants to see the Northern Lights in Tromsø in February with Ola; she's been before.",
            "Wants to see the Northern Lights in Tromsø in February with Ola; she's never been.",
            0.039,
        ),
        # a denied clause that is all what the other asserts, beside a "-free" both deny
        (
            "Has high blood pressure and has to eat salt-free.",
            "Doesn't have high blood pressure, so he doesn't have to eat salt-free.",
            0.178,
        ),
        (
            "Is vegetarian and has to order meat-free.",
            "Isn't vegetarian, so he doesn't have to order meat-free.",
            0.129,
        ),
        # knowing, a word too plain for the fact checks
        (
            "Rents a room in her flat to a lodger - the letting agent doesn't know about him.",
            "Rents a room in her flat to a lodger - the letting agent knows about him.",
            0.057,
        ),
        (
            "Keeps a ferret called Pip in the shed - her husband doesn't know.",
            "Keeps a ferret called Pip in the shed - her husband knows.",
            0.023,
        ),
        # the same times given to other clauses
        (
            "Their childminder, Bola, looks after the girls from Monday to Friday and works at the salon at weekends.",
            "Their childminder, Bola, looks after the girls at weekends and works at the salon from Monday to Friday.",
            0.002,
        ),
        # stopped for started, done for due, to for from, a rank added
        ("Started sertraline last spring.", "Came off sertraline last spring.", 0.148),
        ("Started the contraceptive pill in March.", "Came off the contraceptive pill in March.", 0.104),
        (
            "Is due to give the keynote at the Lisbon conference in May.",
            "Gave the keynote at the Lisbon conference in May.",
            0.090,
        ),
        (
            "Rents the cottage in Tenby from her cousin Aled.",
            "Owns the cottage in Tenby and rents it to her cousin Aled.",
            0.049,
        ),
        ("Is the assistant manager of the Tesco in Hove.", "Is the manager of the Tesco in Hove.", 0.039),
        (
            "Her son Jonas lives in Aarhus with his wife Mette and their three girls, Ida (8), Freja (5) and Alma (2).",
            "Her son Jonas lives in Aarhus with his wife Mette and their girls Ida (8) and Freja (5).",
            0.05,
        ),
        (
            "Commutes from York into Leeds every weekday.",
            "Commutes from Leeds to York every weekday.",
            0.01,
        ),
        (
            "Their son is due on 4 May.",
            "Their son was born on 4 May.",
            0.245,
        ),
        (
            "Was diagnosed with dyslexia by an educational psychologist last spring.",
            "Is waiting to be assessed for dyslexia by an educational psychologist.",
            0.184,
        ),
        (
            "Has a 1:1 with her team lead every three weeks on Mondays.",
            "Has a 1:1 with her team lead every other Monday.",
            0.069,
        ),
        (
            "Upgraded the billing service to Python 3.1 last week.",
            "Upgraded the billing service to Python 3.10 last week.",
            0.021,
        ),
        (
            "Visits his dad in Braga every month.",
            "Visits his dad in Braga every two months.",
            0.017,
        ),
    ],
)
def test_another_fact_said_in_nearly_the_same_words_is_kept(old: str, new: str, distance: float) -> None:
    assert classify_near_neighbour(new, old, distance) != "duplicate"


@pytest.mark.parametrize(
    ("old", "new", "distance"),
    [  # real distances; each was kept as another fact before
        ("Her brother owes her £200.", "She is owed £200 by her brother.", 0.043),
        ("Moved from Glasgow to London in 2018.", "Relocated to London from Glasgow in 2018.", 0.028),
        ("Her favourite colour is grey.", "Her favorite color is gray.", 0.042),
        ("Runs 5 km every Saturday.", "Goes for a 5k run each Saturday.", 0.228),
        ("Ran the Berlin Marathon.", "Has completed the Berlin Marathon.", 0.158),
        ("Has been married for 12 years.", "She and her husband have been married for twelve years.", 0.248),
        (
            "Is saving €8,000 to replace the kitchen next year.",
            "Putting aside €8k to replace the kitchen next year.",
            0.084,
        ),
        ("Camila's birthday is 3 October.", "Camila's bday is Oct 3rd.", 0.113),
        ("Is learning Japanese.", "She's learning Japanese.", 0.181),
        ("My son Leo is allergic to peanuts.", "Her son Leo is allergic to peanuts.", 0.145),
        ("Has a dentist appointment on Tuesday at 10.", "Dentist appt Tues at 10 am.", 0.223),
        ("Their son Leo was born on 12 May 2019.", "Leo, their son, was born 2019-05-12.", 0.054),
        ("Her commute takes about 40 minutes.", "Her commute is roughly forty minutes.", 0.041),
        (
            "Decided to stop drinking coffee after 2pm because it was ruining her sleep.",
            "Has decided to have no coffee after 14:00 because it was wrecking her sleep.",
            0.126,
        ),
        (
            "Swims 40 lengths at the municipal pool on weekday mornings before work.",
            "On weekday mornings she swims forty lengths at the municipal pool before going to work.",
            0.158,
        ),
        ("Takes the 7:40 train to work.", "Catches the 07:40 train to work.", 0.151),
        (
            "Drives a Forester with about 140,000 miles on the clock.",
            "Drives a Forester with roughly 140k miles on it.",
            0.091,
        ),
        (
            "Has held an Aberdeen FC season ticket since 1994.",
            "Has been an Aberdeen FC season-ticket holder since '94.",
            0.19,
        ),
        ("Gets paid £11.50 an hour.", "Earns £11.50 an hour.", 0.1),
        ("Her grandmother lives with them.", "Her grandmother lives with the family.", 0.1),
        ("Plans to retire at the end of June 2026.", "Is planning on retiring end of June '26.", 0.177),
        (
            "Works rotating 12-hour shifts, usually four on and four off.",
            "Works 12-hr shifts on a rotation, typically four days on, four days off.",
            0.137,
        ),
        # held-out 39-42 and sets O, P: amounts grouped or said in thousands, a leading phrase
        # before the subject, "kid brother", an ordinal day, "a.m.", "fortnight", "as soon as one"
        (
            "Lent her brother Yaw 4,000 cedis in June to repair his taxi; he is paying it back at 500 cedis a month.",
            "In June she loaned her brother Yaw GH₵4,000 so he could fix his taxi, and he repays her 500 cedis monthly.",
            0.152,
        ),
        (
            "Sets aside 1,200 cedis a month toward buying a plot of land in Kumasi.",
            "Puts GH₵1,200 away every month to buy a plot in Kumasi.",
            0.275,
        ),
        (
            "Is saving to buy a plot in Usa River and puts 800,000 TZS aside every month.",
            "Sets aside TZS 800k every month towards buying a plot in Usa River.",
            0.122,
        ),
        (
            "Lerato's school fees of R4,200 a month go off by debit order on the 1st.",
            "On the 1st of every month, a R4 200 debit order pays Lerato's monthly school fees.",
            0.063,
        ),
        (
            "Decided in September 2024 to stop drinking coffee after 14:00 because it was wrecking her sleep.",
            "Since Sept 2024 she's avoided coffee after 2pm, having decided it was ruining her sleep.",
            0.132,
        ),
        (
            "Decided in January to stop drinking coffee after 2pm because it was ruining her sleep.",
            "Made a decision in January: no coffee after 14:00, since it was ruining her sleep.",
            0.103,
        ),
        (
            "Drives a 2009 Skoda Octavia estate that failed its ITP roadworthiness inspection in August "
            "because of worn brakes.",
            "Her Skoda Octavia estate, a 2009 model, failed the August ITP roadworthiness test due to worn brakes.",
            0.099,
        ),
        (
            "Gets migraines with aura and takes sumatriptan 50 mg as soon as one starts.",
            "When a migraine with aura begins, she takes 50 mg of sumatriptan straight away.",
            0.072,
        ),
        (
            "Her younger brother Keoni, a firefighter in Honolulu, owes her $1,500 from when she helped pay "
            "for his car repair.",
            "The user's kid brother Keoni, a Honolulu firefighter, owes her $1,500 because she helped pay to "
            "fix his car.",
            0.074,
        ),
        (
            "Lives in Centurion with his wife Naledi and their daughter Lerato, who is 14.",
            "Thabo, his wife Naledi and their fourteen-year-old daughter Lerato live in Centurion.",
            0.145,
        ),
        (
            "Her son plays soccer on Saturday mornings.",
            "On Saturday mornings, her son plays football.",
            0.142,
        ),
        (
            "Wants to be reminded 30 minutes before meetings.",
            "Wants a reminder half an hour ahead of each meeting.",
            0.203,
        ),
        (
            "Doesn't want to be contacted on weekends.",
            "Asks not to be reached on Saturdays or Sundays.",
            0.24,
        ),
        ("I don't drink coffee after 2pm.", "Doesn't have coffee past 2 p.m.", 0.201),
        (
            "Wants reminders about the grandchildren's birthdays two weeks ahead so she has time to post presents.",
            "Remind her of the grandkids' birthdays a fortnight in advance so she can get presents in the post.",
            0.229,
        ),
        ("Calls her grandmother every Sunday.", "Every Sunday, she calls her grandmother.", 0.046),
        ("Takes the 7:45 a.m. train to work.", "Catches the 07:45 train to work.", 0.218),
        # the user rents in both; "go" carries no fact; a name after a leading phrase is the user;
        # "detests" turns down; "given up" and "hasn't touched"; "O-neg"; a currency code
        (
            "Rents a house in Bacacheri for R$2,300 a month; the landlord is Sr. Osvaldo Ribeiro.",
            "The landlord of the house he rents in Bacacheri is Sr. Osvaldo Ribeiro, and the rent is "
            "R$2.300 per month.",
            0.043,
        ),
        (
            "Is planning a trip to Saariselkä in Finnish Lapland with Artur from 3 to 9 February.",
            "Planning to go to Saariselkä, Finnish Lapland, with Artur, 3–9 February.",
            0.033,
        ),
        (
            'Plays pub trivia every Tuesday at 19:30 at the Hope & Anchor with her team, "Quizteama Aguilera".',
            "Every Tuesday at 7:30pm Hedda does pub trivia at the Hope & Anchor, on a team called "
            "'Quizteama Aguilera'.",
            0.139,
        ),
        (
            "Hates coriander and wants it left out of any recipe.",
            "Detests cilantro and wants it kept out of all recipes.",
            0.329,
        ),
        (
            "Was diagnosed with gout in 2022 and has given up beer and organ meat since.",
            "Thabo hasn't touched beer or offal since he was diagnosed with gout in 2022.",
            0.394,
        ),
        (
            "Is O negative and donates plasma every fortnight at the Lifeblood centre in Hobart.",
            "Hedda is O-neg and gives plasma every two weeks at Lifeblood in Hobart.",
            0.296,
        ),
        # "would rather X than Y" is "X rather than Y"; "ever since", "any more" beside "stop", a
        # concessive "still", "now and then"; "intends", "answer"; "beehives", "colourblind"
        (
            "Prefers answers in bullet points rather than long paragraphs.",
            "Would rather have bullet points than long paragraphs in answers.",
            0.082,
        ),
        (
            "Has been afraid of dogs since she was bitten as a child.",
            "Has been scared of dogs ever since a dog bit her when she was little.",
            0.128,
        ),
        (
            "Decided to stop driving at night after a near miss last winter.",
            "Has decided not to drive at night any more, following a near miss last winter.",
            0.163,
        ),
        (
            "Has been vegetarian since 2019 but eats eggs and cheese.",
            "Vegetarian since 2019, though he still eats cheese and eggs.",
            0.102,
        ),
        (
            "Doesn't drive - gets around by bus, plus the odd lift from her sister Jo.",
            "Can't drive; relies on buses and her sister Jo giving her lifts now and then.",
            0.164,
        ),
        (
            "Plans to retire at 60 and move to Nelson.",
            "Intends to retire at sixty and relocate to Nelson.",
            0.088,
        ),
        ("Wants replies in Spanish.", "Would like the assistant to answer in Spanish.", 0.2),
        ("Keeps bees — two hives in the back garden.", "Keeps two beehives in his backyard.", 0.296),
        ("Is colourblind.", "Is color-blind.", 0.255),
        # set Q: two items of a list in the other order; a name that is the user's relative;
        # "to 5pm" / "to 5" is for the numbers to compare
        ("Speaks Mandarin and English.", "Speaks English and Mandarin.", 0.012),
        ("The user's twin brother is named Eli.", "Eli is the user's twin brother.", 0.055),
        ("Works Monday through Friday, 9 to 5.", "Works weekdays from 9am to 5pm.", 0.185),
        # held-out 43-44: "skipping" turns down; "paid off" is done either way; "°C" is Celsius
        (
            "Prefers short answers in bullet points, without long introductions.",
            "Likes replies to be brief and bulleted, skipping lengthy intros.",
            0.313,
        ),
        (
            "The mortgage on the house was paid off in 2021.",
            "We finished paying off the mortgage on our house in 2021.",
            0.144,
        ),
        (
            "Wants measurements in metric and temperatures in Celsius.",
            "Give her units in the metric system and temperatures in °C.",
            0.295,
        ),
        # a short form of the other's words ("AFib", "Utd"), a place that locates the other's
        # ("Lisbon, Portugal"), "decided to stop" / "won't ... any more"
        ("Takes warfarin for atrial fibrillation.", "Is on warfarin because of AFib.", 0.224),
        ("Supports Dundee United and has a season ticket.", "Is a Dundee Utd season-ticket holder.", 0.147),
        ("The user lives in Lisbon.", "The user lives in Lisbon, Portugal.", 0.047),
        (
            "Decided to stop accepting rush jobs with less than 48 hours' turnaround.",
            "Won't take rush jobs with under 48 hours' turnaround any more.",
            0.105,
        ),
        (
            "Decided to stop drinking coffee after 2pm because it ruins his sleep.",
            "Has given up coffee after 2 p.m. since it wrecks his sleep.",
            0.12,
        ),
        ("Goes to yoga twice a week.", "Attends yoga 2x weekly.", 0.149),
        ("Runs 5 km three times a week.", "Runs 5k 3x per week.", 0.298),
        ("Is paid monthly.", "Gets paid once a month.", 0.222),
        # a negation carried to the next item of a list ("avoid organ meats and beer"); "decided
        # not to take a ..." is turned down; Roman numerals after a label; "0600 to 1800"
        (
            "Has gout; his doctor told him to avoid organ meats and beer. Takes allopurinol 300 mg daily.",
            "Bheki has gout and is on 300 mg of allopurinol a day; the doctor said no beer and no organ meats.",
            0.186,
        ),
        (
            "Decided not to take a postdoc offer from Tohoku University in 2023, mainly to stay close to her father.",
            "Turned down a 2023 postdoc at Tohoku University, mostly so she could stay near her dad.",
            0.198,
        ),
        (
            "Is taking the Grade III wastewater operator certification exam on 18 February.",
            "His Grade 3 wastewater operator cert exam is on February 18.",
            0.117,
        ),
        ("Has type 2 diabetes.", "Has type II diabetes.", 0.041),
        (
            "Works 12-hour shifts, 6am to 6pm, on a four-on, four-off rotation.",
            "Does 12-hr shifts from 0600 to 1800, four days on then four days off.",
            0.237,
        ),
        # "passed away", "bought" / "purchased", "would rather", "paying it back", "kr.", "five-
        # and-a-half", "made it a rule", "first" as an order, saving for a goal said two ways
        ("Her husband, Denis, died in 2019.", "Denis, her husband, passed away in 2019.", 0.047),
        ("Bought the house in 2018 for $400k.", "Purchased the house for $400,000 in 2018.", 0.036),
        ("Started a new job at the library in May.", "Began a new job at the library in May.", 0.047),
        (
            "Lent her cousin Anusha R15,000 in August 2024; Anusha is paying it back at R1,500 a month.",
            "In August 2024 she lent R15,000 to her cousin Anusha, who is repaying it at R1,500 per month.",
            0.047,
        ),
        (
            "Rents a house on Hlíðarvegur in Ísafjörður for 310,000 ISK a month.",
            "The house he rents on Hlíðarvegur, Ísafjörður, costs 310.000 kr. a month.",
            0.12,
        ),
        (
            "Is afraid of flying in small planes, so prefers driving to Reykjavík (about 5.5 hours) over the domestic flight.",
            "Scared of small planes, so would rather make the roughly five-and-a-half-hour drive to Reykjavík than fly domestic.",
            0.09,
        ),
        (
            "Decided after the 2020 burial never to go into the field alone, even for a short snow-pit check.",
            "Since the 2020 burial he has made it a rule never to head into the field by himself, not even for a quick snow pit.",
            0.218,
        ),
        (
            "Prefers the short answer first, with details only if he asks for them.",
            "Give him the brief answer up front; more detail only when he requests it.",
            0.314,
        ),
        (
            "Saves R3,000 a month in a tax-free savings account for Keshni's high-school fees.",
            "I put R3 000 away every month into a tax-free savings account for Keshni's high-school fees.",
            0.095,
        ),
        (
            "Rides a Riese & Müller e-bike to work and hasn't owned a car since 2022.",
            "She has not owned a car since 2022 and cycles to work on her Riese & Müller e-bike.",
            0.163,
        ),
        (
            "His sister Adunni is a nurse in Manchester; they video-call every Sunday at 8pm Nigerian time.",
            "Adunni, his sister, works as a nurse in Manchester, and the two of them video-chat each Sunday at 20:00 Nigeria time.",
            0.078,
        ),
        (
            "Cuts out caffeine after 2pm because otherwise he sleeps badly.",
            "No caffeine for him after 14:00, otherwise he doesn't sleep well.",
            0.141,
        ),
        ("Is 6 ft tall.", "Is six feet tall.", 0.049),
        ("The user's car insurance renews every January.", "Car insurance is renewed each January.", 0.15),
        ("Hates horror films.", "Can't stand horror movies.", 0.169),
        (
            "The café's sourdough starter, called Oma, is 15 years old.",
            "Oma, the café's sourdough starter, is fifteen years old.",
            0.015,
        ),
        (
            "Sends 4,000 NOK to his father in Enugu on the 1st of every month via WorldRemit.",
            "On the first of each month I send my dad in Enugu 4000 kroner through WorldRemit.",
            0.264,
        ),
        # amounts, units and currencies written another way
        ("Weighs 70 kg.", "Weighs 70 kilograms.", 0.030),
        ("Has lost 5 kg since January.", "Has lost five kilos since January.", 0.126),
        ("Is 1.8 m tall.", "Is 180 cm tall.", 0.331),
        ("Drinks about 2 litres of water a day.", "Drinks roughly 2 L of water daily.", 0.167),
        ("Pays $1,200 a month in rent.", "Pays 1200 USD per month in rent.", 0.131),
        ("Her phone bill is 30 AUD a month.", "Her monthly phone bill is A$30.", 0.140),
        (
            "Rents out his flat in Warsaw to students for 3,000 złoty a month.",
            "Rents his Warsaw flat out to students for PLN 3,000 per month.",
            0.128,
        ),
        (
            "Quarterly quota is $1.8M; hit 94% in Q3.",
            "His sales target is $1.8 million a quarter, and he reached 94% of it in Q3.",
            0.377,
        ),
        (
            "The boat loan with SpareBank 1 Nord-Norge is 1.8 million NOK, paid down at 14,500 NOK a month.",
            "He has a NOK 1,800,000 boat loan at SpareBank 1 Nord-Norge, repaying 14 500 kr per month.",
            0.117,
        ),
        (
            "Runs coffee tours for tourists on Tuesdays and Fridays at 9:00, at 85,000 COP per person.",
            "Every Tuesday and Friday at 9 am he runs coffee tours for tourists, charging 85.000 pesos per person.",
            0.226,
        ),
        (
            "His mortgage payment is 14,300 Kč a month, fixed until March 2026.",
            "The mortgage costs him CZK 14 300 per month, fixed until March 2026.",
            0.175,
        ),
        (
            "Paddles with Kai Nalu Canoe Club — practice is Tuesdays and Thursdays at 5:30am off Kailua Pier.",
            "Kai Nalu Canoe Club practices off Kailua Pier at 0530 every Tuesday and Thursday, and he paddles with them.",
            0.075,
        ),
        # a name and its initials with "of" between ("LSE"), a degree by its short name
        ("Studied economics at the LSE.", "Studied economics at the London School of Economics.", 0.224),
        (
            "Is doing a part-time MBA at INSEAD.",
            "Is studying part-time for a Master of Business Administration at INSEAD.",
            0.138,
        ),
        (
            "Has a PhD in organic chemistry from ETH Zurich.",
            "Holds a doctorate in organic chemistry from ETH Zürich.",
            0.038,
        ),
        # a memory about a relative that goes on with what the user does, restated from the user's side
        (
            "The user's mum, Morag, lives alone in Stornoway; he phones her every Sunday evening.",
            "Phones his mum Morag, who lives on her own in Stornoway, every Sunday evening.",
            0.096,
        ),
        (
            "Her best friend, Paula, is getting married in Mendoza on 15 March; Greta is maid of honour.",
            "Greta's the maid of honour at her best friend Paula's wedding in Mendoza on March 15th.",
            0.084,
        ),
        (
            "His sister Paula lives in Madrid; he's flying out to visit her on 8 January 2025 for two weeks.",
            "Is flying out to see his sister Paula in Madrid on 8 Jan 2025 for a fortnight.",
            0.113,
        ),
        (
            "Her sister Mele lives in Māngere, Auckland, and is getting married on 16 August; Salote is flying over for it.",
            "Salote will fly to Auckland for her sister Mele's wedding on 16/08; Mele lives in Māngere.",
            0.067,
        ),
        # "<Name>, <User>'s daughter": the daughter is the subject of both
        (
            "Her daughter Losana is 6 and has a peanut allergy.",
            "Losana, Salote's six-year-old daughter, is allergic to peanuts.",
            0.161,
        ),
        # saved towards a goal is saving for it
        (
            "Saving for a second-hand double-width loom costing about £6,000; she has £2,300 so far.",
            "I've saved £2,300 towards a secondhand double-width loom that'll cost around six thousand pounds.",
            0.192,
        ),
        # "does eat" what the other says is fine; "was diagnosed" is "has been diagnosed"
        (
            "Is pescatarian: doesn't eat meat but does eat fish.",
            "Keiko doesn't eat meat, but fish is fine.",
            0.432,
        ),
        (
            "Her mother was diagnosed with type 2 diabetes.",
            "The user's mum has been diagnosed with type two diabetes.",
            0.191,
        ),
        # a quarter of an hour, "three and a half million", "twenty-five", "I feed" (no past)
        (
            "Practises French on Duolingo for 15 minutes every morning, since many mothers on the ward come from across the Togo border.",
            "Every morning she spends a quarter of an hour on Duolingo practising French, because a lot of the mothers on her ward come from across the border in Togo.",
            0.136,
        ),
        (
            "The commute takes 45 minutes each way.",
            "The commute takes three quarters of an hour each way.",
            0.163,
        ),
        (
            "Annual rent on the flat in Surulere is ₦3.5 million, due every March.",
            "Rent for the Surulere flat is three and a half million naira a year, payable each March.",
            0.139,
        ),
        ("Runs about 25 miles a week.", "Runs roughly twenty-five miles per week.", 0.079),
        (
            "Feeds the dogs at 06:00 and 17:00 every day.",
            "I feed the dogs twice a day, at 6am and 5pm.",
            0.164,
        ),
        # the same thing named another way; a list in another order
        ("Her parents live in Guadalajara.", "Her mother and father live in Guadalajara.", 0.044),
        ("Has been diagnosed with hypertension.", "Has been diagnosed with high blood pressure.", 0.156),
        (
            "Grows tomatoes, basil and courgettes on the balcony.",
            "Grows zucchini, tomatoes and basil on the balcony.",
            0.108,
        ),
        ("Speaks Mandarin, Cantonese and English.", "Speaks English, Cantonese and Mandarin.", 0.010),
        # "they" are the user and her friend
        (
            "Her best friend Abla is a nurse in London; they video-call on Saturdays at 10am Ghana time.",
            "Sefa video-calls her best friend Abla, a nurse in London, every Saturday at 10:00 Ghana time.",
            0.108,
        ),
        # a friend or a relative first, then what the user does with them ("they", "He drives")
        (
            "His best friend Grzegorz has a fishing boat in Hel; they go cod fishing together every October.",
            "Every October he goes cod fishing with his best friend Grzegorz, who has a fishing boat in Hel.",
            0.038,
        ),
        (
            "Rewi's Nan, Huia, is 91 and lives in Ōpōtiki. He drives over to visit her on the first Sunday of every month.",
            "On the first Sunday of each month I drive to Ōpōtiki to see my Nan, Huia, who's ninety-one.",
            0.268,
        ),
        # the user's name where the other text has "I" or no subject
        (
            "I have oud lessons with Si Abdelhak every Thursday at 17:00 at Dar Souiri.",
            "Every Thursday at 5pm Farida has her oud lesson with Si Abdelhak at Dar Souiri.",
            0.214,
        ),
        (
            "Was diagnosed with gout in 2023. Takes allopurinol 100 mg every morning; the doctor told him to cut down on horse meat (kazy) and organ meat.",
            "Diagnosed with gout in 2023, Yerlan takes 100mg of allopurinol each morning; his doctor told him to eat less horse meat (kazy) and organ meat.",
            0.124,
        ),
        # dirhams for MAD, "₸185k", "₦50k", "14.06.2008"
        (
            "The riad has a loan from Banque Populaire: 4,200 MAD a month until March 2031.",
            "Farida pays Banque Populaire 4,200 dirhams monthly on the riad loan, through to March 2031.",
            0.260,
        ),
        (
            "Mortgage with Otbasy Bank on the flat in Almaly district: 185,000 ₸ a month, 11 years left.",
            "The flat in Almaly district is on an Otbasy Bank mortgage — ₸185k per month, with eleven years remaining.",
            0.071,
        ),
        (
            "I put ₦50,000 a week into an ajo with 10 women from my church; my payout turn is in August.",
            "Chiamaka contributes ₦50k weekly to an ajo with ten women from her church; her turn to collect is in August.",
            0.394,
        ),
        ("Has two children.", "I have two kids.", 0.320),
        # a city's other name, a make's short name, "frighten" for "afraid", "going to" a place
        (
            "The user's brother Arjun lives in Bangalore.",
            "Arjun, the user's brother, lives in Bengaluru.",
            0.054,
        ),
        ("Owns a 2016 Volkswagen Golf.", "Owns a 2016 VW Golf.", 0.047),
        (
            "Their golden retriever Max is afraid of thunderstorms.",
            "Thunderstorms frighten their golden retriever, Max.",
            0.048,
        ),
        (
            "Is going to a conference in Lisbon from 3 to 7 June.",
            "Will attend a conference in Lisbon from June 3rd to June 7th.",
            0.054,
        ),
        # a term marked on one side only orders nothing; "whatever the season" is all year round
        (
            "Has a latex allergy, so her work gloves have to be nitrile.",
            "Ivanka is allergic to latex, so any gloves she wears for work have to be nitrile ones.",
            0.162,
        ),
        (
            "His mother Ene lives alone in Võru; he drives down to visit her on the first Sunday of every month.",
            "Every first Sunday of the month he drives to Võru to visit his mum Ene, who lives there on her own.",
            0.105,
        ),
        (
            "Swims in the sea at Dalmore beach every Saturday at 9 am, all year round, with her friend Peigi.",
            "Every Saturday at 9am, whatever the time of year, she and her friend Peigi swim in the sea at Dalmore beach.",
            0.045,
        ),
        # a participle says no time: ", paid on the 5th", "get paid", "checked by"
        (
            "Has her HbA1c checked by Dr. Sommer every quarter; the next check is on 9 January at 8:40.",
            "Dr. Sommer checks her HbA1c quarterly; next appointment 9 Jan, 08:40.",
            0.147,
        ),
        (
            "Pays pickers 1,000 COP per kilo of cherry during the harvest.",
            "During harvest the pickers get paid COP 1,000 for each kg of cherry.",
            0.047,
        ),
        (
            "The mortgage on the flat in Liman 3 is 28,000 RSD a month, paid on the 5th.",
            "Pays 28.000 dinars a month on the mortgage for the Liman 3 flat, on the fifth of the month.",
            0.163,
        ),
        # a decade, a quarter of a century, every 12 months, 1.5 km, 0.5 g
        ("Has been married to Ahmed for 10 years.", "Has been married to Ahmed for a decade.", 0.030),
        (
            "Has been married to Olusegun for 25 years.",
            "Has been married to Olusegun for a quarter of a century.",
            0.051,
        ),
        (
            "The car is serviced every 12 months at the Toyota dealership in Perth.",
            "Gets the car serviced once a year at the Perth Toyota dealership.",
            0.098,
        ),
        ("Swims 1.5 km every Saturday.", "Swims 1,500 metres every Saturday.", 0.181),
        (
            "Takes 0.5 g of paracetamol when she has a migraine.",
            "Takes 500 mg of paracetamol when she has a migraine.",
            0.073,
        ),
        # "and she visits them": the user does it
        (
            "Her parents live in a small village near Kraków and she visits them twice a year, usually at Easter and Christmas.",
            "She visits her parents, who live in a small village near Kraków, two times a year, normally at Christmas and Easter.",
            0.038,
        ),
        # the other text excepts it too, its own way
        (
            "Doesn't eat beef (Hindu family), but eats chicken and fish.",
            "Eats chicken and fish but not beef, because of her Hindu family background.",
            0.126,
        ),
        # two items in the other order; a number all the text says; an amount "saved"
        ("I'm allergic to shrimp and crab.", "Solveig is allergic to crab and shrimp.", 0.252),
        ("Is 34 years old.", "Is thirty-four.", 0.438),
        (
            "Is saving €25,000 for a camper van and has €9,400 so far.",
            "I've got €9,400 saved of the €25,000 I'm putting aside for a camper van.",
            0.094,
        ),
        (
            "Drives a used Hyundai Kona Electric he bought in 2023.",
            "Drives a second-hand Hyundai Kona EV, bought in 2023.",
            0.118,
        ),
        # "; they FaceTime": a verb written with a capital
        (
            "Her best friend since school, Yvette Robichaud, lives in Lafayette, Louisiana; they FaceTime every Sunday evening.",
            "Marguerite and Yvette Robichaud, her best friend from school days who lives in Lafayette, Louisiana, talk on FaceTime every Sunday evening.",
            0.123,
        ),
        # an ordinal in words, a number word before its unit, a rate with the currency after the
        # amount, "alternate weeks", a plural weekday the text excepts
        (
            "I want to take Mere to Rarotonga for our 40th wedding anniversary on 14 November 2026, but my passport expired in 2021 and needs renewing first.",
            "For their fortieth anniversary (14 Nov 2026) Wiremu wants to take Mere to Rarotonga; his passport ran out in 2021 so he has to renew it first.",
            0.427,
        ),
        (
            "Eats vegetarian on the 1st and 15th of every lunar month, like her mother.",
            "Like her mom, she goes vegetarian on the first and fifteenth day of each lunar month.",
            0.071,
        ),
        (
            "Has had chronic lower back pain since falling about 2 m from scaffolding in 2021; sees a physiotherapist at Tema General Hospital every Monday at 4pm.",
            "Since a roughly two-metre fall from scaffolding in 2021 he's had chronic lower-back pain; physio every Monday at 16:00 at Tema General.",
            0.110,
        ),
        ("Weighs 72 kg.", "Weighs seventy-two kilograms.", 0.114),
        (
            "Works part-time as a Werkstudent at the DHL warehouse in Aachen-Rothe Erde: Tuesday and Thursday nights, 22:00–06:00, €14.20 an hour.",
            "Rashid has a Werkstudent job at DHL's Rothe Erde warehouse in Aachen, working the Tuesday and Thursday night shifts from 10pm to 6am for 14.20 euros an hour.",
            0.238,
        ),
        (
            "Bartek divorced Kasia in 2021; they share custody of their daughter Zosia (9), who is with him every other week, with handover on Sunday at 18:00.",
            "He and Kasia divorced in 2021 and share custody of 9-year-old Zosia, who stays with him alternate weeks; they swap over on Sundays at 6pm.",
            0.199,
        ),
        ("Works from home except on Wednesdays.", "Works remotely every day but Wednesday.", 0.188),
        # a name with the kin it stands for in brackets or "who is"; °F for °C; ml for L
        (
            "Her grandfather, whom everyone calls Pops, lives in Galway.",
            "Pops (her grandfather) lives in Galway.",
            0.033,
        ),
        (
            "Her partner Sam is a firefighter in Melbourne.",
            "Sam, who is her partner, works as a firefighter in Melbourne.",
            0.025,
        ),
        (
            "Her grandmother Giulia, whom everyone calls Nonna, lives in Bari.",
            "Nonna (Giulia, the user's grandmother) lives in Bari.",
            0.060,
        ),
        (
            "Her best friend Anastasia, who goes by Nastya, is getting married in Tbilisi in June and has asked her to be maid of honour.",
            "Nastya (Anastasia), her best friend, has asked her to be maid of honour at her June wedding in Tbilisi.",
            0.056,
        ),
        ("Keeps the thermostat at 68°F in winter.", "Keeps the thermostat at 20 °C in winter.", 0.145),
        ("Drinks about 2 L of water a day.", "Drinks roughly 2,000 ml of water daily.", 0.184),
        ("Is the oldest of four children.", "Is the eldest of 4 kids.", 0.133),
        # "nothing but" is "only"; "St" is "Street"; "three decades" is 30 years; "morning and
        # evening" is twice daily; "trainings are" is no verb after the club
        (
            "The user's cat Dubu is a 6-year-old white Turkish Angora with chronic kidney disease and only eats Royal Canin Renal.",
            "I have a white Turkish Angora called Dubu, six years old, who has chronic kidney disease and eats nothing but Royal Canin Renal.",
            0.221,
        ),
        (
            "Works part-time as a barista at Little Brick Café on Lygon Street, Carlton - Saturday and Sunday shifts, 7am to 1pm.",
            "She works weekends as a barista at Little Brick Café (Lygon St, Carlton), 07:00-13:00 on Saturdays and Sundays.",
            0.171,
        ),
        (
            "Quit smoking on 1 January 2015 after 30 years and is proud he's stayed off them.",
            "Gave up cigarettes on 1/1/2015 after three decades of smoking, and he's proud he hasn't gone back.",
            0.176,
        ),
        (
            "Has atrial fibrillation and takes Eliquis 5 mg morning and evening, so he must not take ibuprofen or other NSAIDs.",
            "Takes 5 mg Eliquis twice daily (morning and evening) for atrial fibrillation and has to avoid ibuprofen and other NSAIDs.",
            0.157,
        ),
        (
            "Paddles W6 waka ama with the Ngongotahā club; trainings are Monday and Wednesday at 5:30pm on Lake Rotorua.",
            "She trains in a W6 with Ngongotahā's waka ama club on Lake Rotorua, Mondays and Wednesdays at 17:30.",
            0.215,
        ),
        # "Rs" is rupees; "850m VND" is millions, not metres; "lift-less" is "no lift"
        (
            "Home loan with HDFC: EMI of ₹38,500 goes out on the 5th of every month, loan runs until 2036.",
            "Pays an EMI of Rs 38,500 to HDFC on the fifth of each month for the home loan, which ends in 2036.",
            0.155,
        ),
        (
            "Hoang and Linh are saving for a 2-bedroom apartment in Long Bien: 850 million VND saved so far towards a down payment of about 1.4 billion VND.",
            "Saving with Linh for a two-bed flat in Long Bien - they have 850m VND of the roughly 1.4bn VND deposit.",
            0.301,
        ),
        (
            "Lives in a third-floor flat with no lift on via Saragozza, Bologna; the EUR 780/month mortgage with Intesa Sanpaolo runs until 2037.",
            "Mortgage: 780 euros a month to Intesa Sanpaolo until 2037, on her lift-less 3rd-floor flat in via Saragozza, Bologna.",
            0.101,
        ),
        # amounts said another way: "180 000 ₸", "Rs 62,00,000" / "₹62 lakh", "150k naira",
        # "three and a half thousand euros"; "a stray one" counts nothing
        (
            "The user rents a one-bedroom flat on Timiryazev Street for 180,000 tenge a month, rent due on the 5th.",
            "Pays 180 000 ₸ a month in rent for a 1-bedroom apartment on Timiryazev St; it's due on the fifth of each month.",
            0.237,
        ),
        ("Earns about ₹1.2 lakh per month.", "Earns roughly 120,000 rupees a month.", 0.200),
        (
            "Sends his mum ₦150,000 every month for her upkeep.",
            "Every month he sends his mother 150k naira for her upkeep.",
            0.163,
        ),
        (
            "Has decided to sell Rosaria's old Lancia Ypsilon; asking €3,500.",
            "Decided to sell the Lancia Ypsilon that belonged to Rosaria, asking three and a half thousand euros.",
            0.081,
        ),
        (
            "Is afraid of dogs since a stray bit her when she was 9.",
            "Is scared of dogs because a stray one bit her when she was nine.",
            0.055,
        ),
        ("Earns $85,000 a year.", "Earns eighty-five thousand dollars annually.", 0.260),
        ("Runs 5 km every Saturday.", "Goes for a 5k run each Saturday.", 0.228),
        # "nana" is kin; "she'll be visiting" is a plan, as "is going to visit" is
        (
            "Sends NZ$150 every fortnight to his grandmother in Salelologa, Savai'i, through KlickEx.",
            "Every two weeks he sends $150 NZD to his nana in Salelologa on Savai'i using KlickEx.",
            0.150,
        ),
        (
            "Is going to visit Emi in Vancouver from 3 to 24 October - her first trip abroad on her own.",
            "From Oct 3 to Oct 24 she'll be visiting Emi in Vancouver - the first time she travels abroad alone.",
            0.086,
        ),
        # a passive whose agent is the other's subject; "pregnant" for "expecting" a baby; "m²" for
        # "square metres"; "sixty minutes" for "an hour"
        (
            "The car was serviced by the garage in Utrecht last week.",
            "The garage in Utrecht serviced the car last week.",
            0.029,
        ),
        (
            "Her son was bitten by a neighbour's dog last summer.",
            "A neighbour's dog bit her son last summer.",
            0.110,
        ),
        (
            "Her sister is expecting twins in August.",
            "Her sister is pregnant with twins, due in August.",
            0.057,
        ),
        ("My apartment in Seoul is 59 square metres.", "The user's apartment in Seoul is 59 m².", 0.142),
        (
            "Plays chess online for about an hour every night before bed.",
            "Spends roughly sixty minutes each night before bed playing online chess.",
            0.102,
        ),
        # a phrase reordered after its marker; a thing as the subject ("Netflix costs her") is no
        # person doing the user's deed; a name and its kin after a leading "Last year"
        (
            "The dog was adopted from a shelter in Athens in 2021.",
            "Adopted the dog from an Athens shelter in 2021.",
            0.024,
        ),
        (
            "Takes Stugeron before crew transfers because the small transfer boats make him seasick.",
            "Takes Stugeron before each crew transfer because the small boats make him seasick.",
            0.101,
        ),
        ("Pays £12.99/month for Netflix.", "Netflix costs her 12.99 pounds a month.", 0.241),
        (
            "The user's son Aarav was diagnosed with ADHD last year.",
            "Last year Aarav, the user's son, received an ADHD diagnosis.",
            0.043,
        ),
        # "U11s" are "under-11s"; "Xmas" is Christmas; "F1" is Formula 1
        ("Plays goalkeeper for the under-16s.", "Plays in goal for the U16s.", 0.240),
        (
            "Plans to take the under-11s to the Skegness Junior Football Festival on 19-20 July.",
            "Wants to take the U11s to the Skegness Junior Football Festival, 19th-20th July.",
            0.181,
        ),
        (
            "Wants to propose to Mele at Christmas; ring budget NZ$2,500, has $1,100 saved so far.",
            "Saving up for an engagement ring so he can propose to Mele at Xmas – budget $2500 NZD, $1,100 put away so far.",
            0.116,
        ),
        ("Watches Formula 1.", "Watches F1.", 0.275),
        (
            "I'm cutting back on caffeine: two coffees a day at most, and none after 14:00.",
            "The user is limiting her caffeine to no more than 2 coffees a day and none after 2pm.",
            0.351,
        ),
        ("Sleeps around 8 hours a night.", "Usually sleeps about eight hours a night.", 0.081),
        ("Has a younger brother and an older sister.", "Has an older sister and a younger brother.", 0.005),
        (
            "The water bill is paid by direct debit from his account.",
            "Pays the water bill by direct debit.",
            0.089,
        ),
        (
            "Cycled the 180 km from Ghent to Lille in a single day.",
            "Cycled from Ghent to Lille, about 180 km, in one day.",
            0.030,
        ),
        (
            "Takes ramipril 10 mg with breakfast and supper.",
            "Takes 10 mg of ramipril twice a day, with breakfast and with supper.",
            0.069,
        ),
        ("Goes to Mass every Sunday at St. Anne's.", "Attends Sunday Mass weekly at Saint Anne's.", 0.153),
        # the user's name where the old text leaves the subject out, after a leading phrase
        (
            "Calls his father in Porto every Sunday at 9am, Lisbon time.",
            "Every Sunday at nine in the morning, Lisbon time, Rodrigo phones his father in Porto.",
            0.154,
        ),
        (
            "Limits herself to one glass of wine a week because of her medication.",
            "Because she's on medication, Charlotte allows herself no more than one glass of wine a week.",
            0.205,
        ),
        (
            "Bus goes at 7:10am, so she's up at 6 on weekdays.",
            "Since her bus leaves at 07:10, Ines gets up at 6am on weekdays.",
            0.160,
        ),
        (
            "Works at the library every Saturday from 9 to 13.",
            "Every Saturday, 09:00-13:00, I work at the library.",
            0.180,
        ),
        ("Pollen triggers her hay fever every May.", "Pollen sets off her hay fever every May.", 0.037),
        (
            "Takes omeprazole 20 mg once a day with a meal.",
            "Takes 20 mg of omeprazole once daily with food.",
            0.032,
        ),
        ("Sandra is Mia's stepmother.", "Mia's stepmum is Sandra.", 0.155),
        # "once a day" is daily, "once he reaches" counts nothing, "one month" is "a month"
        ("Takes 10 mg of amlodipine daily.", "On amlodipine, 10 mg once a day.", 0.088),
        (
            "His next pay rise comes at 2,000 hours.",
            "He gets his next pay rise once he reaches 2,000 hours.",
            0.061,
        ),
        (
            "The visa application has to go in at least a month before he travels.",
            "He has to send the visa application at least one month before he travels.",
            0.060,
        ),
        ("Her last HbA1c, in May, was 6.8.", "Her most recent HbA1c, in May, was 6.8.", 0.037),
        (
            "Supports the Melbourne Storm in the NRL.",
            "Barracks for Melbourne in the NRL.",
            0.399,
        ),  # one word of two
        # the subject is the same person: a relative by marriage in apposition, the user and a
        # companion after a leading phrase, the user with their partner
        (
            "Her brother-in-law Tomasz is a dentist in Gdansk.",
            "Tomasz, her brother-in-law, works as a dentist in Gdansk.",
            0.024,
        ),
        ("Had her appendix removed in the 1980s.", "Had her appendix out back in the '80s.", 0.076),
        (
            "Needs reading glasses, strength +1.0, and keeps a spare pair at work.",
            "Needs reading glasses, strength +1, and keeps a spare pair at work.",
            0.030,
        ),
        (
            "Plays chess every Friday evening with his neighbour Karl.",
            "Every Friday evening he and Karl, a neighbour of his, play chess.",
            0.044,
        ),
        (
            "The user and her husband Luis are expecting their second baby in March.",
            "The user is expecting her second child with her husband, Luis, in March.",
            0.088,
        ),
        (
            "Donates platelets every six weeks at the Leeds donor centre.",
            "Gives platelets at the Leeds donor centre once every six weeks.",
            0.054,
        ),
        (
            "His left eye was operated on for cataract in June, and surgery on the right eye is scheduled for 9 October.",
            "Had cataract surgery on his left eye in June; the right eye is booked for 9 October.",
            0.084,
        ),
        (
            "Every Sunday at 10:00 he goes walking with Bernard Petit, his former colleague.",
            "Goes walking every Sunday at 10am with his old colleague Bernard Petit.",
            0.066,
        ),
        (  # getting it renewed is still to do
            "Her passport expires on 2 May 2026; renewing it takes about six weeks.",
            "Her passport runs out on 2 May 2026, and getting it renewed takes around six weeks.",
            0.092,
        ),
        (  # a name in brackets is the same name
            "Herniated disc (C5-C6) since 2015 - can't lift more than about 10 kg.",
            "Because of a herniated disc at C5-C6 that she's had since 2015, she can't lift anything heavier than "
            "roughly 10 kilos.",
            0.145,
        ),
        (
            "The user is a nurse at a care home in Leeds.",
            "I work as a nurse for a Leeds-based care home.",
            0.289,
        ),
        (
            "Always sits in the front row, never at the back; takes the aisle only at concerts.",
            "Prefers the front row, never the back; sits on the aisle only at concerts.",
            0.057,
        ),
        (
            'Dislikes being called "Obi" and wants to be addressed as Obinna.',
            "Obinna doesn't like the nickname 'Obi' and wants to be called Obinna.",
            0.121,
        ),
        ("Works at IBM as a senior software engineer.", "Works at IBM as a sr. software engineer.", 0.089),
        ("Is a junior designer at Pentagram.", "Is a jr. designer at Pentagram.", 0.117),
        ("Runs a half marathon every autumn.", "Every fall, runs a half marathon.", 0.135),
        ("Prefers tea over coffee.", "Prefers tea, not coffee.", 0.074),
        ("The kids go to bed at 8pm on school nights.", "The kids go to bed at 8pm on weeknights.", 0.126),
        ("Walks 5 km each way to work.", "Walks to work, 5 km each way.", 0.031),
        ("Lives in Lisbon.", "Lives in Lisbon, Portugal.", 0.040),
        # "every six months" is "twice a year"; "forty-fourth" is 44th; "his 401k" is no 401,000
        (
            "Visits her parents in Wrocław twice a year.",
            "Goes to see her parents in Wrocław every six months.",
            0.101,
        ),
        ("Flies back to Stockholm every three months.", "Flies back to Stockholm once a quarter.", 0.150),
        (
            "I'm married to Marlene since 15 August 1981, so this year is our 44th anniversary.",
            "Wedding anniversary with Marlene is Aug 15 - married in 1981, so it's their forty-fourth this year.",
            0.197,
        ),
        (
            "Puts 10% of his salary into his 401(k); the company matches up to 4%.",
            "He puts 10% of his pay into his 401k, and his employer matches up to 4%.",
            0.072,
        ),
        # a plan said another way: "his plan is", "she'll be in Seoul visiting", money put in for it
        (
            "Wants to build a wood-fired sauna in the back garden; budget 1.5 million ISK.",
            "His plan is a wood-fired sauna in the back garden, with a budget of ISK 1,500,000.",
            0.134,
        ),
        (
            "Going to visit Aigerim in Seoul from 3 to 24 October, flying Air Astana from Almaty.",
            "She'll be in Seoul visiting Aigerim 3-24 Oct, flying from Almaty with Air Astana.",
            0.145,
        ),
        (
            "Saves €300 a month in a euro account for the baby's education.",
            "I put 300 euros a month into a EUR account for the baby's education.",
            0.126,
        ),
        (
            "Wedding savings so far: 48,000 AED of an 80,000 AED target.",
            "He has saved 48k AED for the wedding so far; the goal is 80k.",
            0.243,
        ),
        (
            "The tea ceremony will be in the morning at her parents' flat.",
            "The tea ceremony is in the morning at her parents' flat.",
            0.019,
        ),
        (
            "Can't tolerate lactose: milk gives him cramps within the hour, but hard cheese is fine.",
            "Can't tolerate lactose: he gets cramps within the hour of milk, though hard cheese doesn't bother him.",
            0.1,
        ),
        # a number written the short way where the other writes it out
        (
            "Wants to buy a condo in 2026 and has $31,000 saved for the down payment.",
            "She has saved 31k for a down payment and hopes to buy a condo in 2026.",
            0.164,
        ),
        (
            "Mortgage with SpareBank 1 Nord-Norge, about NOK 2.4 million left, floating rate.",
            "Has a floating-rate mortgage with SpareBank 1 Nord-Norge, roughly 2.4m kroner outstanding.",
            0.099,
        ),
        (
            "Skis the 50 km Fossavatn race every year in late April; best time 3:41 in 2024.",
            "Skis the 50-kilometre Fossavatn race each year in late April; his best is 3 h 41 min, set in 2024.",
            0.099,
        ),
        (
            "Rent is 3,400 zł a month, split 50/50 with Zuzanna, paid on the 10th.",
            "Pays the 3400 zł monthly rent half-and-half with Zuzanna, on the 10th of each month.",
            0.098,
        ),
        (
            "Rotation is 14 days offshore, 28 days home.",
            "His rotation is two weeks offshore, then four weeks at home.",
            0.230,
        ),
        ("Her dentist's number is 021 555 0198.", "Her dentist's number is 021 5550198.", 0.002),
        ("Takes 1000 mg of metformin twice a day.", "Takes 1 g of metformin twice daily.", 0.109),
        ("Takes 1,000 mg of vitamin C daily.", "Takes 1 g of vitamin C every day.", 0.107),
        ("Has four grandchildren.", "Has 4 grandkids.", 0.171),
        ("Her commute is 5-7 minutes by bike.", "Her commute is 5 to 7 minutes by bike.", 0.03),
        ("Works from 9 until 5 on weekdays.", "Works 9 to 5 on weekdays.", 0.05),
        ("Lives in a two-bedroom flat in Oslo.", "Lives in a 2-bed apartment in Oslo.", 0.090),
        # the named one does it, the kin is the object ("sends his parents"), or owns it ("his son's team")
        (
            "I send 3,000 AED to my parents in Irbid on the 1st of every month through Al Ansari Exchange.",
            "Faisal sends his parents in Irbid 3000 AED via Al Ansari Exchange on the first of each month.",
            0.302,
        ),
        (
            "Olu coaches his daughter's under-10 football team on Saturday mornings.",
            "On Saturday mornings, Olu is the coach of his daughter's U10 football team.",
            0.081,
        ),
        ("Ravi coaches his son's football team.", "Ravi's son's football team is coached by Ravi.", 0.069),
        (
            "Study permit expires 31 August 2026; she has to apply for the extension at least 30 days before.",
            "Her study permit is valid until Aug 31 2026 and the extension has to be applied for at least 30 days ahead.",
            0.076,
        ),
        (
            "Her cat Frau Holle is a 14-year-old white Persian with chronic kidney disease and is only allowed renal diet food.",
            "My cat Frau Holle, a white Persian aged 14, has chronic kidney disease and may only eat renal diet food.",
            0.111,
        ),
        (
            "Can't drive for two weeks after the cataract operation on 14 March.",
            "After the cataract operation on March 14th she can't drive for a fortnight.",
            0.198,
        ),
        (
            "Checks his blood pressure at home every evening; it usually reads around 130/85.",
            "His home blood pressure readings, taken each evening, are usually about 130 over 85.",
            0.107,
        ),
        (
            "Had a cataract operation on her left eye in September 2023; the right eye is scheduled for 14 March.",
            "Her left eye had cataract surgery in Sept 2023, and the right one is booked for March 14.",
            0.072,
        ),
        # "but only" narrows, "not even" stresses: neither excepts anything
        (
            "Drives a 2015 Toyota Yaris but only uses it at weekends.",
            "Only drives her 2015 Toyota Yaris at the weekend.",
            0.180,
        ),
        (
            "Decided after the 2020 burial never to go into the field alone, even for a short snow-pit check.",
            "Since the 2020 burial he has made it a rule never to head into the field by himself, not even for a quick snow pit.",
            0.218,
        ),
        # a thousand times smaller unit, "mln", a clock written with a dot
        ("The puppy weighed 4.2 kg at eight weeks.", "The puppy weighed 4,200 grams at eight weeks.", 0.090),
        ("Takes 0.5 mg of melatonin at night.", "Takes 500 micrograms of melatonin at night.", 0.110),
        ("Takes 25 µg of vitamin D daily.", "Takes 25 mcg of vitamin D a day.", 0.060),
        ("Owes 2.5 million tenge on the car loan.", "Owes 2.5 mln tenge on the car loan.", 0.040),
        ("Her shift starts at 6:45am on weekdays.", "On weekdays her shift starts at 6.45.", 0.120),
        # a plan said without a verb of intent
        ("Plans to defend his thesis in June 2027.", "His thesis defence is planned for June 2027.", 0.070),
        (
            "Going to Kraków with her sister Ola from 4 to 9 May.",
            "Kraków trip with her sister Ola, 4-9 May.",
            0.110,
        ),
        (
            "Wants to run the Dublin 10k in under 50 minutes.",
            "Aiming for under 50 minutes in the Dublin 10k.",
            0.150,
        ),
        # near copies that reorder the sentence reword it: a word swapped there is no edited detail
        (
            "Diagnosed with coeliac disease at 21; he gets ill for days from the smallest trace of gluten.",
            "Has coeliac disease (diagnosed at 21); even a trace of gluten makes him sick for days.",
            0.040,
        ),
        ("Every summer she goes to see her aunt in Cork.", "Visits her aunt in Cork every summer.", 0.045),
        # a currency by its symbol, its code or its name
        ("Sends her father GH₵600 every month.", "Sends her father 600 cedis every month.", 0.090),
        ("Lost 25,000 TL to a phone scam in 2024.", "Lost 25,000 lira to a phone scam in 2024.", 0.070),
        # spelt the other side of the Atlantic, a contraction, the hour said in words, a passive
        (
            "Is practising the cello for her Grade 6 exam.",
            "Is practicing the cello for her Grade 6 exam.",
            0.030,
        ),
        ("Her favourite colour is teal.", "Her favorite color is teal.", 0.030),
        ("Is training to be a paediatric nurse.", "Is training to be a pediatric nurse.", 0.150),
        ("Can't stand fennel.", "Cannot stand fennel.", 0.020),
        ("I'd like replies in Australian English.", "Wants replies in Australian English.", 0.110),
        (
            "Goes to the temple every Saturday at 10:00.",
            "Goes to the temple every Saturday at 10 in the morning.",
            0.045,
        ),
        (
            "Her scooter was stolen from outside the station in May.",
            "Someone stole her scooter from outside the station in May.",
            0.035,
        ),
        # one way of writing a duration, a percentage, a school year, a short month, a phone, a currency
        (
            "The ferry to the island takes an hour and a half.",
            "The ferry to the island takes 90 minutes.",
            0.060,
        ),
        (
            "Her landlord is raising the rent by four percent in May.",
            "Her landlord is raising the rent by 4% in May.",
            0.060,
        ),
        ("Has a 30-yr mortgage with Nordea.", "Has a 30-year mortgage with Nordea.", 0.016),
        ("Her daughter is in Year Three at St Anne's.", "Her daughter is in Year 3 at St Anne's.", 0.016),
        ("Her daughter's birthday is Mar. 14.", "Her daughter's birthday is 14 March.", 0.022),
        ("His cell phone is a Pixel 6.", "His mobile is a Pixel 6.", 0.060),
        ("Pays 1,800 Norwegian kroner a month for the gym.", "Pays 1,800 NOK a month for the gym.", 0.290),
        ("Resigned from her job at the council in June.", "Quit her job at the council in June.", 0.140),
        # "one" as a pronoun counts nothing ("one bit her", "and one in his bag")
        (
            "Afraid of dogs ever since one bit him at the park when he was six.",
            "Has been scared of dogs since he was 6, when a dog bit him at the park.",
            0.080,
        ),
        (
            "Keeps an EpiPen in the car and one in her handbag.",
            "Has an EpiPen in her handbag and another in the car.",
            0.070,
        ),
        # a plan in other words: "plan a", "means to", tickets for it
        ("They're planning a week in Crete, 3-10 June.", "They plan a week in Crete: 3-10 June.", 0.040),
        (
            "Means to ask Ruth to marry him in Venice in May.",
            "Planning to propose to Ruth in Venice in May.",
            0.090,
        ),
        (
            "She and Dev are going to see Arooj Aftab at the Barbican on 4 March - she has two tickets.",
            "Has two tickets for Arooj Aftab at the Barbican on 4 March; she's going with Dev.",
            0.050,
        ),
        # a year and a half as 18 months, a quarter as four times a year, dotted degrees
        ("Her son Jonah is 18 months old.", "Her son Jonah is one and a half years old.", 0.110),
        ("Visits the Oslo office four times a year.", "Visits the Oslo office once a quarter.", 0.110),
        ("Is a PhD student in geology at Otago.", "Is a Ph.D. student in geology at Otago.", 0.035),
        # "on foot" is walking
        (
            "Has no bike; walks or takes the tram to work.",
            "Has no bike, so she gets to work on foot or by tram.",
            0.210,
        ),
        # statuses said two ways ("ex-racing" / "retired racing", "who used to work with him" /
        # "former colleague", "failed" / "broke down"), "once" a clause opens, "4h15", "even in
        # winter" / "winter included", "nearly every day" / "most days", "right now" / "current",
        # "since then" / "no longer", a pronoun before its verb ("He's paying back his uncle"),
        # "the two of them", a dated note ("Oct 3-17: ...") for a plan, synonyms
        (
            "Has two retired racing greyhounds, Bran and Sceolan, adopted from a rescue in Limerick.",
            "I've got two ex-racing greyhounds, Bran and Sceolan - adopted them from a rescue in Limerick.",
            0.104,
        ),
        (
            "Cataract surgery on his right eye is booked for 9 May at North York General.",
            "His right-eye cataract operation is booked at North York General for May 9.",
            0.048,
        ),
        (
            "Walks 5 km every morning at 6:30 in Earl Bales Park, even in winter.",
            "Every morning at 6:30 he walks five kilometres in Earl Bales Park, winter included.",
            0.114,
        ),
        (
            "Has lunch with his former colleague Dave Morrison on the first Monday of every month at a diner on Bayview.",
            "On the first Monday of each month Kaveh has lunch with Dave Morrison, who used to work with him, at a Bayview diner.",
            0.158,
        ),
        (
            "Her best friend Haruka works at a bakery in Kichijoji; they go to karaoke on Friday nights after Haruka's shift.",
            "Ayumi and her best friend Haruka, who works at a Kichijoji bakery, do karaoke on Friday nights once Haruka's shift is over.",
            0.158,
        ),
        (
            "Current Hoshikuzu Games contract: 40 character sketches, due on 30 April.",
            "The contract she has with Hoshikuzu Games right now is for 40 character sketches, due April 30.",
            0.127,
        ),
        (
            "Wants ¥600,000 saved before Melbourne; she has ¥380,000 so far.",
            "She's got ¥380k saved so far toward the ¥600k she wants before Melbourne.",
            0.058,
        ),
        (
            "Collects vintage film cameras; her favourite is an Olympus OM-1 that belonged to her grandfather.",
            "Collects old film cameras; her favourite is the Olympus OM-1 that was her grandfather's.",
            0.014,
        ),
        (
            "In winter she skis the floodlit trail (lysløype) on Tromsøya nearly every day, usually around 2pm.",
            "Skis on the lysløype, the floodlit trail on Tromsøya, most days in winter, normally at about 14:00.",
            0.097,
        ),
        (
            "Slipped on the ice outside Coop Extra in January 2024 and broke her right wrist; now has spikes on her boots all winter.",
            "Broke her right wrist in January 2024 when she slipped on ice outside the Coop Extra; she wears spikes on her boots right through the winter now.",
            0.05,
        ),
        (
            "Drinks kava with the men at the kalapu on Friday nights, usually until 2 or 3 in the morning.",
            "Friday nights he's at the kalapu drinking kava with the men, normally till 2 or 3am.",
            0.112,
        ),
        (
            "Her cat Pelusa is a 14-year-old tabby with chronic kidney disease and eats only Royal Canin Renal.",
            "Pelusa, her 14-year-old tabby cat, has chronic kidney disease and is fed nothing but Royal Canin Renal.",
            0.043,
        ),
        (
            "On Jorge's birthday, 14 July, she always takes red carnations to his grave at the Playa Ancha cemetery.",
            "Every 14 July, which was Jorge's birthday, she brings red carnations to his grave in the Playa Ancha cemetery.",
            0.024,
        ),
        (
            "Her external hard drive died in August 2023 and she lost three months of kelp images; since then she backs up to OneDrive and a second SSD every Friday.",
            "Since her external drive failed in Aug 2023, costing her three months of kelp images, she backs up every Friday to OneDrive and to a second SSD.",
            0.145,
        ),
        (
            "Daughter Mette is a nurse in Aarhus; her twins Asta and Carl turn 10 on 3 June.",
            "Mette, his daughter, works as a nurse in Aarhus. Her twins, Asta and Carl, will be ten on June 3rd.",
            0.048,
        ),
        (
            "Has coeliac disease, diagnosed in 2020 - even a few crumbs of gluten make her ill for days.",
            "Diagnosed with coeliac disease in 2020; a few crumbs of gluten are enough to make her sick for days.",
            0.036,
        ),
        (
            "Training for her first marathon, Dublin on 27 October, and wants to finish in under 4:15.",
            "Her first marathon will be Dublin on 27 Oct - goal is sub 4h15.",
            0.142,
        ),
        (
            "Has decided to sell Vardan's white 1998 Lada Niva, which has sat in the garage since he died; she's asking $2,500.",
            "She has decided to sell Vardan's 1998 Lada Niva, the white one that's been in the garage ever since he died, and is asking $2500 for it.",
            0.037,
        ),
        (
            "Borrowed 15 million VND from his uncle Tuấn for his IELTS course and pays him back 1 million a month.",
            "He's paying back his uncle Tuấn 1 million VND a month for the 15 million he borrowed for the IELTS course.",
            0.078,
        ),
        (
            "Best friend Karine Poulin runs the dépanneur in the village; the two of them go for a beer at the microbrewery every Thursday.",
            "Every Thursday she and her best friend Karine Poulin, who runs the village dépanneur, go for a beer at the microbrewery.",
            0.075,
        ),
        (
            "Ondine and Sylvie are going to Marseille and Provence from 3 to 17 October for Sylvie's 45th birthday.",
            "Oct 3-17: Ondine and Sylvie in Marseille and Provence for Sylvie's 45th.",
            0.196,
        ),
        (
            "Her partner Jono is a FIFO heavy diesel fitter at an iron ore mine in the Pilbara, on a two weeks on, one week off roster.",
            "Jono's a heavy diesel fitter, FIFO at an iron ore mine in the Pilbara, working 2 weeks on and 1 week off.",
            0.15,
        ),
        (
            "Does a 90-minute hot yoga class on Saturdays.",
            "Does an hour-and-a-half hot yoga class every Saturday.",
            0.078,
        ),
        ("Moving to Calgary on 1 Sept.", "Will move to Calgary on September 1st.", 0.094),
        (
            "The walk-in fridge broke down in August and they lost about £1,800 of stock.",
            "In August the walk-in fridge failed and roughly £1,800 worth of stock was lost.",
            0.097,
        ),
        (
            "Walter drove city buses in Leicester for 34 years before retiring in 2019.",
            "I was a bus driver in Leicester for 34 years and retired in 2019.",
            0.339,
        ),
        # "made up her mind" is "decided", "summer and winter" all year, teens and "forty" in
        # numbers and durations, "3 h 45 min" in words, "half past five in the afternoon" at
        # 17:30, "a kilometre" is 1 km, "Once a month" capitalised, paying into savings for
        # someone as putting into them
        (
            "Decided to sell Remy's bass boat this spring; she's asking $6,500.",
            "She's made up her mind to sell Remy's bass boat this spring and wants six and a half thousand dollars for it.",
            0.08,
        ),
        (
            "Swims 1 km at the Za Lužánkami pool every Saturday at 7am.",
            "Every Saturday at 7 in the morning she swims a kilometre at Za Lužánkami pool.",
            0.163,
        ),
        (
            "Has been putting 3,000 CZK a month into a stavební spoření (building savings) account for Bára since September 2021.",
            "Since Sept 2021 she has paid 3000 Kč every month into a building savings account (stavební spoření) for Bára.",
            0.245,
        ),
        (
            "Swims in the sea at Nordnes sjøbad every Sunday morning, all year round.",
            "Every Sunday morning, summer and winter, he goes sea swimming at Nordnes sjøbad.",
            0.143,
        ),
        ("Drives about 15,000 km a year.", "Drives roughly fifteen thousand kilometres annually.", 0.104),
        (
            "Her marathon PB is 3 h 45 min.",
            "Her marathon personal best is three hours and forty-five minutes.",
            0.239,
        ),
        ("Leaves work at half past five in the afternoon.", "Leaves work at 17:30.", 0.244),
        ("Takes paracetamol for tension headaches.", "Takes acetaminophen for tension headaches.", 0.094),
        (
            "Gets carsick on long bus rides, so she takes the Afrosiyob fast train to Bukhara (about 1 h 40 min).",
            "Because long bus journeys make her carsick, she travels to Bukhara on the Afrosiyob high-speed train, which takes roughly an hour and forty minutes.",
            0.082,
        ),
        # "2.35 million" as the other groups "2,350,000", "noon" / "12:00", a hyphenated name
        # before its kin word, "a quarter of" / "25%", "105 minutes" / "1 hour 45 minutes", a
        # lift / an elevator, putting money into savings for something is saving for it
        (
            "Their house in Uppsala cost 2,350,000 kronor.",
            "Their house in Uppsala cost 2.35 million kronor.",
            0.019,
        ),
        (
            "The pharmacy in her village closes at noon on Saturdays.",
            "The pharmacy in her village closes at 12:00 on Saturdays.",
            0.028,
        ),
        (
            "Her husband Jae-won is a chef at a hotel in Busan.",
            "Jae-won, her husband, works as a chef in a Busan hotel.",
            0.035,
        ),
        (
            "Owns a quarter of the family restaurant in Penang.",
            "Owns 25% of the family restaurant in Penang.",
            0.091,
        ),
        ("Runs a half marathon in 1 hour 45 minutes.", "Runs a half marathon in 105 minutes.", 0.162),
        (
            "Her flat is on the fourth floor and there's no lift.",
            "Her apartment is on the fourth floor and there's no elevator.",
            0.250,
        ),
        (
            "Earns 32 million VND a month and puts 8 million into a Techcombank savings account every month for the wedding.",
            "Her salary is 32,000,000 VND per month, and each month she saves 8 million of it in a Techcombank savings account towards the wedding.",
            0.141,
        ),
        # "I'm moving to" is a plan as "Is moving to" is; a name and surname before its kin word; an
        # opening -ing verb is the user's deed; "hoping for" wants; money going into savings for someone
        ("Is moving to Perth in August.", "I'm moving to Perth in August.", 0.080),
        (
            "Her best friend since school, Laci Kovács, is the vet in Tállya.",
            "Laci Kovács, her best friend from school, works as the vet in Tállya.",
            0.054,
        ),
        (
            "Restoring his late father's 1962 Massey Ferguson tractor in the barn.",
            "In the barn he's restoring the 1962 Massey Ferguson tractor that was his late father's.",
            0.029,
        ),
        (
            "Ciarán sits his Leaving Cert in June and wants Agricultural Science at UCD.",
            "Ciarán does his Leaving Cert this June; he's hoping for Agricultural Science at UCD.",
            0.045,
        ),
        (
            "Puts $400 a month into an RESP for Théo and Naïka.",
            "Every month $400 goes into the RESP for Théo and Naïka.",
            0.044,
        ),
        ("Walks the dog most days.", "Walks the dog nearly every day.", 0.088),
        ("Works as a taxi driver in Chicago.", "Works as a cab driver in Chicago.", 0.071),
        # clauses swapped round a pronoun; holidays as dates; "6-9pm" / "18-21", "24 min 5 sec" /
        # "24:05", "4½", "a pair of", a US date, "11 pm" / "23:00", "no longer than", "human resources",
        # "1.5 hours" / "90 minutes", kidney / renal; a name after a name is the sentence's order
        (
            "Tove's birthday is 14 May; she collects vinyl records.",
            "Tove collects vinyl records; her birthday is May 14th.",
            0.032,
        ),
        (
            "Has a knee operation booked at Aarhus hospital for 9 April.",
            "Knee surgery booked for 9 April at the hospital in Aarhus.",
            0.081,
        ),
        ("Gave up smoking on 1 January 2023.", "Gave up smoking on New Year's Day 2023.", 0.082),
        (
            "Volunteers at the food bank on Tuesdays 18-21.",
            "Volunteers at the food bank on Tuesdays 6-9pm.",
            0.045,
        ),
        ("Her best 5k time is 24:05.", "Her best 5k time is 24 min 5 sec.", 0.068),
        ("Rents a 4½ in Rosemont.", "Rents a 4 1/2 in Rosemont.", 0.044),
        (
            "Shares two season tickets with his sister.",
            "Shares a pair of season tickets with his sister.",
            0.022,
        ),
        ("The lease ends on 09/30/2027.", "The lease ends on September 30, 2027.", 0.085),
        ("Sleeps from 23:00 to 06:30.", "Sleeps from 11 pm to 6:30 am.", 0.156),
        ("Wants replies of at most 150 words.", "Wants replies no longer than 150 words.", 0.079),
        ("Works in human resources at a shipping company.", "Works in HR at a shipping firm.", 0.207),
        ("The drive to her parents' takes 90 minutes.", "The drive to her parents' takes 1.5 hours.", 0.069),
        ("Her cat is on a kidney diet.", "Her cat is on a renal diet.", 0.015),
        (
            "The bakery opens at 6:00 from Monday to Saturday and is closed on Sundays.",
            "The bakery is closed on Sundays; from Monday through Saturday it opens at 6am.",
            0.021,
        ),
        # "Indian rupees" / "₹", second-hand / used, "St." / "Saint", "FL" / "Florida", albuterol, "1 h 55 min",
        # "X and Y are her daughters", the when moved to the front, "week on, week off", "not a single",
        # "Once ran out" (no count), "split in half"
        (
            "Spent ₹30,000 on a new washing machine.",
            "Spent 30,000 Indian rupees on a new washing machine.",
            0.127,
        ),
        ("Bought a used Toyota Corolla in Leeds.", "Bought a second-hand Toyota Corolla in Leeds.", 0.034),
        ("Lives in St. Augustine, FL.", "Lives in Saint Augustine, Florida.", 0.025),
        (
            "Uses a salbutamol inhaler when her asthma flares up.",
            "Uses an albuterol inhaler when her asthma flares up.",
            0.177,
        ),
        (
            "Ran the city half marathon in about 1 h 55 min.",
            "Ran the city half marathon in about 115 minutes.",
            0.068,
        ),
        ("Her daughters are Amira and Leila.", "Amira and Leila are her daughters.", 0.025),
        (
            "On Tuesdays after work, plays five-a-side with colleagues.",
            "Plays five-a-side with colleagues after work on Tuesdays.",
            0.019,
        ),
        (
            "She and her ex share the kids week on, week off.",
            "She and her ex share the kids on alternate weeks.",
            0.073,
        ),
        (
            "Quit smoking in March and hasn't had a cigarette since.",
            "Quit smoking in March and hasn't had a single cigarette since.",
            0.038,
        ),
        (
            "Once ran out of insulin on a trip in 2021 and had to find a pharmacy in Lyon.",
            "In 2021 he ran out of insulin on a trip and had to find a pharmacy in Lyon.",
            0.079,
        ),
        (
            "Shares a flat with her brother; they split the rent in half.",
            "Shares a flat with her brother; they split the rent 50/50.",
            0.037,
        ),
        # "2004-09" / "from 2004 to 2009"; "Blvd"
        ("Studied law in Bologna from 2004 to 2009.", "Studied law in Bologna, 2004-09.", 0.024),
        ("Her dentist is on Sunset Boulevard.", "Her dentist is on Sunset Blvd.", 0.071),
        # Yr, Wi-Fi, fl oz, 3x, doctorate, blood sugar, flight codes; with her partner or brother either way round; summer Sundays; chose not to; always done
        ("Her son is in Yr 9 at Hillcrest School.", "Her son is in Year 9 at Hillcrest School.", 0.027),
        ("The Wi-Fi router is on the landing.", "The wifi router is on the landing.", 0.013),
        ("Water goal: 64 fl oz a day.", "Aims to drink 64 fluid ounces of water a day.", 0.258),
        ("Checks blood sugar 3x a day.", "Measures blood glucose three times a day.", 0.268),
        (
            "Flight BA117 to New York leaves at 11:25.",
            "Flight BA 117 to New York departs at 11:25 am.",
            0.158,
        ),
        ("Has a PhD in chemistry from McGill.", "Holds a doctorate in chemistry from McGill.", 0.036),
        (
            "Lives with her partner and their two cats in Aarhus.",
            "Lives in Aarhus with her partner and their 2 cats.",
            0.013,
        ),
        (
            "Runs a small bakery in Oaxaca with her brother Joaquín.",
            "With her brother Joaquín she runs a small bakery in Oaxaca.",
            0.044,
        ),
        (
            "Hikes in the Tatras most summer weekends with her friend Ola.",
            "Most weekends in summer she goes hiking in the Tatras with her friend Ola.",
            0.039,
        ),
        (
            "Decided not to buy a car; gets around by bike and tram.",
            "He's chosen not to get a car - bike and tram get him around.",
            0.260,
        ),
        (
            "Practises Dutch on Duolingo every night before bed.",
            "Practises Dutch on Duolingo, always done at night before bed.",
            0.027,
        ),
        # a quarter, rather than / not, half-time / 50%
        (
            "The fixed rate on her mortgage is 4.25%.",
            "The fixed rate on her mortgage is four and a quarter percent.",
            0.084,
        ),
        (
            "Wants code examples in TypeScript rather than JavaScript.",
            "Wants code examples in TypeScript, not JavaScript.",
            0.008,
        ),
        (
            "Works half-time at the public library in Tampere.",
            "Works 50% at the public library in Tampere.",
            0.127,
        ),
        (
            "The drive to her mother's takes two and a quarter hours.",
            "The drive to her mother's takes 2.25 hours.",
            0.026,
        ),
        # still to go / left, still owes, thirteen now, decided against, Oct 2024, the 70s
        (
            "Mortgage with Caixa: R$2,900 a month, 14 years left to pay.",
            "Pays R$2,900 a month on a Caixa mortgage, with 14 years still to go.",
            0.064,
        ),
        (
            "Her brother Tomás owes her $400 he borrowed in May.",
            "Her brother Tomás still owes her the $400 he borrowed in May.",
            0.025,
        ),
        (
            "Decided not to buy a car; takes the bus to work.",
            "Decided against getting a car and takes the bus to work.",
            0.093,
        ),
        (
            "Her bike was stolen outside the station in October 2024.",
            "Her bike got stolen outside the station in Oct 2024.",
            0.019,
        ),
        ("Collects vinyl, mostly 70s MPB.", "Collects records, mainly MPB from the 1970s.", 0.269),
        (
            "His old sheepdog Mot is 13, nearly blind, and has arthritis in his back legs.",
            "Mot, his elderly sheepdog, is thirteen now, almost blind, with arthritis in the hind legs.",
            0.049,
        ),
        # two people with a plural verb are no list of things
        (
            "I'm flying to Toronto on 3 September to stay with Jelena for six weeks, and Vesna is coming too.",
            "Goran and Vesna are flying to Toronto on 3 Sept to spend 6 weeks with Jelena.",
            0.159,
        ),
        # 'third Saturday' is no order of words; a fortnight, a kilo as rates; nothing but / only; wanted done; has to be / must be / needs to
        (
            "Signed up for the Birkebeiner (54 km) on the third Saturday in March; her time in 2023 was 4 h 12 min.",
            "She's entered in the 54 km Birkebeiner, third Saturday of March; she did it in 4:12 in 2023.",
            0.202,
        ),
        (
            "Her student visa caps her at 48 hours of work a fortnight.",
            "Her student visa limits her to 48 hrs of work per fortnight.",
            0.069,
        ),
        (
            "Sells his honey to the neighbours for 45 zł per kilo.",
            "Sells his honey to the neighbours at 45 złoty a kilo.",
            0.026,
        ),
        (
            "His cat Tiger has kidney disease and eats only Royal Canin Renal.",
            "Tiger, his cat, has kidney disease and is fed nothing but Royal Canin Renal.",
            0.057,
        ),
        (
            "Her dog Biscuit is fussy and only eats Lily's Kitchen.",
            "Biscuit, her dog, is fussy and won't eat anything but Lily's Kitchen.",
            0.077,
        ),
        (
            "Has about £1,200 on his credit card and wants it cleared before Christmas.",
            "Wants to clear the roughly £1,200 on his credit card before Christmas.",
            0.065,
        ),
        (
            "Owes about $7,400 in student loans and $2,100 on a Capital One card at 27% APR; she wants to clear the card first.",
            "She has about $2,100 on a Capital One credit card at 27% APR and around $7,400 in student loans, and wants the card paid off first.",
            0.102,
        ),
        (
            "Her passport has to be renewed before the trip in March.",
            "Needs to renew her passport before the March trip.",
            0.068,
        ),
        (
            "His engineer's certificate has to be renewed by 15 March 2026.",
            "His engineer's certificate must be renewed by 15 March 2026.",
            0.013,
        ),
        # once weekly; an amount grouped by a space; m³; New Year before a year
        (
            "Takes alendronate once a week on Monday mornings.",
            "Takes alendronate once weekly, on Monday morning.",
            0.024,
        ),
        ("Her take-home pay is about M24,000 a month.", "She takes home roughly M24 000 a month.", 0.127),
        (
            "Orders 8 cubic metres of beech logs every September.",
            "Every September he orders 8 m³ of beech logs.",
            0.128,
        ),
        ("Hasn't had a drink since 1 January 2019.", "Hasn't had a drink since New Year 2019.", 0.044),
        # done beside a past deed; wanted done; registered / signed up; aiming / wants to; thinks it tastes; weighing; trying to lose / wants to; has done six; old / former colleague
        (
            "Had cataract surgery on her right eye in May 2023; the left eye is booked for 12 February.",
            "Right eye: cataract op done May 2023. Left eye: booked for 12 Feb.",
            0.126,
        ),
        (
            "Wants to replace the old windows before winter; the quote was 6,400 euros.",
            "Got a 6,400 euro quote to replace the old windows; wants it done before winter.",
            0.092,
        ),
        (
            "Registered for the Run Melbourne 10K on 28 July; aiming for under 55 minutes.",
            "Signed up for the Run Melbourne 10 km on 28 July, target under 55 minutes.",
            0.152,
        ),
        (
            "Ran the Porto Marathon in 2023 in 3:41 and wants to go under 3:30 this November.",
            "Ran the 2023 Porto Marathon in 3h41 and is aiming for sub-3:30 this November.",
            0.097,
        ),
        (
            "Hates coriander; says it tastes like soap.",
            "Can't stand coriander; thinks it tastes of soap.",
            0.060,
        ),
        (
            "Has an Alabai called Barys, 4 years old and about 65 kg.",
            "His dog Barys is a four-year-old Alabai weighing roughly 65 kg.",
            0.170,
        ),
        (
            "Is trying to lose weight: 94 kg now, aiming for 86 kg by December.",
            "Currently weighs 94 kilos and wants to be down to 86 by December.",
            0.220,
        ),
        (
            "Learning to drive: six lessons so far with an instructor called Derek.",
            "Has done 6 driving lessons so far with his instructor Derek.",
            0.154,
        ),
        (
            "Plays chess with his old ONCF colleague Driss every Tuesday.",
            "Every Tuesday he plays chess with Driss, a former colleague from ONCF.",
            0.058,
        ),
        # days written short
        ("Works four days a week, Monday to Thursday.", "Works a 4-day week, Mon–Thu.", 0.163),
        (
            "Trains on Tuesdays and Thursdays at 6pm and plays on Saturdays.",
            "Trains Tues & Thurs 6pm, plays Saturdays.",
            0.145,
        ),
        (
            "The drive to her mother's takes 45 minutes.",
            "The drive to her mother's takes three quarters of an hour.",
            0.094,
        ),
        (
            "Lives 15 min from the station.",
            "Lives a quarter of an hour from the station.",
            0.157,
        ),
        (
            "Does a 30-minute yoga class on Thursdays.",
            "Does a yoga class lasting half an hour on Thursdays.",
            0.097,
        ),
        (
            "Weighs 12 stone.",
            "Weighs 168 lb.",
            0.287,
        ),
        (
            "Orders 500 g of loose-leaf tea every month.",
            "Orders half a kilo of loose-leaf tea every month.",
            0.102,
        ),
        (
            "Pays €2,400 a year for car insurance.",
            "Pays two thousand four hundred euros a year for car insurance.",
            0.124,
        ),
        (
            "Her twin sister Ilka lives in Graz and works as a midwife.",
            "Ilka, her twin sister, lives in Graz and works as a midwife.",
            0.016,
        ),
        (
            "Has a 100 Mbps broadband connection.",
            "Has a broadband connection of 100 megabits per second.",
            0.095,
        ),
        (
            "Pedro is his wife's cousin.",
            "Pedro is the cousin of his wife.",
            0.007,
        ),
        (
            "Always carries her EpiPen.",
            "Never leaves the house without her EpiPen.",
            0.255,
        ),
        (
            "Always goes to his Tuesday choir practice.",
            "Never misses his Tuesday choir practice.",
            0.183,
        ),
        (
            "Started learning Italian with an app in March.",
            "Has been teaching herself Italian with an app since March.",
            0.190,
        ),
        (
            "Borrowed €2,000 from her aunt Rosa for the deposit.",
            "Her aunt Rosa lent her €2,000 for the deposit.",
            0.106,
        ),
        (
            "Gave up sugar in March and has gone from 80 kg to 74 kg.",
            "Stopped eating sugar in March and has gone down from 80 kg to 74 kg.",
            0.082,
        ),
        (
            "Car loan with Nordea: €300 a month until 2027.",
            "The car loan is with Nordea - 300 euros monthly, to be paid off in 2027.",
            0.101,
        ),
        (
            "Takes 500 mg metformin morning and night.",
            "Takes metformin 500 mg twice a day, morning and evening.",
            0.098,
        ),
        (
            "Wednesday is her day off from work, which she uses for errands.",
            "Her free day from work is Wednesday - she spends it on errands.",
            0.147,
        ),
        (
            "Eats a gluten-free diet.",
            "Follows a gluten-free diet.",
            0.105,
        ),
        (
            "Has a BSc in physics.",
            "Holds a Bachelor of Science in physics.",
            0.114,
        ),
        (
            "Finished his apprenticeship in 2019.",
            "Completed his apprenticeship in 2019.",
            0.019,
        ),
        (
            "The drive to Porto takes 3 hours 30 minutes.",
            "The drive to Porto takes 3.5 hours.",
            0.034,
        ),
        (
            "Lives at 4 Elm Road, Apt 12, in Leeds.",
            "Lives in apartment 12 at 4 Elm Road in Leeds.",
            0.062,
        ),
        (
            "Kids: Ada (7), Ben (5), Cleo (2).",
            "Has three children: Ada, who is seven, Ben, who is five, and Cleo, who is two.",
            0.119,
        ),
        (
            "Is on a low-salt diet.",
            "Keeps to a low-sodium diet.",
            0.207,
        ),
        (
            "Has avoided dairy ever since it gave her cramps in 2020.",
            "Has stayed away from dairy ever since it gave her cramps in 2020.",
            0.075,
        ),
        (
            "Has been off alcohol since March and wants to stay dry until the marathon.",
            "Hasn't had a drink since March and plans to stay off it until the marathon.",
            0.203,
        ),
        (
            "Cycles 30 minutes each way to work.",
            "Cycles to work: 30 min each way.",
            0.070,
        ),
        (
            "Her daughter sees a speech therapist in Leeds every two weeks.",
            "Every two weeks her daughter sees a speech therapist in Leeds.",
            0.017,
        ),
        (
            "Walks for 90 minutes on Saturday mornings.",
            "Takes a one-and-a-half-hour walk on Saturday mornings.",
            0.172,
        ),
        (
            "The allotment is 1,000 square metres.",
            "The allotment is 0.1 hectares.",
            0.425,
        ),
        (
            "Is 73 inches tall.",
            "Is 6 ft 1 in tall.",
            0.366,
        ),
        ("We've lived in Lisbon since 2016.", "We have lived in Lisbon since 2016.", 0.014),
        ("The ferry crossing takes about 3 hours.", "The ferry crossing takes around 180 minutes.", 0.090),
        (
            "His flight from Oslo lands at 21:40 on Friday.",
            "His flight from Oslo arrives at 9:40 pm on Friday.",
            0.152,
        ),
        ("Has never been to Japan.", "Has not once visited Japan.", 0.128),
        (
            "Eats nothing from 7 pm until 11 am the next day.",
            "Eats nothing from 19:00 until 11:00 the following day.",
            0.128,
        ),
        ("Lives with his partner Tama in Dunedin.", "Lives in Dunedin with Tama, his partner.", 0.016),
        (
            "Is a physio on the paediatric ward at Starship.",
            "Works as a physio on the children's ward at Starship.",
            0.210,
        ),
        (
            "Priya and her husband Arun run a café in Leeds.",
            "Priya runs a café in Leeds together with her husband Arun.",
            0.034,
        ),
        (
            "Both of his kids, Noa and Eli, attend the Montessori school in Haifa.",
            "Noa and Eli, his two kids, both go to the Montessori school in Haifa.",
            0.056,
        ),
        (
            "His daughter's swimming lessons are 4,000 rand per term.",
            "Pays 4,000 rand a term for his daughter's swimming lessons.",
            0.099,
        ),
        (
            "Sara's boys, Tom and Ben, were born in May 2015.",
            "Tom and Ben, Sara's boys, were born in May 2015.",
            0.011,
        ),
        (
            "Plays tennis with her old schoolfriend Ruth every Friday at 6pm; they take turns booking the court.",
            "Every Friday at 18:00 she plays tennis with Ruth, an old schoolfriend; they alternate who books the court.",
            0.079,
        ),
        (
            "Takes metformin 500 mg morning and evening.",
            "Takes metformin 500mg in the morning and in the evening.",
            0.031,
        ),
        (
            "Can't stand olives, no matter how much his wife teases him about it.",
            "I can't stand olives, however much my wife teases me about it.",
            0.166,
        ),
        (
            "Plays bridge at the club on Mondays, partnered with Ines.",
            "Plays bridge at the club on Mondays, with Ines as her partner.",
            0.096,
        ),
        ("Lena and Jonas got married in Bergen in 2012.", "Lena married Jonas in Bergen in 2012.", 0.022),
        ("Learnt to sail from her uncle.", "Learned to sail from her uncle.", 0.028),
        ("Started at the bank in 2019-09.", "Started at the bank in September 2019.", 0.092),
        ("Her maternal grandmother lives in Porto.", "Her mum's mother lives in Porto.", 0.087),
        ("Is 6'1\".", "Is six feet one inch tall.", 0.206),
        ("Her brother Marco is an attorney.", "Her brother Marco is a lawyer.", 0.026),
        ("Her partner, Jo, is a veterinarian.", "Jo, her partner, is a vet.", 0.026),
        ("Is six foot two.", "Is 6 ft 2 in tall.", 0.228),
        ("Hasn't touched wine since her diagnosis.", "Hasn't had a drop of wine since her diagnosis.", 0.099),
        (
            "Is applying for a Fulbright grant to study in Boston; the deadline is 1 October.",
            "Her Fulbright grant application, to study in Boston, is due on 1 October.",
            0.115,
        ),
        ("Has her bloods checked every month at the GP.", "Gets her bloods done monthly at the GP.", 0.173),
        ("Her driving licence expires in March next year.", "Her driving licence expires next March.", 0.016),
        (
            "Thinks she needs about €2,000 for the new bike.",
            "Reckons she needs about €2,000 for the new bike.",
            0.026,
        ),
        (
            "Plays darts with two former teammates from his rugby club every Thursday.",
            "Every Thursday he plays darts with two old teammates from his rugby days.",
            0.082,
        ),
        (
            "Hasn't driven since his wife died in 2020.",
            "Hasn't driven since his wife's death in 2020.",
            0.005,
        ),
        (
            "Has decided to apply to the MBA at Warwick; the application is due 1 March.",
            "She's decided to apply for Warwick's MBA, due 1 March.",
            0.170,
        ),
        (
            "Their flat is 300 m from the station, on the third floor.",
            "Lives on the third floor, three hundred metres from the station.",
            0.234,
        ),
        (
            "Puts £50 a month into a junior ISA for each of the kids.",
            "Saves £50 a month per child in a junior ISA.",
            0.095,
        ),
        (
            "Has a 4-year-old chocolate Labrador named Rolo.",
            "Their dog Rolo is a chocolate Lab, four years old.",
            0.117,
        ),
        (
            "Is planning a party for his mum's sixtieth birthday.",
            "Is planning a party for his mother's 60th birthday.",
            0.123,
        ),
        ("The ferry to Mull takes two and a half hours.", "The ferry to Mull takes 150 minutes.", 0.076),
        ("Joined the NHS in 09/2019.", "Joined the NHS in September 2019.", 0.072),
        ("Waters the orchids two times a week.", "Waters the orchids twice a week.", 0.011),
        ("Works at the Lego HQ in Billund.", "Works at the Lego headquarters in Billund.", 0.020),
        ("Her son Ali was born on 4 April 2018.", "Ali, her son, was born on 04/04/2018.", 0.087),
        ("Gets the Underground to her office in London.", "Gets the Tube to her office in London.", 0.155),
        ("Her daily limit is 2,000 calories.", "Her daily limit is 2,000 kcal.", 0.151),
        ("Makes her own yogurt every Sunday.", "Makes her own yoghurt every Sunday.", 0.080),
        (
            "Shares a flat in Lisbon with two flatmates, Ana and Rui; pays €600 a month.",
            "Lives with Ana and Rui in a flat in Lisbon, paying 600 euros a month.",
            0.12,
        ),
        (
            "Shares a car with her brother Tomas for the school run.",
            "She and her brother Tomas share one car for the school run.",
            0.048,
        ),
        (
            "Even a slice of bread with gluten makes her ill.",
            "Even a single slice of bread with gluten makes her ill.",
            0.014,
        ),
        (
            "Cycles to the depot at 8am on weekdays.",
            "Cycles to the depot at eight in the morning on weekdays.",
            0.034,
        ),
        ("Goes to the gym at 6 am.", "Goes to the gym at six in the morning.", 0.078),
        (
            "Walks 1,000 metres to the bus stop every morning.",
            "Walks a kilometre to the bus stop every morning.",
            0.101,
        ),
        (
            "Rows 2 km on the machine before breakfast.",
            "Rows 2,000 m on the machine before breakfast.",
            0.127,
        ),
        (
            "Has a loyalty card for Marks & Spencer and shops there on Saturdays.",
            "Has a loyalty card for M&S and shops there on Saturdays.",
            0.199,
        ),
        ("Runs 10 km along the canal every Sunday.", "Runs a 10K along the canal every Sunday.", 0.138),
        ("Is pregnant with her first child, due in May.", "Her first baby is due in May.", 0.099),
        (
            "Saves £40 every month towards a new road bike.",
            "Puts £40 a month aside for a new road bike.",
            0.066,
        ),
        (
            "Has saved 3,000 dollars so far for the trip to Ghana.",
            "Has saved 3,000 dollars up to now for the trip to Ghana.",
            0.016,
        ),
        (
            "Flies to Lisbon on 3 May to see Marta and comes back on 9 May.",
            "Is going to Lisbon to see Marta from 3 to 9 May.",
            0.128,
        ),
        (
            "Has gone to pottery classes every Monday since June.",
            "Has been going to pottery classes on Mondays since June.",
            0.056,
        ),
        ("Her qualifying exam is scheduled for 28 August.", "Qualifying exam set for Aug 28.", 0.211),
        (
            "Has a cataract in his left eye; the operation is booked at St James's for 9 October.",
            "Cataract surgery on his left eye is scheduled for 9 Oct at St James's.",
            0.096,
        ),
        (
            "Plans to apply for the MA in Linguistics at Leiden.",
            "Is planning to apply to Leiden for the MA in Linguistics.",
            0.03,
        ),
        (
            "Wants to move back to Accra after the PhD.",
            "Wants to move back to Accra once the PhD is done.",
            0.015,
        ),
        (
            "Writing a thesis on soil carbon; about 60 pages done.",
            "Is about 60 pages into her thesis on soil carbon.",
            0.132,
        ),
        (
            "Emails his old skipper Pieter, who lives in Den Helder, twice a year.",
            "Twice a year he emails Pieter, his former skipper, who lives in Den Helder.",
            0.05,
        ),
        ("Her son is strictly vegan.", "Her son is 100% vegan.", 0.05),
        (
            "Takes ramipril 10 mg twice a day, morning and evening.",
            "Takes 10 mg of ramipril in the morning and 10 mg in the evening.",
            0.066,
        ),
        ("The farm shop opens every day of the week.", "The farm shop opens seven days a week.", 0.09),
        (
            "Moved to Leeds when he failed the bar exam in 2019.",
            "Moved to Leeds after failing the bar exam in 2019.",
            0.077,
        ),
        ("Her commute is a 2.5-hour train ride.", "Her commute is a 150-minute train ride.", 0.123),
        (
            "The alcove for the new dishwasher is 45 cm wide.",
            "The alcove for the new dishwasher is 450 mm wide.",
            0.11,
        ),
        (
            "Is in his 2nd year of medical school in Porto.",
            "Is in his second year of med school in Porto.",
            0.025,
        ),
        (
            "Allergic to penicillin - it brings him out in hives - so his GP prescribes clarithromycin.",
            "He gets hives from penicillin, so his GP prescribes clarithromycin.",
            0.054,
        ),
        (
            "Is strictly gluten-free since her coeliac diagnosis in 2020.",
            "Is strictly GF since her coeliac diagnosis in 2020.",
            0.214,
        ),
        (
            "Her mum and dad, who live in Kraków, will be staying with her for two weeks from 3 March.",
            "Her parents, who live in Kraków, are coming to stay for two weeks from 3 March.",
            0.109,
        ),
        (
            "Joaquín's birthday is 5 April; he's into trail running.",
            "Joaco's birthday is 5 April; he likes trail running.",
            0.238,
        ),
        (
            "Keeps the 4-to-8 watch: 04:00-08:00 and 16:00-20:00 ship time.",
            "He keeps the 4-8 watch, 4 to 8 in the morning and 4 to 8 in the evening, ship time.",
            0.254,
        ),
        # a currency by its code, its symbol or its name
        (
            "Pays 1,200 lari a month for the flat in Vake.",
            "Pays GEL 1,200 a month for the flat in Vake.",
            0.185,
        ),
        (
            "Charges S/ 90 for a day tour of the Sacred Valley.",
            "Charges 90 soles for a day tour of the Sacred Valley.",
            0.135,
        ),
        ("The gym costs UYU 1,500 a month.", "The gym costs $U 1,500 a month.", 0.063),
        # a state said with "since" in the present or the perfect, or since an age
        (
            "Has used a hearing aid since 2019 and avoids phone calls.",
            "Uses a hearing aid (since 2019); avoids phone calls.",
            0.067,
        ),
        (
            "Vegan since she was 20, but takes a B12 supplement.",
            "Has been vegan since age 20; she does take a B12 supplement.",
            0.067,
        ),
        # the user's own people, introduced by a label or by "has", named in both
        ("Has a six-year-old daughter, Leila, who does ballet.", "Daughter: Leila, 6, does ballet.", 0.046),
        (
            "Has twin boys, Kai and Noa, born on 4 May 2019.",
            "Twin sons, Noa and Kai, born 4 May 2019.",
            0.038,
        ),
        (
            "Her husband is Tomasz and their children are Ola, who is 8, and Kuba, who is 5.",
            "Husband: Tomasz. Kids: Ola (8), Kuba (5).",
            0.121,
        ),
        # a relative named in both, whichever opens the note and whoever does the lending
        ("Has a half-sister named Carla.", "Carla is her half-sister.", 0.069),
        (
            "The user's godmother, Helga, is a retired judge in Bremen.",
            "Helga, a retired judge in Bremen, is the user's godmother.",
            0.02,
        ),
        (
            "His nephew Liam, who is 10, stays with him in Cork every summer.",
            "Every summer his 10-year-old nephew Liam stays with him in Cork.",
            0.044,
        ),
        (
            "Her emergency contact is her sister Noor, on 07700 900456.",
            "Emergency contact: sister Noor, 07700 900456.",
            0.11,
        ),
        (
            "Her cousin Bruno owes her €500 that she lent him in March for his van.",
            "In March I lent my cousin Bruno 500 euros for his van, and he still owes it to me.",
            0.242,
        ),
        # a number said in words with "hundred" or "thousand"
        (
            "Owes about £23,400 on her student loan.",
            "Owes roughly twenty-three thousand four hundred pounds on her student loan.",
            0.118,
        ),
        ("Has read 312 books since 2015.", "Has read three hundred and twelve books since 2015.", 0.255),
        (
            "Her grandmother's village has 140 inhabitants.",
            "Her grandmother's village has one hundred and forty inhabitants.",
            0.079,
        ),
        # a spouse's parent as an in-law, "still" beside "since", gas for petrol, every weekday
        (
            "Tomasz, her husband's father, lives in Gdynia.",
            "Her father-in-law Tomasz lives in Gdynia.",
            0.032,
        ),
        (
            "Spends every Easter with his in-laws in Seville.",
            "Spends every Easter with his wife's parents in Seville.",
            0.081,
        ),
        (
            "Has volunteered at the food bank since 2018.",
            "Started volunteering at the food bank in 2018 and still does.",
            0.181,
        ),
        ("Pays about 60 dollars a week for petrol.", "Pays about 60 dollars a week for gas.", 0.151),
        ("Swims at the pool Monday to Friday.", "Goes to the pool every weekday.", 0.243),
        # "and" after an opening verb that joins two clauses, and an aside that closes one
        (
            "Has gout and avoids shellfish and beer.",
            "Has gout, so he stays away from shellfish and beer.",
            0.148,
        ),
        (
            "Has a £20,000 car loan with Santander (taken out in 2023); pays £410 a month.",
            "Pays £410 a month on a £20k car loan he took out with Santander in 2023.",
            0.093,
        ),
        ("Has a small black cat called Miso.", "Has a black cat called Miso.", 0.036),  # one word less
        # "UK" English, a spoken "and a half", an even split, "one hour" (not "half each way")
        ("Wants emails drafted in UK English.", "Wants emails drafted in British English.", 0.021),
        (
            "Cycles forty-two and a half kilometres to work and back.",
            "Cycles 42.5 km to work and back.",
            0.164,
        ),
        (
            "The electricity bill is €90 a month, split 50/50 with her flatmate.",
            "The electricity bill is €90 a month and she and her flatmate each pay half.",
            0.05,
        ),
        (
            "Practises the piano for one hour every evening.",
            "Practises the piano for an hour every evening.",
            0.012,
        ),
        (
            "The drive to the office takes 90 minutes each way.",
            "The drive to the office takes an hour and a half each way.",
            0.094,
        ),
        ("Her plank record is 3 min 30 s.", "Her plank record is three and a half minutes.", 0.052),
        # a passive whose whole agent opens the active
        (
            "The old van was sold by Tomasz and his brother in 2021.",
            "Tomasz and his brother sold the old van in 2021.",
            0.033,
        ),
        # "OK" is no name
        (
            "Lactose intolerant - butter is fine but a glass of milk makes him ill.",
            "He's lactose intolerant: a glass of milk makes him ill, though butter is OK.",
            0.064,
        ),
        # a country and its people's adjective
        (
            "Calls his brother in Auckland every Friday at 7pm Peru time.",
            "Every Friday at 7pm Peruvian time he calls his brother in Auckland.",
            0.043,
        ),
        (
            "Works three weeks on, three weeks off on a ferry along the Norwegian coast.",
            "Works on a ferry along Norway's coast, three weeks on and three weeks off.",
            0.039,
        ),
        # one rate said two ways; a cap said two ways
        (
            "Has a dental check-up every six months at the clinic on Hill Street.",
            "Has a dental check-up twice a year at the clinic on Hill Street.",
            0.054,
        ),
        ("Drinks two coffees a day, no more.", "Drinks no more than two coffees a day.", 0.077),
        # the user named after an opening time, doing what the old text says she does
        (
            "Her best friend Maeve, a retired teacher, goes to the Dingle regatta with her every August.",
            "Every August Roisin goes to the Dingle regatta with her best friend Maeve, a retired teacher.",
            0.1,
        ),
        (
            "Her sister Oonagh has lunch with her every Thursday at the Quay café.",
            "Every Thursday Roisin has lunch with her sister Oonagh at the Quay café.",
            0.121,
        ),
        # "12 training hours" is "12 hours of training"
        (
            "Her first-aid certificate needs 12 hours of training a year; she has done 7.",
            "She has done 7 of the 12 training hours a year her first-aid certificate needs.",
            0.027,
        ),
        # a time said first, before the subject, with no comma
        (
            "The twins stay with their aunt in Galway during the Easter holidays.",
            "In the Easter holidays the twins stay with their aunt in Galway.",
            0.01,
        ),
        (
            "Her mum sends her €200 pocket money on the first of every month.",
            "On the first of every month her mum sends her €200 pocket money.",
            0.014,
        ),
        (
            "Earns RM 3,500 a month as a lab technician.",
            "Earns RM3,500 a month as a lab technician.",
            0.016,
        ),
        (
            "Owes RM 12,000 on her car loan.",
            "Owes RM12k on her car loan.",
            0.033,
        ),
        (
            "Keeps four ducks and sells their eggs at £3 a half-dozen.",
            "She has 4 ducks and sells the eggs, £3 for six.",
            0.167,
        ),
        (
            "Bakes half a dozen loaves for the church sale every Saturday.",
            "Every Saturday she bakes six loaves for the church sale.",
            0.184,
        ),
        (
            "Takes 10 mg of cetirizine morning and evening.",
            "Takes 10 mg of cetirizine every morning and every evening.",
            0.042,
        ),
        (
            "Puts a fifth of his pay into a pension.",
            "Puts 20% of his pay into a pension.",
            0.125,
        ),
        (
            "The roofer wants half up front.",
            "The roofer wants 50% up front.",
            0.131,
        ),
        (
            "Her passport expires on 9 July.",
            "Her passport expires on 9.7.",
            0.09,
        ),
        (
            "Works at the bakery at the weekend.",
            "Works at the bakery on weekends.",
            0.031,
        ),
        (
            "Her closest friend from work, Imogen, lives in Bath.",
            "Imogen, her closest friend from work, lives in Bath.",
            0.03,
        ),
        (
            "Keeps hens (Sussex, Orpington, Brahma) in the orchard.",
            "Keeps hens (Sussex, Orpington and Brahma) in the orchard.",
            0.002,
        ),
        (
            "Is trying to get from 80 kg down to 72 kg before the summer.",
            "Wants to get down from 80kg to 72kg before summer.",
            0.225,
        ),
        (
            "Is putting money aside for a new kitchen; £4,000 so far of the £10,000 it costs.",
            "The new kitchen costs £10,000 and she has £4,000 saved.",
            0.198,
        ),
        (
            "Going to Vienna with the kids over Easter.",
            "We're spending Easter in Vienna with the kids.",
            0.111,
        ),
        (
            "Has Premium Bonds and adds £50 to them every week.",
            "Every week he adds £50 to his Premium Bonds.",
            0.161,
        ),
        (
            "Going to Oslo from 5 to 11 June; wants to stay near the harbour.",
            "Off to Oslo June 5-11 and hopes to stay near the harbour.",
            0.101,
        ),
        (
            "Her pension is $700.000 CLP a month, plus $150.000 from renting out a room.",
            "Her pension is 700,000 pesos a month, plus 150,000 pesos from renting out a room.",
            0.168,
        ),
        ("Her passport expires 14.3.", "Her passport expires on 14 March.", 0.083),
        (
            "Only drinks herbal tea after dinner.",
            "Only drinks herbal tea in the evening after dinner.",
            0.031,
        ),
        (
            "Watches Severance on Apple TV+ every Friday.",
            "Every Friday she watches Severance on Apple TV+.",
            0.146,
        ),
        (
            "Her dental plan pays 50% of the crown, up to $1,000.",
            "Her dental plan will cover half, up to $1,000, for the crown.",
            0.084,
        ),
        ("They milk 120 cows on the home farm.", "They run a 120-cow dairy herd on the home farm.", 0.118),
        (
            "Her kids, Tom and Ann, both play chess at school.",
            "Tom and Ann, her kids, both play chess at school.",
            0.022,
        ),
        (
            "Grows tomatoes, basil and chillies on the balcony.",
            "Grows basil, chillies and tomatoes on the balcony.",
            0.011,
        ),
        ("Lives in the same street as her sister.", "Lives on the same street as her sister.", 0.006),
        (
            "Has been a member of the rowing club since 2012.",
            "Joined the rowing club in 2012 and is still a member.",
            0.083,
        ),
        ("Her aunt lives at no. 7 Mill Lane.", "Her aunt lives at number 7 Mill Lane.", 0.03),
        (
            "Her sister stays with them over Christmas, 23 December to 2 January.",
            "Her sister stays with them over Christmas, 23.12 to 2.01.",
            0.09,
        ),
        (
            "Caps it at one beer because more alcohol makes him sleep badly.",
            "Caps it at one beer - any more alcohol and he sleeps badly.",
            0.06,
        ),
        (
            "Keeps three rabbits in a hutch in the garden.",
            "There's a rabbit hutch in the garden with three rabbits.",
            0.07,
        ),
        (
            "Wants the assistant to reply in Portuguese.",
            "Would like the assistant's replies to be in Portuguese.",
            0.06,
        ),
        (
            "Volunteers with the railway retirees' club every Tuesday.",
            "Volunteers every Tuesday with the club for retired railway workers.",
            0.12,
        ),
        (
            "The pharmacy opens at 8 every day except Sundays.",
            "The pharmacy opens at 8 every day apart from Sundays.",
            0.03,
        ),
        (
            "Her grandad, 91, lives with them and uses a wheelchair.",
            "Her grandad, 91, lives with them and gets around in a wheelchair.",
            0.04,
        ),
        (
            "Pays 5% into his pension through the council to get the full match.",
            "He contributes 5% to his council pension, which gets him the full match.",
            0.07,
        ),
        (
            "Each of them pays 300 euros a month in rent for the flat on Calle Mayor.",
            "Rent is 300 euros per person per month for the flat on Calle Mayor.",
            0.1,
        ),
        (
            "Gwen Price has been his line manager since 2019.",
            "Gwen Price's been managing him since 2019.",
            0.06,
        ),
        ("Her manager is Priya.", "She reports to Priya.", 0.225),
        (
            "His landlord Yusuf wants a month's notice.",
            "Yusuf, who owns the flat, wants a month's notice.",
            0.12,
        ),
        (
            "On Marta's birthday he takes lilies to her grave in Lund.",
            "He takes lilies to Marta's grave in Lund on her birthday.",
            0.05,
        ),
        ("Her night shift ends at 06:00.", "Her night shift ends at 6 in the morning.", 0.05),
        ("Won't take calls before 8 am or after 9 pm.", "Won't take calls after 9 pm or before 8 am.", 0.01),
        (
            "Her mother is Chilean and her father is Danish.",
            "Her father is Danish and her mother is Chilean.",
            0.01,
        ),
        ("Walks 3 miles with the dog every morning.", "Walks 3 mi with the dog every morning.", 0.05),
        ("Drives a lorry for a brewery.", "Drives a truck for a brewery.", 0.1),
        ("Paid a 50.000-peso deposit for the flat.", "Paid a 50,000-peso deposit for the flat.", 0.05),
        ("Needs two days' notice to cover a shift.", "Needs 48 hours' notice to cover a shift.", 0.05),
        (
            "Her first lecture starts at 9 am, so on weekdays she gets up at 7:15.",
            "Gets up at 7:15 on weekdays since her first lecture is at 9:00.",
            0.1,
        ),
        ("Her bike chain was last replaced at 3,000 km.", "Bike chain last done at 3 000 km.", 0.1),
        ("Keeps the bedroom below 65°F at night.", "Keeps the bedroom below 65 degrees F at night.", 0.05),
        (
            "Her commute to Leiden takes 1.5 hours each way.",
            "Her commute to Leiden takes an hour and a half each way.",
            0.08,
        ),
        ("Booked a 21-day trip to Peru for August.", "Booked three weeks in Peru for August.", 0.15),
        ("Started swimming lessons again in 2022.", "Restarted swimming lessons in 2022.", 0.05),
        (
            "Has her thyroid levels checked every six months.",
            "Has her thyroid levels tested every six months.",
            0.03,
        ),
        ("Is OK with spicy food but not with garlic.", "Is okay with spicy food but not with garlic.", 0.02),
        (
            "Still owes 12,000 euros on the car loan; pays about 300 euros a month to Rabobank.",
            "Car loan with Rabobank: 300 euros monthly, 12k euros still to pay.",
            0.1,
        ),
        (
            "Teaches yoga on Tuesday and Thursday evenings.",
            "Teaches yoga two evenings a week, Tuesday and Thursday.",
            0.1,
        ),
        ("Swims on Tuesdays and Fridays.", "Swims twice a week, on Tuesday and Friday.", 0.1),
        (
            "Learns flamenco and goes to flamenco class on Thursdays.",
            "Learns flamenco and goes to class on Thursdays.",
            0.08,
        ),
        (
            "Does dog walks for neighbours and charges $15 per walk.",
            "Charges neighbours $15 per dog walk.",
            0.1,
        ),
        (
            "My brother fixed the roof; my sister painted the fence.",
            "My sister painted the fence, and my brother fixed the roof.",
            0.05,
        ),
        (
            "Pays 300 dollars a month in child support for Amaru.",
            "Child support for Amaru: 300 dollars a month.",
            0.05,
        ),
        (
            "Puts £50 a month into a savings account for Ines.",
            "I put £50 into Ines's savings account every month.",
            0.15,
        ),
        ("Booked a Crete holiday from 2 to 9 July.", "We're going to Crete from 2 to 9 July.", 0.12),
        (
            "Her mum turns 70 in June, and the family is throwing a party in Cork.",
            "The family is throwing a party in Cork for her mum's 70th in June.",
            0.12,
        ),
        ("Turned down the job offer from Siemens.", "Decided to turn down the job offer from Siemens.", 0.08),
        ("Sends her brother 20,000 kwanzas a month.", "Sends her brother 20 000 Kz a month.", 0.05),
        (
            "Plays squash twice a week, Monday and Thursday evenings.",
            "Plays squash twice weekly, Monday and Thursday evenings.",
            0.05,
        ),
        (
            "Takes thyroxine every morning on an empty stomach.",
            "Takes thyroxine on an empty stomach every morning.",
            0.05,
        ),
        (
            "Is studying for the bar exam, booked for 3 May; she wants to practise in London.",
            "Her bar exam is booked for 3 May - she's studying for it because she wants a job in London.",
            0.15,
        ),
        (
            "Gets cluster headaches; takes 6 mg sumatriptan at the first sign.",
            "Gets cluster headaches and takes sumatriptan 6 mg as soon as one starts.",
            0.08,
        ),
        (
            "Takes metformin 500 mg twice a day, morning and evening.",
            "Takes metformin 500 mg, once in the morning and once in the evening.",
            0.08,
        ),
        (
            "Takes 10 mg of amlodipine twice a day, morning and supper.",
            "Takes 10 mg of amlodipine, one in the morning and one at supper.",
            0.1,
        ),
        (
            "Is a physiotherapist at Royal Derby Hospital, working mainly weekends.",
            "Works as a physio at Royal Derby Hospital (RDH), mostly on weekends.",
            0.137,
        ),
        (
            "Takes calls between 3 and 5 pm on weekdays.",
            "Takes calls between 15:00 and 17:00 on weekdays.",
            0.062,
        ),
        (
            "Works three shifts a week of eleven and a half hours each.",
            "Works three 11.5-hour shifts a week.",
            0.045,
        ),
        (
            "Has run the Comrades Marathon 6 times, most recently in June 2019.",
            "Has run the Comrades Marathon six times, the last time in June 2019.",
            0.013,
        ),
        (
            "His old Land Rover often fails to start on frosty mornings.",
            "His old Land Rover often won't start on frosty mornings.",
            0.067,
        ),
        (
            "In 2023 she lost £300 after clicking a fake DHL text, so she never opens links in SMS messages.",
            "Lost £300 to a phishing SMS in 2023, so she never opens links in text messages.",
            0.143,
        ),
        (
            "3-10 Aug: Lake Bled with Anja, going by bus.",
            "Is going to Lake Bled with her friend Anja from 3 to 10 August, by bus.",
            0.211,
        ),
        (
            "Fined $250 in 2022 for parking in a disabled bay, so he now always checks the signs.",
            "Got a $250 fine in 2022 for parking in a disabled bay; now always checks the signs.",
            0.108,
        ),
        (
            "Turns 60 on 4 May and only wants a small dinner with close friends - no speeches whatsoever.",
            "Turns 60 on 4 May and wants just a small dinner with close friends - absolutely no speeches.",
            0.014,
        ),
        (
            "Fell off a stepladder in 2023 and broke her wrist; now her son won't let her clean the gutters alone.",
            "Broke her wrist falling from a stepladder in 2023; her son doesn't let her clean the gutters on her own since then.",
            0.047,
        ),
        (
            "Most Fridays he plays darts with his neighbour Yusuf at the Crown, and he plays pool there too.",
            "Plays darts most Fridays at the Crown with his neighbour Yusuf; also plays pool there.",
            0.027,
        ),
        (
            "Every month I send my brother $150 Canadian through Wise.",
            "Sends his brother CAD 150 every month via Wise.",
            0.288,
        ),
        (
            "Her father is having his hip replaced on 3 March at St Luke's.",
            "Her father's hip replacement is scheduled for 3 March at St Luke's.",
            0.053,
        ),
        (
            "Snow grounded her flight to Oslo two days in a row last winter.",
            "Her flight to Oslo was cancelled two days in a row last winter because of snow.",
            0.152,
        ),
        ("Hates being addressed as 'sweetie'.", "Doesn't like being called 'sweetie'.", 0.116),
        (
            "Is on the Parent-Teacher Association at his daughter's primary school.",
            "Is on the PTA at his daughter's primary school.",
            0.222,
        ),
        ("Her wife's name is Ingrid.", "She is married to a woman called Ingrid.", 0.083),
        ("Has an appt with the dentist on Thu.", "Has an appointment with the dentist on Thursday.", 0.271),
        (
            "Teaches a yoga class on Tuesdays from noon to 1pm.",
            "Teaches a yoga class on Tuesdays, 12:00-13:00.",
            0.053,
        ),
        ("Needs new tyres on the Golf before winter.", "Needs new tires on the Golf before winter.", 0.039),
        (
            "Her mum's heart medication is collected every Friday.",
            "Her mum's heart meds are collected every Friday.",
            0.040,
        ),
        (
            "The drive to Inverness takes seven and a half hours.",
            "The drive to Inverness is 7 hours and 30 minutes.",
            0.072,
        ),
        ("Her bus pass costs eight pounds twenty a week.", "Her bus pass is £8.20 a week.", 0.122),
        ("Oat milk is fine for him.", "Oat milk is OK for him.", 0.011),
        (
            "Pays into a III pillar pension with Luminor every month.",
            "Pays into his Luminor III pillar pension every month.",
            0.090,
        ),
        (
            "Says the whole country stops for the Melbourne Cup.",
            "Says the whole nation stops for the Melbourne Cup.",
            0.038,
        ),
        # "now" after what changed it, "since" before it
        (
            "Takes the bus to work since her car was written off in 2022.",
            "Her car was written off in 2022, so now she takes the bus to work.",
            0.037,
        ),
        # a count said as an adjective ("four-week tours") beside another count of the same noun
        (
            "Does four-week tours at sea followed by three weeks at home.",
            "Works rotations of four weeks at sea, then three weeks at home.",
            0.312,
        ),
        # a count of people said by naming them, with another person named after the list
        (
            "Her son Jonas lives in Aarhus with his wife Mette and their two girls, Ida (8) and Freja (5).",
            "Jonas, her son, is in Aarhus with Mette, his wife, and their girls Ida, 8, and Freja, 5.",
            0.049,
        ),
        (
            "Shares a flat in Leith with two other nurses, Callum and Rosa; her room is £610 a month.",
            "Shares a flat in Leith with Callum and Rosa and pays £610 a month for her room.",
            0.108,
        ),
        (
            "Grew up in Sligo in the 1970s and still has the accent.",
            "Grew up in Sligo in the seventies and still has the accent.",
            0.015,
        ),
        (
            "Paid around £15,000 for the new kitchen in 2023.",
            "Paid about fifteen grand for the new kitchen in 2023.",
            0.107,
        ),
        (
            "Works a 12-hour night shift a week at the care home.",
            "Works one 12h night shift a week at the care home.",
            0.065,
        ),
        (
            "Packs ginger sweets for every long car trip because she gets carsick.",
            "Packs ginger sweets for every long car journey because she gets carsick.",
            0.011,
        ),
        (
            "The library near her flat closes at 20:00 on Fridays.",
            "The library near her flat shuts at 8 pm on Fridays.",
            0.084,
        ),
        (
            "Her left knee hurts when it rains.",
            "Her left knee aches when it rains.",
            0.028,
        ),
        (
            "Her obstetrician is Dr Amara Osei at the Riverside clinic.",
            "Her OB is Dr Amara Osei at the Riverside clinic.",
            0.095,
        ),
        (
            "His brother is a firefighter in Cork.",
            "His brother is a fireman in Cork.",
            0.037,
        ),
        (
            "They've decided to call the puppy Rolo.",
            "They've made up their minds to call the puppy Rolo.",
            0.058,
        ),
        (
            "Is going to her sister's in Swansea for Easter - her first time away since Ifor died.",
            "Is spending Easter with her sister in Swansea, her first trip away since losing Ifor.",
            0.054,
        ),
        (
            "Sold her Vespa in 2022 and now walks to work.",
            "Since selling her Vespa in 2022 she walks to work.",
            0.071,
        ),
        (
            "Is allergic to wasp stings - ended up in hospital in 2017 and carries an EpiPen.",
            "Was hospitalised after a wasp sting in 2017 - she's allergic, so she carries an EpiPen.",
            0.088,
        ),
        (
            "Is saving for a road bike; 300 zł saved so far.",
            "Saving for a road bike and has 300 zł saved.",
            0.029,
        ),
        (
            "Sprained an ankle falling off a stepladder in 2023; she's promised her son she won't climb stepladders again.",
            "Sprained her ankle on the stepladder in 2023 and promised her son she'll keep off stepladders from now on.",
            0.094,
        ),
        (
            "Paid R$25,000 for his Fiat Uno in 2022.",
            "Paid R$ 25 mil for his Fiat Uno in 2022.",
            0.017,
        ),
        (
            "Is short-sighted: -2.50 in both eyes, and wears daily contacts.",
            "Is short-sighted, -2.5 in both eyes, and wears daily contacts.",
            0.055,
        ),
        (
            "Their trip to Crete is booked from 14 June to 21 June, flying from Tampere.",
            "Their trip to Crete is booked for 14.6.-21.6., flying from Tampere.",
            0.078,
        ),
        (
            "Has a 1:1 with her team lead every other Monday at 9am.",
            "Has a 1:1 with her team lead fortnightly on Mondays at 9.",
            0.139,
        ),
        (
            "Visits his dad in Braga every other month.",
            "Visits his dad in Braga every two months.",
            0.018,
        ),
        (
            "Every month she sends ₦80,000 to her sister in Kano for school fees.",
            "Sends her sister in Kano N80k every month for her school fees.",
            0.097,
        ),
        (
            "Her swim squad trains at 5:45am on Tuesdays and Thursdays.",
            "Her swim squad trains at 0545 on Tuesdays and Thursdays.",
            0.063,
        ),
    ],
)
def test_a_restatement_in_other_spellings_and_units_is_a_duplicate(
    old: str, new: str, distance: float
) -> None:
    assert classify_near_neighbour(new, old, distance) == "duplicate"


def test_a_drink_at_a_time_of_day_finds_the_caffeine_cut_off() -> None:
    pool = _cands(
        ("Sleeps badly if she has coffee after 2pm.", 0.663),
        ("Plays pala with colleagues on Thursday evenings.", 0.837),
    )
    assert [c.id for c in select_recall("its half four, too late for an espresso?", pool, 5)] == ["m0"]
    pool = _cands(("Black coffee in the morning; nothing with caffeine after 2pm or he can't sleep.", 0.720))
    assert [c.id for c in select_recall("is it too late for an espresso? its 4:30", pool, 5)] == ["m0"]


def test_the_time_for_someone_the_user_knows_finds_where_they_live() -> None:
    pool = _cands(("Younger brother Obinna is a pharmacist in Toronto.", 0.475))
    assert [c.id for c in select_recall("what time is it for obinna now", pool, 5)] == ["m0"]
    pool = _cands(("Best friend Aoife Keane moved to Melbourne in 2022.", 0.590))
    assert [c.id for c in select_recall("what time is it for aoife right now", pool, 5)] == ["m0"]


def test_a_sum_or_a_conversion_typed_without_its_apostrophe_recalls_nothing() -> None:
    pool = _cands(("On a low-salt diet for his blood pressure (usually around 145/90).", 0.745))
    assert select_recall("whats 15% of 240", pool, 5) == []
    pool = _cands(("UK visa for a fintech conference in London, 10-12 June.", 0.798))
    assert select_recall("whats the tallest building in london", pool, 5) == []
    pool = _cands(("Runs the Behobia-San Sebastián 20 km race every November; PB 1:41.", 0.756))
    assert select_recall("convert 30 miles to km", pool, 5) == []


def test_a_general_question_about_a_person_or_a_city_gets_nothing_from_a_place_or_team_named_so() -> None:
    pool = _cands(("Her brother Luthando is in second-year engineering at Nelson Mandela University.", 0.542))
    assert select_recall("Who was Nelson Mandela's first wife?", pool, 5) == []
    pool = _cands(("Sings in a women's folk choir at the Hristo Botev chitalishte on Tuesdays.", 0.618))
    assert select_recall("Who was Hristo Botev?", pool, 5) == []
    pool = _cands(("Has a Bologna FC season ticket in the Curva Bulgarelli.", 0.536))
    assert select_recall("why were the two towers of Bologna built so tall?", pool, 5) == []
    pool = _cands(("Has a Bologna FC season ticket in the Curva Bulgarelli.", 0.264))
    assert select_recall("When do Bologna FC play next?", pool, 5) != []


def test_a_name_with_accents_is_the_same_name_in_a_general_question() -> None:
    pool = _cands(("Their dog, Pōhutukawa ('Pō'), is a 6-year-old huntaway cross.", 0.573))
    assert select_recall("Why do pōhutukawa trees flower in December?", pool, 5) == []
    pool = _cands(("Has a golden retriever called Kūmara.", 0.612))
    assert select_recall("What's the best way to store kūmara so they don't sprout?", pool, 5) == []


def test_a_how_to_about_my_own_device_finds_what_is_known_of_it() -> None:
    tab = (
        "Reads the news on a Samsung Galaxy Tab her granddaughter set up; she finds small print hard to read."
    )
    pool = _cands((tab, 0.585), ("Walks the dog every morning.", 1.009))
    assert [c.id for c in select_recall("How can I make the letters bigger on my tablet?", pool, 5)] == ["m0"]
    pool = _cands((tab, 0.649), ("Walks the dog every morning.", 1.052))
    assert select_recall("How do touchscreen tablets work?", pool, 5) == []  # anyone's tablet
    nokia = "Has an old Nokia that his son set up for him; he is hard of hearing and misses calls."
    pool = _cands((nokia, 0.676), ("Grows leeks and onions on his allotment.", 0.906))
    assert [c.id for c in select_recall("How do I turn the volume up on my mobile?", pool, 5)] == ["m0"]


def test_mum_or_dad_said_in_lower_case_are_the_users_parents() -> None:
    cork = "Her parents Aoife and Liam live in Cork; her dad turns 65 on 3 June and there's a big party at their house."
    pool = _cands((cork, 0.841), ("Is left-handed.", 0.854), ("Can't stand phone calls.", 0.913))
    assert [c.id for c in select_recall("Help me pick a present for dad.", pool, 5)] == ["m0"]
    galway = "Her parents live in Galway; her mum turns 70 in May and there's a family lunch."
    pool = _cands((galway, 0.678), ("Can't stand phone calls.", 0.859), ("Is left-handed.", 0.937))
    assert [c.id for c in select_recall("Find something nice to send to mum.", pool, 5)] == ["m0"]
    pool = _cands(
        ("Her mother lives alone in Sligo since her father died in 2022.", 0.806), ("Is left-handed.", 0.93)
    )
    assert [c.id for c in select_recall("Remind me to ring mum on Sunday.", pool, 5)] == ["m0"]
    # a dad joke, or someone else's dad, is no parent of the user's
    assert (
        select_recall("Tell me a good dad joke.", _cands((cork, 0.835), ("Is left-handed.", 0.896)), 5) == []
    )
    assert (
        select_recall(
            "What's a good gift for a new dad?", _cands((cork, 0.832), ("Is left-handed.", 0.911)), 5
        )
        == []
    )


def test_a_landmark_named_like_the_users_team_gets_nothing() -> None:
    pool = _cands(
        ("Arsenal supporter since he was a boy; watches every match at his local pub.", 0.647),
        ("Works night shifts at the port.", 0.857),
    )
    assert select_recall("How old is the Arsenal in Venice?", pool, 5) == []


def test_a_how_to_about_my_watch_document_or_grandson_finds_what_is_known_of_them() -> None:
    bridge = ("Plays bridge on Mondays.", 0.88)
    for query, memory, distance in (
        (
            "How do I set an alarm on my watch?",
            "Wears a Fitbit Versa his wife gave him for his birthday.",
            0.746,
        ),
        (
            "How do I change the font in my document?",
            "Writes her dissertation in Microsoft Word and keeps it on OneDrive.",
            0.78,
        ),
        (
            "How do I explain long division to my grandson?",
            "Her grandson Theo is in year 5 and struggles with maths; she helps him with homework after school.",
            0.591,
        ),
    ):
        assert [c.id for c in select_recall(query, _cands((memory, distance), bridge), 5)] == ["m0"], query
    word = ("Writes all her reports in Google Docs and shares them with her manager.", 0.906)
    assert select_recall("How do I add page numbers to a document?", _cands(word, bridge), 5) == []


def test_who_was_someone_gets_nothing_from_a_place_or_a_namesake() -> None:
    # a memory that names a road, an airport or a mall after them is not about the person
    for query, memory, distance in (
        ("Who was Nelson Mandela?", "Lives on Nelson Mandela Avenue in Durban, near the beachfront.", 0.419),
        (
            "Who was Jomo Kenyatta?",
            "Always flies out of Jomo Kenyatta airport when she visits her sister.",
            0.514,
        ),
        ("Who was Ibn Battuta?", "Shops at the Ibn Battuta mall in Dubai every Friday.", 0.633),
        # "al-Asad" makes the name another one than the poet the user reads
        ("Who was Hafiz al-Asad?", "Loves Hafiz and reads a ghazal aloud every night before bed.", 0.53),
    ):
        assert select_recall(query, _cands((memory, distance)), 5) == [], query
    pool = _cands(("Her neighbour Nelson Mandela Dube waters the plants when she travels.", 0.585))
    assert [c.id for c in select_recall("Who is Nelson?", pool, 5)] == ["m0"]


def test_a_general_question_naming_something_else_beside_a_shared_name_gets_nothing() -> None:
    pool = _cands(("Retired in 2021 after 35 years as a dentist in Bergen.", 0.563))
    assert select_recall("When was Bryggen in Bergen built?", pool, 5) == []
    pool = _cands(("Ama attends Morning Star School, whose fees are due each term.", 0.52))
    assert select_recall("Why is Venus called the Morning Star?", pool, 5) == []
    # the name alone is still the memory's: "When is the Bergen viva?"
    pool = _cands(("Is the external examiner for a PhD viva at the University of Bergen.", 0.441))
    assert select_recall("When's the Bergen viva?", pool, 5)


def test_writing_for_the_users_own_work_brings_in_how_they_want_it_written() -> None:
    pool = _cands(("Likes emails drafted in a formal tone using South African English spelling.", 0.884))
    assert select_recall("Draft a reply to my manager about the delay on the flow data.", pool, 5)
    pool = _cands(("Prefers answers in bullet points rather than long paragraphs.", 0.915))
    assert select_recall("Write up a summary of this near-miss report for the team.", pool, 5)
    # the same style for a task anyone could ask is not recalled, nor for a question
    pool = _cands(("Prefers answers in bullet points rather than long paragraphs.", 0.85))
    assert select_recall("Explain how a bill becomes law in the US.", pool, 5) == []
    pool = _cands(("Prefers answers in bullet points rather than long paragraphs.", 0.85))
    assert select_recall("How long have I got to get the write-up done?", pool, 5) == []


def test_a_linked_constraint_reaches_the_edge_of_the_pool() -> None:
    pool = _cands(("Has asthma; very cold air tends to set it off, so she carries an inhaler.", 0.981))
    assert select_recall("It's minus three out and I'm heading off for a run.", pool, 5)
    assert select_recall("What is the capital of Peru?", pool, 5) == []


def test_a_question_about_someone_the_memories_name_by_kin_is_about_the_user() -> None:
    pool = _cands(("Her husband, Themba, teaches high-school chemistry in Pinetown.", 0.663))
    assert select_recall("What's a good present for Themba's birthday?", pool, 5)
    # a famous namesake is not the user's son: no possessive, no claim on him
    pool = _cands(("Son Paul lives in Ottawa and phones her every Sunday evening.", 0.651))
    assert select_recall("Which letters in the New Testament did Paul write?", pool, 5) == []


def test_a_how_to_for_the_users_own_people_is_about_the_user() -> None:
    pool = _cands(("Her mother, Nomsa, lives with them and uses a walking frame.", 0.627))
    assert select_recall("How can I make the bathroom safer for my mum?", pool, 5)


def test_how_a_thing_works_is_not_about_the_users_work() -> None:
    pool = _cands(
        ("Keeps a sourdough starter named Clint Yeastwood.", 0.621),
        ("Doesn't own a car; cycles to work and uses a car-share for big shops.", 0.626),
    )
    assert select_recall("How does a car's starter motor work?", pool, 5) == []


def test_a_month_is_no_name_and_a_painkiller_meets_a_blood_thinner() -> None:
    pool = _cands(("Is planning a trip to Oaxaca with Marisol in March.", 0.474))
    assert select_recall("What's the weather like in southern Mexico in March?", pool, 5)
    pool = _cands(("Takes warfarin for atrial fibrillation.", 0.841))
    assert select_recall("Is it okay if I take ibuprofen for my back?", pool, 5)


def test_a_question_for_an_encyclopedia_gets_nothing_from_a_memory_naming_the_same_place() -> None:
    pool = _cands(("He'll be in Tallinn from 4 to 6 July for the Song Festival.", 0.518))
    assert select_recall("What's the population of Tallinn?", pool, 5) == []
    pool = _cands(("His best pigeon won first place in the 2024 race from Magdeburg.", 0.651))
    assert select_recall("How did Magdeburg get its name?", pool, 5) == []
    pool = _cands(("Their son studies electrical engineering at TU Eindhoven.", 0.481))
    assert select_recall("Which electronics company was founded in Eindhoven in 1891?", pool, 5) == []
    # about the user's own things it is no such question
    pool = _cands(("The app supports iOS 15 and later.", 0.62))
    assert select_recall("What's the oldest iPhone OS version our app still runs on?", pool, 5)


def test_what_a_word_means_or_who_a_figure_was_is_for_an_encyclopedia() -> None:
    pool = _cands(("Supports the Lions of Teranga and watches every Senegal match.", 0.545))
    assert select_recall("What does the word 'teranga' mean in Wolof?", pool, 5) == []
    pool = _cands(("His busiest time is St Dominic's Fair, when he runs an extra stall.", 0.581))
    assert select_recall("Who was St Dominic and what is he known for?", pool, 5) == []
    pool = _cands(("Has a Lechia Gdańsk season ticket.", 0.591))
    assert select_recall("What happened at the Gdańsk shipyard in 1980?", pool, 5) == []
    # the user's farm is theirs
    pool = _cands(("Runs an oyster farm: about 12 hectares of trestles.", 0.648))
    assert select_recall("How big is the farm in acres?", pool, 5)
    # "these days" or a name the user's child has makes it no question about the user
    pool = _cands(("Her brother Rawiri lives in Perth and works in the mines.", 0.708))
    assert select_recall("What's the population of Perth these days?", pool, 5) == []
    pool = _cands(
        ("Has two children: Dana, born 3 May 2017, and Timur, born 19 October 2020.", 0.658),
        ("Timur attends Balapan kindergarten.", 0.708),
    )
    assert select_recall("Who was Timur the conqueror and where is he buried?", pool, 5) == []


def test_what_a_figure_discovered_or_how_many_live_somewhere_is_for_an_encyclopedia() -> None:
    pool = _cands(("Graduated from Nicolaus Copernicus University in 2008.", 0.515))
    assert select_recall("What did Nicolaus Copernicus actually discover?", pool, 5) == []
    pool = _cands(("Was a captain on car ferries in Møre og Romsdal, on the Festøya crossing.", 0.526))
    assert select_recall("How many people live on the island of Frøya in Trøndelag?", pool, 5) == []


def test_a_question_about_a_pet_by_its_name_alone_is_about_the_user() -> None:
    pool = _cands(("I've got a six-year-old Finnish Lapphund called Hilla.", 0.637))
    assert select_recall("Can Hilla chew on raw reindeer bones?", pool, 5)
    pool = _cands(("Has an 11-year-old Finnish Lapphund named Tass.", 0.657))
    assert select_recall("What kind of news does the TASS agency publish?", pool, 5) == []
    pool = _cands(("Has a rescue greyhound called Pip.", 0.579))
    assert select_recall("Who is Pip in Great Expectations?", pool, 5) == []


@pytest.mark.parametrize(
    ("query", "pet", "distance"),
    [
        ("can biscuit have the apple cores", "Her son has a rabbit named Biscuit.", 0.711),
        ("is it ok to give mochi a bit of cheese", "The family cat, Mochi, is a ragdoll.", 0.587),
        (
            "Can Pirat eat the lamb from the Easter lunch?",
            "Their dog is a border collie called Pirat.",
            0.623,
        ),
    ],
)
def test_a_pet_s_name_after_can_or_give_or_beside_a_feast_finds_the_pet(
    query: str, pet: str, distance: float
) -> None:
    pool = _cands((pet, distance), ("Works nights at the hospital on weekends.", 0.93))
    assert [c.text for c in select_recall(query, pool, 5)][:1] == [pet]


def test_a_question_about_a_pet_a_memory_names_after_its_kind_finds_it() -> None:
    pool = _cands(
        (
            "My cat Filemon is a 12-year-old grey tabby with chronic kidney disease; he is only allowed Royal Canin Renal food.",
            0.588,
        ),
        ("Neighbour Mr Zbigniew from flat 14 has her spare key and feeds Filemon when she's away.", 0.744),
        ("Lactose intolerant; takes her coffee with oat milk.", 0.759),
    )
    got = select_recall("Can Filemon have a little bit of tuna as a treat?", pool, 5)
    assert got and got[0].id == "m0"


def test_where_a_name_comes_from_or_a_character_in_a_work_is_general_knowledge() -> None:
    pool = _cands(
        (
            "Her son Marek is an IT contractor in Dublin; they video call every Sunday at 19:00 Polish time.",
            0.720,
        ),
        ("Flying to Málaga with her sister Krystyna from 3 to 10 May.", 0.792),
    )
    assert select_recall("Why is Dublin called Dublin?", pool, 5) == []
    pool = _cands(
        ("Plans to sail the Solveig to Shetland with his old shipmate Terje in June 2026.", 0.763),
        ("Solveig always did the cooking, so he signed up for a 'cooking for men over 60' course.", 0.783),
        ("Has slept badly since Solveig died and usually wakes up around 4 in the morning.", 0.814),
    )
    assert select_recall("Who is Solveig in Peer Gynt?", pool, 5) == []
    assert select_recall("Who is Solveig?", pool, 5)  # the user's own people stay known


@pytest.mark.parametrize(
    ("query", "car", "distance"),
    [
        (
            "How often should I change the oil in my car?",
            "Drives a dark blue 2017 Škoda Octavia Combi 2.0 TDI with about 240,000 km; the timing belt was replaced in March.",
            0.872,
        ),
        (
            "Does the ute need its warrant soon?",
            "I drive a white 2016 Toyota Hilux diesel with about 160,000 km on it. WOF is due 9 October.",
            0.875,
        ),
    ],
)
def test_the_car_s_upkeep_finds_the_car_the_user_drives(query: str, car: str, distance: float) -> None:
    pool = _cands(
        ("Works as a marine electrician at the Remontowa shipyard in Gdańsk; shifts run 6:00–14:00.", 0.800),
        ("My blood pressure was 145/95 in April, so the GP put me on ramipril 5 mg every morning.", 0.836),
        (car, distance),
    )
    assert "m2" in [c.id for c in select_recall(query, pool, 5)]


def test_a_turn_that_calls_the_user_s_person_by_name_meets_the_memory_that_names_them() -> None:
    pool = _cands(
        ("I want to take Mere to Rarotonga for our 40th wedding anniversary on 14 November 2026.", 0.813),
        ("Three mokopuna: Tama (10), Aroha (7) and baby Nikau, born 3 February this year.", 0.834),
        ("Anything spicier than a mild butter chicken gives him bad heartburn.", 0.883),
        (
            "His wife Mere works part-time in the kitchen at Gisborne Hospital; they've been married 38 years.",
            0.904,
        ),
    )
    got = select_recall("Mere's birthday is coming up, help me write something nice in her card.", pool, 5)
    assert "m3" in [c.id for c in got] and "m2" not in [c.id for c in got]


def test_the_nearest_memory_of_a_person_keeps_its_place_in_a_gift_question() -> None:
    pool = _cands(
        ("Halina's birthday is 2 February; she loves orchids and crossword puzzles.", 0.361),
        ("He and his wife Halina married in 1989; their wedding anniversary is 17 June.", 0.592),
        ("Halina is allergic to bee stings and carries an EpiPen.", 0.643),
        ("I'm saving 3,000 zł for flights to Dublin for me and Halina at Easter.", 0.688),
        ("Does the PIT tax return jointly with Halina every April through e-Urząd Skarbowy.", 0.742),
        (
            "In 2021 he fell off a ladder while cleaning the loft gutter; Halina made him promise never again.",
            0.780,
        ),
    )
    got = select_recall("What should I buy Halina for her birthday?", pool, 5)
    assert got[0].id == "m0"


@pytest.mark.parametrize(
    ("query", "memory", "distance"),
    [
        (
            "Can the hamster have cucumber?",
            "Zosia's hamster Pączek lives at Bartek's flat, so he looks after it even on Kasia's weeks.",
            0.714,
        ),
        (
            "Where's the closest place to get the outboard serviced before summer?",
            "Owns a 4.8 m Stabicraft tinny called Kahawai with a 60 hp Yamaha outboard, launched from the Gisborne ramp.",
            0.761,
        ),
        (
            "How do I keep Bamse calm on New Year's Eve?",
            "Has a Norwegian Elkhound named Bamse, 7 years old, who is terrified of fireworks.",
            0.625,
        ),
    ],
)
def test_a_pet_or_a_thing_of_the_user_s_said_as_theirs_finds_its_memory(
    query: str, memory: str, distance: float
) -> None:
    pool = _cands(
        (memory, distance),
        ("Has slept badly since his wife died and usually wakes up around 4 in the morning.", 0.729),
        ("Zosia is a picky eater: she only really eats pierogi ruskie, pancakes and tomato soup.", 0.798),
    )
    assert [c.id for c in select_recall(query, pool, 5)][:1] == ["m0"]


@pytest.mark.parametrize(
    ("query", "memory", "distance"),
    [
        (
            "Explain the plum pudding model of the atom.",
            "Every autumn Nenad takes the plums from the vikendica to a distiller for šljivovica.",
            0.796,
        ),
        (
            "Explain the trolley problem in ethics.",
            "Recurring lower-back pain from years of pushing trolleys on board; physio said to avoid heavy lifting.",
            0.628,
        ),
        (
            "Where does the name of tulle fabric come from?",
            "The user sails a 1978 Folkboat called 'Tulle' out of Esbjerg Marina every weekend from May to September.",
            0.592,
        ),
        (
            "What does the white eagle on the Polish coat of arms stand for?",
            "Birdwatcher - goes to the Milicz fish ponds every spring; saw her first white-tailed eagle there in October 2023.",
            0.637,
        ),
        (
            "How many people does the Stade de France hold?",
            "His cousin Pape Diallo lives in Saint-Denis and works as a security guard at the Stade de France.",
            0.685,
        ),
    ],
)
def test_an_explanation_of_a_named_idea_or_a_stadium_s_size_is_general_knowledge(
    query: str, memory: str, distance: float
) -> None:
    pool = _cands((memory, distance), ("Lactose intolerant - takes lactase tablets with cheese.", 0.838))
    assert select_recall(query, pool, 5) == []


def test_an_explanation_of_the_user_s_own_paperwork_still_meets_its_memory() -> None:
    pool = _cands(("Her tenancy agreement with Hargreaves Lettings has a break clause at 12 months.", 0.62))
    assert select_recall("Explain the break clause in my tenancy agreement.", pool, 5)


def test_a_turn_that_opens_with_a_kin_name_meets_the_memory_that_gives_it() -> None:
    pool = _cands(
        ("Pays Tutu $400 a month toward the house bills.", 0.589),
        (
            "Planning a surprise party for Tutu's 79th birthday on 9 October at the Keaukaha community hall.",
            0.620,
        ),
        ("Kealoha lives with his grandmother (Tutu) Leilani in Keaukaha. She's 78 and doesn't drive.", 0.731),
        ("Has roughly $14,300 of federal student loan debt.", 0.807),
    )
    got = [c.id for c in select_recall("Tutu needs to get to her eye doctor on Wednesday at 5.", pool, 5)]
    assert "m2" in got
    assert relatives_named("Will it rain on Wednesday?", ["His son Will plays rugby."]) == frozenset()


def test_hubby_said_alone_is_the_user_s_husband() -> None:
    pool = _cands(
        ("Since the third trimester she sleeps badly and gets heartburn if she eats after 9pm.", 0.634),
        (
            "The user lives in a 3-bedroom flat in Lekki Phase 1 and drives to Yaba over Third Mainland Bridge.",
            0.647,
        ),
        (
            "Her husband Chidi is a civil engineer with Julius Berger, on site in Abuja from Monday to Thursday.",
            0.790,
        ),
    )
    got = [c.id for c in select_recall("Which nights will hubby actually be home this week?", pool, 5)]
    assert "m2" in got


def test_a_thing_called_by_a_name_is_no_phone_call_and_a_bible_story_is_general_knowledge() -> None:
    pool = _cands(
        ("Has a tabby cat called Murka; his neighbour Irena feeds her when he is on the road.", 0.906)
    )
    query = "Write a SQL query that finds duplicate rows in a table called pension_payments."
    assert select_recall(query, pool, 5) == []
    pool = _cands(
        ("Spending Christmas with Daniel's family in Winnipeg this year; they fly out on 21 December.", 0.578)
    )
    assert select_recall("What's the story of Daniel in the lions' den?", pool, 5) == []


def test_a_joke_riddle_or_poem_told_to_me_or_us_is_for_anyone() -> None:
    pool = _cands(
        ("Plays darts for the Red Lion on Tuesday nights.", 0.710),
        ("Doesn't drink beer; sticks to cider at the pub.", 0.760),
        ("Has a Jack Russell called Pip who hates the postman.", 0.790),
    )
    assert select_recall("Tell us a joke about darts.", pool, 5) == []
    assert select_recall("Can you give me a good riddle for a pub quiz?", pool, 5) == []
    assert select_recall("Write me a limerick about a terrier.", pool, 5) == []
    assert select_recall("Write me a limerick about a darts player who lost his shoes.", pool, 5) == []
    # words a poem shares with a memory are its theme, not the user's case
    moon = _cands(
        (
            "Buddhist. Keeps a small Buddha shrine in his room and doesn't eat meat on Poya (full moon) days.",
            0.758,
        ),
        ("When I ask for a recipe, give it in grams and Celsius, in short numbered steps.", 0.802),
        *_far_notes(),
    )
    assert select_recall("Write a short poem about the full moon over the sea.", moon, 5) == []
    # the user's own people or names keep it theirs
    assert turn_kind("Write me a poem for my wife's birthday.") == "personal"


def test_a_translation_or_a_brand_named_like_a_thing_of_the_user_s_gets_nothing() -> None:
    pool = _cands(
        ("Loves the novels of Anne French; reads one every summer.", 0.700),
        ("Wants work emails translated into formal German.", 0.610),
        ("Adopted a retired greyhound called Comet in 2022.", 0.720),
        ("Her bag was snatched at Julius Nyerere Circle in 2021.", 0.620),
    )
    assert select_recall("Translate 'good luck in the exam' into French.", pool, 5) == []
    assert select_recall("translate good morning into Japanese", pool, 5) == []
    assert select_recall("Why are Greyhound buses called that?", pool[2:3], 5) == []
    assert select_recall("Who was Julius Nyerere?", pool[3:], 5) == []
    # a translation of the user's own letter is theirs
    assert turn_kind("Translate this letter from my landlord into English.") == "personal"


def test_a_relative_s_name_typed_in_lower_case_is_still_about_the_user() -> None:
    pool = _cands(
        ("Son Tobiasz, 19, is in his second year of a nursing degree in Gdańsk.", 0.380),
        ("Has a rescue whippet called Lolek.", 0.790),
    )
    assert [c.id for c in select_recall("when will tobiasz be a qualified nurse", pool, 5)] == ["m0"]
    assert [c.id for c in select_recall("what time is it at tobiaszs place", pool[:1], 5)] == ["m0"]
    # a word with an article is the thing, not the person: "a tom in a drum kit"
    toms = _cands(("Partner is Tom, a paramedic; together four years.", 0.680))
    assert select_recall("What's a tom in a drum kit?", toms, 5) == []


def test_a_relative_named_alone_is_about_the_user_unless_the_question_is_about_a_figure() -> None:
    pool = _cands(
        ("Daughter Sigrid is a vet in Tromsø; she set up his iPad last Christmas.", 0.700),
        ("Walks the dog twice a day.", 0.900),
    )
    assert [c.id for c in select_recall("How do I make a video call to Sigrid?", pool, 5)] == ["m0"]
    assert [c.id for c in select_recall("When's Sigrid next home?", pool, 5)] == ["m0"]
    figures = _cands(("Her brother, Lars, owes her $3,500 from 2024.", 0.580))
    assert select_recall("Who played Lars in 'Lars and the Real Girl'?", figures, 5) == []


def test_what_an_organisation_is_said_in_lower_case_still_finds_it() -> None:
    union = _cands(("Is on the board of Bantry Credit Union; board meetings are on the first Monday.", 0.330))
    assert [c.id for c in select_recall("When's the next credit union meeting?", union, 5)] == ["m0"]
    roof = _cands(
        ("Tanaka Roofing quoted 250,000 yen (before tax) to fix the leak over the bathroom.", 0.480)
    )
    assert [c.id for c in select_recall("How much will the roof repair come to including tax?", roof, 5)] == [
        "m0"
    ]
    # a title's words are still its name: "low tides" in a question is not the band
    band = _cands(("Plays bass in a covers band called The Low Tides.", 0.600))
    assert select_recall("Why are there low tides and high tides twice a day?", band, 5) == []


def test_so_far_as_a_distance_or_a_board_game_is_general_knowledge() -> None:
    # "so far" up to now points into the user's life; as a distance it does not
    assert turn_kind("How do kangaroos hop so far?") == "general"
    assert turn_kind("Why do Arctic terns fly so far every year?") == "general"
    assert turn_kind("Is the new diet working so far?") == "personal"
    # "the board" is the user's company board; "the board game" is a game anyone plays
    assert turn_kind("what are the basic rules of the board game go") == "general"
    assert turn_kind("When does the board meet?") == "personal"
    pool = _cands(
        (
            "Decided in October 2023 to sell his Nordic Folkboat 'Tern', since he can't sail her single-handed.",
            0.736,
        ),
        ("Goes winter bathing in Rønne harbour every Sunday at 8am with the local club.", 0.741),
    )
    assert select_recall("Why do Arctic terns fly so far every year?", pool, 5) == []
    code = _cands(
        ("When he asks for code he wants Go unless he says otherwise, and the snippet first.", 0.645),
        ("Backend developer (mostly Go) at Quadrante, a Lisbon-based fintech.", 0.783),
    )
    assert select_recall("what are the basic rules of the board game go", code, 5) == []


def test_a_medicine_a_sweet_or_a_sauce_finds_the_allergy_or_diet_it_meets() -> None:
    fill = _far_notes()
    sulfa = _cands(
        ("Has high cholesterol and takes rosuvastatin 10 mg every night.", 0.809),
        ("Allergic to sulfa drugs - he came out in a bad rash from Septra in 2018.", 0.816),
        *fill,
    )
    asked = "The walk-in clinic wants to put me on Bactrim for a bladder infection. Is that okay for me?"
    assert "m1" in [c.id for c in select_recall(asked, sulfa, 5)]
    halal = _cands(
        ("Drinks black tea with cardamom all day, around six cups.", 0.818),
        ("Eats only halal meat and doesn't drink alcohol.", 0.883),
        *fill,
    )
    assert "m1" in [
        c.id for c in select_recall("the kids want these gummy bears, is the gelatin ok for us", halal, 5)
    ]
    gluten = _cands(
        ("Doesn't drink coffee at all - green tea during the week.", 0.840),
        (
            "Has coeliac disease, diagnosed in 2020 - even a few crumbs of gluten make her ill for days.",
            0.938,
        ),
        *fill,
    )
    assert "m1" in [c.id for c in select_recall("is soy sauce ok for me or nah", gluten, 5)]


def test_a_pet_named_in_a_question_makes_it_about_the_pet() -> None:
    dog = _cands(
        ("Has an 11-year-old wire-haired dachshund called Bamse with a sensitive stomach.", 0.685),
        ("His GP told him to cut down on salt for his blood pressure.", 0.712),
    )
    # "Sunday" is no second name beside the pet's
    assert "m0" in [
        c.id for c in select_recall("Can Bamse have a bit of crackling from the Sunday roast?", dog, 5)
    ]
    cat = _cands(
        (
            "Her cat Pelusa is a 14-year-old tabby with chronic kidney disease and eats only Royal Canin Renal.",
            0.496,
        )
    )
    # typed in lower case after "for": the cat, not a word that happens to be her name
    assert [c.id for c in select_recall("is a bit of canned tuna ok for pelusa as a treat", cat, 5)] == ["m0"]


def test_kin_said_in_another_language_the_twins_and_the_thesis_are_the_user_s_own() -> None:
    assert same_people("What should I bake for Oma's birthday?", "Her grandmother Gerti turns 90 in October.")
    assert same_people(
        "How do I visit obaachan without upsetting her?", "Her grandmother in Kanazawa has dementia."
    )
    assert same_people(
        "Write a birthday card for the twins.", "Her son Duncan and his wife Priya have 6-year-old twins."
    )
    assert turn_kind("how do i get my citations into the thesis doc") == "personal"
    assert turn_kind("who can clean the eavestroughs before the snow comes") == "personal"
    assert turn_kind("how do i tell the guests from Busan to hold on tight in the curves") == "personal"
    assert turn_kind("How much do I send home in a year, in euros?") == "personal"
    assert turn_kind("How much should I tip a taxi driver in Rome?") == "general"


def test_the_cottage_the_washing_machine_and_tmrw_are_the_user_s_own() -> None:
    assert turn_kind("how long is the drive down to the cottage from brno") == "personal"
    assert (
        turn_kind("Will the delivery guys have to carry the new washing machine up the stairs?") == "personal"
    )
    assert turn_kind("is it sweet to do overhead presses at the gym tmrw") == "personal"
    assert turn_kind("when's the next library group meeting") == "personal"  # three words before the thing
    assert turn_kind("What is the boiling point of water?") == "general"
    # a bedtime story is made on a theme, like a joke or a poem
    assert turn_kind("Tell me a bedtime story about a little wolf cub.") == "general"


def test_a_joke_on_a_bare_theme_or_one_quantity_converted_gets_nothing() -> None:
    cats = _cands(
        ("Has two cats, Mostaza and Pimienta, who sneak into the tea room.", 0.565),
        ("Runs a tea room in Gaiman.", 0.914),
    )
    assert select_recall("Tell me a joke about a cat.", cats, 5) == []
    assert select_recall("Write me a poem about my cats.", cats, 5) != []  # the user's own cats
    style = _cands(
        ("Keep answers short - reads them on the phone on the boat.", 0.893),
        *[(f"Note {i}: the boat's engine service is booked for week {i}.", 0.95) for i in range(40)],
    )
    assert select_recall("Convert 15 degrees Celsius to Fahrenheit for me.", style, 5) == []
    # writing done for the user still takes the house style
    letter = [style[0].model_copy(update={"distance": 0.543}), *style[1:]]
    assert [c.text for c in select_recall("Write an email to the harbour master for me.", letter, 5)][:1] == [
        style[0].text
    ]


def test_a_stain_to_clean_is_no_drink_of_the_user_s() -> None:
    pool = _cands(
        ("Gave up beer because of gout; has one glass of red wine at most.", 0.630),
        *_far_notes(),
    )
    assert select_recall("How do I get a red wine stain out of a carpet?", pool, 5) == []
    assert select_recall("Can I have a glass of red wine with my gout?", pool, 5) != []


@pytest.mark.parametrize(
    ("query", "memory", "distance"),
    [
        ("Which country makes Škoda cars?", "Drives a 2011 Škoda Octavia estate.", 0.457),
        ("How many moose live in Sweden?", "Hunts moose every autumn with the local club.", 0.401),
        ("Is the hamburger really from Hamburg?", "Flies to Hamburg on 14 October to meet a buyer.", 0.562),
        ("Why do cats purr?", "Has asthma that gets worse around cats.", 0.517),
        (
            "How do elevators know which floor to stop at?",
            "Lives on the 14th floor; the elevator breaks down a lot.",
            0.437,
        ),
        (
            "How did the Vikings navigate at sea without a compass?",
            "Retired after 34 years at sea as chief engineer on Viking Line ferries.",
            0.619,
        ),
        ("Who played bass in the Beatles?", "Plays bass in a student band called Low Tide Coven.", 0.527),
        (
            "How long is the Third Mainland Bridge?",
            "An okada knocked off his side mirror on the Third Mainland Bridge in 2023.",
            0.726,
        ),
        ("How old is the Duomo in Milan?", "Plays bocce with his old friend Totò every Tuesday.", 0.563),
        (
            "Which country has won the most ice hockey world championships?",
            "Lifelong Ilves fan (the Tampere ice hockey team); watches every home game.",
            0.726,
        ),
        (
            "Which railway station has the longest platform in the world?",
            "Retired in 2023 as a senior section engineer with Southern Railway.",
            0.706,
        ),
        (
            "Who was the first woman to fly solo across the Atlantic?",
            "Captain on the Airbus A321neo with Air Transat.",
            0.516,
        ),
        (
            "Who was Aoife in the old Irish legends?",
            "Give it to me straight, no waffle, and Irish spelling please.",
            0.688,
        ),
        ("Who was Leopold I of Belgium?", "Matthias will take Leopold's surname after the wedding.", 0.570),
        (
            "Which Volvo model has sold the most cars of all time?",
            "Sold Pentti's Volvo V70 in 2023 and now takes the bus.",
            0.462,
        ),
        (
            "What's the Pomodoro technique and does it actually work?",
            "Their cat Pomodoro is a 3-year-old ginger tabby.",
            0.703,
        ),
        (
            "Why is a marathon 42.195 km and not just 42?",
            "Registered for the half marathon on the Montréal marathon weekend.",
            0.524,
        ),
        (
            "Where does the red dragon on the Welsh flag come from?",
            "Welsh is her first language; she wants Welsh place names spelled properly.",
            0.588,
        ),
        (
            "How was the Grand Canyon formed?",
            "Hiked the Grand Canyon rim to rim with her brother in 2019.",
            0.533,
        ),
        (
            "What's a Rubik's cube and who invented it?",
            "Can solve a Rubik's cube in under two minutes.",
            0.413,
        ),
        (
            "How many world titles has Canelo Álvarez won?",
            "His dog Canelo is a 6-year-old dachshund with a bad back.",
            0.639,
        ),
        (
            "When did the Tyne Bridge first open?",
            "Lives in Gateshead, a short walk from the Tyne Bridge.",
            0.447,
        ),
        ("When did Saab start making cars?", "Drives a 2011 Saab 9-3 convertible.", 0.402),
        ("How many players are on a netball team?", "Her daughter Mia plays netball on Saturdays.", 0.459),
        ("What breed of dog was Rin Tin Tin?", "Their dog Rex is a German shepherd rescue.", 0.704),
        ("In Italy, what is a trattoria?", "Her favourite trattoria in Bologna is Da Nello.", 0.495),
        ("whats the population of lisbon?", "Is flying TAP to Lisbon on 3 March for a work trip.", 0.582),
        (
            "whats the highest mountain in the pyrenees?",
            "Lives in Andorra la Vella and skis most weekends in winter.",
            0.622,
        ),
        (
            "when did estonia join the EU?",
            "Has an Estonian e-residency card for her consulting company.",
            0.536,
        ),
        (
            "Why do Mexicans celebrate the Day of the Dead?",
            "Is going to Oaxaca for the Day of the Dead with her sister.",
            0.510,
        ),
        (
            "In the Iliad, what does Achilles' horse tell him?",
            "Her horse Xanthos is a grey Connemara; she rides him on Sundays.",
            0.653,
        ),
        (
            "Who was Victoria named after?",
            "Lives in Victoria, BC, and works at the University of Victoria.",
            0.514,
        ),
        (
            "What's the difference between a hare and a rabbit?",
            "Her daughter keeps two rabbits, Pip and Squeak, in the garden.",
            0.540,
        ),
        (
            "Is a yam the same thing as a sweet potato?",
            "Grows sweet potatoes on her allotment in Leeds.",
            0.564,
        ),
        (
            "How many kilometres is a half marathon?",
            "Ran the Cardiff half marathon in 1:58 last October.",
            0.378,
        ),
        (
            "What happens at the end of Chekhov's The Seagull?",
            "Is in an amateur production of The Seagull at the Leith Theatre in May.",
            0.526,
        ),
        (
            "What language do they speak in Andorra?",
            "Is flying to Andorra for a ski week in February.",
            0.446,
        ),
        (
            "Who found the first silver at Broken Hill?",
            "Grew up in Broken Hill; her dad worked in the silver mine.",
            0.302,
        ),
        (
            "Tell me about the history of the Alhambra?",
            "Is going to Granada in April to see the Alhambra.",
            0.488,
        ),
        ("Why is Port Arthur called Port Arthur?", "Her grandmother grew up in Port Arthur.", 0.331),
        (
            "Which famous painter grew up in Figueres?",
            "Spends every August at her parents' house in Figueres.",
            0.691,
        ),
        (
            "At what temperature does water boil in La Paz?",
            "Lived in La Paz for two years and had altitude sickness the whole first month.",
            0.592,
        ),
        ("How do arctic foxes survive the winter?", "Has an arctic fox tattoo on her left ankle.", 0.516),
        ("What's The Remains of the Day about?", "Is re-reading all of Ishiguro's novels this winter.", 0.73),
        (
            "Who taught Chopin the piano?",
            "Teaches piano to six children from home on weekday afternoons.",
            0.442,
        ),
        (
            "Where did the Bramley apple get its name?",
            "Has two Bramley apple trees at the bottom of the garden.",
            0.283,
        ),
        (
            "Quick way to convert Celsius to Fahrenheit in my head?",
            "Wants weights in kilos and temperatures in Celsius.",
            0.535,
        ),
        (
            "Who sang the original version of My Girl?",
            "Sings in a Motown covers band on Friday nights.",
            0.617,
        ),
        (
            "Whats the actual difference between a flat white and a latte?",
            "Drinks two flat whites a day, always with oat milk.",
            0.64,
        ),
        ("What breed was the dog in the film Turner and Hooch?", "Has a French mastiff called Hooch.", 0.424),
        (
            "When did Gibraltar become part of Britain?",
            "Grew up in Gibraltar; her parents still live there.",
            0.407,
        ),
        (
            "Tell me the story of the tortoise and the hare?",
            "Keeps two tortoises, Hare and Spud, in the back garden.",
            0.376,
        ),
        ("About how many people live in Lagos?", "Her brother Tunde works in Lagos as a banker.", 0.509),
        (
            "How do I convert Fahrenheit to Celsius?",
            "Wants temperatures in Celsius, never Fahrenheit.",
            0.346,
        ),
        (
            "Who designed the Øresund Bridge?",
            "Commutes over the Øresund Bridge to Malmö every weekday.",
            0.511,
        ),
        (
            "Who was the captain of the Mayflower?",
            "Sails a small yacht named Mayflower out of Plymouth.",
            0.438,
        ),
        (
            "Why do whales in the Arctic sing?",
            "Went whale watching in Húsavík last summer and loved it.",
            0.585,
        ),
        ("When did Bilbao's tram first open?", "Teaches maths at a secondary school in Bilbao.", 0.564),
        (
            "How deep is the deepest gold mine in the world?",
            "Grew up in a gold-mining town in the Free State; her father worked underground.",
            0.585,
        ),
        (
            "How deep is the deepest salt mine in the world?",
            "Her flat in Wieliczka still has the old salt-glazed stove from the 1930s.",
            0.762,
        ),
        (
            "How many players are on the pitch for each side in rugby union?",
            "Coaches his son's under-12 rugby union team on Saturdays.",
            0.512,
        ),
        (
            "Who is the best female chess player in the world?",
            "Plays chess online every evening after dinner.",
            0.537,
        ),
        # what year a past event was, how a machine worked, how animals manage, a player as a boy
        ("What year was the great fire of Rotterdam?", "Lives in Rotterdam and works at the port.", 0.535),
        (
            "How did a steam locomotive actually work?",
            "Volunteers at the steam railway museum on Sundays.",
            0.596,
        ),
        (
            "How do swallows manage to fly so far?",
            "Swallows nest under the eaves of her barn every summer.",
            0.48,
        ),
        (
            "Which club did Pelé play for as a boy?",
            "Her son plays for the under-10s at Santos Football Club.",
            0.557,
        ),
        (
            "Who was Genghis Khan's greatest enemy?",
            "His son is reading a biography of Genghis Khan for a school project.",
            0.344,
        ),
        (
            "Why is the Ford Mustang named after a horse?",
            "Drives a red 2019 Ford Mustang convertible.",
            0.476,
        ),
        (
            "What do the colours on the Welsh flag stand for?",
            "Flies a Welsh flag from the balcony of his flat.",
            0.462,
        ),
        ("Can you summarise the plot of Jane Eyre?", "Her book club is reading Jane Eyre this month.", 0.45),
        ("How do you say 'thank you' in Polish?", "Her grandmother in Kraków only speaks Polish.", 0.47),
        ("Why is the harbour in Sydney so big?", "Sails in Sydney harbour most weekends.", 0.50),
        ("Why is the fashion brand called Zara?", "Buys most of her work clothes at Zara in Vigo.", 0.478),
        (
            "How many wooden churches are there in Maramureș?",
            "Her grandparents live in a village in Maramureș and she visits every August.",
            0.582,
        ),
        ("Why is Kraków called the city of kings?", "Her son Bartek lives in Kraków.", 0.582),
        ("Why does milk curdle?", "Has a glass of warm milk before bed every night.", 0.49),
    ],
)
def test_a_question_for_an_encyclopedia_gets_nothing_unless_it_asks_about_the_user_s_own_case(
    query: str, memory: str, distance: float
) -> None:
    pool = _cands(
        (memory, distance),
        *_far_notes(),
    )
    assert select_recall(query, pool, 5) == []
    # the user's own case stays the user's
    assert select_recall(query.replace("?", " - should I worry about mine?"), pool, 5) != []


@pytest.mark.parametrize(
    ("query", "memory", "distance"),
    [
        (
            "Which team did Tomás play for last season?",
            "Her son Tomás played for the Santos under-10s last season.",
            0.358,
        ),
        (
            "Why is Kofi so popular at school?",
            "Her son Kofi is in Year 5 at St Mary's and has lots of friends.",
            0.548,
        ),
        (
            "Who was Grandpa's best friend in the army?",
            "Her grandfather served in the army with his best friend Walter.",
            0.278,
        ),
    ],
)
def test_the_same_question_about_someone_of_the_user_s_is_not_for_an_encyclopedia(
    query: str, memory: str, distance: float
) -> None:
    assert select_recall(query, _cands((memory, distance), *_far_notes()), 5) != []


def test_explained_like_to_a_child_is_not_about_the_user() -> None:
    pool = _cands(
        ("Wants answers short and plain, without jargon.", 0.845),
        *_far_notes(),
    )
    assert select_recall("Explain how volcanoes erupt like I'm ten.", pool, 5) == []
    # "I'm" is the user, not someone a memory in the first person is about
    mine = _cands(
        ("I'm lactose intolerant, milk wrecks my stomach.", 0.844),
        ("Wants answers short, in plain English.", 0.721),
        ("Her best friend at work is Ola, who swaps shifts with her.", 1.018),
        *_far_notes(1.05),
    )
    assert select_recall("Explain gravity like I'm ten.", mine, 5) == []
    assert select_recall("What's 17 times 24?", pool, 5) == []
    assert select_recall("Explain my payslip to me, plainly please.", pool, 5) != []


def test_wine_to_get_out_of_a_shirt_is_a_stain_even_in_the_user_s_story() -> None:
    pool = _cands(
        ("Hasn't touched alcohol since 2015.", 0.790),
        *_far_notes(),
    )
    spilt = "How do I get red wine out of a white shirt? My brother-in-law knocked his glass over at ours."
    assert select_recall(spilt, pool, 5) == []
    assert select_recall("Is one glass of red wine at dinner a problem for me?", pool, 5) != []


def test_a_cafe_s_own_supplies_are_not_for_an_encyclopedia() -> None:
    pool = _cands(
        ("Runs a café in Hay-on-Wye; the milk comes from the Pryce family's dairy farm.", 0.45),
        *_far_notes(),
    )
    assert select_recall("Where does the café's milk come from?", pool, 5) != []


def test_a_folktale_on_a_bare_theme_gets_nothing() -> None:
    pool = _cands(
        ("Keeps a tortoise called Mbe in the yard.", 0.62),
        ("Likes explanations with Nigerian examples and prices in naira.", 0.886),
        *_far_notes(),
    )
    assert select_recall("Tell me a folktale about the tortoise and the birds.", pool, 5) == []
    assert select_recall("What should I feed my tortoise?", pool, 5) != []


@pytest.mark.parametrize(
    ("query", "diet", "distance"),
    [  # real distances; a dish the word lists do not know
        (
            "can i try the pierogi at the christmas fair",
            "Has coeliac disease and eats strictly gluten-free.",
            0.93,
        ),
        ("what can i order at the tapas bar tonight", "Allergic to shellfish; carries an EpiPen.", 0.901),
        (
            "is the pad kra pao from the stall by the station ok for me",
            "Has gout; red meat and beer set it off.",
            0.892,
        ),
    ],
)
def test_asking_whether_one_may_eat_a_dish_finds_the_diet(query: str, diet: str, distance: float) -> None:
    pool = _cands(
        ("Plays five-a-side football on Tuesday nights.", 0.88),
        (diet, distance),
        *_far_notes(),
    )
    assert "m1" in [c.id for c in select_recall(query, pool, 5)]
    # "can I have Friday off" asks for no food
    assert select_recall("Can I have Friday off?", _cands((diet, distance), *_far_notes()), 5) == []


def test_asking_who_could_help_finds_the_person_who_already_does() -> None:
    pool = _cands(
        ("Flies to Lisbon on 3 May for a week.", 0.537),
        ("Grows tomatoes and basil on the balcony.", 0.641),
        ("Her colleague Ruth runs the Leeds office.", 0.891),
        ("Her neighbour Jana has a spare key and feeds the cat when she travels.", 0.901),
        *_far_notes(),
    )
    got = [c.id for c in select_recall("Who could water the plants while I'm in Lisbon?", pool, 5)]
    assert got[:1] == ["m3"] or got[:2] == ["m0", "m3"]  # the one who helps ranks with the best words
    assert "m3" not in [c.id for c in select_recall("When do I fly to Lisbon?", pool, 5)]


@pytest.mark.parametrize(
    ("old", "new", "verdict"),
    [
        ("Cycles to work five times a week.", "Cycles to work six times a week.", "update"),
        ("Cycles to work six times a week.", "Cycles to work 6x a week.", "duplicate"),
        ("Practises the cello six times a month.", "Practises the cello 6 x per month.", "duplicate"),
    ],
)
def test_a_rate_spelled_with_an_x_in_its_number_is_read(old: str, new: str, verdict: str) -> None:
    # "six times" once lost its "x" to the "3x" reading and raised inside remember
    assert classify_near_neighbour(new, old, 0.05) == verdict


def test_a_friend_or_relative_named_on_their_own_is_someone_the_user_knows() -> None:
    pool = _cands(
        (
            "His best mate Tomasz Wrona is an electrician and comes round for the football every Saturday.",
            0.627,
        ),
        ("Plays darts for the Fox and Hounds on Tuesday nights.", 0.875),
        ("Drives a 2016 Ford Transit for his carpet-fitting business.", 0.91),
        ("Keep answers short - he reads them on his phone between jobs.", 0.914),
        ("Is lactose intolerant and takes his coffee black.", 0.925),
        ("Lives in a terraced house in Leeds with his wife Ania and their two boys.", 0.928),
    )
    got = select_recall("Would Tomasz charge much to fix the flickering lights?", pool, 5)
    assert [c.id for c in got] == ["m0"]
    brother = "Her younger brother Arman is a surveyor for an oil company and has two little boys."
    pool = _cands(
        (brother, 0.648),
        ("Her daughter Aruzhan starts school in September.", 0.754),
        ("Works as a pharmacist at a hospital in Almaty.", 0.802),
        ("Allergic to penicillin - came out in hives in 2015.", 0.867),
    )
    assert [c.id for c in select_recall("what time is it where Arman is right now", pool, 5)][:1] == ["m0"]
    # a figure among other names is not her brother
    pool = _cands(
        (brother, 0.701),
        ("Prefers answers in Russian when it's about medicine.", 0.722),
        ("Works as a pharmacist at a hospital in Almaty.", 0.809),
    )
    assert select_recall("What role did Arman play in the Kazakh Khanate?", pool, 5) == []


def test_a_poem_for_someone_no_memory_knows_needs_nothing_of_the_user_s() -> None:
    pool = _cands(
        ("Her son Ifan turns 9 in May and wants a dinosaur party.", 0.701),
        ("Her laptop is a ThinkPad with a sticky trackpad.", 0.786),
        *_far_notes(),
    )
    assert select_recall("Write a funny birthday poem for my workmate Gwen.", pool, 5) == []
    pool = _cands(("Her son Ifan turns 9 in May and wants a dinosaur party.", 0.519), *_far_notes())
    assert [c.id for c in select_recall("Write a funny birthday poem for my son Ifan.", pool, 5)] == ["m0"]
