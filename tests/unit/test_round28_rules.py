"""General rules found in the unfitted AF rounds 27 and 28 and Syria rounds 24 and 25, each
tested on sentences of our own (never the rounds' sentences)."""

from __future__ import annotations

from streams.core.extract import Extractor
from tests.unit.test_extract_rules import SYRIA_PUBLISHED, control

FRIDAY = "2021-08-13T20:00:00+04:30"  # Friday 13 Aug 2021


def test_a_round_up_item_headed_by_a_name_and_a_colon(extractor: Extractor) -> None:
    """ "GHAZNI: The key southern city was handed over ...": the item's capital, as with a dash;
    "the main eastern city" is the item's city as "the city" is."""
    body = (
        "KABUL, Aug 13 (Wire) - The main developments of the day.\n\n"
        "GHAZNI: The main southern city was handed over to the Taliban on Thursday, officials said.\n\n"
        "TALKS: Negotiators met in Doha."
    )
    assert control(extractor, body, published=FRIDAY) == {
        ("ghazni", "surrendered", "asserted", "2021-08-12"),
        ("ghazni", "captured", "asserted", "2021-08-12"),
    }


def test_an_adverb_ending_in_a_movement_verb_is_no_movement(extractor: Extractor) -> None:
    """ "briefly broke into X": "fly" inside "briefly" is no flight to X, which stays the place
    of the entry."""
    body = "On Monday, Taliban fighters briefly broke into Farah before pulling back."
    assert control(extractor, body) == {("farah", "entered", "asserted", "2021-08-09")}


def test_a_relative_clause_after_the_taken_capital_names_no_second_place(extractor: Extractor) -> None:
    """ "broke into X, a sign that few in Y noticed": Y is where people are, not another entry."""
    body = "On Monday, Taliban fighters broke into Farah, a sign that few in Kabul noticed."
    assert control(extractor, body) == {("farah", "entered", "asserted", "2021-08-09")}


def test_fighting_told_in_a_capitals_clause_of_place(extractor: Extractor) -> None:
    """ "X, where fighting continued for a tenth day" and "X, the capital of P, where a lawmaker
    said fighting raged": the fighting is in X; not at a base outside the city, and the capital's
    own verb after the clause still counts."""
    body = (
        "Aid groups reported shortages in Kandahar, where fighting continued for a tenth day on Monday. "
        "The Taliban also attacked Ghazni, the capital of Ghazni province, where a lawmaker said heavy "
        "fighting raged through the night. Troops fell back to a base outside Kunduz, where fighting was "
        "reported. Sheberghan, where clashes broke out on the edges of the city last week, fell on Monday."
    )
    assert control(extractor, body) == {
        ("kandahar", "contested", "asserted", "2021-08-09"),
        ("ghazni", "contested", "asserted", "2021-08-09"),
        ("sheberghan", "contested", "asserted", "2021-08-02"),
        ("sheberghan", "captured", "asserted", "2021-08-09"),
    }


def test_places_people_came_from_or_are_cut_off_from(extractor: Extractor) -> None:
    """ "commandos flown in from Herat and Kabul retook the city": the city is the one the text is
    about, not the second place they came from; "cut off from Kabul" names no place of a handover."""
    body = (
        "Taliban fighters broke into Farah on Sunday. Commandos flown in from Herat and Kabul retook the "
        "city on Monday.\n\n"
        "Elsewhere, commanders cut off from Kabul struck deals with the Taliban and handed over their bases."
    )
    assert control(extractor, body) == {
        ("farah", "entered", "asserted", "2021-08-08"),
        ("farah", "retaken", "asserted", "2021-08-09"),
    }


def test_a_left_out_verb_after_a_day_and_its_part(extractor: Extractor) -> None:
    """ "X was taken on Thursday evening and Y in the early hours of Friday": Y was taken too."""
    body = "Herat was taken on Thursday evening and Kandahar in the early hours of Friday, officials said."
    assert control(extractor, body, published=FRIDAY) == {
        ("herat", "captured", "asserted", "2021-08-12"),
        ("kandahar", "captured", "asserted", "2021-08-13"),
    }


def test_a_way_fought_deeper_into_a_city_is_an_entry(extractor: Extractor) -> None:
    """ "fought their way deeper into the capital of Helmand province": inside, fighting."""
    body = "Residents fled on Monday as Taliban fighters fought their way deeper into the capital of Helmand province."
    assert control(extractor, body) == {("lashkar-gah", "entered", "asserted", "2021-08-09")}


