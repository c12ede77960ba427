"""Smoke-test the frozen bundle and compare its start-up time with the unfrozen app.

Run by packaging/build.sh after PyInstaller (standard library only):

    python packaging/smoke.py --bundle dist/Følgesvenn --unfrozen ".venv/bin/python -m companion"

Every step prints PASS, SKIP or FAIL with a reason; the exit code is 1 if any step failed.
A step whose CLI command does not exist yet in the *source* (argparse "invalid choice") is
skipped; if the source has it and the frozen app does not, the step fails (a module that
was not bundled must never look like a feature that is not written yet).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 180
KB_QUERY = "behovsmedisin"
# Things the bundle must not carry (issue: no QtWebEngine, no QtQuick/QML, no test packages).
FORBIDDEN = re.compile(
    r"(WebEngine|Qt6Quick|Qt6Qml|QtQuick|QtQml|[/\\](_?pytest|pytestqt|hypothesis|mypy)[/\\])"
)


# Linux: the shared libraries the bundle takes from the desktop instead of carrying them
# (packaging/folgesvenn.spec, HOST_LIBRARY), with the Debian/Ubuntu package that provides each.
# docs/deployment.md lists these packages; the "host libraries" step fails when a bundled
# binary needs a library that is neither in the bundle nor here, or that this machine lacks.
HOST_PACKAGES = {
    "libc.so.6": "libc6",
    "libm.so.6": "libc6",
    "libdl.so.2": "libc6",
    "libpthread.so.0": "libc6",
    "librt.so.1": "libc6",
    "libresolv.so.2": "libc6",
    "ld-linux-x86-64.so.2": "libc6",
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "liblzma.so.5": "liblzma5",
    "libbz2.so.1.0": "libbz2-1.0",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libffi.so.8": "libffi8",
    "libuuid.so.1": "libuuid1",
    "libssl.so.3": "libssl3",
    "libcrypto.so.3": "libssl3",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


class Skip(Exception):
    """The feature this step needs is not in the source yet."""


class Fail(Exception):
    """The frozen app misbehaved."""


@dataclass
class Report:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    lines: list[str] = field(default_factory=list)

    def step(self, name: str, fn: Callable[[], str]) -> None:
        try:
            detail = fn()
        except Skip as exc:
            self.skipped += 1
            print(f"SKIP {name}: {exc}", flush=True)
        except (Fail, subprocess.TimeoutExpired, OSError, ValueError) as exc:
            self.failed += 1
            print(f"FAIL {name}: {exc}", flush=True)
        else:
            self.passed += 1
            print(f"PASS {name}: {detail}", flush=True)


class Runner:
    """Runs the frozen or the unfrozen app with a throwaway home and no display."""

    def __init__(self, command: Sequence[str], home: Path) -> None:
        self.command = list(command)
        self.home = home

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "PYTHON"))}
        env.update(
            COMPANION_HOME=str(self.home),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            PYTHONIOENCODING="utf-8",
        )
        return env

    def run(self, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.command, *args],
            env=self.env(),
            cwd=self.home.parent,  # never the repository: the frozen app must use its own files
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )

    def timed(self, *args: str) -> float:
        started = time.perf_counter()
        result = self.run(*args)
        elapsed = time.perf_counter() - started
        if result.returncode != 0:
            raise Fail(f"{' '.join(args)} exited {result.returncode}: {tail(result.stderr)}")
        return elapsed


def tail(text: str, lines: int = 6) -> str:
    return " | ".join(text.strip().splitlines()[-lines:])


def invalid_choice(result: subprocess.CompletedProcess[str]) -> bool:
    return result.returncode == 2 and "invalid choice" in result.stderr


def source_has(unfrozen: Runner, *command: str) -> bool:
    """Does the source tree's CLI know this subcommand? (`--help` exits 0 when it does)."""
    return unfrozen.run(*command, "--help", timeout=120).returncode == 0


def project_version() -> str:
    return str(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    )


