from datetime import date
from pathlib import Path

import pytest

from companion.content.glossary import Term, check_text, load_glossary
from companion.content.loader import load_library
from companion.content.model import Problem
from content.conftest import write

ROOT = Path(__file__).resolve().parents[2]

GLOSSARY = """terms:
  - term: ordinasjon
    avoid: [ordinering, ordineringen, forordning]
    epic: order
  - term: Innboks
    epic: In Basket
  - term: legemiddeladministrering
    avoid: [kurven]
    epic: MAR
    epic_in_text: true
"""

ARTICLE = """---
id: eks
title: {title}
tags: [ordinering, kurven, In Basket]
related: [dose-i-kurven]
---
## Hva går galt
{body}
"""


@pytest.fixture
def terms(tmp_path: Path) -> list[Term]:
    write(tmp_path, "ordliste.yaml", GLOSSARY)
    problems: list[Problem] = []
    loaded = load_glossary(tmp_path, problems)
    assert problems == []
    return loaded


def check(terms: list[Term], body: str, title: str = "Eksempel") -> list[tuple[int, str]]:
    text = ARTICLE.format(title=title, body=body)
    return [(p.line, p.message) for p in check_text(Path("kb/eks.md"), text, terms)]


def test_variant_gives_warning_with_line(terms: list[Term]) -> None:
    found = check(terms, "Første linje.\nLes Ordineringen nøye.")
    assert found == [(9, "«Ordineringen»: bruk «ordinasjon» (se ordliste.yaml)")]
    assert all(p.severity == "warning" for p in check_text(Path("a.md"), "forordning", terms))


def test_preferred_term_and_compounds_give_no_warning(terms: list[Term]) -> None:
    assert (
        check(terms, "Les ordinasjonen. Behovsordineringer og papirkurven er sammensatte ord.")
        == []
    )


def test_tags_link_targets_and_code_are_not_checked(terms: list[Term]) -> None:
    body = "Se [artikkelen](artikkel:dose-i-kurven) og `ordinering` i kode.\n```\nkurven\n```"
    assert check(terms, body) == []


def test_title_is_checked(terms: list[Term]) -> None:
    assert [line for line, _ in check(terms, "Tekst.", title="Dose i kurven")] == [3]


def test_epic_term_allowed_in_parentheses_only(terms: list[Term]) -> None:
    assert check(terms, "Åpne Innboks (In Basket) ved vaktstart.") == []
    assert check(terms, "Se etter ordinasjonen (på engelsk: order).") == []
    found = check(terms, "Åpne In Basket ved vaktstart.")
    assert found == [(8, "«In Basket»: bruk «Innboks» (se ordliste.yaml)")]


def test_epic_term_allowed_in_text_when_glossary_says_so(terms: list[Term]) -> None:
    assert check(terms, "Åpne MAR og se dosene.") == []


def test_checklist_titles_are_checked_but_not_ids(terms: list[Term]) -> None:
    text = "id: kurven\nitems:\n  - id: ordinering\n    title: Les ordineringen\n"
    found = check_text(Path("c.yaml"), text, terms)
    assert [(p.line, p.message.split(":")[0]) for p in found] == [(4, "«ordineringen»")]


def test_loader_reports_glossary_warnings(tmp_path: Path) -> None:
    write(tmp_path, "ordliste.yaml", GLOSSARY)
    write(tmp_path, "kb/eks.md", ARTICLE.format(title="Eks", body="Sjekk kurven."))
    write(tmp_path, "kb/annen.md", "---\nid: dose-i-kurven\ntitle: Annen\n---\nTekst.\n")
    library = load_library(tmp_path, today=date(2026, 11, 22))
    assert [p.format(tmp_path) for p in library.problems if "ordliste" in p.message] == [
        "kb/eks.md:8: advarsel: «kurven»: bruk «legemiddeladministrering» (se ordliste.yaml)"
    ]


def test_broken_glossary_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "ordliste.yaml", "terms: [unclosed\n")
    problems: list[Problem] = []
    assert load_glossary(tmp_path, problems) == []
    assert [p.severity for p in problems] == ["error"]


def test_without_glossary_nothing_is_checked(tmp_path: Path) -> None:
    problems: list[Problem] = []
    assert load_glossary(tmp_path, problems) == [] and problems == []


def test_bundled_content_uses_the_glossary_terms() -> None:
    library = load_library(ROOT / "content")
    assert [p.format() for p in library.problems if "ordliste" in p.message] == []
