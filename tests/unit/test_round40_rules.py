"""General rules found in the unfitted AF rounds 40, 41 and 43 and Syria round 37, each tested on
sentences of our own (never the rounds' sentences): the text, the theatre it is read in, when it
was published, and every control event it must yield (capital, type, modality, day)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor
from tests.unit.rule_cases import AF, FRIDAY, SYRIA, Expected, check_rule
from tests.unit.test_extract_rules import SYRIA_PUBLISHED

SYRIA_SUNDAY = "2024-12-08T20:00:00+03:00"  # Sunday 8 Dec 2024

CASES = [
    # "the Manbij area east of Aleppo ... captured the town": the town is the named area, not the
    # capital it is placed by; "the towns of X and Y north of Homs ... the outskirts of the city" is
    # the capital.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "Thousands of families have fled the Manbij area east of Aleppo since Turkish-backed factions "
            "captured the town on Monday, local officials said."
        ),
        set(),
        id="the_town_is_the_named_place_a_landmark_sets",
    ),
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        (
            "On Dec. 6 the rebels took the towns of Rastan and Talbiseh north of Homs, and by nightfall "
            "fighting had reached the northern outskirts of the city."
        ),
        {("homs", "contested", "asserted", "2024-12-06")},
        id="the_city_beside_named_towns_is_still_the_landmark",
    ),
    # "came on the third day of an offensive launched on Wednesday": the offensive's day, not the
    # entry's.
    pytest.param(
        SYRIA,
        "2024-11-29T21:00:00+03:00",
        "The push into Aleppo came on the third day of an offensive launched on Wednesday from Idlib.",
        {("aleppo", "entered", "asserted", "2024-11-29")},
        id="a_participle_on_an_offensive_dates_the_offensive",
    ),
    # a joint source with one of its own beside the claimant confirms; the claimant's own people do not.
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        "Kurdish-led fighters took control of Deir ez-Zor on Dec. 6, the SDF and a security source said.",
        {("deir-ez-zor", "captured", "asserted", "2024-12-06")},
        id="a_claimant_and_an_independent_source",
    ),
    pytest.param(
        SYRIA,
        SYRIA_PUBLISHED,
        "Rebels captured Hama on Dec. 5, HTS commanders and a spokesman said.",
        {("hama", "captured", "claimed", "2024-12-05")},
        id="a_claimant_and_its_own_spokesman",
    ),
    # "Hassan Abdulghani, a spokesman for the rebel command, said": the side's known spokesman.
    pytest.param(
        SYRIA,
        "2024-12-07T22:00:00+03:00",
        (
            "Hassan Abdulghani, a spokesman for the rebel command, said on Saturday that rebel forces had "
            "begun encircling Damascus."
        ),
        {("damascus", "contested", "claimed", "2024-12-07")},
        id="a_named_spokesman_with_an_appositive",
    ),
    # "The fall of Damascus came hours after the rebels completed their capture of Homs late on
    # Saturday": Saturday is Homs's day.
    pytest.param(
        SYRIA,
        SYRIA_SUNDAY,
        "The fall of Damascus came hours after the rebels completed their capture of Homs late on Saturday.",
        {
            ("damascus", "captured", "asserted", "2024-12-08"),
            ("homs", "captured", "asserted", "2024-12-07"),
        },
        id="came_hours_after_another_capture",
    ),
    # "its capital, Mehtarlam, was under Taliban control": the name said, not a guess at "its capital".
    pytest.param(
        AF,
        "2021-08-14T20:00:00+04:30",
        (
            "A Taliban spokesman told reporters in Kabul on Saturday that Laghman province had fallen and that "
            "its capital, Mehtarlam, was under Taliban control."
        ),
        {("mehtarlam", "captured", "claimed", "2021-08-14")},
        id="a_reference_named_in_apposition",
    ),
    # "took Ghazni as Kabul braced": Kabul is the subject of its own clause.
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban took Ghazni on Thursday as Kabul braced for an assault.",
        {("ghazni", "captured", "asserted", "2021-08-12")},
        id="as_a_named_subject_opens_a_clause",
    ),
    # "driven thousands of families into Kabul": people moved, no fighting there.
    pytest.param(
        AF,
        FRIDAY,
        "The fighting in the north has driven thousands of families into Kabul, where they sleep in parks.",
        set(),
        id="people_driven_into_a_city",
    ),
    # "and now control most of the north": control with an object of its own is no takeover of
    # the place the story is set in.
    pytest.param(
        AF,
        FRIDAY,
        (
            "Foreign troops began arriving in Kabul on Friday. The Taliban have taken at least ten "
            "provincial capitals in a week, and now control most of the north."
        ),
        set(),
        id="control_with_an_object_of_its_own",
    ),
    # a headline's "Sharana handed over, Asadabad falls": Asadabad has its own verb, not the
    # handover's (and Sharana, its participle opening the list after the colon, is handed over).
    pytest.param(
        AF,
        "2021-08-14T20:00:00+04:30",
        "Taliban sweep east: Sharana handed over, Asadabad falls, fighters enter Gardez",
        {
            ("sharana", "surrendered", "asserted", "2021-08-14"),
            ("sharana", "captured", "asserted", "2021-08-14"),
            ("asadabad", "captured", "asserted", "2021-08-14"),
            ("gardez", "entered", "asserted", "2021-08-14"),
        },
        id="a_capital_after_a_comma_with_a_verb_of_its_own",
    ),
    # "had taken Kandahar and Lashkar Gah, the group's heartland during its rule in the 1990s": the
    # appositive's past, not the capture's.
    pytest.param(
        AF,
        FRIDAY,
        (
            "Officials confirmed on Friday that the Taliban had taken Kandahar and Lashkar Gah, the "
            "group's heartland during its rule in the 1990s."
        ),
        {
            ("kandahar", "captured", "asserted", "2021-08-13"),
            ("lashkar-gah", "captured", "asserted", "2021-08-13"),
        },
        id="history_in_an_appositive_after_the_object",
    ),
    # "captured Herat and said that they had also taken Kandahar": the second predicate is their
    # word, the first the reporter's.
    pytest.param(
        AF,
        FRIDAY,
        "The Taliban captured Herat and said that they had also taken Kandahar.",
        {
            ("herat", "captured", "asserted", "2021-08-13"),
            ("kandahar", "captured", "claimed", "2021-08-13"),
        },
        id="a_speech_verb_as_the_second_predicate",
    ),
]


@pytest.mark.parametrize(("theatre_extractor", "published", "body", "expected"), CASES)
def test_rule(
    request: pytest.FixtureRequest, theatre_extractor: str, published: str, body: str, expected: Expected
) -> None:
    check_rule(request, theatre_extractor, published, body, expected)


def test_a_headline_side_pushed_out_of_a_city_lost_it(extractor: Extractor) -> None:
    """ "Taliban driven out of Qala-e Naw": a headline's passive; the government retook the city."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-07-09T12:00:00+04:30"),
        title="Taliban pushed out of Qala-e Naw, residents say",
        body="Residents of the city said shops reopened on Friday.",
    )
    retaken = [e for e in extractor.extract(article) if e.type == "retaken"]
    assert [(e.capital, e.actor, e.modality) for e in retaken] == [("qala-e-naw", "government", "asserted")]
