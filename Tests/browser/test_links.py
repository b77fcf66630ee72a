"""Gate: no broken internal link or missing asset.

Crawls the site served on loopback from "/" (then every page not reachable
from there), parses href/src/srcset/action/... of every page and url()/@import
of every stylesheet, and checks each internal target exists. tel:, mailto:
and external http(s) links are not fetched."""
import warnings

from wwgates import report
from wwgates.links import canon


def test_links(page, link_report):
    problems = link_report.for_page(canon(page.url))
    report.check(not problems, report.plain(page.url, "broken internal links / assets", problems))


def test_stylesheet_references(site, link_report, all_page_urls):
    """url() and @import inside CSS files (and anything that is not a page)."""
    pages = set(all_page_urls)
    other = {src: probs for src, probs in link_report.problems.items() if src not in pages}
    lines = [f"{src}: {p}" for src, probs in sorted(other.items()) for p in probs]
    report.check(not lines, report.plain("(stylesheets and other resources)", "broken references", lines))


def test_pages_reachable(site, link_report, all_page_urls):
    """Every page should be reachable by following links from the start page.
    Reported as a warning only (a 404 page, for instance, is not linked)."""
    report.check("/" in link_report.reachable or not all_page_urls, "start page / is not served")
    orphans = [u for u in all_page_urls if u not in link_report.reachable and not u.endswith("404.html")]
    if orphans:
        warnings.warn(UserWarning(f"{len(orphans)} page(s) not reachable from the start page: "
                                  + ", ".join(orphans[:20]) + (" …" if len(orphans) > 20 else "")))
