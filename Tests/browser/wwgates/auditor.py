"""Per-page browser audit: axe-core at every width plus the computed-style
checks of audit.js, all in ONE page load per page. Results are cached so the
separate pytest tests (axe, contrast, targets, ...) share one load."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from . import thresholds as T
from .browser import set_media, set_viewport

AUDIT_JS = (Path(__file__).parent / "audit.js").read_text(encoding="utf-8")

# check name (from audit.js) -> gate / test group
GROUPS = {
    "font-size": "text-size", "line-height": "text-size",
    "contrast": "contrast", "control-boundary": "contrast", "contrast-unverifiable": "contrast",
    "link-cue": "link-cue",
    "target-size": "target-size",
    "focus-indicator": "focus", "focus-contrast": "focus", "focus-obscured": "focus",
    "skip-link": "skip-link",
    "reflow": "reflow",
    "lang": "structure", "h1-count": "structure", "heading-order": "structure",
    "heading-empty": "structure", "landmark": "structure",
    "third-party": "same-origin",
    "cookie": "privacy", "storage": "privacy",
    "motion": "reduced-motion",
    "console": "runtime", "failed-request": "runtime",
}

AXE_RUN = r"""
const tags = arguments[0], done = arguments[arguments.length - 1];
window.__wwQuiet = true;
axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
  .then(function (r) {
    window.__wwQuiet = false;
    done({ version: axe.version, violations: r.violations.map(function (v) {
      return { id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
        nodes: v.nodes.map(function (n) {
          return { target: n.target.map(function (t) { return Array.isArray(t) ? t.join(' >>> ') : t; }).join(', '),
                   html: n.html, summary: n.failureSummary };
        }) };
    }) });
  })
  .catch(function (e) { window.__wwQuiet = false; done({ error: String((e && e.stack) || e) }); });
