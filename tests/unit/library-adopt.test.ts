// The library's side of rolling out and legal review: a team's suppressions
// file and claims register held against lint() and lintText() results, and
// the inventory, each exactly as the CLI gives them in the same folder.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFileError, formatInventory, formatSuppressions, inventory, lint, lintText, lintWithAdoption, loadAdoption } from '../../src/index.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, root } from '../cli-helpers.js';

const TODAY = '2026-06-01';
const ENV = { CLAIMLINT_TODAY: TODAY };

/** fixtures/site, copied: its register approves "Clinically proven to hydrate for 72 hours". */
async function site(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-lib-site-'));
  await cp(path.join(root, 'fixtures', 'site'), dir, { recursive: true });
  await mkdir(path.join(dir, '.git'));
  return dir;
}

const rules = (results: readonly LintResult[]) => results.flatMap((r) => r.messages.map((m) => m.ruleId));

describe('library: suppressions, the claims register and the inventory', () => {
  it('lint() with the team’s files returns what the CLI prints as JSON in that folder', async () => {
    const dir = await site();
    expect((await cli(['pages', '--suppress-rule', 'absolute-guarantee'], dir, ENV)).stderr).toContain('wrote claimlint-suppressions.json');
    const adoption = loadAdoption({ cwd: dir, today: TODAY });
    const fromApi = await lint('pages', { cwd: dir, adoption });
    const fromCli = JSON.parse((await cli(['pages', '-f', 'json'], dir, ENV)).stdout) as LintResult[];
    expect(fromApi).toEqual(fromCli);
    expect(rules(fromApi)).not.toContain('absolute-guarantee');
    expect(rules(fromApi)).not.toContain('unsubstantiated-proof');
    expect(fromApi.flatMap((r) => r.suppressedMessages ?? []).map((m) => m.suppressions[0]!.kind)).toEqual(expect.arrayContaining(['baseline', 'approved']));
    // Without them, the library reads neither file.
    expect(rules(await lint('pages', { cwd: dir }))).toEqual(expect.arrayContaining(['absolute-guarantee', 'unsubstantiated-proof']));
  });

  it('lintText() with the team’s files gives the CLI’s result for that file', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'claimlint-register.json'), (await readFile(path.join(dir, 'claimlint-register.json'), 'utf8')).replace('2999-12-31', '2026-05-31'));
    const file = 'pages/treatments/peel.md';
    const text = await readFile(path.join(dir, file), 'utf8');
    const fromApi = await lintText(text, { cwd: dir, filePath: file, adoption: loadAdoption({ cwd: dir, today: TODAY }) });
    const [fromCli] = JSON.parse((await cli([file, '-f', 'json'], dir, ENV)).stdout) as LintResult[];
    expect(fromApi).toEqual(fromCli);
    // Past its review date, the approval no longer holds: a warning that says so.
    expect(fromApi.messages.find((m) => m.ruleId === 'unsubstantiated-proof')!.message).toContain('expired on 2026-05-31');
  });

  it('records findings as --suppress-all does, in the same file text', async () => {
    const dir = await site();
    const adoption = loadAdoption({ cwd: dir, today: TODAY });
    const outcome = await lintWithAdoption('pages', { cwd: dir, adoption, record: { add: true } });
    expect(outcome.changed).toBe(true);
    expect(outcome.results.every((r) => r.messages.length === 0)).toBe(true);
    expect(adoption.suppressionsPath).toBe(path.join(dir, 'claimlint-suppressions.json'));
    await cli(['pages', '--suppress-all'], dir, ENV);
    expect(formatSuppressions(outcome.table)).toBe(await readFile(adoption.suppressionsPath, 'utf8'));
    // After a claim is fixed, pruning drops its suppression, as --prune-suppressions does.
    const file = path.join(dir, 'pages', 'treatments', 'laser.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('permanently removes wrinkles', 'may help soften the look of wrinkles'));
    const pruned = await lintWithAdoption('pages', { cwd: dir, adoption: loadAdoption({ cwd: dir, today: TODAY }), record: { prune: true } });
    await cli(['pages', '--prune-suppressions'], dir, ENV);
    expect(pruned.changed).toBe(true);
    expect(formatSuppressions(pruned.table)).toBe(await readFile(adoption.suppressionsPath, 'utf8'));
  });

  it('lists every claim as `claimlint inventory` does, in each format', async () => {
    const dir = await site();
    const adoption = loadAdoption({ cwd: dir, today: TODAY });
    const list = await inventory('pages', { cwd: dir, adoption });
    expect(list.rows.find((r) => r.rule === 'unsubstantiated-proof')).toMatchObject({ status: 'approved', registerEntry: 'hydration-72h' });
    for (const format of ['json', 'csv', 'html'] as const) {
      expect(await formatInventory(list, format), format).toBe((await cli(['inventory', 'pages', '-f', format], dir, ENV)).stdout);
    }
  });

  it('checks the files as the CLI does: DataFileError names the file and line', async () => {
    const dir = await site();
    await writeFile(path.join(dir, 'claimlint-register.json'), '{ "version": 1,\n  "claims": [{ "id": "x", "claim": "proven to {nope}" }] }');
    expect(() => loadAdoption({ cwd: dir })).toThrow(DataFileError);
    expect(() => loadAdoption({ cwd: dir })).toThrow(/^claimlint-register\.json:2: /);
  });

  it('approves claims written in the pattern language, in a config made in code as in a file', async () => {
    const text = 'Clinically proven to moisturise skin for 48 hours.\n';
    const approved = [{ claim: 'clinically proven to (hydrate|moisturise) [skin] for {number} hours', evidence: 'Study 7' }];
    expect(rules([await lintText(text, { config: DEFAULT_CONFIG })])).toContain('unsubstantiated-proof');
    const result = await lintText(text, { config: { ...DEFAULT_CONFIG, approved } });
    expect(rules([result])).not.toContain('unsubstantiated-proof');
    expect(result.suppressedMessages?.[0]).toMatchObject({ ruleId: 'unsubstantiated-proof', approvedBy: 'Study 7' });
  });
});
