"""Checks on the generated HTML files themselves (no browser needed):
Content-Security-Policy meta, inline script, page weight.

One inline script is allowed: one whose exact text the page's CSP names by its hash
('sha256-…'; Wegweiser's search page carries its search script so). An injected script cannot
match the hash, so the policy stays as strict as 'self'; 'unsafe-inline', nonces and hashes of
scripts that are not on the page are still problems."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from . import thresholds as T

# ------------------------------------------------------------------ parsing


class _Scan(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.csp: list[tuple[str, int, list[str]]] = []   # (content, line, elements seen before it)
        self.loading_before: list[str] = []
        self.in_body = False
        self.body_csp = []
        self.inline_scripts: list[tuple[int, str]] = []
        self.inline_texts: list[tuple[int, str]] = []   # (line, exact text) of every inline script
        self.handlers: list[tuple[int, str]] = []
        self.js_urls: list[tuple[int, str]] = []
        self.stylesheets: list[str] = []
        self._script: tuple[int, str] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        line = self.getpos()[0]
        if tag == "body":
            self.in_body = True
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            if self.in_body:
                self.body_csp.append(line)
            else:
                self.csp.append((a.get("content", ""), line, list(self.loading_before)))
        if tag in ("script", "link", "style", "img", "iframe", "object", "embed", "base"):
            self.loading_before.append(f"<{tag}> line {line}")
        if tag == "link" and "stylesheet" in a.get("rel", "").lower().split() and a.get("href"):
            self.stylesheets.append(a["href"])
        if tag == "script":
            if "src" not in a:
                t = a.get("type", "").strip().lower()
                if t not in ("application/ld+json", "application/json", "text/plain"):
                    self._script = (line, t or "classic")
                    self._script_text = []
        for k, val in a.items():
            if k.startswith("on"):
                self.handlers.append((line, f"<{tag} {k}=\"{val[:60]}\">"))
            if k in ("href", "src", "action", "formaction", "data", "xlink:href") and val.strip().lower().startswith("javascript:"):
                self.js_urls.append((line, f"<{tag} {k}=\"{val[:60]}\">"))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            line, kind = self._script
            roh = "".join(self._script_text)
            text = roh.strip()
            self.inline_scripts.append((line, f"<script{'' if kind == 'classic' else ' type=' + kind}> {text[:60]!r}"))
            self.inline_texts.append((line, roh))
            self._script = None
        if tag == "head":
            self.in_body = True


def scan(path: Path) -> _Scan:
    p = _Scan()
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    p.close()
    return p

# ---------------------------------------------------------------------- CSP


_SCRIPT_DIRECTIVES = ("script-src", "script-src-elem", "script-src-attr")
_FETCH_DIRECTIVES = ("default-src", "script-src", "script-src-elem", "script-src-attr", "style-src",
                     "style-src-elem", "style-src-attr", "img-src", "font-src", "connect-src", "media-src",
                     "object-src", "frame-src", "child-src", "worker-src", "manifest-src", "prefetch-src",
                     "form-action", "base-uri", "navigate-to")
_LOCAL_SCHEMES = ("data:", "blob:", "mediastream:", "filesystem:")


def parse_csp(content: str) -> dict[str, list[str]]:
    directives: dict[str, list[str]] = {}
    for part in content.split(";"):
        toks = part.split()
        if toks and toks[0].lower() not in directives:   # first occurrence wins
            directives[toks[0].lower()] = toks[1:]
    return directives


def script_hash(text: str) -> str:
    """The CSP source that allows exactly this inline script."""
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def check_csp(content: str, inline_hashes: tuple[str, ...] = ()) -> list[str]:
    """Problems with a CSP (as delivered by <meta>): it must forbid every
    other origin and inline/eval'd script, but for the hashes of the page's
    own inline scripts (`inline_hashes`, from `script_hash`)."""
    d = parse_csp(content)
    problems = []
    if "default-src" not in d:
        problems.append("no default-src: every fetch directive not listed allows any origin")
    # which directive governs scripts
    script_dirs = [k for k in _SCRIPT_DIRECTIVES if k in d]
    if "script-src" not in d and "default-src" in d:
        script_dirs.append("default-src")
    for name, sources in d.items():
        if name not in _FETCH_DIRECTIVES:
            continue
        for src in sources:
            s = src.lower()
            if s in ("'self'", "'none'", "'report-sample'"):
                continue
            if name in script_dirs:
                if src in inline_hashes:
                    continue
                if s in ("'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'",
                         "'wasm-unsafe-eval'") or s.startswith(("'nonce-", "'sha256-", "'sha384-", "'sha512-")):
                    problems.append(f"{name} allows inline/eval script: {src}")
                    continue
                if s in _LOCAL_SCHEMES:
                    problems.append(f"{name} allows script from {src}")
                    continue
            if s.startswith("'") and s.endswith("'"):
                if s == "'unsafe-eval'":
                    problems.append(f"{name} allows eval: {src}")
                continue   # e.g. 'unsafe-inline' for styles: no other origin
            if s in _LOCAL_SCHEMES:
                continue
            problems.append(f"{name} allows another origin: {src}")
    return problems


def csp_problems(path: Path) -> list[str]:
    s = scan(path)
    problems = []
    if s.body_csp:
        problems.append(f"CSP <meta> inside <body> (line {s.body_csp[0]}) is ignored by browsers")
    if not s.csp:
        problems.append('no <meta http-equiv="Content-Security-Policy"> in <head>')
        return problems
    content, line, before = s.csp[0]
    if before:
        problems.append(f"CSP <meta> (line {line}) comes after {', '.join(before[:3])}: it does not apply to those")
    problems += [f"line {line}: {p}" for p in check_csp(content, tuple(script_hash(t) for _, t in s.inline_texts))]
    return problems


def _allowed_hashes(s: _Scan) -> set[str]:
    """The hash sources of the page's CSP in the directive that governs scripts."""
    if not s.csp:
        return set()
    d = parse_csp(s.csp[0][0])
    quellen = d.get("script-src-elem", d.get("script-src", d.get("default-src", [])))
    return {q for q in quellen if q.lower().startswith("'sha256-")}


