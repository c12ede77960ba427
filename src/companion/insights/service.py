"""InsightsService: the one entry point the GUI, the CLI and the report use.

Each public method is one unit of work with its own short session, so the GUI can call it
from a worker thread. Results are plain dataclasses from :mod:`companion.insights.model`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, bindparam, delete, func, select, text
from sqlmodel import Session

from companion.content.model import Library
from companion.content.vocabulary import CATEGORIES
from companion.core.idguard import check_fields
from companion.db.engine import Database
from companion.db.models.insights import (
    ChangeProposal,
    ChangeProposalLink,
    Deviation,
    DeviationCategoryMap,
)
from companion.db.models.tickets import Ticket
from companion.insights import deviations as dev
from companion.insights import proposals as prop
from companion.insights.gaps import knowledge_gaps
from companion.insights.model import Dashboard, Gaps, Proposal, Response, Trends
from companion.insights.period import Period
from companion.insights.review import ReviewItem, review_queue
from companion.insights.scope import LOCAL_ONLY, Scope, TeamExtras, team_extras
from companion.insights.sharing import write_shared
from companion.insights.trends import response_times, trends

KEYS_IN = text("SELECT key FROM deviation WHERE key IN :keys").bindparams(
    bindparam("keys", expanding=True)
)
LEGACY_IN = text(
    "SELECT key, occurred_on, source_category FROM deviation WHERE key IN :keys"
).bindparams(bindparam("keys", expanding=True))
COUNT_BY_SOURCE = "SELECT source_category, COUNT(*) FROM deviation GROUP BY source_category"


class CategoryMapping:
    """One row of the editable map: a foreign category, ours, and how many deviations use it."""

    __slots__ = ("category", "count", "source")

    def __init__(self, source: str, category: str, count: int) -> None:
        self.source, self.category, self.count = source, category, count

    def __repr__(self) -> str:
        return f"CategoryMapping({self.source!r}, {self.category!r}, {self.count})"


class InsightsService:
    """Aggregations for Innsikt, deviation import, the category map and change proposals."""

    def __init__(
        self, database: Database, library: Library | None = None, team: bool = False
    ) -> None:
        self.database = database
        self.library = library
        self.team = team  # `[team] url` is set: the team's counts are the default

    @property
    def default_scope(self) -> Scope:
        return Scope.TEAM if self.team else Scope.LOCAL

    def _connection(self, session: Session) -> Connection:
        return session.connection()

    def _extras(self, session: Session, scope: Scope | None, period: Period | None) -> TeamExtras:
        """The other desktops' counts when the team is wanted (`period` None: all time)."""
        if (scope or self.default_scope) is Scope.LOCAL:
            return LOCAL_ONLY
        end = period.end if period else date.max - timedelta(days=1)
        return team_extras(session, period.start if period else None, end)

    # ---- aggregates --------------------------------------------------------------------
    def dashboard(
        self,
        period: Period,
        today: date | None = None,
        now: datetime | None = None,
        scope: Scope | None = None,
    ) -> Dashboard:
        """Everything the page and the report show, read in one consistent snapshot."""
        with self.database.session() as session:
            conn = self._connection(session)
            team = self._extras(session, scope, period)
            return Dashboard(
                period=period,
                gaps=knowledge_gaps(conn, period, self.library, today, team=team),
                trends=trends(conn, period, self.library),
                response=response_times(conn, period, now),
                proposals=tuple(prop.load_proposals(conn, self._link_label_for(conn))),
            )

    def gaps(self, period: Period, today: date | None = None, scope: Scope | None = None) -> Gaps:
        """Gap signals; `scope` None means the team's counts when a team is set up."""
        with self.database.session() as session:
            team = self._extras(session, scope, period)
            return knowledge_gaps(self._connection(session), period, self.library, today, team=team)

    def trends(self, period: Period) -> Trends:
        with self.database.session() as session:
            return trends(self._connection(session), period, self.library)

    def review_queue(
        self, today: date | None = None, scope: Scope | None = None
    ) -> tuple[ReviewItem, ...]:
        """Content to review next: drafts, overdue, most «Nei» (empty without a library)."""
        if self.library is None:
            return ()
        with self.database.session() as session:
            team = self._extras(session, scope, None)
            return review_queue(self._connection(session), self.library, today, team=team)

    def review_pcs(self, scope: Scope | None = None) -> int:
        """How many PCs the review list's «Nei»/«Ja» counts cover (1: only this PC)."""
        with self.database.session() as session:
            return self._extras(session, scope, None).pcs

    def response(self, period: Period, now: datetime | None = None) -> Response:
        with self.database.session() as session:
            return response_times(self._connection(session), period, now)

    def export_shared(self, period: Period, path: Path, fmt: str | None = None) -> str:
        """Write the aggregate-only export for other municipalities; returns the format."""
        return write_shared(self.dashboard(period), path, fmt)

    # ---- deviations --------------------------------------------------------------------
    def import_deviations(self, path: Path, today: date | None = None) -> dev.ImportResult:
        """Import the quality system's CSV; bad rows are reported, good rows are kept."""
        parsed = dev.parse_csv(dev.read_text(path), today)
        with self.database.session() as session:
            known_keys = self._existing_keys(session, [r.key for r in parsed.rows])
            known_legacy = self._legacy_matches(session, parsed.rows)
            added = 0
            for row in parsed.rows:
                legacy = (
                    row.legacy_key,
                    row.occurred_on.isoformat(),
                    row.source_category.casefold(),
                )
                if row.key in known_keys or legacy in known_legacy:
                    continue
                known_keys.add(row.key)
                session.add(
                    Deviation(
                        key=row.key,
                        occurred_on=row.occurred_on,
                        source_category=row.source_category,
                        unit=row.unit,
                        source_file=path.name[:255],
                    )
                )
                added += 1
            auto, unmapped = self._map_new_sources(session, parsed.rows)
        return dev.ImportResult(
            added=added,
            duplicates=len(parsed.rows) - added,
            errors=parsed.errors,
            unmapped=tuple(unmapped),
            auto_mapped=tuple(auto),
            redacted=parsed.redacted,
        )

    def _existing_keys(self, session: Session, keys: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            rows = session.connection().execute(KEYS_IN, {"keys": chunk})
            found.update(str(row[0]) for row in rows)
        return found

    def _legacy_matches(
        self, session: Session, rows: tuple[dev.ParsedRow, ...]
    ) -> set[tuple[str, str, str]]:
        """(id-only key, date, category) of rows an earlier version stored under the id alone.

        Rows imported before the key included date and category must not come back as new.
        """
        keys = sorted({r.legacy_key for r in rows if r.legacy_key})
        found: set[tuple[str, str, str]] = set()
        for i in range(0, len(keys), 500):
            for key, occurred, source in session.connection().execute(
                LEGACY_IN, {"keys": keys[i : i + 500]}
            ):
                found.add((str(key), str(occurred)[:10], str(source).casefold()))
        return found

    def _map_new_sources(
        self, session: Session, rows: tuple[dev.ParsedRow, ...]
    ) -> tuple[list[tuple[str, str]], list[str]]:
        """Add every new foreign category to the map: suggested ones mapped, others empty."""
        existing = {
            m.source_category: m.category for m in session.scalars(select(DeviationCategoryMap))
        }
        auto: list[tuple[str, str]] = []
        for source in dev.fresh_sources(rows, existing):
            suggestion = dev.suggest_category(source) or ""
            session.add(DeviationCategoryMap(source_category=source[:200], category=suggestion))
            existing[source] = suggestion
            if suggestion:
                auto.append((source, suggestion))
        used = {r.source_category.casefold() for r in rows}
        unmapped = sorted(
            (s for s, c in existing.items() if not c and s.casefold() in used), key=str.casefold
        )
        return auto, unmapped

    def category_mappings(self) -> list[CategoryMapping]:
        """The editable map with usage counts, unmapped first so they catch the eye."""
        with self.database.session() as session:
            counts: dict[str, int] = {}
            for source, n in session.connection().execute(text(COUNT_BY_SOURCE)):
                counts[str(source).casefold()] = counts.get(str(source).casefold(), 0) + int(n)
            rows = [
                CategoryMapping(
                    m.source_category, m.category, counts.get(m.source_category.casefold(), 0)
                )
                for m in session.scalars(select(DeviationCategoryMap))
            ]
        return sorted(rows, key=lambda r: (bool(r.category), r.source.casefold()))

    def set_mapping(self, source: str, category: str) -> None:
        """Map a foreign category to ours ("" = not mapped); applies to earlier imports too.

        Text holding an identity number is refused (and never repeated back).
        """
        check_fields({"kategori der": source, "vår kategori": category})
        if category and category not in CATEGORIES:
            raise prop.ProposalError(
                f"Ukjent kategori «{category}». Velg en av: {', '.join(CATEGORIES)}."
            )
        with self.database.session() as session:
            rows = [
                m
                for m in session.scalars(select(DeviationCategoryMap))
                if m.source_category.casefold() == source.casefold()
            ]
            if not rows:
                session.add(
                    DeviationCategoryMap(source_category=source.strip()[:200], category=category)
                )
            for row in rows:
                row.category = category
                row.updated_at = dev.now_utc()
                session.add(row)

    def deviation_count(self) -> int:
        with self.database.session() as session:
            return int(session.scalar(select(func.count()).select_from(Deviation)) or 0)

    # ---- change proposals --------------------------------------------------------------
    def proposals(self) -> list[Proposal]:
        with self.database.session() as session:
            conn = self._connection(session)
            return prop.load_proposals(conn, self._link_label_for(conn))

    def create_proposal(self, title: str, body: str = "") -> int:
        prop.check_text(title, body)
        with self.database.session() as session:
            row = ChangeProposal(title=title.strip(), body=body)
            session.add(row)
            session.flush()
            assert row.id is not None
            return row.id

    def update_proposal(
        self,
        proposal_id: int,
        *,
        title: str | None = None,
        body: str | None = None,
        status: str | None = None,
    ) -> None:
        """Save one edit as the user types (guarded); unknown ids are an error."""
        with self.database.session() as session:
            row = session.get(ChangeProposal, proposal_id)
            if row is None:
                raise prop.ProposalError(
                    f"Fant ikke endringsforslag nr. {proposal_id}. Det kan være slettet."
                )
            prop.check_text(
                title if title is not None else row.title, body if body is not None else row.body
            )
            if status is not None:
                prop.check_status(status)
                row.status = status
            if title is not None:
                row.title = title
            if body is not None:
                row.body = body
            row.updated_at = dev.now_utc()
            session.add(row)

    def delete_proposal(self, proposal_id: int) -> None:
        with self.database.session() as session:
            link_of = ChangeProposalLink.proposal_id == proposal_id
            session.execute(delete(ChangeProposalLink).where(link_of))  # type: ignore[arg-type]
            row = session.get(ChangeProposal, proposal_id)
            if row is not None:
                session.delete(row)

    def add_link(self, proposal_id: int, kind: str, ref: str) -> int:
        prop.check_link(kind, ref)
        ref = ref.strip().lstrip("#")
        with self.database.session() as session:
            if session.get(ChangeProposal, proposal_id) is None:
                raise prop.ProposalError(f"Fant ikke endringsforslag nr. {proposal_id}.")
            self._check_ref(session, kind, ref)
            link = ChangeProposalLink(proposal_id=proposal_id, kind=kind, ref=ref[:200])
            session.add(link)
            session.flush()
            assert link.id is not None
            return link.id

    def _check_ref(self, session: Session, kind: str, ref: str) -> None:
        if kind == "sak" and (not ref.isdigit() or session.get(Ticket, int(ref)) is None):
            raise prop.ProposalError(
                f"Fant ingen sak med nummer «{ref}». Skriv saksnummeret slik det står i Saker."
            )
        if kind == "artikkel" and self.library is not None and ref not in self.library.articles:
            raise prop.ProposalError(f"Fant ingen veiledning eller vanlig feil med id «{ref}».")

    def remove_link(self, link_id: int) -> None:
        with self.database.session() as session:
            session.execute(delete(ChangeProposalLink).where(ChangeProposalLink.id == link_id))  # type: ignore[arg-type]

    def export_proposals(self, path: Path, only_open: bool = False) -> int:
        items = [p for p in self.proposals() if p.is_open or not only_open]
        return prop.write_proposals_csv(items, path)

    def _link_label_for(self, conn: Connection) -> Callable[[str, str], str]:
        library = self.library

        def label(kind: str, ref: str) -> str:
            if kind == "sak":
                subject = conn.execute(
                    text("SELECT subject FROM ticket WHERE id = :id"), {"id": ref}
                ).scalar()
                return f"Sak {ref}: {subject}" if subject else f"Sak {ref} (finnes ikke lenger)"
            if kind == "artikkel":
                return f"Artikkel: {library.title_of(ref) if library else ref}"
            return f"Avvik i kategorien «{ref}»"

        return label
