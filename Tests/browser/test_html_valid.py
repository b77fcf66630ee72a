"""Gate: every generated HTML page passes the Nu HTML Checker with zero errors."""
from wwgates import report


def test_nu_html_checker(page, nu_results):
    errors = nu_results.get(page.file.resolve(), [])
    report.check(not errors, report.plain(f"{page.url} ({page.rel})", "Nu HTML Checker", errors))
