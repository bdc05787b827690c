// `claimlint --init`: writes a starter claimlint.config.json. It asks for the
// market and preset only when someone is at a terminal to answer.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Market } from '../shared/markets.js';
import { CONFIG_FILE_NAMES } from './discover.js';
import { ConfigError } from './errors.js';
import { MARKETS } from '../shared/markets.js';
import { PRESETS } from './schema.js';

export const SCHEMA_PATH = './node_modules/claimlint/schema/claimlint.schema.json';

export interface StarterAnswers {
  market: Market;
  preset: (typeof PRESETS)[number];
}

export function starterConfig(answers: StarterAnswers): string {
  const config = {
    $schema: SCHEMA_PATH,
    extends: [answers.preset],
    market: answers.market,
    rules: {},
    phrases: [],
    approved: [],
    overrides: [],
    ignores: [],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

async function choose<T extends string>(ask: (q: string) => Promise<string>, question: string, options: readonly T[]): Promise<T> {
  // Three tries, then the default: a stuck terminal must not loop for ever.
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = (await ask(`${question} (${options.join('/')}) [${options[0]}]: `)).trim().toLowerCase();
    if (answer === '') break;
    const hit = options.find((o) => o === answer || o === `claimlint:${answer}`);
    if (hit) return hit;
  }
  return options[0]!;
}

/** Writes the starter config into `dir`; returns its path. Never overwrites. */
export async function writeStarterConfig(dir: string, ask?: (q: string) => Promise<string>): Promise<string> {
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  const existing = CONFIG_FILE_NAMES.find((n) => present.has(n));
  if (existing) throw new ConfigError(existing, 'already exists; not overwriting it');
  const answers: StarterAnswers = ask
    ? { market: await choose(ask, 'Market', MARKETS), preset: await choose(ask, 'Preset', PRESETS) }
    : { market: 'us', preset: 'claimlint:recommended' };
  const file = path.join(dir, CONFIG_FILE_NAMES[0]);
  try {
    await writeFile(file, starterConfig(answers), { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(CONFIG_FILE_NAMES[0], code === 'EEXIST' ? 'already exists; not overwriting it' : `cannot write: ${(error as Error).message}`);
  }
  return file;
}
