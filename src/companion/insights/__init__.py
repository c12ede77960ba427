"""Innsikt: knowledge gaps, trends, support response, change proposals and the meeting report.

Plain Python (no Qt). :class:`companion.insights.service.InsightsService` is the entry point;
results are immutable dataclasses in :mod:`companion.insights.model`.
"""
