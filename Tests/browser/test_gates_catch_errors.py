"""The gates must be able to fail: each checker is run on a tiny bad fixture
(Tests/browser/fixtures/bad-*.html) and must report the defect, with the
element and the measured value; and on good.html it must report nothing.
A gate that cannot fail is a defect. These tests need no generated site."""
from pathlib import Path

import pytest

from wwgates import report, static
from wwgates.auditor import PageAuditor
from wwgates.links import LinkChecker

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def fx(browser, fixtures_server, axe_source):
    """Auditor over the fixtures folder (same single browser session)."""
    return PageAuditor(browser, fixtures_server, axe_source)


def audit(fx, name):
    res = fx.audit("/" + name)
    assert res.error is None, f"{name}: audit failed: {res.error}"
    return res


def find(res, group, check=None, selector=None, value=None):
    return [f for f in res.group(group)
            if (check is None or f.check == check)
            and (selector is None or selector in f.selector)
            and (value is None or value in f.value)]


# ----------------------------------------------------------- no false alarms

def test_good_fixture_passes_every_browser_gate(fx):
    res = audit(fx, "good.html")
    assert res.axe[1280] == [] and res.axe[320] == [], report.axe("/good.html", 1280, fx.axe_version, res.axe[1280] + res.axe[320])
    assert not res.findings, report.findings("/good.html", "all gates", res.findings)


def test_good_fixture_passes_static_gates():
    good = FIXTURES / "good.html"
    assert static.csp_problems(good) == []
    assert static.inline_script_problems(good) == []
    assert static.weight_problem(FIXTURES, good) is None


# ------------------------------------------------------------------- contrast

def test_contrast_checker_catches_grey_body_text_and_pale_heading(fx):
    res = audit(fx, "bad-contrast.html")
    body = find(res, "contrast", "contrast", "p.leise", "4.48:1")
    assert body, report.findings("/bad-contrast.html", "expected 4.48:1 body text", res.findings)
    assert "7" in body[0].expected and "#777777" in body[0].value and "Grauer Fließtext" in body[0].html
    assert find(res, "contrast", "contrast", "h2.blass", "2.85:1"), "pale heading (2.85:1 < 4.5:1) not reported"
    assert find(res, "contrast", "contrast-unverifiable", "p.verlauf", "gradient"), "text on a gradient not reported"
    # the same grey is also checked in the dark colour scheme
    assert any(f.context.startswith("dark") for f in find(res, "contrast", "contrast", "p.leise"))
    # and axe agrees at AA level for the heading
    assert any(v["id"] == "color-contrast" for v in res.axe[1280])


def test_contrast_ratio_maths(browser, fixtures_server):
    from wwgates.auditor import AUDIT_JS
    browser.get(fixtures_server.url("/good.html"))
    browser.execute_script(AUDIT_JS)
    ratio = lambda a, b: browser.execute_script("return window.__wwAudit.contrastRatio(arguments[0], arguments[1]);", a, b)
    assert round(ratio("#777777", "#ffffff"), 2) == 4.48
    assert round(ratio("#000", "#fff"), 1) == 21.0
    assert round(ratio("oklch(0.5 0 0)", "white"), 1) == round(ratio("#636363", "#fff"), 1)


# ---------------------------------------------------------------- targets

def test_target_checker_catches_small_button_and_link_list_item(fx):
    res = audit(fx, "bad-targets.html")
    button = find(res, "target-size", "target-size", "button.mini")
    assert button and "×22px" in button[0].value, report.findings("/bad-targets.html", "expected small button", res.findings)
    assert find(res, "target-size", "target-size", "ul.liste > li > a"), "32px-high link in a link list not reported"
    # the link inside a running sentence is exempt (WCAG 2.5.8 inline exception)
    assert not [f for f in res.group("target-size") if "Link im Fließtext" in f.html]


# ------------------------------------------------------------------ links

def test_link_checker_catches_broken_targets(fixtures_server):
    host, port = fixtures_server.httpd.server_address[:2]
    rep = LinkChecker(host, port).crawl(["/bad-links.html"])
    problems = "\n".join(rep.for_page("/bad-links.html"))
    assert 'href="gibt-es-nicht/"' in problems and "HTTP 404" in problems
    assert 'src="fehlt.svg"' in problems
    assert 'id="fehlt"' in problems                       # missing fragment target
    assert "root-relative" in problems
    assert "placeholder link" in problems
    assert "mailto:" not in problems and "example.org" not in problems   # never fetched
    assert rep.for_page("/good.html") == []


def test_failed_request_seen_in_browser(fx):
    res = audit(fx, "bad-links.html")
    assert find(res, "runtime", "failed-request", "/fehlt.svg", "404")


# -------------------------------------------------------------------- CSP

def test_csp_checker_catches_weak_policy_and_inline_script():
    problems = "\n".join(static.csp_problems(FIXTURES / "bad-csp.html"))
    assert "default-src allows another origin: https://cdn.example.org" in problems
    assert "script-src allows inline/eval script: 'unsafe-inline'" in problems
    inline = "\n".join(static.inline_script_problems(FIXTURES / "bad-csp.html"))
    assert "inline script" in inline and 'onclick="alert(1)"' in inline


@pytest.mark.parametrize("policy, expected", [
    ("script-src 'self'", "no default-src"),
    ("default-src 'self' 'unsafe-inline'", "default-src allows inline/eval script"),
    ("default-src 'self'; img-src *", "img-src allows another origin: *"),
    ("default-src 'self'; connect-src https:", "connect-src allows another origin: https:"),
    ("default-src 'none'; script-src 'self' 'sha256-abc='", "script-src allows inline/eval script"),
    ("default-src 'self'; script-src data:", "script-src allows script from data:"),
])
def test_csp_policy_rules(policy, expected):
    assert any(expected in p for p in static.check_csp(policy)), static.check_csp(policy)


