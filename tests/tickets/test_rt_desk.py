"""RTDesk against a real Request Tracker 5 (started once per session by `rt_server`).

No mocks of RT and no sleeps: every test talks to the throwaway RT on 127.0.0.1 and uses its
own uuid4 external ids, so the tests can share the server.
"""

from __future__ import annotations

import socket
import uuid
from datetime import UTC, datetime, timedelta

import httpx
import pytest

from companion.tickets.desk import (
    Attachment,
    DeskConfigError,
    DeskTicketRequest,
    ExternalIdNotStoredError,
    PermanentDeskError,
    SupportDesk,
    TicketStatus,
    TransientDeskError,
    Urgency,
    find_or_create,
)
from companion.tickets.rt import RTDesk, error_from_response, html_to_text
from support.rt_server import RTServer

# Smallest valid PNG (1x1, transparent) – binary content with bytes that are not UTF-8.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


def make_request(**overrides: object) -> DeskTicketRequest:
    fields: dict[str, object] = {
        "external_id": str(uuid.uuid4()),
        "subject": "Rover skanner ikke armbåndet",
        "body": "Rover piper, men ingenting skjer når jeg skanner.\nPrøvd å starte på nytt.",
        "queue": "General",
        "urgency": Urgency.NORMAL,
        "category": "rover",
        "unit": "Sengepost 3, St. Olavs",
        "reporter_name": "Kari Nordmann",
        "reporter_contact": "tlf 12345",
    }
    fields.update(overrides)
    return DeskTicketRequest(**fields)  # type: ignore[arg-type]


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- against the real RT -----------------------------------------------------------------

rt = pytest.mark.rt


@rt
def test_rt_desk_implements_the_protocol(rt_desk: RTDesk) -> None:
    assert isinstance(rt_desk, SupportDesk)
    assert rt_desk.ping() is True


@rt
def test_create_with_attachments_and_read_back(rt_server: RTServer, rt_desk: RTDesk) -> None:
    req = make_request(
        subject="Skriveren på medisinrommet skriver ikke etiketter – æøå",
        urgency="høy",
        attachments=[
            ("skjermbilde.png", "image/png", PNG),
            Attachment("notat.txt", "text/plain", "Feilkode E42 – ærlig talt\n".encode()),
        ],
    )
    ref = rt_desk.create_ticket(req)

    assert ref.remote_id.isdigit()
    assert ref.web_url == f"{rt_server.url}/Ticket/Display.html?id={ref.remote_id}"
    ticket = rt_server.ticket(ref.remote_id)
    assert ticket["Subject"] == req.subject
    assert ticket["Priority"] == "70"  # høy
    assert ticket["Status"] == "new"
    assert rt_server.external_ids(ref.remote_id) == [req.external_id]
    files = rt_server.attachments(ref.remote_id)
    assert files["skjermbilde.png"] == ("image/png", PNG)
    assert files["notat.txt"][1] == "Feilkode E42 – ærlig talt\n".encode()
    assert len(rt_server.transactions(ref.remote_id, "Create")) == 1


@rt
def test_create_puts_reporter_facts_in_the_description(
    rt_server: RTServer, rt_desk: RTDesk
) -> None:
    req = make_request(guide_id="rover-innlogging-og-paring")
    ref = rt_desk.create_ticket(req)

    # The desk's view of the first message is what RT shows as the ticket's description.
    update = rt_desk.fetch_updates(ref.remote_id, None)
    assert update.messages == ()  # our own create is not a reply from the desk
    body = _create_text(rt_server, ref.remote_id)
    assert body.startswith("Rover piper, men ingenting skjer når jeg skanner.")
    for fact in (
        "Kategori: rover",
        "Hastegrad: normal",
        "Enhet: Sengepost 3, St. Olavs",
        "Meldt av: Kari Nordmann",
        "Kontakt: tlf 12345",
        "Veiledning: rover-innlogging-og-paring",
        f"Følgesvenn-ID: {req.external_id}",
    ):
        assert fact in body


def _create_text(rt_server: RTServer, ticket_id: str) -> str:
    """The text/plain body of the ticket's Create transaction."""
    listing = rt_server._admin_request(
        "GET",
        f"/ticket/{ticket_id}/attachments",
        params={"fields": "ContentType,Content,Filename", "per_page": 100},
    )
    for item in listing["items"]:
        if item["ContentType"] == "text/plain" and not item["Filename"]:
            return str(item["Content"])
    raise AssertionError("no text part on the ticket")


