import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintJson, runCli, summary, tempRepo } from '../cli-run.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const site = path.join(root, 'fixtures/config/site');

describe('presets', () => {
  const copy = 'Our peel typically reduces scars.\n\nOur peel may help reduce scars.\n\nOur peel helps reduce scars.\n';

  it('recommended (the default) accepts plain hedges; strict does not, but "may help" still clears', async () => {
    const dir = await tempRepo({ 'a.md': copy });
    expect(summary((await lintJson([], dir)).byFile['a.md'])).toEqual([]);
    const strict = await tempRepo({ 'a.md': copy, 'claimlint.config.json': '{"extends": "claimlint:strict"}' });
    expect(summary((await lintJson([], strict)).byFile['a.md'])).toEqual(['1:absolute-guarantee:2', '5:absolute-guarantee:2']);
  });

  it('strict makes every rule and phrase an error, unless the config says otherwise after it', async () => {
    const dir = await tempRepo({
      'claimlint.config.yaml': [
        'extends: [claimlint:recommended, claimlint:strict]',
        'phrases:',
        '  - { id: house/miracle, match: miracle cream, message: No miracles. }',
        'rules:',
        '  structure-function: warn',
      ].join('\n'),
      'a.md': 'Our miracle cream stimulates collagen.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:house/miracle:2', '1:structure-function:1']);
  });

  it('all is accepted and prints as a resolved config', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': '{"extends": ["claimlint:all"]}' });
    const { code, stdout } = await runCli(['--print-config', 'a.md'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ rules: { 'absolute-guarantee': 'error', 'structure-function': 'error' } });
  });

  it('names an unknown preset with a did-you-mean', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': '{"extends": ["claimlint:strcit"]}', 'a.md': 'x\n' });
    const { code, stderr } = await runCli([], dir);
    expect(code).toBe(2);
    expect(stderr).toBe('claimlint: claimlint.config.json:1:14: extends[0]: unknown preset "claimlint:strcit"; did you mean "claimlint:strict"?\n');
  });
});

describe('markets', () => {
  it('takes the market from the config, and --market overrides it', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': '{"market": "uk"}' });
    const market = async (args: string[]) => (JSON.parse((await runCli(['--print-config', 'a.md', ...args], dir)).stdout) as { market: string }).market;
    expect(await market([])).toBe('uk');
    expect(await market(['--market', 'eu'])).toBe('eu');
  });

  it('changes the notes and severities rules give per market', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': '{"market": "uk"}', 'a.md': 'Book a Botox consultation.\n' });
    const notes = async (args: string[]) => (await lintJson(args, dir)).byFile['a.md']!.messages.map((m) => m.message);
    expect(await notes([])).toEqual([expect.stringMatching(/in the UK it may not be advertised to the public/)]);
    // In the US a provider may name the medicine it offers; only claims about it are findings.
    expect(await notes(['--market', 'us'])).toEqual([]);
    expect(await notes(['--market', 'eu'])).toEqual([expect.stringMatching(/in the EU it may not be advertised to the public/)]);
  });

  it('an override may set the market for some files', async () => {
    const dir = await tempRepo({ 'claimlint.config.json': JSON.stringify({ market: 'us', overrides: [{ files: ['uk/**'], market: 'uk' }] }) });
    const market = async (file: string) => (JSON.parse((await runCli(['--print-config', file], dir)).stdout) as { market: string }).market;
    expect(await market('uk/clinic.md')).toBe('uk');
    expect(await market('us/clinic.md')).toBe('us');
  });
});

describe('the example site (fixtures/config/site)', () => {
  it('applies overrides, phrases, approved claims, ignores and directives together', async () => {
    const { code, byFile } = await lintJson([], site);
    expect(code).toBe(1);
    expect(Object.keys(byFile).sort()).toEqual(['blog/peels.md', 'legal/terms.md', 'pages/facial.md']);
    // overrides: legal/** has every rule off; blog/** lowers absolute-guarantee to a warning.
    expect(summary(byFile['legal/terms.md'])).toEqual([]);
    expect(summary(byFile['blog/peels.md'])).toEqual(['3:absolute-guarantee:1']);
    // phrases, with word forms; the approved claim and the directive are not reported.
    expect(summary(byFile['pages/facial.md'])).toEqual([
      '5:brand/glow-guarantee:2',
      '7:prescription-medicine:2',
      '9:absolute-guarantee:2',
      '11:absolute-guarantee:2',
    ]);
    // market "uk": the rule's UK note is appended.
    const botox = byFile['pages/facial.md']!.messages.find((m) => m.ruleId === 'prescription-medicine')!;
    expect(botox.message).toMatch(/in the UK it may not be advertised to the public/);
  });

  it('lists approved and directive-silenced findings in suppressedMessages with the evidence', async () => {
    const { byFile } = await lintJson(['pages/facial.md'], site);
    const suppressed = byFile['pages/facial.md']!.suppressedMessages!;
    expect(suppressed.map((m) => [m.line, m.ruleId, m.approvedBy, m.suppressions])).toEqual([
      [3, 'absolute-guarantee', 'Study HX-2024-07 (n=42, independent lab)', [{ kind: 'approved', justification: 'Study HX-2024-07 (n=42, independent lab)' }]],
      [14, 'absolute-guarantee', undefined, [{ kind: 'directive', justification: 'quoted from a customer review, marked as such' }]],
    ]);
    expect(byFile['pages/facial.md']!.errorCount).toBe(4);
  });

  it('offers a phrase\'s own suggestion as its fix', async () => {
    const { byFile } = await lintJson(['pages/facial.md'], site);
    const glow = byFile['pages/facial.md']!.messages.find((m) => m.ruleId === 'brand/glow-guarantee')!;
    expect(glow.claim).toBe('a guaranteed glow');
    expect(glow.fix).toMatchObject({ text: 'a fresher look' });
    expect(glow.category).toBe('brand');
  });
});

