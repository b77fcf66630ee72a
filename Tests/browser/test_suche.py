"""The search page of the built site, used the way a person uses it: in headless Chromium,
queries TYPED into the real page (`suche/`), served on loopback and opened via file://.

Needs the example region built (WEGWEISER_SITE, see conftest.py), e.g.
    .build/debug/wegweiser build --output /tmp/s --today 2026-11-21
    WEGWEISER_SITE=/tmp/s python3 -m pytest Tests/browser/test_suche.py -q

Covered: the citizens' queries of the issue (each kind finds its service in the top 5),
a query and filters in the address run on load, `#ergebnisse` aria-busy and the list of
links, filter counts with and without a query, the back button, the live region (one
announcement after typing, not one per key), keyboard only, and the page without
JavaScript (links to every Gemeinde and category page).
"""
from __future__ import annotations

import re
import time
import urllib.parse
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from wwgates.browser import set_media, set_viewport

# (what a citizen types, the kind of query, pages that answer it: one must be in the top 5)
ANFRAGEN = [
    ("Essen auf Raedern", "umlaut spelled ae", ["angebote/essen-auf-raedern-zolling/", "angebote/essen-auf-raedern-freising/"]),
    ("Begleitservice", "part of a compound (Seniorenbegleitservice)", ["angebote/seniorenbegleitservice-ampertal/"]),
    ("Nachbarschaftshilfw", "typo", [f"angebote/nachbarschaftshilfe-{g}/" for g in (
        "allershausen", "attenkirchen", "fahrenzhausen", "freising", "haag", "kirchdorf", "kranzberg",
        "langenbach", "wolfersdorf", "zolling")]),
    ("Pflegediensten", "inflection", ["angebote/pflegedienst-amperland/", "angebote/caritas-sozialstation-ampertal/",
                                      "angebote/diakonie-sozialstation-freising/"]),
    ("Mahlzeitendienst", "only a category synonym", ["angebote/essen-auf-raedern-zolling/", "angebote/essen-auf-raedern-freising/"]),
    ("pflege kranzberg", "topic and Gemeinde", ["angebote/caritas-sozialstation-ampertal/", "angebote/diakonie-sozialstation-freising/"]),
]

WARTEN = 10.0


# ------------------------------------------------------------------ helpers

@pytest.fixture(scope="module")
def seite(browser, site):
    """The shared Chromium, in a plain state (1280 px, light, JavaScript on)."""
    set_viewport(browser, 1280, 900)
    set_media(browser, "light")
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    yield browser
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def warte(driver, js: str, *args, sekunden: float = WARTEN, was: str = ""):
    ende = time.monotonic() + sekunden
    while True:
        wert = driver.execute_script(js, *args)
        if wert:
            return wert
        if time.monotonic() > ende:
            raise AssertionError(f"timed out after {sekunden:g}s waiting for {was or js}")
        time.sleep(0.03)


def oeffne(driver, url: str):
    driver.get(url)
    warte(driver, "return document.readyState === 'complete' && !!document.getElementById('suchformular')",
          was="the search page")


def treffer(driver, wurzel: str) -> list[str]:
    """The result links, as paths relative to the site root ('angebote/x/')."""
    hrefs = driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#ergebnisse ul > li a'), function (a) { return a.href; });")
    aus = []
    for h in hrefs:
        pfad = h[len(wurzel):] if h.startswith(wurzel) else h
        aus.append(re.sub(r"index\.html$", "", urllib.parse.unquote(pfad)))
    return aus


def status(driver) -> str:
    return driver.find_element(By.ID, "suche-status").text


def bereit(driver) -> bool:
    return driver.execute_script("return document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'")


def warte_auf_treffer(driver, wurzel: str, erwartet: list[str], q: str):
    """Until a result of `erwartet` is among the first 5 and the list is no longer busy."""
    ende = time.monotonic() + WARTEN
    while True:
        liste = treffer(driver, wurzel)
        if bereit(driver) and any(u in erwartet for u in liste[:5]):
            return liste
        if time.monotonic() > ende:
            raise AssertionError(f"{q!r}: none of {erwartet} in the top 5; got {liste[:5]} "
                                 f"(aria-busy={driver.find_element(By.ID, 'ergebnisse').get_attribute('aria-busy')}, "
                                 f"status {status(driver)!r})")
        time.sleep(0.03)


def tippe(driver, text: str, pause: float = 0.0):
    feld = driver.find_element(By.ID, "suche-q")
    feld.send_keys(Keys.CONTROL, "a")
    feld.send_keys(Keys.BACKSPACE)
    if pause:
        for zeichen in text:
            feld.send_keys(zeichen)
            time.sleep(pause)
    else:
        feld.send_keys(text)


