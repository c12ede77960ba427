"""PDF reports drawn with QtGui only (QPdfWriter, QTextDocument, QPainter; no widgets).

Shared by the GUI and the CLI; the CLI imports these modules lazily, only when a PDF is asked
for, so other commands never load Qt.
"""
