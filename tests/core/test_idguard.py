"""Tests for the patient-identifier guard (companion.core.idguard).

Every identity number used here is synthetic: built by ``make_number`` from a chosen
date/individual number plus computed mod-11 check digits.  No real person's number
is hard-coded.
"""

from __future__ import annotations

import dataclasses
import datetime
import itertools
import re
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum.no import fodselsnummer

from companion.core.idguard import (
    REDACTION,
    IdFinding,
    blocked_message,
    contains_identity_number,
    find_identity_numbers,
    guard_fields,
    redact,
)

# Hypothesis: no example database on disk (the run uses -p no:cacheprovider and the
# repo should stay clean), no deadline (CI machines are small and shared).
FAST = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- synthetic number helpers ------------------------------------------------------

K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def _mod11(digits: str, weights: tuple[int, ...]) -> int | None:
    value = (11 - sum(w * int(d) for w, d in zip(weights, digits, strict=False))) % 11
    return None if value == 10 else value


def make_number(first9: str) -> str | None:
    """Complete a 9-digit prefix with both check digits; None if no valid number exists."""
    assert len(first9) == 9 and first9.isdigit()
    k1 = _mod11(first9, K1_WEIGHTS)
    if k1 is None:
        return None
    k2 = _mod11(first9 + str(k1), K2_WEIGHTS)
    if k2 is None:
        return None
    return f"{first9}{k1}{k2}"


def make_fnr(
    birth: datetime.date, individual: int, *, d: bool = False, h: bool = False
) -> str | None:
    day = birth.day + (40 if d else 0)
    month = birth.month + (40 if h else 0)
    return make_number(f"{day:02d}{month:02d}{birth.year % 100:02d}{individual:03d}")


def first_valid(birth: datetime.date, start: int = 0, *, d: bool = False, h: bool = False) -> str:
    """First valid number for ``birth`` with individual number >= start."""
    for individual in range(start, 1000):
        number = make_fnr(birth, individual, d=d, h=h)
        if number is not None:
            return number
    raise AssertionError("no valid individual number")  # pragma: no cover


def first_valid_fh(prefix: str = "8") -> str:
    for n in range(10**7):
        number = make_number(f"{prefix}{n:08d}")
        if number is not None:
            return number
    raise AssertionError("no valid FH number")  # pragma: no cover


def break_checksum(number: str) -> str:
    """Same first 9 digits, wrong check digits (any other ending fails the check)."""
    last = (int(number[10]) + 1) % 10
    return number[:10] + str(last)


def spaced(number: str, sep: str = " ") -> str:
    return number[:6] + sep + number[6:]


def dotted(number: str, dsep: str = ".", sep: str = " ") -> str:
    return f"{number[0:2]}{dsep}{number[2:4]}{dsep}{number[4:6]}{sep}{number[6:]}"


FNR = first_valid(datetime.date(1986, 10, 15), 300)
FNR_2000S = first_valid(datetime.date(2005, 3, 7), 500)
DNR = first_valid(datetime.date(1975, 5, 12), 100, d=True)
HNR = first_valid(datetime.date(1990, 1, 1), 200, h=True)
FHNR = first_valid_fh("8")
FHNR9 = first_valid_fh("9")


# --- the helpers themselves (so a broken helper cannot make tests vacuous) -----------


def test_helper_numbers_are_what_stdnum_says() -> None:
    for number in (FNR, FNR_2000S, DNR, HNR):
        assert fodselsnummer.is_valid(number), number
        assert not fodselsnummer.is_valid(break_checksum(number))
    assert int(DNR[0:2]) > 40
    assert int(HNR[2:4]) > 40
    # stdnum rejects FH-numbers, which is why the guard checks them itself.
    assert not fodselsnummer.is_valid(FHNR)
    assert FHNR[0] == "8" and FHNR9[0] == "9"


# --- example-based: every kind and every written form ------------------------------


@pytest.mark.parametrize(
    ("number", "kind"),
    [
        (FNR, "fodselsnummer"),
        (FNR_2000S, "fodselsnummer"),
        (DNR, "d-nummer"),
        (HNR, "h-nummer"),
        (FHNR, "fh-nummer"),
        (FHNR9, "fh-nummer"),
    ],
)
def test_plain_number_is_found_with_kind(number: str, kind: str) -> None:
    assert find_identity_numbers(number) == [IdFinding(0, 11, kind)]  # type: ignore[arg-type]
    assert contains_identity_number(number)


