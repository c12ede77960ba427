"""Team workspace: share training and insights records within a municipality (tenant).

Offline first: the desktop's SQLite stays the source the app reads; shared changes are
recorded in a local outbox (:mod:`.capture`), pushed to PostgreSQL and pulled back by a
commit-safe cursor (:mod:`.transport`, :mod:`.sync`), and applied by rules a superuser can
follow (:mod:`.apply`). Plain Python: no Qt here.
"""
