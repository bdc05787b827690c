// Reads one config file into a plain value. JSON and YAML are parsed as data
// (parse-text.ts) and never run code; only .js/.mjs files are imported. Any
// failure is a one-line ConfigError.
import { stripBom } from '../shared/bom.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeFsError } from '../files/discover.js';
import { readSettingsFile } from '../files/read.js';
import { importModule } from '../shared/import-module.js';
import { ConfigError } from './errors.js';
import { isCodeConfig } from './file-kinds.js';

export { isCodeConfig };
import { jsonLocator, parseJsonConfig, parseYamlConfig, yamlLocator } from './parse-text.js';
import type { Locate } from './errors.js';

export interface ConfigText {
  /** The config object; for package.json, the value of its "claimlint" key. */
  value: unknown;
  /** Key path prefix for messages ("claimlint" inside package.json). */
  prefix: string[];
  /** Finds a key path's line and column in the file (not for JavaScript configs). */
  locate?: Locate;
}

async function readText(file: string, name: string): Promise<string> {
  try {
    return stripBom(readSettingsFile(file));
  } catch (error) {
    throw new ConfigError(name, `cannot read: ${describeFsError(error)}`);
  }
}

/** The config's value as plain data, read once here: a getter or a Proxy
 * that throws must fail as this file's load, not later, while the run is
 * validating or merging it. Functions stay (validation names them). */
function plainData(value: unknown, path: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.has(value)) throw new Error('the value refers to itself');
  path.add(value);
  let out: unknown;
  if (Array.isArray(value)) out = Array.from(value, (v) => plainData(v, path));
  else {
    const entries = Object.keys(value).map((k) => [k, plainData((value as Record<string, unknown>)[k], path)]);
    // Settings handed over through a prototype stay visible to validation,
    // which refuses them, as an own "__proto__" key.
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) entries.push(['__proto__', plainData(proto, path)]);
    out = Object.fromEntries(entries);
  }
  path.delete(value);
  return out;
}

async function importConfig(file: string, name: string): Promise<unknown> {
  try {
    const mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
    return plainData(await mod.default);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(name, `cannot load: ${message.split('\n')[0]}`);
  }
}

/** Reads a config file of any supported kind. `name` is how messages call
 * it. A JavaScript config is imported (run) only when `allowCode` is true. */
export async function readConfigFile(file: string, name: string, allowCode = true): Promise<ConfigText> {
  const base = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (isCodeConfig(file)) {
    if (!allowCode) throw new ConfigError(name, 'not loaded: --no-code-config refuses JavaScript configs (use claimlint.config.json or .yaml)');
    return { value: await importConfig(file, name), prefix: [] };
  }
  const text = await readText(file, name);
  if (base === 'package.json') {
    const pkg = await parseJsonConfig(text, name);
    return { value: (pkg as Record<string, unknown>)['claimlint'], prefix: ['claimlint'], locate: jsonLocator(text) };
  }
  if (ext === '.yaml' || ext === '.yml') return { value: await parseYamlConfig(text, name), prefix: [], locate: yamlLocator(text) };
  return { value: await parseJsonConfig(text, name), prefix: [], locate: jsonLocator(text) };
}