@pytest.mark.parametrize(
    "written",
    [
        spaced(FNR),
        spaced(FNR, "."),
        spaced(FNR, "-"),
        spaced(FNR, "\u00a0"),  # no-break space
        spaced(FNR, "\u202f"),  # narrow no-break space
        spaced(FNR, "\u2009"),  # thin space
        spaced(FNR, "  "),
        spaced(FNR, " - "),
        spaced(FNR, "\u2013"),  # en dash
        dotted(FNR),
        dotted(FNR, ".", "."),
        dotted(FNR, "-", "-"),
        dotted(FNR, "/", " "),
        dotted(FNR, ".", "\u00a0"),
    ],
)
def test_separator_forms_are_found_and_span_covers_everything(written: str) -> None:
    text = f"Pasient {written} ringte"
    findings = find_identity_numbers(text)
    assert findings == [IdFinding(8, 8 + len(written), "fodselsnummer")]
    assert redact(text) == f"Pasient {REDACTION} ringte"


@pytest.mark.parametrize(
    ("template", "kind"),
    [
        ("pasient{}har", "fodselsnummer"),
        ("fnr:{}", "fodselsnummer"),
        ("(fnr. {})", "fodselsnummer"),
        ("«{}»", "fodselsnummer"),
        ("#{}", "fodselsnummer"),
        ("{}\n", "fodselsnummer"),
    ],
)
def test_embedded_in_text(template: str, kind: str) -> None:
    text = template.format(FNR)
    start = text.index(FNR)
    assert find_identity_numbers(text) == [IdFinding(start, start + 11, kind)]  # type: ignore[arg-type]
    assert redact(text) == template.format(REDACTION)


def test_several_numbers_in_one_text_all_found_in_order() -> None:
    text = f"Mor {FNR}, barn {spaced(DNR)} og {dotted(HNR)}; FH {FHNR}."
    kinds = [f.kind for f in find_identity_numbers(text)]
    assert kinds == ["fodselsnummer", "d-nummer", "h-nummer", "fh-nummer"]
    redacted = redact(text)
    assert redacted == (f"Mor {REDACTION}, barn {REDACTION} og {REDACTION}; FH {REDACTION}.")
    assert not re.search(r"[0-9]", redacted)


# --- suspect numbers (post-2032 check digits) --------------------------------------


def test_plausible_date_with_failing_checksum_is_suspect() -> None:
    bad = break_checksum(FNR)
    assert not fodselsnummer.is_valid(bad)
    assert find_identity_numbers(f"x {bad} y") == [IdFinding(2, 13, "mulig-fodselsnummer")]
    assert find_identity_numbers(spaced(bad)) == [IdFinding(0, 12, "mulig-fodselsnummer")]


@pytest.mark.parametrize("number", [break_checksum(DNR), break_checksum(HNR)])
def test_suspect_allows_d_and_h_offsets(number: str) -> None:
    assert [f.kind for f in find_identity_numbers(number)] == ["mulig-fodselsnummer"]


def test_leap_day_counts_as_plausible() -> None:
    assert [f.kind for f in find_identity_numbers("29029912345")] == ["mulig-fodselsnummer"]


@pytest.mark.parametrize(
    "number",
    [
        "12345678901",  # month 34
        "32011012345",  # day 32
        "00011012345",  # day 0
        "01001012345",  # month 0
        "01131012345",  # month 13
        "31041012345",  # 31 April
        "30021012345",  # 30 February
        "72011012345",  # D-day 72 -> 32
        "01531012345",  # H-month 53 -> 13
        "99999999999",
    ],
)
def test_implausible_date_with_failing_checksum_is_not_a_hit(number: str) -> None:
    assert not fodselsnummer.is_valid(number)
    assert find_identity_numbers(number) == []


def test_fh_number_with_wrong_check_digits_is_not_a_hit() -> None:
    # FH numbers carry no date, so there is no "plausible date" fallback for them.
    assert find_identity_numbers(break_checksum(FHNR)) == []
    assert find_identity_numbers(break_checksum(FHNR9)) == []