@rt
def test_find_by_external_id_present_and_absent(rt_desk: RTDesk) -> None:
    req = make_request()
    ref = rt_desk.create_ticket(req)

    assert rt_desk.find_by_external_id(req.external_id) == ref
    assert rt_desk.find_by_external_id(str(uuid.uuid4())) is None


@rt
def test_duplicate_create_makes_a_second_ticket_so_we_search_first(
    rt_server: RTServer, rt_desk: RTDesk
) -> None:
    """RT has no idempotency: creating again with a used ExternalId still returns 201.

    It makes a second ticket *without* the value (the field is UniqueValues), so that ticket
    can never be found again. RTDesk notices on read-back; the sync avoids it by searching
    first (find_or_create).
    """
    req = make_request(subject=f"Dobbelt {uuid.uuid4()}")
    first = rt_desk.create_ticket(req)

    with pytest.raises(ExternalIdNotStoredError) as excinfo:
        rt_desk.create_ticket(req)

    second = excinfo.value.remote_id
    assert second != first.remote_id
    assert rt_server.tickets_with_subject(req.subject) == [int(first.remote_id), int(second)]
    assert rt_server.external_ids(second) == []
    assert rt_server.tickets_with_external_id(req.external_id) == [int(first.remote_id)]

    # Searching first is what keeps a retried create from making yet another ticket.
    ref, created = find_or_create(rt_desk, req)
    assert (ref, created) == (first, False)
    assert len(rt_server.tickets_with_subject(req.subject)) == 2


@rt
def test_find_or_create_creates_once(rt_server: RTServer, rt_desk: RTDesk) -> None:
    req = make_request(subject=f"Én gang {uuid.uuid4()}")

    ref1, created1 = find_or_create(rt_desk, req)
    ref2, created2 = find_or_create(rt_desk, req)

    assert (created1, created2) == (True, False)
    assert ref1 == ref2
    assert rt_server.tickets_with_subject(req.subject) == [int(ref1.remote_id)]


@rt
def test_staff_reply_is_fetched_once(rt_server: RTServer, rt_desk: RTDesk) -> None:
    ref = rt_desk.create_ticket(make_request())
    before = datetime.now(UTC) - timedelta(minutes=5)

    initial = rt_desk.fetch_updates(ref.remote_id, None)
    assert initial.status is TicketStatus.NEW
    assert initial.messages == ()
    assert initial.last_transaction is None

    rt_server.reply_as_staff(ref.remote_id, "Hei Kari! Prøv å pare Rover på nytt. Hilsen IT – æøå")
    update = rt_desk.fetch_updates(ref.remote_id, initial.last_transaction)

    assert update.status is TicketStatus.OPEN  # RT opens a new ticket on reply
    assert update.remote_status == "open"
    assert len(update.messages) == 1
    message = update.messages[0]
    assert message.text == "Hei Kari! Prøv å pare Rover på nytt. Hilsen IT – æøå"
    assert message.author == "Enoch Root"  # RT's root user
    assert message.created.tzinfo is not None and message.created >= before
    assert update.last_transaction == message.transaction_id

    again = rt_desk.fetch_updates(ref.remote_id, update.last_transaction)
    assert again.messages == ()
    assert again.last_transaction == update.last_transaction

    rt_server.reply_as_staff(ref.remote_id, "Andre svar")
    later = rt_desk.fetch_updates(ref.remote_id, update.last_transaction)
    assert [m.text for m in later.messages] == ["Andre svar"]
    assert later.last_transaction is not None and later.last_transaction > message.transaction_id

    everything = rt_desk.fetch_updates(ref.remote_id, None)
    assert [m.text for m in everything.messages] == [message.text, "Andre svar"]


@rt
def test_html_reply_becomes_text(rt_server: RTServer, rt_desk: RTDesk) -> None:
    ref = rt_desk.create_ticket(make_request())
    rt_server.reply_as_staff(
        ref.remote_id,
        "<p>Hei!</p><p>Trykk <b>Logg ut</b> &amp; inn igjen.<br>Hilsen IT</p>",
        content_type="text/html",
    )

    (message,) = rt_desk.fetch_updates(ref.remote_id, None).messages

    assert message.text == "Hei!\n\nTrykk Logg ut & inn igjen.\nHilsen IT"


@rt
def test_comment_from_reporter_is_added_but_not_returned_as_reply(
    rt_server: RTServer, rt_desk: RTDesk
) -> None:
    ref = rt_desk.create_ticket(make_request())

    rt_desk.add_comment(ref.remote_id, "Det gjelder også Rover nr. 7.")

    assert len(rt_server.transactions(ref.remote_id, "Comment")) == 1
    assert rt_desk.fetch_updates(ref.remote_id, None).messages == ()


