"""Optional generated answers through an OpenAI-compatible endpoint, checked before shown.

`load_generator(settings)` is None unless `WENZHENG_LLM_BASE_URL` is set; only then are the
chain (`chain.py`, LangChain + `langchain_openai`) and the generator imported, so the
extractive path never pays for them. The check (`guard.py`) is pure. See docs/llm.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wenzheng.errors import ConfigError
from wenzheng.settings import Settings

if TYPE_CHECKING:
    from wenzheng.bot.generate.generator import AnswerGenerator


def load_generator(settings: Settings) -> AnswerGenerator | None:
    """The answer generator for the configured endpoint, or None when none is configured."""
    if not settings.llm_configured:
        return None
    if not settings.llm_model:
        raise ConfigError(
            "WENZHENG_LLM_BASE_URL is set but WENZHENG_LLM_MODEL is not: name the model to ask"
            " (see docs/llm.md)"
        )
    from wenzheng.bot.generate.chain import chat_model
    from wenzheng.bot.generate.generator import AnswerGenerator

    secret = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    return AnswerGenerator(chat_model(settings), settings.llm_timeout, secret=secret)
