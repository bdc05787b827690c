// Rolling out on a live site: the suppressions file (--suppress-all,
// --suppress-rule, --prune-suppressions), the claims register and
// `claimlint inventory`, on fixtures/site (copied: the tests change it).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { runCli } from '../cli-run.js';
import { sarifValidator } from '../sarif-schema.js';
import { DataFile, DataFileError } from '../../src/adopt/data-file.js';
import { claimFingerprint, formatSuppressions, parseSuppressions } from '../../src/adopt/suppressions.js';
import { parseRegister } from '../../src/adopt/register.js';
import { rulePack } from '../../rules/index.js';
import { inventoryCsv } from '../../src/adopt/inventory-formats.js';
import { sentenceAround } from '../../src/adopt/inventory.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUPPRESSIONS = 'claimlint-suppressions.json';
const TODAY = { CLAIMLINT_TODAY: '2026-06-01' };

async function site(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-site-'));
  await cp(path.join(root, 'fixtures', 'site'), dir, { recursive: true });
  await mkdir(path.join(dir, '.git'));
  return dir;
}

async function lint(dir: string, args: string[] = []) {
  const run = await runCli(['pages', '--format', 'json', ...args], dir, { env: TODAY });
  const results = run.stdout.trim() ? (JSON.parse(run.stdout) as LintResult[]) : [];
  const reported = results.flatMap((r) => r.messages.map((m) => `${path.relative(dir, r.filePath).split(path.sep).join('/')}:${m.line}:${m.ruleId}:${m.claim}`));
  return { ...run, results, reported };
}

async function suppressionsOf(dir: string): Promise<{ text: string; entries: number; findings: number }> {
  const text = await readFile(path.join(dir, SUPPRESSIONS), 'utf8');
  const table = parseSuppressions(new DataFile(SUPPRESSIONS, text));
  let entries = 0;
  let findings = 0;
  for (const rules of table.values()) for (const list of rules.values()) for (const e of list) (entries++, (findings += e.count));
  return { text, entries, findings };
}

async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const p = path.join(dir, file);
  await writeFile(p, change(await readFile(p, 'utf8')));
}

