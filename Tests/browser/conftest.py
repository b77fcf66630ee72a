"""Fixtures for the Wegweiser browser gates.

Run from the repository root:   python3 -m pytest Tests/browser -q
Site under test:                $WEGWEISER_SITE, default <repo>/site
                                (build it with `swift run wegweiser build`)
Screenshots:                    $WEGWEISER_SCREENSHOTS, default <repo>/screenshots
Missing site:                   the page tests fail ("no-site"), unless
                                WEGWEISER_ALLOW_MISSING_SITE=1 (then they skip)

One loopback HTTP server and ONE headless Chromium session serve every test;
each page is loaded once and audited at all widths/colour schemes, the
results are cached and read by the individual gate tests.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
FIXTURES = HERE / "fixtures"
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from wwgates import axe as axe_mod  # noqa: E402
from wwgates import pages as pages_mod  # noqa: E402
from wwgates import thresholds as T  # noqa: E402
from wwgates.auditor import PageAuditor  # noqa: E402
from wwgates.browser import make_driver  # noqa: E402
from wwgates.links import LinkChecker  # noqa: E402
from wwgates.server import SiteServer  # noqa: E402

NO_SITE = "no-site"
STATS: dict = {}


def site_dir() -> Path:
    return Path(os.environ.get("WEGWEISER_SITE") or (REPO / "site")).resolve()


def screenshot_dir() -> Path:
    return Path(os.environ.get("WEGWEISER_SCREENSHOTS") or (REPO / "screenshots")).resolve()


_pages_cache: list | None = None


def all_pages() -> list[pages_mod.Page]:
    global _pages_cache
    if _pages_cache is None:
        _pages_cache = pages_mod.discover(site_dir())
    return _pages_cache


def _no_site():
    msg = (f"No generated site at {site_dir()} (no *.html files). Build it with "
           f"`swift run wegweiser build` or point WEGWEISER_SITE at a site folder.")
    if os.environ.get("WEGWEISER_ALLOW_MISSING_SITE") == "1":
        pytest.skip(msg)
    pytest.fail(msg, pytrace=False)


# ------------------------------------------------------------ parametrizing

def pytest_generate_tests(metafunc):
    pages = all_pages()
    if "page" in metafunc.fixturenames:
        metafunc.parametrize("page", pages or [NO_SITE], ids=[p.url for p in pages] or [NO_SITE], indirect=True)
    if "shot" in metafunc.fixturenames:
        shots, ids = [], []
        for kind, p in pages_mod.representatives(pages).items():
            for width in T.SCREENSHOT_WIDTHS:
                shots.append((kind, p, width, "light"))
                ids.append(f"{kind}-{width}")
            shots.append((kind, p, T.SCREENSHOT_WIDTHS[0], "dark"))
            ids.append(f"{kind}-{T.SCREENSHOT_WIDTHS[0]}-dark")
        metafunc.parametrize("shot", shots or [NO_SITE], ids=ids or [NO_SITE], indirect=True)


@pytest.fixture
def page(request) -> pages_mod.Page:
    if request.param == NO_SITE:
        _no_site()
    return request.param


@pytest.fixture
def shot(request):
    if request.param == NO_SITE:
        _no_site()
    return request.param


# --------------------------------------------------------- session fixtures

@pytest.fixture(scope="session")
def site() -> Path:
    if not all_pages():
        _no_site()
    return site_dir()


@pytest.fixture(scope="session")
def site_server(site):
    with SiteServer(site) as server:
        yield server


@pytest.fixture(scope="session")
def fixtures_server():
    with SiteServer(FIXTURES) as server:
        yield server


@pytest.fixture(scope="session")
def axe_source() -> str:
    path = axe_mod.locate()
    source = path.read_text(encoding="utf-8")
    STATS["axe"] = f"axe-core {axe_mod.version_of(source)} ({path})"
    return source


@pytest.fixture(scope="session")
def browser():
    t0 = time.monotonic()
    driver = make_driver(T.AUDIT_WIDTHS[0], T.VIEWPORT_HEIGHT)
    STATS["browser"] = f"{driver.capabilities.get('browserName')} {driver.capabilities.get('browserVersion')} " \
                       f"(started in {time.monotonic() - t0:.1f}s)"
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def auditor(browser, site_server, axe_source) -> PageAuditor:
    a = PageAuditor(browser, site_server, axe_source)
    STATS["auditor"] = a
    return a


@pytest.fixture(scope="session")
def nu_results(site):
    from wwgates import nu
    t0 = time.monotonic()
    res = nu.check([p.file for p in all_pages()])
    STATS["nu"] = f"Nu HTML Checker {nu.version()}: {len(all_pages())} pages in {time.monotonic() - t0:.1f}s"
    return res


@pytest.fixture(scope="session")
def link_report(site_server):
    t0 = time.monotonic()
    host, port = site_server.httpd.server_address[:2]
    checker = LinkChecker(host, port)
    rep = checker.crawl(["/"])
    reachable = set(rep.crawled)
    rest = [p.url for p in all_pages() if p.url not in reachable]
    checker.crawl(rest, rep)
    rep.reachable = reachable
    STATS["links"] = (f"links: {rep.checked_refs} references on {len(rep.crawled)} pages, "
                      f"{len(rep.assets)} assets, in {time.monotonic() - t0:.1f}s")
    return rep


@pytest.fixture(scope="session")
def screenshots_out():
    out = screenshot_dir()
    out.mkdir(parents=True, exist_ok=True)
    STATS["screenshots"] = out
    yield out
    # a contact sheet for a person to look at
    pngs = sorted(out.glob("*.png"))
    if pngs:
        rows = "\n".join(f'<figure><a href="{p.name}"><img src="{p.name}" alt="{p.stem}" loading="lazy"></a>'
                         f"<figcaption>{p.stem}</figcaption></figure>" for p in pngs)
        (out / "index.html").write_text(
            "<!doctype html><html lang=\"de\"><meta charset=\"utf-8\"><title>Wegweiser screenshots</title>"
            "<style>body{font:16px sans-serif;display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}"
            "figure{margin:0;border:1px solid #999;padding:.5rem}img{width:300px;height:auto;display:block}</style>"
            f"<h1 style=\"width:100%\">Wegweiser screenshots</h1>{rows}</html>\n", encoding="utf-8")


# -------------------------------------------------------------- reporting

def pytest_report_header(config):
    return [f"Wegweiser site under test: {site_dir()} ({len(all_pages())} pages)"]


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    tr = terminalreporter
    if not STATS:
        return
    tr.section("Wegweiser browser gates")
    tr.write_line(f"site: {site_dir()} ({len(all_pages())} pages)")
    if "axe" in STATS:
        tr.write_line(f"axe: {STATS['axe']}")
    if "browser" in STATS:
        tr.write_line(f"browser: {STATS['browser']}")
    a = STATS.get("auditor")
    if a is not None and a.cache:
        n = len(a.cache)
        slow = max(a.cache.values(), key=lambda r: r.seconds)
        tr.write_line(f"browser audit: {n} page loads, {a.total_seconds:.1f}s total, "
                      f"{a.total_seconds / n:.2f}s/page, slowest {slow.url} {slow.seconds:.1f}s "
                      f"(axe in page reports v{a.axe_version})")
    for key in ("nu", "links"):
        if key in STATS:
            tr.write_line(STATS[key])
    if "screenshots" in STATS:
        tr.write_line(f"screenshots: {STATS['screenshots']} (open index.html there)")


@pytest.fixture(scope="session")
def all_page_urls(site) -> list[str]:
    return [p.url for p in all_pages()]