def test_a_peaceful_handover_negates_nothing_after_it(extractor: Extractor) -> None:
    """ "the border town changed hands without a fight, with the Taliban in control of X":
    "without a fight," tells how, it denies nothing (and makes the take a handover too);
    "without" right before the verb still negates."""
    body = (
        "The border area changed hands without a fight, with Taliban in control of Zaranj on Monday, "
        "officials said. In Herat, the governor held on without losing control of the city."
    )
    assert control(extractor, body) == {
        ("zaranj", "captured", "asserted", "2021-08-09"),
        ("zaranj", "surrendered", "asserted", "2021-08-09"),
    }


def test_fighting_a_take_came_after_is_no_event_of_its_own(extractor: Extractor) -> None:
    """ "seized the governor's compound after heavy fighting": the fighting is the take's story;
    fighting on the city's edges before it, a siege, or fighting elsewhere stay events."""
    body = (
        "In Kunduz, the insurgents took the governor's compound and the police headquarters after a night "
        "of heavy fighting on Sunday, officials said. Faizabad fell on Monday after days of fighting on its "
        "outskirts. Fighting raged in Herat on Monday after the Taliban took Ghazni."
    )
    assert control(extractor, body) == {
        ("kunduz", "captured", "asserted", "2021-08-08"),
        ("faizabad", "captured", "asserted", "2021-08-09"),
        ("faizabad", "contested", "asserted", "2021-08-09"),
        ("herat", "contested", "asserted", "2021-08-09"),
        ("ghazni", "captured", "asserted", "2021-08-09"),
    }


def test_a_dateline_with_a_colon_is_no_round_up_item(extractor: Extractor) -> None:
    """ "KABUL: A spokesman said fighters raised their flag over the governor's compound" on the
    first line is a dateline: the compound is not Kabul's."""
    body = (
        "KABUL: A Taliban spokesman told a news conference in Kabul on Monday that their fighters had "
        "entered Bazarak, the provincial centre, and raised their flag over the governor's compound."
    )
    assert control(extractor, body, published="2021-09-06T18:00:00+04:30") == {
        ("bazarak", "entered", "claimed", "2021-09-06"),
        ("bazarak", "captured", "claimed", "2021-09-06"),
    }


def test_an_entry_without_a_fight_is_a_handover(extractor: Extractor) -> None:
    """ "fighters moved into the city without a fight": no fight for it, so taken and handed over,
    not an entry that is still fighting."""
    body = "Taliban fighters broke into Farah on Sunday. They moved into the city centre without a fight on Monday."
    assert control(extractor, body) == {
        ("farah", "entered", "asserted", "2021-08-08"),
        ("farah", "captured", "asserted", "2021-08-09"),
        ("farah", "surrendered", "asserted", "2021-08-09"),
    }


def test_a_province_before_a_participle_is_no_capital_it_qualifies(syria_extractor: Extractor) -> None:
    """ "The push, launched from bases in Idlib province, seized Aleppo": the participle is the
    verb of the subject, not a note on a capital before it."""
    body = "The push, launched from bases in Idlib province, seized Aleppo on Nov. 30 and Hama on Dec. 5."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("aleppo", "captured", "asserted", "2024-11-30"),
        ("hama", "captured", "asserted", "2024-12-05"),
    }


def test_a_side_that_controls_what_it_held_at_the_start_takes_nothing(syria_extractor: Extractor) -> None:
    """ "The SDF controls much of the northeast, including Raqqa": a standing
    hold by the theatre's starting holder, no change of hands."""
    body = "The SDF controls much of the northeast, including the cities of Raqqa and Hasakah."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == set()


def test_a_holder_that_lost_a_city_lost_it_to_the_attacker(syria_extractor: Extractor) -> None:
    """ "The army lost Homs on Saturday and Hama on Thursday": both taken, by the attacker."""
    body = "The army lost Homs on Saturday and Hama on Thursday."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("homs", "captured", "asserted", "2024-12-07"),
        ("hama", "captured", "asserted", "2024-12-05"),
    }


