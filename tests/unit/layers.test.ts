// The layout is part of the design: each stage folder under src/ says in its
// README which stages it may import, and this test holds the code to it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const src = path.join(root, 'src');

const stages = readdirSync(src).filter((d) => statSync(path.join(src, d)).isDirectory());

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Relative imports of a module, resolved to .ts paths (type-only ones too:
 * a type from a later stage is a dependency on it all the same). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g)) {
    out.push(path.resolve(path.dirname(file), (m[1] ?? m[2])!).replace(/\.js$/, '.ts'));
  }
  return out;
}

/** The stage a path belongs to: a folder of src/, '.' for the library entries, 'rules' for the rule pack. */
function stageOf(file: string): string {
  const rel = path.relative(root, file).split(path.sep);
  if (rel[0] === 'rules') return 'rules';
  return rel.length === 2 ? '.' : rel[1]!;
}

function allowedBy(stage: string): Set<string> {
  const readme = readFileSync(path.join(src, stage, 'README.md'), 'utf8');
  const line = /^May import: (.*)$/m.exec(readme);
  if (!line) throw new Error(`src/${stage}/README.md has no "May import:" line`);
  const allowed = new Set<string>();
  if (/^nothing/.test(line[1]!)) return allowed;
  for (const name of line[1]!.replace(/\.$/, '').split(/,\s*(?:and\s+)?|\s+and\s+/)) {
    if (/built-in rules/.test(name)) allowed.add('rules');
    else allowed.add(name.trim());
  }
  return allowed;
}

const modules = walk(src);

describe('the layout', () => {
  it('gives every stage folder a README saying what it may import, naming only real stages', () => {
    for (const stage of stages) {
      for (const name of allowedBy(stage)) expect([...stages, 'rules'], `src/${stage}/README.md`).toContain(name);
    }
  });

  it('lets a stage import only stages before it in the pipeline table of src/README.md', () => {
    const order = [...readFileSync(path.join(src, 'README.md'), 'utf8').matchAll(/^\| `([a-z]+)\/` \|/gm)].map((m) => m[1]!);
    expect([...order].sort()).toEqual([...stages].sort());
    const later: string[] = [];
    for (const stage of stages) {
      for (const name of allowedBy(stage)) if (name !== 'rules' && order.indexOf(name) > order.indexOf(stage)) later.push(`${stage} -> ${name}`);
    }
    expect(later).toEqual([]);
  });

  it('has no module import from a stage its folder does not allow', () => {
    const wrong: string[] = [];
    for (const file of modules) {
      const from = stageOf(file);
      if (from === '.') continue;
      const allowed = allowedBy(from);
      for (const target of importsOf(file)) {
        const to = stageOf(target);
        if (to !== from && !allowed.has(to)) wrong.push(`${path.relative(root, file)} -> ${path.relative(root, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('hands the rule pack in: only the CLI, the language server, the runner and the library entries import rules/', () => {
    const importers = modules.filter((f) => importsOf(f).some((t) => stageOf(t) === 'rules')).map((f) => stageOf(f));
    expect(new Set(importers)).toEqual(new Set(['cli', 'lsp', 'run', '.']));
  });

  it('has no import cycle between modules', () => {
    const graph = new Map(modules.map((f) => [f, importsOf(f).filter((t) => t.startsWith(src))]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(src, x)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) visit(t, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of modules) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
