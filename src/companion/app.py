"""Composition root: builds paths, settings, database and services, and hands them out.

Nothing in the app reaches for globals: the CLI and the GUI each create one
:class:`AppContext` and pass it (or the services it builds) to whoever needs them.
Services are built lazily because importing SQLAlchemy costs ~0.7 s, and the GUI shows its
window before paying for that.
"""

from __future__ import annotations

import logging
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from companion.paths import AppPaths, bundled_content_dir, machine_config_file, resolve_paths
from companion.settings import Settings, load_settings

if TYPE_CHECKING:
    from companion.content.model import Library
    from companion.content.usage import UsageService
    from companion.db.engine import Database
    from companion.insights.service import InsightsService
    from companion.search import SearchService
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
        self.content_dir = content_dir or (
            Path(settings.content.dir) if settings.content.dir else bundled_content_dir()
        )
        self._lock = threading.RLock()
        self.machine_file: Path | None = None

    @classmethod
    def create(
        cls,
        home: str | Path | None = None,
        content_dir: str | Path | None = None,
        machine_file: Path | None = None,
    ) -> AppContext:
        """Resolve paths and settings the standard way (used by both entry points)."""
        paths = resolve_paths(home).ensure()
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

            return Database(self.paths.database)

    @cached_property
    def library(self) -> Library:
        with self._lock:
            from companion.content.loader import load_library

            return load_library(self.content_dir)

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

        return InsightsService(self.database, self.library)

    @cached_property
    def tickets(self) -> TicketService:
        from companion.tickets.service import TicketService

        return TicketService(self.database, self.paths.attachments)

    @cached_property
    def training(self) -> TrainingService:
        """Opplæring; escalations become draft saker in the tickets service."""
        from companion.training.service import TrainingService
        from companion.training.tickets_link import TicketServiceCreator

        org = self.settings.org
        with self._lock:
            service = TrainingService(self.database, lambda: self.library)

        def reporter() -> str:
            return service.superuser_name() or org.reporter_name

        service.set_ticket_creator(
            TicketServiceCreator(lambda: self.tickets, reporter, org.reporter_contact)
        )
        return service

    def sync_engine(self) -> SyncEngine:
        """A sync engine for the configured desk (raises DeskNotConfigured with advice)."""
        from companion.tickets.factory import make_desk
        from companion.tickets.sync import SyncEngine

        return SyncEngine(self.database, make_desk(self.settings), self.settings.rt.queue)

    def close(self) -> None:
        if "database" in self.__dict__:
            self.database.dispose()
