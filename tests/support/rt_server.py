"""A throwaway Request Tracker 5 on 127.0.0.1 for the test suite.

Uses Debian's packages (``.ci/install-rt.sh``) but none of Debian's configuration: everything
(site config, SQLite database, Mason cache, log) lives in one temporary directory, and every RT
command runs with ``RT_SITE_CONFIG`` / ``RT_SITE_CONFIG_DIR`` pointing there. Without those RT
falls back to /etc/request-tracker5 (and would, for example, create a database at ``/rtdb``).

    server = RTServer(tmp_dir).start()
    try:
        desk = server.desk()          # a configured companion.tickets.rt.RTDesk
        ...
    finally:
        server.stop()
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import os
import secrets
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from companion.tickets.rt import RTDesk

RT_BASE = Path("/usr/share/request-tracker5")
RT_SERVER = RT_BASE / "libexec" / "rt-server"
RT_LIB = RT_BASE / "lib"
RT_SETUP_DATABASE = Path("/usr/sbin/rt-setup-database-5")

ROOT_USER = "root"
ROOT_PASSWORD = "password"  # RT's default for root; set again explicitly at init
SERVICE_USER = "folgesvenn"
DEFAULT_QUEUE = "General"

# Rights the Følgesvenn service user needs on its queue (docs/support-desk.md). The tests run
# RTDesk as this least-privileged user, so a missing right shows up as a failing test.
SERVICE_RIGHTS = (
    "SeeQueue",  # read the queue (RTDesk checks the custom field is applied)
    "CreateTicket",
    "ShowTicket",  # read back, search, history, reply texts
    "CommentOnTicket",  # add_comment
    "SeeCustomField",  # search by and read back ExternalId
    "SetInitialCustomField",  # set ExternalId at create only (not ModifyCustomField)
)

# Run once before rt-server starts: disables the scrips that send mail (creates get ~3x
# faster; scrips that change tickets, e.g. "On Correspond Open Inactive Tickets", stay on),
# creates the service user with SERVICE_RIGHTS on the queue, and prints auth tokens.
_SETUP_PL = r"""
use strict; use warnings; use utf8;
use RT;
RT::LoadConfig(); RT::Init();
my $scrips = RT::Scrips->new(RT->SystemUser);
$scrips->UnLimit;
while (my $scrip = $scrips->Next) {
    next unless $scrip->ScripActionObj->ExecModule =~ /^(?:Notify|Autoreply|SendForward)/;
    my ($ok, $msg) = $scrip->SetDisabled(1);
    die "cannot disable scrip '" . $scrip->Description . "': $msg\n" unless $ok;
}
my $root = RT::User->new(RT->SystemUser);
$root->Load('root') or die "no root user\n";
my $as_root = RT::CurrentUser->new($root);

