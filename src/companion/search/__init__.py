"""Norwegian-aware search over guides, common mistakes and checklists."""
