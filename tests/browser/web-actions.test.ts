// What a writer does with the page: apply a rewrite or every safe fix (the
// CLI's --fix), undo it, copy or download the text, share it by link, open a
// file; and the same page from static files opened straight from disk.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSafeFix } from '../../src/shared/lint-result.js';
import { checked, cliJson, cliRun, fromCli, launchBrowser, openPage, putText, root, shownOnPage, startServe, staticPageUrl, type Browser, type Served } from './web-helpers.js';

const seedPath = path.join(root, 'fixtures', 'seed-article.md');
const seed = readFileSync(seedPath, 'utf8');

let browser: Browser;
let served: Served;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), startServe()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('acting on findings', () => {
  it('applies every safe fix as claimlint --fix does, and undoes it', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    const fixed = cliRun(['--stdin', '--fix-dry-run', '--no-config'], { input: seed });
    expect(fixed.stdout).not.toBe(seed);
    const fixAll = page.getByRole('button', { name: /Apply all safe fixes \(\d+\)/ });
    await fixAll.click();
    await checked(page);
    expect(await page.inputValue('#text')).toBe(fixed.stdout);
    // What remains is what the CLI finds in the fixed text.
    const [after] = cliJson(['--stdin', '--no-config'], { input: fixed.stdout });
    expect(await shownOnPage(page)).toEqual(after!.messages.map(fromCli));
    expect(await page.textContent('#toast')).toMatch(/Applied \d+ safe fixes/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await checked(page);
    expect(await page.inputValue('#text')).toBe(seed);
    // The browser's own undo takes a fix back too (the edit is made as typing would be).
    await fixAll.click();
    await checked(page);
    await page.focus('#text');
    await page.keyboard.press('Control+Z');
    await checked(page);
    expect(await page.inputValue('#text')).toBe(seed);
    await page.close();
  });

  it('applies one chosen rewrite, checks again and moves on to the next claim', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    const [cli] = cliJson(['--no-config', seedPath]);
    // The writer picks a rewrite of a claim (one --fix would not make, where there is one):
    // the page's buttons are the CLI's suggestions, in order.
    const messages = cli!.messages;
    const offering = messages.map((m, i) => ({ m, i })).filter(({ m }) => (m.suggestions ?? []).length > 0);
    expect(offering.length).toBeGreaterThan(0);
    const { m: first, i } = offering.find(({ m }) => m.suggestions!.some((s) => !isSafeFix(m, s))) ?? offering[0]!;
    const k = Math.max(0, first.suggestions!.findIndex((s) => !isSafeFix(first, s)));
    const chosen = first.suggestions![k]!.fix;
    await page.locator(`#finding-${i} .suggestion`).nth(k).click();
    await checked(page);
    const expected = seed.slice(0, chosen.range[0]) + chosen.text + seed.slice(chosen.range[1]);
    expect(await page.inputValue('#text')).toBe(expected);
    const [after] = cliJson(['--stdin', '--no-config'], { input: expected });
    expect(await shownOnPage(page)).toEqual(after!.messages.map(fromCli));
    // Focus goes on to the claim that now stands where this one was, for the next decision.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`finding-${Math.min(i, after!.messages.length - 1)}`);
    await page.close();
  });

  it('copies and downloads the text as it stands', async () => {
    const page = await openPage(browser, served.url);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    await putText(page, seed);
    await page.getByRole('button', { name: 'Copy text' }).click();
    await page.waitForFunction(() => document.getElementById('toast')?.textContent?.includes('copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seed);
    await page.fill('#doc-name', 'microneedling.md');
    await page.dispatchEvent('#doc-name', 'change');
    await checked(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toBe('microneedling.md');
    const file = await download.path();
    expect(readFileSync(file, 'utf8')).toBe(seed);
    await page.close();
  });

  it('shares text, market and rules in the link’s fragment only, and a new page opens from it', async () => {
    const page = await openPage(browser, served.url);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await putText(page, seed);
    await page.selectOption('#market', 'uk');
    await page.selectOption('#preset', 'claimlint:strict');
    await checked(page);
    const shown = await shownOnPage(page);
    await page.getByRole('button', { name: 'Share link' }).click();
    await page.waitForFunction(() => document.getElementById('toast')?.textContent?.includes('Link copied'));
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe(served.url);
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#market=uk&rules=claimlint%3Astrict&text=z[\w-]+$/);
    // Sharing asked nothing of any server.
    expect(requests).toEqual([]);

    const other = await browser.newPage();
    const loaded: string[] = [];
    other.on('request', (r) => loaded.push(r.url()));
    await other.goto(link);
    await other.waitForSelector('body[data-ready="true"]');
    await checked(other);
    expect(await other.inputValue('#text')).toBe(seed);
    expect(await other.inputValue('#market')).toBe('uk');
    expect(await other.inputValue('#preset')).toBe('claimlint:strict');
    expect(await shownOnPage(other)).toEqual(shown);
    // The page's own files, fetched without the fragment, and nothing else.
    expect(loaded.map((u) => u.replace(served.url, '/')).sort()).toEqual(['/', '/engine.js', '/page.css', '/page.js']);
    await other.close();
    await page.close();
  });

  it('opens a .mdx file and reads it as MDX, as the CLI does', async () => {
    const page = await openPage(browser, served.url);
    const file = path.join(root, 'fixtures', 'mdx', 'landing.mdx');
    await page.setInputFiles('#file', file);
    await page.waitForFunction(() => (document.getElementById('doc-name') as HTMLInputElement).value === 'landing.mdx');
    await checked(page);
    expect(await page.inputValue('#text')).toBe(readFileSync(file, 'utf8'));
    const [cli] = cliJson(['--no-config', file]);
    expect(cli!.messages.length).toBeGreaterThan(0);
    expect(await shownOnPage(page)).toEqual(cli!.messages.map(fromCli));
    await page.close();
  });

  it('refuses a binary file in the CLI’s words', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    await page.setInputFiles('#file', { name: 'photo.md', mimeType: 'text/markdown', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) });
    await page.waitForFunction(() => document.getElementById('toast')?.textContent?.startsWith('photo.md'));
    expect(await page.textContent('#toast')).toBe('photo.md: not a text file (binary content)');
    expect(await page.inputValue('#text')).toBe(seed);
    await page.close();
  });
});

describe('the static build opened from disk', () => {
  it('works with no server at all and asks for nothing beyond its own files', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(staticPageUrl());
    await page.waitForSelector('body[data-ready="true"]');
    await putText(page, seed);
    const [cli] = cliJson(['--no-config', seedPath]);
    expect(await shownOnPage(page)).toEqual(cli!.messages.map(fromCli));
    const dir = path.dirname(staticPageUrl());
    expect(requests.map((u) => u.replace(dir, '')).sort()).toEqual(['/engine.js', '/index.html', '/page.css', '/page.js']);
    // Opened from disk, the browser allows no worker: the engine runs in the page.
    expect(await page.getAttribute('body', 'data-engine')).toBe('page');
    await page.close();
  });
});
