// claimlint as its users get it: packed by npm, installed into a fresh
// project with no network (an empty npm cache, --offline) and no dev
// dependencies, then used as a command, with import and with require, and
// type-checked. The package has no dependencies: the bundles hold them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../cli-helpers.js';
import { freshProject, npmOffline } from './npm-helpers.js';

const run = (cmd: string, args: string[], cwd: string) => {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let tarball: string;
let project: string;

beforeAll(() => {
  const out = mkdtempSync(path.join(tmpdir(), 'claimlint-pack-'));
  // The build is already there (npm test runs after npm run build): no prepare.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: root, encoding: 'utf8' }));
  tarball = path.join(out, packed.filename);
  project = freshProject();
  const install = npmOffline(['install', '--omit=dev', tarball], project);
  if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 300_000);

describe('the npm tarball', () => {
  it('ships the build, the licence and the schema, and no sources or tests', () => {
    const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files: string[] = info.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'bin/claimlint.js', 'dist/lib/index.js', 'dist/lib/index.cjs', 'dist/types/src/index.d.ts', 'schema/claimlint.schema.json']));
    expect(files.filter((f) => /^(src|rules|tests|scripts|fixtures)\//.test(f) || /^dist\/(src|rules)\//.test(f))).toEqual([]);
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('installs with nothing else: no dependency to fetch, so offline and without dev dependencies', () => {
    const installed = readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).toEqual(['claimlint']);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).dependencies).toBeUndefined();
  });

  it('runs as `npx claimlint`, with the exit codes and report of the checkout', () => {
    writeFileSync(path.join(project, 'page.md'), 'It erases wrinkles.\n\nBook a consultation.\n');
    const viaNpx = run('npx', ['--no-install', 'claimlint', 'page.md', '-f', 'compact'], project);
    expect(viaNpx.code).toBe(1);
    expect(viaNpx.stdout).toMatch(/^page\.md:1:4: error absolute-guarantee /);
    expect(viaNpx.stdout).toBe(run(process.execPath, [path.join(root, 'bin', 'claimlint.js'), 'page.md', '-f', 'compact'], project).stdout);
    expect(run('npx', ['--no-install', 'claimlint', '--version'], project).stdout.trim()).toBe(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('is self-contained: every lazily loaded part works without node_modules beside it', () => {
    // What loads only on demand: front matter and MDX parsers, JSONC and YAML
    // configs, the fixer, globbing, each format, threads, the cache.
    const files = {
      'claimlint.config.json': '// comments need jsonc-parser\n{ "rules": { "hype": "warn" }, }\n',
      'docs/a.md': '---\ntitle: Removes scars\n---\n\nIt erases wrinkles.\n',
      'docs/b.mdx': '<Note title="Erases wrinkles" />\n\nIt is painless.\n',
      'docs/c.md': '+++\ntitle = "Clinically proven"\n+++\n\nBook now.\n',
      'yaml/claimlint.config.yaml': 'rules:\n  absolute-guarantee: warn\n',
      'yaml/d.md': 'Reduce scars.\n',
    };
    for (const [name, text] of Object.entries(files)) {
      execFileSync('mkdir', ['-p', path.dirname(path.join(project, 'site', name))]);
      writeFileSync(path.join(project, 'site', name), text);
    }
    const site = path.join(project, 'site');
    const installed = path.join(project, 'node_modules', '.bin', 'claimlint');
    const checkout = path.join(root, 'bin', 'claimlint.js');
    for (const args of [['-f', 'json'], ['--fix-dry-run'], ['-f', 'sarif'], ['-f', 'markdown'], ['-f', 'junit'], ['-f', 'gitlab'], ['--concurrency', '2', '-f', 'compact'], ['--cache', '-f', 'compact'], ['docs/**/*.md*', '-f', 'compact']]) {
      const got = run(installed, args, site);
      const want = run(process.execPath, [checkout, ...args], site);
      expect(got.stderr, args.join(' ')).toBe(want.stderr);
      expect(got.stdout.replaceAll(path.join(project, 'node_modules', 'claimlint'), '<pkg>'), args.join(' ')).toBe(want.stdout.replaceAll(root, '<pkg>'));
      expect(got.code, args.join(' ')).toBe(want.code);
      expect(got.code, args.join(' ')).not.toBe(2);
    }
  });

  it('works with import and with require, the remark plugin included', () => {
    const text = 'It erases wrinkles.';
    writeFileSync(
      path.join(project, 'esm.mjs'),
      [
        "import { lint, lintText, formatters, MARKETS, version } from 'claimlint';",
        "import claimlintRemark from 'claimlint/remark';",
        `const r = await lintText(${JSON.stringify(text)}, { filePath: 'a.md' });`,
        "const all = await lint(['page.md']);",
        'const sarif = JSON.parse(await formatters.sarif([r]));',
        "console.log(r.errorCount, all[0].errorCount, sarif.version, MARKETS.join(','), typeof version, typeof claimlintRemark);",
      ].join('\n'),
    );
    writeFileSync(
      path.join(project, 'cjs.cjs'),
      [
        "const { lintText, formatters } = require('claimlint');",
        "const claimlintRemark = require('claimlint/remark');",
        '(async () => {',
        `  const r = await lintText(${JSON.stringify(text)}, { filePath: 'a.md' });`,
        '  const md = await formatters.markdown([r]);',
        "  console.log(r.errorCount, md.includes('absolute-guarantee'), typeof claimlintRemark.default, typeof claimlintRemark.fixPlace);",
        '})();',
      ].join('\n'),
    );
    expect(run(process.execPath, ['esm.mjs'], project)).toMatchObject({ code: 0, stdout: '1 1 2.1.0 us,eu,uk string function\n', stderr: '' });
    expect(run(process.execPath, ['cjs.cjs'], project)).toMatchObject({ code: 0, stdout: '1 true function function\n', stderr: '' });
  });

  it.each(['NodeNext', 'Bundler'])('has types for import and require (moduleResolution %s)', (resolution) => {
    const dir = path.join(project, `types-${resolution}`);
    execFileSync('mkdir', ['-p', dir]);
    const esm = [
      "import { lint, lintText, formatters, type LintResult, type LintMessage, type FormatterName } from 'claimlint';",
      "import type { ClaimlintRemarkOptions } from 'claimlint/remark';",
      "export const r: Promise<LintResult> = lintText('x', { filePath: 'a.md', configFile: false });",
      "export const all: Promise<LintResult[]> = lint(['docs'], { market: 'uk' });",
      "export const f: FormatterName = 'gitlab';",
      'export const out = (x: LintResult): Promise<string> => formatters.markdown([x]);',
      "export const o: ClaimlintRemarkOptions = { market: 'uk', configFile: 'c.json' };",
      'export type M = LintMessage;',
      "import { loadAdoption, inventory, formatInventory, lintWithAdoption, formatSuppressions, type Adoption, type Inventory, type AdoptionOutcome } from 'claimlint';",
      "export const a: Adoption = loadAdoption({ cwd: '.', registerFile: 'r.json' });",
      "export const inv: Promise<Inventory> = inventory('docs', { adoption: a });",
      "export const csv = (i: Inventory): Promise<string> => formatInventory(i, 'csv');",
      "export const o2: Promise<AdoptionOutcome> = lintWithAdoption('docs', { adoption: a, record: { add: true } });",
      'export const s = (x: AdoptionOutcome): string => formatSuppressions(x.table);',
      '// @ts-expect-error the options are typed',
      "lintText('x', { filePath: 1 });",
      '// @ts-expect-error formats are named',
      "void formatInventory({} as Inventory, 'xlsx');",
    ].join('\n');
    const cjs = ["import claimlint = require('claimlint');", "export const r: Promise<claimlint.LintResult> = claimlint.lintText('x');", '// @ts-expect-error typed', 'claimlint.nope();'].join('\n');
    writeFileSync(path.join(dir, 'esm.mts'), esm);
    // With unified beside it, as a remark pipeline has: the plugin fits .use().
    execFileSync('mkdir', ['-p', path.join(dir, 'node_modules')]);
    symlinkSync(path.join(root, 'node_modules', 'unified'), path.join(dir, 'node_modules', 'unified'));
    writeFileSync(
      path.join(dir, 'pipeline.mts'),
      ["import { unified } from 'unified';", "import claimlintRemark from 'claimlint/remark';", "export const p = unified().use(claimlintRemark, { market: 'uk' });", '// @ts-expect-error the options are typed', "unified().use(claimlintRemark, { market: 'fr' });"].join('\n'),
    );
    const files = ['esm.mts', 'pipeline.mts'];
    if (resolution === 'NodeNext') {
      writeFileSync(path.join(dir, 'cjs.cts'), cjs);
      files.push('cjs.cts');
    }
    const module = resolution === 'Bundler' ? 'ESNext' : 'NodeNext';
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files }),
    );
    const tsc = run(path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], dir);
    expect(tsc.stdout).toBe('');
    expect(tsc.code).toBe(0);
  });
});

describe('a directory path', () => {
  it('installs this built checkout as a link and runs it', () => {
    const dir = freshProject();
    const install = npmOffline(['install', '--omit=dev', root], dir);
    expect(install.code, install.stderr).toBe(0);
    writeFileSync(path.join(dir, 'page.md'), 'It erases wrinkles.\n');
    expect(run('npx', ['--no-install', 'claimlint', 'page.md', '-f', 'compact'], dir)).toMatchObject({ code: 1, stdout: expect.stringMatching(/^page\.md:1:4: error absolute-guarantee/) });
    writeFileSync(path.join(dir, 'c.cjs'), "require('claimlint').lintText('Reduce scars.').then((r) => console.log(r.errorCount));");
    expect(run(process.execPath, ['c.cjs'], dir).stdout).toBe('1\n');
  });
});
