"""Headless command line: the same services as the GUI, no Qt import on this path."""
