// `claimlint rules`: lists the built-in rules with their description,
// severity in effect and the regulation behind each, as text or JSON.
import { MARKETS, parseMarket } from '../shared/markets.js';
import { rulePack } from '../../rules/index.js';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_CONFIG } from '../shared/resolved-config.js';
import { formatRuleList, ruleListJson } from '../report/rule-docs.js';
import { unknownValue } from '../shared/did-you-mean.js';
import type { Market } from '../shared/markets.js';

export interface RulesCommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

class RulesUsageError extends Error {}

const FORMATS = ['text', 'json'] as const;

function formatArgument(value: string): (typeof FORMATS)[number] {
  const f = FORMATS.find((x) => x === value.trim().toLowerCase());
  if (!f) throw new RulesUsageError(`--format: ${unknownValue('format', value, FORMATS)}`);
  return f;
}

function marketArgument(value: string): Market {
  const m = parseMarket(value);
  if (!m) throw new RulesUsageError(`--market: ${unknownValue('market', value.trim(), MARKETS)}`);
  return m;
}

export function runRulesCommand(argv: string[], io: RulesCommandIO): number {
  const command = new Command('claimlint rules')
    .description('List the rules with their description, severity and source.')
    .addOption(new Option('-f, --format <name>', `${FORMATS.join(' or ')}`).argParser(formatArgument).default('text'))
    .addOption(new Option('--market <market>', `show severities for this jurisdiction: ${MARKETS.join(', ')}`).argParser(marketArgument))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof RulesUsageError) {
      io.stderr(`claimlint rules: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const opts = command.opts<{ format: 'text' | 'json'; market?: Market }>();
  const config = opts.market ? { ...DEFAULT_CONFIG, market: opts.market } : DEFAULT_CONFIG;
  io.stdout(opts.format === 'json' ? ruleListJson(config, rulePack.rules) : formatRuleList(config, rulePack.rules));
  return 0;
}
