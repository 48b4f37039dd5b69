"""What wire copy says about a city, worded the many ways agencies word it: each sentence, read
in an article of our own published on Monday 9 Aug 2021, must yield exactly these control events
for Kunduz (type, or type:modality where the modality is the point). A table of plain sentences,
not of any corpus's: it measures the lexicon's reach over paraphrase, which the gold corpora,
written by few authors, cover unevenly. The same wording read for Homs in the Syria theatre is
checked on a sample, since the lexicon is shared. `STORIES` then reads short stories naming
several capitals, with claims, denials and references back ("the city", "it").

Rows marked as gaps are wording the extractor is known to miss; they are strict expected failures,
so a change that closes one must move it to the table.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from schemas.article import Article
from streams.core.extract import Extractor

PUBLISHED = datetime.fromisoformat("2021-08-09T18:00:00+04:30")  # Monday 9 Aug 2021
SYRIA_PUBLISHED = datetime.fromisoformat("2024-12-09T18:00:00+03:00")  # Monday 9 Dec 2024
CONTROL = ("captured", "entered", "contested", "retaken", "surrendered")


def _gap(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(reason=f"known gap: {reason}", strict=True)


def events(extractor: Extractor, body: str, published: datetime) -> tuple[str, ...]:
    """The control events an article of one body yields, as capital/type, with the modality after a
    colon when it is not asserted."""
    article = Article(id="wording", published_at=published, body=body)
    found = {
        f"{e.capital}/{e.type}" + ("" if e.modality == "asserted" else f":{e.modality}")
        for e in extractor.extract(article)
        if e.type in CONTROL
    }
    return tuple(sorted(found))


def read(
    extractor: Extractor, text: str, capital: str, published: datetime, dateline: str
) -> tuple[str, ...]:
    """The control events a one-sentence story yields for `capital`, without its name."""
    found = events(extractor, f"{dateline} - {text}", published)
    return tuple(event.split("/", 1)[1] for event in found if event.startswith(f"{capital}/"))


WORDINGS = [
    # a change of hands: verbs, passives, nouns, participles, hands and control phrases, flags
    (("captured",), "The Taliban overran Kunduz on Sunday."),
    (("captured",), "Kunduz fell to the Taliban on Sunday."),
    (("captured",), "The Taliban seized control of Kunduz on Sunday."),
    (("captured",), "Kunduz was overrun by the Taliban on Sunday."),
    (("captured",), "The insurgents wrested control of Kunduz from government forces on Sunday."),
    (("captured",), "Kunduz came under Taliban control on Sunday."),
    (("captured",), "The Taliban raised their white flag over Kunduz on Sunday."),
    (("captured",), "The Taliban took over Kunduz on Sunday."),
    (("captured",), "Kunduz was lost to the Taliban on Sunday."),
    (("captured",), "The Taliban completed their takeover of Kunduz on Sunday."),
    (("captured",), "The Taliban's capture of Kunduz on Sunday dealt a heavy blow to the government."),
    (("captured",), "The fall of Kunduz on Sunday stunned officials in Kabul."),
    (("captured",), "Government forces abandoned Kunduz to the Taliban on Sunday."),
    (("captured",), "The Taliban gained control of Kunduz on Sunday."),
    (("captured",), "The Taliban won control of Kunduz on Sunday."),
    (("captured",), "The Taliban took control of Kunduz on Sunday."),
    (("captured",), "The Taliban conquered Kunduz on Sunday."),
    (("captured",), "Kunduz slipped into Taliban hands on Sunday."),
    (("captured",), "Kunduz has been in Taliban hands since Sunday."),
    (("captured",), "The Taliban grabbed Kunduz on Sunday."),
    (("captured:claimed",), "The Taliban claimed Kunduz on Sunday."),
    (("captured",), "The Taliban routed government forces in Kunduz on Sunday, taking the city."),
    (("captured",), "The Taliban marched into Kunduz unopposed on Sunday."),
    (("captured",), "Government forces collapsed in Kunduz on Sunday, leaving the city to the Taliban."),
    (("captured",), "Kunduz succumbed to the Taliban on Sunday."),
    (("captured",), "Kunduz was captured on Sunday, officials said."),
    (("captured",), "Kunduz has fallen, officials said on Sunday."),
    (("captured",), "The Taliban have taken Kunduz, officials said on Sunday."),
    (("captured",), "Kunduz, the capital of Kunduz province, fell to the insurgents on Sunday."),
    (("captured",), "The insurgents seized Kunduz, a city of 370,000 people, on Sunday."),
    (("captured",), "The loss of Kunduz on Sunday was the government's worst setback."),
    (("captured",), "After Kunduz fell on Sunday, the Taliban turned west."),
    (("captured",), "Having captured Kunduz on Sunday, the Taliban turned to Taloqan."),
    (("captured",), "After capturing Kunduz on Sunday, the Taliban moved on Taloqan."),
    (("captured",), "Following the fall of Kunduz on Sunday, thousands fled to Kabul."),
    (("captured",), "Kunduz, which fell on Sunday, is the largest city taken so far."),
    (("captured",), "Kunduz, seized by the Taliban on Sunday, is a key northern hub."),
    (("captured",), "The Taliban, who took Kunduz on Sunday, said they would not harm civilians."),
    (("captured",), "Sunday's fall of Kunduz was a heavy blow."),
    (("captured",), "Kunduz's capture on Sunday opened the road to Mazar-i-Sharif."),
    (("captured",), "It was the Taliban who captured Kunduz on Sunday."),
    (("captured",), "Kunduz became the latest provincial capital to fall on Sunday."),
    (("captured",), "Kunduz was the third capital to fall in three days when it was taken on Sunday."),
    (("captured",), "On Sunday the Taliban also took Kunduz."),
    (("captured",), "The insurgents now hold Kunduz after seizing it on Sunday."),
    (("captured",), "The Taliban captured the northern city of Kunduz on Sunday."),
    (("captured",), "The northern city of Kunduz fell to the Taliban on Sunday."),
    (("captured",), "Kunduz city fell to the Taliban on Sunday."),
    (("captured",), "The Taliban on Sunday captured Kunduz."),
    (
        ("captured",),
        "The Taliban on Sunday seized the strategic northern city of Kunduz after weeks of fighting.",
    ),
    (
        ("captured",),
        "Taliban fighters took control of the centre of Kunduz on Sunday and raised their flag over the main square.",
    ),
    pytest.param(
        ("captured",),
        "The Taliban have taken control of most government buildings in Kunduz, including the governor's compound, officials said on Sunday.",
        marks=_gap("a seat of power after 'including', behind a plural of government buildings"),
    ),
    (("captured",), "Kunduz is now controlled by the Taliban, officials said on Sunday."),
    (("captured",), "The Taliban now control all of Kunduz, a police official said on Sunday."),
    (("captured",), "Government forces lost Kunduz to the Taliban on Sunday."),
    (("captured",), "The government lost control of Kunduz on Sunday."),
    pytest.param(
        ("captured",),
        "Afghan forces withdrew from Kunduz on Sunday, leaving it to the Taliban.",
        marks=_gap("'it' after a participle of leaving is not resolved"),
    ),
    (("captured",), "Kunduz was in Taliban hands by Sunday evening."),
    (("captured",), "By Sunday, Kunduz was under Taliban control."),
    (("captured:claimed",), "The Taliban said on Sunday they had captured Kunduz."),
    (("captured:claimed",), "A Taliban spokesman claimed on Sunday that the group had taken Kunduz."),
    (
        ("captured:claimed",),
        "Zabihullah Mujahid, a Taliban spokesman, said on Twitter that Kunduz had fallen.",
    ),
    (("captured",), "Officials confirmed on Sunday that Kunduz had fallen to the Taliban."),
    (("captured",), "A provincial council member said Kunduz fell to the Taliban on Sunday."),
    (("captured:denied",), "The defence ministry denied on Sunday that Kunduz had fallen."),
    (("captured:denied",), "Officials rejected Taliban claims on Sunday that Kunduz had fallen."),
    (("captured:partial",), "Parts of Kunduz fell to the Taliban on Sunday."),
    (("captured:partial",), "The Taliban seized much of Kunduz on Sunday."),
    (
        ("captured:claimed",),
        "The Taliban claimed to have captured Kunduz on Sunday, but there was no independent confirmation.",
    ),
    (
        ("captured",),
        "The insurgents, who have been gaining ground across the north for weeks, captured Kunduz on Sunday, officials said.",
    ),
    (
        ("captured",),
        "Kunduz, a city of some 370,000 people near the border with Tajikistan, fell on Sunday after a day of heavy fighting, a provincial council member said.",
    ),
    (
        ("captured",),
        "In Kunduz, the Taliban seized the governor's compound and the police headquarters on Sunday, residents said.",
    ),
    (
        ("captured",),
        "The Taliban on Sunday completed their capture of Kunduz, the largest city they have taken so far.",
    ),
    (("captured",), "Taliban fighters took the city of Kunduz on Sunday."),
    (
        ("captured",),
        "The Taliban said on Sunday they had seized control of the city of Kunduz, a claim confirmed by a local official.",
    ),
    (
        ("captured",),
        "The loss of Kunduz, which fell on Sunday, leaves the government with few footholds in the north.",
    ),
    (("captured",), "Kunduz fell Sunday."),
    (("captured",), "Kunduz, too, fell on Sunday."),
    (("captured",), "The Taliban now hold Kunduz, which they captured on Sunday."),
    (("captured",), "Residents said the Taliban were in full control of Kunduz on Sunday."),
    (("captured",), "Taliban fighters were in control of Kunduz by Sunday evening, a resident said."),
    (("captured",), "Kunduz was the latest city to fall to the Taliban when it was captured on Sunday."),
    (("captured",), "The Taliban overran the northern provincial capital of Kunduz on Sunday."),
    (("captured",), "The Taliban hoisted their flag over the governor's office in Kunduz on Sunday."),
    (
        ("captured",),
        "Taliban fighters captured Kunduz on Sunday and freed hundreds of prisoners from its jail.",
    ),
    (("captured",), "Officials said on Monday that the Taliban had taken Kunduz the day before."),
    (("captured",), "On Sunday, Kunduz, the capital of the province of the same name, fell to the Taliban."),
    (("captured",), "The Taliban's takeover of Kunduz on Sunday was swift."),
    (("captured",), "The speed of the Taliban's capture of Kunduz on Sunday surprised analysts."),
    (
        ("captured",),
        "Government troops retreated to the airport after the Taliban captured Kunduz on Sunday.",
    ),
    (("captured",), "Government forces fled Kunduz on Sunday as the Taliban took over the city."),
    (
        ("captured",),
        "With the capture of Kunduz on Sunday, the Taliban now control a key gateway to Central Asia.",
    ),
    (("captured",), "Kunduz was lost on Sunday, a senior official admitted."),
    (("captured",), '"Kunduz has fallen," a provincial council member told the AP by phone on Sunday.'),
    (
        ("captured", "retaken"),
        "Afghan forces on Sunday retook Kunduz, which the Taliban had seized two days earlier.",
    ),
    (("captured",), "Kunduz, which fell briefly to the Taliban in 2015, fell again on Sunday."),
    (("captured",), "Kunduz fell quickly on Sunday."),
    (("captured",), "The Uzbek commander's stronghold of Kunduz fell to the Taliban on Sunday."),
    (("captured",), "Taliban fighters drove into Kunduz in captured army Humvees on Sunday."),
    # fighters inside the city, not (yet) in control
    (("entered",), "Taliban fighters swept into Kunduz on Sunday."),
    (("entered",), "The Taliban stormed Kunduz on Sunday."),
    (("entered",), "Taliban fighters entered Kunduz on Sunday."),
    (("entered",), "Taliban fighters pushed into Kunduz on Sunday."),
    (("entered",), "Taliban fighters infiltrated Kunduz on Sunday."),
    (("entered",), "Taliban fighters breached the defences of Kunduz on Sunday."),
    (("entered",), "Taliban fighters reached the centre of Kunduz on Sunday."),
    (("entered",), "Taliban fighters penetrated Kunduz on Sunday."),
    (("entered",), "Taliban fighters made their way into Kunduz on Sunday."),
    (("entered",), "Taliban fighters advanced into Kunduz on Sunday."),
    (("entered",), "Taliban fighters forced their way into Kunduz on Sunday."),
    (("entered",), "Street battles were under way in Kunduz on Sunday."),
    (("entered",), "Taliban fighters were inside Kunduz on Sunday."),
    (("entered",), "Taliban fighters were battling government troops inside Kunduz on Sunday."),
    (("entered",), "Fighting reached the streets of Kunduz on Sunday."),
    (("entered",), "The Taliban entered the outskirts and then the centre of Kunduz on Sunday."),
    (
        ("entered",),
        "Taliban fighters stormed into Kunduz on Sunday, battling government forces in the streets.",
    ),
    (("entered",), "The Taliban pushed into the centre of Kunduz on Sunday."),
    (("entered",), "Fighting raged in the heart of Kunduz on Sunday."),
    (("entered",), "The Taliban fought their way into Kunduz on Sunday."),
    (("entered",), "Taliban fighters were fighting in the streets of Kunduz on Sunday."),
    # the attack, then the entry it led to: both (1.16.17; the second authors' gold records both)
    (
        ("contested", "entered"),
        "The Taliban attacked Kunduz from several directions on Sunday and entered the city.",
    ),
    # attacks, sieges, fighting in or around the city
    (("contested",), "Fighting raged in Kunduz on Sunday."),
    (("contested",), "The Taliban attacked Kunduz on Sunday."),
    (("contested",), "The Taliban launched an assault on Kunduz on Sunday."),
    (("contested",), "The Taliban laid siege to Kunduz on Sunday."),
    (("contested",), "Clashes erupted in Kunduz on Sunday."),
    (("contested",), "Heavy fighting broke out in Kunduz on Sunday."),
    (("contested",), "The Taliban besieged Kunduz on Sunday."),
    (("contested",), "The Taliban encircled Kunduz on Sunday."),
    (("contested",), "The Taliban surrounded Kunduz on Sunday."),
    (("contested",), "The Taliban pressed their offensive on Kunduz on Sunday."),
    (("contested",), "The Taliban stepped up their attacks on Kunduz on Sunday."),
    (("contested",), "Government forces battled the Taliban in Kunduz on Sunday."),
    (("contested",), "Government forces fought off a Taliban attack on Kunduz on Sunday."),
    (("contested",), "The Taliban mounted an offensive against Kunduz on Sunday."),
    (("contested",), "The Taliban shelled Kunduz on Sunday."),
    (("contested",), "Government forces repelled a Taliban attack on Kunduz on Sunday."),
    (("contested",), "Kunduz was under attack on Sunday."),
    (("contested",), "Kunduz was under siege on Sunday."),
    (("contested",), "Kunduz came under heavy attack on Sunday."),
    (("contested",), "The Taliban were at the gates of Kunduz on Sunday."),
    (("contested",), "Fighting was reported on the outskirts of Kunduz on Sunday."),
    (("contested",), "Taliban fighters massed on the edge of Kunduz on Sunday."),
    (("contested",), "Kunduz was cut off by the Taliban on Sunday."),
    (("contested",), "Afghan forces were struggling to hold Kunduz on Sunday."),
    (("contested",), "Government troops fought to defend Kunduz on Sunday."),
    (("contested",), "The battle for Kunduz raged on Sunday."),
    (("contested",), "Kunduz was under heavy pressure on Sunday."),
    (("contested",), "Clashes continued around Kunduz on Sunday."),
    (("contested",), "The Taliban launched a major attack on Kunduz on Sunday."),
    (("contested",), "Fierce fighting erupted around Kunduz on Sunday."),
    (("contested",), "Kunduz has been under siege for weeks, officials said on Sunday."),
    (("contested",), "The Taliban have besieged Kunduz for weeks."),
    (("contested",), "Heavy clashes were reported on the outskirts of Kunduz on Sunday."),
    (("contested",), "Government forces were fighting to hold Kunduz on Sunday."),
    (("contested",), "Afghan forces repulsed a Taliban attack on Kunduz on Sunday."),
    (("contested:denied",), "The Taliban denied on Sunday that they had attacked Kunduz."),
    # the previous holder back
    (("retaken",), "Government forces retook Kunduz on Sunday."),
    (("retaken",), "Afghan forces recaptured Kunduz on Sunday."),
    (("retaken",), "Security forces regained control of Kunduz on Sunday."),
    (("retaken",), "Afghan forces reclaimed Kunduz on Sunday."),
    (("retaken",), "Afghan forces wrested back control of Kunduz on Sunday."),
    (("retaken",), "Government forces drove the Taliban out of Kunduz on Sunday."),
    (("retaken",), "Government forces pushed the Taliban out of Kunduz on Sunday."),
    (("retaken",), "Afghan commandos cleared Kunduz of Taliban fighters on Sunday."),
    (("retaken",), "Government forces took back Kunduz on Sunday."),
    (("retaken",), "Government forces won back Kunduz on Sunday."),
    (("retaken",), "Afghan forces regained Kunduz on Sunday."),
    (("retaken",), "Kunduz was retaken by government forces on Sunday."),
    (("retaken",), "Kunduz was back under government control on Sunday."),
    (("retaken",), "Government forces launched a counteroffensive and recaptured Kunduz on Sunday."),
    (("retaken",), "Commandos drove the insurgents from Kunduz on Sunday."),
    (("retaken",), "Government troops recaptured Kunduz on Sunday after a two-day counteroffensive."),
    (("retaken",), "Afghan forces have regained control of Kunduz, officials said on Sunday."),
    # handovers and surrenders (each also a capture)
    (("captured", "surrendered"), "Kunduz was handed to the Taliban on Sunday."),
    (("captured", "surrendered"), "Kunduz surrendered to the Taliban on Sunday."),
    (("captured", "surrendered"), "Officials handed over Kunduz to the Taliban on Sunday."),
    (
        ("captured", "surrendered"),
        "Government forces in Kunduz laid down their arms on Sunday and the Taliban took the city.",
    ),
    (("captured", "surrendered"), "Elders negotiated the handover of Kunduz to the Taliban on Sunday."),
    (("captured", "surrendered"), "Kunduz was surrendered to the Taliban without a fight on Sunday."),
    (("captured", "surrendered"), "Government troops in Kunduz capitulated to the Taliban on Sunday."),
    (
        ("captured", "surrendered"),
        "Kunduz was handed over to the Taliban on Sunday after a deal brokered by elders, officials said.",
    ),
    (("captured", "surrendered"), "Kunduz fell to the Taliban without a fight on Sunday."),
    (("captured", "surrendered"), "The governor of Kunduz handed the city over to the Taliban on Sunday."),
    (
        ("captured", "surrendered"),
        "Afghan troops in Kunduz surrendered to the Taliban on Sunday, handing over the city.",
    ),
    pytest.param(
        ("captured", "surrendered"),
        "Tribal elders brokered a deal on Sunday under which government forces left Kunduz and the Taliban took control.",
        marks=_gap("a takeover told through a deal's relative clause"),
    ),
    # no control event: history, forecasts, negations, the name as a modifier, other news
    ((), "Hundreds of soldiers surrendered to the Taliban near Kunduz on Sunday."),
    ((), "The Taliban could take Kunduz within weeks, officials warned on Sunday."),
    ((), "Kunduz has not fallen, the governor said on Sunday."),
    # closing in is nearing, no attack: the second authors code none (82 such sentences in their
    # Afghanistan copy; reading none as an attack lost no gold event and dropped 32 false ones)
    ((), "The Taliban closed in on Kunduz on Sunday."),
    ((), "Kunduz is not under threat, officials said on Sunday."),
    ((), "The Taliban took Kunduz in 1997 before losing it in 2001."),
    ((), "Flights from Kunduz airport were suspended on Sunday."),
    ((), "The Kunduz governor flew to Kabul on Sunday."),
    ((), "Taliban fighters were seen near Kunduz on Sunday."),
    ((), "Residents fled Kunduz on Sunday."),
    ((), "The Taliban threatened to attack Kunduz on Sunday."),
    ((), "Kunduz fell to the Taliban in 2015 and again in 2016."),
    ((), "The Taliban briefly held Kunduz in 2015."),
    ((), "If Kunduz falls, Mazar-i-Sharif could be next."),
    ((), "Officials fear Kunduz could fall within days."),
    ((), "The Taliban are expected to attack Kunduz soon."),
    ((), "Residents of Kunduz said the city was calm on Sunday."),
    ((), "A Kunduz-based journalist said on Sunday the roads were closed."),
    ((), "The Taliban did not capture Kunduz on Sunday, officials said."),
    ((), "Talks on the future of Kunduz resumed in Doha on Sunday."),
    ((), "The US carried out airstrikes near Kunduz on Sunday."),
    ((), "Thousands of families displaced from Kunduz arrived in Kabul on Sunday."),
    ((), "Kunduz has never fallen to the Taliban, the governor said on Sunday."),
    ((), "The Taliban have vowed to take Kunduz."),
    ((), "The Taliban failed to take Kunduz on Sunday."),
    ((), "The Taliban pressed on towards the centre of Kunduz on Sunday."),
    ((), "Kunduz fell to the Taliban in 2015, a brief occupation that ended after two weeks."),
    ((), "The Taliban first captured Kunduz in September 2015."),
    ((), "Officials insisted on Sunday that Kunduz was safe."),
    ((), "There was no fighting in Kunduz on Sunday, officials said."),
    ((), "The Taliban said they would not attack Kunduz."),
    ((), "Kunduz may be the next city to fall, analysts said on Sunday."),
    pytest.param(
        (),
        "A Taliban attack on Kunduz seems imminent, officials warned on Sunday.",
        marks=_gap("a forecast cue after the trigger"),
    ),
    ((), "The Taliban are poised to take Kunduz."),
    ((), "Kunduz is likely to fall within days, officials fear."),
    ((), "Kunduz University reopened on Sunday."),
    ((), "The Kunduz police chief was killed in an ambush on Sunday."),
    ((), "A flight from Kunduz landed in Kabul on Sunday."),
    ((), "Kunduz Airport was closed on Sunday."),
    ((), "Refugees from Kunduz crowded into a Kabul park on Sunday."),
    ((), "Taliban and government negotiators met in Doha on Sunday to discuss Kunduz."),
    ((), "Kunduz remained under government control on Sunday, officials said."),
    ((), "Kunduz was calm on Sunday."),
    ((), "Kunduz is still held by government forces."),
    ((), "The Taliban have captured several districts of Kunduz province."),
    ((), "The Taliban seized the district of Imam Sahib in Kunduz province on Sunday."),
    # more of each kind: fire, sieges, holdouts, deals, retreats, street fighting
    (("contested",), "Kunduz came under heavy fire on Sunday."),
    (("contested",), "Skirmishes broke out on the outskirts of Kunduz on Sunday."),
    (("contested",), "Gun battles raged around Kunduz on Sunday."),
    (("contested",), "The Taliban mounted a fresh assault on Kunduz on Sunday."),
    (("contested",), "The Taliban stepped up their offensive against Kunduz on Sunday."),
    (("contested",), "The Taliban besieging Kunduz launched a new attack on Sunday."),
    (("contested",), "Fighting flared again in Kunduz on Sunday."),
    (("contested",), "The Taliban were pressing on Kunduz from three sides on Sunday."),
    (("contested",), "Kunduz has been encircled by the Taliban for a week."),
    (("contested",), "Taliban fighters have surrounded Kunduz."),
    (("contested",), "Government forces were holding out in Kunduz on Sunday."),
    (("contested",), "Government forces repelled repeated Taliban attacks on Kunduz on Sunday."),
    (
        ("captured", "surrendered"),
        "Government troops in Kunduz capitulated on Sunday, and the Taliban took the city.",
    ),
    (
        ("captured", "surrendered"),
        "Officials in Kunduz negotiated their own exit on Sunday, leaving the city to the Taliban.",
    ),
    (("captured", "surrendered"), "Kunduz was surrendered to the Taliban on Sunday."),
    (("captured", "surrendered"), "Kunduz changed hands without a shot being fired on Sunday."),
    (
        ("captured", "surrendered"),
        "The Taliban took Kunduz on Sunday after government troops laid down their arms.",
    ),
    (
        ("captured", "surrendered"),
        "Kunduz was handed over to the Taliban on Sunday under a deal brokered by tribal elders.",
    ),
    (("retaken",), "Government forces pushed the Taliban out of Kunduz on Sunday."),
    (("retaken",), "The Taliban were driven out of Kunduz on Sunday."),
    (("retaken",), "Government forces recaptured Kunduz on Sunday, a day after losing it."),
    (("retaken:claimed",), "The government said on Sunday its forces had retaken Kunduz."),
    (("retaken:denied",), "The Taliban denied on Sunday that government forces had retaken Kunduz."),
    (("entered",), "Taliban fighters stormed into Kunduz on Sunday."),
    (("entered",), "Taliban fighters fought their way into the centre of Kunduz on Sunday."),
    (("entered",), "Taliban fighters were battling troops street by street in Kunduz on Sunday."),
    (("entered",), "Taliban fighters had reached the heart of Kunduz by Sunday."),
    # regional-press and agency idioms (session 15)
    (("captured",), "The Taliban on Sunday overtook Kunduz city after hours of fighting."),
    (("captured",), "The Taliban extended their control to Kunduz city on Sunday."),
    (("captured",), "By Sunday night the Taliban were in charge of Kunduz."),
    (("entered",), "Taliban fighters made inroads into Kunduz on Sunday."),
    (("entered",), "The Taliban have reached the main square of Kunduz, residents said on Sunday."),
    (("contested",), "Heavy clashes are under way in the vicinity of Kunduz city, officials said on Sunday."),
    (("contested",), "Security forces were defending Kunduz against a Taliban offensive on Sunday."),
    (("captured:partial",), "Taliban fighters seized several neighbourhoods of Kunduz on Sunday."),
    (("entered:denied",), "Officials denied the Taliban had entered Kunduz on Sunday."),
    pytest.param(
        ("contested",),
        "The Taliban stormed security checkpoints around Kunduz on Sunday.",
        marks=_gap("an entry verb whose object is positions around the city, not the city"),
    ),
    pytest.param(
        ("captured", "surrendered"),
        "Security forces in Kunduz gave up without a fight on Sunday, and the Taliban took the city.",
        marks=_gap("a surrender told in the clause before the capture's"),
    ),
]


@pytest.mark.parametrize(("expected", "text"), WORDINGS)
def test_wording(extractor: Extractor, expected: tuple[str, ...], text: str) -> None:
    assert read(extractor, text, "kunduz", PUBLISHED, "KABUL, Afghanistan (AP)") == expected


def _in_syria(text: str) -> str:
    for afghan, syrian in (
        ("Kunduz", "Homs"),
        ("Taliban", "rebels"),
        ("Afghan forces", "Syrian troops"),
        ("Kabul", "Damascus"),
    ):
        text = text.replace(afghan, syrian)
    return text


@pytest.mark.parametrize(("expected", "text"), WORDINGS[::4])
def test_wording_in_another_theatre(syria_extractor: Extractor, expected: tuple[str, ...], text: str) -> None:
    """Every fourth sentence, told of Homs and the rebels: the same lexicon, another gazetteer."""
    assert read(syria_extractor, _in_syria(text), "homs", SYRIA_PUBLISHED, "DAMASCUS, Syria (AP)") == expected


STORIES = [
    (
        ("kunduz/captured", "sar-e-pul/captured", "taloqan/captured"),
        "The Taliban seized Kunduz, Taloqan and Sar-e-Pul on Sunday.",
    ),
    (("kunduz/captured", "taloqan/captured"), "Kunduz and Taloqan both fell on Sunday."),
    (
        ("kunduz/captured", "taloqan/captured"),
        "The Taliban captured Kunduz on Sunday and Taloqan a day later.",
    ),
    (
        ("kunduz/captured", "sar-e-pul/captured", "taloqan/captured"),
        "Kunduz, Taloqan and Sar-e-Pul fell to the insurgents over the weekend.",
    ),
    (
        ("kunduz/captured", "sheberghan/captured"),
        "The fall of Kunduz on Sunday came a day after the Taliban took Sheberghan.",
    ),
    (("kunduz/captured",), "Kunduz became the third provincial capital to fall in three days."),
    (("kunduz/captured:claimed",), "The Taliban said in a statement that their fighters had taken Kunduz."),
    (
        ("kunduz/captured:claimed",),
        'Taliban spokesman Zabihullah Mujahid said on Twitter that Kunduz had been "liberated".',
    ),
    (
        ("kunduz/captured:claimed",),
        "The Taliban claimed control of Kunduz on Sunday, but officials said fighting was continuing.",
    ),
    (
        ("kunduz/captured:claimed",),
        "The Taliban claimed on Sunday to have captured Kunduz. The claim could not be independently verified.",
    ),
    (
        ("kunduz/captured",),
        "The Taliban said they had taken Kunduz, a claim confirmed by two local officials.",
    ),
    (("kunduz/captured",), "A police spokesman confirmed that Kunduz had fallen."),
    (
        ("kunduz/captured",),
        "Kunduz has fallen to the Taliban, the head of the provincial council, Mohammad Yousuf Ayoubi, told Reuters.",
    ),
    (
        ("kunduz/captured:denied",),
        "The Interior Ministry denied that Kunduz had fallen, saying security forces still held key positions.",
    ),
    (
        ("kunduz/captured:denied",),
        "Officials dismissed as propaganda a Taliban claim that Kunduz had fallen.",
    ),
    (
        ("kunduz/captured:partial",),
        "The Taliban took most of Kunduz on Sunday, but government forces held out at the airport.",
    ),
    (("kunduz/captured:partial",), "Much of Kunduz was in Taliban hands on Sunday."),
    (("kunduz/captured:partial",), "The Taliban controlled large parts of Kunduz by Sunday evening."),
    (("kunduz/captured",), "Kunduz fell. The Taliban took the city on Sunday after a week of fighting."),
    (
        ("kunduz/entered",),
        "Taliban fighters entered Kunduz on Sunday. They were battling government troops near the governor's office.",
    ),
    (
        ("kunduz/captured", "kunduz/contested"),
        "The Taliban took Kunduz on Sunday. The city, a key northern hub, had been under siege for weeks.",
    ),
    (
        ("kunduz/captured",),
        "After weeks of fighting, the northern city of Kunduz fell on Sunday.\nThe provincial capital was the largest yet to be taken by the insurgents.",
    ),
    (("kunduz/captured",), "Taliban fighters raised their white flag in Kunduz's main square on Sunday."),
    (
        ("kunduz/captured",),
        "Taliban fighters took over the governor's office and police headquarters in Kunduz on Sunday.",
    ),
    (("kunduz/captured",), "The Taliban seized the governor's compound in Kunduz on Sunday."),
    (
        ("kandahar/contested", "kunduz/contested", "lashkar-gah/contested"),
        "Fighting continued on Sunday in Kunduz, Lashkar Gah and Kandahar.",
    ),
    (("kunduz/contested",), "Government forces were struggling to hold on to Kunduz on Sunday."),
    ((), "The Taliban warned residents of Kunduz to stay indoors."),
    ((), "The governor of Kunduz appealed for help on Sunday."),
    ((), "Kunduz, which fell briefly to the Taliban in 2015, is home to 370,000 people."),
    (("kunduz/captured",), "Kunduz, which fell briefly to the Taliban in 2015, fell again on Sunday."),
    ((), "The Taliban have not captured any provincial capital, officials said."),
    ((), "The Taliban have so far failed to take Kunduz."),
    ((), "Kunduz remains in government hands."),
    ((), "No provincial capital has fallen, the government said."),
    ((), "The Taliban held Kunduz from 1996 until 2001."),
    ((), "Unlike in 2015, Kunduz was quiet on Sunday."),
    ((), "Kunduz has not been attacked, officials said on Sunday."),
    ((), '"We will take Kunduz soon," a Taliban commander said.'),
    ((), "If Kunduz falls, the road to Mazar-i-Sharif will be open."),
    ((), "Analysts say Kunduz could be next."),
    (("kunduz/captured:claimed",), "The Taliban announced on Sunday that they had captured Kunduz."),
    (("kunduz/captured:claimed",), "The Taliban boasted on social media that Kunduz was theirs."),
    (
        ("kunduz/captured:claimed",),
        "In a tweet, Taliban spokesman Zabihullah Mujahid said Kunduz had been captured.",
    ),
    (
        ("kunduz/captured:claimed",),
        "The insurgents posted videos they said showed their fighters in Kunduz, claiming the city had fallen.",
    ),
    (
        ("kunduz/captured:claimed",),
        "The Taliban said they had taken Kunduz. There was no immediate comment from the government.",
    ),
    (("kunduz/captured:claimed",), "Unconfirmed reports said Kunduz had fallen to the Taliban on Sunday."),
    (
        ("kunduz/captured:claimed",),
        "The Taliban claimed to have seized Kunduz, which could not be independently verified.",
    ),
    (("kunduz/captured",), "A government official acknowledged on Sunday that Kunduz had fallen."),
    (("kunduz/captured",), "The defence ministry conceded on Sunday that Kunduz was under Taliban control."),
    (("kunduz/captured",), "Government officials admitted the loss of Kunduz on Sunday."),
    (("kunduz/captured",), "A senior security official confirmed the Taliban claim that Kunduz had fallen."),
    (("kunduz/captured",), "Residents and a local official confirmed the fall of Kunduz on Sunday."),
    (
        (),
        "The government insisted on Sunday that Kunduz had not fallen and that security forces remained in control.",
    ),
    (
        ("kunduz/captured:denied",),
        'A government spokesman called the Taliban\'s claim to have taken Kunduz "baseless".',
    ),
    (
        ("kunduz/captured:denied",),
        "Officials denied Taliban claims that Kunduz had fallen, saying fighting was continuing.",
    ),
    (("kunduz/captured",), "Taliban take Kunduz"),
    (("kunduz/captured",), "Kunduz falls to Taliban"),
    (("kunduz/captured",), "Taliban seize Kunduz, third provincial capital in three days"),
    (("kunduz/contested",), "Taliban attack Kunduz"),
    (("kunduz/entered",), "Taliban enter Kunduz as government forces retreat"),
    (("kunduz/captured:claimed",), "Taliban claim capture of Kunduz"),
    (("kunduz/captured:denied",), "Government denies fall of Kunduz"),
    (
        ("kunduz/captured",),
        "The Taliban seized Kunduz on Sunday.\nThe city, home to 370,000 people, is a strategic gateway to Central Asia.",
    ),
    (
        ("kunduz/captured", "kunduz/contested"),
        "Taliban fighters were attacking Kunduz last week.\nOn Sunday the city fell.",
    ),
    (
        ("kunduz/captured", "kunduz/contested"),
        "Kunduz had been under siege for weeks.\nOn Sunday it fell to the Taliban.",
    ),
    (
        ("kunduz/captured", "kunduz/contested"),
        "Fighting raged in Kunduz on Saturday.\nThe provincial capital fell on Sunday.",
    ),
    (("kunduz/captured",), "The Taliban captured Kunduz on Sunday.\nIt was the largest city they had taken."),
    (
        ("kunduz/captured",),
        "In the north, the Taliban took control of Kunduz on Sunday.\nThe fall of the city opens the way to Mazar-i-Sharif.",
    ),
    (("kunduz/captured",), "Kunduz, in the north, fell at the hands of the Taliban on Sunday."),
    (("kunduz/captured",), "Kunduz was seized in a lightning Taliban offensive on Sunday."),
    (("kunduz/captured",), "The city of Kunduz was taken by Taliban fighters on Sunday, officials said."),
    (("kunduz/captured",), "Kunduz was overrun in a matter of hours on Sunday."),
    (
        ("kunduz/captured", "taloqan/captured"),
        "After seizing Kunduz on Sunday, the Taliban captured Taloqan on Monday.",
    ),
    (("kunduz/captured", "taloqan/captured"), "Kunduz fell on Sunday; Taloqan followed on Monday."),
    (("kunduz/captured", "taloqan/captured"), "Kunduz fell on Sunday, and Taloqan a day later."),
    (
        ("kunduz/captured", "sar-e-pul/captured", "taloqan/captured"),
        "Three provincial capitals - Kunduz, Taloqan and Sar-e-Pul - fell on Sunday.",
    ),
    (("kunduz/captured", "taloqan/captured"), "The Taliban have now taken Kunduz as well as Taloqan."),
    (("kunduz/captured", "taloqan/captured"), "Both Kunduz and Taloqan are now in Taliban hands."),
    (
        ("kunduz/contested", "taloqan/captured"),
        "As fighting raged in Kunduz, the Taliban seized Taloqan on Sunday.",
    ),
    (("kunduz/captured:claimed",), "The Taliban claimed on Twitter that Kunduz was under their control."),
    ((), "Government officials said Kunduz remained under their control."),
    (("kunduz/captured",), '"Kunduz is in their hands," a lawmaker said by telephone.'),
    (
        ("kunduz/captured", "kunduz/contested"),
        "Officials said Kunduz, which the Taliban attacked on Saturday, was in their hands.",
    ),
    (("kandahar/captured",), "The Taliban captured Afghanistan's second-largest city on Sunday."),
    (("herat/captured",), "Herat, the country's third-largest city, fell on Sunday."),
    (
        ("kandahar/captured", "kandahar/surrendered"),
        "The country's second city was handed over to the Taliban on Sunday.",
    ),
    (
        ("lashkar-gah/captured:partial",),
        "In Helmand, the Taliban seized the police headquarters in Lashkar Gah on Thursday, a provincial official "
        "said, and now hold most of the city.",
    ),
    (
        ("lashkar-gah/captured", "lashkar-gah/surrendered"),
        "In Lashkar Gah, elders brokered a ceasefire that allowed officials and soldiers to leave the city to the "
        "Taliban on Friday.",
    ),
    (
        ("tarinkot/captured", "tarinkot/surrendered"),
        "On Friday the governor handed over the rest of the city of Tarinkot to the Taliban and left.",
    ),
    (
        ("ghazni/captured", "ghazni/surrendered"),
        "The governor left under a deal with the Taliban and handed them Ghazni.",
    ),
    (("kunduz/contested", "taloqan/contested"), "Fighting raged in Kunduz and in Taloqan on Sunday."),
    (
        ("herat/contested", "kandahar/contested"),
        "Heavy fighting is under way in Kandahar, and on the outskirts of Herat in the west.",
    ),
    (
        ("herat/contested", "kandahar/contested", "lashkar-gah/contested"),
        "Heavy fighting is under way in and around Kandahar and Lashkar Gah in the south, and on the outskirts of Herat in the west.",
    ),
    (
        ("ghazni/contested", "kandahar/contested"),
        "Fighting also continued on Sunday on the outskirts of Ghazni and in Kandahar.",
    ),
    (
        ("lashkar-gah/contested",),
        "In Helmand, clashes have crept to the fringes of the provincial capital, Lashkar Gah.",
    ),
    (
        ("bazarak/contested",),
        "On Sunday, the Taliban pushed to the outskirts of Bazarak, according to both sides.",
    ),
    (
        ("kunduz/contested", "taloqan/contested"),
        "Clashes were reported near Kunduz and around Taloqan on Sunday.",
    ),
    (
        ("herat/contested",),
        "In the west, fighting went on on Sunday on the southern and eastern outskirts of Herat.",
    ),
    (
        ("zaranj/captured", "zaranj/surrendered"),
        "It began on Friday in Zaranj, a dusty trading town on the Iranian border whose deputy governor said it "
        "fell without a fight.",
    ),
    ((), "Security and defense forces are in full control of Kunduz city, officials said on Sunday."),
    pytest.param(
        ("kunduz/contested",),
        "The Taliban have been repelled from the outskirts of Kunduz city, officials said on Sunday.",
        marks=_gap("an attack told only as its repulse, in the passive"),
    ),
]
"""Short stories of one to three sentences, several capitals, claims, denials and references back:
every control event they must yield, as capital/type (with the modality when not asserted)."""


@pytest.mark.parametrize(("expected", "text"), STORIES)
def test_story(extractor: Extractor, expected: tuple[str, ...], text: str) -> None:
    assert events(extractor, f"KABUL, Afghanistan (AP) - {text}", PUBLISHED) == expected


SYRIA_STORIES = [
    (("homs/captured",), "Opposition fighters seized Homs on Sunday."),
    (("homs/captured",), "Insurgents led by Hayat Tahrir al-Sham took Homs on Sunday."),
    (("homs/captured",), "HTS-led fighters captured Homs on Sunday."),
    (("homs/captured",), "Homs fell to the rebels on Sunday after government forces withdrew."),
    (("homs/captured",), "Regime forces abandoned Homs on Sunday, and rebels took over the city."),
    pytest.param(
        ("homs/captured",),
        "The army said it had redeployed its forces outside Homs on Sunday, and rebel fighters moved in.",
        marks=_gap(
            "an army's euphemism for leaving ('redeployed outside') is not read as the holder leaving"
        ),
    ),
    (("homs/captured:claimed",), 'Rebels declared Homs "liberated" on Sunday.'),
    (("homs/captured",), "Homs is now under the control of opposition fighters."),
    (("homs/captured",), "Government troops pulled out of Homs on Sunday as rebels advanced into the city."),
    (("homs/captured",), "Assad's forces lost Homs on Sunday."),
    (("homs/captured",), "Syrian troops withdrew from Homs on Sunday, ceding the city to the rebels."),
    (("homs/entered",), "Rebels pushed into the outskirts of Homs and then into the city on Sunday."),
    (("homs/entered",), "Opposition fighters entered the northern districts of Homs on Sunday."),
    (("homs/contested",), "Rebels attacked Homs on Sunday."),
    (("homs/contested",), "The rebels reached the gates of Homs on Sunday."),
    (("homs/contested",), "Fighting raged on the northern edge of Homs on Sunday."),
    pytest.param(
        ("homs/contested",),
        "Russian and Syrian jets pounded rebel positions around Homs on Sunday as fighting raged.",
        marks=_gap("fighting with no place of its own after a clause that names one"),
    ),
    (("homs/captured:claimed",), "HTS said on Telegram that its fighters had taken Homs."),
    (("homs/captured:claimed",), "The rebels' military operations command said Homs had been liberated."),
    (
        ("homs/captured",),
        "The Syrian Observatory for Human Rights, a war monitor, said rebels had taken Homs.",
    ),
    (("homs/captured:denied",), "Syrian state media denied that Homs had fallen."),
    (("homs/captured:denied",), 'The defence ministry said reports that Homs had fallen were "false".'),
    (("homs/captured:partial",), "Rebels took control of most of Homs on Sunday."),
    (("homs/captured", "homs/surrendered"), "Homs was handed over to the rebels under a deal on Sunday."),
    (("homs/captured", "homs/surrendered"), "Government forces in Homs surrendered to the rebels on Sunday."),
    (("homs/captured", "homs/surrendered"), "Rebels took Homs without a fight on Sunday."),
    (("homs/retaken",), "Government forces retook Homs on Sunday."),
    ((), "The rebels are advancing towards Homs."),
    ((), "Thousands fled Homs on Sunday for the coast."),
    ((), "Homs was besieged by the army between 2011 and 2014."),
    ((), "Rebels could reach Homs within days, analysts said."),
    ((), "The Homs governor called for calm on Sunday."),
    ((), "A convoy left Homs for Damascus on Sunday."),
    (
        ("aleppo/captured",),
        "The rebels tried to extend an offensive that saw them seize Aleppo on Saturday, a war monitor said.",
    ),
    (
        ("latakia/captured", "tartus/captured"),
        "The coast followed, with Latakia taken on Sunday and Tartus a day later.",
    ),
    (
        (),
        "In Homs, whose northern suburbs lie about 15 kilometres from the nearest clashes, residents said life went on.",
    ),
    (
        ("aleppo/entered",),
        "Rebels broke into Aleppo on Friday. In 2016, fighters were bussed out to Idlib under a surrender deal. "
        "Friday's incursion is the first time opposition fighters have been inside the city since then.",
    ),
    (("aleppo/captured",), "Rebels seized control of Syria's second city on Saturday."),
    (
        ("hama/captured", "homs/contested"),
        "After taking Syria's fourth-largest city, the rebels attacked the country's third-largest city.",
    ),
    ((), "Some said the factions might press on, though few expected a push into Syria's second city."),
    (("aleppo/captured",), "Rebels have wrested Aleppo, Syria's second city, from government control."),
    (("aleppo/captured",), "The monitor said Aleppo slipped out of government control on Saturday."),
    (("homs/captured",), "By Sunday morning Homs was in the hands of rebel fighters."),
    (
        ("hama/contested",),
        "Government forces battled insurgents on the northern outskirts of the central city of Hama on Tuesday.",
    ),
    (
        ("aleppo/captured",),
        "The rebels took three more cities on Saturday, including the commercial hub of Aleppo.",
    ),
    (("homs/captured",), "The opposition factions completed their control of Homs on Sunday."),
    (("homs/captured",), "The rebels imposed their control over Homs on Sunday."),
    pytest.param(
        ("homs/retaken:claimed",),
        "The army said on Sunday it had retaken Homs.",
        marks=_gap("a bare 'the army' is no alias of the government (as one it cost corpus events)"),
    ),
]
"""The Syria theatre's own idioms: opposition fighters, HTS, regime forces, a war monitor, state
media, an army that withdraws or cedes a city."""


@pytest.mark.parametrize(("expected", "text"), SYRIA_STORIES)
def test_syria_story(syria_extractor: Extractor, expected: tuple[str, ...], text: str) -> None:
    assert events(syria_extractor, f"BEIRUT (AP) - {text}", SYRIA_PUBLISHED) == expected
