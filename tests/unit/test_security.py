"""Ground rules that keep the service safe to run: no pickle, secrets stay secret."""

from __future__ import annotations

import ast
import logging
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from streams.app import build_app
from streams.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SECRET = "s3cr3t-never-in-a-log"


def test_no_module_imports_pickle() -> None:
    """Unpickling is code execution; every message and table value is JSON."""
    offenders = []
    for path in [*ROOT.glob("streams/**/*.py"), *ROOT.glob("schemas/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            offenders += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.split(".")[0] in ("pickle", "dill", "cloudpickle", "marshal")
            ]
    assert offenders == []


def test_every_topic_and_table_uses_a_json_or_raw_codec() -> None:
    frontline = build_app(Settings(broker="kafka://127.0.0.1:1"), CollectorRegistry())
    app = frontline.app
    codecs = {"raw", "json", "orjson"}
    assert app.conf.key_serializer in codecs and app.conf.value_serializer in codecs
    for table in app.tables.values():
        assert {table.key_serializer or "json", table.value_serializer or "json"} <= codecs, table.name
    for topic in app.topics:
        assert {topic.key_serializer or "json", topic.value_serializer or "json"} <= codecs, topic


def test_the_kafka_password_comes_from_the_environment_and_is_never_shown(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FRONTLINE_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
    monkeypatch.setenv("FRONTLINE_SASL_MECHANISM", "PLAIN")
    monkeypatch.setenv("FRONTLINE_SASL_USERNAME", "frontline")
    monkeypatch.setenv("FRONTLINE_SASL_PASSWORD", SECRET)
    settings = Settings(broker="kafka://127.0.0.1:1")
    assert settings.sasl_password is not None and settings.sasl_password.get_secret_value() == SECRET
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("frontline.test").info("settings: %s / %r", settings, settings)
        build_app(settings, CollectorRegistry())
    assert SECRET not in caplog.text
    assert SECRET not in repr(settings) and SECRET not in settings.model_dump_json()
