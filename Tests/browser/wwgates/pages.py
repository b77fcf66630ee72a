"""Discovering the pages of a generated site."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Page:
    url: str        # site-relative URL path, e.g. "/gemeinden/altdorf/"
    file: Path      # the HTML file on disk
    rel: str        # file path relative to the site root

    @property
    def kind(self) -> str:
        """Kind of page for screenshots: "start", "termine", "termine-detail", ..."""
        parts = [p for p in self.url.strip("/").split("/") if p]
        if not parts:
            return "start"
        if parts[-1].endswith(".html"):
            name = parts[-1][:-5]
            return name if len(parts) == 1 else parts[0] + "-" + name
        if len(parts) == 1:
            return parts[0]
        return parts[0] + "-detail" if len(parts) == 2 else parts[0] + "-" + "-".join(["x"] * (len(parts) - 1))

    def __str__(self) -> str:
        return self.url


def discover(site: Path) -> list[Page]:
    """All *.html files under the site (hidden folders skipped), sorted."""
    if not site.is_dir():
        return []
    out = []
    for root, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.endswith(".html") or f.startswith("."):
                continue
            path = Path(root) / f
            rel = path.relative_to(site).as_posix()
            if f == "index.html":
                url = "/" + rel[: -len("index.html")]
            else:
                url = "/" + rel
            out.append(Page(url=url, file=path, rel=rel))
    out.sort(key=lambda p: (p.url.count("/"), p.url))
    return out


def representatives(pages: list[Page]) -> dict[str, Page]:
    """One page per kind, the largest (most content to look at)."""
    best: dict[str, Page] = {}
    for p in pages:
        cur = best.get(p.kind)
        if cur is None or p.file.stat().st_size > cur.file.stat().st_size:
            best[p.kind] = p
    return dict(sorted(best.items()))
