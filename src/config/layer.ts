// One config file (or preset) after validation: the settings it makes for
// every file, the ones it makes for some files, and what it ignores.
import type { ResolvedConfig, RuleSetting, RunSettings } from '../shared/resolved-config.js';

/** A key of the resolved configuration: what a layer may set. */
export type SettingName = Exclude<keyof ResolvedConfig, keyof RunSettings>;

export interface RuleEntry {
  /** A rule or phrase id, or "*" for all of them. */
  id: string;
  setting: RuleSetting;
}

/** How a layer holds a setting: as the resolved configuration does, except
 * `rules`, kept as entries in the order they apply so that "*" can reset. */
export type LayerValue<K extends SettingName> = K extends 'rules' ? RuleEntry[] : NonNullable<ResolvedConfig[K]>;

/** Settings as one config object (or preset, or the command line) makes
 * them; a missing key means "not said". src/config/keys.ts says how each is
 * read from a file and how the layers that apply to a file combine. */
export type Layer = { [K in SettingName]?: LayerValue<K> };

export interface Override {
  files: string[];
  layer: Layer;
}

export interface ConfigUnit {
  /** The file as messages name it, or the preset's name. */
  name: string;
  /** Globs in `ignores` and `overrides[].files` are relative to this directory. */
  dir: string;
  base: Layer;
  overrides: Override[];
  ignores: string[];
}
