"""A second theatre, Syria in late 2024, run through the same code as the first: the gazetteer,
the extractor, the fold and `frontline eval` on a gold corpus written to the annotation
guidelines. Nothing Syrian is in the code; if this needs a code change, the change is generic."""

from __future__ import annotations

import csv
import io
from contextlib import redirect_stdout
from datetime import date, datetime
from pathlib import Path

import pytest

from schemas import Article, Theatre
from schemas.events import CONTROL_EVENT_TYPES
from streams.cli import _settings, build_parser, main
from streams.core.extract import Extractor
from streams.core.gazetteer import Gazetteer
from streams.core.reduce import fold, table
from streams.core.resources import facts_path, load_theatre, sample_articles_path
from streams.evaluate import Report, evaluate, load_facts, load_gold
from streams.ingest import Problem, read_articles
from streams.settings import Settings

THEATRE = "syria-2024"
CORPUS = Path(__file__).parents[1] / "corpus" / THEATRE


@pytest.fixture(scope="module")
def syria() -> Theatre:
    return load_theatre(THEATRE)


@pytest.fixture(scope="module")
def report(syria: Theatre, syria_extractor: Extractor) -> Report:
    records = load_gold([CORPUS])
    return evaluate(records, syria_extractor, load_facts(facts_path(THEATRE)), syria.timeline_checkpoints)


# ---------------------------------------------------------------- the theatre file
def test_fourteen_governorate_capitals_inside_syria(syria: Theatre) -> None:
    assert len(syria.capitals) == 14
    assert len({c.province for c in syria.capitals}) == 14
    assert syria.utc_offset == "+03:00"
    for capital in syria.capitals:
        assert 32.3 <= capital.lat <= 37.4 and 35.6 <= capital.lon <= 42.4, capital.id


def test_wire_spellings_name_their_capital(syria: Theatre) -> None:
    gazetteer = Gazetteer(syria)
    for text, capital in [
        ("Halab", "aleppo"),
        ("Hims", "homs"),
        ("Hamah", "hama"),
        ("Dar'a", "daraa"),
        ("Deraa", "daraa"),
        ("As-Suwayda", "suwayda"),
        ("Sweida", "suwayda"),
        ("Deir al-Zor", "deir-ez-zor"),
        ("Deir Ezzor", "deir-ez-zor"),
        ("Deir el-Zour", "deir-ez-zor"),
        ("Hasakeh", "hasakah"),
        ("Ar-Raqqah", "raqqa"),
        ("Lattakia", "latakia"),
        ("Tartous", "tartus"),
        ("Al-Qunaytirah", "quneitra"),
        ("Dimashq", "damascus"),
        ("Idleb", "idlib"),
    ]:
        assert gazetteer.capital_mentions(f"Fighters reached {text} on Friday.") == [
            (capital, 17, 17 + len(text))
        ], text
    assert gazetteer.capital_mentions("They reached al-Hasakah.")[0][0] == "hasakah"
    assert gazetteer.capital_mentions("Hayat Tahrir al-Sham fighters advanced.") == []


def test_actors_and_their_aliases(syria: Theatre) -> None:
    gazetteer = Gazetteer(syria)
    for phrase, actor in [
        ("Hayat Tahrir al-Sham", "rebels"),
        ("opposition fighters", "rebels"),
        ("the insurgents", "rebels"),
        ("regime forces", "government"),
        ("Assad's forces", "government"),
        ("the Syrian army", "government"),
        ("Kurdish-led forces", "sdf"),
        ("Syrian Democratic Forces", "sdf"),
        ("Turkish-backed Syrian National Army", "sna"),
        ("Turkish-backed rebels", "sna"),
        ("southern rebels", "southern"),
        ("Druze militiamen", "southern"),
    ]:
        assert gazetteer.actor_of(phrase) == actor, phrase
    assert gazetteer.default_attacker == "rebels"
    assert gazetteer.incumbent == "government"
    assert gazetteer.actor_of("the southern city of Daraa") is None  # an actor's id is no name of it


def test_rules_found_on_copy_written_blind_to_them(syria_extractor: Extractor) -> None:
    """Constructions of a Syria set written by an author who never saw the rules; every rule is
    the general one the Afghanistan sets needed too."""
    cases = [
        (  # "southern" in "the southern city of" is no side of the conflict
            "2024-12-07T13:20:00+03:00",
            "Local fighters took control of the southern city of Daraa on Friday under a deal.",
            {("daraa", "captured", "2024-12-06"), ("daraa", "surrendered", "2024-12-06")},
        ),
        (  # a year inside a relative clause dates the aside, not the capture
            "2024-12-08T23:30:00+03:00",
            "In Douma, which government forces besieged until 2018, local fighters took control of the town on Sunday.",
            {("douma", "captured", "2024-12-08")},
        ),
        (  # the seat of power of a governorate
            "2024-12-07T13:20:00+03:00",
            "Druze factions seized the governorate headquarters in Suwayda city on Friday, residents said.",
            {("suwayda", "captured", "2024-12-06")},
        ),
        (
            "2024-12-03T16:45:00+03:00",
            "Rebel fighters clashed with government troops on the northern outskirts of Hama on Tuesday.",
            {("hama", "contested", "2024-12-03")},
        ),
        (  # "took control" with no object, in the city the sentence opens on; a negotiated withdrawal
            "2024-12-07T15:30:00+03:00",
            "In Daraa, the southern city where protests first broke out in 2011, former rebel factions took "
            "control on Friday after negotiating the army's withdrawal.",
            {("daraa", "captured", "2024-12-06"), ("daraa", "surrendered", "2024-12-06")},
        ),
        (  # a seat of power in the relative clause of the place people came from
            "2024-12-09T16:45:00+03:00",
            "Umm Khaled had come from Douma, where local fighters took control of government buildings on "
            "Sunday as troops withdrew from the countryside around the capital.",
            {("douma", "captured", "2024-12-08")},
        ),
        (  # the province an offensive came from, "neighbouring", is not the city's
            "2024-11-30T16:45:00+03:00",
            "Rebels pressed their attack on Aleppo on Saturday. Fighters first broke into the city's western "
            "districts on Friday evening, two days after launching an offensive from their enclave in "
            "neighbouring Idlib province.",
            {("aleppo", "contested", "2024-11-30"), ("aleppo", "entered", "2024-11-29")},
        ),
        (  # a seat of power "in" one capital of two; a city passing "into rebel hands" without a shot
            "2024-12-10T09:00:00+03:00",
            "On Sunday evening, fighters and local men took over the governor's office in Latakia, and on "
            "Monday Tartus, home to Russia's only Mediterranean naval base, passed into rebel hands without "
            "a shot being fired.",
            {
                ("latakia", "captured", "2024-12-08"),
                ("tartus", "captured", "2024-12-09"),
                ("tartus", "surrendered", "2024-12-09"),
            },
        ),
        (  # "in their hands": the sentence's side; the side that held a city at the start still holds it
            "2024-12-10T09:00:00+03:00",
            "By Saturday the army had pulled out of Aleppo and the city was in their hands. The SDF still "
            "holds Raqqa and Hasakah.",
            {("aleppo", "captured", "2024-12-07")},
        ),
        (  # "passed to" a side; a place's own clause dates its history, not the handover
            "2024-12-07T23:55:00+03:00",
            "Daraa, the city where the 2011 uprising began, passed to local former rebel factions on Friday "
            "under a deal.",
            {("daraa", "captured", "2024-12-06"), ("daraa", "surrendered", "2024-12-06")},
        ),
        (  # an army that agreed to withdraw handed the city over
            "2024-12-07T23:55:00+03:00",
            "Local fighters took control of Daraa late on Friday after army commanders agreed to withdraw their "
            "troops, residents said, ending government rule in the city where the 2011 uprising began.",
            {("daraa", "captured", "2024-12-06"), ("daraa", "surrendered", "2024-12-06")},
        ),
        (  # a relative clause with the speaking side's own forces; a command that "declared" a city liberated
            "2024-12-10T12:30:00+03:00",
            "Hama today joins Aleppo, which our forces liberated last Saturday. Shortly before midnight on "
            'Saturday, the command declared Homs "fully liberated".',
            {("aleppo", "captured", "2024-12-07"), ("homs", "captured", "2024-12-07")},
        ),
        (  # an aside between hyphens dates its own history; a seat in one of two capitals
            "2024-12-07T23:20:00+03:00",
            "Yesterday Daraa - where the uprising began in 2011 - and Suwayda were both taken over by local "
            "armed groups. Druze groups seize the governorate buildings in Suwayda. In Douma, local "
            "fighters took over the security branches.",
            {  # (the undated seizure in Suwayda is its take told "yesterday")
                ("daraa", "captured", "2024-12-06"),
                ("suwayda", "captured", "2024-12-06"),
                ("douma", "captured", "2024-12-07"),
            },
        ),
        (
            "2024-12-08T09:00:00+03:00",
            "Rebels announced on state television that Damascus was theirs.",
            {("damascus", "captured", "2024-12-08")},
        ),
    ]
    for published, body, expected in cases:
        article = Article(id="t", published_at=datetime.fromisoformat(published), body=body)
        found = {
            (e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)
        }
        assert found == expected, body


