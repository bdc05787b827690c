// Accuracy floors on our own labelled sentences (fixtures/eval/*.jsonl, written
// for this project): a change that loses recall or adds false alarms fails
// here before it reaches `npm run eval` on the shared set.
import { readFileSync } from 'node:fs';
import { rulePack } from '../rules/index.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/screen/lint-text.js';

interface Row {
  text: string;
  label: 'flag' | 'ok';
  category: string | null;
}

const dir = path.resolve(import.meta.dirname, '..', 'fixtures', 'eval');

function score(file: string) {
  const rows = readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let sameCategory = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const messages = lintText(row.text, { pack: rulePack }).messages.filter((m) => m.ruleId);
    const flagged = messages.length > 0;
    if (row.label === 'flag') {
      if (flagged) tp++;
      else {
        fn++;
        misses.push(`missed: ${row.text}`);
      }
      if (messages.some((m) => m.category === row.category)) sameCategory++;
    } else if (flagged) {
      fp++;
      misses.push(`false alarm: ${row.text}`);
    }
  }
  return { precision: tp / (tp + fp), recall: tp / (tp + fn), categoryRecall: sameCategory / (tp + fn), misses };
}

describe.each(['own.jsonl', 'blind.jsonl'])('accuracy on %s', (file) => {
  it('keeps precision >= 0.95, recall >= 0.92 and category recall >= 0.85', () => {
    const s = score(file);
    expect(s.precision, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(s.recall, s.misses.join('\n')).toBeGreaterThanOrEqual(0.92);
    expect(s.categoryRecall).toBeGreaterThanOrEqual(0.85);
  });
});
