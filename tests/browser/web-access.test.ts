// The page without a mouse and through a screen reader's eyes: moving
// between findings from the keyboard, names for every control, and text
// that keeps its contrast on every background the page gives it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checked, cliJson, launchBrowser, openPage, putText, root, startServe, type Browser, type Served } from './web-helpers.js';

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

describe('keyboard', () => {
  it('moves between findings with F8, the arrows and Enter, and back to the text', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    const [cli] = cliJson(['--no-config', seedPath]);
    const n = cli!.messages.length;
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    const activeMark = () => page.evaluate(() => document.querySelector('#backdrop mark.active')?.getAttribute('data-index'));

    await page.focus('#text');
    await page.keyboard.press('F8');
    expect(await focused()).toBe('finding-0');
    expect(await activeMark()).toBe('0');
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('finding-1');
    expect(await activeMark()).toBe('1');
    await page.keyboard.press('Shift+F8');
    expect(await focused()).toBe('finding-0');
    await page.keyboard.press('Shift+F8');
    expect(await focused()).toBe(`finding-${n - 1}`);
    await page.keyboard.press('Home');
    expect(await focused()).toBe('finding-0');
    await page.keyboard.press('Alt+ArrowDown');
    expect(await focused()).toBe('finding-1');
    // One tab stop for the list (roving), so Tab leaves it for the card's own buttons.
    expect(await page.$$eval('.finding[tabindex="0"]', (c) => c.map((x) => x.id))).toEqual(['finding-1']);

    // Enter shows the claim in the text, selected.
    await page.keyboard.press('Enter');
    expect(await focused()).toBe('text');
    const selection = await page.evaluate(() => {
      const t = document.getElementById('text') as HTMLTextAreaElement;
      return [t.selectionStart, t.selectionEnd];
    });
    expect(selection).toEqual(cli!.messages[1]!.range);

    // The caret inside another claim picks out its card.
    const third = cli!.messages[2]!;
    await page.evaluate((at) => (document.getElementById('text') as HTMLTextAreaElement).setSelectionRange(at, at), third.range[0] + 1);
    await page.waitForFunction(() => document.querySelector('#finding-2')?.classList.contains('active'));
    expect(await activeMark()).toBe('2');

    // Tab from a card reaches its rewrites; a rewrite applies from the keyboard.
    await page.keyboard.press('F8');
    expect(await focused()).toBe('finding-3');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('suggestion'))).toBe(true);
    await page.keyboard.press('Enter');
    await checked(page);
    expect(await page.inputValue('#text')).not.toBe(seed);
    await page.close();
  });
});

describe('claims inside other claims', () => {
  it('gives each its own mark, reached with F8 and the arrows, named on its card; the caret picks the inner one', async () => {
    // "erases fine lines" inside a longer claim of speed: two findings on the same words.
    const file = path.join(root, 'fixtures', 'site', 'pages', 'treatments', 'peel.md');
    const text = readFileSync(file, 'utf8');
    const [cli] = cliJson(['--no-config', file]);
    const messages = cli!.messages;
    const pairs: Array<[number, number]> = [];
    messages.forEach((m, i) =>
      messages.forEach((o, j) => {
        if (j !== i && m.ruleId && o.ruleId && o.range[0] >= m.range[0] && o.range[1] <= m.range[1] && o.range[1] - o.range[0] < m.range[1] - m.range[0]) pairs.push([i, j]);
      }),
    );
    expect(pairs.length).toBeGreaterThan(0);
    const page = await openPage(browser, served.url);
    await putText(page, text);
    await page.focus('#text');
    const seen = () =>
      page.evaluate(() => ({
        focused: document.activeElement?.id ?? '',
        label: document.activeElement?.getAttribute('aria-label') ?? '',
        active: [...document.querySelectorAll<HTMLElement>('#backdrop mark.active')].map((m) => [m.dataset['index'], m.textContent]),
      }));
    for (let i = 0; i < messages.length; i++) {
      await page.keyboard.press(i === 0 ? 'F8' : 'ArrowDown');
      const m = messages[i]!;
      const now = await seen();
      expect(now.focused).toBe(`finding-${i}`);
      expect(now.label).toBe(`${m.severity === 2 ? 'Error' : 'Warning'}, line ${m.line}: “${m.claim ?? text.slice(m.range[0], m.range[1])}”. ${m.message}`);
      // Its own mark is the one picked out in the text, whole (an inner claim's pieces are all its words).
      expect(now.active.every(([index]) => index === String(i))).toBe(true);
      expect(now.active.map(([, words]) => words).join('').replace(/\s+/g, '')).toBe(text.slice(m.range[0], m.range[1]).replace(/\s+/g, ''));
    }
    // The caret in the inner claim's words picks out the inner claim, not the one around it.
    const [outer, inner] = pairs[0]!;
    await page.focus('#text');
    await page.evaluate((at) => (document.getElementById('text') as HTMLTextAreaElement).setSelectionRange(at, at), messages[inner]!.range[0] + 1);
    await page.waitForFunction((i) => document.querySelector(`#finding-${i}`)?.classList.contains('active'), inner);
    expect(await page.evaluate((o) => document.querySelector(`#finding-${o}`)?.classList.contains('active'), outer)).toBe(false);
    await page.close();
  });
});

