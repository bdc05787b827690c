// --fix-type: which findings --fix may rewrite, named by category
// (absolute_guarantee) or rule id (absolute-guarantee). Unknown names are a
// usage error, so a typo cannot silently fix nothing.
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { RuleMeta } from '../judge/rule.js';
import type { LintMessage } from '../shared/lint-result.js';
import { unknownValue } from '../shared/did-you-mean.js';

/** Recognised by name: the fix session and the CLI sit in different bundles,
 * each with its own copy of this class, so instanceof cannot tell. */
export class UnknownFixTypeError extends Error {
  override readonly name = 'UnknownFixTypeError';

  static is(error: unknown): error is UnknownFixTypeError {
    return error instanceof Error && error.name === 'UnknownFixTypeError';
  }
}

/** Splits `a,b` and repeated options into names. */
export function parseFixTypes(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** Every name --fix-type accepts: rule ids and categories, built in and from the configs' phrases. */
export function fixTypeNames(rules: readonly Pick<RuleMeta, 'id' | 'category'>[], configs: readonly ResolvedConfig[]): string[] {
  const names = new Set<string>();
  for (const r of rules) names.add(r.id).add(r.category);
  for (const p of configs.flatMap((c) => c.phrases)) {
    names.add(p.id);
    if (p.category) names.add(p.category);
  }
  return [...names].sort();
}

export interface FixFilterOptions {
  types: readonly string[];
  known: readonly string[];
  /** Only errors are reported, so only errors are fixed. */
  errorsOnly?: boolean;
}

export function fixFilter(options: FixFilterOptions): (m: LintMessage) => boolean {
  const known = new Set(options.known);
  const unknown = options.types.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw new UnknownFixTypeError(`--fix-type: ${unknownValue('category or rule', unknown[0]!, options.known)}`);
  }
  const wanted = new Set(options.types);
  return (m) =>
    (!options.errorsOnly || m.severity === 2) &&
    (wanted.size === 0 || (m.ruleId !== null && wanted.has(m.ruleId)) || (m.category !== undefined && wanted.has(m.category)));
}
