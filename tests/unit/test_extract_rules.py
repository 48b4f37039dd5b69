"""General rules of the extractor on sentences we write (never sentences of the seed)."""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas import Article
from streams.core.extract import Extractor

PUBLISHED = "2021-08-09T18:00:00+04:30"  # Monday 9 Aug 2021
SYRIA_PUBLISHED = "2024-12-10T11:00:00+03:00"  # Tuesday 10 Dec 2024, for the rules' Syria cases


def control(
    extractor: Extractor, body: str, title: str | None = None, published: str = PUBLISHED
) -> set[tuple[str, str, str, str]]:
    article = Article(id="t", published_at=datetime.fromisoformat(published), body=body, title=title)
    return {
        (e.capital, e.type, e.modality, e.event_time.date().isoformat())
        for e in extractor.extract(article)
        if e.type in ("captured", "entered", "contested", "retaken", "surrendered")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Taliban fighters seized Kunduz, Sar-e Pul and Taloqan on Sunday, officials said.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Sheberghan fell to the insurgents on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (
            "The militants said they had captured Aibak. The claim could not be independently verified.",
            {("aybak", "captured", "claimed", "2021-08-09")},
        ),
        (
            "Government forces retook Qala-i-Naw on Friday after two days of clashes.",
            {("qala-e-naw", "retaken", "asserted", "2021-08-06")},
        ),
        (
            "Officials in Zaranj said the city was handed over to the Taliban without a fight on Friday.",
            {
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
                ("zaranj", "captured", "asserted", "2021-08-06"),
            },
        ),
        (
            "The Interior Ministry denied that Pul-i-Khumri had fallen.",
            {("pul-e-khumri", "captured", "denied", "2021-08-09")},
        ),
        (
            "Insurgents overran parts of Farah on Monday, a lawmaker said.",
            {("farah", "captured", "partial", "2021-08-09")},
        ),
    ],
)
def test_control_events(extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert control(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Analysts warned that Mazar-i-Sharif could fall within weeks.",
        "If the Taliban capture Jalalabad, the road to Pakistan would be cut.",
        "Kabul is not under attack, a spokesman said.",
        "The Taliban first captured Kabul in 1996 and ruled until 2001.",
        "The Herat governor met elders on Monday to discuss the peace talks.",
        "Flights from Kandahar airport were suspended.",
        "The Taliban took much of Badghis province overnight.",
        "Taliban fighters entered a western provincial capital, an official said.",
        "Kandahar is under the control of the security forces, a spokesman for the governor said.",
        "Thousands of families displaced by the fighting have poured into Kabul in recent days.",
        "The army said it was taken by surprise, and Zaranj was calm on Monday.",
        "A Taliban spokesman said the fighters had been told to wait at the gates of Kabul.",
        "In Kunduz, fighting continued on Monday around the airport.",
        "HOST: Is there fighting in Kunduz?",
        "If the Taliban take Kunduz, a push on Mazar-i-Sharif could follow within days.",
        "In Faryab province, fighting continued on Monday.",
        "Herat has been conquered and rebuilt more often than almost any city in Asia.",
        "Government forces still hold Kandahar, officials said.",
    ],
)
def test_no_control_event(extractor: Extractor, body: str) -> None:
    assert control(extractor, body) == set()


def test_the_city_resolves_to_the_capital_named_before(extractor: Extractor) -> None:
    body = (
        "Fighting has raged around Taloqan for a week. On Sunday the Taliban captured the city, "
        "residents said."
    )
    events = control(extractor, body)
    assert ("taloqan", "captured", "asserted", "2021-08-08") in events


def test_ambiguous_the_city_is_not_resolved(extractor: Extractor) -> None:
    body = "Kunduz and Taloqan were both under attack. The Taliban captured the city on Sunday."
    assert {e[1] for e in control(extractor, body) if e[1] == "captured"} == set()


