"""An unchanged content folder's index opens without loading (parsing) the library."""

from __future__ import annotations

import os
from pathlib import Path

from companion.content.model import Library
from companion.search import SearchService
from companion.search.shortcut import files_key

from .conftest import load_checked, write_guide


def folder(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write_guide(root, "tavle", "Bruke pasienttavlen", "Pasienttavlen viser status.")
    write_guide(root, "kurve", "Registrere i kurven", "Dosen registreres i kurven.")
    (root / "synonyms.yaml").write_text("pasienttavle: [whiteboard]\n", encoding="utf-8")
    return root


class Loader:
    """Counts how often the library is actually loaded."""

    def __init__(self, root: Path) -> None:
        self.root, self.calls = root, 0

    def __call__(self) -> Library:
        self.calls += 1
        return load_checked(self.root)


def test_unchanged_folder_opens_without_loading(tmp_path: Path) -> None:
    root, cache = folder(tmp_path), tmp_path / "cache"
    first = Loader(root)
    assert [h.id for h in SearchService(first, cache, root).search("kurve")][:1] == ["kurve"]
    assert first.calls == 1
    again = Loader(root)
    service = SearchService(again, cache, root)
    assert [h.id for h in service.search("whiteboard")][:1] == ["tavle"]  # local synonyms kept
    assert again.calls == 0


def test_an_edited_file_is_noticed(tmp_path: Path) -> None:
    root, cache = folder(tmp_path), tmp_path / "cache"
    SearchService(Loader(root), cache, root).ensure_index()
    path = root / "guides" / "kurve.md"
    path.write_text(path.read_text(encoding="utf-8").replace("kurven", "MAR-kurven"), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    edited = Loader(root)
    hits = SearchService(edited, cache, root).search("mar")
    assert edited.calls == 1
    assert "MAR" in hits[0].snippet


def test_files_key_changes_with_names_sizes_and_times(tmp_path: Path) -> None:
    root = folder(tmp_path)
    before = files_key(root, "salt")
    assert before == files_key(root, "salt") and before != files_key(root, "other salt")
    write_guide(root, "ny", "Ny veiledning", "Tekst.")
    assert files_key(root, "salt") != before
