// `npm run bench web`: the web app's initial download (the files index.html loads before the first
// render, raw as the API serves them and gzip level 9) and render times in headless Chromium,
// served by the real system (the API serves the built app from WEB_DIST_DIR). Each cold load uses
// a new browser context (no cache). The baseline is a minimal static HTML page served by the same
// server and loaded in the same browser.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from '../../tools/test/chromium.mjs';
import { log, PASSWORD, root, startBenchSystem } from './harness.mjs';
import { fixed, percentiles, printRows } from './load-tools.mjs';
import { seedCases } from './seed-cases.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');

const ROUNDS = Number(process.env.BENCH_ROUNDS || 10);
const DIST = join(root, 'dist/apps/web/browser');

/** index.html and every file it loads up front: stylesheets, module preloads, scripts. */
function initialBundle(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:link|script)\b[^>]*?(?:href|src)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return ['index.html', ...new Set(files)].map((file) => {
    const bytes = readFileSync(join(dir, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, gzip1: gzipSync(bytes, { level: 1 }).length };
  });
}

/** Records, in the page, when the first element matching `selector` is laid out (performance.now()). */
const watchFor = (selector) => {
  const check = () => {
    const el = document.querySelector(selector);
    if (el && el.getBoundingClientRect().height > 0 && window.__visibleAt === undefined) window.__visibleAt = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('DOMContentLoaded', check);
};

async function coldLoad(browser, url, selector) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFor, selector);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(selector).first().waitFor({ state: 'visible' });
    await page.waitForFunction(() => window.__visibleAt !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      visible: window.__visibleAt,
      bytes: performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, performance.getEntriesByType('navigation')[0]?.transferSize ?? 0),
    }));
  } finally {
    await context.close();
  }
}

/** Logs in on a cold page; then the home page after the click, and a full load of the dashboard until its data shows. */
async function loggedIn(browser, base) {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByTestId('login-username').fill('supervisor');
    await page.getByTestId('login-password').fill(PASSWORD);
    const clicked = Date.now();
    await page.getByTestId('login-submit').click();
    await page.getByTestId('shell-user-name').waitFor();
    const home = Date.now() - clicked;
    await page.addInitScript(watchFor, '[data-testid="dashboard-scope"]');
    await page.goto(`${base}/dashboard`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__visibleAt !== undefined);
    const dashboard = await page.evaluate(() => window.__visibleAt);
    return { home, dashboard };
  } finally {
    await context.close();
  }
}

async function main() {
  log('building the web app (Nx cache)…');
  const build = spawnSync(join(root, 'node_modules/.bin/nx'), ['run', 'web:build', '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (build.status !== 0) throw new Error('web build failed');
  const bundle = initialBundle(DIST);
  const web = join(root, 'tmp', `bench-web-dist-${process.pid}`);
  cpSync(DIST, web, { recursive: true });
  writeFileSync(
    join(web, 'baseline.html'),
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>基准</title></head><body><h1 id="ready">基准页面</h1></body></html>',
  );
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (set CHROMIUM_PATH)');
  let system;
  let browser;
  try {
    system = await startBenchSystem('web', (db) => seedCases(db, 5_000), { env: { WEB_DIST_DIR: web } });
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    await run(system.base, browser, bundle);
  } finally {
    await browser?.close();
    await system?.stop();
    rmSync(web, { recursive: true, force: true });
  }
}

async function run(base, browser, bundle) {
  const kb = (n) => fixed(n / 1024);
  const total = bundle.reduce((s, f) => ({ raw: s.raw + f.raw, gzip: s.gzip + f.gzip, gzip1: s.gzip1 + f.gzip1 }), { raw: 0, gzip: 0, gzip1: 0 });
  printRows(
    'Initial bundle: what index.html loads before the first render (KiB; raw is what the API sends, gzip -1 what docker/nginx.conf sends at its default level)',
    ['file', 'raw', 'gzip -9', 'gzip -1'],
    [...bundle.map((f) => [f.file, kb(f.raw), kb(f.gzip), kb(f.gzip1)]), ['total', kb(total.raw), kb(total.gzip), kb(total.gzip1)]],
  );

  const samples = { baseline: [], login: [], home: [], dashboard: [] };
  let transferred = 0;
  await coldLoad(browser, `${base}/baseline.html`, '#ready'); // warm-up: the browser and the server
  await coldLoad(browser, `${base}/login`, '[data-testid="login-username"]');
  for (let i = 0; i < ROUNDS; i++) {
    samples.baseline.push(await coldLoad(browser, `${base}/baseline.html`, '#ready'));
    const login = await coldLoad(browser, `${base}/login`, '[data-testid="login-username"]');
    transferred = login.bytes;
    samples.login.push(login);
    const after = await loggedIn(browser, base);
    samples.home.push(after.home);
    samples.dashboard.push(after.dashboard);
  }
  const b = percentiles(samples.baseline.map((s) => s.visible));
  const row = (name, values) => {
    const p = percentiles(values);
    return [name, p.n, fixed(p.p50), fixed(p.max), fixed(p.p50 / b.p50)];
  };
  printRows(
    `Rendering in headless Chromium, ${ROUNDS} cold loads each (ms; ratio = p50 ÷ baseline p50; the login page transferred ${kb(transferred)} KiB)`,
    ['measure', 'n', 'p50', 'max', 'ratio'],
    [
      row(
        'baseline: static page, element visible',
        samples.baseline.map((s) => s.visible),
      ),
      row(
        'baseline: static page, first contentful paint',
        samples.baseline.map((s) => s.fcp),
      ),
      row(
        'login page: first contentful paint',
        samples.login.map((s) => s.fcp),
      ),
      row(
        'login page: login form visible',
        samples.login.map((s) => s.visible),
      ),
      row('login click → home page shown', samples.home),
      row('dashboard, full load → its data shown', samples.dashboard),
    ],
  );
}

main().catch((error) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
