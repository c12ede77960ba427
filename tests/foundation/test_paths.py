from pathlib import Path

import pytest

from companion.paths import bundled_content_dir, resolve_paths


def test_env_home_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "x"))
    paths = resolve_paths().ensure()
    assert paths.home == (tmp_path / "x").resolve()
    assert paths.database == paths.home / "companion.db"
    assert all(p.is_dir() for p in (paths.logs, paths.cache, paths.backups))


def test_explicit_home_beats_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPANION_HOME", str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "arg").home == (tmp_path / "arg").resolve()


def test_platform_default_without_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COMPANION_HOME")
    home = resolve_paths().home
    assert "Companion" in str(home) or "companion" in str(home)


def test_bundled_content_exists() -> None:
    assert (bundled_content_dir() / "guides").is_dir()
