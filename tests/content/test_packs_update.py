"""Signed content packs end to end: publish with python-tuf, serve over real HTTP, update.

After every failure the last good version must stay active (asserted on the content in use).
"""

from __future__ import annotations

import io
import shutil
import tarfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.content.packs import ContentSourceKind, active_content
from companion.content.packs.archive import build_pack
from companion.content.packs.client import UpdateStatus
from companion.content.packs.publish import (
    TARGET_NAME,
    PublishError,
    publish,
    publish_pack,
    refresh,
)
from content.pack_helpers import FNR, Desk, make_content, make_keys, served
from support.faults import closed_port


@pytest.fixture
def keys(tmp_path: Path) -> Path:
    return make_keys(tmp_path / "keys")


@pytest.fixture
def repo(tmp_path: Path, keys: Path) -> Path:
    """A repository with version 1 published."""
    repo = tmp_path / "repo"
    publish(make_content(tmp_path / "v1", "v1"), repo, keys)
    return repo


def _publish_v2(tmp_path: Path, repo: Path, keys: Path, **kwargs: object) -> None:
    result = publish(make_content(tmp_path / "v2", "v2"), repo, keys, **kwargs)  # type: ignore[arg-type]
    assert result.version == 2


def _target_file(repo: Path) -> Path:
    """The newest pack file on the server."""
    files = sorted((repo / "targets").glob(f"*.{TARGET_NAME}"), key=lambda p: p.stat().st_mtime)
    return files[-1]


def test_update_v1_to_v2_then_current(tmp_path: Path, repo: Path, keys: Path, home: Path) -> None:
    with served(repo, home) as (server, desk):
        assert active_content(desk.paths, desk.settings).source == ContentSourceKind.BUNDLED
        first = desk.update()
        assert (first.status, first.version, first.exit_code) == (UpdateStatus.UPDATED, 1, 0)
        assert desk.active_title() == "Rover-guide v1"
        _publish_v2(tmp_path, repo, keys)
        second = desk.update()
        assert (second.status, second.version) == (UpdateStatus.UPDATED, 2)
        source = active_content(desk.paths, desk.settings)
        assert (source.source, source.version, source.warning) == (ContentSourceKind.PACK, 2, None)
        assert desk.active_title() == "Rover-guide v2"
        server.requests.clear()
        third = desk.update()
        assert (third.status, third.version) == (UpdateStatus.CURRENT, 2)
        # Unchanged repository: the timestamp, plus TUF's probe for a newer root (a 404).
        assert sorted(server.requests) == ["/metadata/2.root.json", "/metadata/timestamp.json"]
    packs = sorted(p.name for p in (desk.paths.content_packs / "packs").iterdir())
    assert [p[:7] for p in packs] == ["v000001", "v000002"]  # previous kept for rollback


def test_tampered_target_is_refused(tmp_path: Path, repo: Path, keys: Path, home: Path) -> None:
    with served(repo, home) as (_server, desk):
        assert desk.update().status == UpdateStatus.UPDATED
        _publish_v2(tmp_path, repo, keys)
        target = _target_file(repo)
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0xFF  # same length, different bytes
        target.write_bytes(bytes(data))
        result = desk.update()
        assert (result.status, result.exit_code, result.version) == (UpdateStatus.REFUSED, 6, 1)
        assert desk.active_title() == "Rover-guide v1"
        target.write_bytes(bytes(data) + b"extra")  # longer than signed: DownloadLengthMismatch
        assert desk.update().status == UpdateStatus.REFUSED
        assert desk.active_title() == "Rover-guide v1"


def test_rolled_back_timestamp_is_refused(
    tmp_path: Path, repo: Path, keys: Path, home: Path
) -> None:
    old_timestamp = (repo / "metadata" / "timestamp.json").read_bytes()
    with served(repo, home) as (_server, desk):
        _publish_v2(tmp_path, repo, keys)
        assert desk.update().version == 2
        (repo / "metadata" / "timestamp.json").write_bytes(old_timestamp)
        result = desk.update()
        assert (result.status, result.version) == (UpdateStatus.REFUSED, 2)
        assert desk.active_title() == "Rover-guide v2"


def test_repository_signed_by_other_keys_is_refused(tmp_path: Path, repo: Path, home: Path) -> None:
    other = tmp_path / "other-repo"
    publish(make_content(tmp_path / "evil", "evil"), other, make_keys(tmp_path / "other-keys"))
    publish(make_content(tmp_path / "evil", "evil"), other, tmp_path / "other-keys")
    with served(repo, home) as (server, desk):
        assert desk.update().version == 1
        server.root = other
        result = desk.update()
        assert (result.status, result.exit_code) == (UpdateStatus.REFUSED, 6)
        assert desk.active_title() == "Rover-guide v1"


def test_expired_metadata_is_refused(tmp_path: Path, repo: Path, keys: Path, home: Path) -> None:
    with served(repo, home) as (_server, desk):
        assert desk.update().version == 1
        past = datetime.now(UTC) - timedelta(days=30)
        _publish_v2(tmp_path, repo, keys, now=past)
        result = desk.update()
        assert (result.status, result.version) == (UpdateStatus.REFUSED, 1)
        assert desk.active_title() == "Rover-guide v1"


def test_dead_server_is_offline(repo: Path, home: Path) -> None:
    with served(repo, home) as (_server, desk):
        assert desk.update().version == 1
    desk.settings.content.update_url = f"http://127.0.0.1:{closed_port()}"
    result = desk.update()
    assert (result.status, result.exit_code, result.version) == (UpdateStatus.OFFLINE, 4, 1)
    assert desk.active_title() == "Rover-guide v1"


