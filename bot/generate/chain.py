"""The LangChain chain that writes an answer: passages → prompt → chat model → text.

`build_chain(llm)` composes a `ChatPromptTemplate`, any chat model and a
`StrOutputParser`. Its input is a dict: `question`, `history` (earlier questions) and
`documents`, LangChain Documents as `wenzheng.index.lc.to_document` makes them. The answer
service fills `documents` with the passages the extractive core chose; the retriever
runnable (`Wenzheng.retriever()`) yields the same Documents, so a plain RAG chain is
`RunnablePassthrough.assign(documents=itemgetter("question") | retriever) | chain`.

`chat_model(settings)` is the only place `langchain_openai` (and with it `openai`) is
imported; nothing imports this module unless an endpoint is configured.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.documents import Document
from langchain_core.language_models import BaseChatModel
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder
from langchain_core.runnables import Runnable, RunnableLambda
from pydantic import SecretStr
from wenzheng.corpus.model import FRAME_RESULTS, FRAME_SPAN, FRAME_TARGETS

from wenzheng.settings import Settings

if TYPE_CHECKING:
    from langchain_openai import ChatOpenAI

MAX_TOKENS = 800  # room for a short answer (and a reasoning model's thinking)
NO_KEY = "no-key"  # local servers (Ollama, vLLM without --api-key) take any bearer token

SYSTEM = """你是“问政”，替市民解答政府工作报告里的问题。规则：
1. 只根据下面编号的报告段落回答，不用段落以外的知识，不推测，不计算，不换算单位。
2. 每句话末尾用 [n] 标出所依据的段落编号，只能用给出的编号。
3. 数字照段落原文写，用阿拉伯数字，连同单位（如 1620亿元、7.5%）；不写段落里没有的数字。
4. 写明回答说的是哪一年，保持段落的时间口径：工作回顾是已经完成的情况，目标和计划是预期，\
不能说成已经完成。
5. 用提问的语言回答：中文问题用中文，英文问题用英文（数字和单位仍照原文写）。
6. 简短直接，一到三句话。"""

HUMAN = """报告段落：
{passages}

之前问过的问题：{history}

问题：{question}"""

RETRY = "这个回答没有通过核对：{violations}。请只根据上面的段落重新回答，遵守全部规则。"

PROMPT = ChatPromptTemplate.from_messages(
    [
        ("system", SYSTEM),
        ("human", HUMAN),
        MessagesPlaceholder("retry", optional=True),
    ]
)


def time_label(frame: str, years: str) -> str:
    """What a passage speaks of, for the prompt ("2019年（已完成的工作）")."""
    if frame == FRAME_RESULTS:
        return f"{years}年（已完成的工作）"
    if frame == FRAME_TARGETS:
        return f"{years}年（目标和计划）"
    if frame == FRAME_SPAN:
        return "过去五年"  # its first year is rarely printed: a figure to avoid
    return "—"


def format_passages(documents: Sequence[Document]) -> str:
    """The numbered passages with time frame and section, as the prompt shows them."""
    blocks = []
    for n, doc in enumerate(documents, start=1):
        meta = doc.metadata
        where = meta.get("section") or "—"
        label = time_label(meta.get("frame", ""), meta.get("years", ""))
        blocks.append(f"[{n}] 时间：{label}；出处：{where}\n{doc.page_content}")
    return "\n\n".join(blocks)


def format_history(history: Sequence[str]) -> str:
    """Earlier questions of the chat on one line, or "（无）"."""
    return "；".join(h for h in history if h.strip()) or "（无）"


def _inputs(values: dict[str, Any]) -> dict[str, Any]:
    """The prompt's variables from the chain's input."""
    return {
        "passages": format_passages(values["documents"]),
        "history": format_history(values.get("history") or ()),
        "question": values["question"],
        "retry": values.get("retry") or [],
    }


def build_chain(llm: Runnable[Any, Any]) -> Runnable[dict[str, Any], str]:
    """Documents and question → prompt → chat model → reply text."""
    return RunnableLambda(_inputs) | PROMPT | llm | StrOutputParser()


def chat_model(settings: Settings) -> BaseChatModel:
    """`ChatOpenAI` for the configured endpoint: no retries of its own, the key as bearer."""
    from langchain_openai import ChatOpenAI

    key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
    model: ChatOpenAI = ChatOpenAI(
        model=settings.llm_model or "",
        base_url=settings.llm_base_url,
        api_key=SecretStr(key or NO_KEY),
        timeout=settings.llm_timeout,
        max_retries=0,  # one request per attempt: the deadline and the retry are ours
        temperature=0,
        max_completion_tokens=MAX_TOKENS,
        stream_usage=False,  # some compatible servers reject stream_options
        use_responses_api=False,  # chat completions: what every compatible server speaks
    )
    return model
