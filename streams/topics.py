"""Every topic Frontline uses, created explicitly before workers start.

The embedded broker auto-creates unknown topics with 4 partitions, and a changelog whose count
differs from its source makes Faust crash-loop; so nothing is left to auto-creation.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from streams.settings import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    compacted: bool = False
    purpose: str = ""
    configs: dict[str, str] = field(default_factory=dict)
    internal: bool = False  # Faust's own topics, not part of the contract (asyncapi.yaml)

    def topic_configs(self) -> dict[str, str]:
        configs = {"cleanup.policy": "compact" if self.compacted else "delete", **self.configs}
        return configs


def topic_specs(settings: Settings) -> list[TopicSpec]:
    n = settings.partitions
    size = {"max.message.bytes": str(settings.max_message_bytes)}
    return [
        TopicSpec(settings.topic_articles, n, purpose="input articles (JSON)", configs=size),
        TopicSpec(settings.topic_events, n, purpose="typed events, key: capital id"),
        TopicSpec(settings.topic_state, n, compacted=True, purpose="ControlState per capital"),
        TopicSpec(settings.topic_transitions, n, purpose="one message per change of controller"),
        TopicSpec(settings.topic_deadletter, n, purpose="undecodable input with the reason"),
        TopicSpec(settings.topic_receipts, n, purpose="one receipt per processed article"),
        TopicSpec(
            settings.changelog_topic, n, compacted=True, purpose="table changelog (Faust)", internal=True
        ),
        TopicSpec(
            f"{settings.app_id}-__assignor-__leader", 1, purpose="Faust leader election", internal=True
        ),
    ]


def _security(settings: Settings) -> dict[str, Any]:
    options: dict[str, Any] = {"security_protocol": settings.security_protocol}
    if settings.sasl_mechanism:
        options["sasl_mechanism"] = settings.sasl_mechanism
        options["sasl_plain_username"] = settings.sasl_username
        options["sasl_plain_password"] = (
            settings.sasl_password.get_secret_value() if settings.sasl_password else None
        )
    if settings.security_protocol in ("SSL", "SASL_SSL"):
        from aiokafka.helpers import create_ssl_context

        options["ssl_context"] = create_ssl_context(
            cafile=settings.ssl_cafile, certfile=settings.ssl_certfile, keyfile=settings.ssl_keyfile
        )
    return options


def client_options(settings: Settings) -> dict[str, Any]:
    """aiokafka client keyword arguments: bootstrap servers and TLS/SASL from settings."""
    return {"bootstrap_servers": settings.bootstrap_servers(), **_security(settings)}


async def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics; fail clearly if an existing one has the wrong partition count."""
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic
    from aiokafka.errors import TopicAlreadyExistsError

    specs = topic_specs(settings)
    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        missing = [s for s in specs if s.name not in existing]
        for spec in missing:
            try:
                await admin.create_topics(
                    [
                        NewTopic(
                            name=spec.name,
                            num_partitions=spec.partitions,
                            replication_factor=settings.replication_factor,
                            topic_configs=spec.topic_configs(),
                        )
                    ]
                )
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
        described = await admin.describe_topics([s.name for s in specs])
        counts = {d["topic"]: len(d["partitions"]) for d in described}
        for spec in specs:
            if counts.get(spec.name, spec.partitions) != spec.partitions:
                raise RuntimeError(
                    f"topic {spec.name} has {counts[spec.name]} partitions, "
                    f"expected {spec.partitions} (set FRONTLINE_PARTITIONS to match)"
                )
    finally:
        await admin.close()
    if created:
        log.info("created topics: %s", ", ".join(created))
    return created
