// --fix-dry-run's report: what the fixes would change, as a unified diff that
// `git apply` and `patch -p1` accept. The diff library loads only for dry runs.
import { Chalk } from 'chalk';
import { forTerminal } from '../report/formatters/display.js';

export interface FileChange {
  /** Path relative to the working directory, with forward slashes. */
  name: string;
  before: string;
  after: string;
}

export async function unifiedDiff(changes: readonly FileChange[], color: boolean): Promise<string> {
  const { createTwoFilesPatch } = await import('diff');
  const c = new Chalk({ level: color ? 1 : 0 });
  let out = '';
  for (const ch of changes) {
    const patch = createTwoFilesPatch(`a/${ch.name}`, `b/${ch.name}`, ch.before, ch.after, undefined, undefined, { context: 3 });
    // The library starts with a rule line that git does not need. A name
    // with a space ends at a tab, as git writes it: GNU patch reads a name
    // up to its first blank otherwise, and cannot find the file.
    let body = patch.replace(/^(?:Index: .*\n)?=+\n/, '');
    if (/\s/.test(ch.name)) body = body.replace(/^(--- .*)\n(\+\+\+ .*)\n/, (_, from: string, to: string) => `${from}\t\n${to}\t\n`);
    // On a terminal, control characters from the text or the file name are
    // shown escaped; a diff piped to a file keeps them, so that it applies.
    out += color ? body.split('\n').map((line) => paint(c)(forTerminal(line))).join('\n') : body;
  }
  return out;
}

function paint(c: InstanceType<typeof Chalk>): (line: string) => string {
  return (line) => {
    if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
    if (line.startsWith('+')) return c.green(line);
    if (line.startsWith('-')) return c.red(line);
    if (line.startsWith('@@')) return c.cyan(line);
    return line;
  };
}
