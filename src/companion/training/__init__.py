"""Training (*Opplæring*): trainees, checklists with sign-off, coaching log, summer coverage.

Plain Python (no Qt). Get the service from ``AppContext.training``; see
:mod:`companion.training.service` and docs/training.md.
"""
