"""An import-linter contract for Qt submodules (used by ``lint-imports``, see pyproject.toml).

import-linter sees an external package only as a whole (``PySide6``), so its built-in contracts
cannot say "QtGui yes, QtWidgets no". This contract reads the import lines grimp records for
``PySide6`` and checks the submodule each one names.
"""

from __future__ import annotations

import re

from grimp import ImportGraph
from importlinter.domain import fields
from importlinter.domain.contract import Contract, ContractCheck
from importlinter.domain.helpers import module_expressions_to_modules

SUBMODULE = re.compile(r"\b(PySide6|shiboken6)(?:\.(\w+))?")


def qt_submodules(line: str) -> set[str]:
    """``from PySide6.QtGui import QFont`` → {"PySide6.QtGui"}; a bare package stays bare."""
    return {".".join(p for p in match.groups() if p) for match in SUBMODULE.finditer(line)}


class QtSubmodulesContract(Contract):
    """Source modules may import only the allowed Qt submodules (or none but the exempt ones).

    Options: ``source_modules`` (module expressions, packages include their children),
    ``exempt_modules`` (optional), ``allowed`` (Qt submodules that may be imported; empty = none).
    """

    type_name = "qt_submodules"

    source_modules = fields.SetField(subfield=fields.ModuleExpressionField())
    exempt_modules = fields.SetField(subfield=fields.ModuleExpressionField(), required=False)
    allowed = fields.SetField(subfield=fields.StringField(), required=False)

    def check(self, graph: ImportGraph, verbose: bool) -> ContractCheck:
        allowed = set(self.allowed or ())
        exempt_expressions = self.exempt_modules or ()
        exempt = {m.name for m in module_expressions_to_modules(graph, exempt_expressions)}
        sources = module_expressions_to_modules(graph, self.source_modules)
        offenders: list[str] = []
        for source in sources:
            for name in sorted({source.name} | graph.find_descendants(source.name)):
                if any(name == e or name.startswith(e + ".") for e in exempt):
                    continue
                for package in ("PySide6", "shiboken6"):
                    for detail in graph.get_import_details(importer=name, imported=package):
                        bad = qt_submodules(detail["line_contents"]) - allowed
                        if bad:
                            offenders.append(
                                f"{name}:{detail['line_number']} imports {', '.join(sorted(bad))}"
                            )
        return ContractCheck(kept=not offenders, metadata={"offenders": offenders})

    def render_broken_contract(self, check: ContractCheck) -> None:
        from importlinter.application import output

        for line in check.metadata["offenders"]:
            output.print_error(f"- {line}", bold=False)
        output.new_line()
