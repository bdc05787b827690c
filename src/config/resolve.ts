// From a file path to the ResolvedConfig that lints it: finds the governing
// config file, loads it and what it extends, applies the overrides whose
// globs match, and says whether the file is ignored. Everything is cached so
// that files sharing a directory and a set of overrides share one config
// object, which the engine's compiled-rules cache is keyed on.
import path from 'node:path';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import type { SeverityName } from '../shared/severity.js';
import type { Market } from '../shared/markets.js';
import { ConfigFinder } from './discover.js';
import { ConfigError, displayPath } from './errors.js';
import type { ConfigUnit, Layer } from './layer.js';
import { mergeLayers } from './merge.js';
import type { Known } from './normalize.js';
import { presetUnit } from './presets.js';
import { readConfigFile } from './read-config.js';
import { buildSchema } from './schema.js';
import { commandLineLayer, globMatcher, layersFor, unitsOfValue, withMatchers, type MatchedUnits } from './units.js';
import { SchemaValidator } from './validate.js';

export { globMatcher } from './units.js';

export interface ConfigOptions {
  /** Base for relative paths and for messages (default: process.cwd()). */
  cwd?: string;
  /** Use this config file for every file (`--config`). */
  configFile?: string;
  /** Use no config file at all, only the defaults (`--no-config`). */
  noConfig?: boolean;
  /** Overrides the config's market (`--market`). */
  market?: Market;
  /** Globs relative to `cwd` of files never to lint (`--ignore-pattern`). */
  ignorePatterns?: readonly string[];
  /** Overrides the config's `reportUnusedDirectives`. */
  reportUnusedDirectives?: SeverityName;
  /** Whether a JavaScript config may be loaded (run) at all; false for
   * untrusted checkouts (`--no-code-config`). Default true. */
  allowCode?: boolean;
}

export interface FileConfig {
  config: ResolvedConfig;
  /** The config file that applies (absolute), or undefined for the defaults. */
  configFile?: string;
  /** True when `ignores` or an ignore pattern leaves the file out. */
  ignored: boolean;
}

interface LoadedConfig extends MatchedUnits {
  file?: string;
}

export class ConfigResolver {
  readonly cwd: string;
  private readonly finder: ConfigFinder;
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly cliIgnored: (file: string) => boolean;
  private readonly validator: SchemaValidator;

  constructor(
    private readonly known: Known,
    private readonly options: ConfigOptions = {},
  ) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.finder = new ConfigFinder(this.cwd);
    this.validator = new SchemaValidator(buildSchema(known.ruleIds.map((id) => ({ id, description: '' }))));
    const patterns = options.ignorePatterns ?? [];
    this.cliIgnored = patterns.length > 0 ? globMatcher(patterns, this.cwd) : () => false;
  }

  /** The config for one file to be linted. */
  async forFile(file: string): Promise<FileConfig> {
    const abs = path.resolve(this.cwd, file);
    const loaded = await this.configFor(path.dirname(abs));
    const { layers, applied, ignored } = layersFor(loaded, abs);
    const key = [loaded.file ?? '<defaults>', ...applied].join('|');
    return { config: this.merged(key, layers), ignored: ignored || this.cliIgnored(abs), ...(loaded.file ? { configFile: loaded.file } : {}) };
  }

  /** The config that applies to a directory, without any file's overrides. */
  async forDirectory(dir: string): Promise<FileConfig> {
    const loaded = await this.configFor(path.resolve(this.cwd, dir));
    const config = this.merged(loaded.file ?? '<defaults>', loaded.units.map((u) => u.base));
    return { config, ignored: false, ...(loaded.file ? { configFile: loaded.file } : {}) };
  }

  private merged(key: string, layers: Layer[]): ResolvedConfig {
    let hit = this.resolved.get(key);
    if (!hit) {
      hit = mergeLayers([...layers, commandLineLayer(this.options)], this.known.ruleIds);
      this.resolved.set(key, hit);
    }
    return hit;
  }

  private async configFor(dir: string): Promise<LoadedConfig> {
    if (this.options.noConfig) return this.load(undefined);
    if (this.options.configFile) return this.load(path.resolve(this.cwd, this.options.configFile));
    return this.load(await this.finder.find(dir));
  }

  private load(file: string | undefined): Promise<LoadedConfig> {
    const key = file ?? '';
    let hit = this.loaded.get(key);
    if (!hit) {
      hit = this.loadUnits(file).then((units) => ({ ...(file ? { file } : {}), ...withMatchers(units) }));
      this.loaded.set(key, hit);
    }
    return hit;
  }

  private async loadUnits(file: string | undefined): Promise<ConfigUnit[]> {
    const recommended = presetUnit('claimlint:recommended', this.cwd);
    if (!file) return [recommended];
    return [recommended, ...(await this.loadFile(file, []))];
  }

  /** The units of a config file: what it extends, depth first, then itself. */
  private async loadFile(file: string, chain: readonly string[]): Promise<ConfigUnit[]> {
    const name = displayPath(file, this.cwd);
    if (chain.includes(file)) {
      throw new ConfigError(name, `extends itself through ${chain.map((f) => displayPath(f, this.cwd)).join(' -> ')}`);
    }
    const { value, prefix, locate } = await readConfigFile(file, name, this.options.allowCode !== false);
    return unitsOfValue(value, { name, file, prefix, ...(locate ? { locate } : {}) }, {
      validator: this.validator,
      known: this.known,
      extendFile: (extended) => this.loadFile(extended, [...chain, file]),
    });
  }
}
