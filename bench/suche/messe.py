#!/usr/bin/env python3
"""Runs the query set through Wegweiser's search page and through Pagefind, in headless Chromium.

    python3 bench/suche/messe.py --site /tmp/wwsuche/site-beispiel --inhalt content \
        --anfragen bench/suche/anfragen.json --aus /tmp/wwsuche/messung-beispiel.json [--runden 5]

The site folder must hold a Wegweiser build (suche/, suchindex/) and a Pagefind index
(pagefind/, from `python3 -m pagefind --site <site>`). It is served by a loopback HTTP server
that gzips text (html, css, js, json) on the fly, as a web server with gzip on would; Pagefind's
own index files are gzip already and go out as they are. Per engine and query:

* first query, cold (HTTP cache cleared and off via CDP, a new page load):
  Wegweiser: `suche/?q=…` until the results are shown (`#ergebnisse` aria-busy back to false,
  status text set) and no new request came for 0.5 s (filter counts included);
  Pagefind: a page on the same server imports `/pagefind/pagefind.js`, calls
  `pagefind.search(q)` and `data()` of the first 5 results (what its UI shows first).
  Requests and bytes are counted by the server: every response body as sent (gzip where it
  applies, no headers), also what Pagefind fetches from its Web Worker, which the page's
  Resource Timing does not see. Counted: `assets/suche.js` and `suchindex/…`
  for Wegweiser, everything under `/pagefind/` for Pagefind. The page itself (HTML, CSS) is
  not counted for either, except what of the search the Wegweiser search page carries: the head
  of a split index (`#suchkopf`) and the search script itself: their bytes are counted, gzipped
  like a file, without a request.
* relevance and time, warm (everything loaded once, cache on): every query `--runden` times in
  one page, the first round only warms up. Engine time, the same work for both: the search and
  the display data of the first 5 results (Wegweiser: `suche()` + `dokumente()` in a page with
  the engine alone, /__bench/wegweiser.html; Pagefind: `search()` + `data()`). Page time
  (Wegweiser only): through the real form (value set, requestSubmit, until aria-busy is false
  and the list is rendered). Relevance: the top 10 URLs (Wegweiser's page; Pagefind data() of 10).

Place names: queries with "orte" name Gemeinden of the example region. For another region
(--inhalt points at its content folder) they are replaced by that region's largest Gemeinden,
and "erwartet" no longer applies (only transfer and time are measured).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.parse
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HIER = Path(__file__).resolve().parent
WURZEL = HIER.parents[1]
sys.path.insert(0, str(WURZEL / "Tests" / "browser"))

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from wwgates.browser import CHROMEDRIVER, chromium_binary  # noqa: E402

TEXT = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml"}


# ------------------------------------------------------------------ server

class GzipHandler(SimpleHTTPRequestHandler):
    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".js": "text/javascript",
                      ".mjs": "text/javascript", ".json": "application/json", ".wasm": "application/wasm"}
    cache: dict = {}
    lock = threading.Lock()

    def log_message(self, *a):
        pass

    def do_GET(self):
        pfad = urllib.parse.urlsplit(self.path).path
        if pfad in ("/__bench/pagefind.html", "/__bench/wegweiser.html"):
            datei = HIER / pfad.rsplit("/", 1)[1]
        else:
            datei = Path(self.translate_path(pfad))
            if datei.is_dir():
                if not pfad.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", pfad + "/")
                    self.end_headers()
                    return
                datei = datei / "index.html"
        if not datei.is_file():
            self.send_error(404)
            return
        roh = datei.read_bytes()
        typ = self.guess_type(str(datei))
        koerper, kodiert = roh, False
        if datei.suffix in TEXT and "gzip" in self.headers.get("Accept-Encoding", ""):
            schluessel = (str(datei), os.stat(datei).st_mtime_ns)
            with self.lock:
                koerper = self.cache.get(schluessel)
            if koerper is None:
                koerper = gzip.compress(roh, compresslevel=6, mtime=0)
                with self.lock:
                    self.cache[schluessel] = koerper
            kodiert = True
        self.send_response(200)
        self.send_header("Content-Type", typ)
        if kodiert:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(koerper)))
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        self.wfile.write(koerper)
        with self.lock:
            self.server.protokoll.append((pfad, len(koerper), len(roh)))


class Server:
    def __init__(self, ordner: Path):
        handler = lambda *a, **k: GzipHandler(*a, directory=str(ordner), **k)  # noqa: E731
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.httpd.protokoll = []
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.basis = "http://127.0.0.1:%d" % self.httpd.server_address[1]

    def protokoll(self):
        with GzipHandler.lock:
            return list(self.httpd.protokoll)

    def leeren(self):
        with GzipHandler.lock:
            self.httpd.protokoll.clear()

    def schliessen(self):
        self.httpd.shutdown()
        self.httpd.server_close()


# ------------------------------------------------------------------ browser

# Records when #ergebnisse goes from aria-busy="true" back to "false" (results shown).
BEOBACHTER = r"""
(function () {
  window.__fertig = null;
  var beschaeftigt = false;
  new MutationObserver(function (liste) {
    liste.forEach(function (m) {
      if (m.target.id !== 'ergebnisse') return;
      var b = m.target.getAttribute('aria-busy');
      if (b === 'true') beschaeftigt = true;
      else if (beschaeftigt && b === 'false' && window.__fertig === null) window.__fertig = performance.now();
    });
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();
"""

def treiber():
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium_binary()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--disable-extensions", "--disable-background-networking", "--no-first-run",
                "--disable-sync", "--disable-component-update", "--disable-default-apps", "--lang=de-DE"):
        opts.add_argument(arg)
    d = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    d.set_page_load_timeout(120)
    d.set_script_timeout(600)
    d.execute_cdp_cmd("Network.enable", {})
    d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": BEOBACHTER})
    return d


def warte(d, bedingung, sekunden=60.0, takt=0.02):
    ende = time.monotonic() + sekunden
    while time.monotonic() < ende:
        wert = d.execute_script(bedingung)
        if wert:
            return wert
        time.sleep(takt)
    raise TimeoutError(bedingung)


def ruhig(server, filter_, ruhe=0.5, sekunden=30.0):
    """Waits until the server has had no new matching request for `ruhe` seconds; returns them."""
    ende = time.monotonic() + sekunden
    letzte, seit = None, time.monotonic()
    while time.monotonic() < ende:
        liste = [r for r in server.protokoll() if filter_(r[0])]
        if letzte is None or len(liste) != len(letzte):
            letzte, seit = liste, time.monotonic()
        elif time.monotonic() - seit >= ruhe:
            return liste
        time.sleep(0.05)
    return letzte or []


def zusammenfassung(liste):
    """Requests as the server saw them: (path, bytes sent, bytes of the file)."""
    return {
        "anfragen": len(liste),
        "kodiert": sum(r[1] for r in liste),
        "roh": sum(r[2] for r in liste),
        "dateien": [[r[0], r[1]] for r in liste],
    }


def pfad_von(url: str) -> str:
    return urllib.parse.urlsplit(url).path.lstrip("/")


# ------------------------------------------------------------------ Wegweiser

def ww_ist_suche(p: str) -> bool:
    return "/suchindex/" in p or p.endswith("/assets/suche.js")


def kalt(d, server):
    """Cache cleared and off, counters reset: the next page load starts cold. Returns the start time."""
    d.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    d.execute_cdp_cmd("Network.clearBrowserCache", {})
    d.get("about:blank")
    server.leeren()
    return time.monotonic()


def ww_erste(d, server, q):
    t0 = kalt(d, server)
    d.get(server.basis + "/suche/?q=" + urllib.parse.quote_plus(q))
    warte(d, "var e=document.getElementById('ergebnisse'), s=document.getElementById('suche-status');"
             "return window.__fertig !== null && e.getAttribute('aria-busy')==='false' && s.textContent.length>0;")
    wand = (time.monotonic() - t0) * 1000
    fertig = d.execute_script("return window.__fertig")
    res = zusammenfassung(ruhig(server, ww_ist_suche))
    # A split index's head stands in the search page (<script type="application/json" id="suchkopf">):
    # counted as if it were a file of its own, compressed like one, but no request.
    kopf = d.execute_script("var k = document.getElementById('suchkopf'); return k ? k.textContent : null;")
    if kopf:
        roh = kopf.encode("utf-8")
        res["kodiert"] += len(gzip.compress(roh, compresslevel=6, mtime=0))
        res["roh"] += len(roh)
        res["dateien"].append(["suche/index.html#suchkopf", len(gzip.compress(roh, compresslevel=6, mtime=0))])
    # The search script stands in the page too (`Suchskript`, allowed by its hash): counted the same way.
    skript = d.execute_script("var s = document.querySelector('script[data-suchindex]:not([src])'); return s ? s.textContent : null;")
    if skript:
        roh = skript.encode("utf-8")
        res["kodiert"] += len(gzip.compress(roh, compresslevel=6, mtime=0))
        res["roh"] += len(roh)
        res["dateien"].append(["suche/index.html#suchskript", len(gzip.compress(roh, compresslevel=6, mtime=0))])
    res["ms_bis_treffer"] = fertig
    res["ms_wand"] = wand
    return res


WW_EINMAL = r"""
var q = arguments[0], fertig = arguments[arguments.length - 1];
var f = document.getElementById('suchformular'), e = document.getElementById('ergebnisse');
f.elements.q.value = q;
var t0 = performance.now();
var mo = new MutationObserver(function () {
  if (e.getAttribute('aria-busy') === 'false') {
    mo.disconnect();
    var ms = performance.now() - t0;
    var urls = Array.prototype.map.call(e.querySelectorAll('li h3 a'), function (a) { return new URL(a.href).pathname; });
    fertig({ms: ms, urls: urls, status: document.getElementById('suche-status').textContent});
  }
});
mo.observe(e, {attributes: true, attributeFilter: ['aria-busy']});
f.requestSubmit();
"""


def ww_warm(d, basis, anfragen, runden):
    """Relevance and page time through the real page; engine time (search + the records of
    the first 5, as for Pagefind) in a page with the engine alone."""
    d.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    d.get(basis + "/suche/")
    warte(d, "return document.getElementById('suchformular') !== null")
    seite = {a["q"]: [] for a in anfragen}
    urls = {}
    for runde in range(runden):
        for a in anfragen:
            r = d.execute_async_script(WW_EINMAL, a["q"])
            if runde == 0:
                urls[a["q"]] = [u.lstrip("/") for u in r["urls"]]
            else:
                seite[a["q"]].append(r["ms"])
    d.get(basis + "/__bench/wegweiser.html")
    warte(d, "return typeof window.wwSuche === 'function'")
    zeiten = {a["q"]: [] for a in anfragen}
    for runde in range(runden):
        for a in anfragen:
            r = d.execute_async_script("wwSuche(arguments[0], 5).then(arguments[1])", a["q"])
            if runde > 0:
                zeiten[a["q"]].append(r["ms"])
    return zeiten, urls, seite


# ------------------------------------------------------------------ Pagefind

def pf_ist_suche(p: str) -> bool:
    return p.startswith("/pagefind/")


def pf_erste(d, server, q):
    t0 = kalt(d, server)
    d.get(server.basis + "/__bench/pagefind.html?q=" + urllib.parse.quote_plus(q))
    e = warte(d, "return window.__ergebnis")
    if "fehler" in e:
        raise RuntimeError("Pagefind: " + e["fehler"])
    wand = (time.monotonic() - t0) * 1000
    res = zusammenfassung(ruhig(server, pf_ist_suche))
    res["ms_bis_treffer"] = e["fertig"]
    res["ms_wand"] = wand
    return res


def pf_warm(d, basis, anfragen, runden):
    d.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": False})
    d.get(basis + "/__bench/pagefind.html")
    warte(d, "return typeof window.pfSuche === 'function'")
    zeiten = {a["q"]: [] for a in anfragen}
    urls = {}
    for a in anfragen:
        r = d.execute_async_script("pfSuche(arguments[0], 10).then(arguments[1])", a["q"])
        urls[a["q"]] = [u.lstrip("/") for u in r["urls"]]
    for runde in range(1, runden):
        for a in anfragen:
            r = d.execute_async_script("pfSuche(arguments[0], 5).then(arguments[1])", a["q"])
            zeiten[a["q"]].append(r["ms"])
    return zeiten, urls, None


# ------------------------------------------------------------------ query set

def orte_der_region(inhalt: Path) -> list[str]:
    """Gemeinden of a content folder, most inhabitants first, as people say them (first word)."""
    orte = []
    for index in sorted((inhalt / "gemeinden").glob("*/index.md")):
        text = index.read_text(encoding="utf-8")
        name = re.search(r"^name:\s*\"?([^\"\n]+)", text, re.M).group(1).strip()
        m = re.search(r"^einwohner:\s*(\d+)", text, re.M)
        orte.append((-(int(m.group(1)) if m else 0), name))
    return [name.split(" ")[0] for _, name in sorted(orte)]


def anfragen_fuer(anfragen, inhalt: Path, beispiel: bool):
    if beispiel:
        return [dict(a) for a in anfragen]
    orte = orte_der_region(inhalt)
    zuordnung, aus = {}, []
    for a in anfragen:
        a = dict(a)
        q = a["q"]
        for ort in a.get("orte", []):
            if ort not in zuordnung:
                zuordnung[ort] = orte[len(zuordnung) % len(orte)]
            q = re.sub(re.escape(ort), zuordnung[ort], q, flags=re.I)
        a["q"] = q
        a["erwartet"] = []
        aus.append(a)
    return aus


# ------------------------------------------------------------------ main

def rang(urls, erwartet):
    for i, u in enumerate(urls):
        if u in erwartet:
            return i + 1
    return None


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--site", required=True, type=Path)
    p.add_argument("--inhalt", required=True, type=Path, help="the content folder the site was built from")
    p.add_argument("--anfragen", default=HIER / "anfragen.json", type=Path)
    p.add_argument("--aus", required=True, type=Path, help="JSON file for the results")
    p.add_argument("--runden", type=int, default=5)
    p.add_argument("--beispiel", action="store_true", help="the example region: expected pages apply")
    p.add_argument("--nur", choices=["wegweiser", "pagefind"], help="measure one engine only")
    args = p.parse_args()

    satz = json.loads(args.anfragen.read_text(encoding="utf-8"))
    anfragen = anfragen_fuer(satz["anfragen"], args.inhalt, args.beispiel)
    server = Server(args.site)
    d = treiber()
    ergebnis = {"site": str(args.site), "browser": d.capabilities.get("browserVersion"),
                "anfragen": [], "beispiel": args.beispiel}
    engines = [("wegweiser", ww_erste, ww_warm), ("pagefind", pf_erste, pf_warm)]
    if args.nur:
        engines = [e for e in engines if e[0] == args.nur]
    try:
        pro = {}
        for name, erste, warm in engines:
            t0 = time.monotonic()
            kalt = {}
            for a in anfragen:
                kalt[a["q"]] = erste(d, server, a["q"])
            zeiten, urls, seite = warm(d, server.basis, anfragen, args.runden)
            pro[name] = (kalt, zeiten, urls, seite)
            print(f"   {name}: {len(anfragen)} Anfragen in {time.monotonic() - t0:.0f} s", file=sys.stderr)
        for a in anfragen:
            eintrag = {"q": a["q"], "art": a["art"], "erwartet": a["erwartet"]}
            for name in pro:
                kalt, zeiten, urls, seite = pro[name]
                eintrag[name] = {
                    "erste": kalt[a["q"]],
                    "ms": zeiten[a["q"]],
                    "ms_seite": seite[a["q"]] if seite else None,
                    "urls": urls[a["q"]],
                    "rang": rang(urls[a["q"]], a["erwartet"]) if a["erwartet"] else None,
                }
            ergebnis["anfragen"].append(eintrag)
    finally:
        d.quit()
        server.schliessen()
    args.aus.write_text(json.dumps(ergebnis, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
