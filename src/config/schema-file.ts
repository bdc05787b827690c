// The shipped schema file's text, for the build script and the test that
// checks the committed file is current.
import type { RuleDefinition } from '../judge/rule.js';
import { buildSchema } from './schema.js';

export function schemaText(pack: { rules: readonly RuleDefinition[] }): string {
  const rules = pack.rules.map((r) => ({ id: r.meta.id, description: r.meta.description }));
  return `${JSON.stringify(buildSchema(rules), null, 2)}\n`;
}
