"""Translations: bokmål is the source language; English comes from resources/translations.

Qt ships no qtbase_nb (only nynorsk), so Qt's own texts in bokmål (standard buttons, the file
dialog, context menus) come from resources/translations/qtbase_nb.ts
(scripts/make_qtbase_nb.py); English uses Qt's qtbase_en.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from companion.core.placeholders import fill

log = logging.getLogger(__name__)


def install_translators(app: QApplication, resources: Path, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators; returns them so they are kept alive."""
    translators: list[QTranslator] = []
    if language == "en":
        base_file = str(
            Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_en.qm"
        )
    else:
        base_file = str(resources / "translations" / "qtbase_nb.qm")  # bokmål, never nynorsk
    base = QTranslator(app)
    if base.load(base_file):
        app.installTranslator(base)
        translators.append(base)
    else:
        log.info("Qt base translation %s not found; Qt's own texts stay English", base_file)
    if language == "en":
        ours = QTranslator(app)
        qm = resources / "translations" / "companion_en.qm"
        if ours.load(str(qm)):
            app.installTranslator(ours)
            translators.append(ours)
        else:
            log.warning("English translation %s missing; showing bokmål", qm)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    return translators


def fmt(template: str, *args: object) -> str:
    """Fill %1, %2 … like QString::arg, in one pass (a value containing "%2" stays as it is)."""
    return fill(template, *args)
