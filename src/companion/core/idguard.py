"""Patient-identifier guard (personvern): find Norwegian national identity numbers.

Følgesvenn must never store or send a patient's national identity number.  Every
ticket, note, search-log entry and export passes through this module first; a hit
blocks saving and the user is offered one-click redaction (:func:`redact`).

What counts as a hit (see ``docs/personvern-guard.md`` for the full rationale):

* **Checksum-valid numbers** - fødselsnummer, D-nummer (day + 40) and H-nummer
  (month + 40) as validated by python-stdnum, and FH-nummer (first digit 8 or 9,
  same two mod-11 check digits; stdnum rejects these, so we check them here).
* **Suspect numbers** (``"mulig-fodselsnummer"``) - an 11-digit run whose first six
  digits form a plausible DDMMYY date (D/H offsets allowed) even though the check
  digits fail.  From 2032 new numbers are issued with new check-digit rules, so a
  checksum alone would let those through.

Accepted ways of writing the number:

* ``01019012345`` - 11 ASCII digits, not touching other ASCII digits (letters and
  punctuation may touch it: ``pasient01019012345har``, ``fnr:01019012345``).
* ``010190 12345`` / ``010190.12345`` / ``010190-12345`` - date part, one separator,
  personal part.  Spaces may be ordinary, non-breaking, narrow or thin spaces.
* ``01.01.90 12345`` / ``01-01-90-12345`` / ``01/01/90 12345`` - dotted date then
  the personal part.  Because "a date followed by an amount" is ordinary text
  (``Utbetalt 12.03.26 15000``), this form only hits when the check digits are
  valid; the date-plausibility fallback is not applied to it.
* Runs of exactly 22, 33, ... digits are treated as numbers pasted together and
  hit only when *every* 11-digit chunk is checksum-valid.  Any other digit run
  longer than 11 (order numbers, account numbers, IBAN bodies) is never split.

Only ASCII ``0-9`` count as digits: ``\\d`` in Python also matches Arabic-Indic,
fullwidth and other digits, which stdnum would then ``int()`` happily, so we never
use it.  A non-ASCII digit next to a number therefore does not hide it.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "REDACTION",
    "REDACT_ACTION_LABEL",
    "IdFinding",
    "IdKind",
    "IdentityNumberFound",
    "blocked_message",
    "check_fields",
    "contains_identity_number",
    "find_identity_numbers",
    "guard_fields",
    "redact",
]

REDACTION: Final = "[fødselsnummer fjernet]"
"""Replacement text inserted by :func:`redact`.  Contains no digits, so redaction is
idempotent and can never create a new digit run."""

REDACT_ACTION_LABEL: Final = "Fjern fødselsnummer"
"""Label of the one-click redaction button; quoted by :func:`blocked_message` so the
message and the button always agree."""

IdKind = Literal["fodselsnummer", "d-nummer", "h-nummer", "fh-nummer", "mulig-fodselsnummer"]


@dataclass(frozen=True, slots=True)
class IdFinding:
    """One identity number found in a text, as a half-open span ``text[start:end]``.

    Deliberately stores offsets only, never the digits: findings end up in logs,
    exceptions and UI state, and the number must not leak through their ``repr``.
    """

    start: int
    end: int
    kind: IdKind


# --- patterns ----------------------------------------------------------------------

# Space-like characters accepted between the date part and the personal part:
# space, tab, no-break space, figure space, thin space, narrow no-break space.
# Word processors and Epic copy/paste routinely turn spaces into NBSP variants.
_SPACE: Final = "[ \t\u00a0\u2007\u2009\u202f]"
# Separator between the date part and the personal part: 1-3 spaces, or one dot /
# hyphen / non-breaking hyphen / en dash, optionally padded by one space each side.
_SEP: Final = rf"(?:{_SPACE}{{1,3}}|{_SPACE}?[.\-\u2010\u2011\u2013]{_SPACE}?)"

# One pass finds every candidate; validation happens afterwards in Python.  Every
# alternative starts and ends with a digit and is fenced by "no ASCII digit" look-
# arounds, so each digit group is a *maximal* digit run: an 11-digit window can never
# be cut out of a longer run, and the alternatives cannot overlap each other.
_CANDIDATE_PATTERN: Final = rf"""
    (?<![0-9])
    (?:
        (?P<run>[0-9]{{11,}})                               # 01019012345 (or longer run)
      | (?P<date6>[0-9]{{6}}){_SEP}(?P<pers6>[0-9]{{5}})   # 010190 12345
      | (?P<dd>[0-9]{{2}})(?P<dsep>[./\-])(?P<mm>[0-9]{{2}})(?P=dsep)(?P<yy>[0-9]{{2}})
        {_SEP}(?P<persd>[0-9]{{5}})                          # 01.01.90 12345
    )
    (?![0-9])
    """


@functools.cache
def _candidates() -> re.Pattern[str]:
    """Compiled on first use: importing this module is on the GUI's start path (#16)."""
    return re.compile(_CANDIDATE_PATTERN, re.VERBOSE)


