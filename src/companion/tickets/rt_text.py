"""Text from RT's answers: reply bodies written in RT's rich-text editor, and RT's timestamps."""

from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from html.parser import HTMLParser
from typing import overload

__all__ = ["html_to_text", "parse_time", "remote_id_of"]

_EPOCH = datetime.fromtimestamp(0, UTC)


@overload
def parse_time(value: str) -> datetime: ...
@overload
def parse_time(value: str, default: None) -> datetime | None: ...


def parse_time(value: str, default: datetime | None = _EPOCH) -> datetime | None:
    """RT REST 2 times look like ``2026-11-22T02:19:47Z`` (UTC); `default` if unreadable."""
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return default
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class _HTMLText(HTMLParser):
    """Just enough HTML → text for replies written in RT's rich-text editor."""

    _BLOCKS = frozenset({"div", "li", "tr", "ul", "ol", "table", "h1", "h2", "h3", "h4", "pre"})
    _PARAGRAPHS = frozenset({"p", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def _newlines(self, wanted: int) -> None:
        text = "".join(self.parts)
        if text.strip():
            have = len(text) - len(text.rstrip("\n"))
            self.parts.append("\n" * max(0, wanted - have))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in self._PARAGRAPHS:
            self._newlines(2)
        elif tag in self._BLOCKS:
            self._newlines(1)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._PARAGRAPHS:
            self._newlines(2)
        elif tag in self._BLOCKS:
            self._newlines(1)

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    lines = [re.sub(r"[ \t\xa0]+", " ", line).strip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def remote_id_of(remote_id: str | int) -> str:
    text = str(remote_id).strip()
    if not text.isdigit() or not text.isascii():
        raise ValueError(f"RT ticket ids are numbers, got {remote_id!r}")
    return text
