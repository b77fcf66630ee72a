"""The one headless Chromium session shared by all browser gates."""
from __future__ import annotations

import os
import shutil

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

# Installed before any page script runs (CDP Page.addScriptToEvaluateOnNewDocument):
# records every use of document.cookie, localStorage, sessionStorage and
# indexedDB by the page. window.__wwQuiet mutes it while our own audit code runs.
STORAGE_SPY = r"""
(function () {
  if (window.__wwStorageLog) return;
  const log = [];
  Object.defineProperty(window, '__wwStorageLog', { value: log, enumerable: false });
  function note(what) {
    if (window.__wwQuiet) return;
    let where = '';
    try {
      const lines = (new Error().stack || '').split('\n').map(s => s.trim()).filter(s => s.startsWith('at '));
      where = lines.length > 2 ? ' ' + lines[2] : '';
    } catch (e) { /* ignore */ }
    log.push(what + where);
  }
  for (const name of ['localStorage', 'sessionStorage']) {
    const d = Object.getOwnPropertyDescriptor(window, name);
    if (d && d.get) {
      Object.defineProperty(window, name, { configurable: true, enumerable: true,
        get() { note(name + ' accessed'); return d.get.call(window); } });
    }
  }
  const c = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (c) {
    Object.defineProperty(Document.prototype, 'cookie', { configurable: true, enumerable: true,
      get() { note('document.cookie read'); return c.get.call(this); },
      set(v) { note('document.cookie written'); return c.set.call(this, v); } });
  }
  if (window.IDBFactory) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function () { note('indexedDB.open'); return open.apply(this, arguments); };
  }
  if (window.CookieStore) {
    for (const m of ['get', 'getAll', 'set', 'delete']) {
      const f = CookieStore.prototype[m];
      if (f) CookieStore.prototype[m] = function () { note('cookieStore.' + m); return f.apply(this, arguments); };
    }
  }
})();
"""


def chromium_binary() -> str:
    for cand in (os.environ.get("CHROME_BIN"), "/usr/bin/chromium", shutil.which("chromium"),
                 shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if cand and os.path.exists(cand):
            return cand
    raise FileNotFoundError("Chromium not found: run scripts/install-browser-deps.sh (or set CHROME_BIN)")


def make_driver(width: int = 1280, height: int = 900) -> webdriver.Chrome:
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium_binary()
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--disable-extensions", "--disable-background-networking", "--no-first-run",
                "--disable-sync", "--disable-component-update", "--disable-default-apps",
                "--lang=de-DE", "--font-render-hinting=none"):
        opts.add_argument(arg)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not os.path.exists(CHROMEDRIVER):
        raise FileNotFoundError(f"{CHROMEDRIVER} not found: run scripts/install-browser-deps.sh (or set CHROMEDRIVER)")
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(180)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": STORAGE_SPY})
    return driver


def set_viewport(driver, width: int, height: int = 900) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


def set_media(driver, color_scheme: str | None = None, reduced_motion: bool = False) -> None:
    features = [{"name": "prefers-color-scheme", "value": color_scheme or "light"},
                {"name": "prefers-reduced-motion", "value": "reduce" if reduced_motion else "no-preference"}]
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "", "features": features})
