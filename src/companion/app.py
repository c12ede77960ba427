"""Composition root: builds paths, settings, database and services, and hands them out.

Nothing in the app reaches for globals: the CLI and the GUI each create one
:class:`AppContext` and pass it (or the services it builds) to whoever needs them.
Services are built lazily because importing SQLAlchemy costs ~0.7 s, and the GUI shows its
window before paying for that.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING

from companion.paths import AppPaths, machine_config_file, resolve_paths
from companion.settings import Settings, load_settings

if TYPE_CHECKING:
    from companion.content.model import Library
    from companion.content.packs import ContentSource
    from companion.content.usage import UsageService
    from companion.db.engine import Database
    from companion.insights.service import InsightsService
    from companion.search import SearchService
    from companion.team.sync import TeamSync
    from companion.tickets.service import TicketService
    from companion.tickets.sync import SyncEngine
    from companion.training.service import TrainingService

log = logging.getLogger(__name__)


class AppContext:
    """Everything one running app (GUI or CLI process) shares."""

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        content_dir: Path | None = None,
    ) -> None:
        self.paths = paths
        self.settings = settings
        self._explicit_content = content_dir
        self._lock = threading.RLock()
        self.machine_file: Path | None = None
        # Called (from any thread) after a commit queued changes for the team.
        self.team_change_listeners: list[Callable[[], None]] = []

    # ---- central content (signed packs: companion.content.packs) ---------------------------
    @cached_property
    def content_source(self) -> ContentSource:
        """Which central folder is active: --content / [content] dir, else the newest good
        signed pack, else the bundled content (the local layer goes over it)."""
        from companion.content.packs import active_content

        return active_content(self.paths, self.settings, self._explicit_content)

    @property
    def content_dir(self) -> Path:
        return self.content_source.path

    def reload_content(self) -> ContentSource:
        """After a pack update: resolve the central folder again and build the new library
        and search index, then swap them in (call in a worker; readers keep the old ones
        until the swap)."""
        from companion.content.packs import active_content
        from companion.search import SearchService

        source = active_content(self.paths, self.settings, self._explicit_content)
        library = self._load_library(source.path)
        search = SearchService(library, self.paths.cache)
        search.ensure_index()
        with self._lock:
            self.__dict__.update(content_source=source, library=library, search=search)
            self.__dict__.pop("insights", None)  # rebuilt on next use with the new library
        return source

    @classmethod
    def create(
        cls,
        home: str | Path | None = None,
        content_dir: str | Path | None = None,
        machine_file: Path | None = None,
    ) -> AppContext:
        """Resolve paths and settings the standard way (used by both entry points).

        Raises :class:`~companion.core.storage.StorageProblem` when the home folder cannot be
        made or written (read-only, full, no access): both entry points turn it into a message.
        """
        from companion.core.storage import check_writable, from_os_error

        paths = resolve_paths(home)
        try:
            paths.ensure()
            check_writable(paths.home)
        except OSError as exc:
            raise from_os_error(exc, paths.home) from None
        machine = machine_file or machine_config_file()
        settings = load_settings(paths.config_file, machine)
        context = cls(paths, settings, Path(content_dir) if content_dir else None)
        context.machine_file = machine
        return context

    def prepare_database(self) -> None:
        """Create or migrate the database file (cheap when already current)."""
        from companion.db.migrate import ensure_schema

        ensure_schema(self.paths.database, self.paths.backups)

    def check_database(self) -> str | None:
        """Prepare the database; return the Norwegian reason if it must not be touched.

        For the GUI start-up, which shows the text instead of a traceback. Still sqlite3 only
        when the file is current (migrate imports Alembic only to upgrade).
        """
        from companion.db.migrate import DatabaseError

        try:
            self.prepare_database()
        except DatabaseError as exc:
            return str(exc)
        return None

    @cached_property
    def database(self) -> Database:
        with self._lock:
            self.prepare_database()
            from companion.db.engine import Database

            database = Database(self.paths.database)
            if self.team_configured:
                from companion.team.capture import install

                # Shared changes go to the outbox, in the same transaction as the change.
                database.session_hooks.append(partial(install, notify=self._team_changed))
            return database

    def _team_changed(self) -> None:
        for listener in list(self.team_change_listeners):
            listener()

    @property
    def team_configured(self) -> bool:
        """`[team] url` is set: shared records are recorded for the team and synced."""
        return bool(self.settings.team.url.strip())

    def team_sync(self) -> TeamSync:
        """A sync client for the team server (raises TeamMisconfigured with advice)."""
        from companion.team.config import team_config
        from companion.team.sync import TeamSync

        return TeamSync(self.database, team_config(self.settings))

    @property
    def local_content_dir(self) -> Path | None:
        """The unit's local layer (settings `[content] local_dir`), or None."""
        value = self.settings.content.local_dir.strip()
        return Path(value).expanduser() if value else None

    @cached_property
    def library(self) -> Library:
        """Central content merged with the local layer; parsed folders are cached on disk."""
        with self._lock:
            return self._load_library(self.content_dir)

    def _load_library(self, central: Path) -> Library:
        """The one place content is loaded: central merged with the local layer (cached)."""
        from companion.content.layers import load_merged

        return load_merged(central, self.local_content_dir, self.paths.cache)

    def reload_library(self) -> Library:
        """Forget the loaded library (after a local edit) and load it again."""
        with self._lock:
            for name in ("library", "search", "insights"):
                self.__dict__.pop(name, None)
            return self.library

    @cached_property
    def search(self) -> SearchService:
        """Search over the library; the index is built or loaded on first use (call in a worker)."""
        with self._lock:
            from companion.search import SearchService

            service = SearchService(lambda: self.library, self.paths.cache, self.content_dir)
            service.ensure_index()
            return service

    @cached_property
    def usage(self) -> UsageService:
        from companion.content.usage import UsageService

        return UsageService(self.database)

    @cached_property
    def insights(self) -> InsightsService:
        # No self._lock here: database and library take it themselves, and holding it while
        # waiting for them would deadlock against a worker that is building the library.
        from companion.insights.service import InsightsService

        return InsightsService(self.database, self.library, team=self.team_configured)

    @cached_property
    def tickets(self) -> TicketService:
        from companion.tickets.service import TicketService

        return TicketService(self.database, self.paths.attachments)

    @cached_property
    def training(self) -> TrainingService:
        """Opplæring; escalations become draft saker in the tickets service."""
        from companion.team.config import machine_label
        from companion.training.service import TrainingService
        from companion.training.tickets_link import TicketServiceCreator

        org = self.settings.org
        with self._lock:
            # The PC label is stored with registrations only for a team ("… på PC …").
            machine = machine_label(self.settings) if self.team_configured else ""
            service = TrainingService(self.database, lambda: self.library, machine=machine)

        def reporter() -> str:
            return service.superuser_name() or self.settings.org.reporter_name

        service.set_ticket_creator(
            TicketServiceCreator(lambda: self.tickets, reporter, org.reporter_contact)
        )
        return service

    def replace_settings(self, settings: Settings) -> None:
        """Swap in saved settings at once (the settings dialog edits a copy, never these)."""
        self.settings = settings

    def user_name(self) -> str:
        """The superuser's own name: one value for sign-off, coaching log and settings.

        Stored as the Opplæring preference (typed where the work happens); the config
        file's reporter name is only the first default.
        """
        return self.training.superuser_name() or self.settings.org.reporter_name

    def sync_engine(self) -> SyncEngine:
        """A sync engine for the configured desk (raises DeskNotConfigured with advice)."""
        from companion.tickets.factory import make_desk
        from companion.tickets.sync import SyncEngine

        return SyncEngine(self.database, make_desk(self.settings), self.settings.rt.queue)

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()
