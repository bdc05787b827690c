// The page for writers (web/), in a real Chromium: what it shows must be what
// the CLI reports for the same text and settings, every fixture article
// included, and its controls must work from the keyboard and for a screen
// reader. `npm run build` first; `npm run test:browser` runs this.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import type { LintMessage } from '../../src/shared/lint-result.js';
import {
  checked,
  cliJson,
  cliRun,
  ensureArtifacts,
  fromCli,
  launchBrowser,
  marksOnPage,
  openPage,
  putText,
  root,
  setDocName,
  shownOnPage,
  startServe,
  staticPageUrl,
  type Browser,
  type Served,
} from './web-helpers.js';

const fixtures = path.join(root, 'fixtures');
const seedPath = path.join(fixtures, 'seed-article.md');
const seed = readFileSync(seedPath, 'utf8');

/** Every Markdown or MDX article under fixtures/, but the site linted with its own config below.
 * fixtures/site is in (linted here without its claims register, which the CLI reads only from the
 * folder it runs in): its claims overlap, a short one inside a longer one, each a finding. */
function fixtureArticles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(e.name)) out.push(full);
    }
  };
  walk(fixtures);
  return out.filter((f) => !f.startsWith(path.join(fixtures, 'config', 'site'))).sort();
}

const claimed = (messages: readonly LintMessage[]) => messages.filter((m) => m.ruleId !== null && m.range[1] > m.range[0]);

let browser: Browser;
let served: Served;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), startServe()]);
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

async function expectSameAsCli(page: Page, text: string, cliMessages: readonly LintMessage[], label: string): Promise<void> {
  expect(await shownOnPage(page), label).toEqual(cliMessages.map(fromCli));
  // One mark per finding with words, covering them, whether or not it overlaps another.
  const marks = await marksOnPage(page);
  expect(
    marks.map((m) => ({ index: m.index, range: m.range, text: m.text, severity: m.severity, gaps: m.gaps })),
    label,
  ).toEqual(
    cliMessages
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => claimed([m]).length === 1)
      .map(({ m, index }) => ({ index, range: m.range, text: text.slice(m.range[0], m.range[1]), severity: m.severity === 2 ? 'error' : 'warning', gaps: 0 })),
  );
}