def test_their_fighters_moving_in_enter_and_state_television_moves_no_one(syria_extractor: Extractor) -> None:
    """ "their fighters began moving into the capital": an entry by the sentence's side; the state
    television the statement was read on is a voice, not the side that moved."""
    body = (
        "Syrian rebels declared early on Sunday that they had taken Damascus, in a statement read on state "
        "television hours after their fighters began moving into the capital."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-08T12:00:00+03:00"), body=body)
    found = {
        (e.capital, e.type, e.actor)
        for e in syria_extractor.extract(article)
        if e.type in CONTROL_EVENT_TYPES
    }
    assert found == {("damascus", "captured", "rebels"), ("damascus", "entered", "rebels")}


def test_state_media_denials_in_their_own_words(syria_extractor: Extractor) -> None:
    """ "No truth to the reports"; reports described, after what they say, as lies: denials."""
    body = (
        "'There is no truth to the reports that terrorist groups have entered Hama,' the ministry said. A "
        'military source described reports of fighters inside Homs as "lies spread by the terrorists".'
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-05T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.modality) for e in syria_extractor.extract(article)}
    assert found == {("hama", "entered", "denied"), ("homs", "entered", "denied")}


def test_a_side_that_withdrew_and_a_speaker_set_off_by_where_it_is(syria_extractor: Extractor) -> None:
    """ "withdrew from Deir al-Zor and the SDF took control of the city": the city it left; "Local
    fighters in Quneitra province, on the edge of the Golan Heights, said": the fighters, not the
    place, are the speaker, so their words are a claim."""
    body = (
        "Suwayda was calm. In the east, government troops withdrew from Deir al-Zor and the SDF took "
        "control of the city, residents said. Local fighters in Quneitra province, on the edge of the "
        "Golan Heights, said on Saturday they had taken control of the provincial capital."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-07T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.modality, e.actor) for e in syria_extractor.extract(article)}
    assert found == {
        ("deir-ez-zor", "captured", "asserted", "sdf"),
        ("quneitra", "captured", "claimed", "southern"),
    }