describe('the suppressions file', () => {
  it('--suppress-all records every finding, and the next run exits 0 with them shown as suppressed', async () => {
    const dir = await site();
    const before = await lint(dir);
    expect(before.code).toBe(1);
    expect(before.reported.length).toBeGreaterThan(5);
    const all = await lint(dir, ['--suppress-all']);
    expect(all.code).toBe(0);
    expect(all.stderr).toContain(`wrote ${SUPPRESSIONS}: ${before.reported.length} suppressed finding(s) in 3 file(s)`);
    const { findings } = await suppressionsOf(dir);
    expect(findings).toBe(before.reported.length);
    const after = await lint(dir);
    expect(after.code).toBe(0);
    expect(after.reported).toEqual([]);
    expect(after.stderr).toContain(`${before.reported.length} finding(s) suppressed by ${SUPPRESSIONS}`);
    // Still visible to tools, with why.
    const held = after.results.flatMap((r) => r.suppressedMessages ?? []).filter((m) => m.suppressions.some((s) => s.kind === 'baseline'));
    expect(held).toHaveLength(before.reported.length);
    expect(held[0]!.suppressions).toEqual([{ kind: 'baseline', justification: SUPPRESSIONS }]);
    expect(after.results.reduce((n, r) => n + r.errorCount + r.warningCount, 0)).toBe(0);
  });

  it('fails on one new claim and reports only that one', async () => {
    const dir = await site();
    await lint(dir, ['--suppress-all']);
    await edit(dir, 'pages/blog/winter-skin.md', (t) => `${t}\nOur serum heals eczema.\n`);
    const run = await lint(dir);
    expect(run.code).toBe(1);
    expect(run.reported).toEqual(['pages/blog/winter-skin.md:7:disease-therapeutic:heals eczema']);
  });

  it('matches by the claim, not its line: edits elsewhere in the file keep it suppressed', async () => {
    const dir = await site();
    await lint(dir, ['--suppress-all']);
    await edit(dir, 'pages/treatments/laser.md', (t) => t.replace('# Laser resurfacing\n', '# Laser resurfacing\n\nAn intro paragraph.\n\nAnother one, longer.\n'));
    // Case, spacing and emphasis of the claim itself do not matter either.
    await edit(dir, 'pages/treatments/laser.md', (t) => t.replace('It cures rosacea', 'It **Cures  rosacea**'));
    const run = await lint(dir);
    expect(run.code).toBe(0);
    expect(run.reported).toEqual([]);
  });

  it('counts per claim: a second copy of a suppressed claim in the same file is new', async () => {
    const dir = await site();
    await lint(dir, ['--suppress-all']);
    await edit(dir, 'pages/treatments/laser.md', (t) => `${t}\nIt cures rosacea.\n`);
    const run = await lint(dir);
    expect(run.code).toBe(1);
    expect(run.reported).toEqual(['pages/treatments/laser.md:9:disease-therapeutic:cures rosacea']);
  });

  it('says when a suppression no longer matches, and --prune-suppressions shrinks the file', async () => {
    const dir = await site();
    await lint(dir, ['--suppress-all']);
    const before = await suppressionsOf(dir);
    await edit(dir, 'pages/treatments/laser.md', (t) => t.replace('permanently removes wrinkles', 'may help soften the look of wrinkles'));
    const stale = await lint(dir);
    expect(stale.code).toBe(0);
    expect(stale.stderr).toContain(`2 suppression(s) in ${SUPPRESSIONS} no longer match a finding; run with --prune-suppressions`);
    expect(stale.stderr).toContain('pages/treatments/laser.md: permanence "permanently"');
    expect((await suppressionsOf(dir)).text).toBe(before.text);
    const pruned = await lint(dir, ['--prune-suppressions']);
    expect(pruned.code).toBe(0);
    const after = await suppressionsOf(dir);
    expect(after.entries).toBe(before.entries - 2);
    expect(after.text.length).toBeLessThan(before.text.length);
    expect(after.text).not.toContain('permanently');
    const again = await lint(dir);
    expect(again.stderr).not.toContain('no longer match');
  });

  it('prunes the entries of a page that was deleted, and keeps those of pages not linted this run', async () => {
    const dir = await site();
    await lint(dir, ['--suppress-all']);
    await rm(path.join(dir, 'pages/blog/winter-skin.md'));
    const one = await runCli(['pages/treatments/peel.md', '--prune-suppressions'], dir, { env: TODAY });
    expect(one.code).toBe(0);
    const text = (await suppressionsOf(dir)).text;
    expect(text).not.toContain('winter-skin.md');
    expect(text).toContain('pages/treatments/laser.md');
  });

  it('--suppress-rule records only that rule; an unknown rule is a usage error', async () => {
    const dir = await site();
    const run = await lint(dir, ['--suppress-rule', 'disease-therapeutic']);
    expect(run.reported.some((r) => r.includes('disease-therapeutic'))).toBe(false);
    expect(run.reported.length).toBeGreaterThan(0);
    expect(run.code).toBe(1);
    const { text } = await suppressionsOf(dir);
    expect(text).toContain('"disease-therapeutic"');
    expect(text).not.toContain('"absolute-guarantee"');
    const bad = await runCli(['pages', '--suppress-rule', 'disease-therapeutc'], dir, { env: TODAY });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--suppress-rule: unknown rule "disease-therapeutc"');
  });

  it('shows suppressed findings in SARIF with suppressions, keeping their fingerprints', async () => {
    const dir = await site();
    const plain = JSON.parse((await runCli(['pages', '-f', 'sarif'], dir)).stdout) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    await lint(dir, ['--suppress-all']);
    const sarif = JSON.parse((await runCli(['pages', '-f', 'sarif'], dir)).stdout) as typeof plain;
    const results = sarif.runs[0]!.results;
    const suppressed = (r: Record<string, unknown>) => r['suppressions'] as Array<{ kind: string; justification: string }> | undefined;
    const baseline = results.filter((r) => suppressed(r)?.some((s) => s.justification === SUPPRESSIONS));
    expect(baseline.length).toBe(plain.runs[0]!.results.filter((r) => !suppressed(r)).length);
    expect(results).toHaveLength(plain.runs[0]!.results.length);
    // The comment in the page and the register's approval were suppressions before.
    expect(plain.runs[0]!.results.map((r) => suppressed(r)?.[0]?.kind).filter(Boolean).sort()).toEqual(['external', 'inSource']);
    expect(baseline[0]!['suppressions']).toEqual([{ kind: 'external', status: 'accepted', justification: SUPPRESSIONS }]);
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const prints = (rs: Array<Record<string, unknown>>) => new Set(rs.map((r) => JSON.stringify(r['partialFingerprints'])));
    for (const p of prints(plain.runs[0]!.results)) expect(prints(results)).toContain(p);
  });

  it('names the file and line of a bad suppressions file, and lints nothing', async () => {
    const dir = await site();
    await writeFile(
      path.join(dir, SUPPRESSIONS),
      '{\n  "version": 1,\n  "files": {\n    "pages/a.md": {\n      "hype": [\n        { "claim": "x", "fingerprint": "0123456789abcdef", "count": "two" }\n      ]\n    }\n  }\n}\n',
    );
    const run = await runCli(['pages'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`claimlint: ${SUPPRESSIONS}:6: "count" must be a whole number from 1 to 100000\n`);
    await writeFile(path.join(dir, SUPPRESSIONS), '{\n  "version": 1,\n  "files": {\n');
    expect((await runCli(['pages'], dir)).stderr).toMatch(new RegExp(`^claimlint: ${SUPPRESSIONS}:\\d+: invalid JSON`));
    await writeFile(path.join(dir, SUPPRESSIONS), '{ "version": 1, "files": { "../../etc/passwd": {} } }');
    expect((await runCli(['pages'], dir)).stderr).toContain('is not a relative path');
  });

  it('reads its own output back unchanged, and the fingerprint ignores case, spacing and Markdown', () => {
    const text = '{\n  "version": 1,\n  "files": {\n    "a b.md": {\n      "hype": [\n        { "claim": "Best \\"ever\\"", "fingerprint": "0123456789abcdef", "count": 3 }\n      ]\n    }\n  }\n}\n';
    expect(formatSuppressions(parseSuppressions(new DataFile('s.json', text)))).toBe(text);
    expect(claimFingerprint('hype', { claim: 'Cures **Rosacea**', message: '' })).toBe(claimFingerprint('hype', { claim: 'cures  rosacea', message: '' }));
    expect(claimFingerprint('hype', { claim: 'cures rosacea', message: '' })).not.toBe(claimFingerprint('permanence', { claim: 'cures rosacea', message: '' }));
  });
});

describe('the claims register', () => {
  it('approves a matching claim for its markets only', async () => {
    const dir = await site();
    const us = await lint(dir);
    expect(us.reported.some((r) => r.includes('unsubstantiated-proof'))).toBe(false);
    const approved = us.results.flatMap((r) => r.suppressedMessages ?? []).find((m) => m.ruleId === 'unsubstantiated-proof')!;
    expect(approved.suppressions).toEqual([{ kind: 'approved', justification: 'Corneometer study CS-2025-11, 32 volunteers', entry: 'hydration-72h' }]);
    // The entry is for the US and the UK: an EU run reports the claim.
    const eu = await lint(dir, ['--market', 'eu']);
    expect(eu.reported.some((r) => r.includes('unsubstantiated-proof'))).toBe(true);
  });

  it('matches an entry written in the pattern language (a family of wordings) as rules and phrases are matched', async () => {
    const dir = await site();
    await edit(dir, 'claimlint-register.json', (t) =>
      t.replace('["clinically proven to hydrate for 72 hours"]', '["clinically proven to (hydrate|moisturise) [skin] for {number} hours"]'),
    );
    await edit(dir, 'pages/treatments/peel.md', (t) => `${t}
Clinically proven to moisturise skin for 48 hours.

Clinically proven to hydrate for days.
`);
    const run = await lint(dir);
    const approved = run.results.flatMap((r) => r.suppressedMessages ?? []).filter((m) => m.suppressions.some((s) => s.entry === 'hydration-72h'));
    expect(approved.map((m) => m.line)).toEqual([15, 17]);
    // Outside the family (no number of hours): still a finding.
    expect(run.reported.filter((r) => r.includes('unsubstantiated-proof'))).toEqual(['pages/treatments/peel.md:19:unsubstantiated-proof:Clinically proven']);
    // A pattern is checked as a config phrase is, the problem named with the file and line.
    await edit(dir, 'claimlint-register.json', (t) => t.replace('{number} hours', '{no-such-list} hours'));
    const bad = await runCli(['pages'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('claimlint: claimlint-register.json:6: "hydration-72h" > "claim": invalid pattern: unknown word list {no-such-list}\n');
  });

  it('reports the matches of an entry past its review date as warnings that say it expired', async () => {
    const dir = await site();
    await edit(dir, 'claimlint-register.json', (t) => t.replace('2999-12-31', '2026-05-31'));
    const run = await lint(dir);
    const expired = run.results.flatMap((r) => r.messages).find((m) => m.ruleId === 'unsubstantiated-proof')!;
    expect(expired.severity).toBe(1);
    expect(expired.message).toContain('claims register (entry "hydration-72h", Corneometer study CS-2025-11, 32 volunteers) expired on 2026-05-31');
    expect(run.stderr).toContain('1 claim(s) approved by expired entries of claimlint-register.json are reported again (hydration-72h)');
    // The review date itself is still in date.
    const onTheDay = await runCli(['pages', '-f', 'json'], dir, { env: { CLAIMLINT_TODAY: '2026-05-31' } });
    expect(onTheDay.stdout).not.toContain('expired on');
  });

  it('is checked like the config: each problem names the file and line', async () => {
    const dir = await site();
    await edit(dir, 'claimlint-register.json', (t) => t.replace('"2999-12-31"', '"2999-02-30"'));
    const run = await runCli(['pages'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('claimlint: claimlint-register.json:10: "hydration-72h" > "reviewDate" must be a date as YYYY-MM-DD, got "2999-02-30"\n');
    const parse = (text: string) => () => parseRegister(new DataFile('r.json', text), rulePack.lists);
    expect(parse('{"version":1,"claims":[{"id":"a","claim":"x","markets":["fr"],"evidence":"e","approvedBy":"b","reviewDate":"2030-01-01"}]}')).toThrow(/r\.json:1: "a" > "markets": expected one of us, eu, uk/);
    expect(parse('{"version":1,\n"claims":[{"id":"a",\n"claim":"x","markets":["us"],"evidence":"e","approvedBy":"b","reviewDate":"2030-01-01","run":"rm -rf"}]}')).toThrow(/r\.json:3: an entry: unknown key "run"/);
    expect(parse('{"version":1,"claims":[{"id":"a","claim":"x"}]}')).toThrow(DataFileError);
    const missing = await runCli(['pages', '--register', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--register: nope.json: no such file');
  });
});

describe('claimlint inventory', () => {
  const EXPECTED = [
    'pages/blog/winter-skin.md:5:structure-function:finding',
    'pages/treatments/laser.md:3:permanence:finding',
    'pages/treatments/laser.md:3:absolute-guarantee:finding',
    'pages/treatments/laser.md:5:disease-therapeutic:finding',
    'pages/treatments/laser.md:5:disease-therapeutic:finding',
    'pages/treatments/peel.md:7:speed-instant:finding',
    'pages/treatments/peel.md:7:absolute-guarantee:finding',
    'pages/treatments/peel.md:9:absolute-guarantee:finding',
    'pages/treatments/peel.md:13:absolute-guarantee:disabled',
    'pages/treatments/peel.md:15:unsubstantiated-proof:approved',
  ];

  interface Row {
    file: string;
    line: number;
    rule: string;
    status: string;
    sentence: string;
    evidence?: string;
    approvedBy?: string;
    reviewDate?: string;
    reason?: string;
  }

  async function inventoryJson(dir: string, env = TODAY) {
    const run = await runCli(['inventory', 'pages', '-f', 'json'], dir, { env });
    return { code: run.code, ...(JSON.parse(run.stdout) as { counts: { byCategory: Record<string, number>; byStatus: Record<string, number> }; claims: Row[] }) };
  }

  it('lists every claim once, with its status and what backs it (JSON)', async () => {
    const dir = await site();
    const inv = await inventoryJson(dir);
    expect(inv.code).toBe(0);
    expect(inv.claims.map((c) => `${c.file}:${c.line}:${c.rule}:${c.status}`)).toEqual(EXPECTED);
    const approved = inv.claims.find((c) => c.status === 'approved')!;
    expect(approved).toMatchObject({
      sentence: 'Clinically proven to hydrate for 72 hours.',
      evidence: 'Corneometer study CS-2025-11, 32 volunteers',
      approvedBy: 'R. Osei, regulatory affairs',
      reviewDate: '2999-12-31',
    });
    const disabled = inv.claims.find((c) => c.status === 'disabled')!;
    expect(disabled).toMatchObject({ sentence: 'The peel corrects sun damage.', reason: 'reviewed by counsel, memo 2026-014' });
    expect(inv.counts.byStatus).toEqual({ finding: 8, expired: 0, approved: 1, suppressed: 0, disabled: 1 });
    expect(Object.values(inv.counts.byCategory).reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('shows suppressed and expired claims as such', async () => {
    const dir = await site();
    await runCli(['pages', '--suppress-rule', 'disease-therapeutic'], dir, { env: TODAY });
    await edit(dir, 'claimlint-register.json', (t) => t.replace('2999-12-31', '2020-01-01'));
    const inv = await inventoryJson(dir);
    expect(inv.claims.filter((c) => c.status === 'suppressed').map((c) => `${c.file}:${c.line}:${c.rule}`)).toEqual([
      'pages/treatments/laser.md:5:disease-therapeutic',
      'pages/treatments/laser.md:5:disease-therapeutic',
    ]);
    expect(inv.claims.find((c) => c.rule === 'unsubstantiated-proof')).toMatchObject({ status: 'expired', reviewDate: '2020-01-01', evidence: 'Corneometer study CS-2025-11, 32 volunteers' });
    expect(inv.claims).toHaveLength(10);
  });

  it('writes CSV a spreadsheet opens: UTF-8 with BOM, every field quoted, one row per claim', async () => {
    const dir = await site();
    const run = await runCli(['inventory', 'pages'], dir, { env: TODAY });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFF"file","line","column","status"')).toBe(true);
    const lines = run.stdout.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(1 + EXPECTED.length);
    for (const line of lines) expect(line).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
    expect(lines).toContain(
      '"pages/treatments/peel.md","15","1","approved","warning","unsubstantiated-proof","unsubstantiated_proof","us","Clinically proven","Clinically proven to hydrate for 72 hours.","Corneometer study CS-2025-11, 32 volunteers","R. Osei, regulatory affairs","2999-12-31","hydration-72h",""',
    );
  });

  it('keeps a formula in the copy as text in the CSV', () => {
    const csv = inventoryCsv({
      generated: '2026-01-01',
      counts: { byCategory: {}, byStatus: { finding: 1, expired: 0, approved: 0, suppressed: 0, disabled: 0 } },
      rows: [{ file: 'a.md', line: 1, column: 1, status: 'finding', severity: 'error', rule: 'hype', category: 'hype', market: 'us', claim: '=HYPERLINK("http://x")', sentence: '@SUM(1)' }],
    });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")","'@SUM(1)"`);
  });

  it('writes a self-contained HTML page with the same claims', async () => {
    const dir = await site();
    const run = await runCli(['inventory', 'pages', '-f', 'html', '-o', 'claims.html'], dir, { env: TODAY });
    expect(run.code).toBe(0);
    const html = await readFile(path.join(dir, 'claims.html'), 'utf8');
    expect(html.match(/<tr data-status=/g)).toHaveLength(EXPECTED.length);
    expect(html).toMatch(/Content-Security-Policy" content="default-src &#39;none&#39;/);
    expect(html).not.toMatch(/\b(?:src|href)=/);
  });

  it('refuses a format it cannot write', async () => {
    const dir = await site();
    const run = await runCli(['inventory', 'pages', '-f', 'sarif'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('inventory --format: expected csv, json, html, got "sarif"');
  });

  it('takes the sentence around a claim, without Markdown or comments', () => {
    const text = '# T\n\n<!-- note -->\nFirst one. The **peel** erases lines today.\nNext bit.\n\nOther.';
    const at = text.indexOf('erases');
    expect(sentenceAround(text, at, at + 'erases lines'.length)).toBe('The peel erases lines today.');
  });

  // Front matter, links and tables are shown as a reader sees them, not as source.
  it('takes a front matter value, a link\'s text and a table cell, not their syntax', () => {
    const page = '---\ntitle: Pens\ndescription: "Our pen eliminates fine lines"\n---\nSee [the pen](https://x.test "T") which eliminates fine lines.\n\n| Treatment | Claim |\n| --- | --- |\n| Peel | It erases lines fast. |\n';
    const around = (claim: string, from = 0) => {
      const at = page.indexOf(claim, from);
      return sentenceAround(page, at, at + claim.length);
    };
    expect(around('eliminates fine lines')).toBe('Our pen eliminates fine lines');
    expect(around('eliminates fine lines', page.indexOf('See'))).toBe('See the pen which eliminates fine lines.');
    expect(around('erases lines')).toBe('It erases lines fast.');
    const image = 'Great news! ![Removes wrinkles fast](img.png)\n';
    expect(sentenceAround(image, image.indexOf('Removes'), image.indexOf('Removes') + 16)).toBe('Removes wrinkles fast');
  });
});