def test_headline_only_article(extractor: Extractor) -> None:
    assert control(extractor, "", title="Taliban capture Sheberghan") == {
        ("sheberghan", "captured", "asserted", "2021-08-09")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a surrender cue after the capture and an appositive
            "The Taliban took Sharana, the capital of Paktika, on Saturday after local elders negotiated a handover.",
            {
                ("sharana", "captured", "asserted", "2021-08-07"),
                ("sharana", "surrendered", "asserted", "2021-08-07"),
            },
        ),
        (  # the cue belongs to the first capture, not to the next capital's
            "The insurgents took Jalalabad without a fight on Sunday, and in the morning they seized Charikar.",
            {
                ("jalalabad", "captured", "asserted", "2021-08-08"),
                ("jalalabad", "surrendered", "asserted", "2021-08-08"),
                ("charikar", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Feroz Koh fell to the Taliban on Friday after government forces in the city laid down their weapons.",
            {
                ("feroz-koh", "captured", "asserted", "2021-08-06"),
                ("feroz-koh", "surrendered", "asserted", "2021-08-06"),
            },
        ),
        (  # list items placed by their province or a direction
            "On Friday the insurgents took Kandahar in the south, Tirin Kot in Uruzgan and Qalat in Zabul province.",
            {
                ("kandahar", "captured", "asserted", "2021-08-06"),
                ("tarinkot", "captured", "asserted", "2021-08-06"),
                ("qalat", "captured", "asserted", "2021-08-06"),
            },
        ),
        (
            "Zaranj, on the Iranian border, was the first to fall, on Friday.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (
            "The insurgents had broken into Feroz Koh on Friday morning.",
            {("feroz-koh", "entered", "asserted", "2021-08-06")},
        ),
        (  # the dateline names where the reporter files from
            "KABUL, Aug 9 (Frontline Wire) - Fighting raged on the outskirts of Ghazni on Monday, officials said.",
            {("ghazni", "contested", "asserted", "2021-08-09")},
        ),
    ],
)
def test_more_control_events(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert control(extractor, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        '"The Taliban cannot enter Kabul," the minister said.',
        "Echoes of 1996: how the Taliban took Kabul the first time",
        "Celebratory gunfire killed 17 people in Kabul on Friday night.",
        "The Taliban said they were in talks for a peaceful surrender of Kabul.",
        (  # a locative trigger reaches a capital at most 60 characters away
            "Thousands of families who fled fighting in the north of the country are sleeping in parks, "
            "mosques and wedding halls in Kabul, aid workers said."
        ),
        "Afghan officials in Kabul did not comment. A security source later confirmed that the city had fallen.",
        "Flights from Herat, taken by hundreds of families on Sunday, were full.",
        # residents leaving under a deal do not hand the city over; its officials or forces do
        "Thousands of residents left Kandahar on Friday after a deal between elders and the Taliban.",
        # "2001, when ...": the year dates the clause after it, even with an undated participle aside
        "The scene stirred memories of 2001, when the Northern Alliance, backed by US air power, drove "
        "the Taliban out of Mazar-i-Sharif.",
    ],
)
def test_more_no_control_event(extractor: Extractor, body: str) -> None:
    assert control(extractor, body) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the province named just before "the provincial capital" owns it; the dateline's does not
            "KABUL, Aug 9 (Frontline Wire) - The governor of Samangan province handed the provincial "
            "capital over to the Taliban on Monday.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # a relative clause after a list under a preposition: every item is its antecedent
            "The losses included Zaranj and Sheberghan, which fell on Friday and Saturday.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),  # the days paired in order
            },
        ),
        (  # a reduced relative
            "The insurgents now hold a string of northern cities, among them Sar-e Pul, taken on Sunday.",
            {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        ),
        (  # ... whose agent, if named, is a side of the conflict
            "The insurgents now hold Sheberghan, taken by the Taliban on Saturday, and Zaranj.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (  # "as well as" does not open a new clause
            "The Taliban said they had seized Taloqan, the capital of Takhar, as well as Kunduz on Sunday.",
            {
                ("taloqan", "captured", "claimed", "2021-08-08"),
                ("kunduz", "captured", "claimed", "2021-08-08"),
            },
        ),
        (
            "Government forces in Aybak laid down their weapons on Monday, a lawmaker said.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
            },
        ),
        (
            "Officials left Aybak on Monday after reaching an agreement with the insurgents, a lawmaker said.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # "the city" stands for the capital whose control the sentence before changed (its
            # undated surrender is that take, on its day)
            "The Taliban took Sheberghan on Saturday, a city on the road linking Mazar-i-Sharif with the west. "
            "Soldiers in the city laid down their weapons, officials said.",
            {
                ("sheberghan", "captured", "asserted", "2021-08-07"),
                ("sheberghan", "surrendered", "asserted", "2021-08-07"),
            },
        ),
        (  # the setting: fighting near a seat of power, entering one, street fighting
            "Residents of Ghazni said there was fighting near the governor's compound on Monday.",
            {("ghazni", "contested", "asserted", "2021-08-09")},
        ),
        (  # (since 1.124.0 the seat that governs the city, entered, is taken: the guidelines'
            # "seized the governor's office", and the second authors' gold throughout)
            "Taliban fighters attacked Pul-e Khumri on Monday. By evening they had entered the governor's "
            "office, a lawmaker said.",
            {
                ("pul-e-khumri", "contested", "asserted", "2021-08-09"),
                ("pul-e-khumri", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # a foothold alone stays an entry
            "Taliban fighters attacked Pul-e Khumri on Monday. By evening they had entered the police "
            "headquarters, a lawmaker said.",
            {
                ("pul-e-khumri", "contested", "asserted", "2021-08-09"),
                ("pul-e-khumri", "entered", "asserted", "2021-08-09"),
            },
        ),
        (
            "Government forces withdrew to the airport of Sheberghan on Saturday after hours of street fighting.",
            {("sheberghan", "entered", "asserted", "2021-08-07")},
        ),
        (  # coordination across an aside: the same preposition again, then a list
            "The insurgents pressed attacks on Pul-e Khumri in the north, where fighting went on all day, "
            "and on Farah, Ghazni and Kandahar in the south and west on Monday.",
            {
                ("pul-e-khumri", "contested", "asserted", "2021-08-09"),
                ("farah", "contested", "asserted", "2021-08-09"),
                ("ghazni", "contested", "asserted", "2021-08-09"),
                ("kandahar", "contested", "asserted", "2021-08-09"),
            },
        ),
        (
            "Taliban fighters are now at the gates of Mazar-i-Sharif, residents said.",
            {("mazar-i-sharif", "contested", "asserted", "2021-08-09")},
        ),
        (  # an appositive and a relative clause after it, between the subject and its verb
            "Pul-e Khumri, the capital of Baghlan province, which lies on the main road north of Kabul, "
            "was attacked on Monday.",
            {("pul-e-khumri", "contested", "asserted", "2021-08-09")},
        ),
        (  # "the rest of the city" is the subject (a city whose airport holds out has fallen)
            "Government forces still held the airport in Kunduz, but the rest of the city was in Taliban hands.",
            {("kunduz", "captured", "asserted", "2021-08-09")},
        ),
        (  # a headline's present tense
            "Taliban take Samangan capital Aybak, elders say",
            {("aybak", "captured", "asserted", "2021-08-09")},
        ),
        (
            "Aybak, on the road north of Kabul, fell that morning without fighting, elders said.",
            {
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
            },
        ),
        (
            "In Aybak, the governor handed the city over to the Taliban on Monday, a lawmaker said.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # where the speaker is, not what happened there
            "A spokesman told a news conference in Kabul that fighters had seized the governor's office "
            "in Sheberghan on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (  # a distance reference with a relative clause of its own
            "Sar-e Pul lies about 50 kilometres south of Sheberghan, the Jowzjan capital that the Taliban "
            "took on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (  # the relative clause belongs to the list item, not to the reference inside its aside
            "The insurgents now hold seven capitals, including Sheberghan, on the road west of "
            "Mazar-i-Sharif, which fell on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (  # fact-box items: the capital heads the item, the predicate after the colon is its own
            "- Zaranj (Nimroz province): fell on Friday, the first capital to go.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (
            "Sheberghan, Jowzjan province: taken on Aug. 7 after officials withdrew.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (
            "- Aybak (Samangan): handed over on Monday after elders asked the governor to pull out.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # a heading whose item has a subject of its own: the city is the object
            "- Herat: Taliban fighters attacked the city from three sides on Sunday.",
            {("herat", "contested", "asserted", "2021-08-08")},
        ),
        (
            "Ghazni changed hands on Sunday after its governor struck a deal with the Taliban.",
            {
                ("ghazni", "captured", "asserted", "2021-08-08"),
                ("ghazni", "surrendered", "asserted", "2021-08-08"),
            },
        ),
        (
            "A council member confirmed that Pul-e-Alam was in the hands of the insurgents.",
            {("pul-e-alam", "captured", "asserted", "2021-08-09")},
        ),
        (
            "Kandahar came under the control of the Taliban on Sunday, residents said.",
            {("kandahar", "captured", "asserted", "2021-08-08")},
        ),
        (  # a possessive actor before "capture of", and the coordinated "and of"
            "The Taliban's capture of Herat on Saturday and of Kandahar on Sunday stunned Kabul.",
            {
                ("herat", "captured", "asserted", "2021-08-07"),
                ("kandahar", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # an appositive, then the relative clause
            "The insurgents hold Kunduz, the largest city in the north, which fell on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # where the subject lies is no new clause
            "Zaranj in the far south-west became the first provincial capital to fall on Friday.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (
            "Sheberghan, the seat of the Uzbek strongman, had already fallen on Saturday.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (
            "Taloqan was taken on Sunday and Pul-e Alam, the capital of Logar, fell the same day.",
            {
                ("taloqan", "captured", "asserted", "2021-08-08"),
                ("pul-e-alam", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Taliban fighters took control of Zaranj on Friday without meeting any resistance.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
            },
        ),
        (  # a security source bearing out the claim confirms it
            "A security source said the Taliban had taken Lashkar Gah, bearing out an earlier claim by the insurgents.",
            {("lashkar-gah", "captured", "asserted", "2021-08-09")},
        ),
        (  # nor is a confirmation with its own predicate: the ministry confirmed only a partial fall
            "The Taliban said they had captured Ghazni, a city on the highway between Kabul and Kandahar, "
            "while officials acknowledged that parts of the provincial capital had fallen.",
            {
                ("ghazni", "captured", "claimed", "2021-08-09"),
                ("ghazni", "captured", "partial", "2021-08-09"),
            },
        ),
        (  # the claim rejected in the next sentence
            "The Taliban said in a statement that their fighters had entered Kunduz. A police spokesman "
            "rejected the claim.",
            {("kunduz", "entered", "denied", "2021-08-09")},
        ),
        (
            "A resistance spokesman said the claim that Bazarak has fallen is false.",
            {("bazarak", "captured", "denied", "2021-08-09")},
        ),
        (  # a side's fighters pouring in is an entry, where families pouring in is not
            "Residents said Taliban fighters poured into Kunduz on Sunday.",
            {("kunduz", "entered", "asserted", "2021-08-08")},
        ),
        (  # the city's station was seized, not the city
            "Taliban fighters pushed into Lashkar Gah on Sunday, seizing the city's television and radio station.",
            {("lashkar-gah", "entered", "asserted", "2021-08-08")},
        ),
        (  # a capital inside a relative clause is not the subject of the verb after it
            "On Monday Aybak, the capital of Samangan province, which sits on the main highway between Mazar "
            "and Kabul, was handed over to the Taliban.",
            {
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
            },
        ),
        (  # ellipsis: "as did" repeats the predicate before it
            "Maimana also fell on Saturday, an MP said, as did Puli Alam, the capital of Logar province.",
            {
                ("maymana", "captured", "asserted", "2021-08-07"),
                ("pul-e-alam", "captured", "asserted", "2021-08-07"),
            },
        ),
        (
            "Aid workers arrived in Zaranj, the first provincial capital to fall to the Taliban.",
            {("zaranj", "captured", "asserted", "2021-08-09")},
        ),
        (  # "it" as a subject: the capital of the sentence before
            "Zaranj was quiet on Saturday. The deputy governor said it had fallen on Friday without a fight.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
            },
        ),
        (  # "the city" after a capital named only as a distance reference is that capital
            "Taliban fighters seized three districts in the countryside north of Kunduz on Sunday, "
            "a day after overrunning most of the city itself.",
            {("kunduz", "captured", "partial", "2021-08-07")},
        ),
        (  # "its western neighbourhoods": a part of the city named before
            "The insurgents took control of Herat on Monday, a day after breaking into its western neighbourhoods.",
            {("herat", "captured", "asserted", "2021-08-09"), ("herat", "entered", "asserted", "2021-08-08")},
        ),
        (  # a side that rejects the reports, then says the negation, denies the entry
            "Taliban accounts posted videos they said showed fighters in the city's bazaar. The Defence "
            "Ministry called the reports fabrications and said no militant had set foot in Ghazni.",
            {("ghazni", "entered", "denied", "2021-08-09")},
        ),
        (  # a semicolon item with a verb of its own ("went": fell) borrows none from the item before
            # (no handover for Farah and Pul-e-Khumri)
            "Elders handed over Aybak on Aug 9; Farah and Pul-e-Khumri went on Aug 10.",
            {
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("farah", "captured", "asserted", "2021-08-10"),
                ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
            },
        ),
        (  # a police headquarters taken inside the city is an entry; the city is not handed over by it
            "Taliban fighters broke into Qala-e-Naw on Monday, seizing the police headquarters and freeing prisoners.",
            {("qala-e-naw", "entered", "asserted", "2021-08-09")},
        ),
        (  # with the governor's compound, the city is taken
            "Taliban fighters attacked Kunduz on Sunday. By nightfall they had seized the police headquarters "
            "and the governor's compound.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("kunduz", "contested", "asserted", "2021-08-08"),
            },
        ),
        (  # and so it is when their flag flies over the main square
            "Taliban fighters attacked Kunduz on Sunday. By nightfall they had raised their flag over the main square.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("kunduz", "contested", "asserted", "2021-08-08"),
            },
        ),
        (  # a clause that opens on "the same day" is set on the day told before
            "Mazar-i-Sharif fell to the Taliban on Saturday evening. Earlier the same day the Taliban took "
            "Maymana, the capital of Faryab.",
            {
                ("mazar-i-sharif", "captured", "asserted", "2021-08-07"),
                ("maymana", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # forces fighting "to hold" a seat of power: fighting for the city it stands in
            "The Taliban have taken control of nine of Lashkar Gah's 10 police districts, a council member said "
            "on Monday, as government forces backed by air strikes fought to hold the governor's compound.",
            {
                ("lashkar-gah", "captured", "partial", "2021-08-09"),
                ("lashkar-gah", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # a participle aside dated by an early year dates the aside, not the capture
            "Taliban fighters took control of Kunduz, overrun by the insurgents for two weeks in 2015, on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # the police headquarters seized in a capture told in the same sentence: its detail, no entry
            "Taliban fighters took control of Kunduz on Sunday, seizing the police headquarters and the prison.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # a time adjunct after the speaker's words is the reporter's background, not the claim
            "A Taliban spokesman said on Monday that they had taken Aybak, a day after the insurgents seized Kunduz.",
            {
                ("aybak", "captured", "claimed", "2021-08-09"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "parts of" before the label of the name: a partial fall of the city named
            "Officials said on Monday the Taliban had overrun parts of the provincial capital Qala-e-Naw.",
            {("qala-e-naw", "captured", "partial", "2021-08-09")},
        ),
        (  # "made their way into": an armed side's entry, not where people went
            "Taliban fighters made their way into Herat on Monday.",
            {("herat", "entered", "asserted", "2021-08-09")},
        ),
        (  # no government confirmation: the fall is not the reporter's own
            "There was no government confirmation on Monday that Herat had fallen.",
            {("herat", "captured", "claimed", "2021-08-09")},
        ),
        (  # "hours later": the day told before
            "The insurgents took Sar-e-Pul on Sunday. Hours later the Taliban announced the capture of Taloqan.",
            {
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "claimed", "2021-08-08"),
            },
        ),
        (  # taken by the day it was said to have been taken (not on the publication day after it)
            "A Taliban spokesman said on Saturday that they had taken Ghazni.",
            {("ghazni", "captured", "claimed", "2021-08-07")},
        ),
        (  # the capitals a count takes, "beginning with" one of them
            "The Taliban have now taken five provincial capitals in three days, beginning with Zaranj, "
            "on the Iranian border, on Friday.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (  # "followed on Saturday by": the next capital on its own day, which is not the first's
            "The sweep began on Friday with the fall of Zaranj, the capital of Nimroz province, followed on "
            "Saturday by Sheberghan in Jowzjan.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # "took control" with no object and no city the sentence opens on: nothing to take
            "Rebels took control on Friday, officials said.",
            set(),
        ),
        (  # "respectively": the n-th capital on the n-th day
            "Zaranj, in the south-west, and Sheberghan, in Jowzjan, fell on Friday and Saturday respectively.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # a city's name inside an outlet's ("Kabul Dispatch") is no place for "the city" to be
            "Taliban fighters entered Sheberghan on Saturday. Jowzjan's deputy governor later confirmed to "
            "Kabul Dispatch that the city had been lost.",
            {
                ("sheberghan", "entered", "asserted", "2021-08-07"),
                ("sheberghan", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # where officials have flown to is no setting of the compound the insurgents are in (inside
            # the governor's compound, the city's take since 1.124.0, not an entry)
            "The Taliban took control of Kandahar on Monday. A resident said insurgents were inside the "
            "governor's compound and that the governor had flown to Kabul.",
            {("kandahar", "captured", "asserted", "2021-08-09")},
        ),
        (  # "its fighters": the speaker's own side; the reporter's "no evidence" after the
            # other side's rejection denies nothing of its own (no captured event)
            "The National Resistance Front said its fighters had retaken Charikar on Monday. The Taliban "
            "dismissed the claim as propaganda, and there has been no evidence the city changed hands.",
            {("charikar", "retaken", "denied", "2021-08-09")},
        ),
    ],
)
def test_reading_rules(extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert control(extractor, body) == expected


def test_capitals_listed_after_a_colon(extractor: Extractor) -> None:
    """A timeline's "Three capitals fall in a single day: A, the ...; B; and C" reads as A, B and C falling."""
    body = "Aug. 8 — Three capitals fall in a single day: Kunduz, the main city of the northeast; Sar-e Pul; and Taloqan."
    assert control(extractor, body, published="2021-08-16T09:00:00+04:30") == {
        ("kunduz", "captured", "asserted", "2021-08-08"),
        ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        ("taloqan", "captured", "asserted", "2021-08-08"),
    }
    assert (
        control(extractor, "The Taliban could seize three more capitals: Mazar-i-Sharif, Kunduz and Herat.")
        == set()
    )
    assert control(extractor, "Fighters were seen in two places: Kunduz and the road to Taloqan.") == set()


def test_a_dated_telling_outranks_the_headline_s(extractor: Extractor) -> None:
    """The headline and the lead tell the same capture; the event keeps the lead's dating."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-13T07:40:00+04:30"),
        title="Taliban take Kandahar",
        body="The Taliban captured Kandahar early on Friday, a senior official said.",
    )
    [event] = [e for e in extractor.extract(article) if e.type == "captured"]
    assert (event.time_precision, event.evidence.field) == ("day", "body")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # participles fronted before their subjects
            "Also taken on Saturday, officials said, were Asadabad, the capital of Kunar, and Maymana, the "
            "capital of Faryab in the northwest.",
            {
                ("asadabad", "captured", "asserted", "2021-08-14"),
                ("maymana", "captured", "asserted", "2021-08-14"),
            },
        ),
        (  # a fronted "fallen"; the holder's loss is the attacker's capture
            "Fallen on Saturday was Sharana. The government lost Kunduz a week ago.",
            {
                ("sharana", "captured", "asserted", "2021-08-14"),
                ("kunduz", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # a number of capitals in the head of a colon list
            "On Sunday, Aug. 8, three more were lost to the Taliban in a single day: Kunduz, Sar-e-Pul and Taloqan.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "it" as an object: the capital named before it in the sentence (the break-through is the entry)
            "On Friday fighters broke through the lines around Herat, and by nightfall they were in control of it.",
            {("herat", "entered", "asserted", "2021-08-13"), ("herat", "captured", "asserted", "2021-08-13")},
        ),
        (  # the seat of power as the subject of a passive
            "In Lashkar Gah, the governor's compound was handed over to the Taliban on Friday.",
            {
                ("lashkar-gah", "captured", "asserted", "2021-08-13"),
                ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
            },
        ),
        (  # a date with its weekday; "the 13th" of this month; a day-month-year date
            "Zaranj fell on Friday, Aug. 6, Kandahar on the 13th, and on 07.08.2021 Sheberghan was taken.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("kandahar", "captured", "asserted", "2021-08-13"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # "the 3rd police district" is no date
            "Fighting raged on Friday in the 3rd police district of Lashkar Gah.",
            {("lashkar-gah", "contested", "asserted", "2021-08-13")},
        ),
        (  # a paragraph headed by a sentence that is only a date
            "MONDAY, AUG. 9. Aybak was handed over without a shot.\n\nWEDNESDAY, AUG. 11. Faizabad fell in the "
            "early hours.",
            {
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("faizabad", "captured", "asserted", "2021-08-11"),
            },
        ),
        (  # news of its own after a place people came from
            "Many of the families came from Kunduz, which fell to the Taliban on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # a forecast after the verb is about something else
            "The group had earlier taken Zaranj on August 6th, in a campaign launched as foreign forces withdraw, "
            "a pull-out set to be completed by the end of the month.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (  # a party's negation of what a side claimed is its denial
            'The Taliban said they had captured Mazar-i-Sharif. "The Taliban have not captured Mazar-i-Sharif," '
            "a government spokesman said.",
            {
                ("mazar-i-sharif", "captured", "claimed", "2021-08-14"),
                ("mazar-i-sharif", "captured", "denied", "2021-08-14"),
            },
        ),
        (  # a relative clause between the subject and its verb
            "Mazar-i-Sharif, which Ghani had visited only three days earlier, fell in the evening.",
            {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        ),
        (
            "Many came from Taloqan, the Takhar provincial capital taken on Sunday.",
            {("taloqan", "captured", "asserted", "2021-08-08")},
        ),
        (
            "The fall on Saturday of Sheberghan shocked the north.",
            {("sheberghan", "captured", "asserted", "2021-08-14")},
        ),
        (  # a correction withdraws what the story said: the outlet's mistake, no party's word
            "(An earlier version of this story said Maymana had fallen to the Taliban.)",
            set(),
        ),
        (
            "Kandahar was confirmed in insurgent hands on Friday.",
            {("kandahar", "captured", "asserted", "2021-08-13")},
        ),
        (  # a sentence set in a capital named up front
            "In Kandahar, the country's second-largest city, heavy fighting continued on Thursday.",
            {("kandahar", "contested", "asserted", "2021-08-12")},
        ),
        (  # a relative clause is gated by its own words, not the intention before it
            "The defence ministry says commandos are preparing to retake Kunduz, which fell on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (
            "On Monday Aybak, the capital of Samangan, was handed to the Taliban without a fight.",
            {
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
            },
        ),
        (  # "and so are": the predicate again for the capitals after it
            "Kunduz is seized on Sunday, and so are Sar-e Pul and Taloqan.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "the capital Qalat" names Qalat, not the national capital
            "In Zabul province, the capital Qalat was taken by the Taliban on Friday.",
            {("qalat", "captured", "asserted", "2021-08-13")},
        ),
        (  # a briefing's section heading sets the capital of the sentences under it
            "MAZAR-I-SHARIF. The north's largest city fell on Saturday evening.",
            {("mazar-i-sharif", "captured", "asserted", "2021-08-14")},
        ),
        (
            "The clip was filmed in Kunduz on Sunday, the day that city fell to the insurgents.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "clashed with" is fighting; "its northern approaches" is the city's
            "Taliban fighters clashed with government troops on the northern outskirts of Herat on Friday, and "
            "by evening there was fighting on its western approaches.",
            {("herat", "contested", "asserted", "2021-08-13")},
        ),
        (  # a list of subjects, then an aside, then the verb
            "Kandahar and Herat, the country's second- and third-largest cities, had fallen on Friday.",
            {
                ("kandahar", "captured", "asserted", "2021-08-13"),
                ("herat", "captured", "asserted", "2021-08-13"),
            },
        ),
        (  # a denial covers the fall it names, not the fighting the speaker goes on to describe
            "A provincial official denied that Pul-e Alam had fallen, saying government forces were battling "
            "the insurgents on its edges on Friday.",
            {
                ("pul-e-alam", "captured", "denied", "2021-08-14"),
                ("pul-e-alam", "contested", "asserted", "2021-08-13"),
            },
        ),
        (  # a capture told in a relative clause is handed over only within it
            "In Kunduz, which they took on Sunday, the army corps that held out at the airport surrendered on "
            "Wednesday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "the provincial centre of X" is the city itself
            "On Friday the provincial centre of Kandahar came under the control of the Taliban.",
            {("kandahar", "captured", "asserted", "2021-08-13")},
        ),
        (  # a place coordinated after a locative shares it; a capital after another verb takes that
            # verb's reading ("claimed Ghazni": a claimed capture), not the entry's
            "Fighting raged on Friday in Kandahar and Lashkar Gah, while the Taliban pushed into Herat and claimed "
            "Ghazni.",
            {
                ("kandahar", "contested", "asserted", "2021-08-13"),
                ("lashkar-gah", "contested", "asserted", "2021-08-13"),
                ("herat", "entered", "asserted", "2021-08-13"),
                ("ghazni", "captured", "claimed", "2021-08-13"),
            },
        ),
        (  # a side's own word for it; "passes to"; "Y followed" repeats the predicate before it
            'The Taliban said Faizabad had been "liberated" on Wednesday. Kunduz passed to the Taliban on '
            "Sunday and Taloqan followed the same day.",
            {
                ("faizabad", "captured", "claimed", "2021-08-11"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
    ],
)
def test_word_order_and_dates(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert control(extractor, body, published="2021-08-14T23:00:00+04:30") == expected


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        (  # a claim with an object of its own is not about the falls before it (it is its own)
            "2021-08-14T09:00:00+04:30",
            "Kandahar, Lashkar Gah and Qalat all fell on Friday; the Taliban also claim Qala-e Naw.",
            {
                ("kandahar", "captured", "asserted", "2021-08-13"),
                ("lashkar-gah", "captured", "asserted", "2021-08-13"),
                ("qalat", "captured", "asserted", "2021-08-13"),
                ("qala-e-naw", "captured", "claimed", "2021-08-13"),
            },
        ),
        (  # a time clause presupposes the fall: the reporter's background, outside the claim
            "2021-09-06T18:00:00+04:30",
            "The Taliban said they had taken full control of Panjshir, the last province holding out "
            "since the fall of Kabul on 15 August.",
            {("kabul", "captured", "asserted", "2021-08-15")},
        ),
        (  # the side's own announcement in its own clause: a claim, whoever spoke before
            "2021-08-15T22:00:00+04:30",
            "Maidan Shahr fell in the morning, a local official said, and the Taliban announced that they "
            "had also taken Khost.",
            {
                ("maidan-shahr", "captured", "asserted", "2021-08-15"),
                ("khost", "captured", "claimed", "2021-08-15"),
            },
        ),
        (  # participles set off after each capital qualify it alone
            "2021-08-08T20:00:00+04:30",
            "The three cities join Zaranj, taken on Friday, and Sheberghan, lost on Saturday.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # "the city" is the article's capital, not where the speakers are; those driven out lost it
            "2021-07-08T18:05:00+04:30",
            "Taliban fighters broke into Qala-e-Naw on Wednesday. Officials in Kabul said commandos were flown "
            "in overnight and that by Thursday afternoon the Taliban had been driven out of the city.",
            {
                ("qala-e-naw", "entered", "asserted", "2021-07-07"),
                ("qala-e-naw", "retaken", "asserted", "2021-07-08"),
            },
        ),
        (  # a timeline: the date heading a paragraph dates the sentences after it
            "2021-08-16T09:00:00+04:30",
            "Aug. 13 — Kandahar comes under the control of the Taliban. Herat is handed over to the insurgents."
            "\n\nAug. 14 — Mazar-i-Sharif falls.",
            {
                ("kandahar", "captured", "asserted", "2021-08-13"),
                ("herat", "captured", "asserted", "2021-08-13"),
                ("herat", "surrendered", "asserted", "2021-08-13"),
                ("mazar-i-sharif", "captured", "asserted", "2021-08-14"),
            },
        ),
        (  # "a day after" counts back from the day it is told against
            "2021-08-14T09:00:00+04:30",
            "Herat was handed over to the Taliban on Friday, a day after the insurgents swept into the city.",
            {
                ("herat", "captured", "asserted", "2021-08-13"),
                ("herat", "surrendered", "asserted", "2021-08-13"),
                ("herat", "entered", "asserted", "2021-08-12"),
            },
        ),
        (
            "2021-08-09T18:00:00+04:30",
            "A day after the Taliban took Kunduz, fighters patrolled the city on Monday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "two days after ... on Sunday" is dated by its own day
            "2021-08-10T18:00:00+04:30",
            "Farah fell on Tuesday, two days after the Taliban took Kunduz on Sunday.",
            {
                ("farah", "captured", "asserted", "2021-08-10"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "the same day" as the news before it
            "2021-08-14T09:00:00+04:30",
            "Kandahar fell early on Friday. Lashkar Gah fell the same day, officials said.",
            {
                ("kandahar", "captured", "asserted", "2021-08-13"),
                ("lashkar-gah", "captured", "asserted", "2021-08-13"),
            },
        ),
        (  # the seat of power handed over in the capital the sentence is set in
            "2021-08-14T09:00:00+04:30",
            "In Lashkar Gah, officials handed over the governor's compound to the Taliban on Friday under a deal "
            "brokered by elders.",
            {
                ("lashkar-gah", "captured", "asserted", "2021-08-13"),
                ("lashkar-gah", "surrendered", "asserted", "2021-08-13"),
            },
        ),
        (  # the handover qualifies the capital before it, not the one captured after it
            "2021-08-14T09:00:00+04:30",
            "Earlier in the day, the insurgents took Sharana, the capital of Paktika province, after local elders "
            "negotiated its handover, and also captured Asadabad, the capital of eastern Kunar province, officials said.",
            {
                ("sharana", "captured", "asserted", "2021-08-14"),
                ("sharana", "surrendered", "asserted", "2021-08-14"),
                ("asadabad", "captured", "asserted", "2021-08-14"),
            },
        ),
    ],
)
def test_rules_dated_against_their_own_day(
    extractor: Extractor, published: str, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Rules whose sentences are dated against a publication day of their own: event days,
    surrenders, claims scoped to what they govern, participles and coreference across a list, a
    retake's side."""
    assert control(extractor, body, published=published) == expected


def test_a_history_runs_on_into_an_undated_paragraph_told_in_the_past(extractor: Extractor) -> None:
    """The paragraph after "In 1989 ..." that carries the story on, undated and in the past, is history
    too; one back in the present is news again."""
    body = (
        "The last Soviet soldier left in February 1989.\n\n"
        "It lasted three. Weeks after the withdrawal, mujahideen factions laid siege to Jalalabad.\n\n"
        "That history weighs on officials now, as the Taliban have attacked Jalalabad again."
    )
    assert control(extractor, body) == {("jalalabad", "contested", "asserted", "2021-08-09")}
    reported = "Kunduz was first taken by the Taliban in 1996.\n\nA Taliban commander said his fighters had entered Kunduz."
    assert control(extractor, reported) == {("kunduz", "entered", "claimed", "2021-08-09")}


def test_the_fall_of_a_city_is_not_the_subject_s_gain(extractor: Extractor) -> None:
    """Soldiers who flee after the fall of Kabul lost it: the captor is the attacker, not them."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-16T17:00:00+04:30"),
        body="Afghan soldiers fled across the borders after the fall of Kabul on Sunday.",
    )
    [event] = extractor.extract(article)
    assert (event.capital, event.type, event.actor) == ("kabul", "captured", "taliban")


def test_the_presidential_palace_is_in_the_national_capital(extractor: Extractor) -> None:
    article = Article(
        id="t",
        published_at=datetime.fromisoformat("2021-08-15T20:45:00+04:30"),
        body="By nightfall the insurgents said their commanders had taken over the presidential palace.",
    )
    assert {(e.capital, e.type, e.modality) for e in extractor.extract(article)} == {
        ("kabul", "captured", "claimed")
    }


def test_a_later_surrender_in_the_next_clause_is_not_the_capture_s(extractor: Extractor) -> None:
    """Troops at the airport surrendering days after the city fell did not hand the city over."""
    body = (
        "Kunduz fell on Sunday, and on Wednesday the army troops who had held out at its airport surrendered."
    )
    assert control(extractor, body, published="2021-08-11T20:00:00+04:30") == {
        ("kunduz", "captured", "asserted", "2021-08-08")
    }


def test_surrender_receiver_is_not_the_side_that_leaves(extractor: Extractor) -> None:
    article = Article(
        id="t",
        published_at=datetime.fromisoformat(PUBLISHED),
        body="Government officials left Aybak on Monday after striking a deal with the insurgents.",
    )
    actors = {e.actor for e in extractor.extract(article) if e.type == "surrendered"}
    assert actors == {"taliban"}


def test_the_speaker_is_not_the_attacker(extractor: Extractor) -> None:
    article = Article(
        id="t",
        published_at=datetime.fromisoformat(PUBLISHED),
        body="The Taliban took Sheberghan on Saturday, a government official said, after days of fighting on its edges.",
    )
    contested = [e for e in extractor.extract(article) if e.type == "contested"]
    assert [(e.capital, e.actor, e.modality) for e in contested] == [("sheberghan", "taliban", "asserted")]


def test_leaving_under_a_named_treaty_is_no_surrender(extractor: Extractor) -> None:
    """ "Under a deal" is a local handover; "under the Doha agreement" is a treaty's timetable."""
    body = "The last U.S. forces left Kabul on Monday night under the Doha agreement's withdrawal timetable."
    assert control(extractor, body, published="2021-09-01T10:00:00+04:30") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The Taliban entered the Afghan capital on Sunday.",
            {("kabul", "entered", "asserted", "2021-08-15")},
        ),
        (
            "Taliban fighters were fighting on the outskirts of the capital on Saturday, officials said.",
            {("kabul", "contested", "asserted", "2021-08-14")},
        ),
        (  # "the capital of X province" stays the province's
            "The Taliban captured the capital of Helmand province on Friday.",
            {("lashkar-gah", "captured", "asserted", "2021-08-13")},
        ),
        ("Thousands of families who fled the fighting crowded into the capital on Sunday.", set()),
    ],
)
def test_the_capital_is_the_theatre_s_national_capital(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert control(extractor, body, published="2021-08-15T20:00:00+04:30") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A Taliban spokesman said on Twitter that Herat had been completely conquered.",
            {("herat", "captured", "claimed", "2021-08-13")},
        ),
        (  # a seat of power named by its city's possessive: the governor's is the city's capture
            "Residents said the Taliban took over Kandahar's governor's office on Friday.",
            {("kandahar", "captured", "asserted", "2021-08-13")},
        ),
        (  # its police headquarters alone, an entry (a governor can hold out, as in Qala-e-Naw on 7 July)
            "Residents said the Taliban took over Kandahar's police headquarters on Friday.",
            {("kandahar", "entered", "asserted", "2021-08-13")},
        ),
        (  # a surrender in a city
            "Fighters loyal to Ismail Khan surrendered to the Taliban in Herat on Friday.",
            {
                ("herat", "surrendered", "asserted", "2021-08-13"),
                ("herat", "captured", "asserted", "2021-08-13"),
            },
        ),
    ],
)
def test_fall_of_herat_and_kandahar_phrasings(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert control(extractor, body, published="2021-08-13T20:00:00+04:30") == expected


def test_a_list_under_a_heading_reports_the_heading_s_event_for_each_item(extractor: Extractor) -> None:
    body = (
        "KABUL, Aug 10 (Wire) - The insurgents now hold six capitals.\n\n"
        "CITIES TAKEN BY THE TALIBAN\n\n"
        "- Aug. 7: Sheberghan, Jowzjan province.\n"
        "- Aug. 8: Taloqan, Takhar province. Shops stayed shut.\n"
        "- Kunduz province: most districts.\n\n"
        "CITIES UNDER THREAT\n\n"
        "- Mazar-i-Sharif: officials say it is not under threat.\n"
    )
    assert control(extractor, body, published="2021-08-10T18:00:00+04:30") == {
        ("sheberghan", "captured", "asserted", "2021-08-07"),
        ("taloqan", "captured", "asserted", "2021-08-08"),
    }


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (  # "ZARANJ (Nimroz) - Friday, Aug. 6." under a lead-in that ends its line with the list's
            # event ("in the order they fell:"); telegraphic items with no subject ("Handed over
            # ..."); an item whose own sentence tells it ("The Taliban said ...") as that says
            "KABUL, Aug 14 (Frontline Wire) - The Taliban have taken many provincial capitals since Aug. 6. "
            "Here is a list, in the order they fell:\n\n"
            "ZARANJ (Nimroz) - Friday, Aug. 6. Taken without a fight.\n\n"
            "AYBAK (Samangan) - Monday, Aug. 9. Handed over after elders asked the governor to spare the city.\n\n"
            "FEROZ KOH (Ghor) - The Taliban said on Aug. 13 they had taken the city.",
            "2021-08-14T14:30:00+04:30",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("feroz-koh", "captured", "claimed", "2021-08-13"),  # said on Aug. 13 to be taken
            },
        ),
        (  # "AUG 8 - KUNDUZ, SAR-E PUL, TALOQAN (Takhar): ..." under a sentence that says a list
            # of the falls follows; an item's notes ("handed over after elders ...") are about its
            # capital; a heading that says a capital was not taken reports nothing for it
            "KABUL - The Taliban took most provincial capitals in ten days. Below is a list of the capitals and "
            "the dates they fell, as reported by officials.\n\n"
            "AUG 8 - KUNDUZ, SAR-E PUL, TALOQAN (Takhar): three northern capitals lost in a single day.\n\n"
            "AUG 9 - AYBAK (Samangan): handed over after local elders asked the governor to withdraw his forces.\n\n"
            "NOT TAKEN: BAZARAK (Panjshir). No fighting has been reported in the Panjshir valley.",
            "2021-08-16T10:00:00+04:30",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("aybak", "surrendered", "asserted", "2021-08-09"),
            },
        ),
    ],
)
def test_a_factbox_of_capitals_named_in_capitals(
    extractor: Extractor, body: str, published: str, expected: set[tuple[str, str, str, str]]
) -> None:
    assert control(extractor, body, title="FACTBOX: how the capitals fell", published=published) == expected