def test_fh_prefix_whose_check_digit_would_be_ten_is_never_valid() -> None:
    # A computed check digit of 10 means "no valid number": it must not be read as 0.
    prefix = next(f"8{n:08d}" for n in range(10**6) if _mod11(f"8{n:08d}", K1_WEIGHTS) is None)
    for k2 in "0123456789":
        assert find_identity_numbers(f"{prefix}0{k2}") == []
        assert find_identity_numbers(f"{prefix}1{k2}") == []


def test_dotted_date_form_needs_valid_checksum() -> None:
    # "a date followed by an amount" is ordinary text and must not be blocked
    bad = break_checksum(FNR)
    assert find_identity_numbers(f"Utbetalt {dotted(bad)} kr") == []
    assert find_identity_numbers(f"Utbetalt {dotted(FNR)} kr") != []


def test_valid_checksum_but_future_birth_date_is_still_suspect() -> None:
    # stdnum rejects a number whose date lies in the future; the date-plausibility
    # fallback still blocks it (better a false alarm than a leak).
    future = datetime.date.today() + datetime.timedelta(days=400)
    if future.year >= 2040:  # pragma: no cover - far future
        pytest.skip("century rules change")
    number = first_valid(future, 500)
    assert not fodselsnummer.is_valid(number)
    assert [f.kind for f in find_identity_numbers(number)] == ["mulig-fodselsnummer"]


# --- longer digit runs -------------------------------------------------------------


def test_number_inside_longer_digit_run_is_not_split_out() -> None:
    assert find_identity_numbers("0" + FNR) == []
    assert find_identity_numbers(FNR + "7") == []
    assert find_identity_numbers("Ordre 4" + FNR + "12") == []
    assert find_identity_numbers("123456789012") == []
    assert find_identity_numbers("1" + spaced(FNR)) == []
    assert find_identity_numbers(spaced(FNR) + "9") == []


def test_twentytwo_digits_of_two_valid_numbers_are_two_hits() -> None:
    text = f"fnr {FNR}{DNR}."
    assert find_identity_numbers(text) == [
        IdFinding(4, 15, "fodselsnummer"),
        IdFinding(15, 26, "d-nummer"),
    ]
    assert redact(text) == f"fnr {REDACTION}{REDACTION}."


def test_thirtythree_digits_of_three_valid_numbers_are_three_hits() -> None:
    assert [f.kind for f in find_identity_numbers(FNR + HNR + FHNR)] == [
        "fodselsnummer",
        "h-nummer",
        "fh-nummer",
    ]


def test_twentytwo_digits_with_one_invalid_half_is_a_reference_number() -> None:
    assert find_identity_numbers(FNR + break_checksum(DNR)) == []
    assert find_identity_numbers(break_checksum(FNR) + DNR) == []
    assert find_identity_numbers("1234567890123456789012") == []


# --- false positives ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # phone numbers
        "Ring 91234567",
        "Ring +47 912 34 567",
        "Ring +47 91 23 45 67",
        "Ring +4791234567",
        "Ring 0047 91234567",
        "Ring 004791234567",
        "Ring 22 33 44 55 eller 915 55 555",
        "Sentralbord: (+47) 22 11 77 00",
        # dates and times
        "Født 01.01.1990",
        "Dato 2026-11-22",
        "Dato 22/11/2026 kl. 12:30",
        "01.01.1990 12:30",
        "Møte 12.03.26 kl 10:15-11:00",
        "fra 20261122 til 20261130",
        # accounts, IBAN, org numbers, tickets
        "Konto 1234.56.78903",
        "Konto 1234 56 78903",
        "IBAN NO93 8601 1117 947",
        "IBAN NO9386011117947",
        "Org.nr. 974 760 673",
        "Sak #12345",
        "Sak #12345 og #67890",
        "INC0012345",
        # long reference numbers
        "Ordrenummer 123456789012",
        "Referanse 0101901234567890",
        "Versjon 1.2.3.4",
        "Postnr 0150 Oslo",
        "",
    ],
)
def test_false_positives_do_not_trigger(text: str) -> None:
    assert find_identity_numbers(text) == []
    assert not contains_identity_number(text)
    assert redact(text) == text


def test_account_number_written_with_dots_is_not_a_hit_even_with_date_like_start() -> None:
    # 1503.12.34567 starts like "15.03.12" but is 4-2-5 grouped: not a candidate.
    assert find_identity_numbers("Konto 1503.12.34567") == []


# --- Unicode -----------------------------------------------------------------------


def _translate_digits(number: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(c)) for c in number)


