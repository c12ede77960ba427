"""Write resources/translations/qtbase_nb.ts: Qt's own dialog texts in bokmål.

Qt ships qtbase_nn (nynorsk) but no bokmål. These are the strings our users meet: standard
buttons, the file dialog, text-field context menus. Run once when the list changes; the .qm
file is built by scripts/bootstrap.sh like the app's own translations.
"""

from pathlib import Path
from xml.sax.saxutils import escape

NB: dict[str, dict[str, str]] = {
    "QPlatformTheme": {
        "&No": "&Nei", "&Yes": "&Ja", "Abort": "Avbryt", "Apply": "Bruk", "Cancel": "Avbryt",
        "Close": "Lukk", "Discard": "Forkast", "Help": "Hjelp", "Ignore": "Ignorer",
        "N&o to All": "Nei til a&lle", "OK": "OK", "Open": "Åpne", "Reset": "Tilbakestill",
        "Restore Defaults": "Gjenopprett standardverdier", "Retry": "Prøv igjen",
        "Save": "Lagre", "Save All": "Lagre alle", "Yes to &All": "Ja til &alle",
    },
    "QDialogButtonBox": {"OK": "OK"},
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.":
            "%1\nFant ikke mappen.\nSjekk at mappenavnet er riktig.",
        "%1\nFile not found.\nPlease verify the correct file name was given.":
            "%1\nFant ikke filen.\nSjekk at filnavnet er riktig.",
        "%1 File": "%1-fil",
        "%1 already exists.\nDo you want to replace it?": "%1 finnes fra før.\nVil du erstatte den?",
        "&Choose": "&Velg", "&Delete": "&Slett", "&New Folder": "&Ny mappe", "&Open": "&Åpne",
        "&Rename": "&Gi nytt navn", "&Save": "&Lagre",
        "'%1' is write protected.\nDo you want to delete it anyway?":
            "«%1» er skrivebeskyttet.\nVil du slette den likevel?",
        "All Files (*)": "Alle filer (*)", "All files (*)": "Alle filer (*)",
        "Are you sure you want to delete '%1'?": "Er du sikker på at du vil slette «%1»?",
        "Back": "Tilbake", "Change to detail view mode": "Bytt til detaljvisning",
        "Change to list view mode": "Bytt til listevisning",
        "Could not delete directory.": "Kunne ikke slette mappen.",
        "Create New Folder": "Lag ny mappe", "Create a New Folder": "Lag en ny mappe",
        "Delete": "Slett", "Detail View": "Detaljvisning", "Directories": "Mapper",
        "Directory:": "Mappe:", "Drive": "Stasjon", "File": "Fil", "File &name:": "Fil&navn:",
        "File Folder": "Filmappe", "Files": "Filer", "Files of type:": "Filtype:",
        "Find Directory": "Finn mappe", "Folder": "Mappe", "Forward": "Fremover",
        "Go back": "Gå tilbake", "Go forward": "Gå fremover",
        "Go to the parent directory": "Gå til overordnet mappe", "List View": "Listevisning",
        "List of places and bookmarks": "Steder og bokmerker", "Look in:": "Se i:",
        "My Computer": "Datamaskinen", "New Folder": "Ny mappe", "Open": "Åpne",
        "Parent Directory": "Overordnet mappe", "Recent Places": "Nylig brukte steder",
        "Remove": "Fjern", "Save As": "Lagre som", "Shortcut": "Snarvei", "Show ": "Vis ",
        "Show &hidden files": "Vis &skjulte filer", "Sidebar": "Sidepanel", "Unknown": "Ukjent",
    },
    "QFileSystemModel": {
        "Computer": "Datamaskin", "Date Modified": "Sist endret",
        "Invalid filename": "Ugyldig filnavn", "Kind": "Type", "My Computer": "Datamaskinen",
        "Name": "Navn", "Size": "Størrelse", "Type": "Type",
    },
    "QLineEdit": {
        "&Copy": "&Kopier", "&Paste": "&Lim inn", "&Redo": "&Gjør om", "&Undo": "&Angre",
        "Cu&t": "Klipp &ut", "Delete": "Slett", "Select All": "Merk alt",
    },
    "QWidgetTextControl": {
        "&Copy": "&Kopier", "&Paste": "&Lim inn", "&Redo": "&Gjør om", "&Undo": "&Angre",
        "Copy &Link Location": "Kopier &lenkeadresse", "Cu&t": "Klipp &ut",
        "Delete": "Slett", "Select All": "Merk alt",
    },
    "QMessageBox": {"Hide Details...": "Skjul detaljer …", "Show Details...": "Vis detaljer …"},
}


def main() -> None:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="nb_NO" sourcelanguage="en">']
    for context, messages in NB.items():
        out.append(f"<context>\n    <name>{context}</name>")
        for source, translation in messages.items():
            out.append(
                f"    <message>\n        <source>{escape(source)}</source>\n"
                f"        <translation>{escape(translation)}</translation>\n    </message>"
            )
        out.append("</context>")
    out.append("</TS>")
    target = Path(__file__).resolve().parents[1] / "resources" / "translations" / "qtbase_nb.ts"
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
