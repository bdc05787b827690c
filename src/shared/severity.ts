// Severities: the one home of their names, numbers and words, and of how a
// rule's or a user phrase's severity follows from a configuration (ESLint's
// lib/shared/severity.js plays the same part). Reports, SARIF, --print-config
// and the matcher all ask here, so they cannot disagree.
import type { Market } from './markets.js';

export const SEVERITY_NAMES = ['off', 'warn', 'error'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];
/** ESLint's numeric severities: 1 = warning, 2 = error. */
export type SeverityLevel = 1 | 2;

/** A user phrase with no severity of its own reports at this one. */
export const DEFAULT_PHRASE_SEVERITY: Exclude<SeverityName, 'off'> = 'warn';

export function levelOf(name: Exclude<SeverityName, 'off'>): SeverityLevel {
  return name === 'error' ? 2 : 1;
}

/** The word reports print for a level. */
export function severityWord(level: SeverityLevel): 'error' | 'warning' {
  return level === 2 ? 'error' : 'warning';
}

/** What of a configuration decides severities (a ResolvedConfig has it). */
export interface SeverityConfig {
  market: Market;
  rules: Readonly<Record<string, { severity: SeverityName }>>;
  allRules?: boolean;
}

/** What a rule's metadata says about its severity. */
export interface SeverityFacts {
  id: string;
  severity: Exclude<SeverityName, 'off'>;
  /** False for rules that run only under claimlint:all. */
  recommended?: boolean;
  /** A market may switch the rule off ('off') where it does not apply. */
  markets?: Partial<Record<Market, { severity?: SeverityName }>>;
}

/** A rule's severity under a config: the config's setting, else off for a
 * rule not recommended (unless all rules are on), else the market's, else
 * the rule's own. */
export function ruleSeverity(meta: SeverityFacts, config: SeverityConfig): SeverityName {
  const setting = config.rules[meta.id];
  if (setting) return setting.severity;
  if (meta.recommended === false && !config.allRules) return 'off';
  return meta.markets?.[config.market]?.severity ?? meta.severity;
}

/** A user phrase's severity under a config: the config's setting for its
 * id, else the phrase's own, else the default. */
export function phraseSeverity(phrase: { id: string; severity?: Exclude<SeverityName, 'off'> }, config: SeverityConfig): SeverityName {
  return config.rules[phrase.id]?.severity ?? phrase.severity ?? DEFAULT_PHRASE_SEVERITY;
}