"""


@dataclass
class Finding:
    group: str
    check: str
    context: str
    selector: str
    html: str
    value: str
    expected: str
    detail: str = ""

    @property
    def key(self):
        return (self.group, self.check, self.selector, str(self.value))


@dataclass
class PageAudit:
    url: str
    axe: dict = field(default_factory=dict)        # width -> list of violations
    findings: list = field(default_factory=list)   # list[Finding]
    info: dict = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0

    def group(self, name: str) -> list[Finding]:
        return [f for f in self.findings if f.group == name]


class PageAuditor:
    def __init__(self, driver, server, axe_source: str, axe_tags=None):
        self.driver = driver
        self.server = server
        self.axe_source = axe_source
        self.axe_tags = list(axe_tags or T.AXE_TAGS)
        self.axe_version = None
        self.cache: dict[str, PageAudit] = {}
        self.total_seconds = 0.0

    # ---------------------------------------------------------------- public
    def audit(self, url: str) -> PageAudit:
        if url not in self.cache:
            t0 = time.monotonic()
            res = PageAudit(url=url)
            try:
                self._audit(url, res)
            except Exception as e:  # recorded, every test for this page reports it
                res.error = f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                try:
                    self._reset()
                except Exception:
                    pass
            res.seconds = time.monotonic() - t0
            self.total_seconds += res.seconds
            self.cache[url] = res
        return self.cache[url]

    # --------------------------------------------------------------- helpers
    def _inject(self):
        d = self.driver
        if not d.execute_script("return !!window.__wwAudit"):
            d.execute_script(AUDIT_JS)
        if not d.execute_script("return !!(window.axe && window.axe.run)"):
            ver = d.execute_script(self.axe_source + "\n;return (window.axe && window.axe.version) || null;")
            if not ver:
                raise RuntimeError("axe-core did not initialise in the page")
            self.axe_version = ver

    def _call(self, fn: str) -> dict:
        self._inject()
        return self.driver.execute_script("return window.__wwAudit[arguments[0]](arguments[1]);", fn, T.for_js())

    def _axe(self) -> list:
        self._inject()
        r = self.driver.execute_async_script(AXE_RUN, self.axe_tags)
        if r.get("error"):
            raise RuntimeError("axe.run failed: " + r["error"][:500])
        self.axe_version = r.get("version") or self.axe_version
        return r["violations"]

    def _add(self, res: PageAudit, context: str, result: dict):
        for v in result.get("violations", []):
            res.findings.append(Finding(group=GROUPS.get(v["check"], "other"), check=v["check"], context=context,
                                        selector=v.get("selector", ""), html=v.get("html", ""),
                                        value=str(v.get("value", "")), expected=str(v.get("expected", "")),
                                        detail=v.get("detail", "")))

    def _reset(self):
        d = self.driver
        try:
            d.execute_script("window.__wwQuiet = true; try { localStorage.clear(); sessionStorage.clear(); } catch (e) {}")
        except Exception:
            pass
        d.delete_all_cookies()
        set_media(d)
        set_viewport(d, T.AUDIT_WIDTHS[0], T.VIEWPORT_HEIGHT)

    # ------------------------------------------------------------------ audit
    def _audit(self, url: str, res: PageAudit):
        d = self.driver
        wide, narrow = T.AUDIT_WIDTHS
        d.get_log("browser")  # discard messages from earlier pages
        log_start = len(self.server.request_log)
        set_media(d)
        set_viewport(d, wide, T.VIEWPORT_HEIGHT)
        d.get(self.server.url(url))
        status = d.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;")
        if status and status >= 400:
            raise RuntimeError(f"page returned HTTP {status}")

        # 1. keyboard: the first Tab must land on the skip link
        ActionChains(d).send_keys(Keys.TAB).perform()
        self._add(res, f"{wide}px", self._call("skipLink"))

        # 2. wide, light
        res.axe[wide] = self._axe()
        ctx = f"light {wide}px"
        for fn in ("textSize", "contrast", "linkCue", "targetSize", "structure", "origins"):
            r = self._call(fn)
            self._add(res, ctx, r)
            if fn == "origins":
                res.info["resources"] = r.get("resources", [])
            if fn == "structure":
                res.info["headings"] = r.get("headings")
        self._add(res, ctx, self._call("focusIndicator"))

        # 3. wide, dark colour scheme
        set_media(d, "dark")
        ctx = f"dark {wide}px"
        for fn in ("contrast", "linkCue", "focusIndicator"):
            self._add(res, ctx, self._call(fn))

        # 4. narrow (reflow width), light
        set_media(d)
        set_viewport(d, narrow, T.VIEWPORT_HEIGHT)
        res.axe[narrow] = self._axe()
        ctx = f"light {narrow}px"
        for fn in ("textSize", "contrast", "targetSize", "reflow"):
            self._add(res, ctx, self._call(fn))

        # 5. narrow, dark
        set_media(d, "dark")
        self._add(res, f"dark {narrow}px", self._call("contrast"))
        self._add(res, f"dark {narrow}px", self._call("targetSize"))

        # 6. prefers-reduced-motion
        set_media(d, reduced_motion=True)
        ctx = f"reduced-motion {narrow}px"
        self._add(res, ctx, self._call("motion"))
        self._add(res, ctx, self._call("contrast"))

        # 7. cookies / storage used at any point since load
        self._add(res, "after load", self._call("privacy"))

        # 8. console errors (CSP violations, script errors, failed loads) and
        #    failed requests seen by the server while this page was open
        base = self.server.base_url
        for entry in d.get_log("browser"):
            msg = entry.get("message", "")
            if entry.get("level") != "SEVERE" or "favicon.ico" in msg:
                continue
            if entry.get("source") == "network" and msg.startswith(base):
                continue   # same-origin failed load: reported below from the server log
            res.findings.append(Finding("runtime", "console", "browser console", entry.get("source", "console"),
                                        "", msg[:300], "no console errors"))
        for method, path, status, referer in self.server.request_log[log_start:]:
            if status >= 400 and not path.startswith("/favicon.ico"):
                res.findings.append(Finding("runtime", "failed-request", "server log", f"{method} {path}", "",
                                            f"HTTP {status}" + (f" (referer {referer})" if referer else ""),
                                            "HTTP 200"))
        self._reset()
