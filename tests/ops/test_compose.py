"""docker-compose.yml and deploy/Dockerfile: validated by `docker-compose config` (no Docker
engine runs here) and checked against the topics and settings of the code."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.settings import Settings
from streams.topics import topic_specs

REPO = Path(__file__).resolve().parents[2]
WORKERS = ("worker-1", "worker-2")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    tool = shutil.which("docker-compose")
    if tool is None:
        pytest.fail("docker-compose missing: `make system-packages` installs Debian's docker-compose")
    result = subprocess.run(
        [tool, "-f", str(REPO / "docker-compose.yml"), "config"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    config: dict[str, Any] = yaml.safe_load(result.stdout)
    return config


def test_services(compose: dict[str, Any]) -> None:
    assert set(compose["services"]) == {"kafka", "topics", *WORKERS, "prometheus", "grafana"}


def test_kafka_is_a_single_kraft_node(compose: dict[str, Any]) -> None:
    kafka = compose["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == "1@kafka:9093"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"  # topics come from the topics service
    assert len(env["CLUSTER_ID"]) == 22  # a base64 UUID
    assert "healthcheck" in kafka


def test_the_topics_service_creates_every_topic_as_the_code_declares_it(compose: dict[str, Any]) -> None:
    topics = compose["services"]["topics"]
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    script = "\n".join(topics["command"])
    created: dict[str, dict[str, Any]] = {}
    for line in script.splitlines():
        words = shlex.split(line)
        if words[:1] != ["create"]:
            continue
        args = dict(zip(words[1::2], words[2::2], strict=False))
        configs = dict(w.split("=", 1) for w in words[words.index("--config") + 1 :: 2])
        created[args["--topic"]] = {"partitions": int(args["--partitions"]), "configs": configs}
    specs = topic_specs(Settings(partitions=4))
    assert set(created) == {s.name for s in specs}
    for spec in specs:
        assert created[spec.name]["partitions"] == spec.partitions, spec.name
        assert created[spec.name]["configs"] == spec.topic_configs(), spec.name
    assert created["control.state"]["configs"]["cleanup.policy"] == "compact"


def test_two_workers_from_the_dockerfile_each_with_its_own_port_and_state(compose: dict[str, Any]) -> None:
    published = set()
    volumes = set()
    for name in WORKERS:
        worker = compose["services"][name]
        assert worker["build"]["dockerfile"] == "deploy/Dockerfile"
        assert worker["depends_on"]["topics"]["condition"] == "service_completed_successfully"
        env = worker["environment"]
        assert env["FRONTLINE_BROKER"] == "kafka://kafka:9092"
        assert env["FRONTLINE_WEB_HOST"] == "0.0.0.0"
        Settings(**{k.removeprefix("FRONTLINE_").lower(): v for k, v in env.items()})  # all valid settings
        assert set(env) <= {f"FRONTLINE_{f.upper()}" for f in Settings.model_fields}
        (port,) = worker["ports"]
        assert int(port["target"]) == int(env["FRONTLINE_WEB_PORT"])
        published.add(int(port["published"]))
        volumes.update(v.split(":")[0] for v in worker["volumes"])
    assert len(published) == len(WORKERS)
    assert len(volumes) == len(WORKERS)


def test_prometheus_scrapes_both_workers_and_grafana_is_provisioned(compose: dict[str, Any]) -> None:
    config = yaml.safe_load((REPO / "deploy" / "prometheus" / "prometheus.yml").read_text())
    (job,) = [j for j in config["scrape_configs"] if j["job_name"] == "frontline"]
    targets = {t for group in job["static_configs"] for t in group["targets"]}
    assert targets == {f"{w}:6066" for w in WORKERS}
    mounts = [v for v in compose["services"]["prometheus"]["volumes"] if isinstance(v, str)]
    assert any(m.endswith("deploy/prometheus:/etc/prometheus:ro") for m in mounts)
    grafana = " ".join(v for v in compose["services"]["grafana"]["volumes"] if isinstance(v, str))
    assert "deploy/grafana/provisioning:/etc/grafana/provisioning" in grafana
    assert "deploy/grafana/dashboards:/var/lib/grafana/dashboards" in grafana
    providers = yaml.safe_load((REPO / "deploy/grafana/provisioning/dashboards/frontline.yml").read_text())
    assert providers["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    sources = yaml.safe_load((REPO / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    assert sources["datasources"][0]["url"] == "http://prometheus:9090"


def test_dockerfile_slim_non_root_with_a_healthz_check() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text()
    bases = re.findall(r"^FROM (\S+)", text, re.MULTILINE)
    assert bases and all(b.startswith("python:") and b.split(" ")[0].endswith("-slim") for b in bases)
    (user,) = re.findall(r"^USER (\S+)", text, re.MULTILINE)
    assert user.split(":")[0] not in ("root", "0")
    assert re.search(r"^HEALTHCHECK .*\n?.*/healthz", text, re.MULTILINE)
    assert "EXPOSE 6066" in text
    assert re.search(r"^ENTRYPOINT \[\"frontline\"\]", text, re.MULTILINE)
