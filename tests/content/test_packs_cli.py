"""`companion content keys init / publish / update` through the real CLI entry point."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from companion.cli.main import main
from companion.content.packs.archive import PackArchiveError, build_pack, safe_member_name
from content.conftest import write
from content.pack_helpers import FNR, make_content
from support.faults import closed_port
from support.static_server import StaticServer


def _update_json(capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["content", "update", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_keys_init_private_keys_owner_only(tmp_path: Path) -> None:
    keydir = tmp_path / "keys"
    assert main(["content", "keys", "init", str(keydir)]) == 0
    for role in ("root", "targets", "snapshot", "timestamp"):
        assert stat.S_IMODE((keydir / f"{role}.key").stat().st_mode) == 0o600
        assert (keydir / f"{role}.pub").is_file()
    assert main(["content", "keys", "init", str(keydir)]) == 1  # never overwritten


@pytest.mark.parametrize("problem", ["broken link", "identity number"])
def test_publish_refuses_bad_content_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], problem: str
) -> None:
    keydir, repo = tmp_path / "keys", tmp_path / "repo"
    assert main(["content", "keys", "init", str(keydir)]) == 0
    src = make_content(tmp_path / "src", "v1")
    if problem == "broken link":
        write(src, "kb/feil.md", (src / "kb/feil.md").read_text() + "\n[x](artikkel:finnes-ikke)\n")
    else:
        write(src, "kb/notat.txt", f"Pasient {FNR}\n")
    capsys.readouterr()
    code = main(["content", "publish", str(src), "--repo", str(repo), "--keys", str(keydir)])
    assert code == 1
    assert "ble ikke publisert" in capsys.readouterr().err
    assert not repo.exists() or not any(repo.rglob("*"))


def test_publish_then_update_json_exit_codes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keydir, repo = tmp_path / "keys", tmp_path / "repo"
    assert main(["content", "keys", "init", str(keydir)]) == 0
    src = make_content(tmp_path / "src", "v1")
    assert main(["content", "publish", str(src), "--repo", str(repo), "--keys", str(keydir)]) == 0
    assert sorted(p.name for p in (repo / "metadata").iterdir()) == [
        "1.root.json",
        "1.snapshot.json",
        "1.targets.json",
        "timestamp.json",
    ]
    capsys.readouterr()
    monkeypatch.setenv("COMPANION_CONTENT_TRUSTED_ROOT", str(repo / "metadata" / "1.root.json"))
    with StaticServer(repo) as server:
        monkeypatch.setenv("COMPANION_CONTENT_UPDATE_URL", server.url)
        assert _update_json(capsys) == (
            0,
            {"status": "updated", "version": 1, "message": "Nytt innhold: versjon 1."},
        )
        code, data = _update_json(capsys)
        assert (code, data["status"], data["version"]) == (0, "current", 1)
        (repo / "metadata" / "timestamp.json").write_text("{}")  # not signed at all
        code, data = _update_json(capsys)
        assert (code, data["status"], data["version"]) == (6, "refused", 1)
    monkeypatch.setenv("COMPANION_CONTENT_UPDATE_URL", f"http://127.0.0.1:{closed_port()}")
    code, data = _update_json(capsys)
    assert (code, data["status"], data["version"]) == (4, "offline", 1)
    # `kb search` and every other command without --content now read pack version 1.
    assert main(["kb", "search", "Rover-guide", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["id"] == "rover"  # not in the bundled content
    assert main(["content", "check"]) == 0
    assert "content-packs" in os.fspath(_active_dir())


def _active_dir() -> Path:
    from companion.app import AppContext

    context = AppContext.create()
    try:
        return context.content_dir
    finally:
        context.close()


def test_pack_bytes_are_deterministic(tmp_path: Path) -> None:
    one = build_pack(make_content(tmp_path / "a", "x"))
    os.utime(tmp_path / "a" / "kb" / "feil.md", (0, 1_000_000))
    two = build_pack(tmp_path / "a")
    three = build_pack(make_content(tmp_path / "b", "x"))
    assert one == two == three
    assert one != build_pack(make_content(tmp_path / "c", "y"))


@pytest.mark.parametrize(
    "name", ["../x.md", "a/../../x.md", "/etc/passwd", "C:/x.md", "a\\..\\x.md", "", "a/\x00"]
)
def test_unsafe_member_names(name: str) -> None:
    with pytest.raises(PackArchiveError):
        safe_member_name(name)


def test_safe_member_names_are_normalised() -> None:
    assert safe_member_name("./guides/a.md") == "guides/a.md"


def test_classify_length_mismatch_is_tampering_not_offline() -> None:
    import urllib3
    from tuf.api import exceptions

    from companion.content.packs.client import UpdateStatus, classify

    assert issubclass(exceptions.DownloadLengthMismatchError, exceptions.DownloadError)
    assert classify(exceptions.DownloadLengthMismatchError("long")) == UpdateStatus.REFUSED
    assert classify(exceptions.BadVersionNumberError("old")) == UpdateStatus.REFUSED
    assert classify(exceptions.ExpiredMetadataError("late")) == UpdateStatus.REFUSED
    assert classify(exceptions.UnsignedMetadataError("foreign")) == UpdateStatus.REFUSED
    assert classify(exceptions.DownloadHTTPError("gone", 503)) == UpdateStatus.OFFLINE
    assert classify(exceptions.SlowRetrievalError()) == UpdateStatus.OFFLINE
    assert classify(urllib3.exceptions.MaxRetryError(None, "/", None)) == UpdateStatus.OFFLINE
    assert classify(ConnectionRefusedError()) == UpdateStatus.OFFLINE
