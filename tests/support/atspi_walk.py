"""Walk the AT-SPI tree of one process and list controls that have no name.

Runs with the SYSTEM python (/usr/bin/python3: pyatspi is a Debian package, not in the venv).
Usage: atspi_walk.py PID STEP. Prints one JSON object: {"checked": n, "unnamed": [...]}.
"""

import json
import sys

import pyatspi

NEEDS_NAME = {
    pyatspi.ROLE_PUSH_BUTTON: "push button",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_TEXT: "text field",
    pyatspi.ROLE_ENTRY: "text field",
    pyatspi.ROLE_PASSWORD_TEXT: "password field",
    pyatspi.ROLE_COMBO_BOX: "combo box",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_SPIN_BUTTON: "spin box",
    pyatspi.ROLE_PAGE_TAB: "tab",
    pyatspi.ROLE_LIST: "list",
    pyatspi.ROLE_LIST_BOX: "list",
    pyatspi.ROLE_TABLE: "table",
    pyatspi.ROLE_TREE_TABLE: "tree",
    pyatspi.ROLE_TREE: "tree",
}
# Items inside these are cells: their names come from the data, not from us.
NO_DESCENT = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_MENU_BAR,
}


def walk(node, path, found, counter, depth=0):
    if node is None or depth > 60:
        return
    try:
        role = node.getRole()
        states = node.getState()
        name = (node.name or "").strip()
    except Exception:  # the widget went away while we looked
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if role in NEEDS_NAME:
        counter[0] += 1
        if not name:
            found.append({"role": NEEDS_NAME[role], "path": " / ".join(path[-4:])})
    if role in NO_DESCENT:
        return
    label = name or node.getRoleName()
    for index in range(node.childCount):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        walk(child, [*path, label], found, counter, depth + 1)


def main():
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    found, counter, apps = [], [0], 0
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is None or app.get_process_id() != pid:
                continue
        except Exception:
            continue
        apps += 1
        walk(app, [app.name or "app"], found, counter)
    print(json.dumps({"apps": apps, "checked": counter[0], "unnamed": found}))


if __name__ == "__main__":
    main()
