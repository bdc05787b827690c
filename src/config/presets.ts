// The shipped presets. Every config starts from claimlint:recommended (the
// rules' own default severities, with rules marked `recommended: false` off);
// the others build on it.
import { emptyLayer, type ConfigUnit, type Layer } from './layer.js';
import { PRESETS } from './schema.js';

export type PresetName = (typeof PRESETS)[number];

const LAYERS: Record<PresetName, () => Layer> = {
  'claimlint:recommended': () => emptyLayer(),
  // Every rule (and phrase) an error, and only firm hedges clear a claim.
  'claimlint:strict': () => ({ ...emptyLayer(), strict: true, rules: [{ id: '*', setting: { severity: 'error' } }] }),
  // Rules that are off by default come on at their own severity.
  'claimlint:all': () => ({ ...emptyLayer(), allRules: true }),
};

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

export function presetUnit(name: PresetName, dir: string): ConfigUnit {
  return { name, dir, base: LAYERS[name](), overrides: [], ignores: [] };
}
