// Small helpers for rules that read their own word lists.
import { phraseKeys, type WordList } from './matcher.js';
import { wordKey } from '../text/word-key.js';

/** The phrases of a list, without their attributes. */
export function phrasesOf(list: WordList): string[] {
  return list.entries.map((e) => (typeof e === 'string' ? e : e.phrase));
}

/** Matching keys of a list's one-word phrases (and any extra words). */
export function keySetOf(list: WordList, extra: readonly string[] = []): { has(key: string): boolean } {
  // Made on first use: rules call this as they load, and a run whose files
  // the prefilter rules out never asks.
  let keys: Set<string> | undefined;
  return {
    has: (key) => (keys ??= new Set([...phrasesOf(list), ...extra].filter((w) => !/\s/.test(w)).map((w) => wordKey(w)))).has(key),
  };
}

/** A test of whether a sentence's tokens hold any phrase of a list,
 * phrases of several words included, on the keys the matcher uses. */
export function mentionOf(list: WordList): (tokens: readonly { key: string }[]) => boolean {
  let byFirst: Map<string, string[][]> | undefined;
  return (tokens) => {
    if (!byFirst) {
      byFirst = new Map();
      for (const keys of phrasesOf(list).map(phraseKeys)) {
        if (keys.length === 0) continue;
        const at = byFirst.get(keys[0]!) ?? [];
        at.push(keys);
        byFirst.set(keys[0]!, at);
      }
    }
    const first = byFirst;
    return tokens.some((t, i) => first.get(t.key)?.some((keys) => keys.every((k, j) => tokens[i + j]?.key === k)) ?? false);
  };
}
