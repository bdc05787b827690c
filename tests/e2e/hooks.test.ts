// The hook and CI recipes shipped in the repository and shown in docs/integrations.md,
// run the way pre-commit, husky and GitHub Actions would run them.
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { exec, git, root, tempDir } from '../cli-helpers.js';
import { tableRows } from '../markdown-table.js';
import { sarifValidator } from '../sarif-schema.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  types_or: string[];
  pass_filenames: boolean;
  args?: string[];
}

/** A directory holding `claimlint` as an installed package's bin would be. */
async function installedBin(): Promise<string> {
  const bin = await tempDir({});
  await symlink(path.join(root, 'bin', 'claimlint.js'), path.join(bin, 'claimlint'));
  return bin;
}

/** `npx` stand-in for recipes: runs this checkout's bin. */
async function npxStandIn(): Promise<string> {
  const bin = await tempDir({});
  await writeFile(path.join(bin, 'npx'), `#!/bin/sh\nif [ "$1" = claimlint ]; then shift; exec "${process.execPath}" "${path.join(root, 'bin', 'claimlint.js')}" "$@"; fi\nexit 127\n`);
  await chmod(path.join(bin, 'npx'), 0o755);
  return bin;
}

const withPath = (dir: string) => ({ ...process.env, PATH: `${dir}${path.delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1' });

async function runStatus(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return exec(file, args, options).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

function docBlock(page: string, lang: string, contains: string): string {
  const blocks = [...page.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes(contains));
  if (!block) throw new Error(`docs/integrations.md has no ${lang} block containing ${contains}`);
  return block;
}

describe('pre-commit hook', () => {
  it('is declared for Node with Markdown files passed as arguments', async () => {
    const hooks = parseYaml(await readFile(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    expect(hooks).toHaveLength(1);
    expect(hooks[0]).toMatchObject({ id: 'claimlint', entry: 'claimlint', language: 'node', types_or: ['markdown', 'mdx'], pass_filenames: true });
    expect(hooks[0]).not.toHaveProperty('types');
  });

  it('runs the entry with filenames appended, as the framework does', async () => {
    const [hook] = parseYaml(await readFile(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
    const dir = await tempDir({ 'docs/bad.md': 'Reduce scars.\n', 'docs/good.md': 'Book a consultation.\n', 'README.md': 'Plain.\n' });
    const env = withPath(await installedBin());
    const [command, ...entryArgs] = hook!.entry.split(/\s+/);
    const run = (files: string[]) => runStatus(command!, [...entryArgs, ...(hook!.args ?? []), ...files], { cwd: dir, env });
    const failing = await run(['docs/bad.md', 'README.md']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('docs/bad.md');
    expect(failing.stdout).toMatch(/1:1\s+error\s+.*absolute-guarantee/);
    expect(failing.stdout).not.toContain('README.md');
    const passing = await run(['docs/good.md', 'README.md']);
    expect(passing).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('husky hook without lint-staged', () => {
  it('lints only staged Markdown and runs nothing when none is staged', async () => {
    const line = docBlock(await readFile(path.join(root, 'docs', 'integrations.md'), 'utf8'), 'sh', 'xargs').trim();
    const dir = await tempDir({ 'a.md': 'Reduce scars.\n', 'b.md': 'Reduce scars.\n', 'c.txt': 'Reduce scars.\n' });
    await git(dir, 'init', '-q');
    const env = withPath(await npxStandIn());
    const none = await runStatus('sh', ['-c', line], { cwd: dir, env });
    expect(none).toMatchObject({ code: 0, stdout: '' });
    await git(dir, 'add', 'a.md', 'c.txt');
    const staged = await runStatus('sh', ['-c', line], { cwd: dir, env });
    expect(staged.code).not.toBe(0);
    expect(staged.stdout).toContain('a.md');
    expect(staged.stdout).not.toContain('b.md');
  });
});

describe('GitHub Actions workflow in docs/integrations.md', () => {
  it('writes valid SARIF for the changed files and appends a Markdown table to the job summary', async () => {
    const workflow = parseYaml(docBlock(await readFile(path.join(root, 'docs', 'integrations.md'), 'utf8'), 'yaml', 'upload-sarif')) as {
      jobs: Record<string, { steps: Array<{ name?: string; run?: string; uses?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const lintStep = steps.find((s) => s.run?.includes('claimlint'))!;
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;
    expect(steps.find((s) => s.uses?.startsWith('actions/checkout'))!.with).toMatchObject({ 'fetch-depth': 0 });

    // A checkout of a pull request: origin/main is the base, the branch adds a page.
    const dir = await tempDir({ 'docs/old.md': 'It erases wrinkles.\n', 'docs/plain.md': 'Book a visit.\n' });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '.');
    await git(dir, 'commit', '-q', '-m', 'base');
    await git(dir, 'update-ref', 'refs/remotes/origin/main', 'main');
    await git(dir, 'checkout', '-q', '-b', 'feature');
    await mkdir(path.join(dir, 'docs'), { recursive: true });
    await writeFile(path.join(dir, 'docs/new.md'), 'Our serum | eliminates dark circles.\n');
    await git(dir, 'add', '.');
    await git(dir, 'commit', '-q', '-m', 'new page');

    const summary = path.join(dir, 'summary.md');
    await writeFile(summary, '# Earlier step\n\n');
    const script = lintStep.run!.replace(/\$\{\{\s*github\.base_ref\s*\}\}/g, 'main');
    // GitHub runs `run:` with `bash -e {0}`.
    const result = await runStatus('bash', ['-e', '-c', script], { cwd: dir, env: { ...withPath(await npxStandIn()), GITHUB_STEP_SUMMARY: summary } });
    expect(result.code).toBe(1);

    const sarif = JSON.parse(await readFile(path.join(dir, upload.with!['sarif_file']!), 'utf8'));
    const validate = sarifValidator();
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
    const uris = sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['docs/new.md']);

    const md = await readFile(summary, 'utf8');
    expect(md.startsWith('# Earlier step\n\n')).toBe(true);
    const rows = tableRows(md);
    expect(rows.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([['docs/new.md:1', 'absolute-guarantee', 'eliminates dark circles']]);
  });
});

describe('lint-staged set-up in docs/integrations.md', () => {
  it('hands claimlint every staged Markdown and MDX file, and nothing else', async () => {
    const page = await readFile(path.join(root, 'docs', 'integrations.md'), 'utf8');
    const config = JSON.parse(docBlock(page, 'json', 'lint-staged'))['lint-staged'] as Record<string, string>;
    const [[glob, command]] = Object.entries(config) as [[string, string]];
    expect(command).toBe('claimlint');
    const { default: picomatch } = await import('picomatch');
    // lint-staged matches a glob without a slash against the file's base name.
    const matches = picomatch(glob, { dot: true });
    expect(['a.md', 'b.markdown', 'c.mdx'].filter((f) => matches(f))).toEqual(['a.md', 'b.markdown', 'c.mdx']);
    expect(matches('d.txt')).toBe(false);
  });
});

describe('GitLab CI job in docs/integrations.md', () => {
  it('writes a Code Quality report that GitLab reads, and fails the job on errors', async () => {
    const page = await readFile(path.join(root, 'docs', 'integrations.md'), 'utf8');
    const job = Object.values(parseYaml(docBlock(page, 'yaml', 'codequality')) as Record<string, { script: string[]; artifacts: { reports: { codequality: string } } }>)[0]!;
    const dir = await tempDir({ 'site/docs/a.md': 'It erases wrinkles.\n', 'site/docs/b.md': 'Book a visit.\n' });
    const lintLine = job.script.find((l) => l.includes('claimlint'))!;
    // A job whose script runs in a subfolder: paths stay relative to the project.
    const result = await runStatus('sh', ['-c', `cd site && ${lintLine}`], { cwd: dir, env: { ...withPath(await npxStandIn()), CI_PROJECT_DIR: dir } });
    expect(result.code).toBe(1);
    const report = JSON.parse(await readFile(path.join(dir, 'site', job.artifacts.reports.codequality), 'utf8')) as Array<Record<string, unknown>>;
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ check_name: 'absolute-guarantee', severity: 'major', location: { path: 'site/docs/a.md', lines: { begin: 1 } } });
    for (const key of ['description', 'check_name', 'fingerprint', 'severity']) expect(typeof report[0]![key]).toBe('string');
  });
});

describe('GitHub annotations step in docs/integrations.md', () => {
  it('annotates the changed file with paths from the checkout, even from a subfolder', async () => {
    const page = await readFile(path.join(root, 'docs', 'integrations.md'), 'utf8');
    const block = docBlock(page, 'yaml', '--format github');
    const step = (parseYaml(block) as Array<{ run: string }>)[0]!;
    const dir = await tempDir({ 'site/docs/old.md': 'Book a visit.\n' });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '.');
    await git(dir, 'commit', '-q', '-m', 'base');
    await git(dir, 'update-ref', 'refs/remotes/origin/main', 'main');
    await writeFile(path.join(dir, 'site/docs/new.md'), 'Reduce scars.\n');
    const script = step.run.replace(/\$\{\{\s*github\.base_ref\s*\}\}/g, 'main');
    const result = await runStatus('bash', ['-e', '-c', `cd site && ${script}`], { cwd: dir, env: { ...withPath(await npxStandIn()), GITHUB_WORKSPACE: dir } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=site\/docs\/new\.md,line=1,col=1,/);
  });
});
