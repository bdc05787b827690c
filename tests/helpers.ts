import { lintText } from '../src/linter.js';
import type { ResolvedConfig } from '../src/config-types.js';
import type { LintMessage } from '../src/types.js';

export function lint(text: string, config?: ResolvedConfig): LintMessage[] {
  return lintText(text, config ? { config } : {}).messages;
}

/** The source characters each message reports. */
export function claims(text: string, config?: ResolvedConfig): string[] {
  return lint(text, config).map((m) => text.slice(m.range[0], m.range[1]));
}

export function applyEdit(text: string, fix: { range: [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}