def test_hash_allows_only_the_exact_inline_script(tmp_path):
    """A script the CSP names by its hash passes; changed by one character, or allowed by
    'unsafe-inline' instead, it is an inline script again, and a hash of no script on the page
    is a weak policy."""
    skript = "document.documentElement.dataset.x = '1';\n"
    gut = (FIXTURES / "good.html").read_text()
    assert "content=\"default-src 'self';" in gut
    def seite(name, policy_zusatz, text):
        p = tmp_path / name
        p.write_text(gut.replace("content=\"default-src 'self';", f"content=\"default-src 'self'; script-src 'self' {policy_zusatz};")
                     .replace("</body>", f"<script>{text}</script>\n</body>"))
        return p
    ok = seite("ok.html", static.script_hash(skript), skript)
    assert static.inline_script_problems(ok) == [] and static.csp_problems(ok) == []
    anders = seite("anders.html", static.script_hash(skript), skript.replace("1", "2"))
    assert static.inline_script_problems(anders)
    assert any("allows inline/eval script" in p for p in static.csp_problems(anders))
    unsicher = seite("unsicher.html", "'unsafe-inline'", skript)
    assert static.inline_script_problems(unsicher)
    assert any("'unsafe-inline'" in p for p in static.csp_problems(unsicher))


def test_csp_strict_policy_accepted():
    assert static.check_csp("default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'none'") == []


def test_missing_csp_reported(tmp_path):
    page = tmp_path / "index.html"
    page.write_text((FIXTURES / "good.html").read_text().replace("Content-Security-Policy", "X-Nothing"))
    assert any("no <meta" in p for p in static.csp_problems(page))


def test_csp_blocks_and_console_reports_cross_origin_image(fx):
    res = audit(fx, "bad-structure.html")
    assert find(res, "same-origin", "third-party", "img", "https://example.org/bild.png")
    assert find(res, "runtime", "console", value="Content Security Policy")


# ------------------------------------------- the other browser-side checks

def test_focus_checker_catches_removed_outline(fx):
    res = audit(fx, "bad-focus.html")
    f = find(res, "focus", "focus-indicator", "button")
    assert f and "outline none" in f[0].value, report.findings("/bad-focus.html", "expected focus", res.findings)
    assert not find(audit(fx, "good.html"), "focus")


def test_structure_reflow_text_and_link_cue_checkers(fx):
    res = audit(fx, "bad-structure.html")
    assert find(res, "structure", "lang", value="missing")
    assert find(res, "structure", "h1-count", value="2 h1")
    assert find(res, "structure", "heading-order", value="h1 followed by h3")
    assert find(res, "structure", "landmark", value="0 page footers")
    assert find(res, "skip-link", "skip-link", value="first focusable element is")
    assert find(res, "reflow", "reflow", "div.breit", "scrollWidth")
    # a visually hidden, absolutely positioned span escaping an overflow:auto
    # wrapper without a positioned ancestor scrolls the whole page
    assert find(res, "reflow", "reflow", "span.unsichtbar", "visually hidden, position: absolute")
    assert find(res, "text-size", "font-size", "p.klein", "15px")
    assert find(res, "text-size", "line-height", "p.klein", "1.2")
    assert find(res, "link-cue", "link-cue", "a.ohne")


def test_storage_and_motion_checkers(fx):
    res = audit(fx, "bad-storage-motion.html")
    assert find(res, "privacy", "storage", value="bad-storage.js")        # names the script
    assert find(res, "privacy", "cookie", value="besucht=1")
    assert find(res, "reduced-motion", "motion", "p.puls", "animation puls")
    assert find(res, "reduced-motion", "motion", value="scroll-behavior: smooth")


def test_axe_catches_missing_alt(fx):
    res = audit(fx, "bad-alt.html")
    ids = {v["id"] for v in res.axe[1280]} & {v["id"] for v in res.axe[320]}
    assert "image-alt" in ids
    assert fx.axe_version.startswith("4."), fx.axe_version


def test_nu_checker_catches_invalid_html():
    from wwgates import nu
    res = nu.check([FIXTURES / "good.html", FIXTURES / "bad-alt.html"])
    assert res.get((FIXTURES / "good.html").resolve(), []) == []
    errors = "\n".join(res.get((FIXTURES / "bad-alt.html").resolve(), []))
    assert "alt" in errors and "line" in errors


def test_page_weight_checker():
    problem = static.weight_problem(FIXTURES, FIXTURES / "good.html", budget=1000)
    assert problem and "fixture.css" in problem and "good.html" in problem


def test_page_weight_leaves_out_only_the_search_head(tmp_path):
    """The head of a split search index in the search page is search data, like suchindex/;
    anything else in the page still counts."""
    fuell = "x" * 40_000
    (tmp_path / "kopf.html").write_text(
        '<!doctype html><html lang="de"><head><title>t</title></head><body>'
        f'<script type="application/json" id="suchkopf">{{"f":"{fuell}"}}</script></body></html>', encoding="utf-8")
    (tmp_path / "anderes.html").write_text(
        '<!doctype html><html lang="de"><head><title>t</title></head><body>'
        f'<script type="application/json" id="anderes">{{"f":"{fuell}"}}</script></body></html>', encoding="utf-8")
    assert static.weight_problem(tmp_path, tmp_path / "kopf.html") is None
    problem = static.weight_problem(tmp_path, tmp_path / "anderes.html")
    assert problem and "anderes.html" in problem
