"""The read service against a real worker on the real broker, fed the sample corpus: the live
transition stream, the page in Debian's headless Chromium, the query routes, schemathesis, and
the downstream example. One module, in this order: the first two watch articles arrive."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest

from schemas import Transition
from tests.api_stack import TOPIC_ENV, ApiStack, expected_final, sample_lines

pytestmark = [pytest.mark.broker, pytest.mark.e2e]

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = Path(os.environ.get("FRONTLINE_ARTIFACTS", REPO / "artifacts"))
COLOURS = {"taliban": "#c53030", "government": "#2b6cb0", "nrf": "#2f855a", "contested": "#dd6b20"}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,900",
]
KABUL_FALLS = 20
"""Articles up to 15 August: Kabul and seven other capitals change hands in the last three."""
FALLING = {"kabul", "jalalabad", "khost"}
"""Capitals that fall to the Taliban in those last three articles."""


def _fallen(seen: list[Transition]) -> set[str]:
    return {t.capital for t in seen if t.to_controller == "taliban"}


def test_stream_pushes_each_change_of_hands_as_it_is_folded(api_stack: ApiStack) -> None:
    async def watch() -> list[Transition]:
        seen: list[Transition] = []
        async with (
            aiohttp.ClientSession() as session,
            session.get(api_stack.base_url + "/transitions/stream") as response,
        ):
            assert response.headers["Content-Type"].startswith("text/event-stream")
            await response.content.readline()  # the stream is open: now the articles come
            loop = asyncio.get_running_loop()
            feeding = loop.run_in_executor(None, api_stack.feed, KABUL_FALLS)
            deadline = loop.time() + 90  # a loaded machine: the worker may take a while
            # Under load a capital can be published contested in one batch and fallen in the
            # next: watch until each of the three has fallen, not merely until it has moved.
            while loop.time() < deadline and not FALLING.issubset(_fallen(seen)):
                try:
                    line = await asyncio.wait_for(response.content.readline(), deadline - loop.time())
                except TimeoutError:
                    break
                if line.startswith(b"data: "):
                    seen.append(Transition.model_validate_json(line[6:]))
            await feeding
        return seen

    seen = asyncio.run(watch())
    assert FALLING.issubset(_fallen(seen)), [(t.capital, t.to_controller) for t in seen]
    assert all(t.from_controller != t.to_controller for t in seen)


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("chromium and chromium-driver are missing (scripts/system-packages.txt installs them)")
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(
        service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options
    )
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


def _fills(driver: object) -> dict[str, str]:
    return driver.execute_script(  # type: ignore[attr-defined,no-any-return]
        "return Object.fromEntries([...document.querySelectorAll('g.capital')]"
        ".map(g => [g.dataset.capital, g.querySelector('.dot').getAttribute('fill')]))"
    )


def _until(condition: object, timeout: float = 20.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_live_page_map_evidence_slider_and_stream(api_stack: ApiStack, browser: object) -> None:
    from selenium.webdriver.common.by import By

    driver = browser
    api_stack.feed(KABUL_FALLS)
    api_stack.wait_for({"kabul": "taliban"})
    driver.get(api_stack.base_url + "/")  # type: ignore[attr-defined]
    _until(lambda: driver.execute_script("return document.body.dataset.ready === 'true'"), what="the page")  # type: ignore[attr-defined]
    assert len(driver.find_elements(By.CSS_SELECTOR, "svg#map g.capital")) == 34  # type: ignore[attr-defined]
    assert _fills(driver)["bazarak"] == COLOURS["government"]

    # The rest of the corpus arrives while the page is open: the stream repaints it, no reload.
    marker = driver.execute_script("window.__not_reloaded = true; return 1")  # type: ignore[attr-defined]
    api_stack.feed_all()
    expected = {capital: COLOURS[controller] for capital, controller in expected_final().items()}
    _until(lambda: _fills(driver) == expected, what="the final colours")
    assert marker == 1 and driver.execute_script("return window.__not_reloaded === true")  # type: ignore[attr-defined]
    live = driver.find_element(By.CSS_SELECTOR, "#live-list li[data-capital='bazarak']")  # type: ignore[attr-defined]
    assert "government → taliban" in live.text or "→ taliban" in live.text

    # Lashkar Gah's evidence chain, as the API gives it.
    driver.find_element(By.CSS_SELECTOR, "g.capital[data-capital='lashkar-gah'] .dot").click()  # type: ignore[attr-defined]
    why = api_stack.get_json("/capitals/lashkar-gah/why")
    _until(
        lambda: (
            len(driver.find_elements(By.CSS_SELECTOR, "#evidence[data-capital='lashkar-gah'] .step"))  # type: ignore[attr-defined]
            == len(why["chain"])
        ),
        what="Lashkar Gah's evidence",
    )
    pane = driver.find_element(By.ID, "evidence").text  # type: ignore[attr-defined]
    assert "Lashkar Gah" in pane
    assert why["chain"] and all(step["sentence"][:40] in pane for step in why["chain"])

    # As of the end of 6 August only Zaranj had fallen.
    driver.execute_script(  # type: ignore[attr-defined]
        "const s = document.getElementById('slider'); s.value = state.days.indexOf('2021-08-06');"
        "s.dispatchEvent(new Event('input'));"
    )
    _until(lambda: "2021-08-06" in driver.find_element(By.ID, "as-of-label").text, what="the slider")  # type: ignore[attr-defined]
    _until(
        lambda: [c for c, fill in _fills(driver).items() if fill == COLOURS["taliban"]] == ["zaranj"],
        what="only Zaranj taken on 6 August",
    )
    _until(
        lambda: "contested" in driver.find_element(By.ID, "evidence").text, what="Lashkar Gah as of 6 August"
    )  # type: ignore[attr-defined]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "live-page.png"))  # type: ignore[attr-defined]
    if os.environ.get("FRONTLINE_UPDATE_DOCS"):  # refresh the committed picture on request only
        shutil.copyfile(ARTIFACTS / "live-page.png", REPO / "docs" / "live-page.png")


def test_capitals_give_all_34_with_status_freshness_and_sources(api_stack: ApiStack) -> None:
    api_stack.feed_all()
    page = api_stack.get_json("/capitals")
    rows = {row["capital"]: row for row in page["capitals"]}
    assert {c: r["controller"] for c, r in rows.items()} == expected_final()
    assert all(r["sources"] >= 1 and r["last_evidence_at"] and r["freshness_s"] >= 0 for r in rows.values())
    assert page["clock"] == max(r["last_evidence_at"] for r in rows.values())
    assert page["events"] > 0 and page["as_of"] is None


def test_capital_detail_why_and_as_of(api_stack: ApiStack) -> None:
    api_stack.feed_all()
    detail = api_stack.get_json("/capitals/lashkar-gah")["capital"]
    assert detail["controller"] == "taliban" and detail["claims"]
    why = api_stack.get_json("/capitals/lashkar-gah/why")
    assert why["chain"][-1]["after"]["controller"] == "taliban"
    for step in why["chain"]:
        assert step["sentence"] and step["article_id"].startswith("demo-")
        assert step["reported_at"] >= step["event_time"][:10] and step["processed_at"]
    early = api_stack.get_json("/capitals?as_of=2021-08-06")
    taken = [r["capital"] for r in early["capitals"] if r["controller"] == "taliban"]
    assert taken == ["zaranj"]
    # known_at bounds report time: nothing published before the first article is known.
    blind = api_stack.get_json("/capitals?known_at=2021-08-01T00:00:00Z")
    assert blind["events"] == 0 and {r["controller"] for r in blind["capitals"]} == {"government"}
    since = api_stack.get_json("/transitions?since=2021-08-15")
    assert "kabul" in {t["capital"] for t in since["transitions"]}
    assert all(t["at"] >= "2021-08-14T19:30" for t in since["transitions"])


@pytest.mark.parametrize(
    ("path", "status", "error"),
    [
        ("/capitals/atlantis", 404, "not_found"),
        ("/capitals/atlantis/why", 404, "not_found"),
        ("/capitals?as_of=yesterday", 400, "bad_request"),
        ("/capitals/kabul?known_at=2021-08-15T10:00:00", 400, "bad_request"),
        ("/transitions?since=2021-13-45", 400, "bad_request"),
        ("/no/such/route", 404, "not_found"),
    ],
)
def test_bad_ids_and_times_get_json_errors(api_stack: ApiStack, path: str, status: int, error: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(api_stack.base_url + path, timeout=5)
    assert caught.value.code == status
    assert caught.value.headers["Content-Type"].startswith("application/json")
    body = json.loads(caught.value.read())
    assert body["error"] == error and body["detail"]


def test_schemathesis_finds_no_failure_against_the_live_service(api_stack: ApiStack) -> None:
    """Property-based requests from the checked-in OpenAPI document; the endless stream is left out."""
    api_stack.feed_all()
    report = ARTIFACTS / "schemathesis.txt"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        [
            str(Path(sys.executable).parent / "schemathesis"),
            "run",
            str(REPO / "docs" / "openapi.json"),
            "--url",
            api_stack.base_url,
            "--checks",
            "all",
            "--max-examples",
            "15",
            "--exclude-path",
            "/transitions/stream",
            "--seed",
            "1",
            "--no-color",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SCHEMATHESIS_HOOKS": ""},
        cwd=ARTIFACTS,  # its cache directory goes there, not into the work tree
    )
    report.write_text(run.stdout + run.stderr)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert "passed" in run.stdout


def test_follow_transitions_example_prints_each_change(api_stack: ApiStack) -> None:
    api_stack.feed_all()
    bootstrap = api_stack.broker.bootstrap
    run = subprocess.run(
        [
            sys.executable,
            str(REPO / "examples" / "follow_transitions.py"),
            "--bootstrap",
            bootstrap,
            "--topic",
            TOPIC_ENV["FRONTLINE_TOPIC_TRANSITIONS"],
            "--from-beginning",
            "--idle-exit",
            "3",
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    fallen = {line.split()[1] for line in lines if line.split()[-1] == "taliban"}
    assert fallen == set(expected_final()), lines
    assert len(sample_lines()) == 24