def test_a_dateline_in_capitals_heads_no_list(extractor: Extractor) -> None:
    body = "Here is what we know about the cities that fell:\n\nKABUL (Frontline Wire) - Fighting was reported in Ghazni."
    assert ("kabul", "captured", "asserted", "2021-08-09") not in control(extractor, body)


def test_a_heading_without_a_list_reports_nothing(extractor: Extractor) -> None:
    body = "CITIES TAKEN\n\nOfficials in Herat said the roads were open on Monday."
    assert control(extractor, body) == set()


def test_a_numbered_timeline_item_is_dated_by_its_heading_in_every_sentence(extractor: Extractor) -> None:
    body = (
        "KABUL, Aug 15 (Wire) - Key dates of the offensive:\n\n"
        "12. Aug. 13 - Qalat falls. Insurgents also take Tarinkot.\n"
        "13. Aug. 14 - Fighting reaches Gardez.\n"
    )
    assert control(extractor, body, published="2021-08-15T22:00:00+04:30") == {
        ("qalat", "captured", "asserted", "2021-08-13"),
        ("tarinkot", "captured", "asserted", "2021-08-13"),
        ("gardez", "contested", "asserted", "2021-08-14"),
    }


def test_a_date_in_the_dateline_dates_the_filing_not_the_event(extractor: Extractor) -> None:
    body = "HERAT, Afghanistan, Aug 9 - Clashes raged on the outskirts of Herat on Sunday, officials said."
    assert control(extractor, body) == {("herat", "contested", "asserted", "2021-08-08")}


