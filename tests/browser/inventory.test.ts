// `claimlint inventory --format html` in a real Chromium: the page is one
// file that works offline (no request leaves it, its script runs under its own
// content security policy), its filters by status, category and file show the
// claims they should, and its counts are the JSON inventory's. `npm run build`
// first; `npm run test:browser` runs this.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRun, launchBrowser, root, type Browser } from './web-helpers.js';

interface Claim {
  file: string;
  line: number;
  status: string;
  category: string;
  rule: string;
}
interface InventoryJson {
  counts: { byCategory: Record<string, number>; byStatus: Record<string, number> };
  claims: Claim[];
}

let browser: Browser;
let dir: string;
let inventory: InventoryJson;
let pageUrl: string;
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'claimlint-inventory-'));
  cpSync(path.join(root, 'fixtures', 'site'), dir, { recursive: true });
  mkdirSync(path.join(dir, '.git'));
  // Some claims held back by the suppressions file, so every status but "expired" shows.
  cliRun(['pages', '--suppress-rule', 'disease-therapeutic'], { cwd: dir });
  const html = cliRun(['inventory', 'pages', '--format', 'html', '-o', 'claims.html'], { cwd: dir });
  expect(html.status, html.stderr).toBe(0);
  const json = cliRun(['inventory', 'pages', '--format', 'json'], { cwd: dir });
  inventory = JSON.parse(json.stdout) as InventoryJson;
  pageUrl = pathToFileURL(path.join(dir, 'claims.html')).href;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(): Promise<Page> {
  const page = await browser.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  await page.goto(pageUrl);
  return page;
}

/** The claims the table shows: file, line, status, category of each visible row. */
function visibleRows(page: Page): Promise<Array<{ file: string; status: string; category: string }>> {
  return page.$$eval('#claims tbody tr', (rows) =>
    rows
      .filter((r) => !(r as HTMLElement).hidden && (r as HTMLElement).offsetParent !== null)
      .map((r) => {
        const d = (r as HTMLElement).dataset;
        return { file: d['file']!, status: d['status']!, category: d['category']! };
      }),
  );
}

describe('the inventory page', () => {
  it('loads from disk with no request beyond itself and no error, its script allowed by its own policy', async () => {
    requests.length = 0;
    problems.length = 0;
    const page = await open();
    await page.selectOption('#filter-status', 'approved');
    expect(await visibleRows(page)).toHaveLength(1);
    expect(requests).toEqual([pageUrl]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists every claim of the JSON inventory once', async () => {
    const page = await open();
    const rows = await visibleRows(page);
    expect(rows.map((r) => `${r.file}:${r.status}:${r.category}`)).toEqual(inventory.claims.map((c) => `${c.file}:${c.status}:${c.category}`));
    expect(await page.textContent('#shown')).toBe(`Showing ${inventory.claims.length} of ${inventory.claims.length} claims`);
    await page.close();
  });

  it('counts per category and status as the JSON does', async () => {
    const page = await open();
    const table = await page.$$eval('#counts tbody tr', (rows) =>
      rows.map((r) => ({
        category: (r as HTMLElement).dataset['category']!,
        counts: Object.fromEntries([...r.querySelectorAll('td[data-count]')].map((td) => [(td as HTMLElement).dataset['count']!, Number(td.textContent)])),
      })),
    );
    const totals = table.find((r) => r.category === '')!;
    expect(totals.counts['total']).toBe(inventory.claims.length);
    for (const [status, n] of Object.entries(inventory.counts.byStatus)) expect(totals.counts[status], status).toBe(n);
    const perCategory = Object.fromEntries(table.filter((r) => r.category !== '').map((r) => [r.category, r.counts['total']]));
    expect(perCategory).toEqual(inventory.counts.byCategory);
    expect(inventory.counts.byStatus['suppressed']).toBeGreaterThan(0);
    await page.close();
  });

  it('filters by status, category and file, together, and shows all again on reset', async () => {
    const page = await open();
    const want = (f: (c: Claim) => boolean) => inventory.claims.filter(f).map((c) => `${c.file}:${c.status}:${c.category}`);
    const got = async () => (await visibleRows(page)).map((r) => `${r.file}:${r.status}:${r.category}`);

    await page.selectOption('#filter-status', 'suppressed');
    expect(await got()).toEqual(want((c) => c.status === 'suppressed'));
    expect(await page.textContent('#shown')).toBe(`Showing ${want((c) => c.status === 'suppressed').length} of ${inventory.claims.length} claims`);

    await page.selectOption('#filter-status', '');
    await page.selectOption('#filter-category', 'absolute_guarantee');
    expect(await got()).toEqual(want((c) => c.category === 'absolute_guarantee'));

    await page.selectOption('#filter-file', 'pages/treatments/peel.md');
    const both = want((c) => c.category === 'absolute_guarantee' && c.file === 'pages/treatments/peel.md');
    expect(both.length).toBeGreaterThan(0);
    expect(await got()).toEqual(both);

    await page.selectOption('#filter-status', 'finding');
    expect(await got()).toEqual(want((c) => c.category === 'absolute_guarantee' && c.file === 'pages/treatments/peel.md' && c.status === 'finding'));

    await page.click('button[type="reset"]');
    await expect.poll(async () => (await got()).length).toBe(inventory.claims.length);
    await page.close();
  });
});
