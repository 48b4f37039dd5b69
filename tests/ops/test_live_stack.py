"""The operations artefacts against the real thing, one broker and one worker for the module.

A worker processes the bundled sample corpus while a real Prometheus (Debian's package, on a
free loopback port) scrapes it every second with the alert rules loaded; then:

- every PromQL expression of the Grafana dashboard and of the alert rules is evaluated through
  Prometheus's HTTP API and must parse and return data (no empty panel);
- `kcat` (librdkafka, a third-party client) reads every output topic, and every message must
  validate against the JSON Schema published in schemas/json/;
- SIGTERM stops the worker promptly with exit code 0, and a restarted worker does not process
  the committed articles again.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import signal
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import orjson
import pytest
import yaml

from streams.broker import EmbeddedBroker, free_port
from streams.core.resources import sample_articles_path
from tests.conftest import WorkerProcess, start_worker, stop_worker
from tests.reliability import harness

pytestmark = pytest.mark.broker

REPO = Path(__file__).resolve().parents[2]
DASHBOARD = REPO / "deploy" / "grafana" / "dashboards" / "frontline.json"
ALERTS = REPO / "deploy" / "prometheus" / "alerts.yml"
SCHEMAS = REPO / "schemas" / "json"
MALFORMED = [b"{not json", orjson.dumps({"id": "no-body", "published_at": "2021-08-13T10:00:00Z"})]
# Grafana's variables, as Grafana would fill them for a 1 s scrape interval and a short range.
GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "$__interval": "5s",
    "$__range": "1h",
    "${instance:regex}": ".*",
    "$instance": ".*",
}
TOPIC_SCHEMAS = {
    "events.typed": "event.schema.json",
    "control.state": "control-state.schema.json",
    "control.transitions": "transition.schema.json",
    "articles.deadletter": "dead-letter.schema.json",
    "articles.processed": "article-receipt.schema.json",
}


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"{tool} missing: `make system-packages` installs it (scripts/system-packages.txt)")
    return path


@pytest.fixture(scope="module")
def worker(own_broker: EmbeddedBroker, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProcess]:
    running = start_worker(
        {"FRONTLINE_BROKER": own_broker.url}, tmp_path_factory.mktemp("ops") / "worker.log"
    )
    yield running
    stop_worker(running)


class Prometheus:
    def __init__(self, url: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.url, self.process, self.log = url, process, log

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        with urllib.request.urlopen(f"{self.url}/api/v1/{path}?{query}", timeout=10) as response:
            body = json.loads(response.read())
        assert body["status"] == "success", body
        return body["data"]

    def query(self, expr: str) -> dict[str, Any]:
        """An instant query; HTTP 400 (a parse error) is reported with Prometheus's message."""
        try:
            data: dict[str, Any] = self.api("query", query=expr)
        except urllib.error.HTTPError as exc:
            raise AssertionError(f"{expr}\n  -> {exc.code} {exc.read().decode()}") from exc
        return data


@pytest.fixture(scope="module")
def prometheus(worker: WorkerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prometheus]:
    binary = need("prometheus")
    home = tmp_path_factory.mktemp("prometheus")
    shutil.copy(ALERTS, home / "alerts.yml")
    target = urllib.parse.urlparse(worker.base_url).netloc
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": ["alerts.yml"],
        "scrape_configs": [{"job_name": "frontline", "static_configs": [{"targets": [target]}]}],
    }
    (home / "prometheus.yml").write_text(yaml.safe_dump(config))
    port = free_port()
    log = home / "prometheus.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [
                binary,
                f"--config.file={home / 'prometheus.yml'}",
                f"--storage.tsdb.path={home / 'data'}",
                f"--web.listen-address=127.0.0.1:{port}",
                "--storage.tsdb.retention.time=1h",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    server = Prometheus(f"http://127.0.0.1:{port}", process, log)
    try:
        harness.wait_for(
            lambda: server.query('up{job="frontline"} == 1')["result"], 30, "Prometheus's first scrape"
        )
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def processed(own_broker: EmbeddedBroker, worker: WorkerProcess, prometheus: Prometheus) -> dict[str, Any]:
    """The sample corpus (and two malformed messages) through the worker, while Prometheus
    scrapes; done when every output is acknowledged and two more scrapes have happened."""
    lines = [line.encode() for line in sample_articles_path().read_text().splitlines() if line.strip()]
    messages: list[tuple[bytes | None, bytes | None]] = [(orjson.loads(v)["id"].encode(), v) for v in lines]
    messages += [(None, raw) for raw in MALFORMED]
    harness.produce(own_broker.bootstrap, "articles.raw", messages)

    def caught_up() -> dict[str, Any] | None:
        progress = harness.progress(worker)
        done = (
            progress["articles"] >= len(lines)
            and progress["dead_letters"] >= len(MALFORMED)
            and progress["events_applied"] >= progress["events_emitted"] > 0
        )
        return progress if done else None

    progress = harness.wait_for(caught_up, 90, "the worker to process the samples")
    scraped = time.time()
    harness.wait_for(
        lambda: (
            prometheus.query("timestamp(up{job='frontline'})")["result"][0]["value"][1] > str(scraped + 2)
        ),
        30,
        "two scrapes after processing",
    )
    return {**progress, "articles_sent": len(lines)}


