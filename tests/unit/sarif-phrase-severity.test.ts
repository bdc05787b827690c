// A user phrase's severity is one fact (src/shared/severity.ts): the finding
// and the SARIF rule table must agree on it. They once did not: a phrase with
// no severity was reported as a warning but described as "error" in SARIF.
import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/shared/lint-result.js';
import { cli, tempDir } from '../cli-helpers.js';

interface Sarif {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    results: Array<{ ruleId: string; level: string }>;
  }>;
}

const CONFIG = JSON.stringify({
  phrases: [
    { id: 'house/glow', match: ['velvet finish'], message: 'Say what the finish is.' },
    { id: 'house/miracle', match: ['copper tonic'], message: 'Name the product.', severity: 'error' },
  ],
});
const PAGE = 'Our copper tonic leaves a velvet finish.\n';

describe('a user phrase in SARIF', () => {
  it('has the same level in its results and in the rule table, with and without a severity of its own', async () => {
    const dir = await tempDir({ 'claimlint.config.json': CONFIG, 'a.md': PAGE });
    const json = JSON.parse((await cli(['a.md', '-f', 'json'], dir)).stdout) as LintResult[];
    const severity = (id: string) => json[0]!.messages.find((m) => m.ruleId === id)?.severity;
    expect(severity('house/glow')).toBe(1);
    expect(severity('house/miracle')).toBe(2);

    const [run] = (JSON.parse((await cli(['a.md', '-f', 'sarif'], dir)).stdout) as Sarif).runs;
    const table = (id: string) => run!.tool.driver.rules.find((r) => r.id === id)?.defaultConfiguration.level;
    const result = (id: string) => run!.results.find((r) => r.ruleId === id)?.level;
    expect([result('house/glow'), table('house/glow')]).toEqual(['warning', 'warning']);
    expect([result('house/miracle'), table('house/miracle')]).toEqual(['error', 'error']);
  });

  it('follows a severity the config sets for the phrase id, in both places', async () => {
    const dir = await tempDir({
      'claimlint.config.json': JSON.stringify({ ...JSON.parse(CONFIG), rules: { 'house/glow': 'error' } }),
      'a.md': PAGE,
    });
    const [run] = (JSON.parse((await cli(['a.md', '-f', 'sarif'], dir)).stdout) as Sarif).runs;
    expect(run!.results.find((r) => r.ruleId === 'house/glow')?.level).toBe('error');
    expect(run!.tool.driver.rules.find((r) => r.id === 'house/glow')?.defaultConfiguration.level).toBe('error');
  });
});
