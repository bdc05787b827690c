// What --print-config shows: the config that lints one file, each key as the
// key table (keys.ts) says, after presets, market and overrides.
import type { RuleDefinition } from '../judge/rule.js';
import { displayPath } from './errors.js';
import { SETTINGS } from './keys.js';
import type { FileConfig } from './resolve.js';

export function describeFileConfig(file: string, fc: FileConfig, cwd: string, ruleDefs: readonly RuleDefinition[]): Record<string, unknown> {
  const { config } = fc;
  const out: Record<string, unknown> = {
    file: displayPath(file, cwd),
    configFile: fc.configFile ? displayPath(fc.configFile, cwd) : null,
    ignored: fc.ignored,
  };
  for (const [name, key] of SETTINGS) {
    if (key.print === 'hidden') continue;
    const value = config[name] ?? key.default;
    if (value === undefined) continue;
    out[name] = key.print ? key.print(value, { config, ruleDefs }) : value;
  }
  return out;
}
