// claimlint in a web browser: the entry the page is built from
// (scripts/build-web.js bundles it with web/). The same rule pack, config
// schema and reading, markets, engine and fixes as the CLI; it differs from
// the library entry (index.ts) only where a browser has no disk: a config
// comes as text, a file as bytes.
import { rulePack } from '../rules/index.js';
import { knownIn } from './config/known.js';
import { configFromText, type TextConfig, type TextConfigOptions } from './config/in-memory.js';
import { ConfigError } from './config/errors.js';
import { PRESETS, type PresetName } from './config/presets.js';
import { decodeText, NotTextError } from './files/decode.js';
import { applyChosenEdit, fixText, type EditOutcome } from './fix/fix-text.js';
import { loadParsersFor, syntaxOf } from './prose/load-parsers.js';
import { fixPlace } from './report/fix-place.js';
import { ruleSummaries } from './report/rule-docs.js';
import { lintText } from './screen/lint-text.js';
import { isSafeFix, type LintMessage, type LintResult, type Suggestion, type TextEdit } from './shared/lint-result.js';
import { MARKETS, type Market } from './shared/markets.js';
import { DEFAULT_CONFIG, type ResolvedConfig } from './shared/resolved-config.js';
import { VERSION } from './shared/version.js';

export { ConfigError, DEFAULT_CONFIG, fixPlace, isSafeFix, MARKETS, PRESETS, VERSION };
export type { EditOutcome, LintMessage, LintResult, Market, PresetName, ResolvedConfig, Suggestion, TextConfig, TextEdit };

const known = knownIn(rulePack);

/** The configuration for a document: the preset and market chosen on the
 * page, and a pasted config (blank: none). Throws ConfigError, one line naming
 * the config and the key, exactly as the CLI words it. */
export function configure(configText: string, options: TextConfigOptions): Promise<TextConfig> {
  return configFromText(known, configText, options);
}

/** Loads the parsers the text needs (YAML or TOML front matter, MDX), which
 * the engine, being synchronous, cannot load itself. */
export function prepare(text: string, filePath: string): Promise<void> {
  return loadParsersFor(text.slice(0, 8), syntaxOf(filePath));
}

/** Lints Markdown (MDX for a `.mdx` filePath); call prepare first. */
export function lint(text: string, filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): LintResult {
  return lintText(text, { pack: rulePack, filePath, config });
}

/** Every safe fix, as `claimlint --fix` applies them; call prepare first. */
export function fixAll(text: string, filePath: string, config: ResolvedConfig = DEFAULT_CONFIG): { output: string; fixesApplied: number; discarded?: string } {
  const fixed = fixText(text, { pack: rulePack, filePath, config });
  return { output: fixed.output, fixesApplied: fixed.fixesApplied, ...(fixed.discarded ? { discarded: fixed.discarded } : {}) };
}

/** One fix or suggestion, applied unless it would change the Markdown structure. */
export function applyEdit(text: string, edit: TextEdit): EditOutcome {
  return applyChosenEdit(text, edit);
}

/** What the page says about a rule beside each of its findings. */
export interface RuleInfo {
  description: string;
  severity: 'off' | 'warn' | 'error';
  category?: string;
  /** The regulation or guidance behind it. */
  source?: { name: string; url: string };
  advice?: string;
  /** How the chosen market treats it, where markets differ. */
  marketNote?: string;
}

/** Every rule and user phrase in effect under `config`, by id. */
export function rules(config: ResolvedConfig = DEFAULT_CONFIG): Record<string, RuleInfo> {
  const out: Record<string, RuleInfo> = ruleSummaries(config, rulePack.rules);
  for (const rule of rulePack.rules) {
    const note = rule.meta.markets?.[config.market]?.reason;
    if (note) out[rule.meta.id] = { ...out[rule.meta.id]!, marketNote: note };
  }
  return out;
}

/** An opened file's bytes as the CLI decodes a file: BOM, UTF-16, invalid
 * UTF-8 reported, binary refused (thrown as an Error with the CLI's words). */
export function decodeFile(bytes: Uint8Array): { text: string; warnings: string[] } {
  try {
    const { text, warnings } = decodeText(bytes);
    return { text, warnings };
  } catch (error) {
    if (error instanceof NotTextError) throw new Error(error.message);
    throw error;
  }
}