# Arabic-Indic, fullwidth, Devanagari zero
@pytest.mark.parametrize("zero", ["\u0660", "\uff10", "\u0966"])
def test_non_ascii_digits_do_not_count_as_digits(zero: str) -> None:
    foreign = _translate_digits(FNR, zero)
    assert find_identity_numbers(foreign) == []
    # ...and they do not "extend" an adjacent ASCII number into a longer run either.
    text = zero + FNR + zero
    assert find_identity_numbers(text) == [IdFinding(1, 12, "fodselsnummer")]


def test_newline_is_not_a_separator() -> None:
    # documented limitation: a number broken over two lines is not joined up
    assert find_identity_numbers(FNR[:6] + "\n" + FNR[6:]) == []


# --- IdFinding ---------------------------------------------------------------------


def test_finding_repr_holds_offsets_only_and_is_frozen() -> None:
    text = f"fnr {FNR}"
    (finding,) = find_identity_numbers(text)
    assert repr(finding) == "IdFinding(start=4, end=15, kind='fodselsnummer')"
    assert FNR not in repr(finding)
    assert text[finding.start : finding.end] == FNR
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.start = 0  # type: ignore[misc]


# --- guard_fields ------------------------------------------------------------------


def test_guard_fields_reports_only_fields_with_hits() -> None:
    fields = {
        "Tittel": "Skriver henger",
        "Beskrivelse": f"Gjelder pasient {spaced(FNR)}",
        "Telefon": "+47 912 34 567",
        "Notat": f"også {DNR}",
    }
    result = guard_fields(fields)
    assert list(result) == ["Beskrivelse", "Notat"]
    assert result["Beskrivelse"] == [IdFinding(16, 28, "fodselsnummer")]
    assert [f.kind for f in result["Notat"]] == ["d-nummer"]
    assert guard_fields({"Tittel": "ok", "Telefon": "91234567"}) == {}
    assert guard_fields({}) == {}


# --- blocked_message ---------------------------------------------------------------


def test_blocked_message_exact_text() -> None:
    assert blocked_message(["Beskrivelse"]) == (
        "Teksten ser ut til å inneholde et fødselsnummer (i: Beskrivelse). "
        "Av personvernhensyn kan det ikke lagres eller sendes. "
        "Fjern nummeret, eller velg «Fjern fødselsnummer» for å erstatte det automatisk."
    )


def test_blocked_message_lists_fields_in_norwegian() -> None:
    assert "(i: Tittel og Notat)" in blocked_message(["Tittel", "Notat"])
    assert "(i: Tittel, Beskrivelse og Notat)" in blocked_message(
        ["Tittel", "Beskrivelse", "Notat"]
    )
    assert "(i: Notat)" in blocked_message(["Notat", "Notat", "  "])
    no_labels = blocked_message([])
    assert no_labels.startswith("Teksten ser ut til å inneholde et fødselsnummer. Av")
    assert "(i:" not in no_labels


def test_blocked_message_never_repeats_a_number_smuggled_in_a_label() -> None:
    message = blocked_message([f"Notat {FNR}", spaced(DNR)])
    assert FNR not in message and DNR[:6] not in message
    assert not re.search(r"[0-9]", message)
    assert find_identity_numbers(message) == []


# --- performance sanity ------------------------------------------------------------


def test_large_digit_heavy_text_is_fast() -> None:
    chunk = "Ring 91234567, sak #12345, 01.01.1990 12:30, konto 1234.56.78903. "
    text = chunk * 3000 + FNR
    started = time.perf_counter()
    findings = find_identity_numbers(text)
    elapsed = time.perf_counter() - started
    assert [f.kind for f in findings] == ["fodselsnummer"]
    assert elapsed < 5.0


# --- property-based ----------------------------------------------------------------

_KINDS = ("fodselsnummer", "d-nummer", "h-nummer", "fh-nummer")