@rt
def test_comment_on_unknown_ticket_is_permanent(rt_desk: RTDesk) -> None:
    with pytest.raises(PermanentDeskError) as excinfo:
        rt_desk.add_comment("999999", "Hallo?")

    assert excinfo.value.status is not None and 400 <= excinfo.value.status < 500


@rt
def test_resolve_is_reported(rt_server: RTServer, rt_desk: RTDesk) -> None:
    ref = rt_desk.create_ticket(make_request())

    rt_server.resolve(ref.remote_id)
    update = rt_desk.fetch_updates(ref.remote_id, None)

    assert update.status is TicketStatus.RESOLVED
    assert update.status.is_closed
    assert update.remote_status == "resolved"


@rt
def test_stalled_maps_to_waiting(rt_server: RTServer, rt_desk: RTDesk) -> None:
    ref = rt_desk.create_ticket(make_request())
    rt_server.set_status(ref.remote_id, "stalled")

    update = rt_desk.fetch_updates(ref.remote_id, None)

    assert (update.status, update.remote_status) == (TicketStatus.WAITING, "stalled")


@rt
def test_merged_ticket_is_still_found_and_followed(rt_server: RTServer, rt_desk: RTDesk) -> None:
    """RT hides merged tickets from plain searches; the desk's merge must not cause a resend."""
    req = make_request()
    ref = rt_desk.create_ticket(req)
    other = rt_server.create_plain_ticket(f"Samlesak {uuid.uuid4()}")

    rt_server.merge(ref.remote_id, other)
    rt_server.reply_as_staff(other, "Vi samler sakene her.")

    assert rt_server.tickets_with_external_id(req.external_id) == []  # plain TicketSQL
    assert rt_desk.find_by_external_id(req.external_id) == ref
    update = rt_desk.fetch_updates(ref.remote_id, None)
    assert [m.text for m in update.messages] == ["Vi samler sakene her."]


@rt
def test_unknown_queue_is_permanent_with_rts_message(rt_desk: RTDesk) -> None:
    with pytest.raises(PermanentDeskError) as excinfo:
        rt_desk.create_ticket(make_request(queue="Finnes ikke"))

    assert not isinstance(excinfo.value, TransientDeskError)
    assert excinfo.value.status == 403
    assert excinfo.value.message == "No permission to create tickets in the queue 'Finnes ikke'"


@rt
def test_unknown_ticket_is_permanent(rt_desk: RTDesk) -> None:
    with pytest.raises(PermanentDeskError) as excinfo:
        rt_desk.fetch_updates("999999", None)

    assert excinfo.value.status == 404


@rt
def test_custom_field_not_on_queue_refuses_before_creating(
    rt_server: RTServer, rt_desk: RTDesk
) -> None:
    req = make_request(subject=f"Feil felt {uuid.uuid4()}")
    with (
        rt_server.desk(custom_field="FinnesIkke") as desk,
        pytest.raises(PermanentDeskError, match="not applied to RT queue 'General'"),
    ):
        desk.create_ticket(req)

    assert rt_server.tickets_with_subject(req.subject) == []


@rt
def test_wrong_token_is_a_configuration_error(rt_server: RTServer) -> None:
    with (
        RTDesk(rt_server.url, token="1-14-00000000000000000000000000000000") as desk,
        pytest.raises(DeskConfigError) as excinfo,
    ):
        desk.ping()
    assert excinfo.value.status == 401
    assert "COMPANION_RT_TOKEN" in excinfo.value.advice