describe('phrases', () => {
  it('match every word form and take their severity from rules', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({
        rules: { 'house/glow': 'error' },
        phrases: [{ id: 'house/glow', match: ['guaranteed glow'], message: 'No promised glow.' }],
      }),
      'a.md': 'It guarantees glowing skin.\n\nA guaranteed-glow facial.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:house/glow:2', '3:house/glow:2']);
  });

  it('may use word lists from the pattern language', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({
        rules: { 'absolute-guarantee': 'off' },
        phrases: [{ id: 'house/banish', match: ['banish {concern}'], message: 'Do not promise to banish a concern.' }],
      }),
      'a.md': 'Banish wrinkles and banish the weekend.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(byFile['a.md']!.messages.map((m) => [m.ruleId, m.claim])).toEqual([['house/banish', 'Banish wrinkles']]);
  });

  it('can be switched off per file like any rule', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({
        phrases: [{ id: 'house/glow', match: 'velvet finish', message: 'No promised glow.' }],
        overrides: [{ files: ['press/**'], rules: { 'house/glow': 'off' } }],
      }),
      'a.md': 'A velvet finish.\n',
      'press/b.md': 'A velvet finish.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['1:house/glow:1']);
    expect(summary(byFile['press/b.md'])).toEqual([]);
  });
});

describe('approved claims', () => {
  it('cover only the words they name', async () => {
    const dir = await tempRepo({
      'claimlint.config.json': JSON.stringify({
        approved: [
          { claim: 'reduces the redness of rosacea', evidence: 'Trial RX-9' },
          // Part of a flagged claim approves nothing.
          { claim: 'gel erases', evidence: 'Wording sign-off' },
          { claim: 'fine lines', evidence: 'Wording sign-off' },
        ],
      }),
      'a.md': 'Our gel reduces the redness of rosacea.\n\nOur gel reduces wrinkles.\n\nOur gel erases fine lines.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual(['3:absolute-guarantee:2', '5:absolute-guarantee:2']);
    expect(byFile['a.md']!.suppressedMessages!.map((m) => [m.line, m.approvedBy])).toEqual([[1, 'Trial RX-9']]);
  });

  it('match by word keys, whatever the spelling or inflection', async () => {
    const dir = await tempRepo({
      'claimlint.config.yaml': 'approved:\n  - claim: minimise wrinkles\n    evidence: Panel test PT-3\n',
      'a.md': 'Minimizing wrinkles, every day.\n',
    });
    const { byFile } = await lintJson([], dir);
    expect(summary(byFile['a.md'])).toEqual([]);
    expect(byFile['a.md']!.suppressedMessages![0]!.approvedBy).toBe('Panel test PT-3');
  });
});

describe('ignoring files', () => {
  const files = {
    'a.md': 'Erase wrinkles.\n',
    'drafts/b.md': 'Erase wrinkles.\n',
    'archive/c.md': 'Erase wrinkles.\n',
    'notes/d.md': 'Erase wrinkles.\n',
    'notes/keep/e.md': 'Erase wrinkles.\n',
  };

  it('leaves out config ignores, --ignore-pattern and .claimlintignore, for globs and named files alike', async () => {
    const dir = await tempRepo({
      ...files,
      'claimlint.config.json': '{"ignores": ["drafts"]}',
      '.claimlintignore': 'notes/*\n!notes/keep/\n',
    });
    const listed = async (args: string[]) => Object.keys((await lintJson(args, dir)).byFile).sort();
    expect(await listed([])).toEqual(['a.md', 'archive/c.md', 'notes/keep/e.md']);
    expect(await listed(['--ignore-pattern', 'archive/**'])).toEqual(['a.md', 'notes/keep/e.md']);
    // Files named on the command line, as a pre-commit hook passes them.
    expect(await listed(['drafts/b.md', 'notes/d.md', 'notes/keep/e.md', '--ignore-pattern', 'a.md', 'a.md'])).toEqual(['notes/keep/e.md']);
  });
});
