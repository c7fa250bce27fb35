"""Tests for the fact normaliser that dedup and recall rely on."""

from mcp_memory.align import align_acronyms
from mcp_memory.facts import (
    abbreviates,
    alternative_clash,
    announces_change,
    antonym_clash,
    changed_status,
    condition_added,
    content_terms,
    count_changed,
    direction_swapped,
    drops_detail,
    extract_facts,
    inserted_detail,
    negation_flipped,
    negation_moved,
    new_entities,
    numbers_differ,
    other_subject,
    role_changed,
    roles_swapped,
    same_term,
    spelled_out,
    stem,
    swapped_pairs,
    swapped_spans,
    targeted_edit,
    tense_changed,
    turned_down,
)
from mcp_memory.policy import classify_near_neighbour
from mcp_memory.turns import (
    common_words,
    is_general_knowledge,
    mentions_name,
    name_phrases,
    proper_names,
    query_names,
    refers_to_own_world,
    refers_to_person,
    tells_news,
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
    assert refers_to_person("How often do I go up to see Mum?")  # the user's mother, by name
    assert refers_to_person("What's the best way to get hold of Dad?")
    assert not refers_to_person("Tell me a dad joke.")
    assert not refers_to_person("What is the speed of light?")
    assert not refers_to_person("How do I boil an egg?")
    assert not refers_to_person("Tell me a joke about cats")


def test_turns_that_point_into_the_users_life_are_about_the_user() -> None:
    for text in (
        "When is the car due its test?",
        "What are the dogs called?",
        "When's the big day?",
        "What went wrong with that double-counting thing a while back?",
        "The GP wants to give me antibiotics for this chest infection.",
        "Is anything on tomorrow?",
        "What's wrong with the pickup?",
        "Which leg had the operation?",
        "How much did the insurer pay out after the storm?",
        "What night is rehearsal?",
        "When's payday?",
    ):
        assert refers_to_own_world(text), text
        assert turn_kind(text) == "personal", text
    for text in (
        "What is the speed of light?",
        "What was the Manchester Baby computer?",
        "Where does the American holiday Arbor Day come from?",
        "Who were the team of Apollo 11?",
        "When was the first car with an engine built?",
        "Why is the sky blue?",
        "This is a test.",
        "When is sunset in Oslo in June?",
        "What time is high tide at Whitby?",
    ):
        assert not refers_to_own_world(text), text
    # "how much can I spend" asks about the user's money; "how much do I tip" is a how-to
    assert turn_kind("How much can I spend on the lake house?") == "personal"
    assert turn_kind("How much do I put into shares each month?") == "personal"
    assert turn_kind("How much should I tip in New York?") == "general"
    assert turn_kind("Is a cappuccino at 3pm a bad idea?") == "personal"  # the user's case decides
    assert turn_kind("What was the Manchester Baby computer?") == "general"


def test_name_phrases_are_multi_word_names_not_sentence_starts() -> None:
    assert name_phrases("What's the history of Leeds Castle?") == ("leeds castle",)
    assert name_phrases("Send the spec to Marcus for review.") == ()
    assert name_phrases("Grafana dashboards live in the repo.") == ()
    assert name_phrases("Tell me about the history of the Isle of Skye.") == ("isle of skye",)
    assert name_phrases("Who was Bran the Blessed?") == ("bran the blessed",)
    assert name_phrases("What's the plot of the film Juno?") == ("film juno",)
    assert name_phrases("What is the 2002 film Frida about?") == ("film frida",)
    assert name_phrases("Who sang in the rock band Queen?") == ("band queen",)
    assert name_phrases("What is the capital of France?") == ()


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
    assert turn_kind("Suggest a restaurant for dinner.") == "request"
    assert turn_kind("Suggest a restaurant for dinner tonight.") == "personal"
    assert turn_kind("Can you find a rooftop bar in the Northern Quarter?") == "request"  # a task
    assert turn_kind("Can you explain how photosynthesis works?") == "general"
    assert turn_kind("How long do I boil an egg for a runny yolk?") == "general"
    assert turn_kind("How long have I got left before the big test?") != "general"
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


def test_a_word_in_two_closed_sets_clashes_with_the_members_of_either() -> None:
    # "milk" is a drink and an allergen, "soy" a milk and an allergen
    assert alternative_clash(extract_facts("Is allergic to milk."), extract_facts("Is allergic to eggs."))
    assert alternative_clash(extract_facts("Allergic to soy."), extract_facts("Allergic to peanuts."))
    assert alternative_clash(
        extract_facts("Drinks milk with dinner."), extract_facts("Drinks tea with dinner.")
    )
    assert not alternative_clash(extract_facts("Is allergic to milk."), extract_facts("Has a milk allergy."))


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


def _facts(new: str, old: str) -> tuple[object, object]:
    return extract_facts(new), extract_facts(old)


def test_clock_times_match_whether_said_in_words_or_on_either_dial() -> None:
    def differ(a: str, b: str) -> bool:
        return numbers_differ(extract_facts(a).numbers, extract_facts(b).numbers)

    assert not differ("Rehearses from half seven until half nine.", "Rehearsals 7:30 to 9:30pm.")
    assert not differ("Meets every Thursday at half past three.", "Meets on Thursdays at 15:30.")
    assert not differ("The shop opens 9 till 5.", "The shop is open 9am to 5pm.")
    assert not differ("Lab meeting on Tuesdays at 10.", "Lab meeting every Tuesday at 10am.")
    assert differ("Backup at 7am.", "Backup at 7pm.")
    assert differ("Backup at 9:30.", "Backup at 10:30.")
    assert differ("Aims to finish in under two and a half hours.", "Aims to finish in under two hours.")
    assert differ("Is on call every weekend.", "Is on call every other weekend.")
    assert not differ("A budget of thirty-eight thousand pounds.", "Total budget is £38,000.")
    assert not differ("Married for forty-one years.", "Married for 41 years.")
    assert not differ("At least half an hour before food.", "At least 30 minutes before eating.")
    assert differ("Married for forty-one years.", "Married for 40 years.")
    assert not differ("Her best is 1 hour 52 minutes.", "Her best time is 1:52.")
    assert not differ("Target: three hours thirty-five.", "Aiming for 3:35.")
    assert differ("Target: three hours thirty-five.", "Aiming for 3:45.")
    assert not differ("Has baclofen twice a day, at eight and eight.", "Takes baclofen at 8am and 8pm.")
    assert not differ("Takes metformin two times a day.", "Takes metformin twice daily.")
    assert differ("Takes it three times a day.", "Takes it at 8am and 6pm.")
    assert not differ("Next check is on 17 June.", "Next one is on 17 June.")  # "one" as a thing
    assert differ("Manages only one of her flats.", "Manages all her flats.")
    assert not differ("Has worked there for years.", "Has worked there for six years.")  # says less


def test_a_swap_keeps_every_word_but_two_phrases_in_place() -> None:
    assert swapped_spans(
        "Prefers window seats, never the middle; takes an aisle only on red-eyes.",
        "Prefers aisle seats, never the middle; takes a window only on red-eyes.",
    )
    assert swapped_spans("Has two kids: Theo, 7, and Maya, 4.", "Has two kids: Maya, 7, and Theo, 4.")
    # "X is Y" and "Y is X" say one thing; a moved block restates
    assert not swapped_spans(
        "Marcus Oyelaran is the lead designer on checkout.",
        "The lead designer on checkout is Marcus Oyelaran.",
    )
    assert not swapped_spans("Helen Okafor is Tariq's line manager.", "Tariq's manager is Helen Okafor.")
    assert not swapped_spans("Designers were the leads.", "The leads were designers.")  # "were", unstemmed


def test_an_inserted_clause_or_condition_is_a_new_detail() -> None:
    old = "Espresso machine was last serviced in April."
    assert inserted_detail("Espresso machine was last serviced in April, when the grinder was replaced.", old)
    assert inserted_detail(
        "Can be contacted on weekends only in emergencies.", "Can be contacted on weekends."
    )
    assert inserted_detail("Trains indoors except in winter.", "Trains indoors in winter.")
    assert inserted_detail("Can be reached provided it's urgent.", "Can be reached it's urgent.")
    assert not inserted_detail("The user lives in Lisbon, Portugal.", "The user lives in Lisbon.")  # one word
    assert not inserted_detail("Prefers short answers.", "Prefers short answers.")
    assert inserted_detail(
        "Adapted with a ramp, a wet room and a hoist.", "Adapted with a ramp and a wet room."
    )
    assert swapped_spans(  # the swapped words in another inflection
        "Does viewings in the morning; afternoons are for calls.",
        "Does viewings in the afternoon; mornings are for calls.",
    )


def test_negation_flips_but_a_negative_word_restates() -> None:
    assert negation_flipped(*_facts("Is not allergic to penicillin.", "Is allergic to penicillin."))
    assert negation_flipped(*_facts("Is not lactose intolerant.", "Is lactose intolerant."))
    assert not negation_flipped(*_facts("A non-idempotent job.", "The job wasn't idempotent."))
    assert not negation_flipped(*_facts("No meetings on Wednesdays.", "Keeps Wednesdays meeting-free."))
    assert not negation_flipped(
        *_facts("My dog Pickle can't have chicken.", "Pickle is allergic to chicken.")
    )
    assert not negation_flipped(*_facts("Can't tolerate lactose.", "Lactose intolerant."))
    assert not negation_flipped(
        *_facts(
            "Farah has a latex allergy, so no latex gloves or balloons.",
            "Latex allergy - no gloves, no balloons.",
        )
    )
    # a one-way move restates ("never a middle seat" / "aisle seats, never the middle")
    assert not negation_moved(
        *_facts("Always wants the aisle, never a middle seat.", "Prefers aisle seats, never the middle.")
    )
    stopped = _facts("Stopped using Vim as main editor.", "Uses Vim as main editor.")
    assert turned_down("Stopped using Vim as main editor.", "Uses Vim as main editor.", *stopped)
    assert not turned_down(
        "Can't take penicillin.",
        "Allergic to penicillin.",
        *_facts("Can't take penicillin.", "Allergic to penicillin."),
    )


def test_change_markers_of_one_kind_restate() -> None:
    assert not announces_change("No longer drives.", "Doesn't drive any more.")
    assert announces_change("Google Pay is now live.", "Google Pay is still in beta.")
    assert not announces_change("Uses a SawStop now.", "Has used a SawStop ever since.")


def test_another_person_an_intention_or_a_status_is_another_fact() -> None:
    assert other_subject("Her sister lives in Leeds.", "Lives in Leeds.")
    assert other_subject("Marco's brother is vegetarian.", "Marco is vegetarian.")
    assert other_subject("Father has type 2 diabetes.", "Has type 2 diabetes.")
    assert other_subject("The kids' school starts at 8:45.", "Work starts at 8:45.")
    assert other_subject("Wants to move to Lisbon.", "Lives in Lisbon.")
    assert changed_status("Might move to Canada next year.", "Will move to Canada next year.")
    assert changed_status("Used to smoke.", "Smokes.")
    assert changed_status("Dissertation submitted on 30 April.", "Dissertation due on 30 April.")
    assert changed_status("Applied for a job at Greggs.", "Has a job at Greggs.")
    assert not changed_status(
        "Version 4.2 has to be submitted by 14 March.", "Version 4.2 is due on 14 March."
    )
    # the kin named: "my daughter Abena" is "Abena"; "has to be submitted" is not done
    assert not other_subject("My daughter Abena is allergic to peanuts.", "Abena has a peanut allergy.")
    assert not other_subject("Hamish's mum Morag is 84.", "Mother, Morag, is 84.")
    assert not other_subject(
        "Version 4.2 has to be submitted by 14 March.", "Version 4.2 is due on 14 March."
    )


def test_restatements_of_what_is_turned_down_are_not_flips() -> None:
    for old, new in (
        ("Doesn't drink coffee; sticks to green tea.", "Avoids coffee; drinks green tea instead."),
        ("Won't use Firebase on any new project.", "Refuses to use Firebase for any new project."),
        ("Has gout and avoids shellfish and beer.", "Has gout, so he stays away from shellfish and beer."),
        ("Is gluten free because of coeliac disease.", "Is gluten-free due to coeliac disease."),
    ):
        assert classify_near_neighbour(new, old, 0.2) == "duplicate", new
    # a negation of what the other turns down, or of another thing, still flips
    assert (
        classify_near_neighbour("Is not allergic to penicillin.", "Is allergic to penicillin.", 0.06)
        == "update"
    )
    lactose = "Is lactose intolerant but can eat hard cheese."
    assert (
        classify_near_neighbour("Is lactose intolerant and cannot eat any cheese.", lactose, 0.08) == "update"
    )


def test_a_relative_named_after_the_user_s_name_is_still_that_relative() -> None:
    old = "His son, Piotr, 24, is a firefighter in Gdańsk."
    assert (
        classify_near_neighbour("Piotr, his 24-year-old son, works as a firefighter in Gdańsk.", old, 0.05)
        == "duplicate"
    )
    saving = "Is saving up for a family trip to Rarotonga next July."
    assert (
        classify_near_neighbour(
            "He's putting money aside for a family holiday in Rarotonga next July.", saving, 0.265
        )
        == "duplicate"
    )


def test_rewordings_by_date_order_frequency_participle_and_passive_are_duplicates() -> None:
    for old, new in (
        ("Is paid monthly.", "Gets paid once a month."),
        ("Rents her flat in Bristol.", "Lives in a rented flat in Bristol."),
        ("His father is a retired teacher.", "His dad is a teacher who has retired."),
        ("Her husband drives a Tesla Model 3.", "A Tesla Model 3 is driven by her husband."),
        ("The user has two daughters.", "Has 2 daughters."),
    ):
        assert classify_near_neighbour(new, old, 0.2) == "duplicate", new
    assert spelled_out("Flies out on October 12.") == "Flies out on 12 October."
    twice = "Takes her blood pressure medication twice a day."
    assert (
        classify_near_neighbour("Takes her blood pressure medication once a day.", twice, 0.014) == "update"
    )


def test_a_condition_one_text_adds_is_another_fact() -> None:
    assert condition_added(
        "Uses an inhaler only when running outdoors in cold weather.",
        "Uses an inhaler when running outdoors.",
    )
    assert condition_added("Eats fish but not shellfish.", "Eats fish.")
    assert condition_added(
        "Prefers bullet points, but only for work questions.", "Prefers bullet points and no preamble."
    )
    assert not condition_added("I only work four days a week.", "Works four days a week.")
    assert not condition_added("Only takes card payments since 2022.", "Has been card-only since 2022.")


def test_names_spelt_out_and_passives_restate() -> None:
    assert align_acronyms("Uses Visual Studio Code.", "Uses VS Code.") == "Uses VS Code."
    assert align_acronyms("Meets the chief financial officer.", "Meets the CFO.") == "Meets the CFO."
    assert align_acronyms("Uses Visual Studio Code.", "Uses Vim.") == "Uses Visual Studio Code."
    assert spelled_out("Sees Dr. Patel on 2024-11-05.") == "Sees Doctor Patel on 5 November 2024."
    for old, new in (
        (
            "Is a member of the NHS pension scheme.",
            "Is a member of the National Health Service pension scheme.",
        ),
        ("Owns the house in Leeds.", "The house in Leeds is owned by him."),
        (
            "His colleague Ravi handles the payroll reports.",
            "The payroll reports are handled by his colleague Ravi.",
        ),
        ("Calls her grandmother every Sunday.", "Every Sunday, she calls her grandmother."),
        ("Owes his brother $500.", "Owes five hundred dollars to his brother."),
        ("Has piano lessons every other Saturday.", "Has piano lessons on alternate Saturdays."),
        ("Lives in a two-bedroom flat on the third floor.", "Lives in a 2-bedroom flat on the 3rd floor."),
    ):
        assert classify_near_neighbour(new, old, 0.1) == "duplicate", new
    picks_up = "Picks up the kids from school on Tuesdays."
    assert (
        classify_near_neighbour("Her husband picks up the kids from school on Tuesdays.", picks_up, 0.27)
        == "distinct"
    )


def test_more_restatements_and_a_negation_said_last() -> None:
    for old, new in (
        ("Tom is her older brother.", "Her older brother is Tom."),
        (
            "Keeps the thermostat at 19°C in winter.",
            "In winter the thermostat is kept at 19 degrees Celsius.",
        ),
        ("Owes his sister $300.", "Owes his sister three hundred dollars."),
        ("Is learning Japanese.", "Is studying Japanese."),
        ("Lives in a two-bedroom flat.", "Lives in a 2-bedroom apartment."),
        ("Goes to the gym at 6:30am on weekdays.", "Goes to the gym at 06:30 Monday to Friday."),
        ("Never works on weekends.", "Does not work on Saturdays or Sundays."),
        (
            "Uses Tradify for job scheduling and invoicing.",
            "Job scheduling and invoicing are done in Tradify.",
        ),
        (
            "Invoices on the last working day of each month.",
            "Sends invoices on the final working day of every month.",
        ),
    ):
        assert classify_near_neighbour(new, old, 0.1) == "duplicate", new
    offer = "Is weighing an offer from a crypto exchange; no decision yet."
    assert (
        classify_near_neighbour("Has turned down the offer from the crypto exchange.", offer, 0.17)
        == "update"
    )
    home = "Folake's mum lives in Leicester, and she goes home to her for Christmas."
    new = "Folake's mum lives in Leicester, but Folake is staying in Manchester over Christmas."
    assert classify_near_neighbour(new, home, 0.124) == "update"
    for old, new in (
        ("Has two children, both under five.", "Has two children, both over five."),
        (
            "Is a guest user in the family's Home Assistant setup.",
            "Is the owner of the family's Home Assistant setup.",
        ),
        ("Emails the weekly report to the director.", "Receives the weekly report from the director."),
    ):
        assert classify_near_neighbour(new, old, 0.1) == "update", new
    knee = "Left knee replacement scheduled for October."
    assert classify_near_neighbour("Left knee replacement was done in October.", knee, 0.065) == "update"
    days_off = "Works Monday to Thursday; Fridays are off."
    assert classify_near_neighbour("Works Monday to Friday; no days off.", days_off, 0.125) == "update"
    migraines = "Suffers from chronic migraines; bright screens and red wine set them off."
    new = "Suffers from chronic migraines; bright screens set them off, but red wine doesn't."
    assert classify_near_neighbour(new, migraines, 0.049) == "update"


def test_who_does_what_to_whom() -> None:
    assert roles_swapped("Her brother owes her $2,000.", "Owes her brother $2,000.")
    assert roles_swapped("Her friend Kate owes her £500.", "Owes her friend Kate £500.")
    assert roles_swapped("Priya reports to him.", "Reports to Priya.")
    assert roles_swapped("Her nephew is teaching her to drive.", "Is teaching her nephew to drive.")
    assert roles_swapped("He fixed his brother-in-law's boiler.", "His brother-in-law fixed his boiler.")
    assert roles_swapped("Aoife is Deirdre Kavanagh's ward manager.", "Her ward manager is Deirdre Kavanagh.")
    assert not roles_swapped("Helen Okafor is Tariq's line manager.", "Tariq's manager is Helen Okafor.")
    assert roles_swapped("Sarah Chen reports to him.", "Reports to Sarah Chen.")
    assert not roles_swapped(
        "Every Thursday Karim plays chess with her.", "Plays chess with Karim on Thursdays."
    )
    assert roles_swapped(
        "She covers her colleague Dr. Okafor's Friday shifts.",
        "Her colleague Dr. Okafor covers her Friday shifts.",
    )
    assert not roles_swapped("She is owed $2,000 by her brother.", "Her brother owes her $2,000.")
    assert not roles_swapped(
        "Every Thursday she plays chess against her father.", "Plays chess with her father on Thursdays."
    )
    assert (
        classify_near_neighbour("His cycling club owes him £40.", "Owes his cycling club £40.", 0.015)
        == "update"
    )
    # the swap replaces the old fact, though the new text has a relative as its subject
    assert (
        classify_near_neighbour("Her brother owes her $2,000.", "Owes her brother $2,000.", 0.039) == "update"
    )


def test_counts_tenses_directions_and_roles() -> None:
    assert count_changed("Has a cat.", "Has two cats.")
    assert not count_changed("Drives a 2016 Honda.", "He drives a Honda, 2016 model.")
    assert tense_changed("Lived in Berlin.", "Lives in Berlin.")
    assert tense_changed("Has worked at Google for six years.", "Worked at Google for six years.")
    assert tense_changed("Was married to Daniel.", "Is married to Daniel.")
    assert not tense_changed("Was born in Nigeria.", "Nigeria is her country of birth.")
    # irregular pasts, "is flying", and "had" / "has" for what someone has
    assert tense_changed("Flew to Tokyo on 12 October.", "Is flying to Tokyo on 12 October.")
    assert tense_changed("Has a dentist appointment on 3 June.", "Had a dentist appointment on 3 June.")
    assert not tense_changed("I've had a pacemaker since 2021.", "Has a pacemaker, fitted in 2021.")
    assert not tense_changed("Is flying to Tokyo on 12 October.", "Has a flight to Tokyo on 12 October.")
    assert direction_swapped("Rents a room from a student.", "Rents a room to a student.")
    assert not direction_swapped("Rents a room to a student.", "Rents a room to a student.")
    assert role_changed("Teaches yoga on Wednesdays.", "Does yoga on Wednesdays.")
    assert not role_changed("Coaches the under-10s.", "Coaches the under-10s on Saturdays.")
    assert antonym_clash(*_facts("Is afraid of flying.", "Loves flying."))
    assert antonym_clash(*_facts("Finds the diary view easy to use.", "Finds the diary view confusing."))
    assert antonym_clash(*_facts("Doesn't mind coriander.", "Can't stand coriander."))
    assert antonym_clash(*_facts("Completely unbothered by fireworks.", "Terrified of fireworks."))
    assert not antonym_clash(*_facts("Can't stand coffee; drinks tea.", "Doesn't like coffee; drinks tea."))
    new, old = _facts('Test piece is "Pageantry".', 'Test piece is "Of Men and Mountains".')
    assert new_entities(new, old, 'Test piece is "Of Men and Mountains".') == {"pageantry"}
    assert not antonym_clash(*_facts("Doesn't like coriander.", "Dislikes coriander."))
    assert antonym_clash(*_facts("Wants long answers.", "Wants short answers."))
    assert antonym_clash(*_facts("Has decided to keep the cabin.", "Has decided to sell the cabin."))
    assert antonym_clash(*_facts("Is fluent in Spanish.", "Is learning Spanish."))
    assert alternative_clash(*_facts("Is allergic to sulfa drugs.", "Is allergic to penicillin."))


def test_abbreviations_and_dates_compare_spelled_out() -> None:
    assert abbreviates(["nhs"], ["national", "health", "servic"])
    assert not abbreviates(["nhs"], ["nurse"])
    assert (
        spelled_out("Surgery on 14/03/2025, checks due Oct.")
        == "Surgery on 14 March 2025, checks due October."
    )
    assert not targeted_edit("Works for the NHS.", "Works for the National Health Service.")
    new, old = _facts("Works for the NHS.", "Works for the National Health Service.")
    assert not drops_detail(new, old, "Works for the National Health Service.")
    assert drops_detail(
        *_facts("Prefers plain language.", "Prefers plain English, reading age 11."),
        "Prefers plain English, reading age 11.",
    )


def test_a_statement_is_news_and_a_request_opens_with_its_verb() -> None:
    for text in (
        "The insurer finally paid out for the smashed window.",
        "Turning thirty-two soon.",
        "Ugh, my back is killing me again.",
        "Made it a full length of the pool without stopping!",
    ):
        assert tells_news(text), text
        assert turn_kind(text) == "personal", text
    for text in ("Convert 5 miles to kilometres.", "Recommend a board game.", "Just explain TCP.", "Hi!"):
        assert not tells_news(text), text
    assert turn_kind("Can you give me a recipe for bigos?") != "general"


def test_advice_about_a_moment_of_the_day_and_a_how_to_on_this_thing_are_the_users_own() -> None:
    for text in (
        "is it too late for an espresso? its 4:30",
        "its half four, too late for an espresso?",
        "a supplier wants to meet for a coffee at 5pm, good idea?",
        "how do I make the writing bigger on this thing",
        "how do I turn the ringer up on this phone",
    ):
        assert turn_kind(text) == "personal", text
    assert turn_kind("Why do tulips need a cold winter?") == "general"
    assert turn_kind("How do I make the writing bigger in a Word document?") == "general"


def test_a_question_without_its_mark_or_apostrophe_is_no_news() -> None:
    # "whats" asks as "what's" does; a conversion or a sum is for anyone
    for text in ("whats 15% of 240", "whats the tallest building in london", "wheres the nearest ATM"):
        assert not tells_news(text), text
        assert turn_kind(text) != "personal", text
    for text in ("convert 30 miles to km", "12 oz in grams", "what's 350 F in C?"):
        assert turn_kind(text) == "general", text
    assert turn_kind("whats paddy's number again") != "general"
    assert turn_kind("convert my marathon pace to km") != "general"


def test_a_how_to_is_general_unless_it_is_about_the_users_own_case() -> None:
    for text in (
        "How do I renew my passport?",  # the same for anyone: "my" alone is no case of the user's
        "How do I share my screen in a Zoom meeting?",
        "How do I make mochi at home?",
        "How do I say 'we are late' in French?",
        "How do you do the windmill move in breakdancing?",  # anyone's move, not the user's house move
        "How long should I boil an egg for a runny yolk?",
    ):
        assert turn_kind(text) == "general", text
    for text in (
        "How should I lay out the building's annual accounts?",
        "How much can I spend on food this week?",
        "How do I say 'deadline' in the language I'm learning?",
        # the user's own things: "my truck", "the dog"
        "How often should I be changing the oil in my truck?",
        "How can I speed up my language learning?",
        "How do I keep the dog calm on New Year's Eve?",
    ):
        assert turn_kind(text) == "personal", text


def test_names_are_found_in_order_with_a_few_words_between() -> None:
    assert name_phrases("When's the Bergen viva?") == ()
    assert mentions_name("DHL's carrier API allows 300 requests.", "dhl api")
    assert mentions_name("Her tutor is Dr. Helen Marsh.", "dr marsh")
    assert not mentions_name("Has a Leeds United season ticket.", "leeds castle")
    assert not mentions_name("API limits at DHL.", "dhl api")


def test_the_us_is_a_country_not_the_user() -> None:
    assert not refers_to_person("Explain how a bill becomes law in the US.")
    assert refers_to_person("Can you help us plan the trip?")


def test_a_date_written_with_dots_is_spelled_out_and_a_version_is_not() -> None:
    assert (
        spelled_out("Married Agnieszka on 14.06.2008 in Sopot.")
        == "Married Agnieszka on 14 June 2008 in Sopot."
    )
    assert spelled_out("Runs version 1.2.3 of the app.") == "Runs version 1.2.3 of the app."


def test_spoken_durations_and_one_of_the_group_read_as_their_numbers() -> None:
    from mcp_memory.facts import extract_facts

    assert (
        extract_facts("roughly an hour and three quarters from home").numbers
        == extract_facts("about 1 hour 45 minutes from home").numbers
    )
    assert extract_facts("Camila is one of the bridesmaids.").numbers == frozenset()
    assert extract_facts("Is one of the six engineers on the team.").numbers == {"1", "6"}


def test_rupees_written_rs_are_rupees_and_a_run_of_850m_is_still_metres() -> None:
    from mcp_memory.facts import currency_changed, extract_facts

    assert not currency_changed("Pays Rs 38,500 a month.", "Pays ₹38,500 a month.")
    assert currency_changed("Pays Rs. 38,500 a month.", "Pays $38,500 a month.")
    assert extract_facts("has 850m VND saved").numbers == {"850000000"}
    assert extract_facts("ran 850m today").numbers == {"85000"}
