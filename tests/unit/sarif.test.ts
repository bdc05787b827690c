import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { basisFor } from '../../src/judge/help.js';
import { loadFormatter } from '../../src/report/formatters/index.js';
import { lintText } from '../../src/screen/lint-text.js';
import { makeResult } from '../../src/report/results.js';
import { ruleSummaries } from '../../src/report/rule-docs.js';
import { DEFAULT_CONFIG } from '../../src/shared/resolved-config.js';
import type { LintResult } from '../../src/shared/lint-result.js';
import { rulePack, rules } from '../../rules/index.js';
import { cli } from '../cli-helpers.js';
import { cwd, sampleResults } from '../format-fixtures.js';
import { sarifValidator } from '../sarif-schema.js';

interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; helpUri?: string; help: { text: string }; defaultConfiguration: { level: string }; fullDescription: { text: string } }> } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ level: string; message: { text: string } }> }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number | { text: string }> } }>;
      partialFingerprints: Record<string, string>;
      fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }> }> }>;
    }>;
  }>;
}

async function sarifOf(results: LintResult[], dir = cwd): Promise<SarifLog> {
  const format = await loadFormatter('sarif');
  return JSON.parse(format(results, { cwd: dir, color: false, rulesMeta: ruleSummaries(DEFAULT_CONFIG, rulePack.rules) })) as SarifLog;
}

describe('sarif', () => {
  it('validates against the official SARIF 2.1.0 schema, from a real CLI run', async () => {
    const validate = sarifValidator();
    const { code, stdout } = await cli(['fixtures/formats', 'fixtures/seed-article.md', 'missing.md', '-f', 'sarif']);
    expect(code).toBe(2);
    const log = JSON.parse(stdout) as SarifLog;
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(log.runs[0]!.results.length).toBeGreaterThan(5);
  });

  it('fails validation for a broken log, so the check is real', async () => {
    const validate = sarifValidator();
    const log = await sarifOf(sampleResults());
    (log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as Record<string, unknown>)['startLine'] = 0;
    expect(validate(log)).toBe(false);
  });

  it('describes every rule with its regulatory source, help and default level', async () => {
    const log = await sarifOf([]);
    const driverRules = log.runs[0]!.tool.driver.rules;
    expect(driverRules.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    for (const rule of rules) {
      const d = driverRules.find((r) => r.id === rule.meta.id)!;
      expect(d.helpUri).toBe(rule.meta.source.url);
      // The legal basis of the run's market (us here), and the plain reason.
      const basis = rule.meta.markets?.us?.basis ?? basisFor(rule.meta.source.name, 'us');
      expect(d.help.text).toContain(`Legal basis: ${basis}`);
      expect(d.help.text).toContain(`Why: ${rule.meta.markets?.us?.reason ?? rule.meta.reason}.`);
      expect(d.fullDescription.text).toContain(basis);
      expect(d.defaultConfiguration.level).toBe(rule.meta.severity === 'error' ? 'error' : 'warning');
    }
  });

  it('locates results relative to the working directory, with regions and fixes', async () => {
    const log = await sarifOf(sampleResults());
    const [first, second] = log.runs[0]!.results;
    expect(first!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('docs/a.md');
    expect(first!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 14, endLine: 3, endColumn: 29, snippet: { text: 'erases wrinkles' } });
    expect(log.runs[0]!.tool.driver.rules[first!.ruleIndex]!.id).toBe(first!.ruleId);
    expect(second!.fixes![0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { charOffset: 80, charLength: 5 },
      insertedContent: { text: 'Help reduce the appearance of' },
    });
  });

  it('adds rules it was not told about, and reports unlintable files as notifications', async () => {
    const log = await sarifOf(sampleResults());
    const run = log.runs[0]!;
    const hype = run.results.find((r) => r.ruleId === 'hype')!;
    expect(run.tool.driver.rules[hype.ruleIndex]!.id).toBe('hype');
    expect(run.results.every((r) => r.ruleId)).toBe(true);
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications.map((n) => [n.level, n.message.text])).toEqual([
      ['error', 'not a text file (binary content)'],
      ['warning', 'invalid UTF-8 at byte offset 4; those bytes were read as U+FFFD'],
    ]);
  });

  it('percent-encodes file names in URIs', async () => {
    const log = await sarifOf([makeResult(path.join(cwd, 'my notes', 'a#1.md'), [sampleResults()[0]!.messages[0]!])]);
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('my%20notes/a%231.md');
  });

  it('gives a file outside the checkout an absolute file: URI, not "../" against %SRCROOT%', async () => {
    const outside = path.join(path.dirname(cwd), 'other repo', 'x.md');
    const log = await sarifOf([makeResult(outside, [sampleResults()[0]!.messages[0]!])]);
    const location = log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation as { uri: string; uriBaseId?: string };
    expect(location.uri).toBe(pathToFileURL(outside).href);
    expect(location.uriBaseId).toBeUndefined();
    const inside = await sarifOf([makeResult(path.join(cwd, 'a.md'), [sampleResults()[0]!.messages[0]!])]);
    expect(inside.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'a.md', uriBaseId: '%SRCROOT%' });
  });

  it('keeps fingerprints stable across unrelated edits and apart for repeated claims', async () => {
    const text = '# Clinic\n\nOur peel erases fine lines.\n\n- Reduce scars.\n- Reduce scars.\n';
    const edited = '# Clinic\n\nNew opening paragraph,\nover two lines.\n\nOur peel   erases **fine lines**.\n\n- Reduce scars.\n- Reduce scars.\n';
    const prints = async (t: string) => {
      const log = await sarifOf([lintText(t, { pack: rulePack, filePath: path.join(cwd, 'a.md') })]);
      return log.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.region['startLine'], r.partialFingerprints['claimlint/claim/v1']]);
    };
    const before = await prints(text);
    const after = await prints(edited);
    expect(before).toHaveLength(3);
    expect(after.map(([line]) => line)).not.toEqual(before.map(([line]) => line));
    expect(after.map(([, fp]) => fp)).toEqual(before.map(([, fp]) => fp));
    expect(new Set(before.map(([, fp]) => fp)).size).toBe(3);
  });
});
