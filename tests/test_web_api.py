"""The web adapter in-process (FastAPI's TestClient): API contract, token, limits, escaping."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from wenzheng.bot.core.feedback import FeedbackStore
from wenzheng.bot.core.types import Answer
from wenzheng.bot.web.app import create_app
from wenzheng.bot.web.auth import COOKIE, Auth

from wenzheng.settings import Settings

TOKEN = "web-test-token-Zq9-very-secret"
GDP = "2019年鼓楼区地区生产总值是多少？"
TRUE_CLAIM = "2019年鼓楼区地区生产总值预计达到1620亿元，比上年增长8%。"
FALSE_CLAIM = "2019年鼓楼软件业务收入同比增长41%。"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def feedback(tmp_path_factory: pytest.TempPathFactory) -> FeedbackStore:
    """A Telegram feedback store with two votes, written the way the bot writes them."""
    store = FeedbackStore(tmp_path_factory.mktemp("feedback") / "feedback.sqlite3")
    store.record(1, "2019年GDP多少", "2019年：地区生产总值1620亿元", "helpful")
    store.record(2, '=HYPERLINK("x")今年计划', "报告里没有提到这方面的内容。", "not_helpful")
    return store


@pytest.fixture(scope="module")
def settings(fake_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The fake-model settings with a web token, small limits and an empty eval folder."""
    return fake_settings.model_copy(
        update={
            "web_token": SecretStr(TOKEN),
            "web_max_body_bytes": 200_000,
            "web_max_draft_chars": 5_000,
            "eval_dir": tmp_path_factory.mktemp("runs"),
        }
    )


@pytest.fixture(scope="module")
def client(settings, fake_service, feedback) -> Iterator[TestClient]:
    """A client of the app with the token set (not logged in)."""
    with TestClient(create_app(settings, fake_service, feedback=feedback)) as c:
        yield c


@pytest.fixture(scope="module")
def open_client(settings, fake_service, feedback) -> Iterator[TestClient]:
    """A client of the app without a token (as on 127.0.0.1)."""
    app = create_app(
        settings.model_copy(update={"web_token": None}), fake_service, feedback=feedback
    )
    with TestClient(app) as c:
        yield c


@pytest.fixture(autouse=True)
def no_session(client: TestClient) -> Iterator[None]:
    """Each test starts logged out (the client would otherwise keep cookies across tests)."""
    client.cookies.clear()
    yield
    client.cookies.clear()


def logged_in(client: TestClient) -> dict[str, str]:
    """Cookies of a fresh login."""
    r = client.post("/login", data={"token": TOKEN, "next": "/"}, follow_redirects=False)
    assert r.status_code == 303
    client.cookies.clear()
    return {COOKIE: r.cookies[COOKIE]}


# --- the API contract ------------------------------------------------------------------


def test_healthz_needs_no_token(client):
    """/healthz answers without a token even when one is configured."""
    assert client.get("/healthz").json() == {"status": "ok"}


def test_ask_returns_the_cli_json_object(client, fake_service):
    """POST /api/ask returns exactly what `wenzheng ask --json` prints for the question."""
    r = client.post("/api/ask", json={"question": GDP}, headers=BEARER)
    assert r.status_code == 200
    assert r.json() == fake_service.answer(GDP).to_json()
    assert "1620亿元" in r.json()["answer"]


def test_ask_uses_history_for_follow_ups(client, fake_service):
    """The history list reaches the core: a follow-up is answered as the CLI answers it."""
    body = {"question": "那今年的目标呢？", "history": ["去年鼓楼GDP多少"]}
    r = client.post("/api/ask", json=body, headers=BEARER)
    expected = fake_service.answer("那今年的目标呢？", ["去年鼓楼GDP多少"]).to_json()
    assert r.json() == expected and "7.5%" in expected["answer"]


