// Types of rule-pages.js for the tests that import it (tests are type-checked).
import type { RuleDefinition } from '../../src/judge/rule.js';
import type { WordList } from '../../src/match/matcher.js';
import type { LintResult, Market, ResolvedConfig } from '../../src/index.js';

export declare const GENERATED: string;
export declare const TABLE_START: string;
export declare const TABLE_END: string;

export declare function renderRuleDocs(input: {
  rules: readonly RuleDefinition[];
  lists: readonly WordList[];
  lintText: (text: string, options: { config: ResolvedConfig }) => LintResult;
  markets: readonly Market[];
  /** The current docs/rules/index.md; its text outside the table markers is kept. */
  index: string;
}): Map<string, string>;
