"""The Linux bundle takes the desktop's libraries from the host: smoke.py and the docs must agree.

packaging/smoke.py (step "host libraries") fails a build whose binaries need a host library
missing from HOST_PACKAGES; docs/deployment.md tells IT which packages that means. These tests
keep the two lists identical, check the ldd parsing that step relies on, and that build.sh and
the Windows workflow enforce the same size budget.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def load_smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "folgesvenn_smoke", ROOT / "packaging" / "smoke.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def documented_packages() -> set[str]:
    """The packages in the `sudo apt install` command of docs/deployment.md."""
    text = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    match = re.search(r"sudo apt install ((?:[^\n]*\\\n)*[^\n]*)", text)
    assert match, "docs/deployment.md has no `sudo apt install` line for the Linux bundle"
    return set(match.group(1).replace("\\", " ").split())


def test_docs_list_exactly_the_host_packages_smoke_checks() -> None:
    smoke = load_smoke()
    assert documented_packages() == set(smoke.HOST_PACKAGES.values())


def test_parse_ldd_keeps_only_what_comes_from_outside_the_bundle(tmp_path: Path) -> None:
    smoke = load_smoke()
    internal = tmp_path / "Følgesvenn" / "_internal"
    output = (
        "\tlinux-vdso.so.1 (0x00007ffd5a3e9000)\n"
        f"\tlibQt6Core.so.6 => {internal}/libQt6Core.so.6 (0x00007f0d1c000000)\n"
        "\tlibglib-2.0.so.0 => /lib/x86_64-linux-gnu/libglib-2.0.so.0 (0x00007f0d1be00000)\n"
        "\tlibwayland-cursor.so.0 => not found\n"
        "\t/lib64/ld-linux-x86-64.so.2 (0x00007f0d1d200000)\n"
    )
    assert smoke.parse_ldd(output, internal) == {
        "libglib-2.0.so.0": "/lib/x86_64-linux-gnu/libglib-2.0.so.0",
        "libwayland-cursor.so.0": "not found",
        "ld-linux-x86-64.so.2": "/lib64/ld-linux-x86-64.so.2",
    }


def test_build_script_and_windows_workflow_use_the_same_budget() -> None:
    build = (ROOT / "packaging" / "build.sh").read_text(encoding="utf-8")
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    linux = re.search(r'BUDGET_MB="\$\{BUDGET_MB:-(\d+)\}"', build)
    windows = re.search(r"if \(\$mb -gt (\d+)\)", workflow)
    assert linux and windows
    assert int(linux.group(1)) == int(windows.group(1)) == 150
