// The tests are laid out by what they need: tests/unit/ imports the source and
// runs on a checkout with no build; tests/e2e/ runs what `npm run build` makes.
// A unit test that reached for the build would pass only after a build, and a
// stale dist/ would make it test old code, so this keeps them apart.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const tests = path.resolve(import.meta.dirname, '..');

/** What only the build provides: the CLI's entry script or anything in dist/. */
const BUILT = /['"`]dist['"`]|\bdist\/(?:src|lib|bundle|rules|types|web)\b|['"`]bin['"`]\s*,\s*['"`]claimlint|\bbin\/claimlint[\w-]*\.js/;

/** Test-local modules a file imports (`./x.js`, `../x.js`), resolved to .ts files under tests/. */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
    .map((m) => path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts'))
    .filter((f) => f.startsWith(tests + path.sep));
}

/** Lines of `file`, and of the test helpers it imports, that need the build. */
function builtUses(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const own = readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => (BUILT.test(line) && !/^\s*(\/\/|\*)/.test(line) ? [`${path.relative(tests, file)}:${i + 1}: ${line.trim()}`] : []));
  return [...own, ...localImports(file).flatMap((f) => builtUses(f, seen))];
}

describe('the test folders', () => {
  it('keep unit tests, and the helpers they import, off the build (bin/claimlint.js, dist/)', () => {
    // This file names the build only in its own examples.
    const unit = readdirSync(path.join(tests, 'unit'))
      .filter((n) => n.endsWith('.ts') && n !== 'test-layout.test.ts')
      .map((n) => path.join(tests, 'unit', n));
    expect(unit.length).toBeGreaterThan(10);
    expect(unit.flatMap((f) => builtUses(f))).toEqual([]);
  });

  it('recognise a test that runs the build, so the check above can fail', () => {
    for (const line of [
      "const bin = path.join(root, 'bin', 'claimlint.js');",
      "import { fixFile } from '/x/dist/src/fix/fix-file.js';",
      "staticGraph(path.join(root, 'dist', 'src', 'cli', 'main.js'))",
      'spawnSync(process.execPath, ["bin/claimlint.js"])',
    ]) {
      expect(BUILT.test(line), line).toBe(true);
    }
    expect(BUILT.test("const { lintText } = await import('../../src/screen/lint-text.js');")).toBe(false);
  });

  it('put every test file in a folder that says what it needs', () => {
    const loose = readdirSync(tests).filter((n) => n.endsWith('.test.ts'));
    expect(loose).toEqual([]);
  });
});
