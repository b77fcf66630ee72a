"""Readable failure messages: page, element (selector + HTML snippet), measured value."""
from __future__ import annotations

import pytest

MAX_LINES = 40


def check(ok, message) -> None:
    """Fail the test with just `message` (no traceback/introspection noise)."""
    if not ok:
        pytest.fail(message() if callable(message) else message, pytrace=False)


def _cap(lines: list[str], limit: int = MAX_LINES) -> list[str]:
    if len(lines) <= limit:
        return lines
    return lines[:limit] + [f"  … and {len(lines) - limit} more"]


def findings(page_url: str, gate: str, items) -> str:
    """Findings of one gate on one page; identical findings in several
    contexts (light/dark, widths) are merged into one entry."""
    merged: dict = {}
    for f in items:
        merged.setdefault(f.key, [f, []])[1].append(f.context)
    lines = [f"{gate}: {len(merged)} problem(s) on page {page_url}"]
    for f, contexts in merged.values():
        ctx = ", ".join(dict.fromkeys(contexts))
        line = f"  - [{f.check}] {f.selector}: measured {f.value}; expected {f.expected}"
        if f.detail:
            line += f" ({f.detail})"
        line += f"  [{ctx}]"
        lines.append(line)
        if f.html:
            lines.append(f"      {f.html}")
    return "\n".join(_cap(lines, MAX_LINES * 2))


def axe(page_url: str, width: int, version: str | None, violations: list) -> str:
    n = sum(len(v["nodes"]) for v in violations)
    lines = [f"axe-core {version or '?'}: {len(violations)} rule(s), {n} element(s) violated on page {page_url} at {width}px"]
    for v in violations:
        lines.append(f"  - {v['id']} ({v.get('impact')}): {v['help']}  {v.get('helpUrl', '')}")
        for node in v["nodes"][:8]:
            lines.append(f"      {node['target']}: {node['html'][:160]}")
            summary = " ".join((node.get("summary") or "").split())
            if summary:
                lines.append(f"        {summary[:300]}")
        if len(v["nodes"]) > 8:
            lines.append(f"      … and {len(v['nodes']) - 8} more element(s)")
    return "\n".join(lines)


def plain(page_url: str, gate: str, problems: list[str]) -> str:
    lines = [f"{gate}: {len(problems)} problem(s) on page {page_url}"] + [f"  - {p}" for p in problems]
    return "\n".join(_cap(lines))
