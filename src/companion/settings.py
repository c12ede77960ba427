"""Typed settings from four layers: defaults < machine file < user file < environment.

IT admins set machine-wide defaults (`/etc/companion/config.toml`, on Windows
`%PROGRAMDATA%\\Companion\\config.toml`); users override in `config.toml` in their home folder;
`COMPANION_<SECTION>_<KEY>` environment variables win for headless use. Secrets never live
here: see :mod:`companion.secrets`.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ENV_PREFIX = "COMPANION_"
# Extra environment names that users of earlier docs may set.
ENV_ALIASES = {"COMPANION_CONTENT": ("content", "dir")}


@dataclass
class SupportSettings:
    """Which support desk the ticket queue syncs to."""

    backend: str = "none"  # "none" or "rt"
    sync_interval_minutes: int = 5


@dataclass
class RTSettings:
    """Request Tracker connection; the password or token comes from the keyring or env."""

    url: str = ""
    queue: str = "General"
    user: str = ""
    custom_field: str = "ExternalId"
    verify_tls: bool = True
    timeout_seconds: float = 20.0
    deadline_seconds: float = 60.0  # a whole request (connect + complete answer), then give up


@dataclass
class TeamSettings:
    """Team workspace (PostgreSQL); empty `url` keeps everything on this PC, as before.

    The URL carries no password (it comes from the keyring or COMPANION_TEAM_PASSWORD); TLS
    options pass through its query, as libpq takes them (``?sslmode=verify-full&…``).
    """

    url: str = ""
    machine: str = ""  # label shown as "på PC …"; empty: this computer's name
    sync_interval_minutes: int = 5
    timeout_seconds: float = 10.0


@dataclass
class UISettings:
    """Look and feel."""

    language: str = "nb"  # "nb" or "en"
    font_point_size: int = 11


@dataclass
class ContentSettings:
    """Where articles come from; empty `dir` means the newest good pack, else the bundled content.

    `update_url` is a static HTTPS folder holding `metadata/` and `targets/` (signed packs);
    `trusted_root` is the root.json IT deploys with the installer. Both empty: no updates.
    `local_dir` is the unit's own folder (same format + verdier.yaml): its articles replace,
    add to or retire central ones (see docs/content-format.md).
    """

    dir: str = ""
    local_dir: str = ""
    update_url: str = ""
    trusted_root: str = ""
    update_interval_hours: int = 4


@dataclass
class OrgSettings:
    """Defaults for forms: the user's unit, name and contact (employee data only)."""

    unit: str = ""
    reporter_name: str = ""
    reporter_contact: str = ""


@dataclass
class Settings:
    """All settings; `problems` lists layers that could not be read (shown to the user)."""

    support: SupportSettings = field(default_factory=SupportSettings)
    rt: RTSettings = field(default_factory=RTSettings)
    team: TeamSettings = field(default_factory=TeamSettings)
    ui: UISettings = field(default_factory=UISettings)
    content: ContentSettings = field(default_factory=ContentSettings)
    org: OrgSettings = field(default_factory=OrgSettings)
    problems: list[str] = field(default_factory=list)

    def sections(self) -> dict[str, Any]:
        """Section name -> section object (everything but `problems`)."""
        return {
            f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name != "problems"
        }

    def to_dict(self) -> dict[str, dict[str, Any]]:
        """Plain dict for writing TOML and for diagnostics (holds no secrets)."""
        return {name: dataclasses.asdict(section) for name, section in self.sections().items()}


def _coerce(value: Any, target: Any, where: str) -> Any:
    """Convert a TOML or env value to the type of the default; raise ValueError if impossible."""
    if isinstance(target, bool):
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in {"1", "true", "yes", "ja", "on"}:
            return True
        if text in {"0", "false", "no", "nei", "off"}:
            return False
        raise ValueError(f"{where}: forventet true/false, fikk {value!r}")
    if isinstance(target, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(f"{where}: forventet et heltall, fikk {value!r}") from None
    if isinstance(target, float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{where}: forventet et tall, fikk {value!r}") from None
    return str(value)


def apply_mapping(settings: Settings, data: Mapping[str, Any], source: str) -> None:
    """Overlay one layer; unknown keys and bad values are reported, never fatal."""
    sections = settings.sections()
    for section_name, values in data.items():
        section = sections.get(section_name)
        if section is None or not isinstance(values, Mapping):
            settings.problems.append(f"{source}: ukjent seksjon [{section_name}]")
            continue
        for key, value in values.items():
            if not hasattr(section, key):
                settings.problems.append(f"{source}: ukjent innstilling {section_name}.{key}")
                continue
            try:
                setattr(
                    section,
                    key,
                    _coerce(value, getattr(section, key), f"{source}: {section_name}.{key}"),
                )
            except ValueError as exc:
                settings.problems.append(str(exc))


def _read_toml(path: Path, settings: Settings) -> dict[str, Any]:
    if not path.is_file():
        return {}
    import tomllib  # only when there is a file: keeps it out of a first start-up

    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        settings.problems.append(f"Kunne ikke lese {path}: {exc}. Filen ble hoppet over.")
        log.warning("config file %s skipped: %s", path, exc)
        return {}


def _env_layer(environ: Mapping[str, str], settings: Settings) -> dict[str, dict[str, str]]:
    layer: dict[str, dict[str, str]] = {}
    for section_name, section in settings.sections().items():
        for f in dataclasses.fields(section):
            name = f"{ENV_PREFIX}{section_name}_{f.name}".upper()
            if name in environ:
                layer.setdefault(section_name, {})[f.name] = environ[name]
    for alias, (section_name, key) in ENV_ALIASES.items():
        if alias in environ and key not in layer.get(section_name, {}):
            layer.setdefault(section_name, {})[key] = environ[alias]
    return layer


def load_settings(
    user_file: Path,
    machine_file: Path | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Build the settings object from all layers, lowest precedence first."""
    settings = Settings()
    for source in (machine_file, user_file):
        if source is not None:
            apply_mapping(settings, _read_toml(source, settings), str(source))
    apply_mapping(
        settings, _env_layer(os.environ if environ is None else environ, settings), "miljøvariabel"
    )
    return settings


def save_user_settings(
    settings: Settings, user_file: Path, machine_file: Path | None = None
) -> None:
    """Write the user layer atomically: only keys that differ from defaults + machine file.

    Writing every key would freeze today's machine-wide values into the user's file, so a
    later change by IT would never reach that user.
    """
    import tomli_w

    base = load_settings(user_file.with_name("__none__.toml"), machine_file, environ={})
    base_dict, new_dict = base.to_dict(), settings.to_dict()
    diff: dict[str, dict[str, Any]] = {}
    for section, values in new_dict.items():
        changed = {k: v for k, v in values.items() if base_dict.get(section, {}).get(k) != v}
        if changed:
            diff[section] = changed
    user_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = user_file.with_suffix(".toml.tmp")
    tmp.write_text(tomli_w.dumps(diff), encoding="utf-8")
    tmp.replace(user_file)