@pytest.mark.parametrize(
    ("body", "days"),
    [
        (
            "On Friday the insurgents took a border post. A day earlier they attacked Farah, officials said.",
            {"2021-08-05"},
        ),
        ("The Taliban attacked Farah on Thursday. The next day the city fell.", {"2021-08-05", "2021-08-06"}),
        ("Militants attacked Farah the day before, residents said.", {"2021-08-08"}),
    ],
)
def test_a_day_earlier_counts_from_the_day_told_last(extractor: Extractor, body: str, days: set[str]) -> None:
    assert {event[3] for event in control(extractor, body)} == days


def test_the_capital_of_a_province_with_a_hyphenated_direction(extractor: Extractor) -> None:
    body = "Fighters broke into the capital of north-western Badghis province on Sunday."
    assert control(extractor, body) == {("qala-e-naw", "entered", "asserted", "2021-08-08")}


def test_the_national_capital_named_in_passing_is_not_the_city(extractor: Extractor) -> None:
    body = (
        "Taliban fighters took Farah on Tuesday, officials said.\n\n"
        '"We begged Kabul for help and got none," a police officer said.\n\n'
        "Residents said fighters were patrolling the city's streets."
    )
    found = control(extractor, body, title="Taliban take Farah", published="2021-08-10T18:00:00+04:30")
    assert {capital for capital, _, _, _ in found} == {"farah"}


def test_the_national_capital_stays_the_city_of_a_story_about_it(extractor: Extractor) -> None:
    body = (
        "Fighters were told to wait at the gates of Kabul and not to enter the city.\n\n"
        "An official said fighters were already entering the city."
    )
    found = control(
        extractor, body, title="Taliban at the gates of Kabul", published="2021-08-15T12:00:00+04:30"
    )
    assert {(capital, kind) for capital, kind, _, _ in found} == {
        ("kabul", "contested"),
        ("kabul", "entered"),
    }


def test_the_provincial_capital_is_not_the_national_capital_of_the_story(extractor: Extractor) -> None:
    body = (
        "Taliban fighters overran Nerkh district, less than an hour's drive from the Afghan capital.\n\n"
        "The district fell after days of fighting, and Afghan forces pulled back towards the provincial capital."
    )
    assert control(extractor, body, title="Taliban take district near Kabul") == set()


