"""The search page over a split index (a region too large for one index file), in headless
Chromium, served on loopback and opened via file://.

The site: $WEGWEISER_SITE_GETEILT, a build of a generated region of 1 000 services
(scripts/test makes it with bench/erzeuge_region.py). Its search page carries the index's
head (`<script type="application/json" id="suchkopf">`) and the search script itself (allowed by
its hash in the page's Content Security Policy), so a one-word query loads one term shard, nothing
else; typed queries, typos and the filter still work.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from wwgates.server import SiteServer

from test_suche import anzahl_im_status, oeffne, status as status_text, tippe, treffer, warte

ANLEITUNG = ("No split-index site: build a generated region, e.g.\n"
             "  python3 bench/erzeuge_region.py --angebote 1000 --ziel .region-1000\n"
             "  .build/debug/wegweiser build --content .region-1000 --output .site-geteilt --today 2026-11-21\n"
             "  WEGWEISER_SITE_GETEILT=$PWD/.site-geteilt python3 -m pytest Tests/browser/test_suche_geteilt.py")


@pytest.fixture(scope="module")
def geteilt() -> Path:
    pfad = os.environ.get("WEGWEISER_SITE_GETEILT")
    if not pfad or not (Path(pfad) / "suche" / "index.html").is_file():
        pytest.fail(ANLEITUNG)
    site = Path(pfad).resolve()
    assert (site / "suchindex" / "t").is_dir(), "the index of this site is not split"
    return site


@pytest.fixture(scope="module")
def server(geteilt):
    with SiteServer(geteilt) as s:
        yield s


def suchdateien(driver) -> list[str]:
    """The search's own files this page has loaded, relative to the site ('suchindex/t/3.js')."""
    namen = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; });")
    aus = []
    for n in namen:
        m = re.search(r"/(suchindex/.+\.js|assets/suche\.js)$", n)
        if m:
            aus.append(m.group(1))
    return aus


def fertig(driver):
    """Until the results are shown and the status says how many (it is announced after typing stops)."""
    warte(driver, "var e = document.getElementById('ergebnisse');"
                  "return e.getAttribute('aria-busy') === 'false' && /^\\s*(\\d|Keine)/.test(document.getElementById('suche-status').textContent);",
          was="the results and their count")


@pytest.mark.parametrize("herkunft", ["loopback", "file"])
def test_ein_wort_laedt_einen_teil(browser, geteilt, server, herkunft):
    if herkunft == "loopback":
        url, wurzel = server.url("/suche/?q=Hausnotruf"), server.url("/")
    else:
        url, wurzel = (geteilt / "suche" / "index.html").as_uri() + "?q=Hausnotruf", geteilt.as_uri() + "/"
    oeffne(browser, url)
    fertig(browser)
    liste = treffer(browser, wurzel)
    assert liste and all(u.startswith(("angebote/", "termine/")) for u in liste), liste
    assert anzahl_im_status(browser) >= len(liste)
    if herkunft == "loopback":
        # (Resource Timing lists no file:// loads)
        dateien = suchdateien(browser)
        # the head and the script came with the page; the answer of a one-word query stands in its term shard
        assert len(dateien) == 1 and dateien[0].startswith("suchindex/t/"), dateien


def test_getippt_mit_tippfehler_und_filter(browser, server):
    wurzel = server.url("/")
    oeffne(browser, server.url("/suche/"))
    tippe(browser, "Hausnotrfu")
    warte(browser, "return document.querySelectorAll('#ergebnisse ul > li a').length > 0", was="results for the typo")
    fertig(browser)
    ohne = treffer(browser, wurzel)
    assert ohne, "a typo still finds the Hausnotruf services"
    alle = anzahl_im_status(browser)
    gemeinde = browser.execute_script(
        "var o = document.getElementById('suche-gemeinde').options; return o.length > 1 ? o[1].value : null;")
    assert gemeinde
    browser.execute_script(
        "var s = document.getElementById('suche-gemeinde'); s.value = arguments[0];"
        "s.dispatchEvent(new Event('change', {bubbles: true}));", gemeinde)
    warte(browser, "return location.search.indexOf('gemeinde=' + arguments[0]) >= 0;", gemeinde, was="the filter in the address")
    fertig(browser)
    mit = treffer(browser, wurzel)
    # the Gemeinde's services among them: fewer than in the whole region, but some
    assert mit and 0 < anzahl_im_status(browser) < alle, (alle, status_text(browser))
