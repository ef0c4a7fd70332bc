"""`Wenzheng`: the answering core and the fact-checker behind one object, what adapters use."""

from __future__ import annotations

import threading

from wenzheng.bot.core.service import Answerer
from wenzheng.bot.core.types import CheckResult
from wenzheng.bot.factcheck.checker import FactChecker


class Wenzheng(Answerer):
    """The loaded corpus, index and lexicon, answering questions and checking claims."""

    _checker: FactChecker | None = None
    _checker_lock = threading.Lock()

    def check(self, claim: str) -> CheckResult:
        """Fact-check a claim against the reports."""
        return self.fact_checker.check(claim)

    def check_draft(self, text: str) -> list[CheckResult]:
        """Fact-check every factual sentence of a draft."""
        return self.fact_checker.check_draft(text)

    @property
    def fact_checker(self) -> FactChecker:
        """The fact-checker over this service's retrieval, built once (adapters use threads)."""
        if self._checker is None:
            with self._checker_lock:
                if self._checker is None:
                    self._checker = FactChecker(self.retrieve_passages, self.index.documents)
        return self._checker