def test_the_provincial_capital_still_resolves_to_a_provincial_topic(extractor: Extractor) -> None:
    body = (
        "Taliban fighters attacked Ghazni on Wednesday, officials said.\n\n"
        "By Thursday the insurgents had captured the provincial capital."
    )
    found = control(extractor, body, published="2021-08-12T18:00:00+04:30")
    assert {(capital, kind) for capital, kind, _, _ in found} >= {("ghazni", "captured")}


def test_that_year_is_the_year_told_before(extractor: Extractor) -> None:
    body = (
        "In Bamiyan, older residents have begun to talk about 1998 again.\n\n"
        "That was the year Taliban fighters captured Bamiyan and, according to rights groups, killed hundreds."
    )
    assert control(extractor, body) == set()


def test_the_following_year_after_the_year_before_the_offensive_is_current(extractor: Extractor) -> None:
    body = (
        "Washington signed a withdrawal deal with the Taliban in 2020.\n\n"
        "The following year, Taliban fighters captured Kunduz on Sunday."
    )
    assert control(extractor, body) == {("kunduz", "captured", "asserted", "2021-08-08")}


def test_an_event_after_after_is_not_dated_by_the_main_clause(extractor: Extractor) -> None:
    body = "The Taliban declared victory on Monday after taking control of Kabul."
    article = Article(id="t", published_at=datetime.fromisoformat("2021-08-16T12:00:00+04:30"), body=body)
    captures = [e for e in extractor.extract(article) if e.type == "captured"]
    assert [(e.capital, e.time_precision) for e in captures] == [("kabul", "report")]


def test_a_speaker_s_own_side_takes_the_city(extractor: Extractor) -> None:
    body = "A Taliban spokesman said on Friday that they had taken control of Farah."
    events = [
        e
        for e in extractor.extract(Article(id="t", published_at=datetime.fromisoformat(PUBLISHED), body=body))
        if e.type == "captured"
    ]
    assert [(e.capital, e.actor, e.modality) for e in events] == [("farah", "taliban", "claimed")]


@pytest.mark.parametrize(
    ("published", "undated"),
    [
        ("2021-08-15T01:30:00+04:30", "2021-08-14"),
        ("2021-08-15T07:15:00+04:30", "2021-08-14"),  # the early morning's story, as the small hours'
        ("2021-08-15T10:30:00+04:30", "2021-08-15"),  # the day's own story: its undated news is the day's
    ],
)
def test_a_story_filed_in_the_small_hours_reports_the_day_before(
    extractor: Extractor, published: str, undated: str
) -> None:
    body = (
        "KABUL (Wire) - The Taliban captured Aybak late Saturday, officials said.\n\n"
        "The insurgents also took Farah."
    )  # a paragraph of its own: in Aybak's paragraph Farah would be Saturday's (test_round56_rules)
    found = control(extractor, body, published=published)
    assert {(capital, day) for capital, _, _, day in found} == {
        ("aybak", "2021-08-14"),
        ("farah", undated),
    }


def test_a_relative_aside_is_the_reporter_s_not_the_speaker_s(extractor: Extractor) -> None:
    body = "In Herat, which the Taliban took on Thursday, the governor was detained on Friday, a Taliban spokesman said."
    assert control(extractor, body, published="2021-08-13T18:00:00+04:30") == {
        ("herat", "captured", "asserted", "2021-08-12")
    }


def test_denied_that_rejects_the_claim_before_it(extractor: Extractor) -> None:
    body = "The insurgents said they had taken Gardez. A provincial official denied that."
    assert control(extractor, body) == {("gardez", "captured", "denied", "2021-08-09")}


def test_a_verb_left_out_after_and_and_a_day(extractor: Extractor) -> None:
    body = "The insurgents took Ghazni on Thursday, on the main highway, and on Wednesday Faizabad."
    assert control(extractor, body, published="2021-08-13T18:00:00+04:30") == {
        ("ghazni", "captured", "asserted", "2021-08-12"),
        ("faizabad", "captured", "asserted", "2021-08-11"),
    }


