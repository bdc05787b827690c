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
    ['claimlint.config.json', '{"rules": {"hype": "of"}}', 'claimlint.config.json: rules.hype: expected "off" | "warn" | "error", got another string; did you mean "off"?'],
    ['claimlint.config.json', '{"rules": {"absolute-guarantee": ["of", {}]}}', 'claimlint.config.json: rules.absolute-guarantee[0]: expected "off" | "warn" | "error", got another string; did you mean "off"?'],
    ['claimlint.config.json', '{"rules": {"absolute-guarantee": 2}}', 'claimlint.config.json: rules.absolute-guarantee: expected "off" | "warn" | "error" or an array, got a number'],
    ['claimlint.config.json', '{\n  "rules": {\n    "hype": "off"\n', 'claimlint.config.json:4:1: invalid JSON: expected "}"'],
    ['claimlint.config.json', '{"market": "uk",, }', 'claimlint.config.json:1:17: invalid JSON: expected a key in double quotes'],
    ['claimlint.config.json', '[]', 'claimlint.config.json: expected an object, got an array'],
    ['claimlint.config.yaml', 'rules:\n  hype: [off\n', 'claimlint.config.yaml:3:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['claimlint.config.yaml', 'market: uk\nmarket: us\n', 'claimlint.config.yaml:2:1: invalid YAML: Map keys must be unique'],
    ['claimlint.config.yaml', 'market: fr\n', 'claimlint.config.yaml: market: expected "us" | "eu" | "uk", got another string'],
    ['claimlint.config.yaml', 'markt: uk\n', 'claimlint.config.yaml: markt: unknown key; did you mean "market"?'],
    ['claimlint.config.yaml', 'ignores: drafts\n', 'claimlint.config.yaml: ignores: expected an array of strings, got a string'],
    ['claimlint.config.yaml', 'strict: "yes"\n', 'claimlint.config.yaml: strict: expected true or false, got a string'],
    ['claimlint.config.yaml', 'rules:\n  absolute-guarante: warn\n', 'claimlint.config.yaml: rules.absolute-guarante: unknown rule "absolute-guarante"; did you mean "absolute-guarantee"?'],
    ['claimlint.config.yaml', 'overrides:\n  - rules: {}\n', 'claimlint.config.yaml: overrides[0]: missing required key "files"'],
    ['claimlint.config.yaml', 'overrides:\n  - files: []\n', 'claimlint.config.yaml: overrides[0].files: expected at least 1 item, got an empty array'],
    ['claimlint.config.yaml', 'phrases:\n  - id: x\n    match: [glow]\n', 'claimlint.config.yaml: phrases[0]: missing required key "message"'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: "my rule", match: glow, message: m }\n', 'claimlint.config.yaml: phrases[0].id: expected an id of letters, digits, "-", "_", "." and "/", got another string'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: absolute-guarantee, match: glow, message: m }\n', 'claimlint.config.yaml: phrases[0].id: "absolute-guarantee" is a built-in rule id; choose another'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: glow, message: m }\n  - { id: a, match: shine, message: m }\n', 'claimlint.config.yaml: phrases[1].id: duplicate phrase id "a"'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: ["glow", "banish {concerns}"], message: m }\n', 'claimlint.config.yaml: phrases[0].match[1]: invalid pattern: unknown word list {concerns}'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: "!!!", message: m }\n', 'claimlint.config.yaml: phrases[0].match: "!!!" has no words to match'],
    ['claimlint.config.yaml', 'phrases:\n  - { id: a, match: glow, message: m, severity: high }\n', 'claimlint.config.yaml: phrases[0].severity: expected "warn" | "error", got another string'],
    ['claimlint.config.yaml', 'approved:\n  - claim: erases wrinkles\n', 'claimlint.config.yaml: approved[0]: missing required key "evidence"'],
    ['claimlint.config.yaml', 'approved:\n  - { claim: erases wrinkles, evidence: "" }\n', 'claimlint.config.yaml: approved[0].evidence: expected a non-empty string'],
    ['claimlint.config.yaml', 'extends: recommended\n', 'claimlint.config.yaml: extends: unknown preset "recommended"; did you mean "claimlint:recommended"?'],
    ['claimlint.config.yaml', 'frontmatter:\n  include: title\n', 'claimlint.config.yaml: frontmatter.include: expected an array of strings, got a string'],
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
