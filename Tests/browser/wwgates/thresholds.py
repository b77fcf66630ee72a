"""Every number the gates enforce. Change them here, nowhere else."""

# Text
MIN_FONT_PX = 18.0          # base text (and every other visible text) in CSS px
MIN_LINE_HEIGHT = 1.5       # running text line-height / font-size

# Contrast (WCAG ratio)
BODY_CONTRAST = 7.0         # normal-size body text (WCAG 1.4.6 AAA)
OTHER_CONTRAST = 4.5        # headings, large text, links, control text, placeholders
CONTROL_BOUNDARY_CONTRAST = 4.5  # border/background of inputs, selects, buttons vs surroundings
FOCUS_CONTRAST = 3.0        # focus outline colour vs background (WCAG 1.4.11)

# Touch targets (WCAG 2.5.5 AAA size; inline links in running text exempt)
MIN_TARGET_PX = 44.0

# Weight of one page: its HTML plus the CSS it loads, uncompressed
PAGE_BUDGET_BYTES = 30 * 1024

# Widths
AUDIT_WIDTHS = (1280, 320)          # axe + computed-style checks
VIEWPORT_HEIGHT = 900
SCREENSHOT_WIDTHS = (375, 1280)

# axe-core rule tags
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def for_js():
    """The thresholds as passed to window.__wwAudit.*()."""
    return {
        "minFontPx": MIN_FONT_PX,
        "minLineHeight": MIN_LINE_HEIGHT,
        "bodyContrast": BODY_CONTRAST,
        "otherContrast": OTHER_CONTRAST,
        "controlBoundaryContrast": CONTROL_BOUNDARY_CONTRAST,
        "focusContrast": FOCUS_CONTRAST,
        "minTargetPx": MIN_TARGET_PX,
    }
