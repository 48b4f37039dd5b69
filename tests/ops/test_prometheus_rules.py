"""The Prometheus configuration and alert rules, checked and unit-tested by `promtool`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PROMETHEUS = REPO / "deploy" / "prometheus"
REQUIRED_ALERTS = {
    "FrontlineCapitalChangedHands",
    "FrontlineDeadLetters",
    "FrontlineConsumerLagGrowing",
    "FrontlineNoArticles",
    "FrontlineWorkerDown",
    "FrontlineWorkerStuckNotReady",
    "FrontlineCountClaimGap",
}


def promtool(*args: str) -> str:
    tool = shutil.which("promtool")
    if tool is None:
        pytest.fail("promtool missing: `make system-packages` installs Debian's prometheus")
    result = subprocess.run(
        [tool, *args], check=False, cwd=PROMETHEUS, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, f"promtool {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def alert_rules() -> list[dict]:
    groups = yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"] if "alert" in rule]


def test_config_is_valid() -> None:
    assert "SUCCESS" in promtool("check", "config", "prometheus.yml")


def test_rules_are_valid() -> None:
    out = promtool("check", "rules", "alerts.yml")
    assert f"SUCCESS: {len(alert_rules())} rules found" in out


def test_every_alert_has_a_firing_and_a_quiet_unit_test() -> None:
    names = {rule["alert"] for rule in alert_rules()}
    assert names == REQUIRED_ALERTS
    tests = yaml.safe_load((PROMETHEUS / "alerts_test.yml").read_text())["tests"]
    cases = [case for test in tests for case in test["alert_rule_test"]]
    fired = {case["alertname"] for case in cases if case.get("exp_alerts")}
    quiet = {case["alertname"] for case in cases if not case.get("exp_alerts")}
    assert fired == names, f"alerts without a firing test: {names - fired}"
    assert quiet == names, f"alerts without a quiet test: {names - quiet}"
    for rule in alert_rules():
        assert {"summary", "description"} <= set(rule["annotations"]), rule["alert"]
        assert rule["labels"]["severity"] in {"info", "warning", "critical"}, rule["alert"]


def test_alert_unit_tests_pass() -> None:
    assert "SUCCESS" in promtool("test", "rules", "alerts_test.yml")
