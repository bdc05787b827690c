// Output shown in README.md and docs/ comes from real runs; this re-runs each
// one, so the pages stay true as rules are reworded. A block is checked when
// comments on the lines before it say how (docs/contributing.md, "Examples
// that cannot go stale"):
//   <!-- real-run cwd=DIR output=stdout,stderr match=exact: claimlint ARGS -->
//   <!-- file: PATH -->
//   <!-- config -->
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, root } from '../cli-helpers.js';

interface Run {
  cwd: string;
  output: Array<'stdout' | 'stderr'>;
  match: 'exact' | 'lines' | 'subsequence' | 'json-subset';
  args: string[] | undefined;
}

interface Example {
  page: string;
  line: number;
  block: string;
  runs: Run[];
  file: string | undefined;
  /** The block is a config file (its language says which kind) that claimlint must accept. */
  config: string | undefined;
}

const MARKER = /^<!-- (real-run|file|config)((?:\s+[\w-]+=\S+)*)\s*(?::\s*(.*?))?\s*-->$/;

/** Splits a command line as a shell would, for the quoting these examples use. */
function shellWords(command: string): string[] {
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

function parseRun(options: string, command: string | undefined): Run {
  const o = Object.fromEntries([...options.matchAll(/([\w-]+)=(\S+)/g)].map((m) => [m[1]!, m[2]!]));
  for (const key of Object.keys(o)) expect(['cwd', 'output', 'match'], `unknown option ${key}`).toContain(key);
  const words = command ? shellWords(command) : undefined;
  if (words) expect(words[0], `"${command}" should start with claimlint`).toBe('claimlint');
  return {
    cwd: o['cwd'] ?? '.',
    output: (o['output'] ?? 'stdout').split(',') as Run['output'],
    match: (o['match'] ?? 'exact') as Run['match'],
    args: words?.slice(1),
  };
}

/** Every fenced block with markers before it, in README.md and docs/. */
async function examples(): Promise<Example[]> {
  const docs = (await readdir(path.join(root, 'docs'), { recursive: true })).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
  const found: Example[] = [];
  for (const page of ['README.md', ...docs.sort()]) {
    const lines = (await readFile(path.join(root, page), 'utf8')).split('\n');
    for (let i = 0; i < lines.length; i++) {
      const [, fence, lang] = /^(`{3,}|~{3,})(\w*)/.exec(lines[i]!) ?? [];
      if (!fence) continue;
      const end = lines.findIndex((l, j) => j > i && l.startsWith(fence));
      const markers: RegExpExecArray[] = [];
      for (let j = i - 1; j >= 0; j--) {
        const m = MARKER.exec(lines[j]!);
        if (!m) break;
        markers.unshift(m);
      }
      if (markers.length > 0) {
        const files = markers.filter((m) => m[1] === 'file');
        found.push({
          page,
          line: i + 1,
          block: lines.slice(i + 1, end).join('\n') + '\n',
          runs: markers.filter((m) => m[1] === 'real-run').map((m) => parseRun(m[2]!, m[3])),
          file: files[0]?.[3],
          config: markers.some((m) => m[1] === 'config') ? lang : undefined,
        });
      }
      i = end;
    }
  }
  return found;
}

/** A scratch copy of fixtures/ inside a directory that stands for a repository root. */
async function scratch(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'claimlint-docs-'));
  await mkdir(path.join(dir, '.git'));
  await cp(path.join(root, 'fixtures'), path.join(dir, 'fixtures'), { recursive: true });
  return dir;
}

const trimBlank = (lines: string[]) => {
  let [from, to] = [0, lines.length];
  while (from < to && lines[from] === '') from++;
  while (to > from && lines[to - 1] === '') to--;
  return lines.slice(from, to);
};

/** True when `shown` matches `actual` in every key it has (arrays item by item). */
function partial(shown: unknown, actual: unknown): boolean {
  if (Array.isArray(shown)) return Array.isArray(actual) && shown.length === actual.length && shown.every((s, i) => partial(s, actual[i]));
  if (shown !== null && typeof shown === 'object') {
    return actual !== null && typeof actual === 'object' && Object.entries(shown).every(([k, v]) => partial(v, (actual as Record<string, unknown>)[k]));
  }
  return Object.is(shown, actual);
}

/** Whether `shown` matches `actual` or any value nested in it. */
function containsPartial(actual: unknown, shown: unknown): boolean {
  if (partial(shown, actual)) return true;
  if (actual !== null && typeof actual === 'object') return Object.values(actual).some((v) => containsPartial(v, shown));
  return false;
}

const all = await examples();

describe('examples in README.md and docs/', () => {
  it('are found where the pages show real output', () => {
    const pages = new Set(all.map((e) => e.page));
    for (const page of ['README.md', 'docs/configuration.md', 'docs/fixing.md', 'docs/integrations.md', 'docs/input.md']) expect(pages).toContain(page);
    expect(all.length).toBeGreaterThanOrEqual(15);
  });

  it.each(all.filter((e) => e.file).map((e) => [`${e.page}:${e.line}`, e] as const))('%s shows the file as it is', async (_, example) => {
    expect(example.block).toBe(await readFile(path.join(root, example.file!), 'utf8'));
  });

  it.each(all.filter((e) => e.config).map((e) => [`${e.page}:${e.line}`, e] as const))('%s is a config claimlint accepts', async (_, example) => {
    expect(['json', 'yaml']).toContain(example.config);
    const dir = await scratch();
    await writeFile(path.join(dir, `claimlint.config.${example.config}`), example.block);
    const { code, stderr } = await cli(['--print-config', 'page.md'], dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.each(all.filter((e) => e.runs.length > 0).map((e) => [`${e.page}:${e.line}`, e] as const))('%s is the output of a real run', async (_, example) => {
    let blockLines = example.block.replace(/\n$/, '').split('\n');
    const prompt = blockLines[0]!.startsWith('$ claimlint') ? shellWords(blockLines[0]!.slice(2)).slice(1) : undefined;
    if (prompt) blockLines = blockLines.slice(1);
    let output = '';
    for (const run of example.runs) {
      const args = run.args ?? prompt;
      expect(args, 'no command: give one in the marker or as a "$ claimlint" first line').toBeDefined();
      if (run.args && prompt) expect(run.args).toEqual(prompt);
      const dir = await scratch();
      const result = await cli(args!, path.join(dir, run.cwd));
      for (const stream of run.output) output += result[stream];
    }
    const match = example.runs[0]!.match;
    const outLines = output.replace(/\n$/, '').split('\n');
    if (match === 'exact') {
      expect(trimBlank(blockLines).join('\n')).toBe(trimBlank(outLines).join('\n'));
    } else if (match === 'lines') {
      for (const line of blockLines) expect(outLines).toContain(line);
    } else if (match === 'subsequence') {
      let at = 0;
      for (const line of blockLines.filter((l) => l.trim() !== '...')) {
        const next = outLines.indexOf(line, at);
        expect(next, `"${line}" is not in the output (after line ${at})`).toBeGreaterThanOrEqual(0);
        at = next + 1;
      }
    } else {
      const shown = JSON.parse(blockLines.join('\n')) as unknown;
      expect(containsPartial(JSON.parse(output) as unknown, shown), 'the JSON shown is not part of the output').toBe(true);
    }
  });
});

describe('docs/cli.md', () => {
  it('lists every option that --help prints', async () => {
    const { stdout } = await cli(['--help']);
    const options = [...stdout.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]!).filter((o) => o !== '--help' && o !== '--version');
    const page = await readFile(path.join(root, 'docs', 'cli.md'), 'utf8');
    expect(options.length).toBeGreaterThan(20);
    for (const option of options) expect(page, option).toMatch(new RegExp(`^\\| \`[^|]*${option}(?![\\w-])`, 'm'));
  });
});
