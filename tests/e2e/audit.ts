// What the i18n and accessibility browser tests check on a screen:
// - axe-core (injected from node_modules) finds no violation of serious or critical impact;
// - in the test-only pseudo-locale, every visible word (text, aria-label, title,
//   placeholder, and the words drawn on the board's canvas) sits inside ⟦…⟧ markers,
//   so it came from a locale; numbers and punctuation alone are let through;
// - no text container is clipped or overflows its box, and no select cuts its chosen option.
// Page code is passed as strings: the runner's transpiler would add helpers the page lacks.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export async function axeCheck(page: Page, where: string): Promise<void> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  const found = (await page.evaluate(`(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.impact + ' ' + v.id + ': ' + v.help + ' [' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ') + ']');
  })()`)) as string[];
  if (found.length > 0) throw new Error(`axe on ${where}:\n  ${found.join('\n  ')}`);
}

/** Visible words outside ⟦…⟧ markers, with where they were found. */
export async function unmarked(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const strip = (s) => {
      let prev;
      do { prev = s; s = s.replace(/⟦[^⟦⟧]*⟧/g, ''); } while (s !== prev);
      return s;
    };
    // Digits, punctuation, symbols and space alone need no translation.
    const bare = (s) => /^[\\s\\d\\p{P}\\p{S}]*$/u.test(strip(s));
    const visible = (el) => {
      if (el.closest('[hidden], [aria-hidden="true"]') && !el.closest('.sr-only')) return false;
      const st = getComputedStyle(el);
      if (st.display === 'none' || st.visibility === 'hidden') return false;
      const r = el.getBoundingClientRect();
      return (r.width > 0 && r.height > 0) || el.closest('.sr-only') !== null || el.closest('select') !== null;
    };
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest('script, style') || !visible(el)) continue;
      if (!bare(n.textContent)) out.push('text "' + n.textContent.trim().slice(0, 80) + '" in <' + el.tagName.toLowerCase() + ' class="' + el.className + '">');
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!visible(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a);
        if (v !== null && !bare(v)) out.push(a + ' "' + v.slice(0, 80) + '" on <' + el.tagName.toLowerCase() + '>');
      }
    }
    if (!bare(document.title)) out.push('document title "' + document.title + '"');
    const board = window.__ngg ? window.__ngg.boardTexts() : [];
    for (const t of board) if (!bare(t)) out.push('canvas "' + t.slice(0, 80) + '"');
    return out;
  })()`)) as string[];
}

/**
 * Text containers whose words do not fit: an element with its own text whose content is
 * wider or taller than its box. Elements marked data-clamp are the card's deliberately
 * shortened lines (a title and one line of event text, the whole of both in their
 * title attribute and in the actions panel); they are counted, not failed.
 */
export async function overflowing(page: Page): Promise<{ bad: string[]; clamped: number }> {
  return (await page.evaluate(`(() => {
    const bad = [];
    let clamped = 0;
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('[hidden], .sr-only, svg, select, script, style') ) continue;
      const own = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent.trim() !== '');
      if (!own) continue;
      const st = getComputedStyle(el);
      if (st.display === 'none' || st.visibility === 'hidden' || st.display === 'inline') continue;
      const over = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (!over) continue;
      if (el.hasAttribute('data-clamp')) { clamped++; continue; }
      bad.push('<' + el.tagName.toLowerCase() + ' class="' + el.className + '"> ' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ': "' + el.textContent.trim().slice(0, 60) + '"');
    }
    // A select shows its chosen option whole: the option's text, in the select's font,
    // fits inside the box less its padding (the arrow sits in the right padding, and
    // takes about 20px when the padding is less).
    const ruler = document.createElement('canvas').getContext('2d');
    for (const el of document.querySelectorAll('select')) {
      if (el.closest('[hidden], .sr-only')) continue;
      const st = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const chosen = el.selectedOptions[0];
      if (st.display === 'none' || st.visibility === 'hidden' || r.width === 0 || !chosen || !ruler) continue;
      ruler.font = st.fontWeight + ' ' + st.fontSize + ' ' + st.fontFamily;
      const room = r.width - parseFloat(st.paddingLeft) - Math.max(parseFloat(st.paddingRight), 20) - parseFloat(st.borderLeftWidth) - parseFloat(st.borderRightWidth);
      const need = ruler.measureText(chosen.textContent.trim()).width;
      if (need > room + 1) bad.push('<select id="' + el.id + '"> shows "' + chosen.textContent.trim().slice(0, 60) + '" (' + Math.round(need) + 'px) in ' + Math.round(room) + 'px');
    }
    // Text that runs off the screen's right edge.
    for (const el of document.querySelectorAll('h1, h2, h3, p, li, button, label, span, strong, small')) {
      if (el.closest('[hidden], .sr-only, .hand, .log, .panel, .skip')) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > window.innerWidth + 1) bad.push('<' + el.tagName.toLowerCase() + '> past the right edge: "' + el.textContent.trim().slice(0, 60) + '"');
    }
    return { bad, clamped };
  })()`)) as { bad: string[]; clamped: number };
}

/** Picks a language in a picker and waits until every part of the page has redrawn in it. */
export async function pickLanguage(page: Page, selector: string, lang: string): Promise<void> {
  await page.locator(selector).selectOption(lang, { force: true });
  await page.waitForFunction((l) => document.documentElement.dataset.lang === l, lang, { timeout: 15_000 });
  // Canvas words are rasterised on the next frames; give the board a moment.
  await page.waitForTimeout(150);
}
