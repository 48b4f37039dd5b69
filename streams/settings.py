"""One settings model for the whole service, read from `FRONTLINE_*` environment variables."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of a Frontline process. Credentials come only from the environment."""

    model_config = SettingsConfigDict(env_prefix="FRONTLINE_", extra="ignore")

    broker: str | None = Field(
        default=None,
        description="kafka://host:port[,host:port]. Unset: start the embedded broker.",
    )
    theatre: str = Field(default="afghanistan-2021", description="Bundled theatre id or a JSON path.")
    app_id: str = "frontline"
    partitions: int = Field(default=4, ge=1, description="Partitions of every topic.")
    replication_factor: int = Field(default=1, ge=1)
    store: str = Field(default="memory://", description="memory:// or rocksdb:// (production).")
    data_dir: str | None = Field(
        default=None, description="Directory of the worker's local state (RocksDB); default ./frontline-data."
    )
    processing_guarantee: Literal["at_least_once", "exactly_once"] = "at_least_once"
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=0, le=65535)
    api_host: str = Field(
        default="127.0.0.1", description="Where `frontline api` listens (loopback by default)."
    )
    api_port: int = Field(default=6067, ge=0, le=65535)
    max_message_bytes: int = Field(default=1_500_000, ge=1024)
    batch_size: int = Field(default=500, ge=1)
    batch_window_s: float = Field(
        default=0.05,
        gt=0,
        description="How long an agent waits to fill a batch. A live article waits for it twice "
        "(extraction, then the table); shorter windows mean smaller batches, which cost throughput.",
    )
    extract_processes: int = Field(
        default=1,
        ge=0,
        description="Helper processes that run the extractor beside the worker's event loop; 0: in it.",
    )
    extract_timeout_s: float = Field(
        default=60.0,
        gt=0,
        description="An article still extracting after this long (its predecessors done) has its "
        "helper killed and is tried once more, then dead-lettered; helpers only.",
    )
    shutdown_grace_s: float = Field(
        default=15.0,
        ge=0,
        description="On SIGTERM, how long the batches in hand may take to finish before the worker "
        "stops anyway (they are then read again by the next worker). Keep it below the "
        "orchestrator's grace period (compose 30 s, k8s 45 s).",
    )
    stall_s: float = Field(
        default=300.0,
        gt=0,
        description="A ready worker with input waiting (consumer lag) that finished no batch for this "
        "long reports itself stalled on /healthz (503), so a liveness probe restarts it; what it had "
        "not committed is read again.",
    )
    recovery_stall_s: float = Field(
        default=60.0,
        gt=0,
        description="A worker not ready (rebalancing, or recovering its table) that made no headway "
        "for this long (the group's generation and the changelog offsets read unchanged) asks the "
        "group for a new rebalance, which starts Faust's rebalance handling and table recovery "
        "over; after two such tries it reports itself stuck on /healthz (503), so a liveness probe "
        "restarts it. A ready worker with input waiting, no batch in hand and none finished for this "
        "long asks for a new rebalance too, whose seek to the committed offsets reads again what its "
        "consumer held back.",
    )
    log_level: str = "INFO"
    log_json: bool = False
    standby_replicas: int = Field(default=1, ge=0)
    # Kafka security, passed through to the client.
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    ssl_certfile: str | None = None
    ssl_keyfile: str | None = None
    # Topic names.
    topic_articles: str = "articles.raw"
    topic_events: str = "events.typed"
    topic_state: str = "control.state"
    topic_transitions: str = "control.transitions"
    topic_deadletter: str = "articles.deadletter"
    topic_receipts: str = "articles.processed"

    @property
    def table_name(self) -> str:
        return "control"

    @property
    def changelog_topic(self) -> str:
        """Faust's name for the table's changelog topic."""
        return f"{self.app_id}-{self.table_name}-changelog"

    def bootstrap_servers(self) -> str:
        if not self.broker:
            raise ValueError("no broker set")
        return ",".join(part.removeprefix("kafka://") for part in self.broker.split(","))
