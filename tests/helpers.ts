import { rulePack } from '../rules/index.js';
import { lintText } from '../src/screen/lint-text.js';
import type { ResolvedConfig } from '../src/shared/resolved-config.js';
import type { LintMessage } from '../src/shared/lint-result.js';
import type { SourceMap } from '../src/prose/mapped-text.js';

export function lint(text: string, config?: ResolvedConfig): LintMessage[] {
  return lintText(text, config ? { pack: rulePack, config } : { pack: rulePack }).messages;
}

/** The source characters each message reports. */
export function claims(text: string, config?: ResolvedConfig): string[] {
  return lint(text, config).map((m) => text.slice(m.range[0], m.range[1]));
}

export function applyEdit(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** A small deterministic random generator (mulberry32) for generated-input
 * tests: `next` in [0, 1), `pick` one of a list. */
export function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, pick };
}

/** A block's map as the source start and end of each unit, for tests to
 * compare maps made different ways. */
export function unitRanges(map: SourceMap): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < map.length; i++) {
    starts.push(map.startAt(i));
    ends.push(map.endAt(i));
  }
  return { starts, ends };
}
