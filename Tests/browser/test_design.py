"""Gates measured from computed styles in the browser (and from the HTML
files), one test per gate per page, so one failing page never hides another.

Each page is loaded once (see wwgates/auditor.py) and audited at 1280 px and
320 px, in light and dark colour scheme (CDP Emulation.setEmulatedMedia) and
with prefers-reduced-motion: reduce. Thresholds: wwgates/thresholds.py."""
from wwgates import report, static
from wwgates import thresholds as T


def _gate(page, auditor, group: str, title: str):
    res = auditor.audit(page.url)
    report.check(res.error is None, f"{page.url}: browser audit failed: {res.error}")
    items = res.group(group)
    report.check(not items, report.findings(page.url, title, items))


def test_text_size(page, auditor):
    _gate(page, auditor, "text-size",
          f"text size (base text >= {T.MIN_FONT_PX:g}px, line-height >= {T.MIN_LINE_HEIGHT})")


def test_contrast(page, auditor):
    _gate(page, auditor, "contrast",
          f"contrast (body text >= {T.BODY_CONTRAST}:1, other text/controls >= {T.OTHER_CONTRAST}:1; "
          f"light, dark, reduced motion)")


def test_links_recognisable_without_colour(page, auditor):
    _gate(page, auditor, "link-cue", "links in running text need underline or another non-colour cue")


def test_target_size(page, auditor):
    _gate(page, auditor, "target-size",
          f"touch targets >= {T.MIN_TARGET_PX:g}x{T.MIN_TARGET_PX:g}px (inline links in running text exempt)")


def test_focus_visible(page, auditor):
    _gate(page, auditor, "focus", "visible focus indicator (outline/box-shadow changes on keyboard focus)")


def test_skip_link_first(page, auditor):
    _gate(page, auditor, "skip-link", "skip link to <main> as first focusable element")


def test_reflow_320(page, auditor):
    _gate(page, auditor, "reflow", "no horizontal scrolling at 320px")


def test_structure(page, auditor):
    _gate(page, auditor, "structure", "lang, one h1, no skipped heading levels, landmarks header/nav/main/footer")


def test_same_origin_only(page, auditor):
    _gate(page, auditor, "same-origin", "no resource from another origin")


def test_no_cookies_or_storage(page, auditor):
    _gate(page, auditor, "privacy", "no cookies, no localStorage/sessionStorage/indexedDB")


def test_reduced_motion(page, auditor):
    _gate(page, auditor, "reduced-motion", "prefers-reduced-motion: reduce stops animation/smooth scrolling")


def test_no_console_errors(page, auditor):
    _gate(page, auditor, "runtime", "no console errors (CSP violations, script errors) and no failed requests")


def test_csp_meta(page):
    problems = static.csp_problems(page.file)
    report.check(not problems, report.plain(page.url, "Content-Security-Policy <meta> must forbid other origins and inline script", problems))


def test_no_inline_script(page):
    problems = static.inline_script_problems(page.file)
    report.check(not problems, report.plain(page.url, "no inline script, event handler attributes or javascript: URLs", problems))


def test_page_weight(page, site):
    problem = static.weight_problem(site, page.file)
    report.check(problem is None, f"page weight (HTML + CSS <= {T.PAGE_BUDGET_BYTES:,} bytes) on page {page.url}: {problem}")
