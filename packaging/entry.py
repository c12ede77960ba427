"""Entry script for the frozen app (both executables): the same `main` as `companion`.

The windowed Windows executable has no console, so sys.stdout/sys.stderr are None there;
point them at os.devnull so a library that writes to them cannot crash the app.
"""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from companion.cli.main import main  # after the stream fix on purpose

raise SystemExit(main())
