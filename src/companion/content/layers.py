"""Central content + the unit's local folder, merged into the one library everyone sees.

Rules (docs/content-format.md, "Det lokale laget"): a local article whose id exists centrally
replaces it (and is marked as the local version); a new id is added; a local ``status: utgått``
retires a central article. Search, lists, links, coaching, PDF and checklists all read the
merged library, so each item appears once. Central may be the bundled folder or an installed
content pack: the caller loads whichever is active and passes it in.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from companion.content.loader import check_library, load_layer
from companion.content.model import Article, Library
from companion.content.vocabulary import ContentStatus


def _all_articles(library: Library) -> dict[str, Article]:
    return {**library.retired, **library.articles}


def merge_layers(central: Library, local: Library, today: date | None = None) -> Library:
    """One library from two layers; whole-library checks run on the merged result."""
    merged: dict[str, Article] = _all_articles(central)
    for article_id, article in _all_articles(local).items():
        merged[article_id] = dataclasses.replace(article, local=True)
    result = Library(
        root=central.root,
        local_root=local.root,
        checklists={**central.checklists, **local.checklists},
        problems=central.file_problems() + local.file_problems(),
        skipped=central.skipped + local.skipped,
        synonyms=_merge_synonyms(central.synonyms, local.synonyms),
        values={**central.values, **local.values},
    )
    for article_id in sorted(merged):
        article = merged[article_id]
        target = result.retired if article.status is ContentStatus.RETIRED else result.articles
        target[article_id] = article
    return check_library(result, today)


def _merge_synonyms(
    central: dict[str, list[str]], local: dict[str, list[str]]
) -> dict[str, list[str]]:
    result = {term: list(words) for term, words in central.items()}
    for term, words in local.items():
        result[term] = list(dict.fromkeys(result.get(term, []) + words))
    return result


def load_merged(
    central_dir: Path,
    local_dir: Path | None,
    cache_dir: Path | None = None,
    today: date | None = None,
) -> Library:
    """Load the central folder and (if configured) the local one, and merge them."""
    central = load_layer(central_dir, cache_dir)
    if local_dir is None:
        return check_library(central, today)
    return merge_layers(central, load_layer(local_dir, cache_dir), today)
