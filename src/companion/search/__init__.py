"""Norwegian-aware search over guides, common mistakes and checklists.

Public API (used by the GUI and the CLI; keep it stable)::

    from companion.search import SearchService, SearchHit
    service = SearchService(library, cache_dir)      # cache_dir=None keeps the index in memory
    service.ensure_index()                           # build or load; fine in a worker thread
    hits = service.search("dobbel kontroll", limit=10, kind=None, category=None, role=None)
    service.suggest("insullin")                       # -> "insulin" ("Mente du ...?") or None
    SearchService.fingerprint(library)                # cache key of a content folder

See docs/search.md for how it works and how to add local synonyms.
"""

from companion.search.service import SearchHit, SearchService

__all__ = ["SearchHit", "SearchService"]
