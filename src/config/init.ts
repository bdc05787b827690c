// `claimlint --init`: writes a starter claimlint.config.json. It asks for the
// market and preset only when someone is at a terminal to answer.
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Market } from '../shared/markets.js';
import { CONFIG_FILE_NAMES } from './discover.js';
import { ConfigError } from './errors.js';
import { MARKETS, parseMarket } from '../shared/markets.js';
import { didYouMean } from '../shared/did-you-mean.js';
import { PRESETS } from './presets.js';

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

/** The person at the terminal ended --init (Ctrl+D or Ctrl+C) before answering. */
export class InitCancelledError extends Error {
  override readonly name = 'InitCancelledError';
}

const TRIES = 3;

async function choose<T extends string>(
  ask: (q: string) => Promise<string>,
  question: string,
  options: readonly T[],
  parse: (answer: string) => T | undefined,
): Promise<T> {
  let hint = '';
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const answer = (await ask(`${hint}${question} (${options.join('/')}) [${options[0]}]: `)).trim();
    if (answer === '') return options[0]!;
    const hit = parse(answer);
    if (hit) return hit;
    const names = options.flatMap((o) => [o, o.replace(/^claimlint:/, '')]);
    hint = `"${answer}" is not one of ${options.join(', ')}${didYouMean(answer, names)}\n`;
  }
  // Never a silent default for an answer that was given and wrong.
  throw new ConfigError('--init', `no valid answer to "${question}" after ${TRIES} tries; nothing written`);
}

const parsePreset = (answer: string) => {
  const a = answer.toLowerCase();
  return PRESETS.find((p) => p === a || p === `claimlint:${a}`);
};

/** Writes the starter config into `dir`; returns its path. Never overwrites. */
export async function writeStarterConfig(dir: string, ask?: (q: string) => Promise<string>): Promise<string> {
  const present = new Set(await readdir(dir).catch(() => [] as string[]));
  const existing = CONFIG_FILE_NAMES.find((n) => present.has(n));
  if (existing) throw new ConfigError(existing, 'already exists; not overwriting it');
  const answers: StarterAnswers = ask
    ? { market: await choose(ask, 'Market', MARKETS, parseMarket), preset: await choose(ask, 'Preset', PRESETS, parsePreset) }
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
