"""Screenshots of each kind of page at phone (375) and desktop (1280) width,
plus the phone view in dark colour scheme, for a person to look at.
Written to $WEGWEISER_SCREENSHOTS (default <repo>/screenshots, git-ignored)."""
import base64
import math
import struct

from wwgates import report
from wwgates.browser import set_media, set_viewport

MAX_HEIGHT = 12000


def _png_size(data: bytes):
    report.check(data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG")
    return struct.unpack(">II", data[16:24])


def test_screenshot(shot, browser, site_server, screenshots_out):
    kind, page, width, scheme = shot
    d = browser
    set_media(d, scheme)
    set_viewport(d, width, 900)
    try:
        d.get(site_server.url(page.url))
        d.execute_async_script("const done = arguments[0]; document.fonts.ready.then(() => done(true));")
        m = d.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = m.get("cssContentSize") or m["contentSize"]
        height = min(MAX_HEIGHT, max(1, math.ceil(size["height"])))
        shot_b64 = d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True, "fromSurface": True,
            "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})["data"]
    finally:
        set_media(d)
        set_viewport(d, 1280, 900)
    data = base64.b64decode(shot_b64)
    name = f"{kind}-{width}{'-dunkel' if scheme == 'dark' else ''}.png"
    (screenshots_out / name).write_bytes(data)
    w, h = _png_size(data)
    report.check(w == width, f"{name} ({page.url}): screenshot is {w}px wide, expected {width}px")
    report.check(h >= 100, f"{name} ({page.url}): screenshot only {h}px high")
