"""General rules found in session 26's rounds (state agencies' English services, opinion and
commentary, world news round-ups with other countries' wars, and an ordinary day's intake as the
final measures), each tested on sentences of our own (never the rounds' sentences): the text, the
theatre it is read in, when it was published, and every control event it must yield (capital,
type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule

SYRIA_SATURDAY = "2024-11-30T09:00:00+03:00"  # Saturday 30 Nov 2024
AF_FRIDAY_AFTER = "2021-08-27T20:00:00+04:30"  # Friday 27 Aug 2021, the day after the airport bombing

CASES = [
    # a period bounded by "the ceasefire of March 2020" is no year of the event's
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        (
            "Insurgents pushed into the western districts of Aleppo on Friday evening, a day after "
            "breaking through front lines that had barely moved since the truce of March 2020."
        ),
        {("aleppo", "entered", "asserted", "2024-11-29")},
        id="since_the_truce_of_a_year_is_no_date_of_the_event",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Gunmen entered Aleppo on Friday, crossing lines quiet since the accord of 5 March 2020.",
        {("aleppo", "entered", "asserted", "2024-11-29")},
        id="since_the_accord_of_a_full_date",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        "Gunmen entered Aleppo in March 2020, residents recalled.",
        set(),
        id="guard_a_year_of_the_events_own_still_dates_it",
    ),
    # "eleven days after X": X is that many days before the day the sentence tells
    pytest.param(
        AF,
        AF_FRIDAY_AFTER,
        (
            "Eleven days after the insurgents took Kabul, a bomber killed scores of people outside the "
            "airport on Thursday evening."
        ),
        {("kabul", "captured", "asserted", "2021-08-15")},
        id="eleven_days_after_counts_back_from_the_day_told",
    ),
    pytest.param(
        AF,
        AF_FRIDAY_AFTER,
        "Twelve days after the Taliban captured Mazar-i-Sharif, its markets reopened on Thursday.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="twelve_days_after",
    ),
    # a round-up's item from another country: "the town", "the capital" are that country's
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL - Taliban fighters seized Ghazni on Thursday, officials said. The city lies on the "
            "main highway south.\n\n"
            "ADDIS ABABA - Tigrayan forces captured the town of Woldiya on Thursday, residents said. "
            "The fighters entered the town without a fight as soldiers withdrew."
        ),
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="a_foreign_items_town_is_not_the_last_items_capital",
    ),
    pytest.param(
        AF,
        FRIDAY,
        (
            "KABUL - Fighting raged around Kandahar on Friday.\n\n"
            "BAMAKO - Soldiers seized the presidential palace in the capital on Friday, witnesses said."
        ),
        {("kandahar", "contested", "asserted", "2021-08-13")},
        id="a_foreign_items_capital_and_palace_are_its_own",
    ),
    pytest.param(
        SYRIA,
        SYRIA_SATURDAY,
        (
            "KYIV - Russian forces pressed on toward Pokrovsk on Friday.\n\n"
            "ALEPPO - Rebels fought their way into the city on Friday. By nightfall the city was in "
            "their hands, residents said."
        ),
        {
            ("aleppo", "entered", "asserted", "2024-11-29"),
            ("aleppo", "captured", "asserted", "2024-11-29"),
        },
        id="guard_an_item_on_a_capital_is_about_it",
    ),
    pytest.param(
        AF,
        FRIDAY,
        (
            "Taliban fighters attacked Herat on Friday.\n\n"
            "UPDATE - The fighters entered the city in the evening, a lawmaker said."
        ),
        {("herat", "contested", "asserted", "2021-08-13"), ("herat", "entered", "asserted", "2021-08-13")},
        id="guard_a_wire_slug_opens_no_item",
    ),
    # "as did X" repeats the verb before it, whatever X's own relative clause says
    pytest.param(
        AF,
        FRIDAY,
        "Farah fell to the Taliban on Wednesday, as did Pul-e Khumri, which had been besieged for days.",
        {
            ("farah", "captured", "asserted", "2021-08-11"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-11"),
        },
        id="as_did_repeats_the_verb_past_a_relative_clause",
    ),
    # a capital declared in a side's hands
    pytest.param(
        SYRIA,
        "2024-12-08T21:30:00+03:00",
        "Homs, long a symbol of the uprising, was declared fully in rebel hands late on Saturday.",
        {("homs", "captured", "asserted", "2024-12-07")},
        id="declared_fully_in_rebel_hands",
    ),
    pytest.param(
        SYRIA,
        "2024-12-08T21:30:00+03:00",
        "By Sunday morning Hama was reported to be in rebel hands.",
        {("hama", "captured", "asserted", "2024-12-08")},
        id="reported_to_be_in_rebel_hands",
    ),
    # "gone": an absolute construction, or a fall told in a fragment
    pytest.param(
        SYRIA,
        "2024-12-09T10:00:00+03:00",
        "On Sunday evening, with Damascus already gone, soldiers on the coast changed into civilian clothes.",
        {("damascus", "captured", "asserted", "2024-12-08")},
        id="with_the_capital_already_gone",
    ),
    pytest.param(
        AF,
        "2021-09-11T08:00:00+04:30",
        "Mazar-i-Sharif, which the Taliban had taken in 1998, gone in an evening on Aug. 14.",
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="gone_in_an_evening",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The governor of Herat had gone to Kabul for talks on Thursday.",
        set(),
        id="guard_a_governor_gone_to_the_capital",
    ),
    # a gerund of loss after "after": a loss that happened
    pytest.param(
        SYRIA,
        "2024-12-06T07:00:00+03:00",
        "The president spoke on Thursday, five days after losing Aleppo last Saturday.",
        {("aleppo", "captured", "asserted", "2024-11-30")},
        id="after_losing_a_capital",
    ),
    pytest.param(
        SYRIA,
        "2024-12-06T07:00:00+03:00",
        "Officers fear losing Homs within days if reinforcements do not arrive.",
        set(),
        id="guard_fearing_to_lose_is_no_loss",
    ),
    # "went under the control of"
    pytest.param(
        AF,
        FRIDAY,
        "The city of Kunduz itself went under the control of the Taliban on August 8.",
        {("kunduz", "captured", "asserted", "2021-08-08")},
        id="went_under_the_control_of",
    ),
    # "heavy fights" as fighting (but "fights for" as a verb is none)
    pytest.param(
        AF,
        "2021-09-06T14:45:00+04:30",
        "On Sunday, fierce fights were going on around Bazarak, local sources said.",
        {("bazarak", "contested", "asserted", "2021-09-05")},
        id="fierce_fights_around_a_capital",
    ),
    pytest.param(
        AF,
        FRIDAY,
        "The estimate assumes the army fights for the capital harder than it fought for the provinces.",
        set(),
        id="guard_fights_for_as_a_verb",
    ),
    # an event told as a noun, then called a lie
    pytest.param(
        AF,
        "2021-09-06T14:45:00+04:30",
        '"The fall of Bazarak is a lie," a resistance commander wrote on Monday.',
        {("bazarak", "captured", "denied", "2021-09-06")},
        id="the_fall_of_a_capital_is_a_lie",
    ),
    pytest.param(
        AF,
        "2021-09-06T14:45:00+04:30",
        "Resistance fighters said they retook Charikar on Sunday. The Taliban rejected them.",
        {("charikar", "retaken", "denied", "2021-09-05")},
        id="rejected_them",
    ),
    # a list's first object placed by its distance from another city
    pytest.param(
        AF,
        "2021-08-15T23:50:00+04:30",
        "The insurgents took control of Maidan Shahr, some 40 km west of Kabul, and Khost city on Sunday.",
        {
            ("maidan-shahr", "captured", "asserted", "2021-08-15"),
            ("khost", "captured", "asserted", "2021-08-15"),
        },
        id="a_list_past_where_its_first_item_lies",
    ),
    # a day's "it was X" after a fall told: X fell that day
    pytest.param(
        AF,
        "2021-08-09T06:00:00+04:30",
        (
            "On Sunday Kunduz and Taloqan fell to the Taliban. On Saturday it was Sheberghan, the "
            "capital of Jowzjan. On Friday it was Zaranj, on the Iranian border."
        ),
        {
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
        },
        id="on_a_day_it_was_x_after_a_fall",
    ),
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        (
            "Aybak was handed over to the Taliban on Monday. On Tuesday it was Farah in the west, "
            "where the insurgents took the governor's compound after a short fight."
        ),
        {
            ("aybak", "surrendered", "asserted", "2021-08-09"),
            ("aybak", "captured", "asserted", "2021-08-09"),
            ("farah", "captured", "asserted", "2021-08-10"),
        },
        id="it_was_x_in_the_west_where_the_seat_was_taken",
    ),
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        "On Tuesday it was Farah that dominated the talks in Kabul.",
        set(),
        id="guard_it_was_x_that_is_a_cleft",
    ),
    # a list of falls told on in sentences that are only names and a day
    pytest.param(
        AF,
        "2021-09-11T08:00:00+04:30",
        (
            "It is worth recalling what fell, and when. Zaranj, handed over on Aug. 6. Kunduz, "
            "Sar-e Pul and Taloqan on Aug. 8. Herat and Ghazni on Aug. 12."
        ),
        {
            ("zaranj", "surrendered", "asserted", "2021-08-06"),
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
            ("herat", "captured", "asserted", "2021-08-12"),
            ("ghazni", "captured", "asserted", "2021-08-12"),
        },
        id="names_and_a_day_after_a_fall",
    ),
    pytest.param(
        AF,
        "2021-08-13T20:00:00+04:30",
        "Ghani flew to Mazar-i-Sharif on Wednesday. Kabul and Doha on Thursday.",
        set(),
        id="guard_names_and_a_day_with_no_fall_before",
    ),
    # a scraped page: links and lists of other stories are no news of this one
    pytest.param(
        AF,
        "2021-08-11T12:00:00+04:30",
        (
            "Ghani flies to Mazar-i-Sharif to rally the north\n\n"
            "President Ashraf Ghani flew to Mazar-i-Sharif on Wednesday to meet militia leaders.\n\n"
            "Read more: Faizabad falls overnight, ninth provincial capital lost to Taliban\n\n"
            "Most read\n"
            "1. Taliban take Farah and Pul-e Khumri in western push\n"
            "2. Wildfires rage across southern Europe"
        ),
        set(),
        id="links_and_most_read_lists_are_furniture",
    ),
    pytest.param(
        AF,
        "2021-08-10T14:45:00+04:30",
        (
            "Posted Tue 10 Aug 2021 at 2:45pm AEST\n"
            "Aibak, the capital of Samangan province, was handed over to the Taliban on Monday, "
            "officials said.\n"
            "Related: Taliban capture Kunduz in northern sweep"
        ),
        {("aybak", "surrendered", "asserted", "2021-08-09"), ("aybak", "captured", "asserted", "2021-08-09")},
        id="the_story_itself_is_read_around_its_links",
    ),
    # HTML entities a scraper left in are read as the characters they stand for
    pytest.param(
        AF,
        "2021-08-10T20:00:00+04:30",
        "In Farah, Taliban fighters seized the governor&#8217;s compound on Tuesday, officials said.",
        {("farah", "captured", "asserted", "2021-08-10")},
        id="an_entity_apostrophe_in_a_seat_of_power",
    ),
    pytest.param(
        AF,
        "2021-08-10T20:00:00+04:30",
        "Officials said the Taliban hadn&#8217;t entered Farah on Tuesday.",
        set(),
        id="an_entity_apostrophe_in_a_negation",
    ),
    # attackers pushed back from the city's perimeter: the city was held, nothing retaken
    pytest.param(
        AF,
        "2021-07-10T12:00:00+04:30",
        (
            "Taliban fighters attacked Kandahar on Friday. A police spokesman said the attackers had "
            "been pushed back from the city perimeter overnight."
        ),
        {("kandahar", "contested", "asserted", "2021-07-09")},
        id="pushed_back_from_the_perimeter_is_no_retake",
    ),
    # a timeline's entries headed by a day and an hour
    pytest.param(
        SYRIA,
        "2024-12-10T07:00:00+03:00",
        (
            "SATURDAY, 7 A.M. Shops in the southern suburbs of Damascus did not open.\n\n"
            "10 P.M. Fighters from Daraa pushed into the southern districts of Damascus.\n\n"
            "SUNDAY, 1 A.M. Staff at the palace were sent home.\n\n"
            "6 A.M. Rebels took control of Damascus and declared the government overthrown."
        ),
        {
            ("damascus", "entered", "asserted", "2024-12-07"),
            ("damascus", "captured", "asserted", "2024-12-08"),
        },
        id="a_timelines_day_and_hour_date_the_entries_below",
    ),
    # an hour-by-hour account after a lede that told its day: its entries are of that day
    pytest.param(
        AF,
        "2021-08-17T20:00:00+04:30",
        (
            "KABUL - When Kabul woke up on Sunday, Aug. 15, it was still the republic's capital.\n\n"
            "6:30 a.m. - News reaches the capital that Jalalabad has fallen to the Taliban overnight.\n\n"
            "About 8:30 p.m. - Taliban fighters enter the presidential palace in Kabul."
        ),
        {
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("kabul", "entered", "asserted", "2021-08-15"),
            ("kabul", "captured", "asserted", "2021-08-15"),  # the palace: the seat of power
        },
        id="an_hour_by_hour_account_is_of_its_ledes_day",
    ),
    # a siege by customers is no siege
    pytest.param(
        AF,
        "2021-08-15T20:00:00+04:30",
        "Banks in Kabul were besieged by customers trying to withdraw cash on Sunday.",
        set(),
        id="besieged_by_customers",
    ),
    # an account's day headings: "SATURDAY MORNING", "FRIDAY, early hours -", and a later
    # weekday under them up to the filing
    pytest.param(
        AF,
        "2021-08-17T11:00:00+04:30",
        (
            "The fall of the north's largest city took less than a day.\n\n"
            "SATURDAY MORNING\n\n"
            "Shortly after dawn, Taliban fighters launched an attack on Mazar-i-Sharif.\n\n"
            "SATURDAY AFTERNOON\n\n"
            "By late afternoon the city was under Taliban control.\n\n"
            "The next morning, Sunday, the Taliban took Jalalabad without a fight."
        ),
        {
            ("mazar-i-sharif", "contested", "asserted", "2021-08-14"),
            ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            ("jalalabad", "captured", "asserted", "2021-08-15"),
            ("jalalabad", "surrendered", "asserted", "2021-08-15"),
        },
        id="an_accounts_day_headings_and_the_next_weekday",
    ),
    pytest.param(
        AF,
        "2021-08-15T09:40:00+04:30",
        (
            "THURSDAY, 6 a.m. - Taliban fighters open a fresh assault on Kandahar.\n\n"
            "FRIDAY, early hours - Taliban fighters occupy the governor's office in Kandahar."
        ),
        {
            ("kandahar", "contested", "asserted", "2021-08-12"),
            ("kandahar", "captured", "asserted", "2021-08-13"),
        },
        id="a_day_and_its_early_hours_head_an_entry",
    ),
    # "for the first time since ... eight years ago": the history is the measure's
    pytest.param(
        SYRIA,
        "2024-11-29T22:10:00+03:00",
        (
            "Rebels fought their way into Aleppo on Friday, bringing insurgents back into the city for "
            "the first time since government forces drove them out eight years ago."
        ),
        {("aleppo", "entered", "asserted", "2024-11-29")},
        id="first_time_since_years_ago",
    ),
    pytest.param(
        SYRIA,
        "2024-11-29T22:10:00+03:00",
        "Rebels entered Aleppo years ago, before the siege, residents recalled.",
        set(),
        id="guard_years_ago_of_the_event_itself",
    ),
    # "several districts in the west of the city": a part of it
    pytest.param(
        SYRIA,
        "2024-11-29T22:10:00+03:00",
        "Rebels entered Aleppo on Friday and by nightfall had taken control of several districts in the west of the city.",
        {("aleppo", "entered", "asserted", "2024-11-29"), ("aleppo", "captured", "partial", "2024-11-29")},
        id="districts_in_the_west_of_the_city_are_a_part",
    ),
    # a sentence set "North of Homs" is about somewhere else: "the city" after it is no other capital
    pytest.param(
        SYRIA,
        "2024-12-06T23:15:00+03:00",
        (
            "In Sweida, local armed groups seized the governorate headquarters, residents said.\n"
            "North of Homs, rebels captured the towns of Rastan and Talbiseh. Late on Friday they said "
            "they were battling troops on the city's outskirts."
        ),
        {("suwayda", "captured", "asserted", "2024-12-06")},
        id="north_of_a_capital_is_elsewhere",
    ),
    # fighting told inside a denied entry is denied with it, not news of its own
    pytest.param(
        SYRIA,
        "2024-12-07T15:40:00+03:00",
        (
            "Rebels said on Saturday their fighters had entered Homs and were fighting in the city's "
            "northern districts, a claim the defence ministry quickly rejected."
        ),
        {("homs", "entered", "denied", "2024-12-07")},
        id="fighting_inside_a_denied_entry",
    ),
    # a claim's rejection set after it as an appositive
    pytest.param(
        AF,
        "2021-08-18T18:20:00+04:30",
        (
            "Fighters loyal to the resistance said on Wednesday they had retaken Charikar from the "
            "Taliban, a claim the Islamist group rejected."
        ),
        {("charikar", "retaken", "denied", "2021-08-18")},
        id="a_claim_the_other_side_rejected",
    ),
    # neighbourhoods on a city's fringes: a part of it
    pytest.param(
        AF,
        "2021-08-07T21:05:00+04:30",
        (
            "Officials said security forces had pushed the Taliban out of several neighbourhoods on "
            "the southern fringes of Herat on Friday."
        ),
        {("herat", "retaken", "partial", "2021-08-06")},
        id="neighbourhoods_on_the_fringes_are_a_part",
    ),
    # a sentence set in a capital: the attack its main clause tells is fighting there
    pytest.param(
        AF,
        "2021-08-06T19:40:00+04:30",
        "On the edges of Kandahar, the country's second city, Taliban fighters attacked police posts on Friday.",
        {("kandahar", "contested", "asserted", "2021-08-06")},
        id="a_sentence_set_in_a_capital_tells_an_attack_there",
    ),
    pytest.param(
        AF,
        "2021-08-06T19:40:00+04:30",
        "In Lashkar Gah, commandos and Taliban fighters fought for control of neighbourhoods near the governor's compound.",
        {("lashkar-gah", "contested", "asserted", "2021-08-06")},
        id="fought_for_neighbourhoods_in_a_capital",
    ),
    pytest.param(
        AF,
        "2021-08-17T12:00:00+04:30",
        "In Kabul, the Taliban spokesman said the movement had pardoned all those who had fought against it.",
        set(),
        id="guard_a_verb_in_a_relative_clause_is_no_attack_there",
    ),
    pytest.param(
        AF,
        "2021-08-06T19:40:00+04:30",
        "In Kandahar province, Taliban fighters attacked police posts in Zhari district on Friday.",
        set(),
        id="guard_a_province_is_no_city",
    ),
    # geography: the provinces around a capital are no fight for it
    pytest.param(
        AF,
        "2021-08-14T23:40:00+04:30",
        "Ghazni fell on Thursday as the offensive reached the provinces surrounding Kabul.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="guard_the_provinces_surrounding_the_capital",
    ),
    # a history cue in a relative clause after the news is the relative clause's
    pytest.param(
        AF,
        "2021-08-14T23:40:00+04:30",
        (
            "The loss of Mazar-i-Sharif on Saturday removes the government's last foothold in a region "
            "that held out against the movement in the 1990s."
        ),
        {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        id="the_1990s_in_a_relative_clause_after_the_news",
    ),
    pytest.param(
        AF,
        "2021-08-14T23:40:00+04:30",
        "Fighters who had taken Mazar-i-Sharif in the 1990s returned to the city on Saturday.",
        set(),
        id="guard_a_relative_clause_that_tells_the_event",
    ),
    # a nominal event past its capital's appositive, then a forecast: hypothetical
    pytest.param(
        AF,
        "2021-08-04T12:00:00+04:30",
        (
            "Officials have said the fall of Lashkar Gah, a city of about 200,000 that was at the centre "
            "of British operations for years, would be a heavy blow."
        ),
        set(),
        id="the_fall_of_x_an_appositive_then_would",
    ),
    # a belief the speaker held, not a report
    pytest.param(
        AF,
        "2021-09-03T23:00:00+04:30",
        '"We thought the Taliban had entered Kabul again," a resident said of the gunfire.',
        set(),
        id="we_thought_is_no_report",
    ),
    pytest.param(
        AF,
        "2021-08-15T23:00:00+04:30",
        "Residents said they thought so too: the Taliban had entered Kabul on Sunday.",
        {("kabul", "entered", "asserted", "2021-08-15")},
        id="guard_thought_so_then_a_report",
    ),
    # a demand that attacks stop tells no fight; an advance toward a city is no fight there yet
    pytest.param(
        SYRIA,
        "2024-11-28T13:05:00+03:00",
        "Turkey said it was following events closely and that attacks on Hama had to stop.",
        set(),
        id="attacks_on_x_had_to_stop",
    ),
    pytest.param(
        SYRIA,
        "2024-11-28T13:05:00+03:00",
        "Syrian rebels push toward Aleppo in surprise offensive, cutting a key highway.",
        set(),
        id="a_push_toward_a_city_is_no_fight_there",
    ),
    # an analyst's scenarios are hypothetical; "has fallen before, twice in living memory" is history
    pytest.param(
        AF,
        "2021-07-28T13:00:00+04:30",
        (
            "We see three scenarios. In the third, a fall of Kandahar triggers a cascade: other "
            "capitals are handed over without a fight."
        ),
        set(),
        id="in_the_third_scenario",
    ),
    pytest.param(
        AF,
        "2021-07-28T13:00:00+04:30",
        "Kandahar has fallen before, twice in living memory, and each time it marked the end of a regime.",
        set(),
        id="fallen_before_twice_in_living_memory",
    ),
    pytest.param(
        AF,
        "2021-07-28T13:00:00+04:30",
        "In the third week of July, Taliban fighters attacked Kandahar from the west.",
        {("kandahar", "contested", "asserted", "2021-07-28")},
        id="guard_in_the_third_week_is_no_scenario",
    ),
    pytest.param(
        SYRIA,
        "2024-11-28T13:00:00+03:00",
        "Analysts said an assault on Aleppo, Syria's largest before the war, would mark a major escalation.",
        set(),
        id="an_assault_on_x_the_largest_would_mark",
    ),
    pytest.param(
        SYRIA,
        "2024-11-29T13:00:00+03:00",
        "Rebels launched an assault on Aleppo, Syria's largest city, on Friday.",
        {("aleppo", "contested", "asserted", "2024-11-29")},
        id="guard_an_assault_on_x_the_largest_on_friday",
    ),
    # a list a page ran onto one line, its items' days in brackets
    pytest.param(
        AF,
        "2021-08-13T08:15:00+04:30",
        (
            "Capitals taken by the Taliban since Aug. 6:\n\n"
            "- Zaranj, Nimroz (Aug. 6) - Sheberghan, Jowzjan (Aug. 7) - Kunduz, Sar-e Pul and Taloqan (Aug. 8)"
        ),
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("sheberghan", "captured", "asserted", "2021-08-07"),
            ("kunduz", "captured", "asserted", "2021-08-08"),
            ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            ("taloqan", "captured", "asserted", "2021-08-08"),
        },
        id="a_list_run_onto_one_line_with_days_in_brackets",
    ),
    pytest.param(
        AF,
        "2021-08-13T08:15:00+04:30",
        "Capitals taken so far:\n\n- Zaranj, Nimroz (Aug. 6)\n- Faizabad, Badakhshan (Aug. 11)",
        {
            ("zaranj", "captured", "asserted", "2021-08-06"),
            ("faizabad", "captured", "asserted", "2021-08-11"),
        },
        id="an_items_day_in_brackets_after_its_province",
    ),
    pytest.param(
        AF,
        "2021-08-13T08:15:00+04:30",
        "Capitals taken so far:\n\n- Farah and Pul-e Khumri, Baghlan (Aug. 10)",
        {
            ("farah", "captured", "asserted", "2021-08-10"),
            ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
        },
        id="an_item_of_two_names_joined_by_and",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_evidence_quotes_the_entities_as_written(extractor: Extractor) -> None:
    """The extractor reads "governor&#8217;s" as "governor's", but an event's evidence is the text
    as it came, at its place in it: a reader finds the quote where the span says."""
    body = (
        "KABUL &#8212; Heavy fighting raged in Herat on Thursday.\n"
        "In Farah, Taliban fighters seized the governor&#8217;s compound &amp; the police headquarters "
        "on Tuesday, officials said."
    )
    article = Article(id="e", published_at=datetime.fromisoformat("2021-08-12T20:00:00+04:30"), body=body)
    events = [e for e in extractor.extract(article) if e.capital in ("farah", "herat")]
    assert {(e.capital, e.type) for e in events} >= {("farah", "captured"), ("herat", "contested")}
    for event in events:
        assert body[event.evidence.start : event.evidence.end] == event.evidence.text
    farah = next(e for e in events if e.capital == "farah")
    assert "governor&#8217;s compound &amp; the police" in farah.evidence.text


def test_an_appositive_rejection_answers_the_claim_told_last(extractor: Extractor) -> None:
    """ "..., while the insurgents said they had taken Kandahar, a claim the government rejected":
    the rejection answers Kandahar's claim, not the captures told before the turn."""
    body = (
        "The Taliban captured Ghazni on Thursday and broke into Herat, while in the south the "
        "insurgents said they had taken Kandahar, a claim the government rejected."
    )
    article = Article(id="r", published_at=datetime.fromisoformat("2021-08-12T23:55:00+04:30"), body=body)
    modality = {(e.capital, e.type): e.modality for e in extractor.extract(article)}
    assert modality[("kandahar", "captured")] == "denied"
    assert modality[("ghazni", "captured")] != "denied"
    assert modality[("herat", "entered")] != "denied"
