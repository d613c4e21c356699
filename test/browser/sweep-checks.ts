import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loginAs } from '../support/browser';

/**
 * The checks of issue 17's sweeps (page-sweep and dialog-sweep): what a page, a dialog or a drawer
 * must not show a user at desktop or phone size. Each check takes `root`, a CSS selector naming the
 * parts of the document it looks at: the main content for a page (nz-content), the open dialogs
 * for a dialog (DIALOG_ROOT).
 */

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };
export const NARROW = { width: 360, height: 780 };
export const PAGES_DIR = resolve(__dirname, '../../test-results/pages');

/** The main content of a page, below the header and beside the menu. */
export const PAGE_ROOT = 'nz-content';
/** What floats above the page while it is open: a modal, a drawer, a popconfirm. */
export const DIALOG_ROOT = '.ant-modal-wrap .ant-modal, .ant-drawer-open .ant-drawer-content-wrapper, .ant-popover:not(.ant-popover-hidden)';

/**
 * Latin words a page may show. Kept tiny: each is a name a Chinese user reads as such, not an
 * untranslated word.
 * - Excel, Word, PDF, JPG, PNG: kinds of file, named as the files and their programs name them
 *   (导出 Excel; the case page's upload hint 支持 PDF、JPG、PNG、Word、Excel).
 * - GB: the prefix of a national standard's number (GB 11643, the resident ID standard).
 * Identifiers that are data, not words (a login name, a hotspot number such as YH2026-0001), are
 * marked translate="no" in the template and left out, as are key caps in <kbd> (Ctrl+Enter).
 */
const ALLOWED_WORDS = new Set(['Excel', 'Word', 'PDF', 'JPG', 'PNG', 'GB']);

/** What must never reach a user's screen (the same classes as apps/web/src/app/core/raw-codes.spec.ts). */
const RAW_PATTERNS: [string, RegExp][] = [
  ['enum code', /(?<![A-Za-z0-9])[A-Z][A-Z0-9]*_[A-Z0-9_]*[A-Z0-9](?![A-Z0-9_])/g],
  ['clock code', /(?<![A-Za-z0-9])D\d(?!\d)/g],
  ['snake_case', /(?<![A-Za-z0-9_])[a-z]+_[a-z_]+/g],
  ['UUID', /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi],
  ['doc reference', /DOMAIN\.md/g],
];

/** Raw codes, ids and English words in a piece of rendered text. */
export function rawTextFindings(text: string): string[] {
  const found: string[] = [];
  for (const [kind, pattern] of RAW_PATTERNS) for (const m of text.matchAll(pattern)) found.push(`${kind}: ${m[0]}`);
  const withoutIds = text.replace(RAW_PATTERNS[3][1], ' ');
  for (const m of withoutIds.matchAll(/[A-Za-z]{2,}/g)) if (!ALLOWED_WORDS.has(m[0])) found.push(`English: ${m[0]}`);
  return [...new Set(found)];
}

/** The page has drawn: no spinner, no skeleton, no running animation. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') && document.getAnimations().every((a) => a.playState !== 'running'));
}

/** The layout for this width is in place (the side menu on a desktop, the drawer toggle on a phone). */
export async function layoutFor(page: Page, width: number): Promise<void> {
  await page
    .locator(width < 768 ? '[data-testid="shell-menu-toggle"]' : 'nz-sider')
    .first()
    .waitFor();
}

/**
 * How far the document is wider than the screen, and the elements sticking out. Charts and the card
 * lists follow a new width a frame or two later, so the page is given up to two seconds to fit.
 */
