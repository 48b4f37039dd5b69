"""The worker's logging config survives the Faust worker's own logging set-up."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import orjson
import pytest
from mode.utils.logging import setup_logging

from streams.logs import logging_config
from streams.settings import Settings


@pytest.fixture
def restored_root() -> Iterator[None]:
    """Put the root logger back as pytest had it: the Faust set-up clears its handlers."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.usefixtures("restored_root")
@pytest.mark.parametrize("log_json", [False, True])
def test_faust_info_lines_reach_stderr(log_json: bool, capsys: pytest.CaptureFixture[str]) -> None:
    settings = Settings(log_level="INFO", log_json=log_json)
    setup_logging(loglevel="INFO", logging_config=logging_config(settings))  # as `faust.Worker` does
    logging.getLogger("faust.tables.recovery").info("Restore complete!")
    logging.getLogger("aiokafka.conn").debug("every send")  # kept quiet whatever the level
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    if log_json:
        line = orjson.loads(err[0])
        assert (line["level"], line["logger"], line["message"]) == (
            "INFO",
            "faust.tables.recovery",
            "Restore complete!",
        )
    else:
        assert err[0].endswith(" INFO faust.tables.recovery: Restore complete!")
