// Trigger words have one home, rules/lexicon/: a rule pattern names a list
// ({list} or {capture=list}) instead of spelling a long word group out inline.
// Short groups stay inline: "(is|are|was|were)" or "(in|on)" are the frame of
// one pattern, read best where they stand.
import { describe, expect, it } from 'vitest';
import { lists, rules } from '../../rules/index.js';
import * as slots from '../../rules/lexicon/slots.js';
import { parsePattern } from '../../src/match/pattern.js';

/** The most alternatives an inline group may have. The line is drawn at 6:
 * groups of 6 or more were vocabulary that grows and is reviewed as such
 * (product and harm nouns, therapeutic, proof and endorsement verbs, hype,
 * speed and permanence words), and they now live in lists. The 105 groups of
 * 4 or 5 left are mostly one word's inflections ("keep|keeps|kept|keeping"),
 * prepositions ("for|of|from|against|to"), negators and auxiliaries: a
 * pattern's frame. Some are vocabulary ("for good|forever|permanently|for
 * life"); lowering the line means moving the groups it then catches first. */
const MAX_INLINE = 5;

/** Groups allowed past the line, with why. Empty: keep it so if you can. */
const ALLOWED: ReadonlyArray<{ rule: string; first: string; why: string }> = [];

describe('rule patterns', () => {
  it(`write no inline word group of more than ${MAX_INLINE} alternatives`, () => {
    const long: string[] = [];
    for (const rule of rules) {
      rule.patterns.forEach((pattern, i) => {
        for (const el of parsePattern(pattern)) {
          if (el.kind !== 'alt' || el.alternatives.length <= MAX_INLINE) continue;
          if (ALLOWED.some((a) => a.rule === rule.meta.id && a.first === el.alternatives[0])) continue;
          long.push(`${rule.meta.id} pattern ${i}: (${el.alternatives.slice(0, 4).join('|')}|...) has ${el.alternatives.length}`);
        }
      });
    }
    expect(long, 'move these groups into a word list in rules/lexicon/ and name it in the pattern').toEqual([]);
  });

  it('hold each allowed long group, so that the allow-list does not outlive its reason', () => {
    for (const a of ALLOWED) {
      const rule = rules.find((r) => r.meta.id === a.rule);
      const found = rule?.patterns.some((p) => parsePattern(p).some((el) => el.kind === 'alt' && el.alternatives[0] === a.first && el.alternatives.length > MAX_INLINE));
      expect(found, `${a.rule} (${a.first}|...)`).toBe(true);
    }
  });
});

describe('the pattern word lists (rules/lexicon/slots.ts)', () => {
  const named = new Set<string>();
  for (const rule of rules) for (const p of rule.patterns) for (const el of parsePattern(p)) if (el.kind === 'list') named.add(el.list);
  const included = new Set(lists.flatMap((l) => l.entries.flatMap((e) => /^\{([a-z0-9-]+)\}$/.exec(typeof e === 'string' ? e : e.phrase)?.[1] ?? [])));

  it.each(Object.values(slots).map((l) => [l.id, l] as const))('%s is named by a pattern or included by a list, and described', (id, l) => {
    expect(named.has(id) || included.has(id), `${id} is used nowhere`).toBe(true);
    expect(l.description?.length ?? 0).toBeGreaterThan(20);
  });
});
