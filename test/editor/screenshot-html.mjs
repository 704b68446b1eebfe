#!/usr/bin/env node
// Opens an HTML file in headless Debian Chromium, offline, and saves a PNG:
// how the caseload report (docs/images/caseload-report.png) is looked at.
// Every request other than the file itself is refused and counted, so a
// report that tries to load anything fails here.
//
//   node test/editor/screenshot-html.mjs FILE.html OUT.png [--width 1100] [--dark] [--full | --selector CSS]
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { width: { type: 'string', default: '1100' }, height: { type: 'string', default: '900' }, dark: { type: 'boolean', default: false }, full: { type: 'boolean', default: false }, selector: { type: 'string' } },
});
const [html, png] = positionals;
if (!html || !png) {
  console.error('usage: node test/editor/screenshot-html.mjs FILE.html OUT.png [--width N] [--height N] [--dark] [--full]');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'casewise-shot-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CASEWISE_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: Number(values.width), height: Number(values.height) },
  deviceScaleFactor: 1,
  colorScheme: values.dark ? 'dark' : 'light',
});
const page = browser.pages()[0] ?? (await browser.newPage());
const url = pathToFileURL(resolve(html)).href;
const refused = [];
const problems = [];
await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : (refused.push(route.request().url()), route.abort())));
page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
page.on('pageerror', (e) => problems.push(String(e)));
await page.goto(url);
if (values.selector) {
  // One element, or the box around several ("sel1, sel2" in document order), with a margin.
  const boxes = await page.locator(values.selector).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  const x = Math.max(0, Math.min(...boxes.map((b) => b.left)) - 16);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.top)) - 16);
  const right = Math.max(...boxes.map((b) => b.right)) + 16;
  const bottom = Math.max(...boxes.map((b) => b.bottom)) + 16;
  await page.screenshot({ path: png, fullPage: true, clip: { x, y, width: right - x, height: bottom - y } });
}
else await page.screenshot({ path: png, fullPage: values.full });
await browser.close();
rmSync(profile, { recursive: true, force: true });
console.log(`saved ${png}`);
if (refused.length || problems.length) {
  console.error(`the page tried to load ${refused.length} resource(s): ${refused.join(', ')}; console errors: ${problems.join(' | ')}`);
  process.exit(1);
}
