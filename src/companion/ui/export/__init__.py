"""PDF export with Qt (QPdfWriter); imported lazily by the CLI when a PDF is asked for."""
