"""Redact first, cut after: a number across the search-log limit never leaves digits behind."""

from __future__ import annotations

import pytest

from companion.core.idguard import REDACTION
from companion.core.redact import SEARCH_LOG_LIMIT, clean_text

NUMBER = "01019012345"  # plausible date: the guard treats it as a (possible) fødselsnummer


@pytest.mark.parametrize("before", [490, 495, 499])
def test_number_straddling_the_limit_is_redacted_not_cut(before: int) -> None:
    text = "a" * before + NUMBER + " og mer tekst"
    cleaned = clean_text(text)
    assert len(cleaned) <= SEARCH_LOG_LIMIT
    assert "01019" not in cleaned
    assert cleaned.startswith("a" * before)


def test_cut_never_leaves_part_of_a_longer_digit_run() -> None:
    """A 15-digit order number cut to 11 digits could look like an identity number."""
    text = "a" * 496 + " 012345678901234"
    cleaned = clean_text(text)
    assert not any(c.isdigit() for c in cleaned)


def test_short_text_is_redacted_and_whitespace_collapsed() -> None:
    assert clean_text(f"  finner\tikke  {NUMBER} ") == f"finner ikke {REDACTION}"
