"""The project's error hierarchy; only entry points turn these into text for people.

WenzhengError
├── ConfigError          bad settings (unknown model, bad port, ...)
├── CorpusError          a document or its metadata cannot be read
├── IndexError_          the index is missing, damaged or cannot be built
│   └── StoreUnavailable a Chroma server cannot be reached
├── ModelError           an embedding model cannot be loaded
├── InputError           a user's question, claim or batch file is unusable (empty, ...)
└── BotApiUnavailable    the Telegram Bot API cannot be reached
"""

from __future__ import annotations


class WenzhengError(Exception):
    """Base class of every error this project raises on purpose."""


class ConfigError(WenzhengError):
    """Settings are invalid."""


class CorpusError(WenzhengError):
    """A document or its metadata cannot be read or parsed."""


class IndexError_(WenzhengError):  # noqa: N801 - trailing underscore avoids the builtin
    """The search index is missing, damaged or cannot be built."""


class StoreUnavailable(IndexError_):
    """A vector store server cannot be reached."""


class ModelError(WenzhengError):
    """An embedding model cannot be loaded."""


class InputError(WenzhengError):
    """A question or claim cannot be processed (for example it is empty)."""


class BotApiUnavailable(WenzhengError):
    """The Telegram Bot API cannot be reached (network down, wrong base URL)."""
