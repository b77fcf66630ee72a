"""Internal link and asset checker: crawls the site served on loopback,
parses every page's href/src (and url()/@import in CSS), and checks that
every internal target exists. External links (https:, http:, tel:, mailto:,
...) are ignored and never fetched."""
from __future__ import annotations

import http.client
import re
from collections import defaultdict
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import quote, unquote, urljoin, urlsplit

_URL_ATTRS = {
    "a": ("href",), "area": ("href",), "link": ("href",), "script": ("src",), "img": ("src", "srcset"),
    "source": ("src", "srcset"), "iframe": ("src",), "frame": ("src",), "video": ("src", "poster"),
    "audio": ("src",), "track": ("src",), "embed": ("src",), "object": ("data",), "input": ("src",),
    "form": ("action",), "button": ("formaction",), "image": ("href", "xlink:href"), "use": ("href", "xlink:href"),
    "blockquote": ("cite",), "q": ("cite",), "ins": ("cite",), "del": ("cite",),
}
# rel values whose href is not fetched and may point elsewhere (e.g. canonical)
_NON_FETCH_RELS = {"canonical", "alternate", "author", "license", "me", "external", "help", "search", "bookmark"}
_CSS_URL_RE = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)


def canon(path: str) -> str:
    """'/a/b/index.html' and '/a/b/' are the same page."""
    return path[: -len("index.html")] if path.endswith("/index.html") else path


@dataclass
class Ref:
    tag: str
    attr: str
    value: str
    line: int

    def show(self) -> str:
        return f'<{self.tag} {self.attr}="{self.value}"> (line {self.line})'


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[Ref] = []
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v if v is not None else "") for k, v in attrs}
        line = self.getpos()[0]
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "base" and "href" in a and self.base is None:
            self.base = a["href"]
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url\s*=\s*['\"]?([^'\";]+)", a.get("content", ""), re.I)
            if m:
                self.refs.append(Ref("meta", "http-equiv=refresh url", m.group(1).strip(), line))
        for attr in _URL_ATTRS.get(tag, ()):
            if attr not in a:
                continue
            if tag == "link" and set(a.get("rel", "").lower().split()) & _NON_FETCH_RELS and \
                    urlsplit(a[attr]).scheme in ("http", "https"):
                continue
            if attr == "srcset":
                for cand in a[attr].split(","):
                    url = cand.strip().split()[0] if cand.strip() else ""
                    if url:
                        self.refs.append(Ref(tag, attr, url, line))
            else:
                self.refs.append(Ref(tag, attr, a[attr], line))

    handle_startendtag = handle_starttag


@dataclass
class LinkReport:
    problems: dict = field(default_factory=lambda: defaultdict(list))   # source url path -> [str]
    crawled: list = field(default_factory=list)                          # html url paths fetched
    assets: set = field(default_factory=set)
    checked_refs: int = 0
    reachable: set = field(default_factory=set)                          # pages reachable from "/"

    def for_page(self, url: str) -> list[str]:
        return self.problems.get(url, [])


