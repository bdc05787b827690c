// Whether a standard stream is a terminal. Asked only when a run needs to
// know (colour for a report, questions for --init): node:tty loads the
// network and stream internals, which a clean run that prints nothing need
// not pay for, and process.stdout.isTTY would open the stream itself.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function isTerminal(fd: 0 | 1 | 2): boolean {
  return (requireHere('node:tty') as typeof import('node:tty')).isatty(fd);
}
