"""The shell: the `wenzheng` command, wiring the adapters' subcommands over one service."""

from wenzheng.cli.app import main

__all__ = ["main"]