def test_years_of_asides_date_neither_the_event_nor_the_paragraph(syria_extractor: Extractor) -> None:
    """A feature's section named by a line of its own ("Hama"); years in an appositive, in a
    restrictive clause ("who had reconciled with the government in 2018") or in a second aside
    date those asides, not the news around them nor the paragraph after them."""
    body = (
        "Hama\n"
        "On December 5 rebel fighters took control of the city, a name still synonymous with the massacre "
        "of 1982. The same night, Druze factions in Suwayda took over the governorate building.\n"
        "In Daraa, where protests in 2011 ignited the uprising, former rebels who had reconciled with the "
        "government in 2018 took up arms again and took over the city on December 6.\n"
        "On December 7, local factions took control of Quneitra, the provincial capital on the Golan "
        "frontier, whose administration has operated from Baath City since the town was ruined in 1974."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-12T09:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {
        ("hama", "captured", "2024-12-05"),
        ("suwayda", "captured", "2024-12-05"),
        ("daraa", "captured", "2024-12-06"),
        ("quneitra", "captured", "2024-12-07"),
    }


def test_a_city_s_countryside_and_fronts_are_not_the_city(syria_extractor: Extractor) -> None:
    """Also: "areas that witnessed terrorist attacks, including Aleppo": the areas include it."""
    body = (
        "Army units repel terrorist attacks in northern Hama countryside and on the Idlib front. The army "
        "will restore security to all the areas that witnessed terrorist attacks, including Aleppo."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-04T12:00:00+03:00"), body=body)
    assert syria_extractor.extract(article) == []


def test_fighters_in_a_city_s_districts_and_another_spelling(syria_extractor: Extractor) -> None:
    """ "pushed into the western districts of Aleppo": the city, not the province; "Deir Ez Zor"."""
    body = (
        "By the evening of November 29, fighters had pushed into the western districts of Aleppo. On December "
        "6 the Kurdish-led Syrian Democratic Forces took control of Deir Ez Zor."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-12T09:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {("aleppo", "entered", "2024-11-29"), ("deir-ez-zor", "captured", "2024-12-06")}
    body = "Terrorist elements attacked checkpoints and military positions in the city of Daraa on Friday."
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-07T12:00:00+03:00"), body=body)
    assert {(e.capital, e.type) for e in syria_extractor.extract(article)} == {("daraa", "contested")}


def test_armed_men_of_no_named_side_claim_for_their_own(syria_extractor: Extractor) -> None:
    """ "Fighters said that they were in control of Tartus": their own side's word, a claim."""
    body = "Fighters said on Monday that they were in control of Tartus."
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-10T12:00:00+03:00"), body=body)
    assert {(e.capital, e.modality) for e in syria_extractor.extract(article)} == {("tartus", "claimed")}


def test_who_holds_what_headings_name_the_city_below(syria_extractor: Extractor) -> None:
    """ "ALEPPO - REBELS": an explainer's entry heading, in capitals, names the city its paragraph
    then calls "the city"."""
    body = (
        "Dec 6 - This is the picture as of Friday evening.\n"
        "HAMA - REBELS\n"
        "Rebels fought on the city's northern outskirts on Wednesday.\n"
        "DEIR EZ-ZOR, RAQQA - SDF\n"
        "Fighting was reported in the city on Friday.\n"
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-06T21:15:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {("hama", "contested", "2024-12-04")}


def test_initial_controllers_on_26_november(syria: Theatre) -> None:
    state = table(fold([], syria))
    held = {capital: s.controller for capital, s in state.items()}
    assert held.pop("idlib") == "rebels"
    assert held.pop("raqqa") == "sdf"
    assert held.pop("hasakah") == "sdf"
    assert set(held.values()) == {"government"}


def test_facts_file_covers_every_capital_with_actor_and_note(syria: Theatre) -> None:
    with facts_path(THEATRE).open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["capital"] for r in rows} == {c.id for c in syria.capitals}
    actors = {a.id for a in syria.actors}
    for row in rows:
        assert row["taken_by"] in actors and row["notes"], row
        assert row["province"] == syria.capital(row["capital"]).province
        if row["fell_on"]:
            assert date(2024, 11, 27) <= date.fromisoformat(row["fell_on"]) <= date(2024, 12, 9)
            assert row["taken_by"] != syria.initial_controller(row["capital"])
        else:
            assert row["taken_by"] == syria.initial_controller(row["capital"])
    fell = load_facts(facts_path(THEATRE))
    assert fell["aleppo"] == date(2024, 11, 30) and fell["damascus"] == date(2024, 12, 8)
    assert "idlib" not in fell and "raqqa" not in fell


# ---------------------------------------------------------------- the gold corpus
def test_corpus_shape() -> None:
    records = load_gold([CORPUS])
    assert len(records) == 15
    assert sum(r.trap for r in records) == 3
    tags = {t for r in records for t in r.tags}
    assert {"history", "forecast", "negation", "multi-capital", "claim", "confirmation", "denial"} <= tags
    modalities = {c.modality for r in records for c in r.control}
    assert {"asserted", "claimed", "denied"} <= modalities
    assert {c.actor for r in records for c in r.control} == {"rebels", "sdf", "southern"}


def test_extraction_quality_on_the_syria_corpus(report: Report) -> None:
    strict = report.strict_all
    assert strict.f1 >= 0.93, strict.as_json()
    assert strict.precision >= 0.97, strict.as_json()
    assert report.modality_accuracy >= 0.95
    assert report.actor_correct == report.modality_matched
    assert report.trap_false_events == 0


def test_folded_corpus_matches_the_record(report: Report) -> None:
    assert report.final_state_correct == report.final_state_total == 14
    assert set(report.timeline) == {d.isoformat() for d in load_theatre(THEATRE).timeline_checkpoints}
    assert all(not wrong for wrong in report.timeline.values()), report.timeline


def test_frontline_eval_with_the_theatre_flag(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", "--theatre", THEATRE, str(CORPUS)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "theatre syria-2024, 15 articles (3 traps" in out
    assert "false control events on trap articles: 0" in out


def test_frontline_extract_with_the_theatre_flag(tmp_path: Path) -> None:
    article = tmp_path / "a.jsonl"
    article.write_text(
        '{"id": "x", "published_at": "2024-12-05T19:00:00+03:00", '
        '"body": "Syrian rebels captured the central city of Hamah on Thursday, residents said."}\n'
    )
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        assert main(["extract", "--theatre", THEATRE, str(article)]) == 0
    assert '"capital":"hama"' in buffer.getvalue() and '"actor":"rebels"' in buffer.getvalue()


# ---------------------------------------------------------------- selecting the theatre
def test_settings_select_the_theatre_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTLINE_THEATRE", THEATRE)
    settings = Settings()
    assert settings.theatre == THEATRE
    assert load_theatre(settings.theatre).id == THEATRE
    flagged = _settings(build_parser().parse_args(["demo", "--theatre", "afghanistan-2021"]))
    assert flagged.theatre == "afghanistan-2021"  # the flag wins over the environment
    unflagged = _settings(build_parser().parse_args(["worker"]))
    assert unflagged.theatre == THEATRE


def test_demo_samples_of_the_theatre_fold_to_the_record(syria: Theatre, syria_extractor: Extractor) -> None:
    path = sample_articles_path(THEATRE)
    loaded = [item for item in read_articles([str(path)])]
    assert loaded and not any(isinstance(item, Problem) for item in loaded)
    events = [e for item in loaded for e in syria_extractor.extract(item.article)]  # type: ignore[union-attr]
    state = table(fold(events, syria))
    fell = load_facts(facts_path(THEATRE))
    for capital in syria.capitals:
        initial = syria.initial_controller(capital.id)
        changed = state[capital.id].controller not in (initial, "contested")
        assert changed == (capital.id in fell), (capital.id, state[capital.id].controller)
    assert state["deir-ez-zor"].controller == "sdf"
    assert state["daraa"].controller == "southern"


def test_second_author_articles(syria_extractor: Extractor) -> None:
    """Copy by authors who never saw the rules (that folder's README): the figures reached. Measured
    over the 7,632 articles (round 629 in, extractor 1.192.0): strict F1 0.962 (0.9622), actor 0.989,
    no event on a trap article. Rounds 620 to 629 but 626 (1.188.0's finals, the session of 8 Dec from
    03:10's two batches but its round with a trap event, and the finals of 1.190.0), each read with
    the rules of its moment, joined after 1.191.0 at 0.973 (266 / 10 / 5); the 7,502 before them read
    18915 / 587 / 905 with 1.191.0, the gate unchanged.
    Before, over the 7,502 articles (round 619 in, extractor 1.188.0): strict F1 0.962 (0.9619), actor 0.989,
    no event on a trap article. Rounds 606 to 619 but 607, 611 and 620, 621 (1.183.0's finals but the
    one with a trap event not yet fixed, the session of 8 Dec from 00:10's three batches but its
    round with a trap event, and the finals of 1.186.0 and 1.187.0), each read with the rules of its
    moment, joined after 1.188.0 at 0.962 (407 / 13 / 19); the 7,328 before them read 18504 / 575 /
    890 with 1.188.0 (1.186.0: 18497 / 575 / 897; 1.187.0: 18500 / 575 / 894), the gate unchanged.
    With 1.189.0 (a road's end with a relative clause of its own): 18914 / 588 / 906; with 1.190.0
    (the first readings of AF 635 to 638 and Syria 622 to 625): 18915 / 587 / 905, as with 1.191.0
    (those of AF 639, 640 and Syria 626, 627).
    Before, over the 7,328 articles (round 604 in, extractor 1.183.0): strict F1 0.962 (0.9617), actor 0.989,
    no event on a trap article. Rounds 588 to 604 but 595, 597 and 602 (1.180.0's finals, the
    session of 7 Dec from 21:24's four batches but their rounds with a trap event, and the finals of
    1.181.0 and 1.182.0), each read with the rules of its moment, joined after 1.183.0 at 0.971 (405
    / 12 / 12); the 7,126 before them read 18091 / 565 / 886 with 1.183.0, the gate unchanged.
    Before, over the 7,126 articles (round 587 in, extractor 1.180.0): strict F1 0.961 (0.9613), actor 0.989,
    no event on a trap article. Rounds 564 to 587 (1.176.0's finals and the session of 7 Dec from
    18:53's five batches and the finals of 1.177.0 and 1.179.0), each read with the rules of its
    moment, joined after 1.180.0 at 0.963 (775 / 29 / 31); the 6,784 before them read 17312 / 536 /
    859 with 1.180.0, the gate unchanged.
    Before, over the 6,784 articles (round 563 in, extractor 1.176.0): strict F1 0.961 (0.9610), actor 0.989,
    no event on a trap article. Rounds 560 to 563 (the session's fifth batch), read with 1.175.0,
    joined after 1.176.0 at 0.927 (95 / 4 / 11); the 6,728 before them read 17208 / 534 / 857 with
    1.176.0, the gate unchanged.
    Before, over the 6,728 articles (round 559 in, extractor 1.175.0): strict F1 0.961 (0.9611), actor 0.989,
    no event on a trap article. Rounds 540 to 559 (the session of 7 Dec from 16:10's four batches and
    the finals of 1.173.0 and 1.174.0), each read with the rules of its moment, joined after 1.175.0
    at 0.964 (668 / 30 / 20); the 6,444 before them read 16537 / 504 / 840 with 1.175.0, the gate
    unchanged.
    Before, over the 6,444 articles (round 539 in, extractor 1.170.0): strict F1 0.960 (0.9604), actor 0.989,
    no event on a trap article. 1.169.0's final (539), read with 1.169.0, joined after 1.170.0 at
    0.935 (36 / 4 / 1); the 6,428 before them read 16487 / 503 / 853 with 1.170.0, the gate
    unchanged.
    Before, over the 6,428 articles (round 538 in, extractor 1.169.0): strict F1 0.961 (0.9605), actor 0.989,
    no event on a trap article. Rounds 534 to 536 (urgents and live pages, the first days, military
    analysis) and 1.168.0's finals (537 and 538), read with 1.168.0, joined after 1.169.0 at 0.976
    (142 / 1 / 6); the 6,356 before them read 16345 / 502 / 847 with 1.169.0, the gate unchanged.
    Before, over the 6,356 articles (round 533 in, extractor 1.168.0): strict F1 0.960 (0.9603), actor 0.989,
    no event on a trap article. Rounds 525 to 528 (translated copy, press reviews, sidebars,
    local-source reporting), read with 1.166.0, joined after 1.167.0, and rounds 530 and 531
    (second-day stories, explainers) and 1.167.0's finals (532 and 533), read with 1.167.0, after
    1.168.0, at 0.962 (237 / 13 / 6) over the 114; the 6,242 before them read 16106 / 489 / 843
    with 1.168.0, the gate unchanged.
    Before, over the 6,242 articles (round 524 in, extractor 1.166.0): strict F1 0.960 (0.9602), actor 0.989,
    no event on a trap article. 1.165.0's finals (520 and 521) and rounds 522 to 524 (fact boxes,
    broadcast copy, live pages), all read with 1.165.0, joined after 1.166.0 at 0.936 (160 / 11 /
    11); the 6,170 before them read 15943 / 479 / 835 with 1.166.0, the gate unchanged.
    Before, over the 6,170 articles (round 519 in, extractor 1.165.0): strict F1 0.960 (0.9604),
    actor 0.989, no event on a trap article. Rounds 511 and 512 (urgents and live pages, explainers) and 1.163.0's
    finals (513 and 514), read with 1.163.0, and rounds 515 to 517 (the first days, the last days,
    numbers-heavy copy) and 1.164.0's second final (519), read with 1.164.0, joined after 1.165.0 at
    0.984 (152 / 1 / 4) and 0.966 (115 / 2 / 6); the 6,056 before them read 15676 / 476 / 825 with
    1.165.0, the gate unchanged.
    Before, over the 6,056 articles (round 510 in, extractor 1.163.0): strict F1 0.960 (0.9602),
    actor 0.990, no event on a trap article. Rounds 507 and 508 (eyewitness accounts, second-day stories) and
    1.162.0's finals (509 and 510), all read with 1.162.0, joined after 1.163.0 at 0.962 (113 / 5 /
    4); the 5,998 before them read 15562 / 470 / 822 with 1.163.0, the gate unchanged.
    Before, over the 5,998 articles (round 506 in, extractor 1.162.0): strict F1 0.960 (0.9601),
    actor 0.990, no event on a trap article. 1.161.0's finals (501 and 502) and rounds 503 to 506 (press reviews,
    sidebars, translated copy, military analysis), all read with 1.161.0, joined after 1.162.0 at
    0.957 (165 / 6 / 9); the 5,912 before them read 15397 / 465 / 813 with 1.162.0, the gate
    unchanged.
    Before, over the 5,912 articles (round 500 in, extractor 1.161.0): strict F1 0.958 (0.9583),
    actor 0.990, no event on a trap article. 1.160.0's finals (497 and 498) and rounds 499 and 500 (explainers,
    live pages), all read with 1.160.0, joined after 1.161.0 at 0.957 (134 / 3 / 9); the 5,854
    before them read 15266 / 528 / 801 with 1.161.0, the gate unchanged.
    Before, over the 5,854 articles (round 496 in, extractor 1.160.0): strict F1 0.958 (0.9583),
    actor 0.990, no event on a trap article. Round 494 (live pages) and 1.159.0's finals (495 and 496), all read
    with 1.159.0, joined after 1.160.0 at 0.943 (99 / 6 / 6); the 5,810 before them read 15167 / 521
    / 795 with 1.160.0, the gate unchanged.
    Before, over the 5,810 articles (round 492 in, extractor 1.159.0): strict F1 0.958 (0.9584),
    actor 0.990, no event on a trap article. Rounds 487, 488 and 490 (fact boxes, press reviews, urgents) and
    1.158.0's finals (491 and 492), all read with 1.158.0, joined after 1.159.0 at 0.946 (174 / 10 /
    10); the 5,738 before them read 14993 / 512 / 785 with 1.159.0, the gate unchanged.
    Before, over the 5,738 articles (round 486 in, extractor 1.158.0): strict F1 0.959 (0.9585),
    actor 0.990, no event on a trap article. Rounds 481 to 484 (eyewitness, translated, military analysis and
    numbers-heavy copy) and 1.157.0's finals (485 and 486), all read with 1.157.0, joined after
    1.158.0 at 0.952 (178 / 8 / 10); the 5,652 before them read 14815 / 504 / 775 with 1.158.0, the
    gate unchanged.
    Before, over the 5,652 articles (round 480 in, extractor 1.157.0): strict F1 0.959 (0.9587),
    actor 0.990, no event on a trap article. 1.156.0's second final (round 476) and rounds 477 to 480
    (local-source, first days, last days, broadcast; read with 1.156.0) joined after 1.157.0 at
    0.975 (134 / 2 / 5); the 5,582 before them read 14681 / 501 / 770 with 1.157.0, the gate
    unchanged.
    Before, over the 5,582 articles (round 474 in, extractor 1.156.0): strict F1 0.959 (0.9585),
    actor 0.990, no event on a trap article. 1.155.0's finals (rounds 471 and 472) and rounds 473 and 474
    (explainers, live pages; read with 1.155.0) joined after 1.156.0 at 0.977 (150 / 2 / 5); the
    5,524 before them read 14530 / 499 / 766 with 1.156.0, the gate unchanged.
    Before, over the 5,524 articles (round 470 in, extractor 1.155.0): strict F1 0.958 (0.9583),
    actor 0.990, no event on a trap article. Rounds 467 and 468 (second-day stories, the first days) and 1.154.0's
    finals (469 and 470), all read with 1.154.0, joined after 1.155.0 at 0.967 (104 / 3 / 4); the
    5,466 before them read 14426 / 496 / 762 with 1.155.0, the gate unchanged.
    Before, over the 5,466 articles (round 466 in, extractor 1.154.0): strict F1 0.958 (0.9582),
    actor 0.990, no event on a trap article. Rounds 463 and 464 (urgents and live pages, the last days) and
    1.153.0's finals (465 and 466), all read with 1.153.0, joined after 1.154.0 at 0.966 (126 / 4 /
    5); the 5,408 before them read 14300 / 492 / 757 with 1.154.0, the gate unchanged.
    Before, over the 5,408 articles (round 462 in, extractor 1.153.0): strict F1 0.958 (0.9581),
    actor 0.989, no event on a trap article. Rounds 458 to 460 (press reviews, sidebars, military analysis) and
    1.152.0's finals (461 and 462), all read with 1.152.0, joined after 1.153.0 at 0.979 (161 / 5 /
    2); the 5,336 before them read 14138 / 487 / 756 with 1.153.0, the gate unchanged.
    Before, over the 5,336 articles (round 457 in, extractor 1.152.0): strict F1 0.958 (0.9579),
    actor 0.989, no event on a trap article. 1.151.0's finals (rounds 454 and 455) and rounds 456 and 457
    (translated copy, local-source reporting; read with 1.151.0) joined after 1.152.0 at 0.944 (119
    / 11 / 3); the 5,278 before them read 14019 / 476 / 753 with 1.152.0, the gate unchanged.
    Before, over the 5,278 articles (round 453 in, extractor 1.151.1): strict F1 0.958 (0.9580),
    actor 0.989, no event on a trap article. 1.150.0's finals (rounds 448 and 449) and rounds 450 to 453 (broadcast
    copy, numbers-heavy copy, eyewitness accounts, fact boxes; read with 1.150.0) joined after
    1.151.0 at 0.976 (205 / 7 / 3); the 5,192 before them read 13813 / 469 / 751 with 1.151.1, the
    gate unchanged. Before, over the 5,192 articles (round 446 in, extractor 1.150.0): strict F1 0.957
    (0.9575), actor 0.990, no event on a trap article. 1.149.0's finals (rounds 444 and 445) and round 446 (second-day
    stories; read with 1.149.0; the sidebars, 447, kept out for their trap event) joined after
    1.150.0 at 0.978 (87 / 2 / 2); the 5,148 before them read 13722 / 469 / 753 with 1.150.0, the
    gate unchanged. Before, over the 5,148 articles (round 443 in, extractor 1.149.0): strict F1
    0.957 (0.9574), actor 0.989, no event on a trap article. 1.148.0's finals (rounds 440 and 441) and round 443 (the first days;
    read with 1.148.0; the press reviews, 442, kept out for their trap event) joined after 1.149.0
    at 0.975 (78 / 1 / 3); the 5,104 before them read 13644 / 468 / 750 with 1.149.0, the gate
    unchanged. Before, over the 5,104 articles (round 439 in, extractor 1.148.0): strict F1 0.957
    (0.9573), actor 0.990, no event on a trap article. 1.147.0's finals (rounds 436 and 437) and rounds 438 and 439
    (translated copy, explainers; read with 1.147.0) joined after 1.148.0 at 0.969 (142 / 4 / 5);
    the 5,046 before them read 13502 / 464 / 745 with 1.148.0, the gate unchanged. Before, over the
    5,046 articles (round 435 in, extractor 1.147.0): strict F1 0.957 (0.9571), actor 0.990, no
    event on a trap article. 1.146.0's second final (round 431; its first, 430, kept out for its
    trap event) and rounds 432 to 435 (fact boxes, eyewitness dispatches, military analysis, urgents
    and live pages; read with 1.146.0) joined after 1.147.0 at 0.921 (170 / 8 / 21); the 4,976
    before them read 13331 / 456 / 725 with 1.147.0, the gate unchanged. Before, over the 4,976
    articles (round 429 in, extractor 1.146.0): strict F1 0.958 (0.9576), actor 0.990, no event on
    a trap article. 1.145.0's finals (rounds 424 and 425) and rounds 426, 428 and 429
    (the last days, live pages, local-source reporting; read with 1.145.0; the press reviews, 427,
    kept out for their trap event) joined after 1.146.0 at 0.963 (158 / 7 / 5); the 4,904 before
    them read 13172 / 448 / 721 with 1.146.0, the gate unchanged. Before, over the 4,904 articles
    (round 423 in, extractor 1.145.0): strict F1 0.957 (0.9574), actor 0.989, no event on a trap
    article. 1.143.0's finals (rounds 416 and 417), rounds 418 to 421
    (translated copy, fact boxes, broadcast copy, numbers-heavy copy; read with 1.143.0) and
    1.144.0's finals (422 and 423) joined after 1.145.0 at 0.961 (269 / 11 / 11); the 4,788 before
    them read 12902 / 439 / 711 with 1.145.0, the gate unchanged. Before, over the 4,788 articles
    (round 415 in, extractor 1.143.0): strict F1 0.957 (0.9573), actor 0.989, no event on a trap
    article. 1.142.0's finals (rounds 410 and 411) and rounds 412 to 415
    (military analysis, second-day stories, sidebars, explainers; read with 1.142.0) joined after
    1.143.0 at 0.967 (190 / 6 / 7); the 4,702 before them read 12710 / 433 / 706 with 1.143.0, the
    gate unchanged. Before, over the 4,702 articles (round 409 in, extractor 1.142.0): strict F1
    0.957 (0.9570), actor 0.989, no event on a trap article. 1.141.0's finals (rounds 404 and 405) and rounds 406 to 409 (press
    reviews, local-source reporting, urgents and live pages, the first days; read with 1.141.0)
    joined after 1.142.0 at 0.951 (164 / 10 / 7); the 4,616 before them read 12543 / 423 / 702 with
    1.142.0, the gate unchanged. Before, over the 4,616 articles (round 402 in, extractor 1.141.0):
    strict F1 0.957 (0.9571), actor 0.989, no event on a trap article. 1.140.0's finals (rounds 398 and 399) and rounds 400 to 402
    (translated copy, eyewitness dispatches, fact boxes; read with 1.140.0; the last days, 403, kept
    out for its trap event) joined after 1.141.0 at 0.945 (162 / 8 / 11); the 4,544 before them
    read 12381 / 415 / 691 with 1.141.0, the gate unchanged. Before, over the 4,544 articles (round
    397 in, extractor 1.140.0): strict F1 0.957 (0.9572), actor 0.989, no event on a trap article. 1.139.0's finals (rounds 392 and 393) and rounds 394 to 397 (press
    reviews, sidebars, broadcast copy, military analysis; read with 1.139.0) joined after 1.140.0 at
    0.938 (180 / 15 / 9); the 4,458 before them read 12199 / 400 / 684 with 1.140.0, the gate
    unchanged. Before, over the 4,458 articles (round 391 in, extractor 1.139.0): strict F1 0.957
    (0.9575), actor 0.989, no event on a trap article. 1.138.0's finals (rounds 386 and 387) and rounds 388 to 391
    (local-source reporting, the first days, eyewitness dispatches, translated copy; read with
    1.138.0) joined after 1.139.0 at 0.960 (158 / 7 / 6); the 4,372 before them read 12041 / 393 /
    678 with 1.139.0, the gate unchanged. Before, over the 4,372 articles (round 385 in, extractor
    1.138.0): strict F1 0.957 (0.9574), actor 0.989, no event on a trap article. 1.137.0's finals (rounds 380 and 381) and rounds 382 to 385
    (second-day stories, numbers-heavy copy, live pages, explainers; read with 1.137.0) joined
    after 1.138.0 at 0.968 (213 / 3 / 11); the 4,286 before them read 11827 / 390 / 668 with
    1.138.0, the gate unchanged. Before, over the 4,286 articles (round 379 in, extractor 1.137.0):
    strict F1 0.957 (0.9572), actor 0.989, no event on a trap article. Rounds 372 to 379 (the first days, broadcast copy, local-source
    reporting, sidebars, read with 1.135.0; fact boxes, eyewitness dispatches, live pages, military
    analysis, read with 1.136.0) joined after 1.137.0 at 0.951 (234 / 12 / 12); the 4,174 before
    them read 11593 / 378 / 656 with 1.137.0, the gate unchanged. Before, over the 4,174 articles
    (round 371 in, extractor 1.135.0): strict F1 0.957 (0.9572), actor 0.989, no event on a trap
    article. 1.133.0's finals (rounds 366 and 367) and rounds 368 to 371
    (explainers, translated copy, press reviews, the last days; read with 1.134.0) joined after
    1.135.0 at 0.955 (210 / 11 / 9); the 4,088 before them read 11383 / 369 / 647 with 1.135.0, the
    gate unchanged. Before, over the 4,088 articles (round 365 in, extractor 1.133.0): strict F1
    0.957 (0.9573), actor 0.989, no event on a trap article. Rounds 362 to 365 (explainers, second-day stories, numbers-heavy
    copy, live pages; read with 1.132.0) joined after 1.133.0 at 0.950 (144 / 5 / 10); the 4,032
    before them read 11239 / 364 / 637 with 1.133.0, the gate unchanged. Before, over the 4,032
    articles (round 361 in, extractor 1.132.0): strict F1 0.957 (0.9573), actor 0.989,
    no event on a trap article. Rounds 358 to 361 (the first days, the last days, broadcast copy,
    military analysis; read with 1.131.0) joined after 1.132.0 at 0.964 (108 / 4 / 4); the 3,976
    before them read 11129 / 360 / 635 with 1.132.0, the gate unchanged. Before, over the 3,976
    articles (round 357 in, extractor 1.131.0): strict F1 0.957 (0.9572), actor 0.989,
    no event on a trap article. Rounds 354 to 357 (second-day stories, local-source reporting, live
    pages, sidebars; read with 1.130.0) joined after 1.131.0 at 0.971 (101 / 2 / 4); the 3,920
    before them read 11026 / 357 / 633 with 1.131.0, the gate unchanged. Before, over the 3,920
    articles (round 353 in, extractor 1.130.0): strict F1 0.956 (0.9560), actor 0.989,
    no event on a trap article. Rounds 348 and 349 (1.128.0's finals, read once) and 350 to 353
    (fact boxes, translated copy, eyewitness dispatches, press reviews; read with 1.129.0) joined
    after 1.130.0 at 0.959 (212 / 10 / 8); the 3,834 before them read 10793 / 349 / 646 with
    1.130.0, the gate unchanged. Before, over the 3,834 articles (round 347 in, extractor 1.128.0):
    strict F1 0.955 (0.9548), actor 0.988,
    no event on a trap article. Rounds 342 and 343 (1.127.0's finals, read once) and 344 to 347
    (explainers, second-day stories, numbers-heavy copy, live pages; read with 1.127.0) joined after
    1.128.0 at 0.935 (193 / 14 / 13); 348 and 349 (1.128.0's finals) kept out; the 3,748 before them
    read 10588 / 348 / 645 with 1.128.0, the gate unchanged. Before, over the 3,748 articles (round
    341 in, extractor 1.127.0): strict F1 0.955 (0.9551), actor 0.988,
    no event on a trap article. Rounds 336 and 337 (1.126.0's finals, read once) and 339 to 341 (the
    last days, broadcast copy, military analysis; read with 1.126.0) joined after 1.127.0 at 0.956
    (162 / 11 / 4); 338 kept out for its trap event, 342 and 343 (1.127.0's finals) kept out; the
    3,676 before them read 10425 / 338 / 642 with 1.127.0, the gate unchanged. Before, over the 3,676
    articles (round 334 in, extractor 1.126.0): strict F1 0.955 (0.9551), actor 0.988,
    no event on a trap article. Rounds 326 and 327 (1.124.0's finals, read once) and 328 to 334 (fact
    boxes, translated copy, eyewitness dispatches, press reviews, second-day stories, local-source
    reporting, live pages; read with 1.124.0 or 1.125.0) joined after 1.126.0 at 0.961 (287 / 13 /
    10); 335 kept out for its trap events, 336 and 337 (1.126.0's finals) kept out; the 3,548 before
    them read 10138 / 325 / 632 with 1.126.0, the gate unchanged. Before, over the 3,548 articles
    (round 325 in, extractor 1.124.0): strict F1 0.954 (0.9544), actor 0.988,
    no event on a trap article. Rounds 321 and 322 (1.123.0's finals, read once) and 323 to 325
    (local-source reporting, numbers-heavy copy, sidebars; read with 1.123.0) joined after 1.124.0
    at 0.945 (147 / 8 / 9); 326 and 327 (1.124.0's finals) kept out; the 3,476 before them read
    9982 / 320 / 632 with 1.124.0, the gate unchanged. Before, over the 3,476 articles (round 320
    in, extractor 1.123.0): strict F1 0.954 (0.9537), actor 0.988,
    no event on a trap article. Rounds 312 and 313 (1.121.0's finals, read once), 314 to 316 and 318
    and 320 (the first and last days, broadcast copy, analysis, live pages; read with 1.121.0 or
    1.122.0) joined after 1.123.0 at 0.959 (208 / 11 / 7); 317 and 319 kept out for their trap
    events, 321 and 322 (1.123.0's finals) kept out; the 3,376 before them read 9769 / 321 / 630
    with 1.123.0, the gate unchanged. Before, over the 3,376 articles (round 311 in, extractor
    1.121.0): strict F1 0.953 (0.9535), actor 0.987,
    no event on a trap article. Rounds 310 and 311 (1.120.0's finals, read once) joined after 1.121.0
    at 0.929 (65 / 6 / 4); 1.121.0's finals 312 and 313 kept out; the 3,346 before them read 9702 /
    315 / 628 with 1.121.0, the gate unchanged. Before, over the 3,346 articles (round 309 in,
    extractor 1.120.0): strict F1 0.954 (0.9537), actor 0.987,
    no event on a trap article. Rounds 296 and 297 (1.118.0's finals, read once), 298 to 303 and 305
    (quote-led copy, analysis, second-day stories, urgents and live pages, local-source reporting,
    numbers-heavy copy, sidebars; read with 1.118.0) and 306 to 309 (fact boxes with narrative,
    translated copy, eyewitness dispatches, live pages; read with 1.119.0) joined in the session of 6
    Dec from 10:12 at 0.948 (394 / 17 / 26); 304 (press reviews) kept out for its trap event, 310
    and 311 (1.120.0's finals) kept out; the 3,162 before them read 9308 / 298 / 602 with 1.120.0, the
    gate unchanged. Before, over the 3,162 articles (round 295 in, extractor 1.118.0): strict F1 0.954 (0.9535), actor 0.987,
    no event on a trap article (round 13's went with the rule for foreign states). Rounds 282 and 283
    (the finals read once with 1.115.0), 284 to 289 (broadcast, snaps, eyewitness, regional
    roundups, fact boxes with narrative, live pages), 290 and 291 (1.116.0's finals, read once), 292
    and 293 (claims and counter-claims, translated copy) and 294 and 295 (1.117.0's finals, read
    once) joined in the session of 6 Dec from 07:45 at 0.958 (478 / 22 / 20); 1.118.0's finals 296
    and 297 kept out; the 2,960 before them read 8828 / 281 / 584 with 1.118.0, the gate unchanged. Before, over the 2,960 articles (round
    281 in, extractor 1.115.0): 0.953 (0.9530). Rounds 272 to 281
    (the session of 6 Dec from 05:16's finals read with 1.112.0 to 1.114.0, long reads, press
    reviews, second-day stories and hedged copy; finals 282 and 283 kept out) joined in that
    session at 0.948 (318 / 17 / 18), the 2,814 before them reading 8506 / 265 / 570 with 1.115.0,
    the gate unchanged. Before, over the 2,814 articles (round 271 in, extractor 1.112.0): 0.953
    (0.9532). Rounds 259, 260
    and 263 (the second session of 6 Dec's finals, read once with 1.111.0, rules since written),
    261 and 262 (retrospectives, non-news desks) and 264 to 271 (diplomatic, local-source,
    analysis, displacement, correction, profile, numbers-heavy and quote-led copy; finals 272 and
    273 kept out) joined in the session of 6 Dec at 0.959 (439 / 12 / 26), the F1 gate rising to
    0.952; the 2,628 before them read 8067 / 253 / 544 with 1.112.0 (0.9529). Before, over the
    2,628 articles (round 258 in, extractor 1.111.0): 0.953 (0.9527). Rounds 247 and
    248 (the session of 6 Dec's finals), 249 to 252, 253 and 254 (finals read once with 1.110.0,
    rules since written), 256 to 258 (statements, the last days, roundups by front; eyewitness
    round 255 kept out for its trap event) joined in the second session of 6 Dec at 0.979 (352 / 4
    / 11) with 1.111.0, the F1 gate rising to 0.950; the 2,470 before them read 7716 / 254 / 532
    (0.9515). Before, over the 2,470 articles with 1.109.0: 0.951 (0.9511). Rounds 232, 237
    and 238 (the last session's finals, rules since written) and 239 to 245 (monitors and
    think-tank assessments, urgents and live pages, analysis, fact boxes, translated copy, a mixed
    intake, Arabic-style spellings; fact-box round 246 kept out for its trap event) joined in the
    session of 6 Dec at 0.971 (396 / 6 / 18) with 1.109.0, the F1 gate rising to 0.948; the 2,326
    before them read 7318 / 253 / 516 (0.9501; 7307 / 253 / 527 with 1.106.0). Rounds 226 (the
    seventh session's final, its rules since written), 229, 231 and 233 to 236 (agency copy,
    urgents, translated copy, regional outlets, live pages, explainers; analysis round 230 kept
    out for its trap event, final measure 232 kept out) joined in the eighth session of 5 Dec at
    0.980 (250 / 2 / 8) with 1.106.0; the 2,222 before them read 7057 / 251 / 519 (7052 / 252 /
    524 with 1.102.0). Rounds 223, 225,
    227 and 228 (intake read as a final before the rules changed again, regional outlets' copy,
    explainers, translated copy; live-page round 224 kept out for its trap event, final measure 226
    kept out) joined in the seventh session of 5 Dec at 0.942 (147 / 9 / 9) with 1.101.0; the 2,164
    before them read 6905 / 243 / 515 (0.9480). Rounds 205 to
    215 and 217 (correspondents, wire urgents, explainers, intake, reconstructions, commentary,
    social media, interviews, broadcast, regional sites, European agencies; live-page round 216
    kept out for its trap event, final measure 218 kept out) joined in the sixth session of 5 Dec,
    the last 80 at 0.943 with 1.92.0; the 2,082 before those read 6649 / 242 / 501 (0.9471). The
    402 articles
    of rounds 161 to 204 joined in the fifth session of 5 Dec read 0.923 (interview round 165,
    translated-copy round 179 and ordinary-intake round 201 kept out for their trap events, final
    measure 169 kept out); the 1,638 before them read 0.953, against 0.952 (0.9518) with 1.58.0.
    Before that, rounds 145 to 159 had joined with the misses their first reading found in fact
    checks, ordinary intake, commentary, interviews, reconstructions, broadcast scripts, regional
    outlets' sites, a writethru chain, explainers, correspondents, social media, translated agency
    copy, live coverage and agency copy in the seed's register (0.912 over 145 to 155, 0.917 over
    156 to 159; final measure 160 kept out), and rounds 98 to 144 the same way (0.940 over 98 to
    104, 0.928 over 105 to 117, 0.939 over 119 to 135, 0.942 over 136 to 144, final measure 142
    kept out)."""
    records = load_gold([CORPUS.parent / f"{THEATRE}-second-author"])
    report = evaluate(records, syria_extractor)
    assert len(records) >= 7632
    assert report.strict_all.f1 >= 0.952, report.strict_all.as_json()  # 0.9573 measured
    assert (
        report.actor_correct / report.modality_matched >= 0.975
    )  # 0.987; 0.933 before a capital's local side
    assert report.trap_false_events == 0


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Kurdish-led forces moved into Deir ez-Zor city on Friday.",
            {("deir-ez-zor", "entered", "sdf")},
        ),
        ("Thousands of families moved into Homs on Friday.", set()),
        (
            "DEC 3 - Rebels reach the northern outskirts of Hama, where heavy fighting breaks out.",
            {("hama", "contested", "rebels")},
        ),
        (
            "Rebels enter Homs in the afternoon and declare full control of the city late at night.",
            {("homs", "entered", "rebels"), ("homs", "captured", "rebels")},
        ),
        (
            "Local former rebel factions take Daraa under a deal allowing the army to withdraw.",
            {("daraa", "captured", "southern"), ("daraa", "surrendered", "southern")},
        ),
        ("Idlib, which the opposition has held since 2015, is home to four million people.", set()),
        (
            "Syrian rebels took over the Mediterranean port city of Tartus on Monday without a fight.",
            {("tartus", "captured", "rebels"), ("tartus", "surrendered", "rebels")},
        ),
        ("A push on Damascus itself is another matter.", set()),
        ('Commanders said they were "on the verge" of taking Homs.', set()),
        (
            "Local factions take over Daraa after the army withdraws under a deal, and Druze groups take "
            "over the governor's office in Suwayda.",
            {
                ("daraa", "captured", "southern"),
                ("daraa", "surrendered", "southern"),
                ("suwayda", "captured", "southern"),
            },
        ),
    ],
)
def test_movements_prospects_and_holdings(
    syria_extractor: Extractor, body: str, expected: set[tuple[str, str, str]]
) -> None:
    """Armed sides moving in (families are not), outskirts, declarations, prospects, a deal told
    of another city, a holding older than the theatre, named port cities."""
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-09T12:00:00+03:00"), body=body)
    found = {
        (e.capital, e.type, e.actor)
        for e in syria_extractor.extract(article)
        if e.type in CONTROL_EVENT_TYPES
    }
    assert found == expected


def test_what_an_aside_says_stays_in_the_aside(syria_extractor: Extractor) -> None:
    """A negation in a relative clause closed before the verb ("which had never fallen") negates
    nothing of the clause around it; a deal and a year in an appositive ("many of them former
    rebels who made peace under a 2018 deal") neither date the capture after it nor make it a
    surrender."""
    body = (
        "Hama, which had never fallen during the war, was taken on Dec. 5. On Dec. 7, factions in the "
        "south, many of them former rebels who had made peace with the government under a 2018 deal, took "
        "over Daraa, and Druze groups took control of Suwayda."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-10T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {
        ("hama", "captured", "2024-12-05"),
        ("daraa", "captured", "2024-12-07"),
        ("suwayda", "captured", "2024-12-07"),
    }
    body = "Hama, which the army said had not been attacked, was calm on Thursday. Rebels took Daraa under a deal."
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-07T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type) for e in syria_extractor.extract(article)}
    assert found == {("daraa", "captured"), ("daraa", "surrendered")}


def test_a_capital_taken_in_its_own_relative_clause(syria_extractor: Extractor) -> None:
    """ "Latakia, which opposition supporters took over" (armed men of no named side as the
    subject), "Tartus, where they took control"; "under an arrangement" is a handover; "Homs
    followed" after a sentence that told a fall."""
    body = (
        "Rebels tightened their hold on Latakia, which opposition supporters took over on Sunday evening, "
        "and on Tartus, where they took control on Monday. Local factions took control of Daraa city on "
        "Friday under an arrangement that let troops leave. Hama fell on Dec. 5. Homs, the hinge between "
        "the capital and the coast, followed late on Dec. 7."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-10T19:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {
        ("latakia", "captured", "2024-12-08"),
        ("tartus", "captured", "2024-12-09"),
        ("daraa", "captured", "2024-12-06"),
        ("daraa", "surrendered", "2024-12-06"),
        ("hama", "captured", "2024-12-05"),
        ("homs", "captured", "2024-12-07"),
    }


def test_a_city_s_own_armed_groups_are_its_local_side(syria_extractor: Extractor) -> None:
    """The theatre file names a capital's local side: "local opposition fighters" in Daraa are the
    southern factions, "local fighters" in Douma (no local side) the rebels; armed men of no
    named side in Quneitra are its local side too."""
    body = (
        "Local opposition fighters took control of Daraa on Friday. On Sunday, local fighters took over "
        "Douma as the army withdrew. Fighters in Quneitra province said on Saturday they had taken control "
        "of the provincial capital."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-09T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.actor) for e in syria_extractor.extract(article)}
    assert found == {
        ("daraa", "captured", "southern"),
        ("douma", "captured", "rebels"),
        ("quneitra", "captured", "southern"),
    }


def test_constructions_of_round_15_and_16_copy(syria_extractor: Extractor) -> None:
    """A quoted verb; a past verb in a restrictive relative clause after "trying to"; the
    countryside of a city; a capital's ", where" clause after where people came from; a fall
    after "vows to"; a fronted place whose appositive names another capital; "the largely
    ruined provincial capital"."""
    body = (
        'The insurgents\' command said on Telegram that its fighters had "completely liberated" Homs. '
        "Government forces battled insurgents on the edge of Hama on Monday, trying to halt an offensive that on "
        "Saturday seized most of Aleppo. The army said it was repelling an attack on the countryside of "
        "Idlib. Umm Khaled had come from Douma, where local fighters took control of government buildings "
        "on Sunday. In Tartus, the port city south of Latakia, which endured years of fear, local fighters "
        "took control of the town on Monday. Local factions took control of Quneitra province on Saturday, "
        "including the largely ruined provincial capital."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-09T19:00:00+03:00"), body=body)
    found = {
        (e.capital, e.type, e.modality, e.event_time.date().isoformat())
        for e in syria_extractor.extract(article)
    }
    assert found == {
        ("homs", "captured", "claimed", "2024-12-09"),
        ("hama", "contested", "asserted", "2024-12-09"),
        ("aleppo", "captured", "partial", "2024-12-07"),
        ("douma", "captured", "asserted", "2024-12-08"),
        ("tartus", "captured", "asserted", "2024-12-09"),
        ("quneitra", "captured", "asserted", "2024-12-07"),
    }
    title = "Russian, Syrian jets pound Idlib as Assad vows to crush rebels after loss of Aleppo"
    article = Article(
        id="t", published_at=datetime.fromisoformat("2024-12-02T12:00:00+03:00"), body="", title=title
    )
    assert {(e.capital, e.type) for e in syria_extractor.extract(article) if e.capital} == {
        ("aleppo", "captured")
    }


def test_a_region_taken_with_its_capital_and_a_live_file_s_claim(syria_extractor: Extractor) -> None:
    """ "took control of the governorate, including ... the ruined provincial capital, Quneitra":
    the capital is taken with its region; armed groups of no named side who say so after a live
    file's time claim it for the city's local side."""
    body = (
        "18:05 - Armed groups in Quneitra province on the Golan frontier say they have taken control of "
        "the governorate, including the administrative offices in Baath City and the ruined provincial "
        "capital, Quneitra, which has stood largely empty since 1974.\n"
        "18:30 - Rebels took control of the province of Hama, including the airport and the road to Homs."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-07T23:55:00+03:00"), body=body)
    found = {(e.capital, e.type, e.modality, e.actor) for e in syria_extractor.extract(article)}
    assert found == {("quneitra", "captured", "claimed", "southern")}


def test_a_round_up_s_items_headed_by_a_capital_in_capitals(syria_extractor: Extractor) -> None:
    """ "TARTUS - The coastal city was taken without a fight": a line past the dateline that opens
    on a capital's name in capitals and a dash is an item about that capital; the dateline's own
    city is no such item."""
    body = (
        "DAMASCUS (Agency) - Here is where each city stands.\n"
        "TARTUS - The coastal city was taken without a fight and was under rebel control by Dec. 9.\n"
        "SUWAYDA - Druze factions seized the governorate buildings on Dec. 6.\n"
        "ALEPPO - Rebels captured it on Nov. 30."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-12T10:30:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {
        ("tartus", "captured", "2024-12-09"),
        ("tartus", "surrendered", "2024-12-09"),
        ("suwayda", "captured", "2024-12-06"),
        ("aleppo", "captured", "2024-11-30"),
    }


def test_what_a_side_once_did_is_history(syria_extractor: Extractor) -> None:
    """ "whose fighters once fought in the battle for Aleppo": a past "once" with no date is
    history, not news; a "once" in a clause closed before the verb leaves the verb's news."""
    body = (
        "Iran's allies, whose militias once led the battles around Aleppo, have been stretched thin. "
        "The insurgents, who once held much of the east, took control of Deir ez-Zor on Friday."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-07T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type, e.event_time.date().isoformat()) for e in syria_extractor.extract(article)}
    assert found == {("deir-ez-zor", "captured", "2024-12-06")}


def test_capitals_named_before_a_plural_region_noun_are_regions(syria_extractor: Extractor) -> None:
    """ "shelling across Hama and Idlib provinces": both names are provinces, not their capitals."""
    body = (
        "A monitor said 15 people had been killed in air strikes and shelling across Latakia and Idlib "
        "provinces in the past day. Shelling continued across Hama and Idlib provinces. Fighting raged in "
        "Hama on Tuesday."
    )
    article = Article(id="t", published_at=datetime.fromisoformat("2024-12-04T12:00:00+03:00"), body=body)
    found = {(e.capital, e.type) for e in syria_extractor.extract(article) if e.capital}
    assert found == {("hama", "contested")}


def test_a_foreign_state_that_acts_or_denies_moves_no_control(syria_extractor: Extractor) -> None:
    """ "Israel ... denies advance on Damascus": a state of the theatre's `countries` is no side,
    so its advance (or its denial of one) is no control event; a state that only backs a side
    ("troops backed by Russian air power fought rebels near Hama") leaves the side's fight."""
    title = "Israel says it struck hundreds of targets in Syria; denies advance on Damascus"
    body = (
        "DAMASCUS, Dec 10 - Israeli troops pushed into the buffer zone on Monday. "
        "Government forces backed by Russian air power fought rebels in Hama on Tuesday."
    )
    article = Article(
        id="t", published_at=datetime.fromisoformat("2024-12-10T12:00:00+03:00"), body=body, title=title
    )
    found = {(e.capital, e.type, e.modality) for e in syria_extractor.extract(article) if e.capital}
    assert found == {("hama", "contested", "asserted")}


@pytest.mark.parametrize(
    ("published", "body", "expected"),
    [
        (  # "it" of a participle set off after the main clause is its object, the capital named last
            "2024-12-08T13:00:00+03:00",
            "Convoys from Hama were still on the road when the rebels took full control of Homs late on "
            "Saturday, having entered it earlier in the day.",
            {
                ("homs", "captured", "asserted", "rebels", "2024-12-07"),
                ("homs", "entered", "asserted", "rebels", "2024-12-07"),
            },
        ),
        (  # "it" after the part of it: "held most of it" is the city in part
            "2024-12-02T12:00:00+03:00",
            "Rebels pushed into Aleppo on Nov. 29 and by the next day held most of it, a monitor said.",
            {
                ("aleppo", "entered", "asserted", "rebels", "2024-11-29"),
                ("aleppo", "captured", "partial", "rebels", "2024-11-30"),
            },
        ),
        (  # a city abandoned to a side was taken by it; abandoned posts with no one named are no event
            "2024-12-07T12:00:00+03:00",
            "Government troops abandoned Deir ez-Zor to the Kurdish-led Syrian Democratic Forces on Friday. "
            "In the north, soldiers abandoned their posts in Raqqa on Friday.",
            {("deir-ez-zor", "captured", "asserted", "sdf", "2024-12-06")},
        ),
        (  # "were able to enter" happened, "were not able to" did not; a quoted part before "of it"
            "2024-12-06T12:00:00+03:00",
            "The army said the militants were able to enter parts of Hama on Wednesday. Fighters were not able "
            "to enter Homs. Government forces still hold Damascus, although the ministry admitted that "
            'insurgents had entered "large parts" of it.',
            {
                ("hama", "entered", "asserted", "rebels", "2024-12-04"),
                ("damascus", "entered", "asserted", "rebels", "2024-12-06"),
            },
        ),
        (  # a takeover in a capital's own clause of place, past the day it is told with, and its cue
            "2024-12-12T19:00:00+03:00",
            "Rebels took over the governor's office in Latakia on Sunday, and opposition convoys arrived in "
            "Tartus on Monday, where the takeover passed without a fight.",
            {
                ("latakia", "captured", "asserted", "rebels", "2024-12-08"),
                ("tartus", "captured", "asserted", "rebels", "2024-12-09"),
                ("tartus", "surrendered", "asserted", "rebels", "2024-12-09"),
            },
        ),
    ],
)
def test_constructions_of_round_19_copy(
    syria_extractor: Extractor, published: str, body: str, expected: set[tuple[str, ...]]
) -> None:
    """Constructions found in round 19's copy by an author who never saw the rules, each on
    sentences of our own: control events as (capital, type, modality, actor, day)."""
    article = Article(id="t", published_at=datetime.fromisoformat(published), body=body)
    found = {
        (e.capital, e.type, e.modality, e.actor, e.event_time.date().isoformat())
        for e in syria_extractor.extract(article)
        if e.type in ("captured", "entered", "contested", "retaken", "surrendered")
    }
    assert found == expected