def files_under(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix()
        for p in folder.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


# ---- steps ---------------------------------------------------------------------------------
def check_version(executables: Sequence[Path], home: Path) -> str:
    expected = f"Følgesvenn {project_version()}"
    for exe in executables:
        result = Runner([str(exe)], home).run("--version", timeout=60)
        if result.returncode != 0 or result.stdout.strip() != expected:
            raise Fail(
                f"{exe.name} --version gave {result.returncode} {result.stdout.strip()!r}, "
                f"expected {expected!r}"
            )
    return f"{expected} from {', '.join(e.name for e in executables)}"


def check_contents(bundle: Path) -> str:
    internal = bundle / "_internal"
    missing: list[str] = []
    for source, target, skip in (
        (ROOT / "content", internal / "content", ()),
        (ROOT / "resources", internal / "resources", (".ts",)),
        (
            ROOT / "src/companion/db/migrations/versions",
            internal / "companion/db/migrations/versions",
            (".pyc",),
        ),
    ):
        wanted = {name for name in files_under(source) if not name.endswith(skip)}
        missing += [
            f"{target.relative_to(bundle)}/{name}" for name in sorted(wanted - files_under(target))
        ]
    if missing:
        raise Fail(f"{len(missing)} files not bundled, e.g. {missing[:3]}")
    forbidden = sorted(
        {
            m.group(1)
            for p in internal.rglob("*")
            if (m := FORBIDDEN.search("/" + p.relative_to(internal).as_posix() + "/"))
        }
    )
    if forbidden:
        raise Fail(f"the bundle carries what the app does not use: {forbidden}")
    return "content/, resources/ and migrations complete; no WebEngine, Quick/QML or test packages"


def check_gui(gui: Runner) -> str:
    elapsed = gui.timed("--exit-when-ready")
    status = gui.run("db", "status")
    if status.returncode != 0 or "Tilstand: current" not in status.stdout:
        raise Fail(f"database after first start: {tail(status.stdout + status.stderr)}")
    return (
        f"window shown and closed in {elapsed:.2f} s (first start, creates the database); db "
        "status current"
    )


def check_content(cli: Runner) -> str:
    result = cli.run("content", "check")
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""
    if result.returncode != 0 or not summary.startswith("0 feil"):
        raise Fail(f"exit {result.returncode}: {tail(result.stdout + result.stderr)}")
    return summary


def expected_kb_ids(query: str) -> set[str]:
    ids = set()
    for path in (ROOT / "content").rglob("*.md"):
        text = path.read_text(encoding="utf-8")
        if query.lower() in text.lower():
            match = re.search(r"^id:\s*(\S+)", text, re.MULTILINE)
            ids.add(match.group(1) if match else path.stem)
    return ids


def check_kb_search(cli: Runner, unfrozen: Runner) -> str:
    if not source_has(unfrozen, "kb", "search"):
        raise Skip("`companion kb search` is not in the source yet")
    result = cli.run("kb", "search", KB_QUERY, "--json")
    if result.returncode != 0:
        raise Fail(f"exit {result.returncode}: {tail(result.stderr)}")
    hits = json.loads(result.stdout)
    found = [hit.get("id") for hit in hits if isinstance(hit, dict)]
    expected = expected_kb_ids(KB_QUERY)
    if not found or not expected & set(found):
        raise Fail(
            f"no expected hit for {KB_QUERY!r}: got {found[:5]}, expected one "
            f"of {sorted(expected)[:5]}"
        )
    return f"{len(found)} hits for {KB_QUERY!r}, first {found[0]!r}"


def queued_tickets(database: Path) -> int:
    if not database.exists():
        return 0
    con = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {
            row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return (
            int(con.execute("SELECT COUNT(*) FROM ticket").fetchone()[0])
            if "ticket" in tables
            else 0
        )
    finally:
        con.close()


def check_ticket_add(cli: Runner, unfrozen: Runner) -> str:
    if not source_has(unfrozen, "tickets", "add"):
        raise Skip("`companion tickets add` is not in the source yet")
    help_text = unfrozen.run("tickets", "add", "--help").stdout
    body_flag = next(
        (f for f in ("--body", "--description", "--beskrivelse") if f in help_text), None
    )
    args = ["tickets", "add", "--subject", "Røyktest: Rover viser ikke arbeidslisten"]
    if body_flag:
        args += [body_flag, "Laget av packaging/smoke.py. Ingen pasientdata."]
    before = queued_tickets(cli.home / "companion.db")
    result = cli.run(*args)
    after = queued_tickets(cli.home / "companion.db")
    if result.returncode != 0 or after != before + 1:
        raise Fail(
            f"exit {result.returncode}, tickets {before} "
            f"-> {after}: {tail(result.stdout + result.stderr)}"
        )
    return f"ticket saved in the local queue ({before} -> {after})"


def check_linux_install(bundle: Path, target: Path) -> str:
    """Install into a scratch prefix as a user would, then start the program the menu points at."""
    script = bundle / "linux" / "install.sh"
    if not script.is_file():
        raise Fail(f"{script.relative_to(bundle)} is missing from the bundle")
    env = {**os.environ, "HOME": str(target / "home"), "XDG_DATA_HOME": str(target / "share")}
    result = subprocess.run(
        ["bash", str(script), "--prefix", str(target / "opt" / "folgesvenn")],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise Fail(f"install.sh exited {result.returncode}: {tail(result.stdout + result.stderr)}")
    desktop = target / "share" / "applications" / "folgesvenn.desktop"
    icon = target / "share" / "icons" / "hicolor" / "256x256" / "apps" / "folgesvenn.png"
    if not desktop.is_file() or not icon.is_file():
        raise Fail("no menu entry or icon after install.sh")
    exec_line = next(
        line
        for line in desktop.read_text(encoding="utf-8").splitlines()
        if line.startswith("Exec=")
    )
    program = shlex.split(exec_line.removeprefix("Exec="))[0]
    version = Runner([program], target / "home" / "data").run("--version", timeout=60)
    if version.returncode != 0 or not version.stdout.startswith("Følgesvenn "):
        raise Fail(f"the menu entry's program {program} did not start: {tail(version.stderr)}")
    return (
        f"menu entry and icon installed; {Path(program).name} --version works "
        f"from {Path(program).parent.name}/"
    )


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def needed_libraries(elf: Path) -> list[str]:
    """The DT_NEEDED entries of one binary (readelf from binutils, which build.sh installs)."""
    out = subprocess.run(
        ["readelf", "-d", str(elf)], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def parse_ldd(output: str, internal: Path) -> dict[str, str]:
    """soname -> path, or "not found", for the libraries ldd resolves outside ``internal``."""
    found = {}
    for name, path in re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", output, re.MULTILINE):
        if not path.startswith(f"{internal}/"):
            found[name] = path
    for path in re.findall(
        r"^\s*(/\S+) \(0x[0-9a-f]+\)$", output, re.MULTILINE
    ):  # the dynamic loader itself
        found[Path(path).name] = path
    return found


def resolved_outside(elf: Path, internal: Path) -> dict[str, str]:
    """What ldd resolves outside the bundle for one binary, as the app would load it."""
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": str(internal),
    }  # the bootloader puts _internal first too
    out = subprocess.run(
        ["ldd", str(elf)], capture_output=True, text=True, timeout=60, env=env, check=False
    ).stdout
    return parse_ldd(out, internal)


def check_host_libraries(bundle: Path) -> str:
    """Every library a bundled binary needs is in the bundle.

    Or it is listed in HOST_PACKAGES and present here.
    """
    internal = bundle / "_internal"
    bundled = {p.name for p in internal.rglob("*.so*")}
    unlisted: dict[str, str] = {}
    missing: dict[str, str] = {}
    used: set[str] = set()
    binaries = elf_files(bundle)
    for elf in binaries:
        outside = resolved_outside(elf, internal)
        for name in needed_libraries(elf):
            if name in bundled:
                continue
            where = elf.relative_to(bundle).as_posix()
            if name not in HOST_PACKAGES:
                unlisted.setdefault(name, where)
            elif outside.get(name, "not found") == "not found":
                missing.setdefault(name, where)
            used.add(name)
    if unlisted:
        raise Fail(
            "bundled binaries need host libraries that HOST_PACKAGES and docs/deployment.md do "
            f"not list: {unlisted}"
        )
    if missing:
        raise Fail(f"host libraries missing on this machine (install their packages): {missing}")
    packages = sorted({HOST_PACKAGES[name] for name in used})
    return (
        f"{len(binaries)} binaries; {len(used)} libraries from the host, all present, "
        f"from {', '.join(packages)}"
    )


def median_start(runner: Runner, runs: int) -> tuple[float, list[float]]:
    runner.timed("--exit-when-ready")  # warm-up: creates the database, fills OS caches
    samples = [runner.timed("--exit-when-ready") for _ in range(runs)]
    return statistics.median(samples), samples


# ---- main ----------------------------------------------------------------------------------
def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--bundle", type=Path, required=True, help="the one-folder bundle (dist/Følgesvenn)"
    )
    parser.add_argument(
        "--unfrozen",
        required=True,
        help='command for the unfrozen app, e.g. ".venv/bin/python -m companion"',
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="start-up runs for the median (default 5)"
    )
    args = parser.parse_args(argv)

    bundle: Path = args.bundle.resolve()
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    cli_exe = bundle / f"companion{exe_suffix}"
    gui_exe = bundle / f"Følgesvenn{exe_suffix}"
    report = Report()
    with tempfile.TemporaryDirectory(prefix="folgesvenn-smoke-") as tmp:
        tmp_path = Path(tmp)
        frozen_home, unfrozen_home = tmp_path / "frozen" / "home", tmp_path / "unfrozen" / "home"
        frozen_home.parent.mkdir()
        unfrozen_home.parent.mkdir()
        cli = Runner([str(cli_exe)], frozen_home)
        gui = Runner([str(gui_exe)], frozen_home)
        unfrozen_cmd = shlex.split(args.unfrozen)
        if os.sep in unfrozen_cmd[0] or "/" in unfrozen_cmd[0]:
            unfrozen_cmd[0] = str(
                Path(unfrozen_cmd[0]).absolute()
            )  # the app runs from another folder
        unfrozen = Runner(unfrozen_cmd, unfrozen_home)

        # A windowed Windows executable cannot print, so only the console one shows --version.
        printing = [cli_exe] if sys.platform == "win32" else [cli_exe, gui_exe]
        report.step("version", lambda: check_version(printing, tmp_path))
        report.step("bundle contents", lambda: check_contents(bundle))
        report.step("exit-when-ready (offscreen)", lambda: check_gui(gui))
        report.step("content check (bundled content)", lambda: check_content(cli))
        report.step("kb search", lambda: check_kb_search(cli, unfrozen))
        report.step("tickets add (local queue)", lambda: check_ticket_add(cli, unfrozen))
        if sys.platform.startswith("linux"):
            report.step(
                "linux menu entry (install.sh)",
                lambda: check_linux_install(bundle, tmp_path / "install"),
            )
            report.step("host libraries (readelf, ldd)", lambda: check_host_libraries(bundle))

        timings: dict[str, tuple[float, list[float]]] = {}

        def measure() -> str:
            timings["frozen"] = median_start(gui, args.runs)
            timings["unfrozen"] = median_start(unfrozen, args.runs)
            return f"median of {args.runs} runs each after one warm-up run"

        report.step("start-up time", measure)
        for name, (median, samples) in timings.items():
            print(
                f"start-up ({name:8}): median {median:.2f} s  "
                f"runs {', '.join(f'{s:.2f}' for s in samples)}"
            )
    print(f"smoke: {report.passed} passed, {report.failed} failed, {report.skipped} skipped")
    return 1 if report.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
