"""Page furniture: what a scraper keeps of a news page around its story.

Links to other stories ("Read more: Taliban take Aibak ..."), "Most read" and "Related" lists and
tag lists carry other stories' headlines. They are no report of this article, so their captures
must not be read as its news; the story's own headline, captions and text are kept.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_MAX_HEADLINE = 160
_SENTENCE_END = re.compile(r"[.!][\"'”’)]*\s*$")


class PageFurniture:
    """Finds the furniture lines of a text, from the lexicon's `page_furniture` patterns: `link`
    opens a line that points to another story, `block` is a line that heads a list of them, and
    `item` opens a list's line."""

    def __init__(self, patterns: Mapping[str, str]) -> None:
        self._link = re.compile(rf"\s*(?:{patterns['link']})", re.IGNORECASE)
        self._block = re.compile(rf"\s*(?:{patterns['block']})\s*", re.IGNORECASE)
        self._item = re.compile(rf"\s*(?:{patterns['item']})")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of every furniture line: a link line, a list's heading, and the lines
        after that heading that are list items or headlines (no full stop at the end), up to the
        first line that is neither."""
        found: list[tuple[int, int]] = []
        in_list = False
        start = 0
        for line in text.split("\n"):
            end = start + len(line)
            if line.strip():
                if self._block.fullmatch(line):
                    in_list = True
                    found.append((start, end))
                elif self._link.match(line) or (in_list and self._listed(line)):
                    found.append((start, end))
                else:
                    in_list = False
            start = end + 1
        return found

    def _listed(self, line: str) -> bool:
        stripped = line.strip()
        return bool(self._item.match(line)) or (
            len(stripped) <= _MAX_HEADLINE and _SENTENCE_END.search(stripped) is None
        )
