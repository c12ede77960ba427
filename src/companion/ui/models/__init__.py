"""Qt item models (lists and tables) for the pages."""
