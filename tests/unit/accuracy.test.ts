// Accuracy floors on real sentences nobody on this project wrote: the
// labelled sets in ../shared/eval (rulings, warning letters, clinic pages),
// each row judged in the market of the page it came from, as `npm run eval`
// does. The floors sit just under today's figures, so a change that loses
// recall or adds false alarms on real copy fails here; raise them as the
// figures improve. The project's own sentences (fixtures/eval) are kept as
// fixtures of mechanisms, at the end: they are not evidence of accuracy.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rulePack } from '../../rules/index.js';
import { lintText } from '../../src/screen/lint-text.js';
import type { Market } from '../../src/shared/markets.js';
// The eval script's own rule for a row's market, so both agree.
import { marketOf } from '../../scripts/eval-market.js';

interface Row {
  text: string;
  label: 'flag' | 'ok';
  category: string | null;
  source?: string;
}

const root = path.resolve(import.meta.dirname, '..', '..');
const shared = [path.join(root, '..', 'shared', 'eval'), path.join(root, '..', '..', 'shared', 'eval')].find((d) => existsSync(d));

function read(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function score(rows: readonly Row[], marketFor: (row: Row) => Market) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byCategory = new Map<string, { hit: number; all: number }>();
  const misses: string[] = [];
  for (const row of rows) {
    const config = { market: marketFor(row), rules: {}, phrases: [], approved: [] };
    const messages = lintText(row.text, { pack: rulePack, config }).messages.filter((m) => m.ruleId);
    const flagged = messages.length > 0;
    if (row.label === 'flag') {
      if (flagged) tp++;
      else {
        fn++;
        misses.push(`missed [${row.category}]: ${row.text}`);
      }
      const c = byCategory.get(row.category!) ?? { hit: 0, all: 0 };
      c.all++;
      if (messages.some((m) => m.category === row.category)) c.hit++;
      byCategory.set(row.category!, c);
    } else if (flagged) {
      fp++;
      misses.push(`false alarm: ${row.text}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), byCategory, misses };
}

// Every category's recall (a sentence of it flagged under it), all sets together:
// issue 13's 0.80, for every category.
const CATEGORY_FLOOR = 0.8;

// Today's figures (7 December 2026, later: dev P 1.00 R .988, train P .977 R .948,
// clinic pages P .957 R .978), each floor a little under them.
const FLOORS: Record<string, { precision: number; recall: number }> = {
  'dev.jsonl': { precision: 0.97, recall: 0.97 },
  'train.jsonl': { precision: 0.96, recall: 0.94 },
  'clinic-pages.jsonl': { precision: 0.95, recall: 0.96 },
};

describe('accuracy on real copy (../shared/eval)', () => {
  // A clone on its own (a contributor's fork, a CI runner without the
  // workplace's data) has no labelled sets: say so rather than fail, unless
  // the run asks for them (CLAIMLINT_REQUIRE_EVAL=1), as the eval job does.
  it.skipIf(!shared && !process.env['CLAIMLINT_REQUIRE_EVAL'])('finds the shared eval sets', () => {
    expect(shared, 'the labelled sets live in ../shared/eval beside the repository').toBeDefined();
  });

  describe.each(Object.keys(FLOORS))('%s', (file) => {
    it.skipIf(!shared)('keeps precision and recall at or above the floors', () => {
      const s = score(read(path.join(shared!, file)), (row) => marketOf(row.source));
      const floor = FLOORS[file]!;
      const detail = s.misses.slice(0, 40).join('\n');
      expect(s.precision, detail).toBeGreaterThanOrEqual(floor.precision);
      expect(s.recall, detail).toBeGreaterThanOrEqual(floor.recall);
    });
  });

  it.skipIf(!shared)('finds most of every category across the three sets', () => {
    const rows = Object.keys(FLOORS).flatMap((f) => read(path.join(shared!, f)));
    const s = score(rows, (row) => marketOf(row.source));
    const weak = [...s.byCategory].filter(([k, c]) => c.hit / c.all < CATEGORY_FLOOR).map(([k, c]) => `${k} ${c.hit}/${c.all}`);
    expect(weak).toEqual([]);
  });

  // Issue 13: no set may be judged much better than another (the rules are not
  // tuned to one source): the three F1 scores lie within 0.05 of each other.
  it.skipIf(!shared)('scores the three sets alike (F1 within 0.05)', () => {
    const f1s = Object.keys(FLOORS).map((f) => {
      const s = score(read(path.join(shared!, f)), (row) => marketOf(row.source));
      return (2 * s.precision * s.recall) / (s.precision + s.recall);
    });
    expect(Math.max(...f1s) - Math.min(...f1s)).toBeLessThanOrEqual(0.05);
  });
});

describe.each(['own.jsonl', 'blind.jsonl'])('mechanism fixtures in our own words: %s', (file) => {
  it('judges each sentence as labelled, but for a few', () => {
    const s = score(read(path.join(root, 'fixtures', 'eval', file)), () => 'us');
    expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.92);
  });
});