def test_pack_with_identity_number_is_refused(
    tmp_path: Path, repo: Path, keys: Path, home: Path
) -> None:
    with served(repo, home) as (_server, desk):
        assert desk.update().version == 1
        bad = make_content(tmp_path / "fnr", "v2", extra=f"\nPasient {FNR} hadde feil.\n")
        publish_pack(build_pack(bad), repo, keys)  # bypasses the publisher's own check
        result = desk.update()
        assert result.status == UpdateStatus.REFUSED
        assert "fødselsnummer" in result.message
        assert desk.active_title() == "Rover-guide v1"
    leftovers = [p.name for p in (desk.paths.content_packs / "packs").iterdir()]
    assert len(leftovers) == 1 and leftovers[0].startswith("v000001")


def _tar_with(members: dict[str, bytes], link: str | None = None) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w:gz") as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if link:
            info = tarfile.TarInfo(link)
            info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
            tar.addfile(info)
    return raw.getvalue()


@pytest.mark.parametrize(
    ("evil_name", "link"), [("../evil.md", None), ("/tmp/evil.md", None), (None, "kb/link.md")]
)
def test_pack_with_unsafe_member_is_refused(
    tmp_path: Path,
    repo: Path,
    keys: Path,
    home: Path,
    evil_name: str | None,
    link: str | None,
) -> None:
    good = make_content(tmp_path / "v2", "v2")
    members = {p.relative_to(good).as_posix(): p.read_bytes() for p in good.rglob("*.md")}
    if evil_name:
        members[evil_name] = b"# evil\n"
    with served(repo, home) as (_server, desk):
        assert desk.update().version == 1
        publish_pack(_tar_with(members, link), repo, keys)
        result = desk.update()
        assert result.status == UpdateStatus.REFUSED
        assert desk.active_title() == "Rover-guide v1"
    assert not list(desk.paths.content_packs.rglob("evil.md"))
    assert not (desk.paths.content_packs / "evil.md").exists()


def test_damaged_pack_falls_back_with_warning(
    tmp_path: Path, repo: Path, keys: Path, home: Path
) -> None:
    with served(repo, home) as (_server, desk):
        assert desk.update().version == 1
        _publish_v2(tmp_path, repo, keys)
        assert desk.update().version == 2
    packs = sorted((desk.paths.content_packs / "packs").iterdir())
    (packs[1] / "content" / "kb" / "feil.md").unlink()  # v2 damaged: previous good pack
    source = active_content(desk.paths, desk.settings)
    assert (source.source, source.version) == (ContentSourceKind.PACK, 1)
    assert source.warning and "versjon 2" in source.warning
    with served(repo, home) as (_server, desk):
        publish(make_content(tmp_path / "v3", "v3"), repo, keys)
        assert desk.update().version == 3
    kept = sorted((desk.paths.content_packs / "packs").iterdir())
    assert [p.name[:7] for p in kept] == ["v000001", "v000003"]  # damaged v2 is not "previous"
    assert desk.active_title() == "Rover-guide v3"
    kept[1].rename(tmp_path / "gone")
    shutil.rmtree(packs[0] / "content" / "guides")  # v3 gone, v1 damaged: bundled content
    source = active_content(desk.paths, desk.settings)
    assert source.source == ContentSourceKind.BUNDLED
    assert source.warning and "innebygde" in source.warning
    assert (source.path / "guides").is_dir()


def test_not_configured(home: Path) -> None:
    from companion.paths import AppPaths
    from companion.settings import Settings

    desk = Desk(AppPaths(home).ensure(), Settings())
    result = desk.update()
    assert (result.status, result.exit_code) == (UpdateStatus.NOT_CONFIGURED, 2)


def test_refresh_resigns_without_new_download(repo: Path, keys: Path, home: Path) -> None:
    with served(repo, home) as (server, desk):
        assert desk.update().version == 1
        assert refresh(repo, keys).version == 2  # the scheduled job: same pack, new metadata
        server.requests.clear()
        result = desk.update()
        assert (result.status, result.version) == (UpdateStatus.CURRENT, 1)
        assert not [r for r in server.requests if r.startswith("/targets/")]


def test_online_key_rotation_needs_root_key_and_clients_follow(
    tmp_path: Path, repo: Path, keys: Path, home: Path
) -> None:
    fresh = make_keys(tmp_path / "fresh")
    for suffix in ("key", "pub"):
        shutil.copyfile(fresh / f"timestamp.{suffix}", keys / f"timestamp.{suffix}")
    root_key = keys / "root.key"
    offline = tmp_path / "root.key.offline"
    root_key.rename(offline)
    with pytest.raises(PublishError, match="rotnøkkelen"):
        publish(make_content(tmp_path / "v2", "v2"), repo, keys)
    offline.rename(root_key)
    with served(repo, home) as (_server, desk):
        result = publish(make_content(tmp_path / "v2", "v2"), repo, keys)
        assert (result.version, result.root_version) == (2, 2)
        assert desk.update().version == 2  # trusted root 1 -> root 2 (signed by the root key)
        assert desk.active_title() == "Rover-guide v2"


def test_second_update_at_the_same_time_is_busy(repo: Path, home: Path) -> None:
    from companion.content.packs import PackStore
    from companion.core.filelock import FileLock

    with served(repo, home) as (server, desk):
        lock = FileLock(PackStore(desk.paths.content_packs).lock_file)
        assert lock.acquire()  # as the GUI's worker would hold it
        try:
            result = desk.update()
        finally:
            lock.release()
        assert (result.status, result.exit_code) == (UpdateStatus.BUSY, 5)
        assert server.requests == []
        assert desk.update().status == UpdateStatus.UPDATED