class LinkChecker:
    def __init__(self, host: str, port: int):
        self.host, self.port = host, port
        self.cache: dict[str, tuple[int, str, str | None, bytes]] = {}
        self._css_done: set[str] = set()

    def fetch(self, path: str):
        """GET a site path -> (status, content-type, location, body); cached."""
        if path not in self.cache:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                conn.request("GET", quote(path, safe="/%:@!$&'()*+,;=-._~"))
                r = conn.getresponse()
                body = r.read()
                self.cache[path] = (r.status, r.getheader("Content-Type", ""), r.getheader("Location"), body)
            finally:
                conn.close()
        return self.cache[path]

    def _ids(self, path: str) -> set[str]:
        status, ctype, _, body = self.fetch(path)
        if status != 200 or "html" not in ctype:
            return set()
        p = _Parser()
        p.feed(body.decode("utf-8", errors="replace"))
        return p.ids

    def crawl(self, seeds: list[str], rep: LinkReport | None = None) -> LinkReport:
        """Crawl from `seeds`, following internal HTML links; extends `rep`
        (pages already crawled into it are not crawled again)."""
        rep = rep if rep is not None else LinkReport()
        queue = [canon(s) for s in dict.fromkeys(seeds) if canon(s) not in rep.crawled]
        queued = set(queue) | set(rep.crawled)
        while queue:
            page = queue.pop(0)
            status, ctype, location, body = self.fetch(page)
            if status != 200:
                rep.problems[page].append(f"page itself returns HTTP {status}")
                continue
            if "html" not in ctype:
                continue
            rep.crawled.append(page)
            parser = _Parser()
            parser.feed(body.decode("utf-8", errors="replace"))
            base_url = urljoin(page, parser.base) if parser.base else page
            for ref in parser.refs:
                rep.checked_refs += 1
                target = self._check_ref(rep, page, base_url, ref, parser.ids)
                if target is None:
                    continue
                st, ct, _, _ = self.fetch(target)
                if st == 200 and "html" in ct and ref.tag in ("a", "area", "iframe", "meta"):
                    if canon(target) not in queued:
                        queued.add(canon(target))
                        queue.append(canon(target))
                elif st == 200 and "css" in ct:
                    self._check_css(rep, target)
                elif st == 200:
                    rep.assets.add(target)
        return rep

    def _check_ref(self, rep: LinkReport, page: str, base_url: str, ref: Ref, own_ids: set[str]) -> str | None:
        """Record problems for one reference; return the internal path to
        follow (or None)."""
        raw = ref.value.strip()
        if raw != ref.value:
            rep.problems[page].append(f"{ref.show()}: URL has leading/trailing whitespace")
        if raw == "" :
            if ref.tag == "form" and ref.attr == "action":
                return None   # empty action = this page
            rep.problems[page].append(f"{ref.show()}: empty URL")
            return None
        if raw == "#":
            rep.problems[page].append(f"{ref.show()}: placeholder link '#'")
            return None
        parts = urlsplit(raw)
        scheme = parts.scheme.lower()
        if scheme == "javascript":
            rep.problems[page].append(f"{ref.show()}: javascript: URL")
            return None
        if scheme in ("http", "https"):
            if parts.hostname in ("127.0.0.1", "localhost", "0.0.0.0"):
                rep.problems[page].append(f"{ref.show()}: absolute URL to the local machine (links must be relative)")
            return None          # external: never fetched
        if scheme:               # tel:, mailto:, data:, geo:, ...
            return None
        if raw.startswith("//"):
            return None          # protocol-relative external
        if raw.startswith("#"):
            frag = unquote(parts.fragment)
            if frag and frag not in own_ids and frag != "top":
                rep.problems[page].append(f"{ref.show()}: no element with id=\"{frag}\" on this page")
            return None
        if raw.startswith("/"):
            rep.problems[page].append(f"{ref.show()}: root-relative URL; links must be relative (site may live in a subfolder)")
        absolute = urljoin(base_url, raw)
        tparts = urlsplit(absolute)
        target = unquote(tparts.path) or "/"
        status, ctype, location, _ = self.fetch(target)
        if status in (301, 302, 303, 307, 308):
            rep.problems[page].append(f"{ref.show()}: {target} redirects ({status}) to {location}; link to it directly"
                                      + (" (missing trailing slash)" if location and location.rstrip('/') == target.rstrip('/') else ""))
            return None
        if status != 200:
            rep.problems[page].append(f"{ref.show()}: {target} → HTTP {status}")
            return None
        if tparts.fragment and "html" in ctype:
            frag = unquote(tparts.fragment)
            if frag not in self._ids(target):
                rep.problems[page].append(f"{ref.show()}: {target} has no element with id=\"{frag}\"")
        return target

    def _check_css(self, rep: LinkReport, css_path: str):
        if css_path in self._css_done:
            return
        self._css_done.add(css_path)
        _, _, _, body = self.fetch(css_path)
        text = re.sub(r"/\*.*?\*/", "", body.decode("utf-8", errors="replace"), flags=re.S)
        for m in _CSS_URL_RE.finditer(text):
            raw = (m.group(2) or m.group(4) or "").strip()
            line = text.count("\n", 0, m.start()) + 1
            ref = Ref("css", "url()", raw, line)
            parts = urlsplit(raw)
            if not raw or raw.startswith("#") or parts.scheme in ("data",):
                continue
            if parts.scheme or raw.startswith("//"):
                rep.problems[css_path].append(f"{ref.show()}: CSS loads from another origin")
                continue
            if raw.startswith("/"):
                rep.problems[css_path].append(f"{ref.show()}: root-relative URL; must be relative")
            target = unquote(urlsplit(urljoin(css_path, raw)).path)
            status, ctype, _, _ = self.fetch(target)
            if status != 200:
                rep.problems[css_path].append(f"{ref.show()}: {target} → HTTP {status}")
            elif "css" in ctype:
                self._check_css(rep, target)
            else:
                rep.assets.add(target)
