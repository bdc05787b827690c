// Each finding carries its rule's reason, legal basis and link for the linted
// market (help, helpUri), from one place: the rule's market policy. The
// library, the CLI's JSON, `claimlint rules --format json`, SARIF's rule table
// and the GitLab and JUnit reports all say the same.
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/index.js';
import { basisFor, ruleHelp } from '../../src/judge/help.js';
import type { LintMessage, LintResult } from '../../src/shared/lint-result.js';
import { loadFormatter } from '../../src/report/formatters/index.js';
import { rules } from '../../rules/index.js';
import { cli, tempDir } from '../cli-helpers.js';

// Claims of several rules, one of them a prescription medicine whose markets differ.
const PAGE = [
  '# Spring at the clinic',
  '',
  'Our peel erases fine lines for good.',
  '',
  'Botox injections for a fresher you, now $9 per unit.',
  '',
  'Dermatologist recommended.',
  '',
].join('\n');

const help = (m: LintMessage) => ({ ruleId: m.ruleId, help: m.help, helpUri: m.helpUri });

describe('per-finding help', () => {
  for (const market of ['us', 'uk', 'eu'] as const) {
    it(`carries the ${market} reason, legal basis and link on every finding, as the rule list does`, async () => {
      const dir = await tempDir({});
      const result = await lintText(PAGE, { filePath: 'page.md', cwd: dir, market });
      expect(result.messages.length).toBeGreaterThanOrEqual(3);
      const list = JSON.parse((await cli(['rules', '--format', 'json', '--market', market], dir)).stdout) as Array<{ id: string; help: string; helpUri: string; basis: string }>;
      for (const m of result.messages) {
        const rule = rules.find((r) => r.meta.id === m.ruleId)!;
        const policy = rule.meta.markets?.[market];
        expect(m.helpUri).toBe(rule.meta.source.url);
        expect(m.help).toBe(`Why: ${policy?.reason ?? rule.meta.reason}. Legal basis: ${policy?.basis ?? basisFor(rule.meta.source.name, market)}.`);
        const listed = list.find((r) => r.id === m.ruleId)!;
        expect([listed.help, listed.helpUri]).toEqual([m.help, m.helpUri]);
      }
      // The market decides the words: the medicine's basis in the UK is the UK's.
      const pom = result.messages.find((m) => m.ruleId === 'prescription-medicine');
      expect(pom?.help).toContain(ruleHelp(rules.find((r) => r.meta.id === 'prescription-medicine')!.meta, market).basis);
    });
  }

  it('is in the CLI\'s JSON exactly as lintText() returns it', async () => {
    const dir = await tempDir({});
    const fromCli = JSON.parse((await cli(['--stdin', '--stdin-filename', 'page.md', '-f', 'json', '--market', 'uk'], dir, {}, { stdin: PAGE })).stdout) as LintResult[];
    const fromApi = await lintText(PAGE, { filePath: 'page.md', cwd: dir, market: 'uk' });
    expect(fromCli[0]!.messages.map(help)).toEqual(fromApi.messages.map(help));
    expect(fromCli[0]!.messages.every((m) => m.help && m.helpUri)).toBe(true);
  });

  it('matches SARIF\'s rule table, and reaches the GitLab and JUnit reports', async () => {
    const dir = await tempDir({});
    const result = await lintText(PAGE, { filePath: 'page.md', cwd: dir, market: 'uk' });
    const sarif = JSON.parse((await cli(['--stdin', '--stdin-filename', 'page.md', '-f', 'sarif', '--market', 'uk'], dir, {}, { stdin: PAGE })).stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri?: string; help: { text: string } }> } } }>;
    };
    const table = sarif.runs[0]!.tool.driver.rules;
    for (const m of result.messages) {
      const row = table.find((r) => r.id === m.ruleId)!;
      expect(row.helpUri).toBe(m.helpUri);
      // SARIF's rule help holds the finding's help line, with the description and advice around it.
      const [why, basis] = m.help!.split(' Legal basis: ');
      expect(row.help.text).toContain(why!);
      expect(row.help.text).toContain(`Legal basis: ${basis!.replace(/\.$/, '')}`);
    }
    const ctx = { cwd: dir, color: false };
    const issues = JSON.parse((await loadFormatter('gitlab'))([result], ctx)) as Array<{ check_name: string; content?: { body: string } }>;
    issues.forEach((issue, i) => expect(issue.content?.body).toBe(`${result.messages[i]!.help} <${result.messages[i]!.helpUri}>`));
    const xml = (await loadFormatter('junit'))([result], ctx);
    expect(xml).toContain(result.messages[0]!.helpUri);
  });

  it('is left out for a team\'s own phrase, which has no legal basis', async () => {
    const dir = await tempDir({ 'claimlint.config.json': JSON.stringify({ phrases: [{ id: 'house-word', match: ['glow-up'], message: 'Say "refresh" instead.' }] }) });
    const result = await lintText('A total glow-up.\n', { filePath: 'page.md', cwd: dir });
    const own = result.messages.find((m) => m.ruleId === 'house-word');
    expect(own).toBeDefined();
    expect(own!.help).toBeUndefined();
    expect(own!.helpUri).toBeUndefined();
  });
});

describe('the legal basis of a rule with several laws in its source', () => {
  it("gives a market only its own law when the source names it, and the whole source when it does not", () => {
    const source = 'CAP Code 3.1, 3.7; FTC Act s.5 (net impression); Reg. (EU) 655/2013 honesty criterion';
    expect(basisFor(source, 'us')).toBe('FTC Act s.5 (net impression)');
    expect(basisFor(source, 'uk')).toBe('CAP Code 3.1, 3.7');
    expect(basisFor(source, 'eu')).toBe('Reg. (EU) 655/2013 honesty criterion');
    expect(basisFor('CAP Code 1.3; ASA rulings on offers', 'us')).toBe('CAP Code 1.3; ASA rulings on offers');
  });

  // A US writer told that the CAP Code forbids a word has been told nothing
  // that binds them: every built-in rule names a law of each market it reports in.
  it.each(rules.map((r) => [r.meta.id, r] as const))('%s gives every market a legal basis of that market', (_id, rule) => {
    const law = { us: /\b(FDA|FTC|FD&C|CFR)\b/, uk: /\b(CAP|ASA|MHRA|Human Medicines)\b/, eu: /\b(EU|EC|Directive|Reg\.|ASAI)/ };
    for (const market of ['us', 'uk', 'eu'] as const) {
      if (rule.meta.markets?.[market]?.severity === 'off') continue;
      expect(ruleHelp(rule.meta, market).basis, market).toMatch(law[market]);
    }
  });
});