def test_officials_who_could_not_be_reached_confirm_nothing(extractor: Extractor) -> None:
    body = (
        "The Taliban also claimed on Saturday that they had taken Asadabad, but local officials "
        "could not be reached to confirm the claim."
    )
    assert control(extractor, body, published="2021-08-14T16:30:00+04:30") == {
        ("asadabad", "captured", "claimed", "2021-08-14")
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # subjects set off by an aside, background, appositive years, defending, "in and around", named towns
        (  # a subject set off by an aside: the participle after the comma is its verb
            "The Taliban, backed by foreign fighters, captured Kunduz on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "for years" is background, not news
            "Militias have for years fought alongside the army around Herat.",
            set(),
        ),
        (  # a year inside an appositive dates the aside only
            "Fighters took control of Kunduz, the scene of a 2015 raid, on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (
            "Government troops were fighting to keep hold of Lashkar Gah on Monday.",
            {("lashkar-gah", "contested", "asserted", "2021-08-09")},
        ),
        (
            "Heavy fighting also went on in and around the southern city of Kandahar.",
            {("kandahar", "contested", "asserted", "2021-08-09")},
        ),
        (
            "Fighters took over the border city of Zaranj and the market town of Farah on Friday.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("farah", "captured", "asserted", "2021-08-06"),
            },
        ),
        # handovers and "the whole city"
        (
            "In Daykundi, officials gave up Nili without a fight, a lawmaker said.",
            {
                ("nili", "surrendered", "asserted", "2021-08-09"),
                ("nili", "captured", "asserted", "2021-08-09"),
            },
        ),
        (
            "Pul-e-Alam fell on Friday after the governor reached an understanding with the Taliban.",
            {
                ("pul-e-alam", "captured", "asserted", "2021-08-06"),
                ("pul-e-alam", "surrendered", "asserted", "2021-08-06"),
            },
        ),
        (
            "Fighters broke into Herat on Thursday. By nightfall they had taken the whole city.",
            {("herat", "entered", "asserted", "2021-08-05"), ("herat", "captured", "asserted", "2021-08-05")},
        ),
        # months, relative days, asides' days, demands, hyphenated subjects
        (  # the month, not the modal
            "On May 14 the Taliban attacked the outskirts of Lashkar Gah.",
            {("lashkar-gah", "contested", "asserted", "2021-05-14")},
        ),
        (
            "The army left Bagram on July 2. Five days later fighters broke into Qala-e Naw, "
            "before commandos pushed them out of the city the following day.",
            {
                ("qala-e-naw", "entered", "asserted", "2021-07-07"),
                ("qala-e-naw", "retaken", "asserted", "2021-07-08"),
            },
        ),
        (  # the day inside a relative aside is the aside's
            "SATURDAY, AUG. 7. Sheberghan, which Dostum had visited three days earlier, fell in the evening.",
            {("sheberghan", "captured", "asserted", "2021-08-07")},
        ),
        (
            "Residents staged protests demanding that the Taliban hand Herat back to its elders.",
            set(),
        ),
        (
            "In Kunduz, which battle-hardened Taliban fighters took over on Sunday, shops reopened.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        # losses, districts, plans, a capital's link
        (
            "Government forces lost control of Kunduz to the Taliban on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        ("The Taliban lost control of Herat on Friday.", set()),
        (
            "The consulate in Herat, the western city which the group took over on Friday, stayed open.",
            {("herat", "captured", "asserted", "2021-08-06")},
        ),
        (
            "By Sunday the fighting had reached the approaches to Bazarak.",
            {("bazarak", "contested", "asserted", "2021-08-08")},
        ),
        ("The ministry said Arghandab district in Kandahar had been cleared of insurgents.", set()),
        ("Police arrested a cell that had been planning attacks on offices in Kabul.", set()),
        (  # the capital's link was cut, not the capital
            "The fall of Jalalabad cut off the capital's link with the Torkham crossing.",
            {("jalalabad", "captured", "asserted", "2021-08-09")},
        ),
        # "of the same name", destinations, "to avoid", "overnight into", asides and forecasts
        (
            "In Sar-e-Pul province, a lawmaker said the insurgents took the capital of the same name on Sunday.",
            {("sar-e-pul", "captured", "asserted", "2021-08-08")},
        ),
        (  # "the city" is not where officials went
            "Fighters surrounded Aybak on Sunday. Officials left the city towards Balkh province, a lawmaker said.",
            {("aybak", "contested", "asserted", "2021-08-08")},
        ),
        ("Elders urged the governor to avoid fighting inside Aybak.", set()),
        (
            "Kandahar was taken overnight into Friday, officials said.",
            {("kandahar", "captured", "asserted", "2021-08-06")},
        ),
        (  # a forecast outside a relative aside does not gate the aside
            "The Taliban, who have been in control of Kunduz for a day, are expected to name a governor.",
            {("kunduz", "captured", "asserted", "2021-08-09")},
        ),
        # modifiers, gunfire, "without much resistance", notes to editors
        ("The Taliban said they had captured Kandahar's central prison and freed inmates.", set()),
        (
            "Fighters pushed into Farah from the north on Sunday.",
            {("farah", "entered", "asserted", "2021-08-08")},
        ),
        ("A loud explosion, followed by gunfire, was heard in Kabul's Sherpur district.", set()),
        (
            "Residents reported gunfire on the outskirts of Jalalabad.",
            {("jalalabad", "contested", "asserted", "2021-08-09")},
        ),
        (  # "without much resistance" is some resistance: no handover
            "The Taliban took Aybak without much resistance on Monday.",
            {("aybak", "captured", "asserted", "2021-08-09")},
        ),
        ("(Adds governor's comments, fighting in Kunduz; updates headline)", set()),
        # semicolon and "including" lists
        (
            "On Sunday the Taliban took Khost, near the border; Maidan Shahr, the capital of Wardak; and "
            "Charikar, the capital of Parwan province.",
            {
                ("khost", "captured", "asserted", "2021-08-08"),
                ("maidan-shahr", "captured", "asserted", "2021-08-08"),
                ("charikar", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "On Sunday the Taliban took Khost; Gardez remained calm.",
            {("khost", "captured", "asserted", "2021-08-08")},
        ),
        (
            "The insurgents have now taken 18 of the 34 provincial capitals, including Kandahar and Herat.",
            {
                ("kandahar", "captured", "asserted", "2021-08-09"),
                ("herat", "captured", "asserted", "2021-08-09"),
            },
        ),
        (
            "Fighters had taken Mahmud-i-Raqi, the capital of Kapisa province northeast of Kabul, and Parun, "
            "the capital of remote Nuristan, on Sunday.",
            {
                ("mahmud-i-raqi", "captured", "asserted", "2021-08-08"),
                ("parun", "captured", "asserted", "2021-08-08"),
            },
        ),
        # asides between a capital and its predicate
        (
            "An official confirmed that Pul-e-Alam, the capital of Logar province, just 70 kilometers "
            "(40 miles) south of Kabul, was in Taliban hands.",
            {("pul-e-alam", "captured", "asserted", "2021-08-09")},
        ),
        (
            "The Taliban also took Asadabad, the capital of Kunar province, a local official said, and "
            "Maymana, the capital of Faryab.",
            {
                ("asadabad", "captured", "asserted", "2021-08-09"),
                ("maymana", "captured", "asserted", "2021-08-09"),
            },
        ),
        (
            "Lashkar Gah, the capital of Helmand province, where troops had fought for weeks to hold on, "
            "fell to the Taliban on Friday.",
            {("lashkar-gah", "captured", "asserted", "2021-08-06")},
        ),
        # "lost" as a predicate
        (
            "Elders hand Paktika capital to Taliban; Asadabad, Maymana also lost",
            {
                ("sharana", "surrendered", "asserted", "2021-08-09"),
                ("sharana", "captured", "asserted", "2021-08-09"),
                ("asadabad", "captured", "asserted", "2021-08-09"),
                ("maymana", "captured", "asserted", "2021-08-09"),
            },
        ),
        ("Kunduz was lost to the Taliban on Sunday.", {("kunduz", "captured", "asserted", "2021-08-08")}),
        ("Kunduz lost power on Sunday.", set()),
        # bare days, "followed by", lists with places, "claimed X", "when"
        (
            "Kunduz, Sar-e-Pul and Taloqan all fell Sunday.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Zaranj fell Friday, followed a day later by Sheberghan.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (
            "The Taliban captured two more capitals on Friday: Qalat in Zabul and Qala-i-Naw in Badghis.",
            {
                ("qalat", "captured", "asserted", "2021-08-06"),
                ("qala-e-naw", "captured", "asserted", "2021-08-06"),
            },
        ),
        (
            "The insurgents claimed Chaghcharan in a statement on Twitter.",
            {("feroz-koh", "captured", "claimed", "2021-08-09")},
        ),
        ("The Taliban claimed responsibility for an attack in Kabul.", set()),
        (
            "The insurgents have seized five capitals since Friday, when they took Zaranj.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (  # the noun phrase "the first capital to be taken", then the capital in apposition
            "The first provincial capital to be taken, Zaranj on the Iranian border, fell Friday.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (
            "The latest city to fall was Pul-e-Alam, officials said.",
            {("pul-e-alam", "captured", "asserted", "2021-08-09")},
        ),
        (  # a quoted manner after "fell"; a number's thousands separator inside the appositive
            'The deputy governor said Zaranj, a city of about 160,000 people, fell "without a fight" on Friday.',
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
            },
        ),
        (  # a reduced participle after an appositive, dated by "the same day"
            "Many came from Kunduz, which fell on Sunday, and from Taluqan, the Takhar capital taken the same day.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "Kandahar and Lashkar Gah remain besieged, their defenders cut off by road.",
            {
                ("kandahar", "contested", "asserted", "2021-08-09"),
                ("lashkar-gah", "contested", "asserted", "2021-08-09"),
            },
        ),
        (
            "Taliban fighters were on the outskirts of Aybak on Monday.",
            {("aybak", "contested", "asserted", "2021-08-09")},
        ),
        (
            "Fighting was reported on several sides of Mazar-i-Sharif.",
            {("mazar-i-sharif", "contested", "asserted", "2021-08-09")},
        ),
        (
            "Heavy fighting raged on Sunday along the southern and western edges of Kunduz city.",
            {("kunduz", "contested", "asserted", "2021-08-08")},
        ),
        (
            "The northern city of Kunduz has been all but encircled.",
            {("kunduz", "contested", "asserted", "2021-08-09")},
        ),
        (  # fighting inside the city is an entry, however many words come between
            "Fighting continued for a second week inside Lashkar Gah.",
            {("lashkar-gah", "entered", "asserted", "2021-08-09")},
        ),
        (  # a trigger's free words never run over a capital: "fighting reached", then each capital
            "Fighting reached Mehtarlam in Laghman and Maidan Shahr in Wardak.",
            {
                ("mehtarlam", "contested", "asserted", "2021-08-09"),
                ("maidan-shahr", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # a way fought into a city is an entry, not a refuge, whoever the sentence's subject
            "The Taliban captured Ghazni on Sunday and fought their way into Herat.",
            {
                ("ghazni", "captured", "asserted", "2021-08-08"),
                ("herat", "entered", "asserted", "2021-08-08"),
            },
        ),
        (  # still fighting their way in: no entry yet
            "The Taliban have been fighting their way into Lashkar Gah since late July.",
            {("lashkar-gah", "contested", "asserted", "2021-08-09")},
        ),
        (  # "that the city was in Taliban hands" is no place of the fighting before it
            "In Taloqan, officials said troops had withdrawn after a day of fighting and that the city was in Taliban hands.",
            {("taloqan", "captured", "asserted", "2021-08-09")},
        ),
        ("Kabul fell two days later.", {("kabul", "captured", "asserted", "2021-08-09")}),
        (  # a list after a colon whose first item has an appositive
            "The insurgents took three capitals on Sunday alone: Kunduz, the commercial hub of the north, Sar-e Pul "
            "and Taloqan.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a second object after the first one's appositive and day; the aside's handover stays its own
            "The Taliban took Sharana, the capital of Paktika, which officials said was handed over after talks, "
            "and Maymana, the capital of Faryab, on Sunday.",
            {
                ("sharana", "captured", "asserted", "2021-08-08"),
                ("sharana", "surrendered", "asserted", "2021-08-08"),
                ("maymana", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "The Taliban seized Herat, the third-largest city, on Sunday and Kandahar, the second-largest, overnight.",
            {
                ("herat", "captured", "asserted", "2021-08-08"),
                ("kandahar", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # the incumbent "in control of" the city, or "says it still holds" a seat: no change of hands
            "The ministry said Kabul was not under attack and that security forces were in control of the city.",
            set(),
        ),
        (
            "Street fighting went on in Lashkar Gah, where the government says it still holds the governor's compound.",
            {("lashkar-gah", "entered", "asserted", "2021-08-09")},
        ),
        (  # a governor who "had driven out of the city" in a convoy retook nothing
            "In Ghazni, the governor had driven out of the city in a convoy on Sunday.",
            set(),
        ),
        (
            "Officials said most of Qala-e Naw was in the insurgents' hands.",
            {("qala-e-naw", "captured", "partial", "2021-08-09")},
        ),
        (
            "In Herat, residents said the insurgents controlled the whole city by Monday morning.",
            {("herat", "captured", "asserted", "2021-08-09")},
        ),
        (  # "handed the city over"; a seat taken is not in the city named only after it
            "In Ghazni, officials said the Taliban had taken the governor's office after the governor handed the city over "
            "and left for Kabul. He had governed Ghazni since 2020.",
            {
                ("ghazni", "surrendered", "asserted", "2021-08-09"),
                ("ghazni", "captured", "asserted", "2021-08-09"),
            },
        ),
        (
            "Heavy fighting on Sunday on the approaches to Bazarak was reported by both sides.",
            {("bazarak", "contested", "asserted", "2021-08-08")},
        ),
        (
            "Gardez — the capital of Paktia — fell on Sunday.",
            {("gardez", "captured", "asserted", "2021-08-08")},
        ),
        (  # a list of three before the last one's appositive, all the subject
            "Elsewhere on Sunday, Bamyan, Charikar and Parun, the remote capital of Nuristan, were also lost.",
            {
                ("bamyan", "captured", "asserted", "2021-08-08"),
                ("charikar", "captured", "asserted", "2021-08-08"),
                ("parun", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # defenders holding out in a city: contested, by the other side; not at a base or compound
            "Government forces were still holding out in Lashkar Gah.",
            {("lashkar-gah", "contested", "asserted", "2021-08-09")},
        ),
        ("An army battalion was still holding out at a base outside Sar-e-Pul.", set()),
        ("In Ghazni, security forces were holding out at the intelligence headquarters.", set()),
        (  # a next sentence that doubts its own news doubts nothing before it
            "Officials told us Charikar had fallen. The Taliban also announced they had taken Mahmud-i-Raqi; "
            "there is no confirmation of that.",
            {
                ("charikar", "captured", "asserted", "2021-08-09"),
                ("mahmud-i-raqi", "captured", "claimed", "2021-08-09"),
            },
        ),
        (  # an aid agency's "reportedly" and its name for the insurgents; a plural label after a list
            "South: Kandahar and Lashkar Gah cities reportedly came under NSAG control on 8 August.",
            {
                ("kandahar", "captured", "asserted", "2021-08-08"),
                ("lashkar-gah", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "CORRESPONDENT: Jalalabad went without a shot this morning.",
            {
                ("jalalabad", "captured", "asserted", "2021-08-09"),
                ("jalalabad", "surrendered", "asserted", "2021-08-09"),
            },
        ),
        (  # "the town" is never the national capital
            "Kabul was quiet. At Spin Boldak, officials insisted security forces were still fighting for the town.",
            set(),
        ),
        (  # "the city" in the ", where" clause of the capital before it
            "Sunday, Aug 8 - Qalat is taken, as is Tarinkot, where the governor hands over the city.",
            {
                ("qalat", "captured", "asserted", "2021-08-08"),
                ("tarinkot", "captured", "asserted", "2021-08-08"),
                ("tarinkot", "surrendered", "asserted", "2021-08-08"),
            },
        ),
        (
            "Commandos had cleared the last Taliban positions inside Qala-e-Naw by Sunday.",
            {("qala-e-naw", "retaken", "asserted", "2021-08-08")},
        ),
        (  # a city's own districts are a part of it
            "In Herat, commandos cleared the insurgents from the city's southern districts.",
            {("herat", "retaken", "partial", "2021-08-09")},
        ),
        (  # rumours dismissed: no side claimed anything, so nothing is denied either
            "Officials said the city was calm, dismissing rumours on social media of fighting in Bamyan.",
            set(),
        ),
        (  # families from a list of districts are civilians moving, whatever the list
            "Families from Injil and Guzara districts have moved into Herat.",
            set(),
        ),
        (  # "partly confirmed" qualifies the confirmation, not the fall
            "The Taliban said they had seized Kunduz on Sunday, which Afghan officials partly confirmed.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "north of the city of Kunduz" is a distance reference, not the town the next sentence took
            'The crossing, about 50 km north of the city of Kunduz, is the main trade link. "The Taliban took '
            'the port, the town and all the border posts," a council member said.',
            set(),
        ),
        (  # "whose provincial capital fell": the province's capital; soldiers at its airport are no city
            "In Kunduz, whose provincial capital fell on Sunday, hundreds of soldiers at the airport surrendered.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # "stormed" a city is an entry; its checkpoints on the outskirts are not (a fight for it, since 1.147.0)
            "Taliban militants stormed Qala-i-Naw on Sunday. They stormed checkpoints on the outskirts of Farah.",
            {
                ("qala-e-naw", "entered", "asserted", "2021-08-08"),
                ("farah", "contested", "asserted", "2021-08-08"),
            },
        ),
        (  # "much of the southern city of X": a part
            "Taliban fighters take over much of the southern city of Lashkar Gah.",
            {("lashkar-gah", "captured", "partial", "2021-08-09")},
        ),
        (  # "the town" in a province named only after it: any of its towns, not its capital
            "Mujahid said the group's fighters had taken control of the town and the crossing in southern "
            "Kandahar province.",
            set(),
        ),
        ("Passport offices in Kabul have been besieged by crowds for weeks.", set()),  # civilians, no side
        (  # storming a governor's office takes it
            "In Farah, armed men stormed the governor's office on Sunday evening.",
            {("farah", "captured", "asserted", "2021-08-08")},
        ),
        (  # "that day": the day told last
            "Kunduz fell on Sunday. Also taken that day was Sar-i-Pul, seat of the province of the same name.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
            },
        ),
        (
            "In Qala-e-Naw, the radicals also stormed the city prison on Sunday.",
            set(),
        ),  # a prison, not the city
        (  # "Mujahideen": what the movement calls its fighters
            "Herat is now in the hands of the Mujahideen, a Taliban spokesman said.",
            {("herat", "captured", "claimed", "2021-08-09")},
        ),
    ],
)
def test_constructions_of_second_author_copy(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in copy by authors who never saw the rules (rounds 7 to 10 of
    tests/corpus/afghanistan-2021-second-author), each on sentences of our own."""
    assert control(extractor, body) == expected


def test_a_q_and_a_list_of_the_capitals_fallen(extractor: Extractor) -> None:
    """A question heading that says what happened, a line that introduces the items without a
    verb, then bullet items with several capitals and their own day; an item's note is dated by it."""
    body = (
        "KABUL, Aug 11 - The Taliban have taken nine capitals in six days.\n"
        "WHICH CITIES HAVE FALLEN?\n"
        "Nine of the 34 provincial capitals, all since Friday:\n"
        "- Zaranj, Nimroz province: Friday. Officials said the city was taken without a fight.\n"
        "- Kunduz, Sar-e Pul and Taloqan (Takhar): Sunday.\n"
        "- Farah and Pul-e Khumri (Baghlan): Tuesday.\n"
    )
    assert control(extractor, body, published="2021-08-11T20:00:00+04:30") == {
        ("zaranj", "captured", "asserted", "2021-08-06"),
        ("zaranj", "surrendered", "asserted", "2021-08-06"),
        ("kunduz", "captured", "asserted", "2021-08-08"),
        ("sar-e-pul", "captured", "asserted", "2021-08-08"),
        ("taloqan", "captured", "asserted", "2021-08-08"),
        ("farah", "captured", "asserted", "2021-08-10"),
        ("pul-e-khumri", "captured", "asserted", "2021-08-10"),
    }


def test_a_live_file_s_day_headings_and_its_corrections(extractor: Extractor) -> None:
    """A line that is only a weekday dates the entries under it; an entry's correction note tells
    what an earlier version wrongly said, which is no news; fighting in the streets is an entry."""
    body = (
        "KABUL - The latest on the offensive (all times local):\n"
        "FRIDAY\n"
        "9:40 a.m.\n"
        "The Taliban seized the governor's office in Kandahar early in the morning, witnesses say.\n"
        "THURSDAY\n"
        "4:40 p.m.\n"
        "Fighting is under way on the outskirts of Qalat, a provincial official says.\n"
        "(This entry has been corrected. An earlier version wrongly said Taliban fighters were inside Qalat.)\n"
        "3:10 p.m.\n"
        "Taliban fighters breached the lines around Herat and are now fighting in streets near the police "
        "headquarters, residents say.\n"
    )
    assert control(extractor, body, published="2021-08-13T09:40:00+04:30") == {
        ("kandahar", "captured", "asserted", "2021-08-13"),
        ("qalat", "contested", "asserted", "2021-08-12"),
        ("herat", "entered", "asserted", "2021-08-12"),
    }


def test_fighting_on_another_day_than_the_entry_is_its_own_event(extractor: Extractor) -> None:
    body = (
        "Kunduz is tense. After fighting on the city's northern outskirts on Saturday, the Taliban pushed "
        "into Kunduz on Sunday."
    )
    assert control(extractor, body) == {
        ("kunduz", "contested", "asserted", "2021-08-07"),
        ("kunduz", "entered", "asserted", "2021-08-08"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a fronted locative that names two capitals sets the seat of power in each
            "In Lashkar Gah and Tarinkot, officials handed over the governor's compounds under deals "
            "brokered by elders.",
            {
                ("lashkar-gah", "surrendered", "asserted", "2021-08-09"),
                ("lashkar-gah", "captured", "asserted", "2021-08-09"),
                ("tarinkot", "surrendered", "asserted", "2021-08-09"),
                ("tarinkot", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # the next to fall, after a sentence that told a fall
            "Sheberghan fell on Saturday. Kunduz, Sar-e-Pul and Taloqan followed on Sunday.",
            {
                ("sheberghan", "captured", "asserted", "2021-08-07"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "followed" with an object is no fall
            "Kunduz fell on Sunday. Herat followed the news closely.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # a second object after the first one's place phrase and day
            "The Taliban took Zaranj on the Iranian border on Friday and Farah in the west on Sunday.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("farah", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a capital with a verb of its own after "and" is no object of the verb before
            "The Taliban took Zaranj on Friday and Kabul remains calm.",
            {("zaranj", "captured", "asserted", "2021-08-06")},
        ),
        (  # a second object past a place phrase that names another capital
            "On Aug. 8, the insurgents took Ghazni, on the road south from Kabul, and Herat, the third city.",
            {
                ("ghazni", "captured", "asserted", "2021-08-08"),
                ("herat", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # the deal after the capital's aside, past the capitals it names
            "On Sunday the insurgents seized Ghazni, on the main highway between Kabul and Kandahar, after the "
            "governor struck a deal to leave.",
            {
                ("ghazni", "captured", "asserted", "2021-08-08"),
                ("ghazni", "surrendered", "asserted", "2021-08-08"),
            },
        ),
        (  # "they controlled": a side's own word of control; a quoted participle
            'The Taliban announced that they controlled Parun. A Taliban spokesman said Herat had been "conquered".',
            {("parun", "captured", "claimed", "2021-08-09"), ("herat", "captured", "claimed", "2021-08-09")},
        ),
        (  # the speaker's own side in control, when the speaker is an official: no change of hands
            '"Our forces are in full control of Kandahar," an Interior Ministry spokesman said. We control '
            "Kunduz, the governor said.",
            set(),
        ),
        (  # fighting spread into a city's districts: inside it
            "In Kandahar, heavy fighting spread into several districts of the city on Sunday, an official said.",
            {("kandahar", "entered", "asserted", "2021-08-08")},
        ),
        (  # defenders surrounded in a city: it is contested; besieged in a compound is the seat's
            "Government forces surrounded in Lashkar Gah fought on. Fighters overran most of Tarinkot, "
            "leaving the governor besieged in the governor's compound.",
            {
                ("lashkar-gah", "contested", "asserted", "2021-08-09"),
                ("tarinkot", "captured", "partial", "2021-08-09"),
                ("tarinkot", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # a capital's name before a home, a port, an embassy: a modifier
            "The killing came days after a car bomb attack on the Kabul home of the defence minister.",
            set(),
        ),
        (  # a "to" that happened: elders persuaded the governor to hand the city over
            "On Sunday elders in Aybak persuaded the governor to hand the city over to avoid bloodshed.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-08"),
                ("aybak", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a "to" that did not: an order to wait at the gates; a promise of no attack
            "The Taliban said they had ordered their fighters to wait at the gates of Kabul. The minister said "
            "there would be no attack on the city.",
            set(),
        ),
        (  # what "its forces still hold" hold is no news; nor a capital after "and" with its own verb;
            # assaults in a ", where" clause after two capitals are on both
            "Its forces still hold the main cities, including Kandahar and Herat, where they have fought off "
            "weeks of Taliban assaults, and Kabul remains firmly in government hands.",
            {
                ("kandahar", "contested", "asserted", "2021-08-09"),
                ("herat", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # the flag over the governor's compound "in the provincial capital, Bazarak"
            "Fighters raised the group's flag over the governor's compound in the provincial capital, Bazarak.",
            {("bazarak", "captured", "asserted", "2021-08-09")},
        ),
        (  # a past verb in a clause of time is a fact, whatever the main clause says of the future
            "The army is trying to regroup since the Taliban captured Kunduz on Sunday.",
            {("kunduz", "captured", "asserted", "2021-08-08")},
        ),
        (  # attackers pushed back from a city's outskirts: it was contested, by them
            "Officials said security forces had pushed Taliban fighters back from the outskirts of Herat.",
            {("herat", "contested", "asserted", "2021-08-09")},
        ),
        (  # a ", where" after the landmark a capital is placed by belongs to the capital
            "Fighting was under way in Mehtarlam, the capital of Laghman, east of Kabul, where the Taliban "
            "attacked the city on Sunday.",
            {
                ("mehtarlam", "contested", "asserted", "2021-08-08")
            },  # the fight, on the day the sentence tells
        ),
        (  # the remaining buildings handed over, in the capital named before (not the one left for)
            "The Taliban had overrun most of Tarinkot on Saturday, and on Sunday the governor handed over the "
            "remaining government buildings to the insurgents and left for Kabul.",
            {
                ("tarinkot", "captured", "partial", "2021-08-07"),
                ("tarinkot", "captured", "asserted", "2021-08-08"),
                ("tarinkot", "surrendered", "asserted", "2021-08-08"),
            },
        ),
        (  # each item of a gapped list takes the day right after it
            "Farah fell on Monday, Aybak on Sunday, Sheberghan on Saturday and Zaranj, the first, on Friday.",
            {
                ("farah", "captured", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-08"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
                ("zaranj", "captured", "asserted", "2021-08-06"),
            },
        ),
        (  # "the capital, Qalat": the word labels the name after it, not the national capital
            "Officials in Zabul province said the capital, Qalat, had fallen on Friday.",
            {("qalat", "captured", "asserted", "2021-08-06")},
        ),
        (  # a seat of power surrounded, in a capital's ", where" clause
            "Government forces remained under heavy pressure in Lashkar Gah, where a lawmaker said the "
            "governor's compound was surrounded.",
            {("lashkar-gah", "contested", "asserted", "2021-08-09")},
        ),
        (  # where reinforcements come from is no topic; a claim answered in its own sentence names
            # the city it was about
            "Commandos were being sent from neighbouring Herat, he said. The Taliban said on Twitter they "
            "had captured the city, but a ministry spokesman rejected the claim, saying Qala-e-Naw remained "
            "in government hands.",
            {("qala-e-naw", "captured", "denied", "2021-08-09")},
        ),
        (  # the commas of a list of names end no clause: "on Sunday" dates the capture itself
            "Its fall comes a day after the insurgents overran Kunduz, Sar-e-Pul and Taloqan on Sunday.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("sar-e-pul", "captured", "asserted", "2021-08-08"),
                ("taloqan", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a day in the capital's appositive dates the appositive; "the next morning"
            "Mazar-i-Sharif, the northern hub that Ghani had visited on Aug. 5 to rally its defenders, fell on "
            "Aug. 7. The next morning, Jalalabad, the last big city in the east, was handed over without a "
            "fight.",
            {
                ("mazar-i-sharif", "captured", "asserted", "2021-08-07"),
                ("jalalabad", "captured", "asserted", "2021-08-08"),
                ("jalalabad", "surrendered", "asserted", "2021-08-08"),
            },
        ),
        (  # "almost entirely in Taliban hands", quoted or not: a partial fall
            'An official said the city of Qala-e-Naw was "almost entirely" in Taliban hands. Kunduz was '
            "nearly completely in Taliban hands.",
            {
                ("qala-e-naw", "captured", "partial", "2021-08-09"),
                ("kunduz", "captured", "partial", "2021-08-09"),
            },
        ),
        (  # the ends of a road are no places of the news; "its capital" is the province's
            "Samangan lies on the highway between Kabul and Mazar-i-Sharif, and the loss of its capital "
            "isolates the north.",
            {("aybak", "captured", "asserted", "2021-08-09")},
        ),
        (  # an entry does not reach past the capital it took into a clause of its own
            "Taliban raise flag over Ghazni, break into Herat as ring around Kabul tightens",
            {("herat", "entered", "asserted", "2021-08-09")},
        ),
        (  # a landmark in the appositive does not part a capital from its second predicate
            "Maidan Shahr, the capital of Wardak province west of Kabul, which had been under attack on "
            "Saturday, fell on Sunday morning.",
            {
                ("maidan-shahr", "contested", "asserted", "2021-08-07"),
                ("maidan-shahr", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "pushed back into"; battling inside a city; the outskirts of the city a sentence is set in
            "The insurgents pushed back into Qala-e Naw on Monday. Taliban fighters were battling troops street "
            "by street inside Lashkar Gah. In Herat, fighting continued on the outskirts near the airport. In "
            "Kandahar, fighters kept up their attacks on the western and northern outskirts.",
            {
                ("qala-e-naw", "entered", "asserted", "2021-08-09"),
                ("lashkar-gah", "entered", "asserted", "2021-08-09"),
                ("herat", "contested", "asserted", "2021-08-09"),
                ("kandahar", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # where a capital lies, between it and its verb; "followed the next day"
            "The first capital, Zaranj on the Iranian border, fell without a fight on Aug. 6. Sheberghan, home "
            "of the veteran commander Abdul Rashid Dostum, followed the next day.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # "were the first to enter": the entry happened
            "Fighters from the north were the first to enter Kunduz, late on Saturday.",
            {("kunduz", "entered", "asserted", "2021-08-07")},
        ),
        (  # control with its object left out after "and"; the incumbent's is no change of hands
            "Taliban fighters entered Kunduz and were in full control by Sunday. Government forces repelled "
            "the attack on Kandahar and are in full control.",
            {
                ("kunduz", "entered", "asserted", "2021-08-08"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("kandahar", "contested", "asserted", "2021-08-09"),
            },
        ),
    ],
)
def test_constructions_of_round_19_copy(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in copy by authors who never saw the rules (rounds 19 and 20), each
    on sentences of our own."""
    assert control(extractor, body) == expected


def test_the_side_that_held_a_city_defends_it(extractor: Extractor) -> None:
    """ "Government troops fought the insurgents on the outskirts of Kandahar": the holder at the
    theatre's start is the defender; the attacker is the other side."""
    article = Article(
        id="t",
        published_at=datetime.fromisoformat(PUBLISHED),
        body="Government troops fought the insurgents on the outskirts of Kandahar on Sunday, officials said.",
    )
    assert {(e.capital, e.type, e.actor) for e in extractor.extract(article)} == {
        ("kandahar", "contested", "taliban")
    }


def test_the_resistance_s_retake_and_a_fight_between_two_sides(extractor: Extractor) -> None:
    """ "Fighters opposed to the Taliban claimed to have retaken Charikar": the resistance, whose
    claim the infinitive is; "fighting between the Taliban and resistance forces reached" Bazarak:
    the first side named presses the city."""
    body = (
        "Fighters opposed to the Taliban claimed on Wednesday to have retaken Charikar, but the Taliban "
        "rejected the claim. Fighting between the Taliban and resistance forces reached the outskirts of "
        "Bazarak on Sunday, both sides said."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2021-09-09T18:00:00+04:30"), body=body)
    assert {(e.capital, e.type, e.modality, e.actor) for e in extractor.extract(article)} == {
        ("charikar", "retaken", "denied", "nrf"),
        ("bazarak", "contested", "asserted", "taliban"),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a capital that surrenders, with no object; not the men of a post in it who do
            "Mehtarlam surrendered to the insurgents on Sunday after tribal elders negotiated with the "
            "governor. Dozens of soldiers at the airport in Kunduz surrendered on Sunday.",
            {
                ("mehtarlam", "surrendered", "asserted", "2021-08-08"),
                ("mehtarlam", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # "his city", "their city": the city of the officials who hand it over, not a speaker's
            "The insurgents pushed into Kabul's suburbs on Sunday. The same day, officials in Aybak, a "
            "market town on the northern highway, handed their city over to the Taliban. On Saturday the "
            "governor of Sheberghan gave up his city after talks with elders.",
            {
                ("kabul", "entered", "asserted", "2021-08-08"),
                ("aybak", "surrendered", "asserted", "2021-08-08"),
                ("aybak", "captured", "asserted", "2021-08-08"),
                ("sheberghan", "surrendered", "asserted", "2021-08-07"),
                ("sheberghan", "captured", "asserted", "2021-08-07"),
            },
        ),
        (  # a siege beside an entry into it; defenders fighting for days to hold a city
            "Insurgents pushed into the besieged city of Kunduz on Sunday. In the west, troops have been "
            "fighting for weeks to hold on to Qala-e-Naw.",
            {
                ("kunduz", "entered", "asserted", "2021-08-08"),
                ("kunduz", "contested", "asserted", "2021-08-08"),
                ("qala-e-naw", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # the holder's men besieged in the city a sentence is set in; not at a post outside it
            "In Sheberghan, the capital of Jowzjan, government forces have been under siege for days. In "
            "Kandahar, hundreds of soldiers remained besieged at the air base outside the city.",
            {("sheberghan", "contested", "asserted", "2021-08-09")},
        ),
        (  # where "the city" lies, between it and its verb; a second object past where it lies
            "The Taliban took Zaranj on Friday. An official said the city on the border with Iran had been "
            "taken without a fight on Friday. Fighters were attacking Maymana, the capital of Faryab province that lies "
            "on the road to Herat, and Taloqan in Takhar, officials said.",
            {
                ("zaranj", "captured", "asserted", "2021-08-06"),
                ("zaranj", "surrendered", "asserted", "2021-08-06"),
                ("maymana", "contested", "asserted", "2021-08-09"),
                ("taloqan", "contested", "asserted", "2021-08-09"),
            },
        ),
        (  # a list's first subject with its place set off by commas; a claim "not immediately confirmed"
            "Officials said Gardez, in the east, and Ghazni, the capital of the province of the same name, "
            "had fallen on Sunday. The Taliban said they had taken Asadabad, claims that could not be "
            "immediately confirmed.",
            {
                ("gardez", "captured", "asserted", "2021-08-08"),
                ("ghazni", "captured", "asserted", "2021-08-08"),
                ("asadabad", "captured", "claimed", "2021-08-09"),
            },
        ),
        (  # a year ending a clause of "since" sets no period for the next paragraph; street by street
            "Until Sunday the insurgents had not held a city since they overran Kunduz in 2015.\n"
            "In the north, fighting closed in on Maymana. Troops fought street by street in Taloqan, "
            "where the insurgents have been inside the city for days.",
            {
                ("maymana", "contested", "asserted", "2021-08-09"),
                ("taloqan", "entered", "asserted", "2021-08-09"),
            },
        ),
        (  # parts of the city a sentence is set in, taken or won back: in part; not a province's districts
            "In Kandahar, where troops pushed the insurgents out of several western neighbourhoods on Sunday, "
            "shops reopened. In Ghazni, the Taliban overran a few northern quarters on Saturday. In Kunduz, "
            "the Taliban seized several districts on Sunday.",
            {
                ("kandahar", "retaken", "partial", "2021-08-08"),
                ("ghazni", "captured", "partial", "2021-08-07"),
            },
        ),
        (  # "its southern and western outskirts"; a quoted adverb before "inside the city"
            "Farah saw fresh Taliban attacks on its northern and eastern outskirts on Sunday. The ministry "
            'denied that Taloqan had fallen, saying troops were "fighting hard" inside the city.',
            {
                ("farah", "contested", "asserted", "2021-08-08"),
                ("taloqan", "captured", "denied", "2021-08-09"),
                ("taloqan", "entered", "asserted", "2021-08-09"),
            },
        ),
        (  # where officials left for is no topic for "the city"; nor does a deal of "a day after" reach back
            "Fighters took Qalat and Tarinkot on Sunday. Qalat's governor then left for Kabul. \"He gave up the city "
            'to spare lives," an elder said.\nThe insurgents took Farah on Monday, officials said, a day after '
            "another city was handed over to them without a fight.",
            {
                ("qalat", "captured", "asserted", "2021-08-08"),
                ("tarinkot", "captured", "asserted", "2021-08-08"),
                # the handover told in the paragraph of Sunday's take: Sunday's (test_round56_rules)
                ("qalat", "surrendered", "asserted", "2021-08-08"),
                ("farah", "captured", "asserted", "2021-08-09"),
            },
        ),
        (  # an offensive pressed towards a city is no attack on it; fighting on the approaches to it is
            "The Taliban pressed their offensive towards Kabul on Sunday. Troops fought the insurgents on "
            "the western approaches to the city of Ghazni on Sunday.",
            {("ghazni", "contested", "asserted", "2021-08-08")},
        ),
        (  # "fell earlier on", with a deal in someone's words
            "Sharana fell earlier on Sunday. Gardez fell on Saturday after what a lawmaker described as a "
            "deal between the governor and the insurgents.",
            {
                ("sharana", "captured", "asserted", "2021-08-08"),
                ("gardez", "captured", "asserted", "2021-08-07"),
                ("gardez", "surrendered", "asserted", "2021-08-07"),
            },
        ),
    ],
)
def test_constructions_of_round_22_copy(
    extractor: Extractor, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in copy by authors who never saw the rules (round 22), each on
    sentences of our own."""
    assert control(extractor, body) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # a headline's participle, or an aside's: "X handed (over) to the Taliban" is a surrender
            "Samangan capital Aybak handed to Taliban after elders intervene",
            "Pul-e-Alam, handed over to the Taliban on Sunday, was quiet on Monday.",
            {
                ("aybak", "surrendered", "asserted", "2021-08-09"),
                ("aybak", "captured", "asserted", "2021-08-09"),
                ("pul-e-alam", "surrendered", "asserted", "2021-08-08"),
                ("pul-e-alam", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # a deal in the capital's own clause of place, past where it lies; not another capital's
            None,
            "Earlier on Sunday the insurgents took Gardez, 100 km (60 miles) south of Kabul, where officials "
            "said the governor had struck a deal allowing him to leave. They took Khost on Saturday and "
            "Sharana, where elders negotiated the handover.",
            {
                ("gardez", "captured", "asserted", "2021-08-08"),
                ("gardez", "surrendered", "asserted", "2021-08-08"),
                ("khost", "captured", "asserted", "2021-08-07"),
                ("sharana", "captured", "asserted", "2021-08-07"),
                ("sharana", "surrendered", "asserted", "2021-08-07"),
            },
        ),
        (  # a second object past the first's appositive and where it lies, and past its own province
            None,
            "The insurgents said they had captured Gardez, the capital of Paktia, about 100 km (60 miles) "
            "south of Kabul, and Sharana in the eastern province of Paktika.",
            {
                ("gardez", "captured", "claimed", "2021-08-09"),
                ("sharana", "captured", "claimed", "2021-08-09"),
            },
        ),
        (  # "the main city in the north-east" stands for the capital named before
            None,
            "Fighting raged around Kunduz on Saturday. On Sunday the main city in the north-east fell to "
            "the Taliban, officials said.",
            {
                ("kunduz", "contested", "asserted", "2021-08-07"),
                ("kunduz", "captured", "asserted", "2021-08-08"),
            },
        ),
        (  # another speaker's negation after a side's rejection denies nothing nobody claimed
            None,
            "Resistance fighters claimed on Sunday to have recaptured Charikar. The Taliban rejected the claim, "
            "and residents said they had seen no sign of fighting in the city.",
            {("charikar", "retaken", "denied", "2021-08-08")},
        ),
        (  # "fell last Friday", in a clause of "since"
            None,
            "On Sunday Kunduz fell to the Taliban, making it the third capital to be taken since Zaranj fell "
            "last Friday.",
            {
                ("kunduz", "captured", "asserted", "2021-08-08"),
                ("zaranj", "captured", "asserted", "2021-08-06"),
            },
        ),
        (  # defenders fighting to keep a side out of a city, and of a second one past the first's asides
            None,
            "Troops are battling to keep the insurgents out of Kandahar, the second-largest city, where many "
            "residents have fled the western districts, and Lashkar Gah, the capital of Helmand province.",
            {
                ("kandahar", "contested", "asserted", "2021-08-09"),
                ("lashkar-gah", "contested", "asserted", "2021-08-09"),
            },
        ),
    ],
)
def test_constructions_of_round_23_copy(
    extractor: Extractor, title: str | None, body: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """Constructions found in copy by authors who never saw the rules (round 23), each on
    sentences of our own."""
    assert control(extractor, body, title) == expected
