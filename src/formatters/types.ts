import type { LintResult } from '../types.js';

export interface FormatterContext {
  cwd: string;
  color: boolean;
  /** Rule metadata, for formats that describe the rules they report. */
  rulesMeta?: Record<string, { description: string; source: { name: string; url: string }; severity: string }>;
  /** Number of fixes applied, when --fix ran. */
  fixesApplied?: number;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;
