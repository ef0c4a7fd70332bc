"""The workspace in a real browser: Debian's chromium driven by Playwright, on 127.0.0.1.

Flows: log in, ask (and follow up), open a citation and see the passage highlighted, check a
two-sentence draft, see a Telegram vote on the feedback page, a <script> question shown as
text, and the pages on a phone-sized screen. Screenshots go to test-artifacts/web/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from tests.web_server import ThreadedServer

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "web"
TOKEN = "browser-test-token-4f7c1d"
GDP = "2019年鼓楼区地区生产总值是多少？"
TRUE_CLAIM = "2019年鼓楼区地区生产总值预计达到1620亿元，比上年增长8%。"
FALSE_CLAIM = "2019年鼓楼软件业务收入同比增长41%。"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install -y chromium "
        "fonts-noto-cjk; CI installs it in .ci/run)",
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="needs Playwright for Python (pip install -e '.[dev]')"
)


@pytest.fixture(scope="module")
def server(fake_settings, fake_service, tmp_path_factory) -> Iterator[ThreadedServer]:
    """The app with a token, over the fake-model core, with one vote from the Telegram store."""
    from wenzheng.bot.core.feedback import FeedbackStore
    from wenzheng.bot.web.app import create_app

    store = FeedbackStore(tmp_path_factory.mktemp("browser-feedback") / "feedback.sqlite3")
    store.record(42, "今年新增多少就业岗位？", "报告里没有提到这方面的内容。", "not_helpful")
    settings = fake_settings.model_copy(update={"web_token": SecretStr(TOKEN)})
    with ThreadedServer(create_app(settings, fake_service, feedback=store)) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian chromium (Playwright's own browser download is never used)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def login(page: Any, server: ThreadedServer, path: str = "/") -> None:
    """Log in through the form and land on `path`."""
    page.goto(server.base_url + path)
    page.get_by_test_id("token").fill(TOKEN)
    page.get_by_test_id("login").click()
    page.wait_for_url(server.base_url + path)


@pytest.fixture
def page(browser, server) -> Iterator[Any]:
    """A fresh, logged-in desktop tab."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    login(tab, server)
    yield tab
    context.close()


def ask(page: Any, question: str) -> Any:
    """Type a question, send it, and return the new answer element."""
    before = page.get_by_test_id("answer").count()
    page.get_by_test_id("question").fill(question)
    page.get_by_test_id("ask").click()
    answer = page.get_by_test_id("answer").nth(before)
    answer.wait_for()
    return answer


def test_login_refuses_a_wrong_token_and_accepts_the_right_one(browser, server):
    """A page sends you to the login form; a wrong token is refused, the right one lets you in."""
    context = browser.new_context(locale="zh-CN")
    tab = context.new_page()
    tab.goto(server.base_url + "/check")
    assert "/login" in tab.url
    tab.get_by_test_id("token").fill("wrong")
    tab.get_by_test_id("login").click()
    assert tab.get_by_text("令牌不正确").is_visible()
    tab.screenshot(path=ARTIFACTS / "login.png")
    tab.get_by_test_id("token").fill(TOKEN)
    tab.get_by_test_id("login").click()
    tab.wait_for_url(server.base_url + "/check")
    assert tab.get_by_test_id("draft").is_visible()
    context.close()


def test_ask_then_open_a_citation_highlighted_in_the_reader(page):
    """An answer lists numbered citations; one opens the reader with that passage highlighted."""
    answer = ask(page, GDP)
    assert "1620亿元" in answer.inner_text()
    citation = answer.get_by_test_id("citation").first
    assert citation.inner_text().startswith("[1]")
    href = citation.get_attribute("href")
    pid = href.rsplit("#", 1)[1]
    assert href.endswith(f"#{pid}") and pid.startswith("gulou-2020:")
    page.screenshot(path=ARTIFACTS / "ask.png", full_page=True)
    with page.expect_popup() as popup_info:
        citation.click()
    reader = popup_info.value
    reader.wait_for_load_state()
    passage = reader.locator(f'[id="{pid}"]')
    assert passage.is_visible() and "1620亿元" in passage.inner_text()
    assert reader.evaluate("id => document.getElementById(id).matches(':target')", pid)
    background = passage.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background == "rgb(255, 229, 138)"  # the highlight colour, not the page's
    assert passage.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"
    )
    reader.screenshot(path=ARTIFACTS / "reader.png")


def test_a_follow_up_is_answered_in_the_context_of_the_chat(page):
    """The chat keeps earlier questions: "那今年的目标呢？" after a GDP question gets the target."""
    ask(page, "去年鼓楼GDP多少")
    follow_up = ask(page, "那今年的目标呢？")
    assert "7.5%" in follow_up.inner_text()
    assert page.get_by_test_id("answer").count() == 2


def test_check_a_two_sentence_draft(page, server):
    """A true and a false sentence: supported and refuted, the figures side by side; CSV export."""
    page.goto(server.base_url + "/check")
    page.get_by_test_id("draft").fill(f"{TRUE_CLAIM}\n{FALSE_CLAIM}")
    page.get_by_test_id("check").click()
    page.get_by_test_id("verdict").first.wait_for()
    rows = page.get_by_test_id("verdict")
    assert [rows.nth(i).get_attribute("data-verdict") for i in range(rows.count())] == [
        "supported",
        "refuted",
    ]
    refuted = rows.nth(1)
    assert "41%" in refuted.locator(".claim").inner_text()
    assert "14%" in refuted.locator(".evidence mark").first.inner_text()
    page.screenshot(path=ARTIFACTS / "check.png", full_page=True)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="导出 CSV").click()
    csv_text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
    assert "不符" in csv_text and "41%" in csv_text


def test_feedback_page_lists_a_vote_from_the_telegram_store(page, server):
    """A 👎 written through the Telegram feedback store shows up with its question."""
    page.goto(server.base_url + "/feedback")
    row = page.get_by_test_id("feedback-row").first
    assert "今年新增多少就业岗位？" in row.inner_text() and "没帮助" in row.inner_text()
    page.screenshot(path=ARTIFACTS / "feedback.png", full_page=True)


def test_a_question_full_of_script_is_shown_as_text(page):
    """Markup typed as a question is displayed literally and never runs."""
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    question = '<script>alert("x")</script><img src=x onerror="alert(1)"><b>粗体</b>'
    ask(page, question)
    shown = page.locator(".chat .question").last
    assert shown.inner_text() == question
    markup = "document.querySelectorAll('.chat script, .chat img, .chat b').length"
    assert page.evaluate(markup) == 0
    page.screenshot(path=ARTIFACTS / "script-question.png")
    assert dialogs == []


def test_pages_fit_a_phone_screen(browser, server):
    """On a 390-px-wide phone the ask and check pages need no sideways scrolling."""
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="zh-CN",
    )
    tab = context.new_page()
    login(tab, server)
    ask(tab, GDP)
    fits = "document.documentElement.scrollWidth <= window.innerWidth"
    assert tab.evaluate(fits)
    tab.screenshot(path=ARTIFACTS / "phone-ask.png", full_page=True)
    tab.goto(server.base_url + "/check")
    tab.get_by_test_id("draft").fill(f"{TRUE_CLAIM}{FALSE_CLAIM}")
    tab.get_by_test_id("check").click()
    tab.get_by_test_id("verdict").first.wait_for()
    assert tab.evaluate(fits)
    tab.screenshot(path=ARTIFACTS / "phone-check.png", full_page=True)
    tab.goto(server.base_url + "/reader/gulou-2020")
    assert tab.evaluate(fits)
    context.close()
