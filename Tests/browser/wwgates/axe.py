"""Locating axe-core 4.x (axe.min.js).

The script comes from the PyPI package `axe-playwright-python`, which bundles
a current axe.min.js. Installing that package would pull in Playwright, so we
only `pip download --no-deps` the pinned wheel, verify its hash and extract the
one JS file into Tests/browser/.vendor/axe.min.js (git-ignored).

Do NOT use the copy inside axe-selenium-python: that is axe-core 3.1.1.

Lookup order: $AXE_JS, Tests/browser/.vendor/axe.min.js, an installed
axe_playwright_python package, else download (needs network once).
Run this file directly to pre-fetch: python3 Tests/browser/wwgates/axe.py
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "axe-playwright-python"
PACKAGE_VERSION = "0.1.8"   # bundles axe-core 4.12.1
WHEEL_SHA256 = "fdd263c998388f1a8e67cad02677e612d946248bd44d163be5e8650ea31f95f8"
MEMBER = "axe_playwright_python/axe.min.js"
VENDOR = Path(__file__).resolve().parent.parent / ".vendor" / "axe.min.js"

_VERSION_RE = re.compile(r"axe v(\d+\.\d+\.\d+)")


def version_of(source: str) -> str:
    m = _VERSION_RE.search(source[:500])
    return m.group(1) if m else "unknown"


def _check(path: Path) -> Path:
    source = path.read_text(encoding="utf-8")
    ver = version_of(source)
    if not ver.startswith("4."):
        raise RuntimeError(f"{path} is axe-core {ver}; axe-core 4.x is required")
    return path


def fetch(dest: Path = VENDOR) -> Path:
    """Download the pinned wheel (no dependencies) and extract axe.min.js."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps", "--only-binary=:all:",
               f"{PACKAGE}=={PACKAGE_VERSION}", "-d", tmp]
        subprocess.run(cmd, check=True)
        wheels = list(Path(tmp).glob("*.whl"))
        if len(wheels) != 1:
            raise RuntimeError(f"expected one wheel from {' '.join(cmd)}, got {wheels}")
        digest = hashlib.sha256(wheels[0].read_bytes()).hexdigest()
        if digest != WHEEL_SHA256:
            raise RuntimeError(f"{wheels[0].name}: sha256 {digest} != pinned {WHEEL_SHA256}")
        with zipfile.ZipFile(wheels[0]) as zf:
            data = zf.read(MEMBER)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp_dest = dest.with_suffix(".tmp")
    tmp_dest.write_bytes(data)
    tmp_dest.replace(dest)
    return _check(dest)


def locate(download: bool = True) -> Path:
    env = os.environ.get("AXE_JS")
    if env:
        return _check(Path(env))
    if VENDOR.is_file():
        return _check(VENDOR)
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec and spec.origin:
        candidate = Path(spec.origin).parent / "axe.min.js"
        if candidate.is_file():
            return _check(candidate)
    if not download:
        raise FileNotFoundError("axe.min.js not found; run scripts/install-browser-deps.sh")
    return fetch()


if __name__ == "__main__":
    p = locate()
    print(f"axe-core {version_of(p.read_text(encoding='utf-8'))}: {p}")