describe('screen readers', () => {
  it('names every control, the text box, the list and each finding', async () => {
    const page = await openPage(browser, served.url);
    await putText(page, seed);
    for (const name of ['Market', 'Rules']) await expect(page.getByRole('combobox', { name }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'Your text, in Markdown' }).count()).resolves.toBe(1);
    await expect(page.getByRole('textbox', { name: 'File name' }).count()).resolves.toBe(1);
    for (const name of [/^Apply all safe fixes/, 'Open a file…', 'Try an example', 'Copy text', 'Download', 'Share link']) {
      await expect(page.getByRole('button', { name }).count()).resolves.toBe(1);
    }
    await expect(page.getByRole('list', { name: 'Claims to look at' }).count()).resolves.toBe(1);
    const [cli] = cliJson(['--no-config', seedPath]);
    const items = page.getByRole('list', { name: 'Claims to look at' }).getByRole('listitem');
    await expect(items.count()).resolves.toBe(cli!.messages.length);
    // Each finding's name says how serious, where, what and why, in that order.
    const first = cli!.messages[1]!;
    await expect(items.nth(1).getAttribute('aria-label')).resolves.toBe(`Error, line ${first.line}: “${first.claim}”. ${first.message}`);
    await expect(page.getByRole('button', { name: /^Rewrite as: Help reduce the appearance of scars \(safe fix\)$/ }).count()).resolves.toBe(1);
    // The count of findings is announced (a polite live region), once per change.
    await expect(page.getByRole('status').filter({ hasText: /^Found/ }).count()).resolves.toBe(1);
    // Every control has a name.
    const unnamed = await page.$$eval('button, select, textarea, input:not([type="file"]), a[href]', (els) =>
      els
        .filter((e) => {
          const label = e.getAttribute('aria-label') ?? (e as HTMLInputElement).labels?.[0]?.textContent ?? e.textContent ?? '';
          return label.trim() === '';
        })
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await page.close();
  });

  it('keeps text at WCAG AA contrast (4.5:1) on every background it sits on', async () => {
    const page = await openPage(browser, served.url);
    // Errors and warnings both.
    await putText(page, `${seed}\n${readFileSync(path.join(root, 'fixtures', 'claims', 'hype', 'input.md'), 'utf8')}`);
    await page.click('#settings summary');
    await page.locator('#finding-0 .why summary').click();
    const failures = await page.evaluate(() => {
      const parse = (c: string) => {
        const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
        return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : undefined;
      };
      const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
        const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): { r: number; g: number; b: number } => {
        for (let e = el; e; e = e.parentElement) {
          const c = parse(getComputedStyle(e).backgroundColor);
          if (c && c.a > 0.5) return c;
        }
        return { r: 255, g: 255, b: 255 };
      };
      const ratio = (fg: { r: number; g: number; b: number }, bg: { r: number; g: number; b: number }) => {
        const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
        return (a! + 0.05) / (b! + 0.05);
      };
      const out: string[] = [];
      const check = (selector: string, fgOf: (e: Element) => string = (e) => getComputedStyle(e).color, bgOf: (e: Element) => Element | null = (e) => e) => {
        const els = [...document.querySelectorAll(selector)];
        if (els.length === 0) out.push(`${selector}: none on the page`);
        for (const e of els) {
          const fg = parse(fgOf(e));
          const r = fg ? ratio(fg, background(bgOf(e))) : 0;
          if (r < 4.5) out.push(`${selector}: ${r.toFixed(2)}`);
        }
      };
      for (const s of ['body', '.tagline', '.choice-label', 'button', 'button.primary:not(:disabled)', '.doc-name span', '.status', '.summary', '.badge.error', '.badge.warning', '.where', '.claim', '.message', '.advice', '.suggestions-label', '.suggestion', '.suggestion .safe', '.why summary', '.why a', '.rule-id', '.keys-help', 'kbd', '.settings-intro', '.colophon']) {
        check(s);
      }
      // The text over each highlight: the textarea's ink on the mark's tint.
      const ink = getComputedStyle(document.getElementById('text')!).color;
      check('#backdrop mark', () => ink);
      return out;
    });
    expect(failures).toEqual([]);
    await page.close();
  });
});
