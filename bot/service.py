"""`Wenzheng`: the answering core and the fact-checker behind one object, what adapters use.

With a model endpoint configured (`WENZHENG_LLM_*`), `answer()` hands every question the
core answers to the generator, which returns a checked generated answer or the extractive
one; refusals never reach the model. Every adapter (CLI, Telegram, web, eval) gets that
through the same `answer()`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Self

from wenzheng.bot.core.compose import cite, part_heading
from wenzheng.bot.core.service import ALSO_SAYS, Answerer
from wenzheng.bot.core.types import Answer, CheckResult, Citation
from wenzheng.bot.core.yesno import opening as yes_no_opening
from wenzheng.bot.factcheck.checker import FactChecker, says_done, split_draft
from wenzheng.bot.generate import load_generator
from wenzheng.corpus.model import FRAME_NONE, FRAME_TARGETS
from wenzheng.corpus.text import tidy
from wenzheng.corpus.time import YEAR_NIAN
from wenzheng.index.build import Progress
from wenzheng.index.embedders import Embedder

from wenzheng.errors import InputError
from wenzheng.settings import Settings

# A figure the claim measures against ("超过600亿元", "突破1000万人次"): not a name's number
# ("十件民生实事", "310国道", "二期")
_FIGURE_COMPARED = re.compile(
    r"(?:超过|突破|达到|过了|不到|低于|高于|少于|多于|不足|不低于|不少于)了?(?:约|近)?\d"
)
# A thing asked to be done ("建成投用了吗", "开业了吗"): with only its plan quoted, not told
_DONE = re.compile(r"建成|完工|竣工|投用|投入使用|投入运营|开业|开通|开街|通车|上线|落地|封顶")

if TYPE_CHECKING:
    from wenzheng.bot.generate.generator import AnswerGenerator, Source

# Checking time grows faster than linearly with a claim's length; no one states one fact in
# more than a few hundred characters, nor writes a draft beyond a few dozen pages.
MAX_CLAIM_CHARS = 1_000
MAX_DRAFT_CHARS = 200_000


class Wenzheng(Answerer):
    """The loaded corpus, index and lexicon, answering questions and checking claims."""

    _checker: FactChecker | None = None
    _checker_lock = threading.Lock()
    generator: AnswerGenerator | None = None  # set when a model endpoint is configured

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        *,
        embedder_factory: Callable[[], Embedder] | None = None,
        progress: Progress | None = None,
    ) -> Self:
        """The core over the configured index, with the configured model endpoint if any."""
        generator = load_generator(settings)  # a ConfigError before the models load
        service = super().from_settings(
            settings, embedder_factory=embedder_factory, progress=progress
        )
        service.generator = generator
        return service

    def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
        """The core's answer; rewritten by the model and checked when one is configured."""
        basis = super().answer(question, history)
        if self.generator is None or basis.refused:
            return basis  # refusing stays deterministic: the model is never asked
        sources = self.sources(basis)
        if not sources:
            return basis  # nothing to write from
        year = self.docs[sources[0].passage.doc_id].meta.year
        return self.generator.answer(basis, history, sources, year)

    def sources(self, basis: Answer) -> list[Source]:
        """The passages an answer cites, with the part heading naming each one's year."""
        from wenzheng.bot.generate.generator import Source

        by_id = self.index.by_id
        out = [Source(by_id[c.id], c) for c in basis.citations if c.id in by_id]
        seen = {s.passage.id for s in out}
        for p in [s.passage for s in out]:
            heading = part_heading(p, self.docs[p.doc_id]) if p.frame != FRAME_NONE else None
            if heading is not None and heading.id not in seen:
                seen.add(heading.id)
                out.append(Source(heading, cite(heading, self.docs)))
        return out

    def settle_yes_no(
        self, claim: str, answer: Answer, answers: bool, english: bool = False
    ) -> Answer | None:
        """Open with 是 / 否 when the fact-checker supports or refutes the asked claim.

        The checker's verdict stands even where the core would not answer ("GDP是不是过了
        1600亿" quotes a figure the report does not): it compares figures. When it decides on
        passages the answer does not cite (a target's and its result's), their quotes follow
        the answer (or the first is the answer, when the core would not answer), so the 是/否
        rests on quotes shown.
        Undecided claims go to the core's own rule.
        """
        result = self.fact_checker.check(claim)
        if result.verdict == "not_found" and answer.citations and not english:
            if self.fact_checker.statements.aspired(tidy(claim), self.cited_passages(answer)):
                # "拿到…十连冠了吗" when the report only plans to 争创 it: not said to be done
                return replace(
                    answer,
                    text=f"报告没有说已经做到，只把它列为今后的目标。报告提到：{answer.text}",
                    refused=True,
                    reason="not_found: only planned",
                )
        if (
            result.verdict == "not_found"
            and result.evidence
            and not english
            and (
                self.fact_checker.statements.attainment.of(tidy(claim))
                or says_done(tidy(claim))
                or (_DONE.search(tidy(claim)) and self._only_plans(result.evidence))
            )
        ):
            # "完成…1000个的计划了吗", "计划新建的12个城市书房都建成了吗" with the target and no
            # result of its year: it cannot be told, and the reply says so with the target quoted
            return replace(
                answer,
                text=result.explanation
                if all(c.quote in result.explanation for c in result.evidence)
                else f"{result.explanation}报告提到：{' '.join(c.quote for c in result.evidence)}",
                refused=True,
                citations=result.evidence,
                reason="not_found: no result",
            )
        if (
            result.verdict == "not_found"
            and answers
            and not english
            and answer.citations
            and _FIGURE_COMPARED.search(YEAR_NIAN.sub("", claim))
        ):
            # "去年固定资产投资超过600亿元了吗" where the report gives only its growth: the
            # figure asked is not stated, and the reply says so with what is
            return replace(
                answer,
                text=f"报告没有给出能判断这一点的数字。报告提到：{answer.text}",
                refused=True,
                reason="not_found: figure not stated",
            )
        if result.verdict not in ("supported", "refuted") or not result.evidence:
            return super().settle_yes_no(claim, answer, answers, english)
        opening = yes_no_opening(result.verdict == "supported", answer.question or claim, english)
        cited = {c.id for c in answer.citations}
        uncited = [c for c in result.evidence if c.id not in cited]
        if answers and not uncited:
            return replace(answer, text=opening + answer.text)
        if answers:  # the answer, and the passages the 是/否 rests on after it
            also = "The report also says: " if english else ALSO_SAYS
            quotes = " ".join(c.quote for c in uncited)
            return replace(
                answer,
                text=f"{opening}{answer.text} {also}{quotes}",
                citations=tuple(dict.fromkeys((*answer.citations, *result.evidence))),
                reason="answered: yes/no settled by the fact-checker",
            )
        says = "The report says: " if english else "报告说："
        deciding = " ".join(dict.fromkeys(c.quote for c in result.evidence))  # target and result
        return replace(
            answer,
            text=f"{opening}{says}{deciding}",
            refused=False,
            citations=tuple(dict.fromkeys((*result.evidence, *answer.citations))),
            reason="answered: yes/no settled by the fact-checker",
        )

    def _only_plans(self, evidence: Sequence[Citation]) -> bool:
        """Every passage the checker quotes is a plan's ("汇通数智园二期6月底前建成投用")."""
        passages = [self.index.by_id[c.id] for c in evidence if c.id in self.index.by_id]
        return bool(passages) and all(p.frame == FRAME_TARGETS for p in passages)

    def check(self, claim: str) -> CheckResult:
        """Fact-check a claim against the reports (at most MAX_CLAIM_CHARS characters)."""
        if len(claim) > MAX_CLAIM_CHARS:
            raise InputError(
                f"the claim has {len(claim):,} characters; at most {MAX_CLAIM_CHARS:,} are "
                "checked (split it into single statements)"
            )
        return self.fact_checker.check(claim)

    def check_draft(self, text: str) -> list[CheckResult]:
        """Fact-check every factual sentence of a draft (bounded in size)."""
        if len(text) > MAX_DRAFT_CHARS:
            raise InputError(
                f"the draft has {len(text):,} characters; at most {MAX_DRAFT_CHARS:,} are checked"
            )
        longest = max(split_draft(text), key=len, default="")
        if len(longest) > MAX_CLAIM_CHARS:
            raise InputError(
                f"the draft has a sentence of {len(longest):,} characters (starting "
                f"“{longest[:12]}…”); at most {MAX_CLAIM_CHARS:,} are checked: add sentence marks"
            )
        return self.fact_checker.check_draft(text)

    @property
    def fact_checker(self) -> FactChecker:
        """The fact-checker over this service's retrieval, built once (adapters use threads)."""
        if self._checker is None:
            with self._checker_lock:
                if self._checker is None:
                    self._checker = FactChecker(self.retrieve_passages, self.index.documents)
        return self._checker