# ------------------------------------------------------------------ PromQL of the dashboard and rules
def dashboard_expressions() -> list[tuple[str, str]]:
    """(where, expr) of every panel target, annotation and query variable of the dashboard."""
    board = json.loads(DASHBOARD.read_text())
    found: list[tuple[str, str]] = []

    def panels(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for item in items:
            yield item
            yield from panels(item.get("panels", []))

    for panel in panels(board["panels"]):
        for target in panel.get("targets", []):
            found.append((f"panel {panel['title']!r} {target['refId']}", target["expr"]))
    for annotation in board["annotations"]["list"]:
        if annotation.get("datasource", {}).get("type") == "prometheus":
            found.append((f"annotation {annotation['name']!r}", annotation["expr"]))
    for variable in board["templating"]["list"]:
        if variable["type"] == "query":
            query = variable["query"]["query"]
            match = re.fullmatch(r"label_values\((.+),\s*(\w+)\)", query)
            assert match, f"variable {variable['name']}: unexpected query {query}"
            found.append((f"variable ${variable['name']}", match.group(1)))
    return found


def grafana_substitute(expr: str) -> str:
    for name, value in GRAFANA_VARIABLES.items():
        expr = expr.replace(name, value)
    assert "$__" not in expr and "$instance" not in expr, f"unsubstituted Grafana variable in {expr}"
    return expr


def alert_expressions() -> list[tuple[str, str]]:
    groups = yaml.safe_load(ALERTS.read_text())["groups"]
    return [(f"alert {r['alert']}", r["expr"]) for g in groups for r in g["rules"] if "alert" in r]


def with_bool(expr: str) -> str:
    """Comparisons with a number return 0 or 1 for every series instead of filtering: the form
    of an alert expression that has data whenever what it watches exists, firing or not."""
    return re.sub(r"(==|!=|>=|<=|>|<)\s*(?=[-+]?[0-9.])", r"\1 bool ", expr)


def has_values(result: dict[str, Any]) -> bool:
    if result["resultType"] == "scalar":
        return not math.isnan(float(result["result"][1]))
    return any(not math.isnan(float(series["value"][1])) for series in result["result"])


def test_every_dashboard_and_alert_expression_returns_data(
    prometheus: Prometheus, processed: dict[str, Any]
) -> None:
    empty: list[str] = []
    evaluated = 0
    for where, expr in dashboard_expressions():
        result = prometheus.query(grafana_substitute(expr))
        evaluated += 1
        if not has_values(result):
            empty.append(f"{where}: {expr}")
    for where, expr in alert_expressions():
        prometheus.query(expr)  # as written: parses and evaluates (firing or not)
        result = prometheus.query(with_bool(expr))
        evaluated += 2
        if not has_values(result):
            empty.append(f"{where}: {with_bool(expr)}")
    print(f"\nPromQL: {evaluated} expressions evaluated on a live Prometheus, {len(empty)} without data")
    assert not empty, "expressions without data:\n" + "\n".join(empty)
    assert evaluated >= 2 * len(alert_expressions()) + 20


def test_the_rules_are_loaded_and_the_live_alerts_make_sense(
    prometheus: Prometheus, processed: dict[str, Any]
) -> None:
    rules = prometheus.api("rules", type="alert")["groups"]
    loaded = {rule["name"]: rule for group in rules for rule in group["rules"]}
    assert set(loaded) == {where.removeprefix("alert ") for where, _ in alert_expressions()}
    assert all(rule["health"] == "ok" for rule in loaded.values()), loaded

    def firing() -> set[str] | None:
        alerts = prometheus.api("alerts")["alerts"]
        names = {a["labels"]["alertname"] for a in alerts if a["state"] == "firing"}
        return names if {"FrontlineCapitalChangedHands", "FrontlineDeadLetters"} <= names else None

    names = harness.wait_for(firing, 20, "the change-of-hands and dead-letter alerts")
    assert "FrontlineWorkerDown" not in names


def test_metric_values_match_the_run(prometheus: Prometheus, processed: dict[str, Any]) -> None:
    def value(expr: str) -> float:
        return float(prometheus.query(expr)["result"][0]["value"][1])

    assert value("sum(frontline_articles_processed_total)") == processed["articles"]
    assert value("sum(frontline_deadletters_total)") == len(MALFORMED)
    assert value("count(frontline_capital_controller == 1)") == 34
    assert value("count(count by (capital) (frontline_capital_controller))") == 34
    assert value("sum(frontline_capitals_by_controller)") == 34
    partitions = prometheus.query('frontline_consumer_lag_messages{topic="articles.raw"}')["result"]
    assert {s["metric"]["partition"] for s in partitions} == {"0", "1", "2", "3"}
    assert value('count(frontline_worker_info{theatre="afghanistan-2021"})') == 1


# ------------------------------------------------------------------ kcat and the published schemas
@pytest.fixture(scope="module")
def kcat_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Debian's kcat 1.7.1 links librdkafka 2.0.2, which cannot parse the ApiVersions v3 answer
    of the embedded broker (Tansu 0.6: "read underflow"); the same kcat runs on the librdkafka
    2.x bundled in the confluent-kafka wheel, put first on its library path. (Against Apache
    Kafka, Debian's build works as it is.)"""
    import confluent_kafka

    bundled = sorted(
        (Path(confluent_kafka.__file__).parent.parent / "confluent_kafka.libs").glob("librdkafka*.so*")
    )
    if not bundled:
        return dict(os.environ)
    libs = tmp_path_factory.mktemp("librdkafka")
    (libs / "librdkafka.so.1").symlink_to(bundled[0])
    return {**os.environ, "LD_LIBRARY_PATH": str(libs)}


def kcat_messages(bootstrap: str, topic: str, count: int, env: dict[str, str]) -> list[dict[str, Any]]:
    """`count` messages of a topic from the start, read by kcat (-J: one JSON envelope each)."""
    result = subprocess.run(
        [need("kcat"), "-b", bootstrap, "-C", "-t", topic, "-o", "beginning", "-c", str(count), "-J", "-q"],
        check=False,
        capture_output=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines() if line.strip()]


def validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / name).read_text())
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("topic", sorted(TOPIC_SCHEMAS))
def test_kcat_reads_messages_that_match_the_published_schema(
    own_broker: EmbeddedBroker, processed: dict[str, Any], kcat_env: dict[str, str], topic: str
) -> None:
    expected = harness.read_values(own_broker.url, topic, idle_s=0.5)
    assert expected, f"nothing on {topic}"
    messages = kcat_messages(own_broker.bootstrap, topic, len(expected), kcat_env)
    assert sorted(m["payload"] for m in messages) == sorted(v.decode() for v in expected if v is not None)
    check = validator(TOPIC_SCHEMAS[topic])
    for message in messages:
        document = json.loads(message["payload"])
        errors = sorted(check.iter_errors(document), key=str)
        assert not errors, f"{topic} offset {message['offset']}: {errors[0].message}"
        if topic in ("control.state", "control.transitions"):
            assert message["key"] == document["capital"]
    if topic == "control.state":
        final = {}
        for message in sorted(messages, key=lambda m: (m["partition"], m["offset"])):
            document = json.loads(message["payload"])
            final[document["capital"]] = document["controller"]
        wanted = json.loads(Path(str(sample_articles_path()).replace(".jsonl", ".expected.json")).read_text())
        assert final == wanted


