"""Entry point for `companion` and `python -m companion`.

With no subcommand it opens the desktop app; with one it runs headless. Qt is imported only
on the GUI path, so `companion kb search` starts fast on a machine without a display.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_NAME, __version__

if TYPE_CHECKING:
    import argparse

    from companion.app import AppContext

log = logging.getLogger("companion.cli")

# Subcommand modules; each has `register(subparsers, common)` and sets `handler` defaults.
COMMAND_MODULES = (
    "companion.cli.content_cmd",
    "companion.cli.kb_cmd",
    "companion.cli.tickets_cmd",
    "companion.cli.training_cmd",
    "companion.cli.insights_cmd",
    "companion.cli.db_cmd",
    "companion.cli.team_cmd",
)

Handler = Callable[["argparse.Namespace", "AppContext"], int]


class CliError(Exception):
    """An error with a message for the user and an exit code."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def common_options(suppress: bool) -> argparse.ArgumentParser:
    """--home and --content, accepted before or after the subcommand."""
    import argparse

    from companion.cli.args import existing_dir

    parent = argparse.ArgumentParser(add_help=False)
    default = argparse.SUPPRESS if suppress else None
    parent.add_argument(
        "--home",
        metavar="MAPPE",
        default=default,
        help="mappe for all lokal data (overstyrer COMPANION_HOME)",
    )
    parent.add_argument(
        "--content",
        metavar="MAPPE",
        type=existing_dir,
        default=default,
        help="bruk denne innholdsmappen i stedet for det innebygde innholdet",
    )
    return parent


def wants_subcommand(argv: Sequence[str]) -> bool:
    """True if argv names a subcommand (or asks for help); the GUI path skips loading them all."""
    skip_value = False
    for arg in argv:
        if skip_value:
            skip_value = False
        elif arg in ("--home", "--content"):
            skip_value = True
        elif arg in ("-h", "--help") or not arg.startswith("-"):
            return True
    return False


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    import argparse
    import importlib

    parser = argparse.ArgumentParser(
        prog="companion",
        description=f"{APP_NAME} – følgesvenn for superbrukere i Helseplattformen. Uten kommando "
        "åpnes skrivebordsappen.",
        parents=[common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="åpne appen og avslutt med kode 0 når vinduet er klart (røyktest)",
    )
    parser.add_argument("--verbose", action="store_true", help="mer detaljert logg")
    subparsers = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    common = common_options(suppress=True)
    for name in COMMAND_MODULES if with_commands else ():
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        module.register(subparsers, common)
    return parser


GUI_VALUE_OPTIONS = ("--home", "--content")
GUI_FLAGS = ("--exit-when-ready", "--verbose")


def gui_options(argv: Sequence[str]) -> dict[str, object] | None:
    """The GUI's few options without argparse (start-up time), or None for anything else
    (help, version, subcommands, mistakes), which argparse then handles and explains."""
    options: dict[str, object] = {"home": None, "content": None, "exit_when_ready": False}
    items = iter(argv)
    for arg in items:
        name, eq, value = arg.partition("=")
        if name in GUI_VALUE_OPTIONS:
            value = value if eq else next(items, "")
            if not value or value.startswith("-"):
                return None
            options[name[2:]] = value
        elif arg in GUI_FLAGS and not eq:
            if arg == "--exit-when-ready":
                options["exit_when_ready"] = True
        else:
            return None
    return options


def _run_gui(args: argparse.Namespace) -> int:
    from companion.ui.launch import run_gui

    return run_gui(home=args.home, content=args.content, exit_when_ready=args.exit_when_ready)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI or the GUI; a reader that stops early (``| head``) ends us quietly."""
    try:
        return _main(argv)
    except BrokenPipeError:
        return _quiet_broken_pipe()


def _quiet_broken_pipe() -> int:
    """stdout's reader is gone: point stdout at devnull so the final flush cannot fail again."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what a shell reports for a command cut off by `head`


def _main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    fast = gui_options(arguments)
    if fast is not None:
        from companion.ui.launch import run_gui

        return run_gui(**fast)  # type: ignore[arg-type]
    parser = build_parser(with_commands=wants_subcommand(arguments))
    args = parser.parse_args(arguments)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.command:
            parser.parse_args([*arguments, "--help"])
        return _run_gui(args)
    return run_command(handler, args)


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run a subcommand with the context; errors become messages, never tracebacks."""
    from companion.app import AppContext
    from companion.cli.messages import file_message, identity_message, storage_message
    from companion.core.idguard import IdentityNumberFound
    from companion.core.storage import from_os_error, problem_from
    from companion.logging_setup import setup_logging

    try:
        context = AppContext.create(home=args.home, content_dir=args.content)
        log_file = setup_logging(context.paths.logs, getattr(args, "verbose", False))
    except OSError as exc:
        print(storage_message(from_os_error(exc, Path(args.home or "."))), file=sys.stderr)
        return 2
    for problem in context.settings.problems:
        print(f"Innstillinger: {problem}", file=sys.stderr)
    if context.content_source.warning:  # a damaged content pack on disk (tell the user)
        print(f"Innhold: {context.content_source.warning}", file=sys.stderr)
    try:
        return handler(args, context)
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("Avbrutt.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise  # main() ends quietly
    except Exception as exc:
        from companion.db.migrate import DatabaseError

        if isinstance(exc, IdentityNumberFound):
            print(identity_message(exc.fields), file=sys.stderr)
            return 3
        if isinstance(exc, DatabaseError) or getattr(exc, "user_message", False):
            print(str(exc), file=sys.stderr)
            return 2
        storage = problem_from(exc, context.paths.home)
        if storage is not None:
            log.warning("storage problem: %s", storage.kind)
            in_home = storage.inside(context.paths.home)
            print((storage_message if in_home else file_message)(storage), file=sys.stderr)
            return 2
        log.exception("command failed")
        print(
            f"Noe gikk galt: {type(exc).__name__}. Detaljer er skrevet i loggen {log_file}. "
            "Prøv igjen, eller send loggen til superbrukeren.",
            file=sys.stderr,
        )
        return 1
    finally:
        context.close()
