"""The input message: one news article as it arrives on `articles.raw`."""

from __future__ import annotations

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator

MAX_BODY_BYTES = 1_000_000
"""Bodies above 1 MB are refused: the embedded broker enforces no size limit, so we do."""


class Article(BaseModel):
    """A wire article. `published_at` must carry a timezone: event times are anchored on it."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=256)
    published_at: AwareDatetime
    body: str
    title: str | None = Field(default=None, max_length=2000)
    url: str | None = Field(default=None, max_length=4000)
    source: str | None = Field(default=None, max_length=256)
    language: str | None = Field(default=None, max_length=16)

    @field_validator("body")
    @classmethod
    def _body_within_limit(cls, body: str) -> str:
        size = len(body.encode("utf-8", errors="surrogatepass"))
        if size > MAX_BODY_BYTES:
            raise ValueError(f"body is {size} bytes, the limit is {MAX_BODY_BYTES}")
        return body