def test_a_schema_violation_is_caught() -> None:
    """The validation above can fail: a state with a controller of the wrong type is refused."""
    check = validator("control-state.schema.json")
    assert list(check.iter_errors({"capital": "kabul", "controller": 7}))


# ------------------------------------------------------------------ graceful shutdown (last: stops the worker)
def test_sigterm_stops_promptly_and_a_restart_reprocesses_nothing(
    own_broker: EmbeddedBroker, worker: WorkerProcess, processed: dict[str, Any], tmp_path: Path
) -> None:
    # Fresh articles just before the signal: their offsets are not yet committed by Faust's
    # periodic commit (every 2.8 s), so only a commit on shutdown keeps them from a second run.
    before = harness.progress(worker)["articles"]
    fresh = [
        {"id": f"before-stop-{n}", "published_at": "2021-08-19T10:00:00+04:30", "body": f"Quiet day {n}."}
        for n in range(3)
    ]
    harness.produce(
        own_broker.bootstrap, "articles.raw", [(a["id"].encode(), orjson.dumps(a)) for a in fresh]
    )
    harness.wait_for(
        lambda: harness.progress(worker)["articles"] >= before + 3, 30, "the articles before SIGTERM", 0.05
    )
    started = time.monotonic()
    os.kill(worker.process.pid, signal.SIGTERM)
    code = worker.process.wait(timeout=20)
    took = time.monotonic() - started
    assert code == 0, worker.log_tail()
    assert took < 15, f"SIGTERM took {took:.1f} s"
    print(f"\nSIGTERM: worker exited 0 after {took:.1f} s")

    again = start_worker({"FRONTLINE_BROKER": own_broker.url}, tmp_path / "restarted.log")
    try:
        one = {"id": "after-restart", "published_at": "2021-08-20T10:00:00+04:30", "body": "Quiet day."}
        harness.produce(own_broker.bootstrap, "articles.raw", [(b"after-restart", orjson.dumps(one))])
        progress = harness.wait_for(
            lambda: (p := harness.progress(again))["articles"] >= 1 and p, 60, "the new article"
        )
        time.sleep(2)  # anything re-read from before the restart would show by now
        progress = harness.progress(again)
        assert (progress["articles"], progress["dead_letters"]) == (1, 0), progress
    finally:
        stop_worker(again)
    assert again.process.returncode == 0, again.log_tail()