def zahl_in(text: str) -> int | None:
    m = re.search(r"\((\d+)\)\s*$", text)
    return int(m.group(1)) if m else None


def optionen(driver, name: str) -> dict[str, str]:
    return driver.execute_script(
        "var o = {}; Array.prototype.forEach.call(document.getElementById(arguments[0]).options,"
        " function (x) { if (x.value) o[x.value] = x.textContent; }); return o;", name)


def anzahl_im_status(driver) -> int:
    m = re.match(r"\s*(\d[\d.]*|1|Keine)", status(driver))
    assert m, f"status has no count: {status(driver)!r}"
    return 0 if m.group(1) == "Keine" else int(m.group(1).replace(".", ""))


# ------------------------------------------------------------------ tests

@pytest.mark.parametrize("herkunft", ["loopback", "file"])
def test_getippte_anfragen_finden_den_dienst(seite, site, site_server, herkunft):
    """Each kind of query of the issue, typed into the page, has the service in the top 5."""
    if herkunft == "loopback":
        url, wurzel = site_server.url("/suche/"), site_server.url("/")
    else:
        url, wurzel = (site / "suche" / "index.html").as_uri(), site.as_uri() + "/"
    oeffne(seite, url)
    for q, art, erwartet in ANFRAGEN:
        tippe(seite, q)
        liste = warte_auf_treffer(seite, wurzel, erwartet, f"{q} ({art}, {herkunft})")
        # results are links in a list inside #ergebnisse
        assert seite.execute_script("return document.querySelectorAll('#ergebnisse ul > li h3 > a').length") == len(liste)
    # and sent with Enter: the address holds the query
    tippe(seite, "pflege kranzberg")
    seite.find_element(By.ID, "suche-q").send_keys(Keys.ENTER)
    warte_auf_treffer(seite, wurzel, ANFRAGEN[-1][2], "pflege kranzberg (Enter)")
    if herkunft == "loopback":
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(seite.current_url).query).get("q") == ["pflege kranzberg"]


def test_ein_satz_mit_wenigen_genauen_treffern_zeigt_auch_fast_passende(seite, site_server):
    """A sentence that two entries match in full: those first, then those with every word
    but one, and a note that says so (in the list and in the status)."""
    oeffne(seite, site_server.url("/suche/?q=wer+bringt+Essen+nach+Hause"))
    wurzel = site_server.url("/")
    liste = warte_auf_treffer(seite, wurzel, ["angebote/essen-auf-raedern-zolling/", "angebote/essen-auf-raedern-freising/"],
                              "wer bringt Essen nach Hause")
    # (the two full matches; the Freising service lacks a word and comes after them)
    assert set(liste[:2]) == {"angebote/tagespflege-ampertal/", "angebote/essen-auf-raedern-zolling/"}, liste
    assert liste.index("angebote/essen-auf-raedern-freising/") >= 2, liste
    hinweis = seite.find_element(By.CSS_SELECTOR, "#ergebnisse .hinweis-kasten").text
    assert hinweis.startswith("Nur wenige Einträge passen genau"), hinweis
    assert "Nur wenige Einträge passen genau" in status(seite), status(seite)
    # two words: every word must match, no note
    tippe(seite, "Essen Zolling")
    warte(seite, "return document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'"
                 " && document.getElementById('suche-status').textContent.indexOf('Essen Zolling') >= 0",
          was="the results of the second query")
    assert "angebote/essen-auf-raedern-zolling/" in treffer(seite, wurzel)[:5]
    assert not seite.find_elements(By.CSS_SELECTOR, "#ergebnisse .hinweis-kasten")


def test_adresse_mit_anfrage_und_filtern_laeuft_beim_laden(seite, site_server):
    oeffne(seite, site_server.url("/suche/?q=pflege&gemeinde=kranzberg&kategorie=ambulante-pflege"))
    warte(seite, "return document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'"
                 " && document.querySelectorAll('#ergebnisse ul > li').length > 0", was="results on load")
    assert seite.find_element(By.ID, "suche-q").get_attribute("value") == "pflege"
    assert seite.find_element(By.ID, "suche-gemeinde").get_attribute("value") == "kranzberg"
    assert seite.find_element(By.ID, "suche-kategorie").get_attribute("value") == "ambulante-pflege"
    liste = treffer(seite, site_server.url("/"))
    assert set(liste) <= {"angebote/caritas-sozialstation-ampertal/", "angebote/diakonie-sozialstation-freising/"}, liste
    assert liste, "no results"
    metas = seite.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#ergebnisse .suche-meta'), function (p) { return p.textContent; });")
    assert all("Ambulante Pflege" in m for m in metas), metas
    # the structure the contract promises
    assert seite.execute_script("var e = document.getElementById('ergebnisse');"
                                " return e.getAttribute('aria-busy') === 'false' && !!e.querySelector('ul > li a[href]');")
    assert "Kranzberg" in status(seite) and "Ambulante Pflege" in status(seite), status(seite)


