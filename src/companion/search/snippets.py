"""Highlighted snippets: the passage of an article that best matches the query.

Why our own instead of tantivy's SnippetGenerator: the index holds stems and compound parts, not
the original words, so only the analyzer can tell that "legemidlene" in the text matches the
query "medisin". The same analyzer runs over the chosen passage here.

Format (what the GUI renders): plain text; every matched word is wrapped in ``«`` and ``»``
(U+00AB, U+00BB); a cut at either end is marked with ``…``. The text is NOT HTML-escaped:
escape it first, then replace « and » with tags. (Norwegian text may itself contain « and »
as quotation marks; the GUI should treat only pairs produced here as marks, which is what the
simple replace does in practice because a quoted word that matches is marked inside them.)
"""

from __future__ import annotations

from companion.search.analyzer import WORD_RE, Analyzer

MARK_OPEN = "«"
MARK_CLOSE = "»"
MAX_CHARS = 220


def best_passage(
    segments: tuple[str, ...], segment_tokens: tuple[str, ...], tokens: frozenset[str]
) -> str:
    """The passage matching the most distinct query tokens; earlier passages win ties.

    Uses the token lists stored with the document at index time (see
    :meth:`Analyzer.passage_tokens`), so choosing costs a few substring tests per passage; only
    the winner is analysed word by word for highlighting.
    """
    padded = [f" {t} " for t in tokens]
    best_count, best = 0, segments[0] if segments else ""
    for passage, stored in zip(segments, segment_tokens, strict=False):
        count = sum(1 for p in padded if p in stored)
        if count > best_count:
            best_count, best = count, passage
    return best


class Highlighter:
    """Marks matched words for one query; remembers per word whether it matches, since the same
    words recur across the hits of a query."""

    def __init__(self, analyzer: Analyzer, tokens: frozenset[str]) -> None:
        self._analyzer = analyzer
        self._tokens = tokens
        self._memo: dict[str, bool] = {}

    def highlight(self, passage: str, max_chars: int | None = None) -> tuple[str, int, int]:
        """(marked passage, number of marked words, offset of the first mark in the marked text).

        A word is marked when any of its tokens (stem or compound parts) is a query token;
        hyphenated groups ("PLO-melding") are marked as a whole. With `max_chars`, marking stops
        once the text after the first mark is long enough for a snippet.
        """
        memo, tokens, analyzer = self._memo, self._tokens, self._analyzer
        out: list[str] = []
        length = last = count = first_source = 0
        first = -1
        for match in WORD_RE.finditer(passage.lower()):
            group = match.group()
            hit = memo.get(group)
            if hit is None:
                hit = memo[group] = not analyzer.group_match_tokens(group).isdisjoint(tokens)
            if not hit:
                continue
            start, end = match.span()
            if first >= 0 and max_chars is not None and start - first_source > max_chars:
                break
            gap = passage[last:start]
            out.append(gap)
            length += len(gap)
            if first < 0:
                first, first_source = length, start
            mark = MARK_OPEN + passage[start:end] + MARK_CLOSE
            out.append(mark)
            length += len(mark)
            last = end
            count += 1
        out.append(passage[last:])
        return "".join(out), count, max(first, 0)

    def snippet(
        self, segments: tuple[str, ...], segment_tokens: tuple[str, ...], max_chars: int = MAX_CHARS
    ) -> str:
        """The best passage of an article with the matched words marked « »."""
        if not segments:
            return ""
        marked, _count, first = self.highlight(
            best_passage(segments, segment_tokens, self._tokens), max_chars
        )
        return _shorten(marked, first, max_chars)


def _shorten(marked: str, first: int, max_chars: int) -> str:
    """Cut a marked passage to about `max_chars`, keeping the first mark near the start."""
    if len(marked) <= max_chars:
        return marked
    start = max(0, first - max_chars // 4)
    if start > 0:
        space = marked.rfind(" ", 0, start)
        start = space + 1 if space >= 0 else start
    end = min(len(marked), start + max_chars)
    if end < len(marked):
        space = marked.rfind(" ", start, end)
        end = space if space > start else end
    piece = marked[start:end]
    # Never leave a marker half open after cutting.
    if piece.count(MARK_OPEN) > piece.count(MARK_CLOSE):
        piece += MARK_CLOSE
    return ("…" if start > 0 else "") + piece + ("…" if end < len(marked) else "")
