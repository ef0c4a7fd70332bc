"""A bounded load on 127.0.0.1: 20 concurrent clients, 300 requests, every answer correct.

The core is shared by the server's worker threads; each response must equal what the core
answers for the same input when asked alone. Latency is measured by `wenzheng bench`, not here.
"""

from __future__ import annotations

import json

import pytest
from wenzheng.eval.load import drive

from tests.conftest import GOLD, read_jsonl
from tests.web_server import ThreadedServer

pytestmark = pytest.mark.server
CLIENTS = 20
REQUESTS = 300


def test_concurrent_clients_all_get_their_own_correct_answer(fake_settings, fake_service):
    """300 asks and checks from 20 clients at once: all 200, each equal to the serial result."""
    from wenzheng.bot.web.app import create_app

    questions = read_jsonl(GOLD / "questions_dev.jsonl")
    claims = read_jsonl(GOLD / "claims_dev.jsonl")
    requests: list[tuple[str, dict]] = []
    for i in range(REQUESTS):
        if i % 5 == 4:
            requests.append(("/api/check", {"claim": claims[i % len(claims)]["claim"]}))
        else:
            q = questions[i % len(questions)]
            requests.append(
                ("/api/ask", {"question": q["question"], "history": q.get("history") or []})
            )
    expected = [
        fake_service.check(body["claim"]).to_json()
        if path == "/api/check"
        else fake_service.answer(body["question"], body["history"]).to_json()
        for path, body in requests
    ]
    with ThreadedServer(create_app(fake_settings, fake_service)) as server:
        outcomes = drive(server.base_url, requests, clients=CLIENTS)
    assert [o.status for o in outcomes] == [200] * REQUESTS
    wrong = [i for i, (o, e) in enumerate(zip(outcomes, expected, strict=True)) if o.body != e]
    assert wrong == [], json.dumps(outcomes[wrong[0]].body, ensure_ascii=False)[:300]