_ASCII_DIGITS: Final = "0123456789"

_NUMBER_LEN: Final = 11

# Weights of the two mod-11 check digits (same as the Folkeregister / stdnum).
_WEIGHTS_K1: Final = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_WEIGHTS_K2: Final = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


# --- validation --------------------------------------------------------------------


def _mod11_check_digit(digits: str, weights: tuple[int, ...]) -> int | None:
    """Return the mod-11 check digit for ``digits``, or ``None`` when it would be 10.

    A computed value of 10 means no valid number exists with this prefix, which is
    why ``None`` (never equal to a digit) is returned instead.
    """
    value = (11 - sum(w * int(d) for w, d in zip(weights, digits, strict=False))) % 11
    return None if value == 10 else value


def _check_digits_ok(number: str) -> bool:
    """True when both pre-2032 mod-11 check digits of an 11-digit string are right."""
    return _mod11_check_digit(number[:9], _WEIGHTS_K1) == int(number[9]) and (
        _mod11_check_digit(number[:10], _WEIGHTS_K2) == int(number[10])
    )


def _plausible_date(number: str) -> bool:
    """True when the first six digits could be a birth date DDMMYY.

    Day 41-71 (D-nummer) and month 41-52 (H-nummer) are folded back.  The year is
    not restricted and 29 February is always allowed (checked against leap year
    2000): with only two year digits we cannot know the century, and we err on the
    side of blocking.
    """
    day = int(number[0:2])
    month = int(number[2:4])
    if day > 40:
        day -= 40
    if month > 40:
        month -= 40
    try:
        datetime.date(2000, month, day)
    except ValueError:
        return False
    return True


def _classify_valid(number: str) -> IdKind | None:
    """Kind of a checksum-valid number, or ``None`` if the number is not valid.

    stdnum handles fødselsnummer/D/H (including its century and not-in-the-future
    rules); FH-nummer has no date, which stdnum rejects, so it is checked here.
    """
    if number[0] in "89":
        return "fh-nummer" if _check_digits_ok(number) else None
    from stdnum.no import fodselsnummer  # here: stdnum imports ssl (~20 ms of app start-up)

    if not fodselsnummer.is_valid(number):
        return None
    if int(number[0:2]) > 40:
        return "d-nummer"
    if int(number[2:4]) > 40:
        return "h-nummer"
    return "fodselsnummer"


def _classify(number: str, *, allow_suspect: bool) -> IdKind | None:
    """Kind of an 11-digit candidate, or ``None`` when it is not an identity number.

    ``allow_suspect`` enables the post-2032 fallback: a plausible date is enough even
    when the check digits fail.
    """
    kind = _classify_valid(number)
    if kind is None and allow_suspect and number[0] not in "89" and _plausible_date(number):
        kind = "mulig-fodselsnummer"
    return kind


# --- public API --------------------------------------------------------------------


