// A schema-valid config object in, a ConfigUnit out, after the checks a
// schema cannot make: rule ids exist, phrase ids are free, patterns compile.
import path from 'node:path';
import type { ApprovedClaim, FrontmatterKeys, MdxOptions, RuleSetting, UserPhrase } from '../shared/resolved-config.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { Matcher, phraseKeys, type WordList } from '../match/matcher.js';
import { PATTERN_SYNTAX } from '../match/pattern.js';
import type { SeverityName } from '../shared/severity.js';
import type { Market } from '../shared/markets.js';
import { ConfigError } from './errors.js';
import { emptyLayer, type ConfigUnit, type Layer, type RuleEntry } from './layer.js';
import { isPreset } from './presets.js';
import { PRESETS } from './schema.js';
import { formatPath } from './validate.js';

/** What a config may refer to: the built-in rule ids and word lists. */
export interface Known {
  ruleIds: readonly string[];
  lists: readonly WordList[];
}

// The shapes below are what the schema guarantees.
type RawSetting = SeverityName | [SeverityName, Record<string, unknown>?];
interface RawLayer {
  market?: Market;
  strict?: boolean;
  rules?: Record<string, RawSetting>;
  phrases?: Array<Omit<UserPhrase, 'match'> & { match: string | string[] }>;
  approved?: ApprovedClaim[];
  reportUnusedDirectives?: SeverityName;
  frontmatter?: FrontmatterKeys;
  mdx?: MdxOptions;
}
export interface RawConfig extends RawLayer {
  extends?: string | string[];
  overrides?: Array<RawLayer & { files: string[] }>;
  ignores?: string[];
}

type Segment = string | number;

export interface ConfigPlace {
  /** The file as messages name it. */
  name: string;
  file: string;
  /** Key path of the config inside the file ("claimlint" in package.json). */
  prefix: Segment[];
}

function failer(where: ConfigPlace) {
  return (at: Segment[], problem: string): never => {
    const keyPath = formatPath([...where.prefix, ...at]);
    throw new ConfigError(where.name, keyPath ? `${keyPath}: ${problem}` : problem);
  };
}

/** What the config extends, in order: preset names and absolute config paths. */
export function resolveExtends(raw: RawConfig, where: ConfigPlace): string[] {
  const fail = failer(where);
  const list = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  return list.map((e, i) => {
    if (isPreset(e)) return e;
    if (e.startsWith('./') || e.startsWith('../') || path.isAbsolute(e)) return path.resolve(path.dirname(where.file), e);
    const at: Segment[] = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
    return fail(at, `unknown preset "${e}"${didYouMean(e.startsWith('claimlint:') ? e : `claimlint:${e}`, PRESETS)}`);
  });
}

export function normalizeConfig(raw: RawConfig, where: ConfigPlace, known: Known, inheritedPhraseIds: ReadonlySet<string>): ConfigUnit {
  const fail = failer(where);
  const builtIn = new Set(known.ruleIds);
  const dir = path.dirname(where.file);

  // Phrase ids usable in `rules`: inherited ones and any this file defines anywhere.
  const phraseIds = new Set(inheritedPhraseIds);
  const allLayers: Array<[RawLayer, Segment[]]> = [[raw, []], ...(raw.overrides ?? []).map((o, i): [RawLayer, Segment[]] => [o, ['overrides', i]])];
  for (const [layer, at] of allLayers) {
    const seen = new Set<string>();
    (layer.phrases ?? []).forEach((p, i) => {
      if (builtIn.has(p.id)) fail([...at, 'phrases', i, 'id'], `"${p.id}" is a built-in rule id; choose another`);
      if (seen.has(p.id)) fail([...at, 'phrases', i, 'id'], `duplicate phrase id "${p.id}"`);
      seen.add(p.id);
      phraseIds.add(p.id);
    });
  }
  const ruleIds = [...known.ruleIds, ...phraseIds];
  const probe = new Matcher(known.lists);

  const toLayer = (layer: RawLayer, at: Segment[]): Layer => {
    const out = emptyLayer();
    if (layer.market !== undefined) out.market = layer.market;
    if (layer.strict !== undefined) out.strict = layer.strict;
    if (layer.reportUnusedDirectives !== undefined) out.reportUnusedDirectives = layer.reportUnusedDirectives;
    if (layer.frontmatter !== undefined) out.frontmatter = layer.frontmatter;
    if (layer.mdx !== undefined) out.mdx = layer.mdx;
    const entries: RuleEntry[] = [];
    for (const [id, value] of Object.entries(layer.rules ?? {})) {
      if (id !== '*' && !builtIn.has(id) && !phraseIds.has(id)) {
        fail([...at, 'rules', id], `unknown rule "${id}"${didYouMean(id, ruleIds)}`);
      }
      entries.push({ id, setting: toSetting(value) });
    }
    // "*" first, so that specific ids in the same object win.
    out.rules = [...entries.filter((e) => e.id === '*'), ...entries.filter((e) => e.id !== '*')];
    out.phrases = (layer.phrases ?? []).map((p, i) => {
      const match = Array.isArray(p.match) ? p.match : [p.match];
      match.forEach((m, j) => {
        const mAt = [...at, 'phrases', i, 'match', ...(Array.isArray(p.match) ? [j] : [])];
        if (PATTERN_SYNTAX.test(m)) {
          try {
            probe.add(m);
          } catch (error) {
            fail(mAt, `invalid pattern: ${(error as Error).message}`);
          }
        } else if (phraseKeys(m).length === 0) {
          fail(mAt, `"${m}" has no words to match`);
        }
      });
      const phrase: UserPhrase = { id: p.id, match, message: p.message };
      if (p.suggest) phrase.suggest = p.suggest;
      if (p.severity) phrase.severity = p.severity;
      if (p.category) phrase.category = p.category;
      return phrase;
    });
    out.approved = (layer.approved ?? []).map((a, i) => {
      if (phraseKeys(a.claim).length === 0) fail([...at, 'approved', i, 'claim'], `"${a.claim}" has no words to match`);
      return { claim: a.claim, evidence: a.evidence };
    });
    return out;
  };

  return {
    name: where.name,
    dir,
    base: toLayer(raw, []),
    overrides: (raw.overrides ?? []).map((o, i) => ({ files: o.files, layer: toLayer(o, ['overrides', i]) })),
    ignores: raw.ignores ?? [],
  };
}

function toSetting(value: RawSetting): RuleSetting {
  if (typeof value === 'string') return { severity: value };
  const [severity, options] = value;
  return options === undefined ? { severity } : { severity, options };
}
