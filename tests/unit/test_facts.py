"""Tests for the fact normaliser that dedup and recall rely on."""

from mcp_memory.facts import (
    alternative_clash,
    announces_change,
    antonym_clash,
    content_terms,
    extract_facts,
    negation_moved,
    new_entities,
    same_term,
    stem,
    swapped_pairs,
    targeted_edit,
)
from mcp_memory.turns import (
    common_words,
    is_general_knowledge,
    name_phrases,
    proper_names,
    query_names,
    refers_to_person,
    turn_kind,
    without_quotes,
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


def test_general_knowledge_turns_are_questions_and_jokes_not_about_the_user() -> None:
    for text in (
        "What is the speed of light?",
        "How do I boil an egg?",
        "Is a tomato a fruit?",
        "Capital of Peru?",
        "Tell me a joke about cats",
        "Write a haiku about autumn leaves.",
        "Give me a recipe for pancakes.",
    ):
        assert is_general_knowledge(text), text
    for text in (
        "Which city is she in?",
        "What does our on-call rota look like?",
        "Suggest a restaurant for dinner tonight.",
        "Draft a reply to the agency about the new project.",
        "I'm booking flights to Berlin.",
        "Explain gradient boosting with the maths.",
    ):
        assert not is_general_knowledge(text), text


def test_turn_kind_tells_general_personal_and_requests_apart() -> None:
    assert turn_kind("What is the capital of Peru?") == "general"
    assert turn_kind("Which city is she in?") == "personal"
    assert turn_kind("Book a table for me and my wife.") == "personal"
    assert turn_kind("Suggest a restaurant for dinner tonight.") == "request"
    # "she" is the named person, not the user
    assert turn_kind("Who was Rosa Parks and why is she famous?") == "general"


def test_targeted_edit_keeps_the_sentence_and_swaps_a_detail() -> None:
    assert targeted_edit("Her son is called Maya.", "Her daughter is called Maya.")
    assert targeted_edit("Takes the bus to work.", "Takes the train to work.")
    # a rewording changes function words too; one extra word or a moved phrase rewords
    assert not targeted_edit(
        "The restaurant shuts every Monday and Tuesday.", "The restaurant is closed on Mondays and Tuesdays."
    )
    assert not targeted_edit(
        "Prefers answers written in British English.", "Prefers answers in British English."
    )
    assert not targeted_edit("Wants type-annotated Python examples.", "Wants Python examples type-annotated.")


def test_swapped_pairs_sees_names_and_numbers_change_partners() -> None:
    assert swapped_pairs("Has two kids: Theo, 7, and Maya, 4.", "Has two kids: Maya, 7, and Theo, 4.")
    assert swapped_pairs(
        "Prefers Go for scripts and Python for services.", "Prefers Python for scripts and Go for services."
    )
    assert not swapped_pairs(
        "Uses Notion for specs and Linear for tickets.", "Uses Linear for tickets and Notion for specs."
    )
    one_sided = (
        "Mostly flies the A330 to Orlando, with the occasional A321neo trip on European routes.",
        "Mostly flies the A321neo on European routes, with occasional A330 trips to Orlando.",
    )
    assert swapped_pairs(*one_sided, near_copy=True)  # one word changed name: an edit between near copies
    assert not swapped_pairs(*one_sided)  # but not between restatements ("22 May, 9:30am" / "9:30 on 22 May")
    assert not swapped_pairs(
        "The Contract Law exam is at 9:30 in the morning on 22 May, in the Wills Memorial Building.",
        "Contract Law exam: 22 May, 9:30am, Wills Memorial Building.",
    )
    assert swapped_pairs(
        "Likes the full detail first, then a summary.", "Likes a summary first, then the detail."
    )
    assert not swapped_pairs("My car is a Nissan Leaf from 2016.", "Drives a 2016 Nissan Leaf.")


def test_negation_scope_and_change_markers() -> None:
    a = extract_facts("Doesn't drink green tea; drinks coffee instead.")
    b = extract_facts("Doesn't drink coffee; drinks green tea instead.")
    assert negation_moved(a, b)
    assert not negation_moved(
        extract_facts("Doesn't want emoji in any replies."), extract_facts("Does not want emoji in replies.")
    )
    assert extract_facts("No-shows are charged £15.").negations == 0
    assert announces_change("Google Pay is now live.", "Google Pay is in beta.")
    assert not announces_change("Google Pay is live.", "Google Pay is now live.")


def test_alternatives_and_entities_compare_across_wordings() -> None:
    assert alternative_clash(
        extract_facts("Her son Maya is seven."), extract_facts("Her daughter Maya is 7.")
    )
    assert not alternative_clash(extract_facts("Has twin boys."), extract_facts("Has twin sons."))
    old = "The package is due to the Environment Agency on Mondays."
    assert not new_entities(extract_facts("The EA needs the package by Monday."), extract_facts(old), old)
    assert new_entities(extract_facts("The EU needs the package by Monday."), extract_facts(old), old) == {
        "eu"
    }


def test_numbers_normalise_ordinals_noon_ages_and_bounds() -> None:
    assert extract_facts("Mocks begin on the 3rd of February.").numbers == {"3"}
    assert extract_facts("Due by 12 noon.").numbers == extract_facts("Due by midday.").numbers == {"t12:00"}
    assert content_terms("three-year-old twins") == content_terms("twins aged three")
    assert content_terms("28% or below") == content_terms("no more than 28%")
    assert content_terms("28% or below") != content_terms("at least 28%")


def test_names_quotes_and_common_words() -> None:
    assert proper_names("Has a budgie called Sergeant.") == {"sergeant"}
    assert proper_names("Anita Reyes is the VP of Product.") == {stem("Reyes")}
    assert "sergeant" in common_words("What does a sergeant do?")
    assert without_quotes("Translate 'good morning' into French.").split() == ["Translate", "into", "French."]
    assert without_quotes("Don't touch it.") == "Don't touch it."


def test_a_habit_question_is_not_a_how_to() -> None:
    assert is_general_knowledge("How do I get to the airport from the centre?")
    assert not is_general_knowledge("How do I usually get to the office?")
    assert query_names("Which company does Femi's brother work for?") == ("femi",)


def test_the_user_named_as_the_subject_is_not_a_new_name() -> None:
    old = "Plays darts for the Bell Inn on Thursday nights."
    new = "On Thursday nights Gareth plays darts for the Bell Inn."
    assert not new_entities(extract_facts(new), extract_facts(old), old, new)
    other = "On Thursday nights Gareth coaches darts for the Bell Inn."
    assert new_entities(extract_facts(other), extract_facts(old), old, other) == {"gareth"}


def test_driving_is_the_car_but_not_the_bike() -> None:
    assert not alternative_clash(
        extract_facts("My car is a Nissan Leaf."), extract_facts("Drives a Nissan Leaf.")
    )
    assert alternative_clash(extract_facts("Drives to work."), extract_facts("Cycles to work."))


def test_comma_not_contrasts_and_a_possessive_name_is_the_user() -> None:
    a = extract_facts("Wants Mexican Spanish, not Castilian.")
    b = extract_facts("Wants Mexican Spanish rather than Castilian.")
    assert a.negations == b.negations == 0 and a.ordered == b.ordered
    assert extract_facts("Likes tea, not coffee.").ordered != extract_facts("Likes coffee, not tea.").ordered
    old, new = "Her crew manager is Farida Osei.", "Farida Osei is Tamsin's crew manager."
    assert not new_entities(extract_facts(new), extract_facts(old), old, new)
    old = "The crew manager is Farida Osei."
    assert new_entities(extract_facts(new), extract_facts(old), old, new) == {"tamsin"}
