/*
 * Wegweiser browser gates: measurements taken from computed styles in the
 * browser. Injected with WebDriver (bypasses the page's CSP, the page itself
 * never loads this file). Defines window.__wwAudit with one function per
 * check; every function returns plain JSON-serialisable data:
 *   { violations: [{check, selector, html, value, expected, detail}], ...extra }
 * The Python side (wwgates/auditor.py) turns these into failure messages.
 *
 * Thresholds are passed in from Python (wwgates/thresholds.py) so that the
 * numbers live in one place.
 */
(function () {
  'use strict';
  if (window.__wwAudit) return;

  // ---------------------------------------------------------------- helpers
  function cssEscape(s) { return (window.CSS && CSS.escape) ? CSS.escape(s) : s.replace(/[^\w-]/g, '\\$&'); }

  function selectorFor(el) {
    if (!el || el.nodeType !== 1) return '(none)';
    if (el.id) return el.tagName.toLowerCase() + '#' + cssEscape(el.id);
    const parts = [];
    let e = el;
    while (e && e.nodeType === 1 && parts.length < 5) {
      if (e.id) { parts.unshift(e.tagName.toLowerCase() + '#' + cssEscape(e.id)); break; }
      let part = e.tagName.toLowerCase();
      const cls = Array.from(e.classList).slice(0, 2);
      if (cls.length) part += '.' + cls.map(cssEscape).join('.');
      const parent = e.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter(c => c.tagName === e.tagName);
        if (same.length > 1) part += ':nth-of-type(' + (same.indexOf(e) + 1) + ')';
      }
      parts.unshift(part);
      if (e.tagName === 'BODY' || e.tagName === 'HTML') break;
      e = parent;
    }
    return parts.join(' > ');
  }

  function snippet(el) {
    if (!el || el.nodeType !== 1) return '';
    let html = el.outerHTML.replace(/\s+/g, ' ');
    if (html.length > 160) {
      const open = html.slice(0, html.indexOf('>') + 1);
      const text = (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      html = open + (text ? text + '…' : '…');
      if (html.length > 200) html = html.slice(0, 200) + '…';
    }
    return html;
  }

  function v(check, el, value, expected, detail) {
    return { check: check, selector: selectorFor(el), html: snippet(el),
             value: value, expected: expected, detail: detail || '' };
  }

  // ------------------------------------------------------------- colours
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const colorCache = new Map();

  // Any CSS colour string -> {r,g,b,a} in sRGB 0..255 (oklch(), color(), etc.
  // are converted by drawing them on a canvas).
  function parseColor(str) {
    if (colorCache.has(str)) return colorCache.get(str);
    let c = null;
    const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+)(%?))?\s*\)$/.exec(str);
    if (m) {
      let a = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[5] ? 100 : 1);
      c = { r: +m[1], g: +m[2], b: +m[3], a: a };
    } else if (str === 'transparent' || !str) {
      c = { r: 0, g: 0, b: 0, a: 0 };
    } else {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = 'rgba(0,0,0,0)';
      ctx.fillStyle = str;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      c = { r: d[0], g: d[1], b: d[2], a: d[3] / 255 };
    }
    colorCache.set(str, c);
    return c;
  }

  function blend(top, bottom) { // bottom is opaque
    const a = top.a;
    return { r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a),
             b: top.b * a + bottom.b * (1 - a), a: 1 };
  }

  function lum(c) {
    const f = x => { x /= 255; return x <= 0.04045 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }

  function contrast(a, b) {
    const l1 = lum(a), l2 = lum(b);
    return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
  }

  function hex(c) {
    const h = x => Math.round(x).toString(16).padStart(2, '0');
    return '#' + h(c.r) + h(c.g) + h(c.b);
  }

  function round2(x) { return Math.round(x * 100) / 100; }

  // Colour of the canvas behind everything (light or dark UA canvas).
  function canvasColor() {
    const root = document.documentElement;
    let scheme = getComputedStyle(root).colorScheme || 'normal';
    const meta = document.querySelector('meta[name="color-scheme"]');
    if ((scheme === 'normal' || !scheme) && meta) scheme = meta.content || 'normal';
    const prefersDark = matchMedia('(prefers-color-scheme: dark)').matches;
    const hasDark = /\bdark\b/.test(scheme), hasLight = /\blight\b/.test(scheme);
    const dark = hasDark && (!hasLight || prefersDark);
    return dark ? { r: 18, g: 18, b: 18, a: 1 } : { r: 255, g: 255, b: 255, a: 1 };
  }

  // Background behind `el`, composited from the ancestor chain.
  // Returns {color} or {unknown: reason}.
  function backgroundOf(el) {
    const layers = [];
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.backgroundImage && s.backgroundImage !== 'none') {
        // a single non-repeating url() image (e.g. the arrow of a <select>)
        // is decorative; gradients and tiled images lie behind the text
        const decorative = !/gradient\(/.test(s.backgroundImage) && /^url\([^)]*\)$/.test(s.backgroundImage.trim()) &&
          /^no-repeat$/.test(s.backgroundRepeat.trim());
        if (!decorative) {
          return { unknown: 'background-image on ' + selectorFor(e) + ' (' + s.backgroundImage.slice(0, 60) + ')' };
        }
      }
      const c = parseColor(s.backgroundColor);
      if (c.a > 0) {
        layers.push(c);
        if (c.a >= 0.999) break;
      }
    }
    let base = canvasColor();
    for (let i = layers.length - 1; i >= 0; i--) base = blend(layers[i], base);
    return { color: base };
  }

  function cumulativeOpacity(el) {
    let o = 1;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  }

  // ---------------------------------------------------------- visibility
  function docRectVisible(r) {
    if (r.width < 1 || r.height < 1) return false;
    const sx = window.scrollX, sy = window.scrollY;
    const se = document.scrollingElement || document.documentElement;
    if (r.right + sx <= 0 || r.bottom + sy <= 0) return false;
    if (r.left + sx >= Math.max(se.scrollWidth, innerWidth)) return false;
    return true;
  }

  // true when the element is not perceivable visually (display:none,
  // visibility, opacity 0, screen-reader-only clip, off-screen skip link).
  let hiddenCache = new WeakMap();
  function isHidden(el) {
    if (hiddenCache.has(el)) return hiddenCache.get(el);
    const h = computeHidden(el);
    hiddenCache.set(el, h);
    return h;
  }

  function computeHidden(el) {
    if (!el.getClientRects().length) return true;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible') return true;
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (parseFloat(s.opacity) === 0) return true;
      if (s.clip && s.clip !== 'auto' && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(s.clip)) return true;
      if (s.clipPath && s.clipPath !== 'none' && /inset\(\s*(50|100)%/.test(s.clipPath)) return true;
      if (s.overflow !== 'visible' || s.overflowX !== 'visible' || s.overflowY !== 'visible') {
        const r = e.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
    }
    const r = el.getBoundingClientRect();
    return !docRectVisible(r);
  }

  function textNodeVisible(node) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = Array.from(range.getClientRects()).filter(r => r.width >= 1 && r.height >= 1);
    return rects.length > 0 && rects.some(docRectVisible);
  }

  // Elements that directly contain visible, non-whitespace text.
  function textElements() {
    const out = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
      acceptNode(n) {
        if (!/\S/.test(n.nodeValue)) return NodeFilter.FILTER_REJECT;
        const p = n.parentElement;
        if (!p || p.closest('script,style,noscript,template,svg,math,head,title,option')) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    let n;
    while ((n = walker.nextNode())) {
      const p = n.parentElement;
      if (out.has(p)) continue;
      if (isHidden(p) || !textNodeVisible(n)) continue;
      out.add(p);
    }
    return Array.from(out);
  }

  const CONTROL_SEL = 'a[href], button, summary, input, select, textarea, [role="button"], [role="link"], [role="tab"], [role="menuitem"]';
  const TEXT_INPUT_TYPES = /^(text|search|email|tel|url|number|password|date|time|datetime-local|month|week|)$/;

  function isLargeText(cs) {
    const size = parseFloat(cs.fontSize), weight = parseInt(cs.fontWeight, 10) || 400;
    return size >= 24 || (size >= 18.66 && weight >= 700);
  }

  // ----------------------------------------------------------- checks
  // Text size & line height of base (running) text.
  function textSize(t) {
    const out = [];
    const bcs = getComputedStyle(document.body);
    const bodySize = parseFloat(bcs.fontSize);
    if (bodySize < t.minFontPx) out.push(v('font-size', document.body, bodySize + 'px', '>= ' + t.minFontPx + 'px', 'base font size of <body>'));
    const lhRatio = (cs) => cs.lineHeight === 'normal' ? null : parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
    const blh = lhRatio(bcs);
    if (blh === null || blh < t.minLineHeight - 0.005) {
      out.push(v('line-height', document.body, blh === null ? 'normal (~1.2)' : round2(blh), '>= ' + t.minLineHeight, 'line height of <body>'));
    }
    const RUNNING = 'p, li, dd, dt, blockquote, figcaption, address, td, th, caption, label, legend';
    for (const el of textElements()) {
      const cs = getComputedStyle(el);
      const size = parseFloat(cs.fontSize);
      if (el.closest('h1,h2,h3,h4,h5,h6,[role="heading"]')) continue;
      if (size < t.minFontPx - 0.01) {
        out.push(v('font-size', el, round2(size) + 'px', '>= ' + t.minFontPx + 'px', 'text smaller than the base size'));
      }
      // line height matters for running text blocks (not for nav/buttons)
      if (el.matches(RUNNING) && !el.closest('nav') && !el.matches(CONTROL_SEL)) {
        const r = lhRatio(cs);
        if (r === null || r < t.minLineHeight - 0.005) {
          out.push(v('line-height', el, r === null ? 'normal (~1.2)' : round2(r), '>= ' + t.minLineHeight, 'running text line height'));
        }
      }
    }
    for (const el of document.querySelectorAll('input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, button')) {
      if (isHidden(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < t.minFontPx - 0.01) out.push(v('font-size', el, round2(size) + 'px', '>= ' + t.minFontPx + 'px', 'form control text'));
    }
    return { violations: out, bodyFontPx: bodySize, bodyLineHeight: blh };
  }

  // Text and control contrast. body text >= bodyMin, other text/controls >= otherMin.
  function contrastCheck(t) {
    const out = [];
    const measured = [];
    function checkText(el, cs, kind, colorStr) {
      const bg = backgroundOf(el);
      if (bg.unknown) {
        out.push(v('contrast-unverifiable', el, bg.unknown, 'a plain background colour', 'text on an image/gradient cannot be proven readable'));
        return;
      }
      const fg0 = parseColor(colorStr || cs.color);
      const fg = { r: fg0.r, g: fg0.g, b: fg0.b, a: fg0.a * cumulativeOpacity(el) };
      const ratio = contrast(blend(fg, bg.color), bg.color);
      const min = kind === 'body' ? t.bodyContrast : t.otherContrast;
      measured.push(ratio);
      if (ratio < min - 0.005) {
        out.push(v('contrast', el, round2(ratio) + ':1 (' + hex(blend(fg, bg.color)) + ' on ' + hex(bg.color) + ')',
          '>= ' + min + ':1', kind === 'body' ? 'body text' : kind));
      }
    }
    for (const el of textElements()) {
      const cs = getComputedStyle(el);
      if (el.closest(':disabled, [aria-disabled="true"]')) continue;
      let kind = 'body';
      if (el.closest(CONTROL_SEL)) kind = 'link/control text';
      else if (el.closest('h1,h2,h3,h4,h5,h6,[role="heading"]')) kind = 'heading';
      else if (isLargeText(cs)) kind = 'large text';
      checkText(el, cs, kind);
    }
    // form controls: their value text, placeholder and boundary
    for (const el of document.querySelectorAll('input:not([type=hidden]), select, textarea, button')) {
      if (isHidden(el) || el.disabled) continue;
      const cs = getComputedStyle(el);
      const isText = el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' ||
        (el.tagName === 'INPUT' && TEXT_INPUT_TYPES.test((el.getAttribute('type') || '').toLowerCase()));
      if (isText) checkText(el, cs, 'control text');
      if (el.hasAttribute('placeholder') && el.getAttribute('placeholder').trim()) {
        checkText(el, cs, 'placeholder text', getComputedStyle(el, '::placeholder').color);
      }
      // boundary: border or own background must stand out from the surroundings
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (el.tagName === 'INPUT' && /^(checkbox|radio|range|color|file|image)$/.test(type) && cs.appearance !== 'none') continue;
      const outside = el.parentElement ? backgroundOf(el.parentElement) : { color: canvasColor() };
      if (outside.unknown) continue;
      let best = 0, how = '';
      const bw = Math.max(parseFloat(cs.borderTopWidth), parseFloat(cs.borderBottomWidth), parseFloat(cs.borderLeftWidth), parseFloat(cs.borderRightWidth));
      if (bw >= 1 && cs.borderTopStyle !== 'none' && cs.borderTopStyle !== 'hidden') {
        const bc = blend(parseColor(cs.borderBottomColor), outside.color);
        const r = contrast(bc, outside.color);
        if (r > best) { best = r; how = 'border ' + hex(bc); }
      }
      const own = parseColor(cs.backgroundColor);
      if (own.a > 0 && cs.backgroundImage === 'none') {
        const oc = blend(own, outside.color);
        const r = contrast(oc, outside.color);
        if (r > best) { best = r; how = 'background ' + hex(oc); }
      }
      if (best < t.controlBoundaryContrast - 0.005) {
        out.push(v('control-boundary', el, (best ? round2(best) + ':1 (' + how + ' on ' + hex(outside.color) + ')' : 'no border/background'),
          '>= ' + t.controlBoundaryContrast + ':1', 'control edge must be visible against its surroundings'));
      }
    }
    return { violations: out, minRatio: measured.length ? round2(Math.min.apply(null, measured)) : null, checked: measured.length };
  }

  // Links in running text need a cue other than colour.
  function blockContainer(el) {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const d = getComputedStyle(e).display;
      if (!/^inline/.test(d) && d !== 'contents') return e;
    }
    return document.body;
  }

  // the block box an element's inline content is laid out in
  function blockOf(el) {
    const d = getComputedStyle(el).display;
    return (/^inline/.test(d) || d === 'contents') ? blockContainer(el) : el;
  }

  // Visible text rendered in the same block as the link, outside any link
  // or button: "running text" around the link.
  function ownTextOutsideControls(container) {
    let text = '';
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let n;
    while ((n = walker.nextNode())) {
      const p = n.parentElement;
      if (!p || p.closest('a[href], button, script, style, [aria-hidden="true"]')) continue;
      if (blockOf(p) !== container) continue;
      if (p !== container && isHidden(p)) continue;
      text += n.nodeValue;
    }
    return text.replace(/\s+/g, ' ').trim();
  }

  function isInlineInText(a) {
    const d = getComputedStyle(a).display;
    if (!/^inline/.test(d)) return false;
    const block = blockContainer(a);
    return /[\p{L}\p{N}]/u.test(ownTextOutsideControls(block));
  }

  function linkCue(t) {
    const out = [];
    for (const a of document.querySelectorAll('a[href]')) {
      if (isHidden(a) || !isInlineInText(a)) continue;
      const cs = getComputedStyle(a);
      const parentCs = getComputedStyle(a.parentElement);
      let cue = /underline/.test(cs.textDecorationLine) && cs.textDecorationStyle !== 'none';
      const deco = x => x.querySelectorAll('*');
      if (!cue) for (const d of deco(a)) { if (/underline/.test(getComputedStyle(d).textDecorationLine)) { cue = true; break; } }
      if (!cue) cue = parseFloat(cs.borderBottomWidth) >= 1 && cs.borderBottomStyle !== 'none';
      if (!cue) cue = cs.boxShadow !== 'none';
      if (!cue) cue = (parseInt(cs.fontWeight, 10) - parseInt(parentCs.fontWeight, 10)) >= 300;
      if (!cue) cue = cs.fontStyle !== parentCs.fontStyle;
      if (!cue) {
        const own = parseColor(cs.backgroundColor);
        cue = own.a > 0 && hex(own) !== hex(backgroundOf(a.parentElement).color || { r: 0, g: 0, b: 0 });
      }
      if (!cue) {
        out.push(v('link-cue', a, 'text-decoration: ' + cs.textDecorationLine, 'underline or other non-colour cue',
          'link inside running text is distinguishable by colour only'));
      }
    }
    return { violations: out };
  }

  // Touch targets.
  const TARGET_SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="menuitem"], [role="switch"]';

  function targetRect(el) {
    let r = el.getBoundingClientRect();
    let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio') && el.labels) {
      for (const l of el.labels) { // the label is part of the click target
        if (isHidden(l)) continue;
        const lr = l.getBoundingClientRect();
        box = { left: Math.min(box.left, lr.left), top: Math.min(box.top, lr.top),
                right: Math.max(box.right, lr.right), bottom: Math.max(box.bottom, lr.bottom) };
      }
    }
    return { w: box.right - box.left, h: box.bottom - box.top };
  }

  function targetSize(t) {
    const out = [];
    let checked = 0, exempt = 0;
    for (const el of document.querySelectorAll(TARGET_SEL)) {
      if (el.disabled || isHidden(el)) continue;
      if (el.tagName === 'A' && isInlineInText(el)) { exempt++; continue; }
      checked++;
      const s = targetRect(el);
      if (s.w < t.minTargetPx - 0.01 || s.h < t.minTargetPx - 0.01) {
        out.push(v('target-size', el, round2(s.w) + '×' + round2(s.h) + 'px',
          '>= ' + t.minTargetPx + '×' + t.minTargetPx + 'px', 'standalone link/control'));
      }
    }
    return { violations: out, checked: checked, inlineExempt: exempt };
  }

  // Visible focus indicator (requires keyboard modality: the Python side
  // presses Tab once before calling this).
  const FOCUS_SEL = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

  function focusSnapshot(el) {
    const cs = getComputedStyle(el);
    const snap = {
      outline: cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) === 0 ? 'none' : cs.outlineStyle + ' ' + cs.outlineWidth + ' ' + cs.outlineColor,
      outlineColor: cs.outlineColor, outlineStyle: cs.outlineStyle,
      boxShadow: cs.boxShadow,
    };
    for (const pseudo of ['::before', '::after']) {
      const p = getComputedStyle(el, pseudo);
      snap[pseudo] = p.content === 'none' ? 'none' : [p.outlineStyle, p.outlineWidth, p.boxShadow, p.borderBottomStyle, p.borderBottomWidth, p.backgroundColor].join('|');
    }
    const par = el.parentElement;
    if (par) {
      const pc = getComputedStyle(par);
      snap.parent = [pc.outlineStyle, pc.outlineWidth, pc.boxShadow].join('|');
    }
    return snap;
  }

  function focusIndicator(t) {
    const out = [];
    let checked = 0, modalityLost = 0;
    const els = Array.from(document.querySelectorAll(FOCUS_SEL)).filter(el => !el.disabled && el.getClientRects().length && getComputedStyle(el).visibility === 'visible');
    for (const el of els) {
      if (document.activeElement && document.activeElement !== document.body && document.activeElement.blur) document.activeElement.blur();
      const before = focusSnapshot(el);
      el.focus({ preventScroll: false });
      if (document.activeElement !== el) continue; // not focusable after all
      checked++;
      if (!el.matches(':focus-visible')) modalityLost++;
      const after = focusSnapshot(el);
      const outlineOn = after.outline !== 'none' && after.outline !== before.outline;
      const shadowOn = after.boxShadow !== before.boxShadow && after.boxShadow !== 'none';
      const pseudoOn = after['::before'] !== before['::before'] || after['::after'] !== before['::after'];
      const parentOn = after.parent !== before.parent;
      if (!(outlineOn || shadowOn || pseudoOn || parentOn)) {
        out.push(v('focus-indicator', el, 'outline ' + after.outline + ', box-shadow ' + after.boxShadow,
          'outline or box-shadow changes on focus', 'no visible focus indicator'));
        continue;
      }
      if (outlineOn && after.outlineStyle !== 'auto') {
        const bg = backgroundOf(el.parentElement || el);
        if (!bg.unknown) {
          const oc = blend(parseColor(after.outlineColor), bg.color);
          const r = contrast(oc, bg.color);
          if (r < t.focusContrast - 0.005) {
            out.push(v('focus-contrast', el, round2(r) + ':1 (' + hex(oc) + ' on ' + hex(bg.color) + ')',
              '>= ' + t.focusContrast + ':1', 'focus outline colour against the background'));
          }
        }
      }
      // Focus not obscured (WCAG 2.4.11): something must be hit-testable at
      // the element's position, and not be another, unrelated element.
      const r = el.getBoundingClientRect();
      if (r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth) {
        const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el) && !(el.labels && Array.from(el.labels).some(l => l.contains(hit)))) {
          const stack = document.elementsFromPoint(x, y);
          if (stack.indexOf(el) > 0) {
            out.push(v('focus-obscured', el, 'covered by ' + selectorFor(hit), 'focused element not hidden by other content', 'e.g. a sticky header'));
          }
        }
      }
    }
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    window.scrollTo(0, 0);
    return { violations: out, checked: checked, notFocusVisible: modalityLost };
  }

  // First focusable element must be a skip link to the main content.
  function skipLink(t) {
    const out = [];
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) {
      out.push(v('skip-link', document.body, 'Tab focused nothing', 'a skip link as first focusable element'));
      return { violations: out };
    }
    const info = { selector: selectorFor(el), html: snippet(el) };
    const href = el.tagName === 'A' ? (el.getAttribute('href') || '') : '';
    if (!href.startsWith('#') || href.length < 2) {
      out.push(v('skip-link', el, 'first focusable element is ' + snippet(el), 'a link to #main-content-id'));
      return { violations: out, first: info };
    }
    let id = href.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep raw */ }
    const target = document.getElementById(id);
    const main = document.querySelector('main, [role="main"]');
    if (!target) {
      out.push(v('skip-link', el, 'target #' + id + ' does not exist', 'an existing id'));
    } else if (!main || !(target === main || main.contains(target) || target.contains(main))) {
      out.push(v('skip-link', el, 'target ' + selectorFor(target) + ' is not the main landmark', 'target is <main> or inside it'));
    }
    // visible while focused?
    const r = el.getBoundingClientRect();
    const visible = r.width >= 1 && r.height >= 1 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight &&
      getComputedStyle(el).visibility === 'visible' && cumulativeOpacity(el) > 0.5;
    if (!visible) {
      out.push(v('skip-link', el, 'not visible when focused (rect ' + [r.left, r.top, r.width, r.height].map(Math.round).join(',') + ')', 'visible on focus'));
    } else {
      if (r.width < t.minTargetPx - 0.01 || r.height < t.minTargetPx - 0.01) {
        out.push(v('target-size', el, round2(r.width) + '×' + round2(r.height) + 'px', '>= ' + t.minTargetPx + '×' + t.minTargetPx + 'px', 'skip link while focused'));
      }
      const cs = getComputedStyle(el);
      const bg = backgroundOf(el);
      if (!bg.unknown) {
        const fg = blend(parseColor(cs.color), bg.color);
        const ratio = contrast(fg, bg.color);
        if (ratio < t.otherContrast - 0.005) {
          out.push(v('contrast', el, round2(ratio) + ':1 (' + hex(fg) + ' on ' + hex(bg.color) + ')', '>= ' + t.otherContrast + ':1', 'skip link while focused'));
        }
      }
    }
    return { violations: out, first: info };
  }

  // Reflow: no horizontal scrolling at narrow widths.
  function reflow() {
    const out = [];
    const se = document.scrollingElement || document.documentElement;
    const sw = se.scrollWidth, iw = innerWidth;
    if (sw > iw) {
      // Name the culprits. Walk the *containing-block* chain, not the DOM
      // parent chain: an absolutely positioned element (e.g. a visually
      // hidden span) escapes an overflow:auto wrapper unless the wrapper or
      // something inside it is positioned. Visually hidden elements are
      // included on purpose: they still create scrollable overflow.
      const sticksOut = e => e.getBoundingClientRect().right + window.scrollX > iw + 0.5;
      const root = e => !e || e === document.body || e === document.documentElement;
      function containingBlock(e) {
        const pos = getComputedStyle(e).position;
        if (pos === 'fixed') return null;
        if (pos !== 'absolute') return e.parentElement;
        for (let a = e.parentElement; a; a = a.parentElement) {
          const cs = getComputedStyle(a);
          if (cs.position !== 'static' || cs.transform !== 'none' || cs.filter !== 'none' || /paint|layout|strict|content/.test(cs.contain)) return a;
        }
        return document.documentElement;
      }
      function clippedByScroller(e) {
        for (let cb = containingBlock(e); !root(cb); cb = containingBlock(cb)) {
          if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(cb).overflowX) && !sticksOut(cb)) return true;
        }
        return false;
      }
      const culprits = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (!el.getClientRects().length || !sticksOut(el)) continue;
        if (getComputedStyle(el).position === 'fixed') continue;   // fixed boxes do not scroll the page
        if (clippedByScroller(el)) continue;
        const cb = containingBlock(el);
        if (!root(cb) && sticksOut(cb) && !clippedByScroller(cb)) continue;  // report the outermost offender
        culprits.push(el);
        if (culprits.length >= 500) break;
      }
      if (!culprits.length) {
        // overflowing text (e.g. a long unbreakable word) inside a box that fits
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let n;
        while ((n = walker.nextNode()) && culprits.length < 5) {
          if (!/\S/.test(n.nodeValue) || !n.parentElement) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          const rr = range.getBoundingClientRect();
          if (rr.right + window.scrollX > iw + 0.5 && culprits.indexOf(n.parentElement) < 0) culprits.push(n.parentElement);
        }
      }
      if (!culprits.length) culprits.push(document.body);
      // one entry per kind of element (tag + classes), at most 8 kinds
      const kinds = new Map();
      for (const el of culprits) {
        const k = el.tagName + '.' + Array.from(el.classList).join('.');
        if (!kinds.has(k)) kinds.set(k, []);
        kinds.get(k).push(el);
      }
      for (const [, els] of Array.from(kinds).slice(0, 8)) {
        const el = els.reduce((a, b) => (b.getBoundingClientRect().right > a.getBoundingClientRect().right ? b : a));
        const how = (isHidden(el) ? 'visually hidden, ' : '') + (getComputedStyle(el).position === 'absolute' ? 'position: absolute, ' : '');
        out.push(v('reflow', el, 'scrollWidth ' + sw + 'px > innerWidth ' + iw + 'px; ' + how + 'right edge at ' +
          Math.round(el.getBoundingClientRect().right + window.scrollX) + 'px' + (els.length > 1 ? ' (' + els.length + ' such elements)' : ''),
          'no horizontal scroll at ' + iw + 'px'));
      }
    }
    return { violations: out, scrollWidth: sw, innerWidth: iw };
  }

  // Document structure: lang, headings, landmarks.
  function structure() {
    const out = [];
    const html = document.documentElement;
    const lang = (html.getAttribute('lang') || '').trim();
    if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang)) out.push(v('lang', html, lang ? 'lang="' + lang + '"' : 'missing', 'lang="de" (valid BCP 47)'));
    // headings (display:none ones do not count; visually-hidden ones do)
    const hs = Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading"][aria-level]'))
      .filter(h => h.getClientRects().length && getComputedStyle(h).visibility !== 'hidden');
    const level = h => h.hasAttribute('aria-level') ? parseInt(h.getAttribute('aria-level'), 10) : parseInt(h.tagName.slice(1), 10);
    const h1s = hs.filter(h => level(h) === 1);
    if (h1s.length !== 1) {
      out.push(v('h1-count', h1s[1] || document.body, h1s.length + ' h1 elements' + (h1s.length ? ': ' + h1s.map(h => '"' + h.textContent.trim().slice(0, 40) + '"').join(', ') : ''), 'exactly one h1'));
    }
    let prev = 0;
    for (const h of hs) {
      const l = level(h);
      if (prev === 0 && l !== 1) out.push(v('heading-order', h, 'first heading is h' + l, 'first heading is h1'));
      else if (prev && l > prev + 1) out.push(v('heading-order', h, 'h' + prev + ' followed by h' + l, 'no skipped heading level'));
      if (!h.textContent.trim() && !h.querySelector('img[alt]:not([alt=""])')) out.push(v('heading-empty', h, 'empty heading', 'heading text'));
      prev = l;
    }
    // landmarks
    const top = sel => Array.from(document.querySelectorAll(sel)).filter(e => !e.parentElement.closest('article, aside, main, nav, section, [role="article"], [role="complementary"], [role="main"], [role="navigation"], [role="region"]'));
    const banners = top('header, [role="banner"]');
    const mains = Array.from(document.querySelectorAll('main, [role="main"]')).filter(e => !e.hidden);
    const navs = Array.from(document.querySelectorAll('nav, [role="navigation"]'));
    const footers = top('footer, [role="contentinfo"]');
    if (banners.length !== 1) out.push(v('landmark', banners[1] || document.body, banners.length + ' page headers (banner)', 'exactly one top-level <header>'));
    if (mains.length !== 1) out.push(v('landmark', mains[1] || document.body, mains.length + ' <main> elements', 'exactly one <main>'));
    if (navs.length < 1) out.push(v('landmark', document.body, 'no <nav>', 'at least one <nav>'));
    if (footers.length !== 1) out.push(v('landmark', footers[1] || document.body, footers.length + ' page footers (contentinfo)', 'exactly one top-level <footer>'));
    if (navs.length > 1) {
      const names = navs.map(n => {
        if (n.getAttribute('aria-labelledby')) return n.getAttribute('aria-labelledby').split(/\s+/).map(id => (document.getElementById(id) || {}).textContent || '').join(' ').trim();
        return (n.getAttribute('aria-label') || '').trim();
      });
      navs.forEach((n, i) => {
        if (!names[i]) out.push(v('landmark', n, 'unlabelled <nav> (page has ' + navs.length + ')', 'aria-label on every nav when there is more than one'));
        else if (names.indexOf(names[i]) !== i) out.push(v('landmark', n, 'duplicate nav label "' + names[i] + '"', 'unique nav labels'));
      });
    }
    // content outside landmarks
    for (const el of document.body.children) {
      if (el.matches('header, nav, main, footer, aside, [role], script, template, noscript, style') || isHidden(el)) continue;
      if (el.matches('a') && el === document.body.querySelector(FOCUS_SEL)) continue; // skip link
      if (!(el.textContent || '').trim() && !el.querySelector('img, input, select, button')) continue;
      out.push(v('landmark', el, 'content outside landmarks', 'all content inside header/nav/main/footer'));
    }
    return { violations: out, lang: lang, headings: hs.map(h => 'h' + level(h)).join(' ') };
  }

  // Resources from other origins (DOM + performance timeline).
  function origins() {
    const out = [];
    const here = location.origin;
    const LOADING_RELS = /\b(stylesheet|icon|apple-touch-icon|preload|prefetch|modulepreload|manifest|preconnect|dns-prefetch|mask-icon|prerender)\b/i;
    const attrs = [['script', 'src'], ['img', 'src'], ['img', 'srcset'], ['source', 'src'], ['source', 'srcset'],
      ['iframe', 'src'], ['frame', 'src'], ['video', 'src'], ['video', 'poster'], ['audio', 'src'], ['track', 'src'],
      ['embed', 'src'], ['object', 'data'], ['input', 'src'], ['image', 'href'], ['use', 'href']];
    function check(el, attr, raw) {
      if (!raw) return;
      const urls = attr === 'srcset' ? raw.split(',').map(s => s.trim().split(/\s+/)[0]).filter(Boolean) : [raw.trim()];
      for (const u of urls) {
        let abs;
        try { abs = new URL(u, document.baseURI); } catch (e) { continue; }
        if (abs.protocol === 'data:' || abs.protocol === 'blob:') continue;
        if (abs.origin !== here) out.push(v('third-party', el, attr + '="' + u + '"', 'same-origin only (' + here + ')'));
      }
    }
    for (const [tag, attr] of attrs) {
      for (const el of document.querySelectorAll(tag + '[' + attr + ']')) check(el, attr, el.getAttribute(attr));
    }
    for (const el of document.querySelectorAll('link[href]')) {
      if (LOADING_RELS.test(el.getAttribute('rel') || '')) check(el, 'href', el.getAttribute('href'));
    }
    const base = document.querySelector('base[href]');
    if (base) check(base, 'href', base.getAttribute('href'));
    const entries = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'));
    const resources = [];
    for (const e of entries) {
      let u;
      try { u = new URL(e.name); } catch (err) { continue; }
      resources.push({ name: e.name, status: e.responseStatus || 0, initiator: e.initiatorType || 'navigation', bytes: e.encodedBodySize || 0 });
      if (u.protocol === 'data:' || u.protocol === 'blob:') continue;
      // (failed same-origin requests are reported from the server log)
      if (u.origin !== here) {
        const blocked = !e.responseStatus && !e.transferSize && !e.duration;
        out.push({ check: 'third-party', selector: '(performance entry, ' + (e.initiatorType || '?') + ')', html: '', value: e.name,
                   expected: 'same-origin only', detail: blocked ? 'request to another origin attempted (blocked, e.g. by CSP)' : 'resource loaded from another origin' });
      }
    }
    return { violations: out, resources: resources };
  }

  // Cookies / storage after load. __wwStorageLog is filled by the
  // instrumentation installed before any page script runs (see browser.py).
  function privacy() {
    const out = [];
    if (document.cookie) out.push({ check: 'cookie', selector: 'document.cookie', html: '', value: document.cookie.slice(0, 120), expected: 'no cookies' });
    try { if (localStorage.length) out.push({ check: 'storage', selector: 'localStorage', html: '', value: localStorage.length + ' keys: ' + Object.keys(localStorage).slice(0, 5).join(', '), expected: 'no localStorage' }); } catch (e) { /* blocked */ }
    try { if (sessionStorage.length) out.push({ check: 'storage', selector: 'sessionStorage', html: '', value: sessionStorage.length + ' keys: ' + Object.keys(sessionStorage).slice(0, 5).join(', '), expected: 'no sessionStorage' }); } catch (e) { /* blocked */ }
    const log = (window.__wwStorageLog || []);
    const seen = new Set();
    for (const entry of log) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      out.push({ check: 'storage', selector: '(page script)', html: '', value: entry, expected: 'no cookie/storage API use' });
    }
    return { violations: out };
  }

  // prefers-reduced-motion: nothing animates, no smooth scrolling.
  function motion() {
    const out = [];
    const MOVING = /(^|,\s*)(all|transform|translate|rotate|scale|left|right|top|bottom|margin[\w-]*|inset[\w-]*|width|height|max-height)(\s|,|$)/;
    const secs = s => Math.max.apply(null, s.split(',').map(x => x.trim().endsWith('ms') ? parseFloat(x) / 1000 : parseFloat(x) || 0));
    const rootCs = getComputedStyle(document.documentElement);
    if (rootCs.scrollBehavior === 'smooth') out.push(v('motion', document.documentElement, 'scroll-behavior: smooth', 'auto when prefers-reduced-motion: reduce'));
    for (const el of [document.documentElement].concat(Array.from(document.body.querySelectorAll('*'))).concat([document.body])) {
      for (const pseudo of [null, '::before', '::after']) {
        const cs = getComputedStyle(el, pseudo);
        if (pseudo && cs.content === 'none') continue;
        if (cs.animationName && cs.animationName !== 'none' && secs(cs.animationDuration) > 0.01) {
          out.push(v('motion', el, (pseudo || '') + ' animation ' + cs.animationName + ' ' + cs.animationDuration, 'no animation when prefers-reduced-motion: reduce'));
        }
        if (secs(cs.transitionDuration) > 0.01 && MOVING.test(cs.transitionProperty)) {
          out.push(v('motion', el, (pseudo || '') + ' transition ' + cs.transitionProperty + ' ' + cs.transitionDuration, 'no moving transition when prefers-reduced-motion: reduce'));
        }
      }
      if (out.length > 50) break;
    }
    for (const m of document.querySelectorAll('video[autoplay], marquee, img[src$=".gif"]')) {
      out.push(v('motion', m, 'auto-playing/animated media', 'no motion'));
    }
    return { violations: out };
  }

  // every entry point starts with fresh layout-dependent caches and runs
  // with the storage spy muted (our own reads must not count as page use)
  // settle finite animations/transitions (fade-ins, colour transitions after
  // a colour-scheme switch) so that measurements are not taken mid-way
  function settle() {
    if (!document.getAnimations) return;
    for (const a of document.getAnimations()) {
      try {
        const timing = a.effect && a.effect.getComputedTiming();
        if (timing && isFinite(timing.endTime)) a.finish();
      } catch (e) { /* ignore */ }
    }
  }

  function entry(fn) {
    return function (t) {
      settle();
      hiddenCache = new WeakMap();
      window.__wwQuiet = true;
      try { return fn(t || {}); } finally { window.__wwQuiet = false; }
    };
  }

  window.__wwAudit = {
    textSize: entry(textSize), contrast: entry(contrastCheck), linkCue: entry(linkCue),
    targetSize: entry(targetSize), focusIndicator: entry(focusIndicator), skipLink: entry(skipLink),
    reflow: entry(reflow), structure: entry(structure), origins: entry(origins),
    privacy: entry(privacy), motion: entry(motion),
    contrastRatio: function (a, b) { return contrast(parseColor(a), parseColor(b)); },
  };
})();
