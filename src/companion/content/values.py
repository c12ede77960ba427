"""Local values (``verdier.yaml``): the few facts that differ between municipalities.

Articles write ``{{brukerstotte_telefon}}``; the rendered page shows the unit's value, or a
visible "fyll inn lokalt: brukerstotte_telefon" marker so a missing number is noticed rather
than silently blank. The known keys are defined here, in one place, so ``content check`` can
warn about typos and the docs can list them (docs/content-format.md).
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from companion.content.model import Problem
from companion.content.parse import load_yaml_mapping
from companion.core.idguard import contains_identity_number

VALUES_FILE = "verdier.yaml"
VALUE_RE = re.compile(r"\{\{\s*([A-Za-z0-9_æøåÆØÅ-]+)\s*\}\}")
# Search snippets mark matched words «like this», also inside a key.
_PLAIN_VALUE_RE = re.compile(r"\{\{\s*«?([A-Za-z0-9_æøåÆØÅ-]+)»?\s*\}\}")
_TAG_RE = re.compile(r"(<[^>]*>)")
MAX_VALUE_LENGTH = 500

# key -> what the municipality fills in (Norwegian: shown in docs and to authors).
KNOWN_VALUES: dict[str, str] = {
    "brukerstotte_telefon": "Telefonnummer til brukerstøtte (lokal eller regional)",
    "brukerstotte_epost": "E-postadresse til brukerstøtte",
    "brukerstotte_portal": "Adresse til selvbetjeningsportalen for saker",
    "brukerstotte_apningstid": "Når brukerstøtte svarer (f.eks. «hverdager 08–16»)",
    "legevakt": "Telefonnummer til legevakten",
    "ansvarlig_sykepleier": "Hvem som er ansvarlig sykepleier på vakt (rolle eller telefon)",
    "superbruker_vakt": "Hvordan man når superbruker på vakt (telefon, calling)",
    "leder": "Nærmeste leder eller enhetsleder (rolle/navn)",
    "lokal_ressursgruppe": "Lokal ressursgruppe for Helseplattformen",
    "regional_ressursgruppe": "Regional ressursgruppe / fagnettverk",
    "avvikssystem": "Navnet på avvikssystemet (f.eks. «Compilo», «EQS»)",
    "endringsforslag_kanal": "Hvor endringsforslag til Helseplattformen sendes (skjema, e-post)",
    "nedetid_rutine": "Hvor nedetidsrutinen og papirskjemaene ligger",
    "legemiddelansvarlig": "Farmasøyt eller legemiddelansvarlig på enheten",
    "tilgangsbestilling": "Hvor tilganger for nyansatte og vikarer bestilles",
    "ikt_driftsstotte": "Kommunens IKT-brukerstøtte (PC, skriver, nettverk)",
    "personvernombud": "Kommunens personvernombud",
    "enhet": "Navnet på enheten",
}


def load_values(root: Path, problems: list[Problem]) -> dict[str, str]:
    """Read ``verdier.yaml`` in `root` (optional); bad entries are reported and left out."""
    path = root / VALUES_FILE
    if not path.is_file():
        return {}
    data = load_yaml_mapping(
        path, problems, "verdiene kan ikke leses", "verdier.yaml må være nøkkel: verdi-par"
    )
    if data is None:
        return {}
    values: dict[str, str] = {}
    for key, value in data.items():
        key = str(key)
        line = _line_of_key(path, key)
        if key not in KNOWN_VALUES:
            problems.append(Problem(path, line, "warning", f"ukjent verdi {key!r}"))
        if value is None or isinstance(value, dict | list):
            problems.append(Problem(path, line, "error", f"{key} må være en tekst"))
            continue
        text = str(value).strip()[:MAX_VALUE_LENGTH]
        if contains_identity_number(text):
            problems.append(
                Problem(path, line, "error", f"{key} ser ut til å inneholde et fødselsnummer")
            )
            continue
        values[key] = text
    return values


def _line_of_key(path: Path, key: str) -> int:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((n for n, line in enumerate(lines, 1) if line.startswith(f"{key}:")), 1)


def used_keys(text: str) -> list[str]:
    """Every ``{{key}}`` an article uses, in order of first use."""
    return list(dict.fromkeys(VALUE_RE.findall(text)))


def fill_values(sanitised_html: str, values: dict[str, str]) -> str:
    """Replace ``{{key}}`` in already sanitised HTML; values are escaped, never trusted.

    Inside tags (e.g. a mailto: href) a missing value becomes empty; in text it becomes a
    visible marker so the gap is noticed and filled in locally.
    """
    if "{{" not in sanitised_html:
        return sanitised_html
    parts = _TAG_RE.split(sanitised_html)
    for index, part in enumerate(parts):
        if "{{" not in part:
            continue
        in_tag = part.startswith("<")
        parts[index] = VALUE_RE.sub(
            lambda m, in_tag=in_tag: _value_html(m.group(1), values, in_tag),
            part,
        )
    return "".join(parts)


def _value_html(key: str, values: dict[str, str], in_tag: bool) -> str:
    if key in values:
        return html.escape(values[key], quote=True)
    if in_tag:
        return ""
    return f"<span class='missing-value'>[fyll inn lokalt: {html.escape(key)}]</span>"


def fill_plain(text: str, values: dict[str, str]) -> str:
    """Plain-text variant (lists, search snippets): value or ``[fyll inn lokalt: key]``."""
    if "{{" not in text:
        return text
    return _PLAIN_VALUE_RE.sub(
        lambda m: values.get(m.group(1), f"[fyll inn lokalt: {m.group(1)}]"), text
    )
