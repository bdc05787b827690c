// `claimlint rules`: lists the built-in rules with their description,
// severity in effect and the regulation behind each, as text or JSON.
import { MARKETS } from '../shared/markets.js';
import { rulePack } from '../../rules/index.js';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_CONFIG } from '../shared/resolved-config.js';
import { formatRuleList, ruleListJson } from '../report/rule-docs.js';
import type { Market } from '../shared/markets.js';

export interface RulesCommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

export function runRulesCommand(argv: string[], io: RulesCommandIO): number {
  const command = new Command('claimlint rules')
    .description('List the rules with their description, severity and source.')
    .addOption(new Option('-f, --format <name>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(new Option('--market <market>', 'show severities for this jurisdiction').choices(MARKETS))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    command.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const opts = command.opts<{ format: 'text' | 'json'; market?: Market }>();
  const config = opts.market ? { ...DEFAULT_CONFIG, market: opts.market } : DEFAULT_CONFIG;
  io.stdout(opts.format === 'json' ? ruleListJson(config, rulePack.rules) : formatRuleList(config, rulePack.rules));
  return 0;
}
