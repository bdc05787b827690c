// The shipped presets. Every config starts from claimlint:recommended (the
// rules' own default severities, with rules marked `recommended: false` off);
// the others build on it.
import type { ConfigUnit, Layer } from './layer.js';

export const PRESETS = ['claimlint:recommended', 'claimlint:strict', 'claimlint:all'] as const;
export type PresetName = (typeof PRESETS)[number];

const LAYERS: Record<PresetName, () => Layer> = {
  'claimlint:recommended': () => ({}),
  // Every rule (and phrase) an error, and only firm hedges clear a claim.
  'claimlint:strict': () => ({ strict: true, rules: [{ id: '*', setting: { severity: 'error' } }] }),
  // Rules that are off by default come on at their own severity.
  'claimlint:all': () => ({ allRules: true }),
};

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

export function presetUnit(name: PresetName, dir: string): ConfigUnit {
  return { name, dir, base: LAYERS[name](), overrides: [], ignores: [] };
}
