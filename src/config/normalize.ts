// A schema-valid config object in, a ConfigUnit out, after the checks a
// schema cannot make: rule ids exist, phrase ids are free, patterns compile.
// Each setting is read as the key table (keys.ts) says.
import path from 'node:path';
import { didYouMean } from '../shared/did-you-mean.js';
import { Matcher, type WordList } from '../match/matcher.js';
import { ConfigError } from './errors.js';
import { SETTINGS, type RawPhrase, type ReadContext } from './keys.js';
import type { ConfigUnit, Layer } from './layer.js';
import { isPreset, PRESETS } from './presets.js';
import { formatPath } from './validate.js';
import { isCodeConfig } from './file-kinds.js';

/** What a config may refer to: the built-in rule ids and word lists. */
export interface Known {
  ruleIds: readonly string[];
  lists: readonly WordList[];
}

/** A config object or one of its overrides, as the schema lets it through. */
type RawLayer = Readonly<Record<string, unknown>> & { phrases?: readonly RawPhrase[] };
export type RawConfig = RawLayer & {
  extends?: string | string[];
  overrides?: Array<RawLayer & { files: string[] }>;
  ignores?: string[];
};

type Segment = string | number;

export interface ConfigPlace {
  /** The file as messages name it. */
  name: string;
  file: string;
  /** Key path of the config inside the file ("claimlint" in package.json). */
  prefix: Segment[];
}

function failer(where: ConfigPlace) {
  return (at: readonly Segment[], problem: string): never => {
    const full = [...where.prefix, ...at];
    const keyPath = formatPath(full);
    throw new ConfigError(where.name, keyPath ? `${keyPath}: ${problem}` : problem, full);
  };
}

/** What the config extends, in order: preset names and absolute config
 * paths. A data config (JSON, YAML, package.json) may extend only presets
 * and other data configs: reading a data file must never run code. */
export function resolveExtends(raw: RawConfig, where: ConfigPlace): string[] {
  const fail = failer(where);
  const list = raw.extends === undefined ? [] : Array.isArray(raw.extends) ? raw.extends : [raw.extends];
  return list.map((e, i) => {
    if (isPreset(e)) return e;
    const at: Segment[] = Array.isArray(raw.extends) ? ['extends', i] : ['extends'];
    if (e.startsWith('./') || e.startsWith('../') || path.isAbsolute(e)) {
      if (isCodeConfig(e) && !isCodeConfig(where.file)) {
        fail(at, `"${e}" is JavaScript; a JSON or YAML config may extend only presets and other JSON or YAML configs (code runs only from a claimlint.config.js or .mjs)`);
      }
      return path.resolve(path.dirname(where.file), e);
    }
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
  const isRuleId = (id: string) => builtIn.has(id) || phraseIds.has(id);
  const probe = new Matcher(known.lists);

  const toLayer = (raw: RawLayer, at: Segment[]): Layer => {
    const layer: Record<string, unknown> = {};
    for (const [name, key] of SETTINGS) {
      // Keys without a schema are the presets' alone; the schema let no other through.
      if (!key.schema || !Object.hasOwn(raw, name) || raw[name] === undefined) continue;
      const ctx: ReadContext = { ruleIds, isRuleId, probe, fail: (below, problem) => fail([...at, name, ...below], problem) };
      layer[name] = key.read ? key.read(raw[name] as never, ctx) : raw[name];
    }
    return layer as Layer;
  };

  return {
    name: where.name,
    dir,
    base: toLayer(raw, []),
    overrides: (raw.overrides ?? []).map((o, i) => ({ files: o.files, layer: toLayer(o, ['overrides', i]) })),
    ignores: raw.ignores ?? [],
  };
}
