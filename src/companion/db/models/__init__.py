"""All SQLModel tables; importing this registers them on ``SQLModel.metadata``."""

from companion.db.models.base import Preference, utcnow
from companion.db.models.content import CoachingSession, Favorite, Feedback, RecentView
from companion.db.models.insights import (
    ChangeProposal,
    ChangeProposalLink,
    Deviation,
    DeviationCategoryMap,
)
from companion.db.models.search import SearchLog
from companion.db.models.team import TeamClock, TeamConflict, TeamOutbox, TeamState
from companion.db.models.tickets import (
    OutboxEntry,
    Ticket,
    TicketAttachment,
    TicketMessage,
    TicketNote,
)
from companion.db.models.training import (
    Superuser,
    SuperuserHoliday,
    Trainee,
    TrainingAssignment,
    TrainingMark,
    TrainingProgress,
)

__all__ = [
    "ChangeProposal",
    "ChangeProposalLink",
    "CoachingSession",
    "Deviation",
    "DeviationCategoryMap",
    "Favorite",
    "Feedback",
    "OutboxEntry",
    "Preference",
    "RecentView",
    "SearchLog",
    "Superuser",
    "SuperuserHoliday",
    "TeamClock",
    "TeamConflict",
    "TeamOutbox",
    "TeamState",
    "Ticket",
    "TicketAttachment",
    "TicketMessage",
    "TicketNote",
    "Trainee",
    "TrainingAssignment",
    "TrainingMark",
    "TrainingProgress",
    "utcnow",
]