def find_identity_numbers(text: str) -> list[IdFinding]:
    """Return every identity number in ``text``, in order, as non-overlapping spans.

    The regular expression is the cheap prefilter (most texts have no candidate at
    all); stdnum / mod-11 validation runs only on the few candidates it yields.
    Spans cover the whole written number including any separator, so replacing the
    span removes the number completely.
    """
    findings: list[IdFinding] = []
    if sum(text.count(digit) for digit in _ASCII_DIGITS) < _NUMBER_LEN:
        return findings  # every written form holds all 11 digits: nothing to look for
    for match in _candidates().finditer(text):
        run = match.group("run")
        if run is not None:
            start = match.start("run")
            if len(run) == _NUMBER_LEN:
                kind = _classify(run, allow_suspect=True)
                if kind is not None:
                    findings.append(IdFinding(start, start + _NUMBER_LEN, kind))
            elif len(run) % _NUMBER_LEN == 0:
                # Numbers pasted together without a gap: only believe it when every
                # chunk is checksum-valid, otherwise it is some long reference number.
                chunks = [run[i : i + _NUMBER_LEN] for i in range(0, len(run), _NUMBER_LEN)]
                kinds = [_classify_valid(chunk) for chunk in chunks]
                if all(k is not None for k in kinds):
                    for i, k in enumerate(kinds):
                        assert k is not None  # narrowed by all() above
                        offset = start + i * _NUMBER_LEN
                        findings.append(IdFinding(offset, offset + _NUMBER_LEN, k))
            continue
        date6 = match.group("date6")
        if date6 is not None:
            kind = _classify(date6 + match.group("pers6"), allow_suspect=True)
        else:
            number = match.group("dd") + match.group("mm") + match.group("yy")
            kind = _classify(number + match.group("persd"), allow_suspect=False)
        if kind is not None:
            findings.append(IdFinding(match.start(), match.end(), kind))
    return findings


def contains_identity_number(text: str) -> bool:
    """True when ``text`` must not be saved or sent because it holds an identity number."""
    return bool(find_identity_numbers(text))


def redact(text: str) -> str:
    """Replace every identity number in ``text`` with :data:`REDACTION`.

    Idempotent: :data:`REDACTION` has no digits, and each replaced span was fenced by
    non-digits, so no new candidate can appear.
    """
    findings = find_identity_numbers(text)
    if not findings:
        return text
    parts: list[str] = []
    pos = 0
    for finding in findings:
        parts.append(text[pos : finding.start])
        parts.append(REDACTION)
        pos = finding.end
    parts.append(text[pos:])
    return "".join(parts)


def guard_fields(fields: Mapping[str, str]) -> dict[str, list[IdFinding]]:
    """Scan several named fields at once; return only the fields that had hits.

    Scanning fields separately (rather than the joined text) keeps offsets usable
    for highlighting and tells the UI which fields to name in the message.  An empty
    result means the record may be saved.
    """
    result: dict[str, list[IdFinding]] = {}
    for name, value in fields.items():
        hits = find_identity_numbers(value)
        if hits:
            result[name] = hits
    return result


class IdentityNumberFound(ValueError):
    """Text was refused because it holds an identity number.

    Carries data, not wording: ``fields`` are the keys of the fields with hits (never the
    number). The CLI and the UI say it in their own words; ``str()`` falls back to
    :func:`blocked_message` for callers that only show a text.
    """

    user_message = True

    def __init__(self, fields: Sequence[str]) -> None:
        self.fields = tuple(fields)
        super().__init__(blocked_message(self.fields))


def check_fields(fields: Mapping[str, str]) -> None:
    """Raise :class:`IdentityNumberFound` naming every field of ``fields`` that has a hit."""
    hits = guard_fields(fields)
    if hits:
        raise IdentityNumberFound(list(hits))


def _join_labels(labels: Sequence[str]) -> str:
    """Norwegian list: ``A``, ``A og B``, ``A, B og C``."""
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " og " + labels[-1]


def blocked_message(field_labels: Sequence[str]) -> str:
    """Plain-language (bokmål) message shown when saving or sending is blocked.

    Never contains the number itself: repeating it on screen, in a toast or in a log
    line would be the very leak we are preventing.  Labels are passed through
    :func:`redact` as a belt-and-braces measure, and empty or repeated labels are
    dropped so the text stays readable.
    """
    labels: list[str] = []
    for label in field_labels:
        clean = " ".join(redact(label).split())
        if clean and clean not in labels:
            labels.append(clean)
    where = f" (i: {_join_labels(labels)})" if labels else ""
    return (
        f"Teksten ser ut til å inneholde et fødselsnummer{where}. "
        "Av personvernhensyn kan det ikke lagres eller sendes. "
        f"Fjern nummeret, eller velg «{REDACT_ACTION_LABEL}» for å erstatte det automatisk."
    )
