"""The functional core: pure functions with no Kafka or Faust import.

`extract(article) -> list[Event]` reads events from text; `apply(state, event) -> state` folds
them into the control table. Replay is `fold(events)`.
"""

from streams.core.extract import EXTRACTOR_VERSION, Extractor, extract
from streams.core.reduce import TheatreState, apply, fold, initial_state

__all__ = ["EXTRACTOR_VERSION", "Extractor", "TheatreState", "apply", "extract", "fold", "initial_state"]
