// What the page asks of the engine and what it answers. The engine runs in a
// worker where the browser allows one (typing never waits for a check), else
// in the page itself (a page opened from disk): the same requests either way.
import type { EditOutcome, LintMessage, Market, PresetName, RuleInfo, TextEdit } from '../src/browser.js';

export type Request =
  | { kind: 'about' }
  | { kind: 'configure'; configText: string; configName: string; preset: PresetName; market?: Market; documentPath: string }
  | { kind: 'lint'; text: string; name: string }
  | { kind: 'fixAll'; text: string; name: string }
  | { kind: 'applyEdit'; text: string; edit: TextEdit }
  | { kind: 'decode'; bytes: Uint8Array };

export interface Configured {
  /** The config's problem, in the CLI's words; the engine then runs without it. */
  error?: string;
  ignored: boolean;
  /** The market the config itself names. */
  configMarket?: Market;
  counts: { rules: number; phrases: number; approved: number };
  rules: Record<string, RuleInfo>;
}

/** A rewrite a finding offers, with how the stretch of text it touches reads after it. */
export interface Rewrite {
  edit: TextEdit;
  /** The engine's words for it: `Remove "instantly"`, `Replace "proven" with "studied" and cite the study`. */
  desc: string;
  /** How the claim's stretch of text reads after it (empty for a deletion). */
  preview: string;
  /** The one rewrite --fix would make. */
  safe: boolean;
}

export interface Linted {
  messages: LintMessage[];
  /** Each message's rewrites, the safe fix among them. */
  rewrites: Rewrite[][];
  /** The engine's own time, in the thread it ran in. */
  engineMs: number;
  /** The engine failed on this text (a bug): what it said. */
  failure?: string;
}

export type Decoded = { text: string; warnings: string[]; error?: undefined } | { error: string };

export interface Answers {
  about: { markets: readonly string[]; presets: readonly string[]; version: string };
  configure: Configured;
  lint: Linted;
  fixAll: { output: string; fixesApplied: number; discarded?: string };
  applyEdit: EditOutcome;
  decode: Decoded;
}

export type Answer<R extends Request> = Answers[R['kind']];

export interface Envelope {
  id: number;
  request: Request;
}

export interface Reply {
  id: number;
  answer?: unknown;
  /** An unexpected failure, as a message. */
  error?: string;
}
