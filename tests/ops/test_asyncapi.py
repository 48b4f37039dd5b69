"""asyncapi.yaml describes exactly the public topics of streams/topics.py, with their partitions,
compaction and the JSON Schemas the messages are validated against."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from streams.settings import Settings
from streams.topics import topic_specs

REPO = Path(__file__).resolve().parents[2]


def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((REPO / "asyncapi.yaml").read_text())
    return document


def resolve(document: dict[str, Any], ref: str) -> dict[str, Any]:
    node: Any = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part]
    return dict(node)


def test_the_topic_list_matches_the_code() -> None:
    document = spec()
    assert document["asyncapi"].startswith("3.")
    public = {s.name: s for s in topic_specs(Settings()) if not s.internal}
    channels = document["channels"]
    assert {c["address"] for c in channels.values()} == set(public)
    for channel in channels.values():
        topic = public[channel["address"]]
        binding = channel["bindings"]["kafka"]
        assert binding["topic"] == topic.name
        assert binding["partitions"] == topic.partitions, topic.name
        assert binding["topicConfiguration"]["cleanup.policy"] == [topic.topic_configs()["cleanup.policy"]]
        if "max.message.bytes" in topic.configs:
            assert (
                str(binding["topicConfiguration"]["max.message.bytes"]) == topic.configs["max.message.bytes"]
            )
    assert channels["controlState"]["bindings"]["kafka"]["topicConfiguration"]["cleanup.policy"] == [
        "compact"
    ]


def test_every_message_has_a_key_and_a_published_schema() -> None:
    document = spec()
    used = set()
    for channel in document["channels"].values():
        for message_ref in channel["messages"].values():
            message = resolve(document, message_ref["$ref"])
            assert message["bindings"]["kafka"]["key"]["description"]
            path = REPO / message["payload"]["$ref"]
            schema = json.loads(path.read_text())
            jsonschema.validators.validator_for(schema).check_schema(schema)
            used.add(path.name)
    assert used == {p.name for p in (REPO / "schemas" / "json").glob("*.schema.json")}


def test_every_operation_points_at_a_channel() -> None:
    document = spec()
    targets = {resolve(document, op["channel"]["$ref"])["address"] for op in document["operations"].values()}
    assert targets == {c["address"] for c in document["channels"].values()}
