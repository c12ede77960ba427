"""Guides, common-mistake articles and checklists: format, loading, validation, rendering."""
