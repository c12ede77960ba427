"""Translations: bokmål is the source language; English comes from resources/translations.

Qt ships no qtbase_nb, so standard dialog buttons fall back to qtbase_nn (close enough for
"Avbryt"/"Lukk"), or qtbase_en for English.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def install_translators(app: QApplication, resources: Path, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators; returns them so they are kept alive."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_lang = "en" if language == "en" else "nn"
    base = QTranslator(app)
    if base.load(f"qtbase_{qt_lang}", qt_dir):
        app.installTranslator(base)
        translators.append(base)
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