def inline_script_problems(path: Path) -> list[str]:
    s = scan(path)
    erlaubt = _allowed_hashes(s)
    out = [f"line {ln}: inline script {txt}" for (ln, txt), (_, roh) in zip(s.inline_scripts, s.inline_texts)
           if script_hash(roh) not in erlaubt]
    out += [f"line {ln}: inline event handler {txt}" for ln, txt in s.handlers]
    out += [f"line {ln}: javascript: URL {txt}" for ln, txt in s.js_urls]
    return out

# ------------------------------------------------------------- page weight


_IMPORT_RE = re.compile(r"""@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)""", re.I)


def _local_target(site: Path, base_file: Path, href: str) -> Path | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None
    p = unquote(parts.path)
    if not p:
        return None
    target = (site / p.lstrip("/")) if p.startswith("/") else (base_file.parent / p)
    target = target.resolve()
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


_SUCHKOPF_RE = re.compile(rb'<script type="application/json" id="suchkopf">(.*?)</script>', re.S)
_SUCHSKRIPT_RE = re.compile(rb'<script data-suchindex="[^"]*"[^>]*>(.*?)</script>', re.S)


def page_weight(site: Path, path: Path) -> tuple[int, list[tuple[str, int]]]:
    """(total bytes, [(file, bytes), ...]) of the page HTML plus all the CSS
    it loads (link rel=stylesheet and @import, recursively). Scripts, images,
    fonts and the search index (suchindex/) are not counted, nor what the search page
    carries in place of files: the head of a split search index (in place of
    suchindex/index.js, `<script type="application/json" id="suchkopf">`) and the
    search script (in place of assets/suche.js, `<script data-suchindex=…>…</script>`)."""
    site = site.resolve()
    html_bytes = path.stat().st_size
    roh = path.read_bytes()
    for muster in (_SUCHKOPF_RE, _SUCHSKRIPT_RE):
        m = muster.search(roh)
        if m:
            html_bytes -= len(m.group(1))
    parts = [(path.relative_to(site).as_posix() if path.resolve().is_relative_to(site) else path.name, html_bytes)]
    seen: set[Path] = set()
    queue = [(path, href) for href in scan(path).stylesheets]
    while queue:
        base, href = queue.pop(0)
        target = _local_target(site, base, href)
        if target is None or target in seen:
            continue
        seen.add(target)
        rel = target.relative_to(site).as_posix() if target.is_relative_to(site) else str(target)
        if rel.startswith("suchindex/"):
            continue
        parts.append((rel, target.stat().st_size))
        css = target.read_text(encoding="utf-8", errors="replace")
        queue += [(target, m.group(1)) for m in _IMPORT_RE.finditer(css)]
    return sum(b for _, b in parts), parts


def weight_problem(site: Path, path: Path, budget: int = T.PAGE_BUDGET_BYTES) -> str | None:
    total, parts = page_weight(site, path)
    if total <= budget:
        return None
    detail = " + ".join(f"{name} {size:,}" for name, size in parts)
    return f"{total:,} bytes > budget {budget:,} bytes ({detail})"
