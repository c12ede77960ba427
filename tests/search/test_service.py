"""One search over guides, mistakes and checklists: filters, snippets, cache, threads."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from companion.search import SearchHit, SearchService
from companion.search import engine as engine_module
from companion.search.snippets import MARK_CLOSE, MARK_OPEN

from .conftest import load_checked, write_guide, write_mistake

Ids = Callable[..., list[str]]


def test_hits_cover_every_kind(search: SearchService) -> None:
    kinds = {h.kind for h in search.search("smartkort", limit=20)}
    assert kinds == {"mistake", "checklist"}
    hit = search.search("sommervikar")[0]
    assert hit == SearchHit(
        hit.id, "Opplæring for sommervikar", "checklist", "annet", hit.score, hit.snippet
    )
    assert isinstance(hit.score, float) and hit.score > 0


def test_filter_by_kind(ids: Ids) -> None:
    assert set(ids("smartkort", kind="checklist")) == {"sommervikar"}
    assert set(ids("smartkort", kind="mistake")) == {"smartkort"}
    assert ids("smartkort", kind="guide") == []
    with pytest.raises(ValueError):
        ids("smartkort", kind="faq")


def test_filter_by_category(ids: Ids) -> None:
    assert ids("insulin", category="legemiddel")[:1] in (["insulin-feil"], ["hoyrisiko"])
    assert ids("insulin", category="rover") == []


def test_filter_by_role_includes_articles_for_everyone(ids: Ids) -> None:
    nurse = ids("rapport arbeidsliste", role="sykepleier")
    assert "sykepleier-rapport" in nurse and "arbeidsliste" in nurse  # roles: [alle]
    assert "sykepleier-rapport" not in ids("rapport arbeidsliste", role="assistent")
    assert ids("legemiddeladministrering", role="lege") == []


def test_results_are_ordered_and_limited(search: SearchService) -> None:
    hits = search.search("insulin legemiddel", limit=2)
    assert len(hits) == 2
    assert hits[0].score >= hits[1].score


def test_snippet_marks_matched_words(search: SearchService) -> None:
    hit = search.search("strekkode")[0]
    assert (
        f"{MARK_OPEN}strekkoden{MARK_CLOSE}" in hit.snippet
        or f"{MARK_OPEN}strekkode{MARK_CLOSE}" in hit.snippet
    )
    # synonyms and nynorsk are highlighted in the article's own words
    nyn = search.search("korleis gje behovsmedisin")[0]
    assert f"{MARK_OPEN}Behovsmedisin{MARK_CLOSE}" in nyn.snippet
    # markers always come in pairs
    for hit in search.search("legemiddel insulin kurve", limit=10):
        assert hit.snippet.count(MARK_OPEN) == hit.snippet.count(MARK_CLOSE)


def test_snippet_is_cut_around_the_match(tmp_path: Path) -> None:
    root = tmp_path / "c"
    filler = "og dette er en lang innledning om helt andre ting" * 20
    write_guide(
        root,
        "lang",
        "Lang veiledning",
        f"Start {filler} og så kommer ordet kalium her {filler} slutt.",
    )
    service = SearchService(load_checked(root), None)
    snippet = service.search("kalium")[0].snippet
    assert f"{MARK_OPEN}kalium{MARK_CLOSE}" in snippet
    assert len(snippet) <= 240 and snippet.startswith("…") and snippet.endswith("…")


def test_empty_and_stop_word_queries(search: SearchService) -> None:
    assert search.search("") == []
    assert search.search("   ") == []
    assert search.search("qqqqzzzz") == []
    assert search.suggest("") is None


def test_fingerprint_changes_with_content(tmp_path: Path) -> None:
    root = tmp_path / "c"
    write_guide(root, "a", "Første", "Tekst om insulin.")
    before = SearchService.fingerprint(load_checked(root))
    assert SearchService.fingerprint(load_checked(root)) == before
    write_guide(root, "a", "Første", "Tekst om kalium.")
    assert SearchService.fingerprint(load_checked(root)) != before
    (root / "synonyms.yaml").write_text("kalium: [k]\n", encoding="utf-8")
    assert len({before, SearchService.fingerprint(load_checked(root))}) == 2


def test_index_is_cached_and_rebuilt_when_content_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, cache = tmp_path / "c", tmp_path / "cache"
    write_guide(root, "a", "Insulin", "Gi insulin riktig.")
    first = SearchService(load_checked(root), cache)
    assert [h.id for h in first.search("insulin")] == ["a"]
    folders = list((cache / "search").iterdir())
    assert len(folders) == 1

    builds: list[int] = []
    real_build = engine_module.Engine.build.__func__  # type: ignore[attr-defined]

    def counting_build(cls: type, *args: object, **kwargs: object) -> object:
        builds.append(1)
        return real_build(cls, *args, **kwargs)

    monkeypatch.setattr(engine_module.Engine, "build", classmethod(counting_build))
    again = SearchService(load_checked(root), cache)
    assert [h.id for h in again.search("insulin")] == ["a"]
    assert builds == []  # loaded from the cache

    write_mistake(root, "b", "Kalium", "Kalium ble gitt for fort.")
    changed = SearchService(load_checked(root), cache)
    assert [h.id for h in changed.search("kalium")] == ["b"]
    assert builds == [1]  # new fingerprint, new build
    assert len(list((cache / "search").iterdir())) == 2  # the previous index is kept for a while

    for n in range(4):  # ... but only the newest few are kept
        write_guide(root, f"x{n}", f"Ekstra {n}", "Mer tekst.")
        SearchService(load_checked(root), cache).ensure_index()
    remaining = sorted(p.name for p in (cache / "search").iterdir())
    assert len(remaining) == 3 and folders[0].name not in remaining


def test_broken_cache_is_rebuilt(tmp_path: Path) -> None:
    root, cache = tmp_path / "c", tmp_path / "cache"
    write_guide(root, "a", "Insulin", "Gi insulin riktig.")
    library = load_checked(root)
    SearchService(library, cache).ensure_index()
    folder = next((cache / "search").iterdir())
    for item in folder.iterdir():
        if item.suffix != ".json":
            item.unlink() if item.is_file() else None
    assert [h.id for h in SearchService(library, cache).search("insulin")] == ["a"]


def test_concurrent_searches_from_threads(ward_library: object, tmp_path: Path) -> None:
    service = SearchService(ward_library, tmp_path / "cache")  # type: ignore[arg-type]
    queries = ["insulin", "smartkort", "dobbel kontroll", "korleis gje behovsmedisin"] * 25
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda q: tuple(h.id for h in service.search(q, limit=3)), queries))
    assert len(set(results[0::4])) == 1 and len(set(results[2::4])) == 1
    assert results[0][0] == "insulin-feil"
