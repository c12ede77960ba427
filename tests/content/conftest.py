from pathlib import Path

import pytest

GUIDE = """---
id: {id}
title: {title}
category: rover
tags: [rover, skanne]
roles: [assistent]
related: [{related}]
review_by: 2099-01-01
---
Intro for {title}.

## Steg 1: Logg inn
Tekst.

## Steg 2: Skann armbåndet
Se [feilen](artikkel:{link}).

## Tips
Et tips.
"""

MISTAKE = """---
id: {id}
title: {title}
category: legemiddel
---
## Hva går galt
A
## Hvorfor skjer det
B
## Slik gjør du det riktig
C
## Slik retter du opp
D
"""


def write(root: Path, rel: str, text: str | bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def good_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(
        root,
        "guides/rover.md",
        GUIDE.format(id="rover", title="Rover-guide", related="feil", link="feil"),
    )
    write(root, "kb/feil.md", MISTAKE.format(id="feil", title="En feil"))
    write(
        root,
        "checklists/vikar.yaml",
        "id: vikar\ntitle: Vikar\nrole: assistent\nitems:\n  - id: a\n    title: Logg inn\n    "
        "guide: rover\n",
    )
    return root
