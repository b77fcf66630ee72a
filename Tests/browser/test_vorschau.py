"""`wegweiser serve`, the preview a volunteer keeps open while editing: in headless Chromium.

The preview builds a copy of the example region, serves it on loopback, and builds again
whenever a file changes. Checked here as a volunteer meets it: a saved change shows up in
the open page by itself; a mistake shows its German message (file, line, what to write)
above the last good page, accessibly; once fixed, the page reloads. Also: nothing outside
the site is served, and a port in use gets a clear message and exit code 2.

Binary: $WEGWEISER_BIN, default .build/debug/wegweiser (scripts/test builds it).
"""
from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from wwgates import thresholds as T
from wwgates.auditor import AXE_RUN
from wwgates.browser import set_media, set_viewport

REPO = Path(__file__).resolve().parents[2]
BIN = Path(os.environ.get("WEGWEISER_BIN") or REPO / ".build" / "debug" / "wegweiser")
DATEI = "gemeinden/zolling/angebote/nachbarschaftshilfe-zolling.md"
WARTEN = 30.0


def warte(bedingung, was: str, sekunden: float = WARTEN):
    ende = time.monotonic() + sekunden
    while True:
        wert = bedingung()
        if wert:
            return wert
        if time.monotonic() > ende:
            raise AssertionError(f"timed out after {sekunden:g}s waiting for {was}")
        time.sleep(0.05)


class Vorschau:
    def __init__(self, ordner: Path, port: int = 0):
        self.ordner = ordner
        self.log = ordner / "vorschau.log"
        self.proc = subprocess.Popen(
            [str(BIN), "serve", "--content", str(ordner / "content"), "--output", str(ordner / "site"),
             "--theme", str(ordner / "theme"), "--today", "2026-11-21", "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=open(self.log, "w"))
        m = warte(lambda: re.search(r"http://127\.0\.0\.1:(\d+)/", self.text()) or self.proc.poll() is not None,
                  "the preview to listen")
        assert m is not True, f"the preview ended: {self.text()}"
        self.port = int(m.group(1))
        self.url = f"http://127.0.0.1:{self.port}/"

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=10)


@pytest.fixture(scope="module")
def vorschau(tmp_path_factory):
    assert BIN.exists(), f"no binary at {BIN}: swift build first"
    ordner = tmp_path_factory.mktemp("vorschau")
    shutil.copytree(REPO / "content", ordner / "content")
    shutil.copytree(REPO / "themes" / "default", ordner / "theme")
    v = Vorschau(ordner)
    yield v
    v.stop()


@pytest.fixture
def seite(browser):
    set_viewport(browser, 1280, 900)
    set_media(browser, "light")
    browser.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})
    return browser


def schreibe_titel(vorschau: Vorschau, zeile: str):
    """Puts `zeile` in place of the file's `titel:` line, as a volunteer saving in an editor."""
    pfad = vorschau.ordner / "content" / DATEI
    text = pfad.read_text(encoding="utf-8")
    neu, n = re.subn(r"^titel:.*$", zeile, text, count=1, flags=re.M)
    assert n == 1
    pfad.write_text(neu, encoding="utf-8")


def h1(driver) -> str:
    return driver.execute_script("var h = document.querySelector('h1'); return h ? h.textContent : '';")


def test_eine_gespeicherte_aenderung_erscheint_in_der_offenen_seite(vorschau, seite):
    seite.get(vorschau.url + "angebote/nachbarschaftshilfe-zolling/")
    assert h1(seite).strip() == "Nachbarschaftshilfe Zolling"
    seite.execute_script("window.__nochDieAlteSeite = true;")
    # (the page's script has asked for the state and waits for the next build)
    time.sleep(1.0)
    schreibe_titel(vorschau, "titel: Nachbarschaftshilfe Zolling und Umgebung")
    warte(lambda: h1(seite).strip() == "Nachbarschaftshilfe Zolling und Umgebung", "the page to show the new title")
    assert not seite.execute_script("return !!window.__nochDieAlteSeite"), "the page was not reloaded"
    assert "0 Fehler" in vorschau.text()
    # what was built is the site as `build` writes it: nothing of the preview in the files
    gebaut = (vorschau.ordner / "site" / "angebote" / "nachbarschaftshilfe-zolling" / "index.html").read_text(encoding="utf-8")
    assert "und Umgebung" in gebaut and "_wegweiser" not in gebaut
    assert "/_wegweiser/vorschau.js" in seite.page_source