export async function sidewaysOverflow(page: Page): Promise<string | null> {
  await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, undefined, { timeout: 2000 }).catch(() => undefined);
  return page.evaluate(() => {
    const width = window.innerWidth;
    const over = document.documentElement.scrollWidth - width;
    if (over <= 0) return null;
    const culprits = Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(-4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} → ${Math.round(el.getBoundingClientRect().right)}px`,
      );
    return `+${over}px ${culprits.join(', ')}`;
  });
}

/**
 * A dialog scrolls sideways when it is wider than the screen, when a box inside it scrolls sideways
 * (a scroller wider than its frame), or when something inside sticks out past its right edge. A
 * dialog floats above the page, so the document's width does not show it.
 */
export async function dialogOverflow(page: Page, root = DIALOG_ROOT): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const describe = (el: Element): string =>
      `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const width = window.innerWidth;
    const found: string[] = [];
    for (const dialog of Array.from(document.querySelectorAll(rootSelector))) {
      const box = dialog.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${describe(dialog)} spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      const wrap = dialog.closest('.ant-modal-wrap');
      if (wrap && wrap.scrollWidth > wrap.clientWidth + 1) found.push(`${describe(wrap)} scrolls sideways by ${wrap.scrollWidth - wrap.clientWidth}px`);
      const right = Math.min(box.right, width);
      const visible = Array.from(dialog.querySelectorAll('*')).filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      });
      for (const el of visible) {
        const style = getComputedStyle(el);
        if (/(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`${describe(el)} scrolls sideways by ${el.scrollWidth - el.clientWidth}px`);
      }
      const sticking = visible.filter((el) => el.getBoundingClientRect().right > right + 0.5 && !el.closest('.ant-table-content, .ant-table-body, .ant-tabs-nav-wrap'));
      for (const el of sticking.slice(-3)) found.push(`${describe(el)} sticks out to ${Math.round(el.getBoundingClientRect().right)}px`);
    }
    return found;
  }, root);
}

/**
 * The rendered text of the page: what a user reads, placeholders, titles and what a screen reader
 * reads (aria-label, in `root`) included; identifiers marked translate="no", key caps (<kbd>) and
 * what is hidden from screen readers (aria-hidden) left out.
 */
export async function renderedText(page: Page, root = PAGE_ROOT): Promise<string> {
  return page.evaluate((rootSelector) => {
    const attrs = Array.from(document.querySelectorAll(rootSelector))
      .flatMap((r) => Array.from(r.querySelectorAll('[placeholder], [title], [aria-label]')))
      .filter((el) => el.getClientRects().length > 0 && !el.closest('[translate="no"], [aria-hidden="true"]'))
      .map((el) => ['placeholder', 'title', 'aria-label'].map((a) => el.getAttribute(a) ?? '').join(' '));
    let text = document.body.innerText;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[translate="no"], kbd'))) {
      const own = el.innerText.trim();
      if (own) text = text.replace(own, ' ');
    }
    return `${text}\n${attrs.join('\n')}`;
  }, root);
}

/** Tables with a header row drawn as tables on a phone (not appCardList, or the header showing). */
export async function plainTables(page: Page, root = PAGE_ROOT): Promise<string[]> {
  return page.evaluate(
    (rootSelector) =>
      Array.from(document.querySelectorAll(rootSelector))
        .flatMap((r) => Array.from(r.querySelectorAll('nz-table')))
        .filter((t) => t.getBoundingClientRect().width > 0 && t.querySelector('thead th'))
        .filter((t) => !t.classList.contains('card-list') || Array.from(t.querySelectorAll('thead')).some((h) => getComputedStyle(h).display !== 'none'))
        .map((t) => t.getAttribute('data-testid') ?? (t.querySelector('th') as HTMLElement | null)?.innerText ?? 'nz-table'),
    root,
  );
}

/** Buttons, tags and card titles whose text is wider than their box (cut off, or spilling out). */
export async function clippedText(page: Page, root = PAGE_ROOT): Promise<string[]> {
  return page.evaluate(
    (rootSelector) =>
      Array.from(document.querySelectorAll(rootSelector))
        .flatMap((r) => Array.from(r.querySelectorAll<HTMLElement>('.ant-btn, .ant-card-head-title, .ant-tag')))
        .filter((el) => el.getBoundingClientRect().width > 0 && el.scrollWidth > el.clientWidth + 1)
        .map((el) => `「${el.innerText.trim().slice(0, 20)}」${el.clientWidth}px < ${el.scrollWidth}px`),
    root,
  );
}

/**
 * Controls lower than 44 px: inputs (by their visible box: an affix wrapper, a picker, a number
 * input), selects, buttons, links, tabs, checkboxes and radios (by their label).
 */
