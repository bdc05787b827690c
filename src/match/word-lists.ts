// Small helpers for rules that read their own word lists.
import type { WordList } from './matcher.js';
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