describe('the page, served by claimlint serve', () => {
  it('shows the seed article, pasted in, with the CLI’s findings marked in place; screenshot kept', async () => {
    const page = await openPage(browser, served.url);
    // Served over http, the engine runs in a worker: typing never waits for it.
    expect(await page.getAttribute('body', 'data-engine')).toBe('worker');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(served.url).origin });
    await page.evaluate((text) => navigator.clipboard.writeText(text), seed);
    await page.focus('#text');
    await page.keyboard.press('Control+V');
    await checked(page);
    expect(await page.inputValue('#text')).toBe(seed);

    const [cli] = cliJson(['--no-config', seedPath]);
    expect(cli!.messages.length).toBeGreaterThan(3);
    await expectSameAsCli(page, seed, cli!.messages, 'seed article');
    // Severity is shown in words and in the marks' style, not by colour alone.
    const badges = await page.$$eval('.finding .badge', (b) => b.map((x) => x.textContent));
    expect(badges).toEqual(cli!.messages.map((m) => (m.severity === 2 ? 'Error' : 'Warning')));
    const summary = await page.textContent('#status');
    expect(summary).toMatch(/^Found \d+ error/);

    await page.screenshot({ path: path.join(ensureArtifacts(), 'web-seed-article.png') });
    await page.close();
  });

  it('loads its own example with a click: findings as the CLI’s on web/example.md; screenshot kept', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1200, height: 760 });
    await page.goto(served.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.finding').length > 0);
    await checked(page);
    const file = path.join(root, 'web', 'example.md');
    const [cli] = cliJson(['--no-config', file]);
    // Errors and warnings both, and the rewrites the CLI offers, each a button named by what the text will read.
    expect(new Set(cli!.messages.map((m) => m.severity))).toEqual(new Set([1, 2]));
    await expectSameAsCli(page, readFileSync(file, 'utf8'), cli!.messages, 'example');
    const offered = cli!.messages.flatMap((m) => m.suggestions ?? []);
    expect(offered.length).toBeGreaterThan(0);
    const labels = await page.$$eval('.suggestion', (b) => b.map((x) => x.getAttribute('aria-label') ?? ''));
    for (const s of offered) expect(labels.some((l) => l.startsWith('Rewrite as: ') && l.includes(s.fix.text.replace(/[*_]/g, '')))).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    // docs/web-page.png is this picture, made smaller (pngquant).
    await page.screenshot({ path: path.join(ensureArtifacts(), 'web-example.png') });
    await page.close();
  });

  it('equals the CLI on every fixture article', async () => {
    const files = fixtureArticles();
    expect(files.length).toBeGreaterThan(25);
    const results = cliJson(['--no-config', ...files]);
    const byFile = new Map(results.map((r) => [r.filePath, r]));
    const page = await openPage(browser, served.url);
    let withFindings = 0;
    let overlapping = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      await setDocName(page, path.basename(file));
      await putText(page, text);
      const cli = byFile.get(file)!;
      if (cli.messages.length > 0) withFindings++;
      const words = claimed(cli.messages);
      overlapping += words.filter((m, i) => words.some((o, j) => j !== i && o.range[0] < m.range[1] && m.range[0] < o.range[1])).length;
      await expectSameAsCli(page, text, cli.messages, path.relative(root, file));
    }
    expect(withFindings).toBeGreaterThan(15);
    // The walk includes claims inside or across others (fixtures/site's peel page has one).
    expect(files).toContain(path.join(fixtures, 'site', 'pages', 'treatments', 'peel.md'));
    expect(overlapping).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it('reads a pasted claimlint.config.json as the CLI reads the file: markets, phrases, overrides, ignores', async () => {
    const site = path.join(fixtures, 'config', 'site');
    const config = readFileSync(path.join(site, 'claimlint.config.json'), 'utf8');
    const page = await openPage(browser, served.url);
    await page.click('#settings summary');
    await page.fill('#config-text', config);
    await page.waitForFunction(() => document.getElementById('config-status')?.textContent?.startsWith('Applied'));
    await checked(page);
    // The config's market becomes the page's choice, as it is the CLI's default.
    expect(await page.inputValue('#market')).toBe('uk');
    const cli = cliJson(['.'], { cwd: site });
    expect(cli.map((r) => path.relative(site, r.filePath)).sort()).toEqual(['blog/peels.md', 'legal/terms.md', 'pages/facial.md']);
    for (const result of cli) {
      const rel = path.relative(site, result.filePath);
      const text = readFileSync(result.filePath, 'utf8');
      await setDocName(page, rel);
      await putText(page, text);
      await expectSameAsCli(page, text, result.messages, rel);
    }
    expect(cli.find((r) => r.filePath.endsWith('facial.md'))!.messages.some((m) => m.ruleId === 'brand/glow-guarantee')).toBe(true);
    // drafts/** is ignored: the CLI skips it, and the page says it does too.
    await setDocName(page, 'drafts/idea.md');
    await putText(page, readFileSync(path.join(site, 'drafts', 'idea.md'), 'utf8'));
    expect(await shownOnPage(page)).toEqual([]);
    expect(await page.textContent('#finding-list')).toMatch(/leaves this document out/);
    await page.close();
  });

  it('words a broken config exactly as the CLI does, and checks without it meanwhile', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    const plain = await shownOnPage(page);
    await page.click('#settings summary');
    for (const dir of ['wrong-type', 'bad-json', 'unknown-rule']) {
      const folder = path.join(fixtures, 'docs', 'config-errors', dir);
      const file = readdirSync(folder).find((f) => f.startsWith('claimlint.config.'))!;
      const cli = cliRun(['page.md'], { cwd: folder });
      expect(cli.status).toBe(2);
      // "claimlint: claimlint.config.json: rules.hype: expected ..." names the file as the page does.
      const cliLine = cli.stderr.trim().replace(/^claimlint: /, '');
      const before = await page.textContent('#config-status');
      await page.setInputFiles('#config-file', path.join(folder, file));
      // The status is already "bad" from the config before: wait for this one's words.
      await page.waitForFunction(
        (previous) => {
          const status = document.getElementById('config-status');
          return status?.classList.contains('bad') === true && status.textContent !== previous;
        },
        before,
      );
      await checked(page);
      expect(await page.textContent('#config-status'), dir).toBe(`${cliLine} (the page checks without it until this is fixed)`);
      expect(await page.isVisible('#notice')).toBe(true);
      expect(await shownOnPage(page), dir).toEqual(plain);
    }
    await page.close();
  });

  it('changes market and rules as --market and a config extending the preset do', async () => {
    const page = await openPage(browser, served.url);
    // Copy whose severities differ by market (free-from, safety, prescription, pressure).
    const text = ['free-from-natural', 'safety-no-risk', 'prescription-medicine', 'trivialising-pressure']
      .map((rule) => readFileSync(path.join(fixtures, 'claims', rule, 'input.md'), 'utf8'))
      .join('\n');
    await putText(page, text);
    const severities = new Set<string>();
    for (const market of ['uk', 'eu', 'us']) {
      await page.selectOption('#market', market);
      await checked(page);
      const [cli] = cliJson(['--no-config', '--market', market, '--stdin'], { input: text });
      severities.add(cli!.messages.map((m) => m.severity).join());
      await expectSameAsCli(page, text, cli!.messages, `market ${market}`);
      if (market === 'uk') {
        // The reason beside a finding says how this market sees it.
        const card = page.locator('.finding[data-rule="safety-no-risk"]').first();
        const note = rules.find((r) => r.meta.id === 'safety-no-risk')!.meta.markets!.uk!.reason!;
        await expect(card.locator('.why').textContent()).resolves.toContain(note);
      }
    }
    expect(severities.size).toBe(3);
    const hype = readFileSync(path.join(fixtures, 'claims', 'hype', 'input.md'), 'utf8');
    await putText(page, hype);
    const outcomes = new Set<string>();
    for (const preset of ['claimlint:strict', 'claimlint:all', 'claimlint:recommended']) {
      await page.selectOption('#preset', preset);
      await checked(page);
      const cli = cliWithConfig(JSON.stringify({ extends: preset }), hype);
      outcomes.add(JSON.stringify(cli.map((m) => [m.ruleId, m.severity])));
      await expectSameAsCli(page, hype, cli, preset);
    }
    expect(outcomes.size).toBeGreaterThan(1);
    await page.close();
  });
});

/** The CLI's findings for text under a config given as text (a temporary config file). */
function cliWithConfig(config: string, text: string): LintMessage[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-web-config-'));
  try {
    writeFileSync(path.join(dir, 'claimlint.config.json'), config);
    writeFileSync(path.join(dir, 'article.md'), text);
    return cliJson(['article.md'], { cwd: dir })[0]!.messages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