export async function smallTargets(page: Page, root = PAGE_ROOT): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const selector = [
      'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file])',
      'textarea',
      '.ant-select',
      'button',
      'a[href]',
      '.ant-tabs-tab',
      '.ant-checkbox-wrapper',
      '.ant-radio-wrapper',
      '.ant-radio-button-wrapper',
    ].join(',');
    const boxOf = (el: Element): Element =>
      el.closest(
        '.ant-input-affix-wrapper, .ant-input-number, .ant-picker, .ant-select, .ant-input-group-wrapper, .ant-checkbox-wrapper, .ant-radio-wrapper, .ant-radio-button-wrapper',
      ) ?? el;
    const seen = new Set<Element>();
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll(rootSelector)).flatMap((r) => Array.from(r.querySelectorAll(selector)))) {
      const box = boxOf(el);
      if (seen.has(box)) continue;
      seen.add(box);
      const r = box.getBoundingClientRect();
      const style = getComputedStyle(box);
      if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || box.closest('[aria-hidden="true"], .ant-table-measure-now')) continue;
      if (r.height < 43.5) {
        const text = ((box as HTMLElement).innerText || box.getAttribute('placeholder') || box.getAttribute('aria-label') || '').trim().slice(0, 20);
        small.push(`${box.tagName.toLowerCase()}.${String(box.className).split(' ')[0]}「${text}」${Math.round(r.height)}px`);
      }
    }
    return small;
  }, root);
}

