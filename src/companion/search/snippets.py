"""Highlighted snippets: the passage of an article that best matches the query.

Why our own instead of tantivy's SnippetGenerator: the index holds stems, parts and folds, not
the original words, so only the analyzer can tell that "legemidlene" in the text matches the
query "medisin". The same analyzer runs over the candidate passages here.

Format (what the GUI renders): plain text; every matched word is wrapped in ``«`` and ``»``
(U+00AB, U+00BB); a cut at either end is marked with ``…``. The text is NOT HTML-escaped:
escape it first, then replace « and » with tags.
"""

from __future__ import annotations

from companion.search.analyzer import FOLD, PART, WORD_RE, Analyzer, fold, has_nordic

MARK_OPEN = "«"
MARK_CLOSE = "»"
MAX_CHARS = 220


def _word_matches(analyzer: Analyzer, text: str, stop: bool, key: str, tokens: frozenset[str]) -> bool:
    if key in tokens and not stop:
        return True
    if stop:
        return False
    if any(PART + p in tokens or p in tokens for p in analyzer.part_keys(text)):
        return True
    return has_nordic(key) and FOLD + fold(key) in tokens


def highlight(analyzer: Analyzer, passage: str, tokens: frozenset[str]) -> tuple[str, int, int]:
    """(marked passage, number of distinct matched words, offset of the first match)."""
    out: list[str] = []
    length = 0
    last = 0
    matched: set[str] = set()
    first = -1
    for word in analyzer.words(passage):
        if word.span > 1 or word.start < last:
            continue
        if _word_matches(analyzer, word.text, word.stop, word.key, tokens):
            gap = passage[last : word.start]
            out.append(gap)
            length += len(gap)
            if first < 0:
                first = length
            mark = MARK_OPEN + passage[word.start : word.end] + MARK_CLOSE
            out.append(mark)
            length += len(mark)
            last = word.end
            matched.add(word.key)
    out.append(passage[last:])
    return "".join(out), len(matched), max(first, 0)


def _shorten(marked: str, first: int, max_chars: int) -> str:
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


def best_passage(analyzer: Analyzer, segments: tuple[str, ...], tokens: frozenset[str]) -> str:
    """The passage matching the most distinct query tokens; earlier passages win ties.

    Runs on cached per-word token sets, so scanning a whole article costs well under a
    millisecond; only the winner is analysed word by word for highlighting.
    """
    best_count, best = 0, segments[0] if segments else ""
    for passage in segments:
        found: set[str] = set()
        for group in WORD_RE.findall(passage.lower()):
            matched = analyzer.group_match_tokens(group) & tokens
            if matched:
                found |= matched
        if len(found) > best_count:
            best_count, best = len(found), passage
    return best


def make_snippet(analyzer: Analyzer, segments: tuple[str, ...], tokens: frozenset[str], max_chars: int = MAX_CHARS) -> str:
    """The best passage of an article with the matched words marked « »."""
    if not segments:
        return ""
    marked, _count, first = highlight(analyzer, best_passage(analyzer, segments, tokens), tokens)
    return _shorten(marked, first, max_chars)
