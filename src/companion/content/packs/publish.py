"""Publishing signed content packs with python-tuf's metadata API (the content team's side).

One target, ``content-pack.tar.gz``, in a repository with consistent snapshots::

    REPO/metadata/1.root.json, N.root.json   root (signed with the offline root key)
    REPO/metadata/N.targets.json             which pack, its length and sha256, its version
    REPO/metadata/N.snapshot.json            which targets version is current
    REPO/metadata/timestamp.json             which snapshot is current (short expiry)
    REPO/targets/<sha256>.content-pack.tar.gz

Every file is written under a new name or by rename, and ``timestamp.json`` last, so a client
reading at any moment sees either the old or the new release, never a mix. The root key is
needed only for the first publish, for renewing root before it expires and for replacing an
online key; keep it offline otherwise (see docs/deployment.md).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from companion.content.packs.archive import PackArchiveError, build_pack, pack_files
from companion.content.packs.store import atomic_write
from companion.content.packs.validate import content_problems, identity_number_files

ROLES = ("root", "targets", "snapshot", "timestamp")
ONLINE_ROLES = ("targets", "snapshot", "timestamp")
TARGET_NAME = "content-pack.tar.gz"
EXPIRY_DAYS = {"root": 365, "targets": 90, "snapshot": 90, "timestamp": 7}
ROOT_RENEW_DAYS = 60  # renew root when less than this is left (and the root key is at hand)


class PublishError(Exception):
    """Nothing was published; the message says why and what to do (Norwegian)."""


@dataclass
class PublishResult:
    version: int
    sha256: str
    size: int
    root_version: int
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# ---- keys -----------------------------------------------------------------------------------
def init_keys(keydir: Path) -> list[Path]:
    """Generate one Ed25519 key per role; private keys are written with mode 0600."""
    from securesystemslib.signer import CryptoSigner

    existing = [keydir / f"{role}.key" for role in ROLES if (keydir / f"{role}.key").exists()]
    if existing:
        raise PublishError(
            f"{existing[0]} finnes allerede. Nøkler blir aldri overskrevet; velg en tom mappe."
        )
    keydir.mkdir(parents=True, exist_ok=True, mode=0o700)
    written: list[Path] = []
    for role in ROLES:
        signer = CryptoSigner.generate_ed25519()
        private = keydir / f"{role}.key"
        atomic_write(private, signer.private_bytes, mode=0o600)
        public = keydir / f"{role}.pub"
        atomic_write(public, json.dumps(signer.public_key.to_dict(), indent=2).encode(), 0o644)
        written += [private, public]
    return written


def load_signers(keydir: Path) -> dict[str, object]:
    """Signers for the roles whose private key is in `keydir` (root is usually absent)."""
    from cryptography.hazmat.primitives import serialization
    from securesystemslib.signer import CryptoSigner, SSlibKey

    signers: dict[str, object] = {}
    for role in ROLES:
        path = keydir / f"{role}.key"
        if not path.exists():
            continue
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), None)
        except (OSError, ValueError, TypeError) as exc:
            raise PublishError(f"Kan ikke lese nøkkelen {path}: {exc}") from exc
        signers[role] = CryptoSigner(key, SSlibKey.from_crypto(key.public_key()))
    missing = [role for role in ONLINE_ROLES if role not in signers]
    if missing:
        raise PublishError(f"Mangler nøkler i {keydir}: {', '.join(missing)}.key")
    return signers


# ---- repository state -----------------------------------------------------------------------
def latest_version(metadata_dir: Path, role: str) -> int:
    """Highest N of N.<role>.json (0 when none)."""
    pattern = re.compile(rf"^(\d+)\.{role}\.json$")
    found = [
        int(m.group(1)) for p in metadata_dir.glob(f"*.{role}.json") if (m := pattern.match(p.name))
    ]
    return max(found, default=0)


def _expires(now: datetime, days: float) -> datetime:
    return now + timedelta(days=days)


def _serialise(md: object) -> bytes:
    from tuf.api.serialization.json import JSONSerializer

    return md.to_bytes(JSONSerializer(compact=False))  # type: ignore[attr-defined,no-any-return]


def _root(
    metadata_dir: Path, signers: dict[str, object], now: datetime
) -> tuple[object, bytes | None, list[str]]:
    """The current root, or a new version (first publish, renewal, online-key change).

    Returns (root metadata, bytes to write as N.root.json or None, warnings).
    """
    from tuf.api.metadata import Metadata, Root

    version = latest_version(metadata_dir, "root")
    if version == 0:
        if "root" not in signers:
            raise PublishError("Første publisering trenger rotnøkkelen (root.key) i nøkkelmappen.")
        root = Metadata(Root(expires=_expires(now, EXPIRY_DAYS["root"]), consistent_snapshot=True))
        for role in ROLES:
            root.signed.add_key(signers[role].public_key, role)  # type: ignore[attr-defined]
        root.sign(signers["root"])  # type: ignore[arg-type]
        return root, _serialise(root), []
    root = Metadata[Root].from_file(str(metadata_dir / f"{version}.root.json"))
    changed = [
        role
        for role in ONLINE_ROLES
        if root.signed.roles[role].keyids != [signers[role].public_key.keyid]  # type: ignore[attr-defined]
    ]
    renew = root.signed.expires - now < timedelta(days=ROOT_RENEW_DAYS)
    if not changed and not renew:
        return root, None, []
    if "root" not in signers:
        if changed:
            raise PublishError(
                f"Nøkkelen for {', '.join(changed)} er ikke den roten stoler på. "
                "Legg rotnøkkelen (root.key) i nøkkelmappen for å bytte nøkkel, eller bruk de "
                "gamle nøklene."
            )
        return (
            root,
            None,
            [
                f"Roten utløper {root.signed.expires:%Y-%m-%d}. Legg rotnøkkelen i nøkkelmappen "
                "ved neste publisering så fornyes den."
            ],
        )
    for role in changed:
        for keyid in list(root.signed.roles[role].keyids):
            root.signed.revoke_key(keyid, role)
        root.signed.add_key(signers[role].public_key, role)  # type: ignore[attr-defined]
    root.signed.version += 1
    root.signed.expires = _expires(now, EXPIRY_DAYS["root"])
    root.signatures.clear()
    root.sign(signers["root"])  # type: ignore[arg-type]
    return root, _serialise(root), []


def _timestamp_version(metadata_dir: Path) -> int:
    path = metadata_dir / "timestamp.json"
    if not path.exists():
        return 0
    return int(json.loads(path.read_bytes())["signed"]["version"])


# ---- publishing -----------------------------------------------------------------------------
def publish(
    src: Path, repo: Path, keydir: Path, expires_days: int = 90, now: datetime | None = None
) -> PublishResult:
    """Check `src` like the desktops will, pack it and publish it as the next version."""
    if not src.is_dir():
        raise PublishError(f"Innholdsmappen {src} finnes ikke.")
    try:
        names = [p.relative_to(src).as_posix() for p in pack_files(src)]
    except PackArchiveError as exc:
        raise PublishError(f"Innholdet kan ikke pakkes: {exc}") from exc
    problems = content_problems(src, identity_number_files(src, names))
    if problems:
        raise PublishError("Innholdet har feil og ble ikke publisert:\n  " + "\n  ".join(problems))
    return publish_pack(build_pack(src), repo, keydir, expires_days, now)


def publish_pack(
    data: bytes,
    repo: Path,
    keydir: Path,
    expires_days: int = 90,
    now: datetime | None = None,
) -> PublishResult:
    """Sign and write pack bytes as the next release (no content checks: see :func:`publish`)."""
    from tuf.api.metadata import Metadata, MetaFile, Snapshot, TargetFile, Targets, Timestamp

    if expires_days < 1:
        raise PublishError("--expires-days må være minst 1.")
    now = now or _utcnow()
    signers = load_signers(keydir)
    metadata_dir = repo / "metadata"
    metadata_dir.mkdir(parents=True, exist_ok=True)
    root, root_bytes, warnings = _root(metadata_dir, signers, now)
    version = latest_version(metadata_dir, "targets") + 1

    target = TargetFile.from_data(TARGET_NAME, data, ["sha256"])
    target.unrecognized_fields["custom"] = {"version": version}
    targets = Metadata(
        Targets(version=version, expires=_expires(now, expires_days), targets={TARGET_NAME: target})
    )
    targets.sign(signers["targets"])  # type: ignore[arg-type]
    targets_bytes = _serialise(targets)
    snapshot = Metadata(
        Snapshot(
            version=version,
            expires=_expires(now, expires_days),
            meta={"targets.json": MetaFile(version=version, length=len(targets_bytes))},
        )
    )
    snapshot.sign(signers["snapshot"])  # type: ignore[arg-type]
    snapshot_bytes = _serialise(snapshot)
    timestamp = Metadata(
        Timestamp(
            version=_timestamp_version(metadata_dir) + 1,
            expires=_expires(now, min(expires_days, EXPIRY_DAYS["timestamp"])),
            snapshot_meta=MetaFile(version=version, length=len(snapshot_bytes)),
        )
    )
    timestamp.sign(signers["timestamp"])  # type: ignore[arg-type]

    sha256 = hashlib.sha256(data).hexdigest()
    order: list[tuple[Path, bytes]] = [(repo / "targets" / f"{sha256}.{TARGET_NAME}", data)]
    if root_bytes is not None:
        order.append((metadata_dir / f"{root.signed.version}.root.json", root_bytes))  # type: ignore[attr-defined]
    order += [
        (metadata_dir / f"{version}.targets.json", targets_bytes),
        (metadata_dir / f"{version}.snapshot.json", snapshot_bytes),
        (metadata_dir / "timestamp.json", _serialise(timestamp)),  # last: makes it live
    ]
    for path, content in order:
        atomic_write(path, content, mode=0o644)
    return PublishResult(
        version=version,
        sha256=sha256,
        size=len(data),
        root_version=root.signed.version,  # type: ignore[attr-defined]
        written=[p for p, _ in order],
        warnings=warnings,
    )


def refresh(
    repo: Path, keydir: Path, expires_days: int = 90, now: datetime | None = None
) -> PublishResult:
    """Re-sign the current pack as the next release, so clients never see expired metadata.

    Run it from a scheduled job more often than the timestamp expires (daily is a good
    rhythm for the 7-day timestamp). The pack bytes are unchanged, so desktops download
    nothing but metadata.
    """
    from tuf.api.metadata import Metadata, Targets

    metadata_dir = repo / "metadata"
    version = latest_version(metadata_dir, "targets")
    if version == 0:
        raise PublishError(f"{repo} har ingen publisert innholdspakke ennå.")
    targets = Metadata[Targets].from_file(str(metadata_dir / f"{version}.targets.json"))
    sha256 = targets.signed.targets[TARGET_NAME].hashes["sha256"]
    data = (repo / "targets" / f"{sha256}.{TARGET_NAME}").read_bytes()
    return publish_pack(data, repo, keydir, expires_days, now)