/** Where a sweep keeps a screenshot: test-results/pages/<user>/<name>-<size>.png. */
export function shotPath(user: string, name: string, size: string): string {
  const dir = join(PAGES_DIR, user);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}-${size}.png`);
}

/**
 * Buttons that touch a neighbour: two buttons side by side (or one above the other) in the same
 * parent with less than 4 px between them, which a thumb cannot tell apart. Joined groups (a
 * button group, a search box's button) are left out.
 */
export async function touchingButtons(page: Page, root = PAGE_ROOT): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const shown = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const buttons = Array.from(document.querySelectorAll(rootSelector))
      .flatMap((r) => Array.from(r.querySelectorAll<HTMLElement>('.ant-btn')))
      .filter((b) => shown(b) && !b.closest('.ant-btn-group, .ant-input-group, .ant-space-compact'));
    const found: string[] = [];
    for (let i = 0; i < buttons.length; i++) {
      for (let j = i + 1; j < buttons.length; j++) {
        const [a, b] = [buttons[i].getBoundingClientRect(), buttons[j].getBoundingClientRect()];
        const sameRow = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        const sameColumn = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1;
        const gap = sameRow ? Math.max(b.left - a.right, a.left - b.right) : sameColumn ? Math.max(b.top - a.bottom, a.top - b.bottom) : Infinity;
        if (gap < 4) found.push(`「${buttons[i].innerText.trim().slice(0, 12)}」「${buttons[j].innerText.trim().slice(0, 12)}」${Math.round(gap)}px apart`);
      }
    }
    return found;
  }, root);
}

/** Checkboxes and radios whose label has wrapped below the box instead of standing beside it. */
export async function detachedLabels(page: Page, root = PAGE_ROOT): Promise<string[]> {
  return page.evaluate(
    (rootSelector) =>
      Array.from(document.querySelectorAll(rootSelector))
        .flatMap((r) => Array.from(r.querySelectorAll('.ant-checkbox-wrapper, .ant-radio-wrapper')))
        .flatMap((wrapper) => {
          const box = wrapper.querySelector('.ant-checkbox, .ant-radio');
          const label = box?.nextElementSibling as HTMLElement | null | undefined;
          if (!box || !label || !label.innerText.trim()) return [];
          const [b, l] = [box.getBoundingClientRect(), label.getBoundingClientRect()];
          return b.width > 0 && l.top >= b.bottom - 1 ? [`「${label.innerText.trim().slice(0, 20)}」`] : [];
        }),
    root,
  );
}

/** What the sweep marks the controls it asks Chromium about with (removed afterwards). */
const PROBE = 'data-sweep-probe';

/**
 * Controls a screen reader cannot name: every input, select, textarea, combobox, switch and button
 * shown in `root` must have an accessible name — from a <label for>, a wrapping <label> (ng-zorro's
 * checkbox and radio hosts), aria-label, aria-labelledby, title, a button's own text, or for an
 * ng-zorro select or picker the <label for> of its nzId, which lands on its inner <input> — and
 * every radio group must be a role="radiogroup" named by aria-label or aria-labelledby. The name
 * is Chromium's own (its accessibility tree, over the DevTools protocol), so what counts is what a
 * screen reader is told. A placeholder alone is no name (it is gone once something is typed), and a
 * name with English or a raw code in it (an icon's 「plus」) is reported like rendered text.
 */
export async function unlabelledControls(page: Page, root = PAGE_ROOT): Promise<string[]> {
  const controls = await page.evaluate(
    ({ rootSelector, probe }) => {
      const selector = 'input:not([type=hidden]), select, textarea, [role=combobox], [role=switch], button, .ant-radio-group';
      const describe = (el: Element): string => {
        const type = el.getAttribute('type');
        const own = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${type ? `[type=${type}]` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
        const testId = el.closest('[data-testid]')?.getAttribute('data-testid');
        const field = el.closest('[data-field]')?.getAttribute('data-field');
        return `${testId ? `[data-testid="${testId}"] ` : field ? `[data-field="${field}"] ` : ''}${own}`;
      };
      const shown = Array.from(new Set(Array.from(document.querySelectorAll(rootSelector)).flatMap((r) => Array.from(r.querySelectorAll(selector))))).filter(
        (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden="true"], .ant-table-measure-now'),
      );
      return shown.map((el, i) => {
        el.setAttribute(probe, String(i));
        return { control: describe(el), group: el.classList.contains('ant-radio-group') };
      });
    },
    { rootSelector: root, probe: PROBE },
  );
  if (controls.length === 0) return [];
  const found: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root: document } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: document.nodeId, selector: `[${PROBE}]` });
    for (const nodeId of nodeIds) {
      const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
      const { control, group } = controls[Number(attributes[attributes.indexOf(PROBE) + 1])];
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      const node = nodes.at(0);
      if (group && node?.role?.value !== 'radiogroup') {
        found.push(`${control}: a radio group without role="radiogroup"`);
        continue;
      }
      if (!node || node.ignored) continue;
      const name = String(node.name?.value ?? '').trim();
      const source = node.name?.sources?.find((s) => s.value && !s.superseded);
      if (!name) found.push(`${control}: no accessible name`);
      else if (source?.type === 'placeholder') found.push(`${control}: named only by its placeholder 「${name}」`);
      else for (const raw of rawTextFindings(name)) found.push(`${control}: named 「${name}」 (${raw})`);
    }
  } finally {
    await cdp.detach();
    await page.evaluate((probe) => document.querySelectorAll(`[${probe}]`).forEach((el) => el.removeAttribute(probe)), PROBE);
  }
  return found;
}

/**
 * One sweep of a user's views: a fresh zh-CN tab at desk size signed in as `username`, handed to
 * `sweep`, which answers its findings. Fails with those findings and any script error the tab
 * raised; the tab is closed either way.
 */
export async function sweepAs(browser: Browser, baseUrl: string, username: string, password: string, sweep: (page: Page) => Promise<string[]>): Promise<void> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  try {
    await loginAs(page, baseUrl, username, password);
    const findings = await sweep(page);
    expect([...findings, ...pageErrors.map((e) => `script error: ${e}`)]).toEqual([]);
  } finally {
    await context.close();
  }
}

/**
 * What a page or an open dialog (`dialog`) must not do on a phone, at 390 px: scroll sideways,
 * offer targets under 44 px, show a plain table or cut text off; then at 360 px, scroll sideways.
 * Leaves the viewport at 360 px. Findings are prefixed with `name`.
 */
export async function phoneFindings(page: Page, name: string, root: string, dialog: boolean): Promise<string[]> {
  const findings: string[] = [];
  const overflow = dialog ? (await dialogOverflow(page, root)).join('; ') : await sidewaysOverflow(page);
  if (overflow) findings.push(`${name} @390: scrolls sideways ${overflow}`);
  for (const small of await smallTargets(page, root)) findings.push(`${name} @390: small target ${small}`);
  for (const table of await plainTables(page, root)) findings.push(`${name} @390: table not shown as cards: ${table}`);
  for (const clipped of await clippedText(page, root)) findings.push(`${name} @390: text cut off ${clipped}`);
  await page.setViewportSize(NARROW);
  await layoutFor(page, NARROW.width);
  await settled(page);
  const narrow = [await sidewaysOverflow(page), ...(dialog ? await dialogOverflow(page, root) : [])].filter(Boolean).join('; ');
  if (narrow) findings.push(`${name} @360: scrolls sideways ${narrow}`);
  return findings;
}