@rt
def test_settings_check_with_a_wrong_token_says_what_to_fix(
    rt_server: RTServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.settings import Settings
    from companion.tickets.factory import DeskNotConfigured, ping_desk

    settings = Settings()
    settings.support.backend, settings.rt.url = "rt", rt_server.url
    with pytest.raises(DeskNotConfigured, match="HTTP 401"):
        ping_desk(settings, token="1-14-00000000000000000000000000000000")
    assert ping_desk(settings, token=rt_server.service_token) is True


@rt
def test_many_external_ids_are_found_with_one_query(rt_server: RTServer, rt_desk: RTDesk) -> None:
    requests = [make_request() for _ in range(3)]
    refs = [rt_desk.create_ticket(r) for r in requests[:2]]
    missing = requests[2].external_id

    found = rt_desk.find_many_by_external_id([r.external_id for r in requests])

    assert found == {requests[0].external_id: refs[0], requests[1].external_id: refs[1]}
    assert missing not in found


@rt
def test_changed_since_lists_only_tickets_changed_after_the_moment(
    rt_server: RTServer, rt_desk: RTDesk
) -> None:
    old = rt_desk.create_ticket(make_request())
    first = rt_desk.changed_since("General", datetime.now(UTC) - timedelta(minutes=5))
    assert old.remote_id in first.updated
    assert abs((first.server_time - datetime.now(UTC)).total_seconds()) < 60  # RT's clock

    later = rt_desk.changed_since("General", first.server_time + timedelta(seconds=1))
    assert old.remote_id not in later.updated
    rt_server.reply_as_staff(old.remote_id, "Svar")
    changed = rt_desk.changed_since("General", first.server_time - timedelta(seconds=5))
    assert old.remote_id in changed.updated
    assert rt_desk.changed_since("Finnes ikke", first.server_time).updated == {}


@rt
def test_basic_auth_works(rt_server: RTServer) -> None:
    with RTDesk(
        rt_server.url, user=rt_server.service_user, password=rt_server.service_password
    ) as desk:
        req = make_request()
        ref = desk.create_ticket(req)
        assert desk.find_by_external_id(req.external_id) == ref
        assert rt_server.service_password not in repr(desk)


# -- without RT --------------------------------------------------------------------------


def test_connection_refused_is_transient() -> None:
    with RTDesk(f"http://127.0.0.1:{unused_port()}", token="secret-token") as desk:
        assert desk.ping() is False
        with pytest.raises(TransientDeskError) as excinfo:
            desk.find_by_external_id(str(uuid.uuid4()))
    assert excinfo.value.status is None
    assert "secret-token" not in str(excinfo.value)
    assert "secret-token" not in repr(desk)


def test_no_answer_is_transient() -> None:
    """A server that accepts the connection but never answers (listening, never accepting)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        with (
            RTDesk(f"http://127.0.0.1:{port}", token="t", timeout=0.3) as desk,
            pytest.raises(TransientDeskError, match="did not answer in time"),
        ):
            desk.fetch_updates("1", None)


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        (500, True),
        (502, True),
        (503, True),
        (408, True),
        (429, True),
        (400, False),
        (401, False),
        (403, False),
        (404, False),
        (409, False),
        (422, False),
    ],
)
def test_http_status_classification(status: int, transient: bool) -> None:
    response = httpx.Response(status, json={"message": "fra RT"}, headers={"Retry-After": "7"})

    error = error_from_response(response)

    assert isinstance(error, TransientDeskError) is transient
    assert isinstance(error, PermanentDeskError) is not transient
    assert (error.status, error.message) == (status, "fra RT")
    if transient:
        assert isinstance(error, TransientDeskError) and error.retry_after == 7.0


def test_html_to_text() -> None:
    assert (
        html_to_text("<div>A&nbsp;&amp; B</div><ul><li>én</li><li>to</li></ul>") == "A & B\nén\nto"
    )


def test_request_validation() -> None:
    with pytest.raises(ValueError, match="UUID"):
        make_request(external_id="' OR 1=1 --")
    with pytest.raises(ValueError, match="lower-case"):
        make_request(external_id=str(uuid.uuid4()).upper())
    with pytest.raises(ValueError):
        make_request(urgency="akutt")
    assert make_request(urgency="kritisk").urgency is Urgency.KRITISK


@pytest.mark.parametrize(
    "url", ["https://svc:hemmelig-pw-9@rt.example.no", "https://:hemmelig-pw-9@rt.example.no/rt"]
)
def test_credentials_in_the_address_are_refused_without_repeating_them(url: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        RTDesk(url, token="t")
    assert "hemmelig-pw-9" not in str(excinfo.value)
    assert "COMPANION_RT_TOKEN" in str(excinfo.value)


def test_redirect_is_a_configuration_error_naming_the_target_without_credentials() -> None:
    response = httpx.Response(301, headers={"Location": "https://u:pw-hemmelig@rt.example.no/rt"})
    error = error_from_response(response)
    assert isinstance(error, DeskConfigError) and "rt.url" in error.advice
    assert "pw-hemmelig" not in str(error) and "rt.example.no/rt" in str(error)


def test_rt_desk_needs_credentials() -> None:
    with pytest.raises(ValueError, match="token"):
        RTDesk("https://rt.example.no")
