"""Free text that is kept (search log, imported fields): redact first, then cut.

Cutting before redacting would split an identity number that straddles the limit and leave
its first digits behind, where the guard no longer recognises them. The order here is fixed
for every caller: collapse whitespace, redact, cut, and drop a digit run the cut itself split
(so a long reference number never turns into an 11-digit look-alike).
"""

from __future__ import annotations

from companion.core.idguard import redact

SEARCH_LOG_LIMIT = 500


def clean_text(text: str, limit: int = SEARCH_LOG_LIMIT) -> str:
    """One line of text, identity numbers redacted, at most ``limit`` characters."""
    text = redact(" ".join(text.split()))
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if cut[-1:].isascii() and cut[-1:].isdigit() and text[limit].isdigit():
        cut = cut.rstrip("0123456789")
    return cut.rstrip()