def test_a_sentence_about_city_after_city_is_about_no_one_city(extractor: Extractor) -> None:
    """ "In city after city, governors handed over government buildings": no topic stands for it,
    however clearly the sentences before were about Kabul."""
    body = (
        "The Taliban entered Kabul on Sunday. In town after town, commanders struck deals with the "
        "insurgents and handed over the governor's offices."
    )
    assert control(extractor, body) == {("kabul", "entered", "asserted", "2021-08-08")}


def test_a_capitals_streets_that_were_calm_saw_no_fighters(extractor: Extractor) -> None:
    """ "the capital's streets were quiet": no entry; fighters in "the city's streets" still are."""
    body = (
        "Kabul is not under immediate threat, officials said, and the capital's streets were quiet on "
        "Monday. In Farah, residents said insurgent fighters were patrolling the city's streets on Monday."
    )
    assert control(extractor, body) == {("farah", "entered", "asserted", "2021-08-09")}


def test_including_after_a_clause_of_its_own_belongs_to_that_clause(extractor: Extractor) -> None:
    """ "they hold five capitals, and are pressing several others, including X": X is not held."""
    body = "They now hold six provincial capitals, and are pressing several others, including Herat."
    assert ("herat", "captured", "asserted", "2021-08-09") not in control(extractor, body)


def test_breaking_through_a_citys_defences_is_an_entry(extractor: Extractor) -> None:
    """ "broke through the city's defences", "broke through the defences of X": inside, fighting;
    "fought in the streets" after a fronted "In X," is an entry there too."""
    body = (
        "In Herat, Taliban fighters broke through the city's defences on Monday and were fighting near "
        "the police headquarters. Insurgents broke through the outer defences of Ghazni on Monday. "
        "In Kandahar, fighters and soldiers fought in the streets on Monday."
    )
    assert control(extractor, body) == {
        ("herat", "entered", "asserted", "2021-08-09"),
        ("ghazni", "entered", "asserted", "2021-08-09"),
        ("kandahar", "entered", "asserted", "2021-08-09"),
    }


def test_moving_in_where_the_holder_left_is_a_takeover(extractor: Extractor, syria_extractor: Extractor) -> None:
    """ "In X, officials left and the Taliban moved in without resistance", "walked into X":
    taken (and handed over when without a fight), no entry; "troops quit X, and the SDF moved in"."""
    body = (
        "In Farah, officials left on Monday and the Taliban moved in without resistance, residents said. "
        "On Sunday, Taliban fighters walked into Zaranj."
    )
    assert control(extractor, body) == {
        ("farah", "captured", "asserted", "2021-08-09"),
        ("farah", "surrendered", "asserted", "2021-08-09"),
        ("zaranj", "captured", "asserted", "2021-08-08"),
    }
    body = "Government troops quit Deir ez-Zor on Friday, and Kurdish-led forces moved in."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("deir-ez-zor", "captured", "asserted", "2024-12-06")
    }


def test_a_fights_sides_before_its_place(syria_extractor: Extractor) -> None:
    """ "Heavy clashes between rebel fighters and government troops are under way on the northern
    outskirts of X": the place after the sides; "fought their way to the outskirts of Y"."""
    body = (
        "Heavy clashes between rebel fighters and government troops were under way on the northern "
        "outskirts of Homs on Saturday, residents said. Rebels fought their way to the outskirts of Hama on "
        "Dec. 3."
    )
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("homs", "contested", "asserted", "2024-12-07"),
        ("hama", "contested", "asserted", "2024-12-03"),
    }


def test_a_monitor_beside_the_claimant_confirms(syria_extractor: Extractor) -> None:
    """ "the SDF and a war monitor said": not the claimant's word alone."""
    body = "The SDF took control of Deir ez-Zor on Friday after government troops withdrew, the SDF and a war monitor said."
    assert control(syria_extractor, body, published=SYRIA_PUBLISHED) == {
        ("deir-ez-zor", "captured", "asserted", "2024-12-06")
    }


def test_the_speaker_after_a_turn_has_the_words_after_it(extractor: Extractor) -> None:
    """ "The Taliban claimed X, but an official said fighting went on at its edge": the fighting
    is the official's word, asserted; the capture stays the Taliban's claim."""
    body = (
        "The Taliban claimed to have captured Ghazni on Monday, but a provincial official said clashes "
        "were continuing on the edge of the city."
    )
    assert control(extractor, body) == {
        ("ghazni", "captured", "claimed", "2021-08-09"),
        ("ghazni", "contested", "asserted", "2021-08-09"),
    }
