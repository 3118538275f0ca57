"""Fixtures for the web workbench: over the demo store (``demo_db``, built once in tests/conftest.py), an app and HTTP client over a copy of
it, a live server on a free loopback port, and a real browser (Debian chromium driven by Playwright)
whose page fails the test if it requests any other host."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chronica.store import Store

CHROMIUM = os.environ.get("CHRONICA_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(os.environ.get("CHRONICA_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"))


def _copy(src: Path, dest_dir: Path) -> Path:
    dest = dest_dir / "store.db"
    shutil.copyfile(src, dest)
    return dest


@pytest.fixture
def app(demo_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A fresh app over a private copy of the demo store (tests may write to it)."""
    from chronica.web import create_app

    store = Store.open(str(_copy(demo_db, tmp_path)))
    yield create_app(store, who="tester", testing=True)
    store.close()


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()


@pytest.fixture(scope="session")
def ro_app(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One app for read-only tests (faster: its caches stay warm across tests)."""
    from chronica.web import create_app

    store = Store.open(str(_copy(demo_db, tmp_path_factory.mktemp("webro"))))
    yield create_app(store, who="tester", testing=True)
    store.close()


@pytest.fixture
def ro_client(ro_app: Any) -> Any:
    return ro_app.test_client()


class LiveServer:
    def __init__(self, db: Path) -> None:
        from chronica.web.server import make_server

        self.store = Store.open(str(db))
        self.server = make_server(self.store, "127.0.0.1", 0, who="browser-test")
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.app = self.server.chronica_app
        self.workbench = self.app.extensions["chronica"]
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.close()
        self.store.close()


@pytest.fixture(scope="session")
def live_server(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The app served by waitress on a free loopback port over a copy of the demo store (shared by
    the browser tests: tests that write should undo what they did)."""
    server = LiveServer(_copy(demo_db, tmp_path_factory.mktemp("weblive")))
    yield server
    server.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no chromium at {CHROMIUM} (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                               args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, live_server: LiveServer, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A browser page on the live server. Any request to another host, any console error and any
    uncaught script error fails the test; a screenshot of the last state is saved under build/screenshots."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, base_url=live_server.url)
    pg = context.new_page()
    foreign: list[str] = []
    problems: list[str] = []

    def _route(route: Any) -> None:
        url = route.request.url
        if url.startswith(live_server.url) or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
        else:
            foreign.append(url)
            route.abort()

    pg.route("**/*", _route)
    pg.on("console", lambda msg: problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
    pg.set_default_timeout(15_000)
    pg.problems = problems  # type: ignore[attr-defined]  # tests expecting an error may clear it
    yield pg
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        pg.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    except Exception:
        pass
    context.close()
    assert not foreign, f"requests to other hosts: {foreign}"
    assert not problems, "; ".join(problems)
