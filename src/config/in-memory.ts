// A config given as text rather than found on disk: what the page does with a
// pasted or opened claimlint.config.json. It is parsed, checked against the
// same schema and read by the same code as a config file (parse-text.ts,
// units.ts); only `extends` of another file cannot be followed, having no
// disk to follow it on.
import type { Market } from '../shared/markets.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { ConfigError } from './errors.js';
import type { ConfigUnit } from './layer.js';
import { mergeLayers } from './merge.js';
import type { Known } from './normalize.js';
import { configLocator, parseConfigText } from './parse-text.js';
import { presetUnit, type PresetName } from './presets.js';
import { buildSchema } from './schema.js';
import { commandLineLayer, layersFor, unitsOfValue, withMatchers } from './units.js';
import { SchemaValidator } from './validate.js';

/** Where the text's config is taken to sit: globs and document paths are relative to it. */
const ROOT = '/';

export interface TextConfigOptions {
  /** The config as messages name it, e.g. "claimlint.config.json"; `.yaml`/`.yml` is read as YAML. */
  name: string;
  /** A preset under the config, as if it were extended first (default: none beyond claimlint:recommended). */
  preset?: PresetName;
  /** Over the config's own market, as --market is. */
  market?: Market;
  /** The document's path relative to the config ("blog/post.md"), for `overrides` and `ignores`. */
  documentPath?: string;
}

export interface TextConfig {
  config: ResolvedConfig;
  /** The config's `ignores` leave the document out. */
  ignored: boolean;
  /** The market the config itself sets, if any (what --market would override). */
  configMarket?: Market;
}

/** A validator per rule pack: building the schema walks every rule. */
const validators = new WeakMap<Known, SchemaValidator>();

function validatorFor(known: Known): SchemaValidator {
  let v = validators.get(known);
  if (!v) validators.set(known, (v = new SchemaValidator(buildSchema(known.ruleIds.map((id) => ({ id, description: '' }))))));
  return v;
}

/** The resolved config for a document under config `text` (blank: no config).
 * Throws ConfigError, one line naming the config and the key, as the CLI prints it. */
export async function configFromText(known: Known, text: string, options: TextConfigOptions): Promise<TextConfig> {
  const units: ConfigUnit[] = [presetUnit('claimlint:recommended', ROOT)];
  if (options.preset && options.preset !== 'claimlint:recommended') units.push(presetUnit(options.preset, ROOT));
  let configMarket: Market | undefined;
  if (text.trim() !== '') {
    const file = ROOT + options.name;
    const value = await parseConfigText(text, options.name);
    const own = await unitsOfValue(value, { name: options.name, file, prefix: [], locate: configLocator(text, options.name) }, {
      validator: validatorFor(known),
      known,
      extendFile: () => {
        throw new ConfigError(options.name, 'extends: only the presets (claimlint:recommended, claimlint:strict, claimlint:all) can be extended here; a config file cannot be read from this page');
      },
    });
    units.push(...own);
    configMarket = own.at(-1)?.base.market;
  }
  const { layers, ignored } = layersFor(withMatchers(units), ROOT + (options.documentPath ?? 'document.md'));
  const config = mergeLayers([...layers, commandLineLayer(options.market ? { market: options.market } : {})], known.ruleIds);
  return { config, ignored, ...(configMarket ? { configMarket } : {}) };
}
