// The page (web/) has no engine of its own: it reaches claimlint only through
// src/browser.ts, and only its engine side (engine-host.ts) runs that code;
// the rest of the page takes types from it. And what src/browser.ts pulls in
// needs no Node built-in but the two scripts/build-web.js stands in for.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const web = path.join(root, 'web');

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(import|export)(\s+type)?\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    out.push({ specifier: (m[3] ?? m[4])!, typeOnly: Boolean(m[2]) });
  }
  return out;
}

describe('the page', () => {
  const files = readdirSync(web, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));

  it('reaches claimlint only through src/browser.ts, and runs it only on its engine side', () => {
    const wrong: string[] = [];
    for (const f of files) {
      for (const { specifier, typeOnly } of importsOf(path.join(web, f))) {
        const outside = specifier.startsWith('.') && !path.resolve(web, path.dirname(f), specifier).startsWith(web + path.sep);
        const target = outside ? path.relative(root, path.resolve(web, path.dirname(f), specifier)) : '';
        if (outside && target !== 'src/browser.js') wrong.push(`${f} imports ${target}`);
        if (target === 'src/browser.js' && !typeOnly && f !== 'engine-host.ts') wrong.push(`${f} runs src/browser.ts`);
        if (specifier.startsWith('node:')) wrong.push(`${f} imports ${specifier}`);
      }
    }
    // The page's example text is its own.
    expect(wrong).toEqual([]);
    expect(files).toContain('engine-host.ts');
  });

  it('pulls in no Node built-in through src/browser.ts but node:path and node:module, which the build replaces', () => {
    const seen = new Set<string>();
    const builtins = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(file)) {
        if (typeOnly) continue;
        if (specifier.startsWith('node:')) builtins.add(specifier);
        else if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
      }
    };
    visit(path.join(root, 'src', 'browser.ts'));
    expect(seen.size).toBeGreaterThan(50);
    expect([...builtins].sort()).toEqual(['node:module', 'node:path']);
    const build = readFileSync(path.join(root, 'scripts', 'build-web.js'), 'utf8');
    for (const b of builtins) expect(build).toContain(`'${b}':`);
  });
});