def test_termin_in_den_treffern_mit_datum(seite, site_server):
    oeffne(seite, site_server.url("/suche/?q=" + urllib.parse.quote("Adventsnachmittag Allershausen")))
    warte(seite, "return document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'"
                 " && document.querySelectorAll('#ergebnisse ul > li').length > 0", was="results on load")
    assert treffer(seite, site_server.url("/"))[0] == "termine/adventsnachmittag-allershausen/"
    meta = seite.execute_script("return document.querySelector('#ergebnisse .suche-meta').textContent;")
    # the date as the event's page writes it (the site is built for 21 November 2026)
    assert meta.startswith("Termin: Mittwoch, 9. Dezember 2026, 14:00"), meta
    # the number to call, as text: every link of the list is a result
    telefon = seite.execute_script("var t = document.querySelector('#ergebnisse li .suche-telefon');"
                                   " return t ? t.textContent : null;")
    assert telefon == "Telefon 0123 456-111", telefon
    links, karten = seite.execute_script("return [document.querySelectorAll('#ergebnisse a').length,"
                                         " document.querySelectorAll('#ergebnisse ul > li').length];")
    assert links == karten, (links, karten)


def test_filterzahlen_ohne_und_mit_anfrage(seite, site_server):
    oeffne(seite, site_server.url("/suche/"))
    warte(seite, "return /\\(\\d+\\)$/.test(document.getElementById('suche-gemeinde').options[1].textContent)",
          was="counts in the Gemeinde filter")
    ohne_g, ohne_k = optionen(seite, "suche-gemeinde"), optionen(seite, "suche-kategorie")
    assert all(zahl_in(t) is not None for t in list(ohne_g.values()) + list(ohne_k.values())), (ohne_g, ohne_k)
    # a count without a query is the number of results of that filter alone
    seite.execute_script("var s = document.getElementById('suche-gemeinde'); s.value = 'kranzberg';"
                         " s.dispatchEvent(new Event('change', {bubbles: true}));")
    warte(seite, "return /Kranzberg/.test(document.getElementById('suche-status').textContent)", was="Kranzberg status")
    assert anzahl_im_status(seite) == zahl_in(ohne_g["kranzberg"]), (status(seite), ohne_g["kranzberg"])
    # with a query the counts follow it
    seite.execute_script("var s = document.getElementById('suche-gemeinde'); s.value = '';"
                         " s.dispatchEvent(new Event('change', {bubbles: true}));")
    tippe(seite, "Nachbarschaftshilfe")
    seite.find_element(By.ID, "suche-q").send_keys(Keys.ENTER)
    warte(seite, "return /Nachbarschaftshilfe/.test(document.getElementById('suche-status').textContent)"
                 " && document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'", was="query status")
    mit_g, mit_k = optionen(seite, "suche-gemeinde"), optionen(seite, "suche-kategorie")
    assert mit_g != ohne_g and mit_k != ohne_k, "counts did not change with the query"
    assert zahl_in(mit_k["nachbarschaftshilfe"]) >= 10
    assert zahl_in(mit_k["hausnotruf"]) == 0
    # picking a category gives as many results as its count said
    seite.execute_script("var s = document.getElementById('suche-kategorie'); s.value = 'fahrdienste';"
                         " s.dispatchEvent(new Event('change', {bubbles: true}));")
    warte(seite, "return /Fahr- und Begleitdienste/.test(document.getElementById('suche-status').textContent)"
                 " && document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'", was="filtered status")
    assert anzahl_im_status(seite) == zahl_in(mit_k["fahrdienste"]), (status(seite), mit_k["fahrdienste"])