def test_ein_fehler_steht_ueber_der_letzten_guten_seite_bis_er_behoben_ist(vorschau, seite, axe_source):
    seite.get(vorschau.url + "angebote/nachbarschaftshilfe-zolling/")
    titel = h1(seite).strip()
    time.sleep(1.0)
    schreibe_titel(vorschau, "titel:")
    box = warte(lambda: seite.execute_script(
        "var b = document.getElementById('wegweiser-vorschau'); return b && b.getAttribute('role') === 'alert' ? b.innerText : null;"),
        "the error above the page")
    assert DATEI in box and "Zeile 2" in box and "titel" in box, box
    assert "So geht es" in box, box
    # the last good site stays: the page is still there, and so are the files
    assert h1(seite).strip() == titel
    assert (vorschau.ordner / "site" / "index.html").exists()
    assert "Nicht neu gebaut" in vorschau.text()
    # the message is plain text in the page, big and readable, and passes axe
    groesse = seite.execute_script(
        "return parseFloat(getComputedStyle(document.getElementById('wegweiser-vorschau')).fontSize);")
    assert groesse >= 18
    seite.execute_script(axe_source)
    r = seite.execute_async_script(AXE_RUN, list(T.AXE_TAGS))
    assert not r.get("error"), r
    im_kasten = [v for v in r["violations"] if any("wegweiser-vorschau" in n["target"] for n in v["nodes"])]
    assert not im_kasten, im_kasten
    # fixed: the message goes, the page reloads with the new title
    seite.execute_script("window.__nochDieAlteSeite = true;")
    schreibe_titel(vorschau, "titel: Nachbarschaftshilfe Zolling (neu)")
    warte(lambda: h1(seite).strip() == "Nachbarschaftshilfe Zolling (neu)", "the fixed page")
    assert not seite.execute_script("return !!window.__nochDieAlteSeite")
    assert not seite.execute_script("return !!document.getElementById('wegweiser-vorschau')")


def test_eine_kaputte_vorlage_steht_ueber_der_seite_bis_sie_repariert_ist(vorschau, seite):
    """A theme maintainer's mistake: the template's message above the last good page."""
    vorlage = vorschau.ordner / "theme" / "templates" / "angebot.mustache"
    gut = vorlage.read_text(encoding="utf-8")
    seite.get(vorschau.url + "angebote/nachbarschaftshilfe-zolling/")
    titel = h1(seite).strip()
    time.sleep(1.0)
    vorlage.write_text(gut + "\n{{#offen}}\n", encoding="utf-8")
    box = warte(lambda: seite.execute_script(
        "var b = document.getElementById('wegweiser-vorschau'); return b ? b.innerText : null;"), "the template's error")
    assert "angebot" in box, box
    assert h1(seite).strip() == titel
    vorlage.write_text(gut, encoding="utf-8")
    warte(lambda: not seite.execute_script("return !!document.getElementById('wegweiser-vorschau')"),
          "the error to go once the template is repaired")


def test_nur_die_website_wird_ausgeliefert(vorschau):
    def hole(pfad: str) -> tuple[int, str]:
        c = http.client.HTTPConnection("127.0.0.1", vorschau.port, timeout=10)
        c.request("GET", pfad)
        r = c.getresponse()
        body = r.read().decode("utf-8", "replace")
        ort = r.getheader("Location") or ""
        c.close()
        return r.status, ort or body

    for pfad in ("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/angebote/..%2f..%2f..%2fetc/passwd",
                 "/.wegweiser-ausgabe", "/gibt-es-nicht/"):
        status, text = hole(pfad)
        assert status == 404, (pfad, status)
        assert "root:" not in text
    # a folder without its final slash: to the address its relative links work from
    assert hole("/angebote?x=1") == (301, "/angebote/?x=1")
    status, text = hole("/assets/style.css")
    assert status == 200 and "_wegweiser" not in text


def test_ein_belegter_port_wird_klar_gemeldet(vorschau, tmp_path):
    shutil.copytree(REPO / "content", tmp_path / "content")
    p = subprocess.run([str(BIN), "serve", "--content", str(tmp_path / "content"), "--output", str(tmp_path / "site"),
                        "--theme", str(REPO / "themes" / "default"), "--today", "2026-11-21", "--port", str(vorschau.port)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2, p.stderr
    assert f"Port {vorschau.port} ist schon belegt" in p.stderr and "--port" in p.stderr, p.stderr
    assert "Traceback" not in p.stderr and "Fatal error" not in p.stderr and "errno" not in p.stderr
    # the port is taken first: nothing was built
    assert not (tmp_path / "site").exists()


def test_hinweise_zur_gespeicherten_datei_und_viele_offene_tabs(vorschau, seite):
    """A warning (a misspelt key) of the file just saved shows as a note; six other tabs of the
    preview do not hold up a seventh (a browser opens six connections to a server)."""
    url = vorschau.url + "angebote/nachbarschaftshilfe-zolling/"
    haupt = seite.current_window_handle
    for _ in range(7):
        seite.switch_to.new_window("tab")
        seite.get(url)
    seite.switch_to.new_window("tab")
    start = time.monotonic()
    seite.get(vorschau.url + "angebote/")
    assert time.monotonic() - start < 5, "a page took long with seven tabs open"
    for h in seite.window_handles:
        if h != haupt:
            seite.switch_to.window(h)
            seite.close()
    seite.switch_to.window(haupt)
    seite.get(url)
    seite.execute_script("window.__nochDieAlteSeite = true;")
    pfad = vorschau.ordner / "content" / DATEI
    text = pfad.read_text(encoding="utf-8")
    pfad.write_text(text.replace("\n---\n", "\nkostn: kostenlos\n---\n", 1), encoding="utf-8")
    box = warte(lambda: seite.execute_script(
        "var b = document.getElementById('wegweiser-vorschau'); return b && b.getAttribute('role') === 'status' ? b.innerText : null;"),
        "the note about the saved file")
    assert "kostn" in box and DATEI in box, box
    assert not seite.execute_script("return !!window.__nochDieAlteSeite"), "the page was not rebuilt and reloaded"
    pfad.write_text(text, encoding="utf-8")
    warte(lambda: not seite.execute_script("return !!document.getElementById('wegweiser-vorschau')"),
          "the note to go once the file is fixed")
