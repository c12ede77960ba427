from datetime import UTC, datetime

from companion.app import AppContext
from companion.core.idguard import REDACTION


def fnr() -> str:
    """A synthetic valid fødselsnummer (check digits computed, individual number searched)."""
    w1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
    w2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
    for individual in range(100, 500):
        base = f"010190{individual}"
        k1 = (11 - sum(int(d) * w for d, w in zip(base, w1, strict=True)) % 11) % 11
        if k1 == 10:
            continue
        k2 = (11 - sum(int(d) * w for d, w in zip(base + str(k1), w2, strict=True)) % 11) % 11
        if k2 != 10:
            return f"{base}{k1}{k2}"
    raise AssertionError("no valid number found")


def test_favorites_and_recent(context: AppContext) -> None:
    usage = context.usage
    usage.set_favorite("a", True)
    usage.set_favorite("b", True)
    usage.set_favorite("a", False)
    assert usage.favorites() == ["b"]
    for article in ("x", "y", "x"):
        usage.record_view(article)
    assert usage.recent() == ["x", "y"]


def test_feedback_comment_is_guarded(context: AppContext) -> None:
    usage = context.usage
    feedback_id = usage.add_feedback("a", False, f"pasient {fnr()} fikk feil dose")
    usage.update_feedback_comment(feedback_id, f"oppdatert {fnr()}")
    from sqlmodel import select

    from companion.db.models import Feedback

    with context.database.session() as s:
        row = s.exec(select(Feedback)).one()
    assert fnr() not in row.comment and REDACTION in row.comment


def test_search_log_never_stores_identity_numbers(context: AppContext) -> None:
    usage = context.usage
    search_id = usage.log_search(f"finner ikke {fnr()}", "finn", 0, "")
    assert search_id is not None
    usage.mark_opened(search_id, "rover")
    assert usage.log_search("   ", "", 0, "") is None
    from sqlmodel import select

    from companion.db.models import SearchLog

    with context.database.session() as s:
        row = s.exec(select(SearchLog)).one()
    assert fnr() not in row.query and row.opened_id == "rover"


def test_coaching_session_roundtrip(context: AppContext) -> None:
    usage = context.usage
    started = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    usage.record_coaching(
        "rover", "Kari Vikar", "Ola Superbruker", "Avd 3", 5, 8, 12, started, "oppfølging"
    )
    [record] = usage.coaching_sessions()
    assert (record.coached_person, record.steps_seen, record.total_steps, record.outcome) == (
        "Kari Vikar",
        5,
        8,
        "oppfølging",
    )
    assert record.started_at == started