def test_zurueck_stellt_die_vorige_anfrage_wieder_her(seite, site_server):
    wurzel = site_server.url("/")
    oeffne(seite, site_server.url("/suche/"))
    for q in ("Hausnotruf", "Tagespflege"):
        tippe(seite, q)
        seite.find_element(By.ID, "suche-q").send_keys(Keys.ENTER)
        warte(seite, "return document.getElementById('suche-status').textContent.indexOf(arguments[0]) >= 0"
                     " && document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'", q, was=q)
    assert "q=Tagespflege" in seite.current_url
    seite.back()
    warte(seite, "return document.getElementById('suche-q').value === 'Hausnotruf'"
                 " && document.getElementById('suche-status').textContent.indexOf('Hausnotruf') >= 0"
                 " && document.getElementById('ergebnisse').getAttribute('aria-busy') === 'false'", was="back to Hausnotruf")
    assert "q=Hausnotruf" in seite.current_url
    assert treffer(seite, wurzel)[0] in ("angebote/hausnotruf-brk/", "angebote/hausnotruf-malteser/")
    seite.forward()
    warte(seite, "return document.getElementById('suche-q').value === 'Tagespflege'", was="forward to Tagespflege")


def test_live_region_sagt_die_zahl_einmal_an(seite, site_server):
    oeffne(seite, site_server.url("/suche/"))
    live = seite.find_element(By.ID, "suche-status")
    assert live.get_attribute("role") == "status" and live.get_attribute("aria-live") == "polite"
    seite.execute_script("window.__ansagen = []; new MutationObserver(function () {"
                         " window.__ansagen.push(document.getElementById('suche-status').textContent); })"
                         ".observe(document.getElementById('suche-status'), {childList: true, characterData: true, subtree: true});")
    tippe(seite, "Seniorentreff", pause=0.12)  # 13 keys, results refresh while typing
    text = warte(seite, "var a = window.__ansagen; return a.length && /Treffer/.test(a[a.length - 1]) && a[a.length - 1]",
                 was="an announcement")
    time.sleep(1.5)  # nothing more comes
    ansagen = seite.execute_script("return window.__ansagen")
    assert 1 <= len(ansagen) <= 2, f"announced {len(ansagen)} times while typing 13 letters: {ansagen}"
    n = anzahl_im_status(seite)
    assert n > 0 and "Seniorentreff" in text
    sichtbar = seite.execute_script("return document.querySelectorAll('#ergebnisse ul > li').length")
    assert sichtbar == min(n, 10), (n, sichtbar)


def test_nur_mit_der_tastatur(seite, site_server):
    wurzel = site_server.url("/")
    oeffne(seite, site_server.url("/suche/"))
    seite.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
    def tab():
        ActionChains(seite).send_keys(Keys.TAB).perform()

    for _ in range(60):
        tab()
        if seite.execute_script("return document.activeElement.id") == "suche-q":
            break
    else:
        raise AssertionError("Tab never reached the search field")
    ActionChains(seite).send_keys("Hausnotruf").perform()
    warte_auf_treffer(seite, wurzel, ["angebote/hausnotruf-brk/", "angebote/hausnotruf-malteser/"], "Hausnotruf (keyboard)")
    ziel = None
    for _ in range(20):
        tab()
        ziel = seite.execute_script("var a = document.activeElement;"
                                    " return a.closest && a.closest('#ergebnisse') && a.tagName === 'A' ? a.href : null;")
        if ziel:
            break
    assert ziel, "Tab never reached a result link"
    ActionChains(seite).send_keys(Keys.ENTER).perform()
    warte(seite, "return location.href === arguments[0] && document.readyState === 'complete'", ziel,
          was=f"navigation to {ziel}")
    assert re.search(r"/angebote/hausnotruf-(brk|malteser)/$", seite.current_url), seite.current_url


def test_ohne_javascript_gibt_es_links_zu_jeder_gemeinde_und_jedem_thema(seite, site, site_server):
    gemeinden = sorted(p.name for p in (site / "gemeinden").iterdir() if (p / "index.html").is_file())
    kategorien = sorted(p.name for p in (site / "kategorien").iterdir() if (p / "index.html").is_file())
    assert gemeinden and kategorien
    seite.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        seite.get(site_server.url("/suche/?q=pflege"))
        abschnitt = seite.find_element(By.ID, "suche-ohne-js")
        assert abschnitt.is_displayed()
        hrefs = [a.get_attribute("href") for a in abschnitt.find_elements(By.CSS_SELECTOR, "a")]
        pfade = {urllib.parse.urlsplit(h).path for h in hrefs}
        for g in gemeinden:
            assert f"/gemeinden/{g}/" in pfade, f"no link to Gemeinde {g}"
        for k in kategorien:
            assert f"/kategorien/{k}/" in pfade, f"no link to category {k}"
        # the form still works as a plain GET form to the same page
        form = seite.find_element(By.ID, "suchformular")
        assert form.get_attribute("method") == "get"
        assert seite.find_element(By.ID, "ergebnisse").text == ""
    finally:
        seite.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    for p in sorted(pfade):
        assert (Path(site) / p.lstrip("/") / "index.html").is_file(), p
