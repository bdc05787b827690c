// From a config object to its units (what it extends, then itself), and from
// units to the layers that apply to one file. Shared by the resolver, which
// reads config files from disk (resolve.ts), and the page, which is handed a
// pasted config (in-memory.ts), so both read a config one way. No file
// system here: a config extending a file is handed the loader of that file.
import path from 'node:path';
import picomatch from 'picomatch';
import type { Market } from '../shared/markets.js';
import type { SeverityName } from '../shared/severity.js';
import { ConfigError, type Locate } from './errors.js';
import { MAX_CONFIG_DEPTH } from '../shared/limits.js';
import type { ConfigUnit, Layer } from './layer.js';
import { normalizeConfig, resolveExtends, type Known, type RawConfig } from './normalize.js';
import { isPreset, presetUnit } from './presets.js';
import { formatPath, tooDeep, type SchemaValidator } from './validate.js';

/** A glob also matches everything under the directory it names ("drafts" = "drafts/**"). */
export function globMatcher(patterns: readonly string[], baseDir: string): (file: string) => boolean {
  const expanded = patterns.flatMap((p) => {
    const trimmed = p.replace(/^\.\//, '').replace(/\/$/, '');
    return trimmed.endsWith('**') ? [trimmed] : [trimmed, `${trimmed}/**`];
  });
  const isMatch = picomatch(expanded, { dot: true });
  return (file) => {
    const rel = path.relative(baseDir, file).split(path.sep).join('/');
    return !rel.startsWith('../') && rel !== '..' && isMatch(rel);
  };
}

export interface ValueSource {
  /** The file as messages name it. */
  name: string;
  /** Absolute; `extends` paths and globs are relative to its directory. */
  file: string;
  /** Key path of the config inside the file ("claimlint" in package.json). */
  prefix: string[];
  /** Finds a key's line and column in the file's text (absent for a
   * JavaScript config, which has no text to point into). */
  locate?: Locate;
}

export interface UnitContext {
  validator: SchemaValidator;
  known: Known;
  /** The units of a config file that `extends` names (absolute path). */
  extendFile(file: string): Promise<ConfigUnit[]>;
}

/** The units of a config value: what it extends, depth first, then itself.
 * Throws ConfigError naming the file and key for anything wrong with it. */
export async function unitsOfValue(value: unknown, source: ValueSource, ctx: UnitContext): Promise<ConfigUnit[]> {
  try {
    return await unitsOfChecked(value, source, ctx);
  } catch (error) {
    // The key path becomes a line and column in this file's text; an error
    // from a file this one extends was placed in that file already.
    if (!(error instanceof ConfigError) || !error.at || error.where !== source.name || !source.locate) throw error;
    const place = await source.locate(error.at).catch(() => undefined);
    throw place ? new ConfigError(`${source.name}:${place.line}:${place.column}`, error.problem) : error;
  }
}

async function unitsOfChecked(value: unknown, source: ValueSource, ctx: UnitContext): Promise<ConfigUnit[]> {
  // Before anything that walks the value by recursion (the schema check).
  const deep = tooDeep(value, MAX_CONFIG_DEPTH, source.prefix);
  if (deep) throw new ConfigError(source.name, `${formatPath(deep)}: nested deeper than ${MAX_CONFIG_DEPTH} levels`, deep);
  const problem = ctx.validator.check(value, undefined, source.prefix);
  if (problem) throw new ConfigError(source.name, problem.path ? `${problem.path}: ${problem.message}` : problem.message, problem.at);
  const raw = value as RawConfig;
  const inherited: ConfigUnit[] = [];
  for (const e of resolveExtends(raw, source)) {
    if (isPreset(e)) inherited.push(presetUnit(e, path.dirname(source.file)));
    else inherited.push(...(await ctx.extendFile(e)));
  }
  // Phrase ids defined by what this file extends may be configured here.
  const inheritedIds = new Set(
    inherited.flatMap((u) => [u.base, ...u.overrides.map((o) => o.layer)]).flatMap((l) => l.phrases ?? []).map((p) => p.id),
  );
  return [...inherited, normalizeConfig(raw, source, ctx.known, inheritedIds)];
}

/** Units with their globs compiled. */
export interface MatchedUnits {
  units: ConfigUnit[];
  ignoreMatchers: Array<(file: string) => boolean>;
  overrideMatchers: Array<Array<(file: string) => boolean>>;
}

export function withMatchers(units: ConfigUnit[]): MatchedUnits {
  return {
    units,
    ignoreMatchers: units.filter((u) => u.ignores.length > 0).map((u) => globMatcher(u.ignores, u.dir)),
    overrideMatchers: units.map((u) => u.overrides.map((o) => globMatcher(o.files, u.dir))),
  };
}

/** The layers that apply to a file (absolute), in order, and which overrides
 * those are (`unit.override`), which names the combination for caching. */
export function layersFor(matched: MatchedUnits, file: string): { layers: Layer[]; applied: string[]; ignored: boolean } {
  const layers: Layer[] = [];
  const applied: string[] = [];
  matched.units.forEach((unit, u) => {
    layers.push(unit.base);
    unit.overrides.forEach((o, i) => {
      if (matched.overrideMatchers[u]![i]!(file)) {
        layers.push(o.layer);
        applied.push(`${u}.${i}`);
      }
    });
  });
  return { layers, applied, ignored: matched.ignoreMatchers.some((m) => m(file)) };
}

/** What the command line (or the page's own controls) says over every config. */
export interface CommandLineSettings {
  market?: Market;
  reportUnusedDirectives?: SeverityName;
}

/** The last layer: the command line's settings. */
export function commandLineLayer(settings: CommandLineSettings): Layer {
  const layer: Layer = {};
  if (settings.market) layer.market = settings.market;
  if (settings.reportUnusedDirectives) layer.reportUnusedDirectives = settings.reportUnusedDirectives;
  return layer;
}
