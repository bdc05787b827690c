import type { LintMessage, TextEdit } from '../src/shared/lint-result.js';

export interface CheckedSuggestion {
  desc: string;
  fix: TextEdit;
  edited: string;
  clean: boolean;
  left: string[];
  leftKinds: Array<'in-edit' | 'other' | 'new'>;
  lost: string[];
  grammar: string[];
  isFix: boolean;
}

export interface CheckedFinding {
  ruleId: string | null;
  claim: string | undefined;
  range: [number, number];
  fixable: boolean;
  advice: string | undefined;
  suggestions: CheckedSuggestion[];
}

export function wordsOf(text: string): Array<{ word: string; lower: string; start: number; end: number }>;
export function applyEdit(text: string, fix: TextEdit): string;
export function changesOf(original: string, fix: TextEdit): TextEdit[];
export function grammarProblems(original: string, edited: string, fix: TextEdit): string[];
export function lostWords(original: string, fix: TextEdit, claimRanges: ReadonlyArray<[number, number]>): string[];
export function checkSentence(
  text: string,
  lint: (text: string) => LintMessage[],
  sentenceSpans?: (text: string) => Array<[number, number]>,
): { text: string; findings: CheckedFinding[] };
export function passes(s: CheckedSuggestion): boolean;
