"""Gate: axe-core 4.x (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa)
reports zero violations on every page at 1280 and 320 CSS px."""
import pytest

from wwgates import report
from wwgates import thresholds as T


@pytest.mark.parametrize("width", T.AUDIT_WIDTHS, ids=lambda w: f"{w}px")
def test_axe(page, width, auditor):
    res = auditor.audit(page.url)
    report.check(res.error is None, f"{page.url}: browser audit failed: {res.error}")
    violations = res.axe.get(width)
    report.check(violations is not None, f"{page.url}: axe did not run at {width}px")
    report.check(not violations, report.axe(page.url, width, auditor.axe_version, violations))
