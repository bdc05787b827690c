// The page reads a pasted config (src/config/in-memory.ts) as the CLI reads
// the same config from a file: the same resolved configuration for every
// document, the same one-line error for a broken one.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { configure, fixAll, lint, prepare } from '../../src/browser.js';
import { createConfigResolver, knownIn } from '../../src/config/index.js';
import { configFromText } from '../../src/config/in-memory.js';
import { lintText } from '../../src/index.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const known = knownIn(rulePack);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What the CLI's resolver makes of `text` as the config file `name`, for a document at `doc` beside it. */
async function fromDisk(name: string, text: string, doc: string, market?: 'us' | 'eu' | 'uk') {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimlint-in-memory-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, name), text);
  const resolver = createConfigResolver(rulePack, { cwd: dir, ...(market ? { market } : {}) });
  try {
    const { config, ignored } = await resolver.forFile(path.join(dir, doc));
    return { config, ignored };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function fromText(name: string, text: string, doc: string, market?: 'us' | 'eu' | 'uk') {
  try {
    const { config, ignored } = await configFromText(known, text, { name, documentPath: doc, ...(market ? { market } : {}) });
    return { config, ignored };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const site = readFileSync(path.join(root, 'fixtures', 'config', 'site', 'claimlint.config.json'), 'utf8');

describe('a config given as text', () => {
  it.each(['pages/facial.md', 'blog/peels.md', 'legal/terms.md', 'drafts/idea.md', 'deep/er/page.mdx'])('resolves as the file does for %s', async (doc) => {
    expect(await fromText('claimlint.config.json', site, doc)).toEqual(await fromDisk('claimlint.config.json', site, doc));
    expect(await fromText('claimlint.config.json', site, doc, 'eu')).toEqual(await fromDisk('claimlint.config.json', site, doc, 'eu'));
  });

  it.each([
    ['claimlint.config.json', '{"rules": {"hype": "of"}}'],
    ['claimlint.config.json', '{\n  "rules": {\n    "hype": "off"\n'],
    ['claimlint.config.json', '{"market": "uk",, }'],
    ['claimlint.config.json', '[]'],
    ['claimlint.config.json', '{"extends": "claimlint:strickt"}'],
    ['claimlint.config.json', '{"phrases": [{"id": "hype", "match": ["glow"], "message": "m"}]}'],
    ['claimlint.config.json', '{"phrases": [{"id": "x", "match": ["glow {nope}"], "message": "m"}]}'],
    ['claimlint.config.json', '{"__proto__": {"market": "uk"}}'],
    ['claimlint.config.yaml', 'rules:\n  hype: [off\n'],
    ['claimlint.config.yaml', 'markt: uk\n'],
    ['claimlint.config.yaml', 'rules:\n  absolute-guarante: warn\n'],
    ['claimlint.config.yaml', 'overrides:\n  - rules: {}\n'],
    ['claimlint.config.json', '// comments, as in tsconfig.json\n{"market": "uk", "strict": true,}'],
    ['claimlint.config.yaml', 'extends: claimlint:all\nmarket: eu\napproved:\n  - { claim: "reduce scars", evidence: "trial 7" }\n'],
  ])('%s %j: the same config or the same one-line error', async (name, text) => {
    const disk = await fromDisk(name, text, 'a.md');
    expect(await fromText(name, text, 'a.md')).toEqual(disk);
  });

  it('cannot follow extends to another file, and says so in one line naming the config', async () => {
    const result = await fromText('claimlint.config.json', '{"extends": "./base.json"}', 'a.md');
    expect(result).toEqual({ error: expect.stringMatching(/^claimlint\.config\.json: extends: only the presets .* can be extended here/) });
  });

  it('puts the page’s preset under the config, as extending it first would', async () => {
    const own = '{"rules": {"hype": "warn"}}';
    const viaPage = await configFromText(known, own, { name: 'claimlint.config.json', preset: 'claimlint:strict' });
    const viaExtends = await fromDisk('claimlint.config.json', '{"extends": "claimlint:strict", "rules": {"hype": "warn"}}', 'a.md');
    expect({ config: viaPage.config, ignored: viaPage.ignored }).toEqual(viaExtends);
  });
});

describe('src/browser.ts, the page’s engine', () => {
  it('finds what the library finds, and fixes what --fix fixes', async () => {
    const text = readFileSync(path.join(root, 'fixtures', 'seed-article.md'), 'utf8');
    const { config } = await configure(site, { name: 'claimlint.config.json', documentPath: 'pages/facial.md' });
    await prepare(text, 'facial.md');
    expect(lint(text, 'facial.md', config).messages).toEqual((await lintText(text, { config })).messages);
    const fixed = fixAll(text, 'facial.md', config);
    expect(fixed.fixesApplied).toBeGreaterThan(0);
    expect(lint(fixed.output, 'facial.md', config).messages.filter((m) => m.fix)).toEqual([]);
  });
});
