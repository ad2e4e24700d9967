"""Every command and every option of the CLI is described, and documented in the README."""

import argparse

from newsflow.cli import build_parser
from tests.conftest import ROOT


def walk(parser: argparse.ArgumentParser, prefix: str = "newsflow"):
    yield prefix, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from walk(sub, f"{prefix} {name}")


def test_every_option_has_help():
    missing = []
    for command, parser in walk(build_parser()):
        assert parser.description or command == "newsflow", f"{command} has no description"
        for action in parser._actions:
            if action.option_strings and not action.help:
                missing.append(f"{command} {action.option_strings[0]}")
    assert not missing, missing


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    undocumented = [cmd for cmd, _ in walk(build_parser()) if cmd != "newsflow" and f"`{cmd}" not in readme]
    assert not undocumented, f"commands missing from README.md: {undocumented}"