my $queue = RT::Queue->new(RT->SystemUser);
$queue->Load($ENV{FS_QUEUE}) or die "no queue $ENV{FS_QUEUE}\n";
my $svc = RT::User->new(RT->SystemUser);
my ($uid, $umsg) = $svc->Create(
    Name => $ENV{FS_SERVICE_USER}, RealName => 'Følgesvenn (tjeneste)',
    EmailAddress => "$ENV{FS_SERVICE_USER}\@folgesvenn.test",
    Privileged => 1, Password => $ENV{FS_SERVICE_PASSWORD},
);
die "cannot create service user: $umsg\n" unless $uid;
for my $right (split / /, $ENV{FS_SERVICE_RIGHTS}) {
    my ($ok, $msg) = $svc->PrincipalObj->GrantRight(Right => $right, Object => $queue);
    die "cannot grant $right: $msg\n" unless $ok;
}
for my $user ($root, $svc) {
    my $token = RT::AuthToken->new($as_root);
    my ($id, $msg, $auth) = $token->Create(Owner => $user->Id, Description => 'Folgesvenn tests');
    die "cannot create auth token for " . $user->Name . ": $msg\n" unless $id;
    print "TOKEN ", $user->Name, " $auth\n";
}
"""


class RTServerError(RuntimeError):
    """The test RT could not be set up, started or used."""


def rt_installed() -> bool:
    return RT_SERVER.exists() and RT_SETUP_DATABASE.exists()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _perl_str(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class RTServer:
    """RT 5 + SQLite in `workdir`, served by ``rt-server`` on a free 127.0.0.1 port."""

    def __init__(
        self,
        workdir: Path,
        *,
        start_timeout: float = 60.0,
        custom_field: str = "ExternalId",
        queue: str = DEFAULT_QUEUE,
    ) -> None:
        self.workdir = Path(workdir)
        self.start_timeout = start_timeout
        self.custom_field = custom_field
        self.queue = queue
        self.user = ROOT_USER  # the desk staff (SuperUser)
        self.password = ROOT_PASSWORD
        self.token: str | None = None  # root's auth token
        self.service_user = SERVICE_USER  # what Følgesvenn logs in as; SERVICE_RIGHTS only
        self.service_password = secrets.token_urlsafe(12)
        self.service_token: str | None = None
        self.port = 0
        self.timings: dict[str, float] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: Any = None
        self._admin: httpx.Client | None = None

    # -- addresses ------------------------------------------------------------------------

    @property
    def url(self) -> str:
        """RT's base URL (no /REST/2.0)."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def rest_url(self) -> str:
        return f"{self.url}/REST/2.0"

    @property
    def log_path(self) -> Path:
        return self.workdir / "rt-server.log"

    @property
    def site_config(self) -> Path:
        return self.workdir / "RT_SiteConfig.pm"

    def env(self) -> dict[str, str]:
        """Environment for any RT command against this instance."""
        env = dict(os.environ)
        env["RT_SITE_CONFIG"] = str(self.site_config)
        env["RT_SITE_CONFIG_DIR"] = str(self.workdir / "RT_SiteConfig.d")  # empty on purpose
        env["PERL5LIB"] = str(RT_LIB)
        return env

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> RTServer:
        """Set up and start RT; on any failure stop what was started and raise RTServerError."""
        if not rt_installed():
            raise RTServerError(f"RT is not installed ({RT_SERVER}); run .ci/install-rt.sh")
        self.workdir.mkdir(parents=True, exist_ok=True)
        atexit.register(self.stop)
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        t0 = time.monotonic()
        self.port = _free_port()
        self._write_config()
        self._init_database()
        self._setup()
        self.timings["init"] = time.monotonic() - t0
        t1 = time.monotonic()
        for _attempt in range(3):
            if self._spawn_and_wait():
                break
            if "in use" not in self.log_tail():
                raise RTServerError(f"rt-server exited during startup:\n{self.log_tail()}")
            self.port = _free_port()  # port taken between probe and bind: try another
            self._write_config()
        else:
            raise RTServerError(f"rt-server could not bind a port:\n{self.log_tail()}")
        self.timings["server"] = time.monotonic() - t1
        self._create_custom_field()
        self.timings["total"] = time.monotonic() - t0

    def stop(self) -> None:
        """SIGTERM rt-server, wait for it; SIGKILL its process group only if it hangs."""
        atexit.unregister(self.stop)
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, signal.SIGKILL)  # its own session: only RT's workers
                    proc.wait(timeout=10)
            else:
                proc.wait()
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> RTServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no rt-server log)"
        return "\n".join(text.splitlines()[-lines:])

    # -- setup steps ----------------------------------------------------------------------

    def _write_config(self) -> None:
        var = self.workdir / "var"
        (var / "mason_data").mkdir(parents=True, exist_ok=True)
        (self.workdir / "RT_SiteConfig.d").mkdir(exist_ok=True)
        settings = {
            "$rtname": "folgesvenn-test",
            "$Organization": "folgesvenn.test",
            "$DatabaseType": "SQLite",
            "$DatabaseName": str(var / "rt.sqlite"),
            "$WebDomain": "127.0.0.1",
            "$WebPort": str(self.port),
            "$WebBaseURL": self.url,
            "$WebPath": "",
            "$CorrespondAddress": "rt@folgesvenn.test",
            "$CommentAddress": "rt-comment@folgesvenn.test",
            "$MailCommand": "mbox",  # never send mail
            "$BcryptCost": "4",  # cheap password/token hashing; must be set before init
            "$MasonDataDir": str(var / "mason_data"),
            "$Timezone": "UTC",
            "$LogToSTDERR": "warning",
            "$HTMLFormatter": "core",
        }
        lines = [f"Set({name}, {_perl_str(value)});" for name, value in settings.items()]
        lines += ["Set($LogToSyslog, undef);", "Set($LogToFile, undef);", "1;", ""]
        self.site_config.write_text("\n".join(lines), encoding="utf-8")

    def _run(
        self,
        args: list[str],
        what: str,
        stdin: str | None = None,
        env: dict[str, str] | None = None,
    ) -> str:
        proc = subprocess.run(
            args,
            env={**self.env(), **(env or {})},
            cwd=self.workdir,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=120,
            check=False,
        )
        if proc.returncode != 0:
            raise RTServerError(
                f"{what} failed "
                f"(exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
            )
        return proc.stdout

    def _init_database(self) -> None:
        pwfile = self.workdir / "root-password"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        self._run(
            [
                str(RT_SETUP_DATABASE),
                "--action",
                "init",
                "--skip-create",
                "--root-password-file",
                str(pwfile),
            ],
            "rt-setup-database",
        )

    def _setup(self) -> None:
        out = self._run(
            ["perl", f"-I{RT_LIB}", "-"],
            "RT setup (scrips, service user, tokens)",
            stdin=_SETUP_PL,
            env={
                "FS_QUEUE": self.queue,
                "FS_SERVICE_USER": self.service_user,
                "FS_SERVICE_PASSWORD": self.service_password,
                "FS_SERVICE_RIGHTS": " ".join(SERVICE_RIGHTS),
            },
        )
        tokens = dict(line.split()[1:3] for line in out.splitlines() if line.startswith("TOKEN "))
        self.token = tokens.get(self.user)
        self.service_token = tokens.get(self.service_user)

    def _spawn_and_wait(self) -> bool:
        """Start rt-server; True once REST 2 answers, False if it exited early."""
        if self._log_file is not None:
            self._log_file.close()
        self._log_file = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._proc = subprocess.Popen(
            [
                str(RT_SERVER),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--max-workers",
                "2",
            ],
            env=self.env(),
            cwd=self.workdir,
            stdin=subprocess.DEVNULL,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C in pytest must not reach it; own process group
        )
        deadline = time.monotonic() + self.start_timeout
        last_error = "no answer yet"
        with httpx.Client(auth=(self.user, self.password), timeout=5.0) as client:
            while time.monotonic() < deadline:
                if self._proc.poll() is not None:
                    self._proc.wait()
                    self._proc = None
                    return False
                try:
                    response = client.get(f"{self.rest_url}/rt")
                    if response.status_code == 200 and "Version" in response.text:
                        return True
                    last_error = f"HTTP {response.status_code}: {response.text[:200]}"
                except httpx.TransportError as exc:
                    last_error = repr(exc)
                time.sleep(0.1)
        self.stop()
        raise RTServerError(
            f"RT REST 2 did not answer within {self.start_timeout:.0f} s at {self.rest_url} "
            f"({last_error}). rt-server log:\n{self.log_tail()}"
        )

    def _create_custom_field(self) -> None:
        created = self._admin_request(
            "POST",
            "/customfield",
            json={
                "Name": self.custom_field,
                "Type": "Freeform",
                "MaxValues": 1,
                "UniqueValues": 1,
                "Queue": self.queue,  # RT also applies it to this queue (ObjectCustomFields)
                "Description": "Følgesvenn's id for the ticket (idempotency key)",
            },
        )
        cf_id = str(created["id"])
        queue = self._admin_request("GET", f"/queue/{self.queue}")
        applied = {str(cf.get("id")) for cf in queue.get("TicketCustomFields") or []}
        if cf_id not in applied:
            raise RTServerError(
                f"custom field {self.custom_field} ({cf_id}) was created but not applied "
                f"to queue {self.queue}: {queue.get('TicketCustomFields')}"
            )

    # -- for tests ------------------------------------------------------------------------

    def desk(self, **kwargs: Any) -> RTDesk:
        """An `RTDesk` logged in as the service user (auth token; basic auth if none)."""
        kwargs.setdefault("custom_field", self.custom_field)
        if self.service_token:
            return RTDesk(self.url, token=self.service_token, **kwargs)
        return RTDesk(self.url, user=self.service_user, password=self.service_password, **kwargs)

    def _admin_request(self, method: str, path: str, **kwargs: Any) -> Any:
        if self._admin is None:
            self._admin = httpx.Client(
                base_url=self.rest_url, auth=(self.user, self.password), timeout=30.0
            )
        response = self._admin.request(method, path, **kwargs)
        if not response.is_success:
            raise RTServerError(f"{method} {path} -> HTTP {response.status_code}: {response.text}")
        return response.json() if response.content else None

    def ticket(self, ticket_id: int | str) -> dict[str, Any]:
        """The raw REST 2 ticket JSON."""
        data: dict[str, Any] = self._admin_request("GET", f"/ticket/{ticket_id}")
        return data

    def external_ids(self, ticket_id: int | str) -> list[str]:
        for cf in self.ticket(ticket_id).get("CustomFields") or []:
            if cf.get("name") == self.custom_field:
                return [str(v) for v in cf.get("values") or []]
        return []

    def tickets_with_external_id(self, external_id: str) -> list[int]:
        """Ids of all tickets whose custom field holds `external_id` (plain TicketSQL)."""
        data = self._admin_request(
            "GET",
            "/tickets",
            params={
                "query": f"'CF.{{{self.custom_field}}}' = '{external_id}'",
                "per_page": 100,
            },
        )
        return sorted(int(item["id"]) for item in data.get("items") or [])

    def tickets_with_subject(self, subject: str) -> list[int]:
        query = "Subject = '{}'".format(subject.replace("\\", "\\\\").replace("'", "\\'"))
        data = self._admin_request("GET", "/tickets", params={"query": query, "per_page": 100})
        return sorted(int(item["id"]) for item in data.get("items") or [])

    def attachments(self, ticket_id: int | str) -> dict[str, tuple[str, bytes]]:
        """Files attached to a ticket: ``{filename: (content type, bytes)}``."""
        listing = self._admin_request(
            "GET",
            f"/ticket/{ticket_id}/attachments",
            params={"fields": "Filename,ContentType", "per_page": 100},
        )
        files: dict[str, tuple[str, bytes]] = {}
        for item in listing.get("items") or []:
            if not item.get("Filename"):
                continue
            full = self._admin_request("GET", f"/attachment/{item['id']}")
            files[item["Filename"]] = (item["ContentType"], base64.b64decode(full["Content"]))
        return files

    def transactions(self, ticket_id: int | str, txn_type: str) -> list[dict[str, Any]]:
        data = self._admin_request(
            "GET",
            f"/ticket/{ticket_id}/history",
            params={
                "query": f'[{{"field": "Type", "value": "{txn_type}"}}]',
                "fields": "Type,Created",
                "per_page": 100,
            },
        )
        items: list[dict[str, Any]] = data.get("items") or []
        return items

    def reply_as_staff(
        self, ticket_id: int | str, text: str, content_type: str = "text/plain"
    ) -> None:
        """The desk answers the reporter: a Correspond transaction by root."""
        self._admin_request(
            "POST",
            f"/ticket/{ticket_id}/correspond",
            json={"Content": text, "ContentType": content_type},
        )

    @contextlib.contextmanager
    def staff_named(self, real_name: str) -> Iterator[None]:
        """Root (who writes `reply_as_staff`) shows as `real_name` inside the block.

        RT reports a reply's author by the user's *current* name, so keep the block open
        until the sync has read it.
        """
        before = self._admin_request("GET", "/user/root").get("RealName", "")
        self._admin_request("PUT", "/user/root", json={"RealName": real_name})
        try:
            yield
        finally:
            self._admin_request("PUT", "/user/root", json={"RealName": before})

    def resolve(self, ticket_id: int | str) -> None:
        self.set_status(ticket_id, "resolved")

    def set_status(self, ticket_id: int | str, status: str) -> None:
        self._admin_request("PUT", f"/ticket/{ticket_id}", json={"Status": status})
        now = self.ticket(ticket_id).get("Status")
        if now != status:
            raise RTServerError(f"ticket {ticket_id} is {now!r} after setting it to {status!r}")

    def merge(self, ticket_id: int | str, into: int | str) -> None:
        self._admin_request("PUT", f"/ticket/{ticket_id}", json={"MergeInto": int(into)})

    def create_plain_ticket(self, subject: str, queue: str | None = None) -> int:
        created = self._admin_request(
            "POST",
            "/ticket",
            json={"Queue": queue or self.queue, "Subject": subject, "Content": subject},
        )
        return int(created["id"])