def test_check_and_check_draft_return_the_cli_objects(client, fake_service):
    """/api/check gives `check --json`'s object; /api/check-draft one result per sentence."""
    r = client.post("/api/check", json={"claim": FALSE_CLAIM}, headers=BEARER)
    assert r.json() == fake_service.check(FALSE_CLAIM).to_json()
    assert r.json()["verdict"] == "refuted"
    r = client.post("/api/check-draft", json={"text": TRUE_CLAIM + FALSE_CLAIM}, headers=BEARER)
    assert [x["verdict"] for x in r.json()] == ["supported", "refuted"]


def test_documents_and_passages(client, fake_service):
    """/api/documents lists the report; /api/passages/{id} gives a passage, 404 for none."""
    docs = client.get("/api/documents", headers=BEARER).json()
    assert docs[0]["id"] == "gulou-2020" and docs[0]["passages"] == 276
    pid = fake_service.answer(GDP).citations[0].id
    p = client.get(f"/api/passages/{pid}", headers=BEARER).json()
    assert p["text"] == fake_service.index.by_id[pid].text
    assert p["url"].endswith(f"#{pid}")
    missing = client.get("/api/passages/gulou-2020:nope", headers=BEARER)
    assert missing.status_code == 404 and missing.json() == {"detail": "没有这个段落"}


def test_feedback_api_lists_and_filters_votes(client):
    """/api/feedback shows the Telegram votes newest first, filterable by verdict and text."""
    rows = client.get("/api/feedback", headers=BEARER).json()
    assert [r["verdict"] for r in rows] == ["not_helpful", "helpful"]
    assert "chat_hash" not in rows[0]
    helpful = client.get("/api/feedback?verdict=helpful", headers=BEARER).json()
    assert [r["question"] for r in helpful] == ["2019年GDP多少"]
    assert len(client.get("/api/feedback?q=计划", headers=BEARER).json()) == 1


def test_extra_answer_fields_pass_through_and_are_shown(settings, feedback):
    """`reason` and `mode`, when the core adds them to its JSON, reach the API and the page."""

    class WithMode(Answer):
        def to_json(self) -> dict:
            return {**super().to_json(), "reason": self.reason, "mode": "fallback"}

    class ModeService:
        def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
            return WithMode(question, "报告里没有提到。", True, reason="not_found")

    app = create_app(
        settings.model_copy(update={"web_token": None}),
        ModeService(),
        feedback=feedback,
        warm=False,
    )
    with TestClient(app) as c:
        data = c.post("/api/ask", json={"question": "问"}).json()
        assert data["mode"] == "fallback" and data["reason"] == "not_found"
        page = c.post("/ask", data={"question": "问"}).text
        assert "兜底回答" in page and "原因：not_found" in page


# --- token and session -----------------------------------------------------------------


