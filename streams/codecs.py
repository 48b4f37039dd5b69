"""orjson as a Faust codec: fast JSON for the table's changelog."""

from __future__ import annotations

from typing import Any

import orjson
from faust.serializers import codecs


class OrjsonCodec(codecs.Codec):
    def _dumps(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def _loads(self, data: bytes) -> Any:
        return orjson.loads(data)


def register() -> None:
    """Make `value_serializer="orjson"` available (idempotent)."""
    codecs.register("orjson", OrjsonCodec())
