"""The desktop side: check the update server with python-tuf's ngclient and install new packs.

Trust starts from the root.json IT deployed with the installer (`[content] trusted_root`),
passed to ``Updater(bootstrap=...)``; the metadata the client has already accepted is kept
under the data folder, which is what lets TUF refuse a rolled-back repository. Whatever goes
wrong, the pack in use stays in use: only a fully verified, checked pack replaces it.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import asdict, dataclass
from enum import IntEnum, StrEnum
from pathlib import Path
from typing import Any

from companion import __version__
from companion.content.packs.publish import TARGET_NAME
from companion.content.packs.store import PackRefused, PackStore
from companion.core.filelock import FileLock
from companion.paths import AppPaths
from companion.settings import Settings

log = logging.getLogger(__name__)


class UpdateStatus(StrEnum):
    UPDATED = "updated"
    CURRENT = "current"
    OFFLINE = "offline"
    REFUSED = "refused"
    BUSY = "busy"  # another update (GUI or CLI) is running right now
    NOT_CONFIGURED = "not_configured"
    FAILED = "failed"  # a local problem, e.g. the disk is full


class UpdateExit(IntEnum):
    """`companion content update` exit codes."""

    UPDATED = 0
    CURRENT = 0
    FAILED = 1
    NOT_CONFIGURED = 2
    OFFLINE = 4
    BUSY = 5
    REFUSED = 6


@dataclass(frozen=True)
class UpdateResult:
    status: UpdateStatus
    version: int | None
    message: str

    @property
    def exit_code(self) -> int:
        return int(UpdateExit[self.status.name])

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "status": str(self.status)}


def classify(exc: BaseException) -> UpdateStatus:
    """Which status an exception from the TUF client means.

    A file of the wrong length (`DownloadLengthMismatchError`) is tampering even though it
    subclasses `DownloadError`; every `RepositoryError` (bad signature, rollback, expired,
    wrong hash) is refused; anything else on the way is the network.
    """
    import urllib3
    from tuf.api import exceptions

    if isinstance(exc, exceptions.DownloadLengthMismatchError | exceptions.RepositoryError):
        return UpdateStatus.REFUSED
    if isinstance(exc, exceptions.DownloadError | urllib3.exceptions.HTTPError | OSError):
        return UpdateStatus.OFFLINE
    return UpdateStatus.REFUSED


MESSAGES = {
    UpdateStatus.OFFLINE: (
        "Fikk ikke kontakt med innholdsserveren. Innholdet du har, brukes videre; "
        "prøv igjen senere."
    ),
    UpdateStatus.REFUSED: (
        "Innholdsoppdateringen ble avvist fordi den ikke kunne bekreftes som ekte ({detail}). "
        "Innholdet du har, brukes videre. Gi beskjed til IT eller innholdsteamet."
    ),
}


def check_for_update(paths: AppPaths, settings: Settings) -> UpdateResult:
    """Refresh the signed metadata and install a newer pack if there is one."""
    url = settings.content.update_url.rstrip("/")
    store = PackStore(paths.content_packs)
    current, _damaged = store.newest_good()
    current_version = current.version if current else None
    if not url:
        return UpdateResult(
            UpdateStatus.NOT_CONFIGURED,
            current_version,
            "Innholdsoppdatering er ikke satt opp ([content] update_url).",
        )
    try:
        root = Path(settings.content.trusted_root).read_bytes()
    except OSError as exc:
        return UpdateResult(
            UpdateStatus.NOT_CONFIGURED,
            current_version,
            f"Finner ikke rotfilen for innholdspakker ([content] trusted_root): {exc}. "
            "Den skal følge med installasjonen; kontakt IT.",
        )
    lock = FileLock(store.lock_file)
    if not lock.acquire():
        return UpdateResult(
            UpdateStatus.BUSY, current_version, "En innholdsoppdatering pågår allerede."
        )
    try:
        return _update(store, url, root)
    finally:
        lock.release()


def _update(store: PackStore, url: str, root: bytes) -> UpdateResult:
    store.metadata_dir.mkdir(parents=True, exist_ok=True)
    store.downloads_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="pack-", dir=store.downloads_dir))
    try:
        return _fetch_and_install(store, url, root, folder / TARGET_NAME)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fetch_and_install(store: PackStore, url: str, root: bytes, download: Path) -> UpdateResult:
    from tuf.api import exceptions
    from tuf.ngclient import Updater, UpdaterConfig

    current, _damaged = store.newest_good()
    current_version = current.version if current else None
    try:
        updater = Updater(
            str(store.metadata_dir),
            f"{url}/metadata/",
            str(download.parent),
            f"{url}/targets/",
            config=UpdaterConfig(app_user_agent=f"Folgesvenn/{__version__}"),
            bootstrap=root,
        )
        updater.refresh()
        info = updater.get_targetinfo(TARGET_NAME)
        if info is None:
            raise exceptions.RepositoryError("repository has no content pack")
        version = int(info.custom.get("version", 0)) if isinstance(info.custom, dict) else 0
        sha256 = info.hashes["sha256"]
        if current is not None and current.sha256 == sha256:
            return UpdateResult(UpdateStatus.CURRENT, current.version, "Innholdet er oppdatert.")
        if current is not None and version <= current.version:
            raise exceptions.BadVersionNumberError(
                f"pack version {version} is not newer than installed {current.version}"
            )
        updater.download_target(info, str(download))
    except Exception as exc:
        status = classify(exc)
        log.warning("content update %s: %s: %s", status, type(exc).__name__, exc)
        message = MESSAGES[status].format(detail=type(exc).__name__)
        return UpdateResult(status, current_version, message)
    try:
        pack = store.install(download, version, sha256)
    except PackRefused as exc:
        log.warning("content pack refused: %s", exc)
        return UpdateResult(UpdateStatus.REFUSED, current_version, str(exc))
    except OSError as exc:
        log.exception("content pack could not be installed")
        return UpdateResult(
            UpdateStatus.FAILED,
            current_version,
            f"Innholdspakken kunne ikke lagres: {exc}. Sjekk ledig diskplass og prøv igjen.",
        )
    return UpdateResult(
        UpdateStatus.UPDATED, pack.version, f"Nytt innhold: versjon {pack.version}."
    )
