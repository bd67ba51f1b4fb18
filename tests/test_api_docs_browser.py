"""/docs and /redoc in headless Chromium with every address but the API's blocked: the pages load
their scripts from the server itself and show the operations."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from api_live import LiveAPI
from playwright.sync_api import Route, sync_playwright

pytestmark = [pytest.mark.browser, pytest.mark.api]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def offline_page(api: LiveAPI, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[object, list[str]]]:
    assert Path(CHROMIUM).exists(), "the browser tests need Debian's chromium (apt-get install chromium)"
    blocked: list[str] = []
    own = urlsplit(api.url).netloc

    def only_the_api(route: Route) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(str(tmp_path_factory.mktemp("docs-profile")),
                                                        executable_path=CHROMIUM, args=FLAGS, headless=True)
        context.route("**/*", only_the_api)
        yield context.new_page(), blocked
        context.close()


def test_swagger_ui_shows_the_operations_offline(api: LiveAPI, offline_page) -> None:
    page, blocked = offline_page
    page.goto(f"{api.url}/docs")
    page.wait_for_selector(".opblock-summary", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/proposals" in " ".join(paths) and len(paths) >= 17
    assert blocked == []  # nothing was asked of another address


def test_redoc_shows_the_operations_offline(api: LiveAPI, offline_page) -> None:
    page, blocked = offline_page
    page.goto(f"{api.url}/redoc")
    page.wait_for_selector("text=Who proposed what, with the evidence", timeout=30_000)
    assert page.locator("text=Read-only Cypher").count() >= 1
    # all ReDoc asks of another address is the image of its maker's mark, which the page does without
    assert set(blocked) <= {"https://cdn.redoc.ly/redoc/logo-mini.svg"}
