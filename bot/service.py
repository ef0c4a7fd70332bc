"""`Wenzheng`: the answering core and the fact-checker behind one object, what adapters use."""

from __future__ import annotations

import threading

from wenzheng.bot.core.service import Answerer
from wenzheng.bot.core.types import CheckResult
from wenzheng.bot.factcheck.checker import FactChecker, split_draft

from wenzheng.errors import InputError

# Checking time grows faster than linearly with a claim's length; no one states one fact in
# more than a few hundred characters, nor writes a draft beyond a few dozen pages.
MAX_CLAIM_CHARS = 1_000
MAX_DRAFT_CHARS = 200_000


class Wenzheng(Answerer):
    """The loaded corpus, index and lexicon, answering questions and checking claims."""

    _checker: FactChecker | None = None
    _checker_lock = threading.Lock()

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
