// Driving the page (web/, built into dist/web) in a real Chromium, and the
// CLI it is checked against. Needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LintMessage, LintResult } from '../../src/shared/lint-result.js';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = path.join(root, 'tests', 'browser', 'artifacts');
const bin = path.join(root, 'bin', 'claimlint.js');

export const CHROMIUM = process.env['CLAIMLINT_CHROMIUM'] ?? '/usr/bin/chromium';
// A closed network: nothing in the background may try to reach out.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Browser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium, headless, on a fresh empty profile. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'claimlint-web-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    async newPage() {
      const page = await context.newPage();
      page.on('pageerror', (error) => {
        throw error;
      });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** `claimlint serve --port 0`, as a writer would start it; resolves with the address it prints. */
export function startServe(): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`claimlint serve printed no address: ${out}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) {
        clearTimeout(timer);
        resolve({
          url,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGINT');
            }),
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`claimlint serve exited ${code}: ${out}`)));
  });
}

export const staticPageUrl = () => pathToFileURL(path.join(root, 'dist', 'web', 'index.html')).href;

/** The CLI's JSON report for files (exit 0, 1 or 2 all report). */
export function cliJson(args: readonly string[], options: { cwd?: string; input?: string } = {}): LintResult[] {
  const run = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: options.cwd ?? root, encoding: 'utf8', input: options.input });
  if (run.status === null || run.status > 2 || !run.stdout.trim().startsWith('[')) throw new Error(`claimlint ${args.join(' ')}: exit ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as LintResult[];
}

/** What the CLI prints for a run: exit code and both streams. */
export function cliRun(args: readonly string[], options: { cwd?: string; input?: string } = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, encoding: 'utf8', input: options.input });
}

/** A finding as the page shows it and as the CLI reports it, for comparing. */
export interface Shown {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The rewrites offered, as the page words them (the fixed stretch of text). */
  suggestions: number;
  safeFix: boolean;
}

export function fromCli(m: LintMessage): Shown {
  const safe = m.fix !== undefined;
  const inList = (m.suggestions ?? []).some((s) => m.fix && s.fix.range[0] === m.fix.range[0] && s.fix.range[1] === m.fix.range[1] && s.fix.text === m.fix.text);
  return {
    ruleId: m.ruleId,
    severity: m.severity,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    message: m.message,
    suggestions: (m.suggestions ?? []).length + (safe && !inList ? 1 : 0),
    safeFix: safe,
  };
}

export function shownOnPage(page: Page): Promise<Shown[]> {
  return page.$$eval('#finding-list .finding', (cards) =>
    cards.map((c) => {
      const d = (c as HTMLElement).dataset;
      return {
        ruleId: d['rule'] || null,
        severity: Number(d['severity']),
        line: Number(d['line']),
        column: Number(d['column']),
        endLine: Number(d['endLine']),
        endColumn: Number(d['endColumn']),
        message: c.querySelector('.message')?.textContent ?? '',
        suggestions: c.querySelectorAll('.suggestion').length,
        safeFix: c.querySelector('.suggestion .safe') !== null,
      };
    }),
  );
}

/** A claim as marked in the text. */
export interface ShownMark {
  /** The finding's index in the list. */
  index: number;
  range: [number, number];
  text: string;
  severity: string;
  /** Characters in its range (line breaks aside) that none of its pieces covers, or that two do. */
  gaps: number;
}

/** The claims marked in the text, found where they are drawn: each mark's
 * offset in the text the backdrop shows (one block per line), its text, its
 * severity, in the list's order. A mark drawn in pieces (across lines, or
 * around the end of a claim it overlaps) is one claim; marks may nest. */
export function marksOnPage(page: Page): Promise<ShownMark[]> {
  return page.evaluate(() => {
    const found = new Map<number, { index: number; range: [number, number]; severity: string; covered: number[] }>();
    let whole = '';
    for (const line of document.querySelectorAll('#backdrop > div')) {
      if (line.previousElementSibling) whole += '\n';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = (node.textContent ?? '').replace(/\u200b/g, '');
        for (let el = node.parentElement; el && el !== line; el = el.parentElement) {
          if (el.tagName !== 'MARK') continue;
          const index = Number(el.dataset['index']);
          const seen = found.get(index) ?? { index, range: [whole.length, whole.length], severity: el.classList.contains('sev-error') ? 'error' : 'warning', covered: [] };
          found.set(index, seen);
          for (let i = 0; i < text.length; i++) seen.covered.push(whole.length + i);
          seen.range[1] = whole.length + text.length;
        }
        whole += text;
      }
    }
    return [...found.values()]
      .sort((a, b) => a.index - b.index)
      .map(({ index, range, severity, covered }) => {
        let expected = 0;
        for (let i = range[0]; i < range[1]; i++) if (whole[i] !== '\n') expected++;
        return { index, range, text: whole.slice(range[0], range[1]), severity, gaps: Math.abs(expected - new Set(covered).size) + (covered.length - new Set(covered).size) };
      });
  });
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** Resolves once the page has checked its current text. */
export async function checked(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['check'] === 'done');
}

/** Puts text in the editor as a paste would (one input event) and waits for the check. */
export async function putText(page: Page, text: string): Promise<void> {
  await page.fill('#text', text);
  await checked(page);
}

/** Sets the document name (what the page reads .mdx and config overrides by). */
export async function setDocName(page: Page, name: string): Promise<void> {
  await page.fill('#doc-name', name);
  await page.dispatchEvent('#doc-name', 'change');
  await checked(page);
}

export function ensureArtifacts(): string {
  mkdirSync(artifacts, { recursive: true });
  return artifacts;
}