def test_api_needs_the_bearer_token(client):
    """Without or with a wrong bearer token the API answers 401 and says how to authenticate."""
    assert client.post("/api/ask", json={"question": GDP}).status_code == 401
    wrong = client.post("/api/ask", json={"question": GDP}, headers={"Authorization": "Bearer x"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert client.get("/api/documents").status_code == 401


def test_pages_redirect_to_login_and_the_login_sets_a_safe_cookie(client):
    """Pages need a login; the right token sets a signed HttpOnly SameSite cookie."""
    r = client.get("/check", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=/check"
    bad = client.post("/login", data={"token": "nope", "next": "/check"}, follow_redirects=False)
    assert bad.status_code == 401 and "令牌不正确" in bad.text
    good = client.post("/login", data={"token": TOKEN, "next": "/check"}, follow_redirects=False)
    assert good.status_code == 303 and good.headers["location"] == "/check"
    cookie = good.headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()
    assert TOKEN not in cookie
    page = client.get("/check", cookies={COOKIE: good.cookies[COOKIE]})
    assert page.status_code == 200 and 'data-testid="draft"' in page.text


def test_login_redirects_only_to_local_paths(client):
    """`next` pointing at another site is replaced by the home page."""
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        r = client.post("/login", data={"token": TOKEN, "next": target}, follow_redirects=False)
        assert r.headers["location"] == "/"


def test_behind_a_proxy_path_links_and_redirects_keep_the_prefix(settings, fake_service, feedback):
    """With --root-path /wz (the proxy strips it), redirects, links and the cookie use /wz."""
    app = create_app(settings, fake_service, feedback=feedback, warm=False)
    with TestClient(app, root_path="/wz") as c:
        r = c.get("/check", follow_redirects=False)
        assert r.headers["location"] == "/wz/login?next=/check"
        login = c.post("/login", data={"token": TOKEN, "next": "/check"}, follow_redirects=False)
        assert login.headers["location"] == "/wz/check"
        assert "Path=/wz" in login.headers["set-cookie"]
        # the browser sends the cookie to /wz/…; this client calls the app as the proxy does
        session = {"cookie": f"{COOKIE}={login.cookies[COOKIE]}"}
        page = c.post("/ask", data={"question": GDP}, headers=session).text
        assert 'href="/wz/reader/gulou-2020#' in page and 'action="/wz/ask"' in page


def test_forged_or_expired_sessions_are_refused(settings):
    """A cookie signed with another token, altered, or past its expiry is not a session."""
    auth = Auth(settings)
    value = auth.new_session()
    assert auth.session_valid(value)
    other = Auth(settings.model_copy(update={"web_token": SecretStr("another-token")}))
    assert not other.session_valid(value)
    expiry, _, sig = value.partition(".")
    assert not auth.session_valid(f"{int(expiry) + 1}.{sig}")
    assert not auth.session_valid(value, now=int(expiry) + 1)
    assert not auth.session_valid(None) and not auth.session_valid("garbage")


def test_docs_and_openapi_need_login_and_list_the_api(client):
    """/docs and /openapi.json are pages: login first; the schema lists every API route."""
    assert client.get("/openapi.json", follow_redirects=False).status_code == 303
    cookies = logged_in(client)
    schema = client.get("/openapi.json", cookies=cookies).json()
    assert {
        "/api/ask",
        "/api/check",
        "/api/check-draft",
        "/api/documents",
        "/api/passages/{passage_id}",
        "/api/feedback",
        "/healthz",
    } <= set(schema["paths"])
    docs = client.get("/docs", cookies=cookies)
    assert docs.status_code == 200 and "/docs-assets/swagger-ui-bundle.js" in docs.text
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200


def test_the_token_never_reaches_the_logs(client, caplog):
    """Logins, API calls, failures and errors log nothing that contains the token."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "wenzheng"):  # other tests may have quietened these loggers
        caplog.set_level(logging.DEBUG, logger=name)
    logged_in(client)
    client.post("/login", data={"token": TOKEN + "x"})
    client.post("/api/ask", json={"question": GDP}, headers=BEARER)
    client.post("/api/ask", json={"question": ""}, headers=BEARER)
    client.post("/api/ask", json={}, headers={"Authorization": f"Bearer {TOKEN}x"})
    assert any("failed login" in r.getMessage() for r in caplog.records)  # logged at all
    assert TOKEN not in caplog.text


# --- limits, errors, escaping ----------------------------------------------------------


def test_bodies_over_the_limit_are_refused(client):
    """A declared or streamed body over web_max_body_bytes gets 413 with a short message."""
    big = json.dumps({"text": "增长" * 120_000})
    r = client.post(
        "/api/check-draft", content=big, headers={**BEARER, "content-type": "application/json"}
    )
    assert r.status_code == 413 and r.json() == {"detail": "请求内容过大"}

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(300):
            yield "增长".encode() * 400
        yield b'"}'

    streamed = client.post(
        "/api/check-draft", content=chunks(), headers={**BEARER, "content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_long_drafts_are_refused(client):
    """A draft longer than web_max_draft_chars is refused, not checked."""
    r = client.post("/api/check-draft", json={"text": "。" * 5001}, headers=BEARER)
    assert r.status_code == 413 and "5000" in r.json()["detail"]


def test_errors_are_short_messages(client):
    """Bad input gives one short line: validation, an empty question, a malformed body."""
    missing = client.post("/api/ask", json={}, headers=BEARER)
    assert missing.status_code == 422 and missing.json() == {"detail": "question: Field required"}
    empty = client.post("/api/ask", json={"question": " "}, headers=BEARER)
    assert empty.status_code == 400 and empty.json() == {"detail": "the question is empty"}
    broken = client.post(
        "/api/ask", content=b"{not json", headers={**BEARER, "content-type": "application/json"}
    )
    assert broken.status_code == 422 and len(broken.text) < 200


def test_a_crash_is_a_500_without_traceback(settings, feedback):
    """An unexpected exception in the core becomes a short 500; details go to the log only."""

    class Broken:
        def answer(self, question: str, history: Sequence[str] = ()) -> Answer:
            raise RuntimeError("internal detail /etc/secret")

    app = create_app(
        settings.model_copy(update={"web_token": None}), Broken(), feedback=feedback, warm=False
    )
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.post("/api/ask", json={"question": "问"})
        assert r.status_code == 500 and r.json() == {"detail": "服务器内部错误"}
        page = c.post("/ask", data={"question": "问"}, headers={"accept": "text/html"})
        assert page.status_code == 500 and "服务器内部错误" in page.text
        assert "Traceback" not in page.text and "secret" not in page.text


def test_markup_in_a_question_is_escaped(open_client):
    """A question full of <script> comes back as text on the page, never as markup."""
    q = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    page = open_client.post("/ask", data={"question": q}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page


def test_pages_send_a_strict_content_security_policy(open_client):
    """Every page forbids inline scripts and framing."""
    r = open_client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert "unsafe-inline" not in r.headers["content-security-policy"]
    assert r.headers["x-frame-options"] == "DENY"


# --- pages -----------------------------------------------------------------------------


def test_ask_page_renders_numbered_citations_linking_to_the_reader(open_client, fake_service):
    """Each citation is numbered and links to the reader at `#<passage id>`."""
    page = open_client.post("/ask", data={"question": GDP}).text
    for n, c in enumerate(fake_service.answer(GDP).citations, 1):
        assert f'href="/reader/gulou-2020#{c.id}"' in page and f"[{n}]" in page
    assert page.count('data-testid="answer"') == 1


def test_ask_fragment_carries_only_the_turn(open_client):
    """The chat script gets just the new turn, not a whole page."""
    r = open_client.post(
        "/ask", data={"question": GDP, "history": ["去年"]}, headers={"X-Wenzheng-Fragment": "1"}
    )
    assert r.text.lstrip().startswith('<li class="turn">') and "<html" not in r.text


def test_reader_anchors_every_passage_and_marks_search_hits(open_client, fake_service):
    """Every passage id is an element id; a search marks the hits and lists them."""
    page = open_client.get("/reader/gulou-2020").text
    doc = fake_service.index.documents[0]
    assert all(f'id="{p.id}"' in page for p in doc.passages)
    assert "2019年政府主要工作回顾" in page and "结束语" in page
    found = open_client.get("/reader/gulou-2020", params={"q": "老旧小区"}).text
    assert "<mark>老旧小区</mark>" in found and "处</p>" in found
    assert open_client.get("/reader/nope").status_code == 404


def test_check_page_shows_verdicts_side_by_side(open_client):
    """A pasted two-sentence draft gives a supported and a refuted row with both figures."""
    page = open_client.post("/check", data={"text": TRUE_CLAIM + FALSE_CLAIM}).text
    assert 'data-verdict="supported"' in page and 'data-verdict="refuted"' in page
    assert '<mark class="claimed">41%</mark>' in page and "<mark>14%</mark>" in page


def _docx(paragraphs: list[str]) -> bytes:
    """A minimal .docx holding the given paragraphs."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(
            "word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>'
        )
    return buf.getvalue()


def test_check_accepts_uploaded_txt_and_docx(open_client):
    """An uploaded .txt (GB18030 too) or .docx draft is checked like a pasted one."""
    for name, data in [
        ("draft.txt", (TRUE_CLAIM + FALSE_CLAIM).encode("gb18030")),
        ("draft.docx", _docx([TRUE_CLAIM, FALSE_CLAIM])),
    ]:
        page = open_client.post("/check", files={"file": (name, data)}).text
        assert page.count('data-testid="verdict"') == 2, name
    bad = open_client.post(
        "/check", files={"file": ("draft.pdf", b"%PDF")}, headers={"accept": "text/html"}
    )
    assert bad.status_code == 400 and ".docx" in bad.text


def test_check_exports_csv_and_markdown(open_client):
    """The result downloads as CSV (BOM, one row a sentence) and as a Markdown table."""
    draft = "=1+1 2019年鼓楼软件业务收入同比增长41%。"
    csv_r = open_client.post("/check/export", data={"text": draft, "format": "csv"})
    assert csv_r.headers["content-disposition"] == 'attachment; filename="check.csv"'
    text = csv_r.content.decode("utf-8")
    assert text.startswith("\ufeff句子,结论") and "'=1+1" in text and "不符" in text
    md = open_client.post("/check/export", data={"text": draft, "format": "md"}).text
    assert md.startswith("# 草稿核查结果") and "| 1 |" in md and "41% → 报告 14%" in md


def test_feedback_page_filters_and_exports(open_client):
    """The feedback page lists votes, filters by verdict, and exports formula-safe CSV."""
    page = open_client.get("/feedback").text
    assert page.count('data-testid="feedback-row"') == 2 and "2019年GDP多少" in page
    only = open_client.get("/feedback?verdict=not_helpful").text
    assert only.count('data-testid="feedback-row"') == 1
    csv_text = open_client.get("/feedback.csv").content.decode("utf-8")
    assert "'=HYPERLINK" in csv_text and "chat" not in csv_text


def test_eval_page_shows_the_newest_run(open_client, settings):
    """Without runs the page says how to make one; with runs it shows the newest's metrics."""
    assert "wenzheng eval" in open_client.get("/eval").text
    for name, accuracy in (("old", 0.5), ("dev", 0.941)):
        run = Path(settings.eval_dir) / name
        run.mkdir()
        (run / "metrics.json").write_text(json.dumps({"answer_accuracy": accuracy, "mrr": 0.9}))
        (run / "retrieval.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    old = Path(settings.eval_dir) / "old" / "metrics.json"
    import os

    os.utime(old, (1, 1))
    page = open_client.get("/eval").text
    assert "94.1%" in page and "retrieval.png?run=dev" in page
    assert open_client.get("/eval/retrieval.png?run=dev").content.startswith(b"\x89PNG")
    assert "50.0%" in open_client.get("/eval?run=old").text
    # only runs found on disk are served; a path is just an unknown name
    assert "94.1%" in open_client.get("/eval?run=../../etc").text


def test_no_token_means_no_login(open_client):
    """Without a token every page is open and /login goes home."""
    assert open_client.get("/check").status_code == 200
    r = open_client.get("/login", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_the_web_room_is_the_only_one_importing_fastapi():
    """No module outside bot/web imports the web framework."""
    root = Path(__file__).resolve().parent.parent
    offenders = [
        p
        for folder in ("wenzheng", "corpus", "index", "bot", "eval")
        for p in (root / folder).rglob("*.py")
        if "web" not in p.relative_to(root).parts[:2]
        and any(
            w in p.read_text(encoding="utf-8")
            for w in ("import fastapi", "from fastapi", "from starlette", "import uvicorn")
        )
    ]
    assert offenders == []
