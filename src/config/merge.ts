// Folds the layers that apply to one file, in order, into the ResolvedConfig
// the engine runs with: each key as the key table (keys.ts) says.
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { SETTINGS, type MergeContext } from './keys.js';
import type { Layer } from './layer.js';

export function mergeLayers(layers: readonly Layer[], builtInIds: readonly string[]): ResolvedConfig {
  const ctx: MergeContext = { builtInIds, layers };
  const config: Record<string, unknown> = {};
  for (const [name, key] of SETTINGS) {
    const values = layers.flatMap((layer) => (layer[name] === undefined ? [] : [layer[name]]));
    const value = key.merge.fold(values, ctx) ?? (key.always ? key.default : undefined);
    if (value !== undefined) config[name] = value;
  }
  const resolved = config as unknown as ResolvedConfig;
  for (const [name, key] of SETTINGS) {
    if (key.finish && config[name] !== undefined) config[name] = key.finish(config[name], resolved);
  }
  return resolved;
}
