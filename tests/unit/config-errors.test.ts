import { describe, expect, it } from 'vitest';
import { runCli, tempRepo } from '../cli-run.js';

/** Lints a repository holding one config file and one claim; returns what the CLI said. */
async function withConfig(name: string, text: string) {
  const dir = await tempRepo({ [name]: text, 'a.md': 'Erase wrinkles.\n' });
  const run = await runCli([], dir);
  return { code: run.code, line: run.stderr, stdout: run.stdout };
}

describe('broken configs: one line naming the file, the key and the problem; exit 2; nothing linted', () => {
  it.each([
    ['claimlint.config.json', '{"rules": {"hype": "of"}}', 'claimlint.config.json:1:12: rules.hype: expected "off" | "warn" | "error", got another string; did you mean "off"?'],
    ['claimlint.config.json', '{"rules": {"absolute-guarantee": ["of", {}]}}', 'claimlint.config.json:1:35: rules.absolute-guarantee[0]: expected "off" | "warn" | "error", got another string; did you mean "off"?'],
    ['claimlint.config.json', '{"rules": {"absolute-guarantee": 2}}', 'claimlint.config.json:1:12: rules.absolute-guarantee: expected "off" | "warn" | "error" or an array, got a number'],
    ['claimlint.config.json', '{\n  "rules": {\n    "hype": "off"\n', 'claimlint.config.json:4:1: invalid JSON: expected "}"'],
    ['claimlint.config.json', '{"market": "uk",, }', 'claimlint.config.json:1:17: invalid JSON: expected a key in double quotes'],
    ['claimlint.config.json', '[]', 'claimlint.config.json:1:1: expected an object, got an array'],
    ['claimlint.config.yaml', 'rules:\n  hype: [off\n', 'claimlint.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['claimlint.config.yaml', 'market: uk\nmarket: us\n', 'claimlint.config.yaml:2:1: invalid YAML: Map keys must be unique'],
    ['claimlint.config.yaml', 'market: fr\n', 'claimlint.config.yaml:1:1: market: expected "us" | "eu" | "uk", got another string'],
    ['claimlint.config.yaml', 'markt: uk\n', 'claimlint.config.yaml:1:1: markt: unknown key; did you mean "market"?'],
    ['claimlint.config.yaml', 'ignores: drafts\n', 'claimlint.config.yaml:1:1: ignores: expected an array of strings, got a string'],
    ['claimlint.config.yaml', 'strict: "yes"\n', 'claimlint.config.yaml:1:1: strict: expected true or false, got a string'],
    ['claimlint.config.yaml', 'rules:\n  absolute-guarante: warn\n', 'claimlint.config.yaml:2:3: rules.absolute-guarante: unknown rule "absolute-guarante"; did you mean "absolute-guarantee"?'],
    ['claimlint.config.yaml', 'overrides:\n  - rules: {}\n', 'claimlint.config.yaml:2:5: overrides[0]: missing required key "files"'],
    ['claimlint.config.yaml', 'overrides:\n  - files: []\n', 'claimlint.config.yaml:2:5: overrides[0].files: expected at least 1 item, got an empty array'],
    ['claimlint.config.yaml', 'phrases:\n  - id: x\n    match: [glow]\n', 'claimlint.config.yaml:2:5: phrases[0]: missing required key "message"'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: "my rule", match: glow, message: m }\n', 'claimlint.config.yaml:2:7: phrases[0].id: expected an id of letters, digits, "-", "_", "." and "/", got another string'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: absolute-guarantee, match: glow, message: m }\n', 'claimlint.config.yaml:2:7: phrases[0].id: "absolute-guarantee" is a built-in rule id; choose another'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: glow, message: m }\n  - { id: a, match: shine, message: m }\n', 'claimlint.config.yaml:3:7: phrases[1].id: duplicate phrase id "a"'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: ["glow", "banish {concerns}"], message: m }\n', 'claimlint.config.yaml:2:30: phrases[0].match[1]: invalid pattern: unknown word list {concerns}'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: "!!!", message: m }\n', 'claimlint.config.yaml:2:14: phrases[0].match: "!!!" has no words to match'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: glow, message: m, severity: high }\n', 'claimlint.config.yaml:2:39: phrases[0].severity: expected "warn" | "error", got another string'],
    ['claimlint.config.yaml', 'approved:\n  - claim: erases wrinkles\n', 'claimlint.config.yaml:2:5: approved[0]: missing required key "evidence"'],
    ['claimlint.config.yaml', 'approved:\n  - { claim: erases wrinkles, evidence: "" }\n', 'claimlint.config.yaml:2:31: approved[0].evidence: expected a non-empty string'],
    ['claimlint.config.yaml', 'extends: recommended\n', 'claimlint.config.yaml:1:1: extends: unknown preset "recommended"; did you mean "claimlint:recommended"?'],
    ['claimlint.config.yaml', 'frontmatter:\n  include: title\n', 'claimlint.config.yaml:2:3: frontmatter.include: expected an array of strings, got a string'],
    ['claimlint.config.mjs', 'throw new Error("config exploded");\n', 'claimlint.config.mjs: cannot load: config exploded'],
    ['claimlint.config.mjs', 'export default { rules: { hype: "of" } };\n', 'claimlint.config.mjs: rules.hype: expected "off" | "warn" | "error", got another string; did you mean "off"?'],
    ['claimlint.config.mjs', 'export default () => ({});\n', 'claimlint.config.mjs: expected an object, got a function'],
  ])('%s: %j', async (name, text, expected) => {
    const { code, line, stdout } = await withConfig(name, text);
    expect(line).toBe(`claimlint: ${expected}\n`);
    expect(code).toBe(2);
    expect(stdout).toBe('');
  });

  it('gives a throwing config one line, not a stack trace', async () => {
    const dir = await tempRepo({ 'claimlint.config.mjs': 'throw new Error("boom");\n', 'a.md': 'x\n' });
    expect((await runCli([], dir)).stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('accepts an empty config file as "no settings"', async () => {
    for (const name of ['claimlint.config.json', 'claimlint.config.yaml']) {
      const { code, line } = await withConfig(name, '');
      expect([code, line]).toEqual([1, '']);
    }
  });

  it('accepts comments and trailing commas in JSON, as tsconfig.json does', async () => {
    const { code, line } = await withConfig('claimlint.config.json', '{\n  // lower for now\n  "rules": { "absolute-guarantee": "warn", },\n}\n');
    expect([code, line]).toEqual([0, '']);
  });
});

// Issue 21, item 12: config errors give the file, line and column, for every
// kind of data config and every kind of problem; a broken config in a
// subfolder costs only its own files, and the value found is never echoed.
describe('config errors name the line and column (item 12)', () => {
  it.each([
    // An unknown key, at the key.
    ['claimlint.config.json', '{\n  "market": "us",\n  "maxFileFindings": 5\n}\n', 'claimlint.config.json:3:3: maxFileFindings: unknown key'],
    // A wrong type deep down, in JSON with comments.
    ['claimlint.config.json', '// ours\n{\n  "overrides": [\n    { "files": ["a"] },\n    { "files": ["b"], "strict": "yes" }\n  ]\n}\n', 'claimlint.config.json:5:23: overrides[1].strict: expected true or false, got a string'],
    // A check after the schema (a pattern that does not compile), in YAML.
    ['claimlint.config.yaml', 'market: us\nphrases:\n  - id: a\n    message: m\n    match:\n      - glow\n      - "zz ~99"\n', 'claimlint.config.yaml:7:9: phrases[0].match[1]: invalid pattern: pattern "zz ~99" must not end with a gap (~99): there is no word on that side for it to stand by'],
    // package.json: the path from the file's root, "claimlint" included.
    ['package.json', '{\n  "name": "site",\n  "claimlint": {\n    "rules": { "hype": 3 }\n  }\n}\n', 'package.json:4:16: claimlint.rules.hype: expected "off" | "warn" | "error" or an array, got a number'],
  ])('%s: %j', async (name, text, expected) => {
    const { code, line } = await withConfig(name, text);
    expect(line).toBe(`claimlint: ${expected}\n`);
    expect(code).toBe(2);
  });

  it('never echoes the value found, only where it is and what was expected', async () => {
    const { line } = await withConfig('claimlint.config.yaml', 'market: AKIA-SECRET-TOKEN\nrules:\n  AKIA-OTHER-SECRET: warn\n');
    expect(line).toBe('claimlint: claimlint.config.yaml:1:1: market: expected "us" | "eu" | "uk", got another string\n');
    expect(line).not.toContain('AKIA');
  });

  const deepJson = (levels: number) => `// deep\n{"rules": {"hype": ${'['.repeat(levels)}${']'.repeat(levels)}}}\n`;
  const deepYaml = (levels: number) => `market: us\n${Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}a${i}:`).join('\n')} 1\n`;

  it.each([
    ['JSONC nested 100,000 deep', 'sub/claimlint.config.json', deepJson(100_000), /^claimlint: sub\/claimlint\.config\.json:2:\d+: nested deeper than 64 levels$/],
    ['JSONC nested 65 deep', 'sub/claimlint.config.json', deepJson(65), /^claimlint: sub\/claimlint\.config\.json:2:82: nested deeper than 64 levels$/],
    ['YAML nested 100 deep', 'sub/claimlint.config.yaml', deepYaml(100), /^claimlint: sub\/claimlint\.config\.yaml:65:127: a0\.a1\.[a-z0-9.]+\.a62\.a63: nested deeper than 64 levels$/],
    ['YAML nested 1,000 deep', 'sub/claimlint.config.yaml', deepYaml(1000), /^claimlint: sub\/claimlint\.config\.yaml:\d+:\d+: (invalid YAML: |a0\.a1\..*: nested deeper than 64 levels$)/],
    ['an undefined YAML alias', 'sub/claimlint.config.yaml', 'market: us\nrules: *nothing\n', /^claimlint: sub\/claimlint\.config\.yaml:2:8: invalid YAML: an alias names no anchor set before it$/],
    [
      'a YAML alias bomb',
      'sub/claimlint.config.yaml',
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
      /^claimlint: sub\/claimlint\.config\.yaml:\d+:\d+: invalid YAML: /,
    ],
  ])('%s in a subfolder: a config error with its place, and the other files are linted', async (_what, name, text, expected) => {
    const dir = await tempRepo({ [name]: text, 'sub/b.md': 'Erase wrinkles.\n', 'a.md': 'Erase wrinkles.\n' });
    const run = await runCli(['-f', 'compact'], dir);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(expected)]);
    expect(run.stdout).toMatch(/^a\.md:1:1: error absolute-guarantee/m);
    expect(run.code).toBe(2);
  });
});
