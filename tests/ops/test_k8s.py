"""deploy/k8s: core resources validated strictly by kubernetes-validate (the API's OpenAPI
schemas); the CRD resources (Strimzi KafkaTopic, Prometheus Operator PodMonitor), which it has no
schema for, checked for their required structure; all of it checked against the code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from streams.settings import Settings
from streams.topics import topic_specs

K8S = Path(__file__).resolve().parents[2] / "deploy" / "k8s"
CORE = {"ConfigMap", "StatefulSet", "Service", "PodDisruptionBudget"}
CRDS = {("monitoring.coreos.com/v1", "PodMonitor"), ("kafka.strimzi.io/v1beta2", "KafkaTopic")}


def resources() -> list[dict[str, Any]]:
    found = []
    for path in sorted(K8S.glob("*.yaml")):
        found.extend(doc for doc in yaml.safe_load_all(path.read_text()) if doc)
    return found


def one(kind: str) -> dict[str, Any]:
    (resource,) = [r for r in resources() if r["kind"] == kind]
    return resource


def test_every_resource_is_known() -> None:
    kinds = {r["kind"] for r in resources()}
    assert kinds == CORE | {kind for _, kind in CRDS}
    for resource in resources():
        assert resource["kind"] in CORE or (resource["apiVersion"], resource["kind"]) in CRDS, resource


@pytest.mark.parametrize("kind", sorted(CORE))
def test_core_resources_validate_strictly(kind: str) -> None:
    resource = one(kind)
    kubernetes_validate.validate(resource, kubernetes_validate.latest_version(), strict=True)


def test_the_validator_rejects_a_misspelt_field() -> None:
    broken = one("StatefulSet")
    broken["spec"]["template"]["spec"]["containers"][0]["livenessprobe"] = {}
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, kubernetes_validate.latest_version(), strict=True)


def test_configmap_holds_valid_settings() -> None:
    data = one("ConfigMap")["data"]
    fields = {f"FRONTLINE_{name.upper()}" for name in Settings.model_fields}
    assert set(data) <= fields, set(data) - fields
    assert "FRONTLINE_SASL_PASSWORD" not in data  # secrets come from the Secret
    settings = Settings(**{k.removeprefix("FRONTLINE_").lower(): v for k, v in data.items()})
    assert settings.standby_replicas >= 1
    assert settings.store == "rocksdb://"


def test_statefulset_probes_state_volume_and_resources() -> None:
    sts = one("StatefulSet")
    pod = sts["spec"]["template"]
    (container,) = pod["spec"]["containers"]
    config = one("ConfigMap")["data"]
    (port,) = container["ports"]
    assert port["containerPort"] == int(config["FRONTLINE_WEB_PORT"])
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": port["name"]}
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": port["name"]}
    assert {"cpu", "memory"} <= set(container["resources"]["requests"])
    assert {"cpu", "memory"} <= set(container["resources"]["limits"])
    (claim,) = sts["spec"]["volumeClaimTemplates"]
    mounts = {m["name"]: m["mountPath"] for m in container["volumeMounts"]}
    assert mounts[claim["metadata"]["name"]] == config["FRONTLINE_DATA_DIR"]
    assert pod["spec"]["securityContext"]["runAsNonRoot"] is True
    assert {"configMapRef": {"name": one("ConfigMap")["metadata"]["name"]}} in container["envFrom"]
    labels = pod["metadata"]["labels"]
    assert sts["spec"]["selector"]["matchLabels"].items() <= labels.items()
    for kind in ("PodDisruptionBudget", "PodMonitor"):
        assert one(kind)["spec"]["selector"]["matchLabels"].items() <= labels.items(), kind
    assert one("Service")["spec"]["selector"].items() <= labels.items()
    assert sts["spec"]["serviceName"] == one("Service")["metadata"]["name"]


def test_podmonitor_structure() -> None:
    monitor = one("PodMonitor")
    assert monitor["metadata"]["name"]
    (endpoint,) = monitor["spec"]["podMetricsEndpoints"]
    container = one("StatefulSet")["spec"]["template"]["spec"]["containers"][0]
    assert endpoint["port"] in {p["name"] for p in container["ports"]}
    assert endpoint["path"] == "/metrics"
    # the job label the alert rules and the dashboard select on
    assert {"targetLabel": "job", "replacement": "frontline"} in endpoint["relabelings"]


def test_kafka_topics_match_the_code() -> None:
    topics = [r for r in resources() if r["kind"] == "KafkaTopic"]
    partitions = int(one("ConfigMap")["data"]["FRONTLINE_PARTITIONS"])
    specs = {s.name: s for s in topic_specs(Settings(partitions=partitions))}
    declared = {}
    for topic in topics:
        assert topic["apiVersion"] == "kafka.strimzi.io/v1beta2"
        assert topic["metadata"]["labels"]["strimzi.io/cluster"]
        name = topic["metadata"]["name"]
        assert name.replace("-", "").isalnum() and name == name.lower(), name  # a DNS-1123 name
        spec = topic["spec"]
        assert isinstance(spec["partitions"], int) and isinstance(spec["replicas"], int)
        assert all(isinstance(v, str | int | bool) for v in spec["config"].values())
        declared[spec.get("topicName", name)] = spec
    assert set(declared) == set(specs)
    for name, spec in specs.items():
        assert declared[name]["partitions"] == spec.partitions, name
        config = {k: str(v) for k, v in declared[name]["config"].items()}
        assert spec.topic_configs().items() <= config.items(), name
    assert declared["control.state"]["config"]["cleanup.policy"] == "compact"
