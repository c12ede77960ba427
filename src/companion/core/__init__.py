"""Plain-Python core logic (no GUI, no I/O) shared by the whole application."""