@st.composite
def identity_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A synthetic, checksum-valid number and its expected kind."""
    kind = draw(st.sampled_from(_KINDS))
    if kind == "fh-nummer":
        first = draw(st.sampled_from("89"))
        rest = draw(st.text(alphabet="0123456789", min_size=8, max_size=8))
        number = make_number(first + rest)
    else:
        era = draw(st.sampled_from(("1900s", "2000s", "1800s")))
        if era == "1900s":
            birth = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(1999, 12, 31)))
            individual = draw(st.integers(0, 499))
        elif era == "2000s":
            birth = draw(
                st.dates(
                    datetime.date(2000, 1, 1),
                    datetime.date.today() - datetime.timedelta(days=1),
                )
            )
            individual = draw(st.integers(500, 999))
        else:
            birth = draw(st.dates(datetime.date(1855, 1, 1), datetime.date(1899, 12, 31)))
            individual = draw(st.integers(500, 749))
        number = make_fnr(birth, individual, d=kind == "d-nummer", h=kind == "h-nummer")
    assume(number is not None)
    assert number is not None
    return number, kind


_SEPARATORS = (" ", ".", "-", "\u00a0", "\u202f", "\u2009", " - ", "  ")


@st.composite
def written_numbers(draw: st.DrawFn) -> tuple[str, str, str]:
    """(as written, compact digits, kind) in any accepted form."""
    number, kind = draw(identity_numbers())
    form = draw(st.sampled_from(("plain", "spaced", "dotted")))
    if form == "plain":
        written = number
    elif form == "spaced":
        written = spaced(number, draw(st.sampled_from(_SEPARATORS)))
    else:
        written = dotted(number, draw(st.sampled_from("./-")), draw(st.sampled_from(_SEPARATORS)))
    return written, number, kind


# Surrounding text: letters (incl. Norwegian and non-Latin), punctuation, whitespace;
# never an ASCII digit, so the planted number cannot merge into a longer digit run.
_NO_ASCII_DIGITS = st.characters(exclude_characters="0123456789", exclude_categories=["Cs"])
surrounding = st.text(alphabet=_NO_ASCII_DIGITS, max_size=40)
# A boundary character that is neither a digit nor a separator, so a spaced/dotted
# form cannot glue itself onto a neighbouring word's punctuation in odd ways.
_boundary = st.sampled_from([*"abcæøåXYZ:;,()[]«»#@!?/_'\"\n", " "])


@FAST
@given(written_numbers(), surrounding, surrounding, _boundary, _boundary)
def test_property_valid_number_embedded_in_text_is_found_and_redacted(
    written_number: tuple[str, str, str], before: str, after: str, left: str, right: str
) -> None:
    written, number, kind = written_number
    prefix = before + left
    suffix = right + after
    text = prefix + written + suffix
    findings = find_identity_numbers(text)
    assert IdFinding(len(prefix), len(prefix) + len(written), kind) in findings  # type: ignore[arg-type]
    redacted = redact(text)
    assert redacted == prefix + REDACTION + suffix
    assert number not in redacted
    assert written not in redacted
    assert find_identity_numbers(redacted) == []


@FAST
@given(
    written_numbers(),
    st.text(alphabet="0123456789 .-:+#/abc", max_size=30),
    st.text(alphabet="0123456789 .-:+#/abc", max_size=30),
)
def test_property_number_is_found_among_other_numbers(
    written_number: tuple[str, str, str], before: str, after: str
) -> None:
    # Noise may contain digits and separators; a letter on each side keeps the planted
    # number from merging with it.  The planted number must always still be reported.
    written, _number, kind = written_number
    prefix = before + "x"
    text = prefix + written + "y" + after
    assert IdFinding(len(prefix), len(prefix) + len(written), kind) in find_identity_numbers(text)  # type: ignore[arg-type]


_pieces = st.one_of(
    written_numbers().map(lambda t: t[0]),
    st.text(alphabet="0123456789", min_size=1, max_size=25),
    st.text(alphabet="0123456789 .-/:\u00a0", max_size=15),
    st.text(max_size=10),
)


@FAST
@given(st.lists(_pieces, max_size=8).map("".join))
def test_property_redaction_is_idempotent_and_complete(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
    assert find_identity_numbers(once) == []
    assert contains_identity_number(text) == (once != text)


@FAST
@given(st.lists(_pieces, max_size=8).map("".join))
def test_property_findings_are_ordered_disjoint_and_start_and_end_on_digits(text: str) -> None:
    findings = find_identity_numbers(text)
    for a, b in itertools.pairwise(findings):
        assert a.end <= b.start
    for f in findings:
        span = text[f.start : f.end]
        assert span[0].isdigit() and span[-1].isdigit()
        assert len(re.sub(r"[^0-9]", "", span)) == 11


@FAST
@given(st.text(alphabet=_NO_ASCII_DIGITS, max_size=200))
def test_property_text_without_ascii_digits_never_triggers(text: str) -> None:
    assert find_identity_numbers(text) == []
    assert redact(text) == text


# Digit runs that can never be a number on their own (<= 10 digits, or longer runs
# that are not a multiple of 11), glued by characters that are not separators.
_short_or_long_run = st.one_of(
    st.text(alphabet="0123456789", min_size=1, max_size=10),
    st.text(alphabet="0123456789", min_size=12, max_size=40).filter(lambda s: len(s) % 11 != 0),
)
_non_separator_glue = st.text(alphabet="abcæøå:#+,()[]!?;_", min_size=1, max_size=5)


@FAST
@given(st.lists(st.tuples(_short_or_long_run, _non_separator_glue), max_size=10))
def test_property_text_without_eleven_digit_numbers_never_triggers(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(run + glue for run, glue in parts)
    assert find_identity_numbers(text) == []


@st.composite
def phone_numbers(draw: st.DrawFn) -> str:
    digits = draw(st.sampled_from("2345679")) + draw(
        st.text(alphabet="0123456789", min_size=7, max_size=7)
    )
    fmt = draw(
        st.sampled_from(
            (
                "{0}",
                "+47 {0}",
                "+47{0}",
                "0047{0}",
                "0047 {0}",
                "+47 {1} {2} {3}",
                "{4} {5} {6} {7}",
                "+47 {4} {5} {6} {7}",
                "(+47) {4} {5} {6} {7}",
            )
        )
    )
    return fmt.format(
        digits,
        digits[:3],
        digits[3:5],
        digits[5:],
        digits[:2],
        digits[2:4],
        digits[4:6],
        digits[6:],
    )


@st.composite
def dates_and_times(draw: st.DrawFn) -> str:
    d = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2099, 12, 31)))
    t = draw(st.times())
    fmt = draw(
        st.sampled_from(
            (
                "%d.%m.%Y",
                "%Y-%m-%d",
                "%d/%m/%Y",
                "%H:%M",
                "%d.%m.%Y %H:%M",
                "%Y-%m-%dT%H:%M:%S",
                "%d.%m.%y",
            )
        )
    )
    return datetime.datetime.combine(d, t).strftime(fmt)


_everyday = st.one_of(
    phone_numbers(),
    dates_and_times(),
    st.integers(1, 99999).map(lambda n: f"#{n}"),
    st.from_regex(r"[0-9]{4}\.[0-9]{2}\.[0-9]{5}", fullmatch=True),  # kontonummer
    st.from_regex(r"[0-9]{12,20}", fullmatch=True).filter(lambda s: len(s) % 11 != 0),
)


@FAST
@given(st.lists(_everyday, min_size=1, max_size=6), st.sampled_from((", ", " og ", "; ", "\n")))
def test_property_phones_dates_times_tickets_accounts_never_trigger(
    items: list[str], joiner: str
) -> None:
    text = "Info: " + joiner.join(items) + "."
    assert find_identity_numbers(text) == []


@FAST
@given(
    written_numbers(),
    st.lists(st.text(alphabet=_NO_ASCII_DIGITS, max_size=15), max_size=3),
    st.integers(0, 3),
)
def test_property_message_never_contains_the_number(
    written_number: tuple[str, str, str], labels: list[str], where: int
) -> None:
    written, number, _kind = written_number
    labels = list(labels)
    labels.insert(min(where, len(labels)), f"Felt {written}")
    message = blocked_message(labels)
    assert number not in message
    assert written not in message
    assert number[6:] not in message
    assert not re.search(r"[0-9]", message)
    assert find_identity_numbers(message) == []


def test_text_with_fewer_than_eleven_digits_is_skipped_but_every_form_is_found() -> None:
    """The digit count before the regular expression (start-up and log speed): every written
    form holds all 11 digits, so a text with 10 cannot hold a number, however they are spread."""
    number = first_valid(datetime.date(1990, 1, 1))
    assert find_identity_numbers(f"{number[:10]} kvittering 2.0 side") == []
    dotted = f"{number[:2]}.{number[2:4]}.{number[4:6]} {number[6:]}"
    spaced = f"{number[:6]}\u00a0{number[6:]}"
    for text in (number, dotted, spaced, f"fnr:{number}."):
        assert len(find_identity_numbers(text)) == 1, text
        assert REDACTION in redact(text)
