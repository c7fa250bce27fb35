"""Tests for the fact normaliser that dedup and recall rely on."""

from mcp_memory.facts import (
    antonym_clash,
    content_terms,
    extract_facts,
    name_phrases,
    refers_to_person,
    same_term,
    stem,
)


def test_stem_folds_inflections_together() -> None:
    assert stem("runs") == stem("running") == stem("run")
    assert stem("dogs") == stem("dog")
    assert stem("nightly") == stem("night")


def test_content_terms_drop_stopwords_and_fold_synonyms() -> None:
    assert content_terms("The user likes light mode.") == content_terms("User prefers light mode")
    assert "user" not in content_terms("The user is vegetarian.")


def test_times_in_different_notations_normalise_to_one_value() -> None:
    assert extract_facts("Meets at 2pm.").numbers == extract_facts("Meets at 14:00.").numbers
    assert extract_facts("runs at 02:00 UTC").numbers != extract_facts("runs at 04:00 UTC").numbers


def test_versions_dates_and_number_words_are_numbers() -> None:
    assert "14" in extract_facts("The staging cluster runs Postgres 14.").numbers
    assert "1.29" in extract_facts("EKS version 1.29").numbers
    assert extract_facts("three NUCs").numbers == extract_facts("3 NUCs").numbers


def test_entities_are_capitalised_words_after_the_first() -> None:
    assert extract_facts("Reports to Dana Whitfield.").entities == {"dana", "whitfield"}


def test_negation_count_differs_between_a_fact_and_its_negation() -> None:
    assert extract_facts("The user is vegetarian.").negations == 0
    assert extract_facts("The user is not vegetarian.").negations == 1
    assert extract_facts("Doesn't want emoji.").negations == 1


def test_order_markers_tell_swapped_alternatives_apart() -> None:
    a = extract_facts("Use Terraform, not Pulumi.")
    b = extract_facts("Use Pulumi, not Terraform.")
    assert a.ordered != b.ordered


def test_antonym_clash_detects_opposite_words() -> None:
    assert antonym_clash(extract_facts("Caching is enabled."), extract_facts("Caching is disabled."))
    assert not antonym_clash(extract_facts("Caching is enabled."), extract_facts("Caching is enabled."))


def test_same_term_matches_derivations_but_not_different_words() -> None:
    assert same_term(stem("allergy"), stem("allergic"))
    assert not same_term(stem("daughter"), stem("son"))


def test_turns_about_the_user_are_told_from_general_questions() -> None:
    assert refers_to_person("Our NPS dropped this quarter.")
    assert refers_to_person("What does her partner do for a living?")
    assert refers_to_person("Which theme does this user like?")
    assert refers_to_person("Which language should the email be in?")
    assert not refers_to_person("What is the speed of light?")
    assert not refers_to_person("How do I boil an egg?")
    assert not refers_to_person("Tell me a joke about cats")


def test_name_phrases_are_multi_word_names_not_sentence_starts() -> None:
    assert name_phrases("What's the history of Leeds Castle?") == ("leeds castle",)
    assert name_phrases("Send the spec to Marcus for review.") == ()
    assert name_phrases("Grafana dashboards live in the repo.") == ()
