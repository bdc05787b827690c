// Temporary files being written: a fixed file's new bytes (write-atomic.ts)
// and a report going to an `-o` file (write-output.ts). Ctrl-C or a kill
// while one exists removes it before the process ends as the signal means,
// and an exit that never finished it removes it too; only SIGKILL can leave
// one behind.
import { unlinkSync } from 'node:fs';

const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function listen(on: boolean): void {
  for (const s of SIGNALS) {
    if (on) process.on(s, removePendingAndDie);
    else process.removeListener(s, removePendingAndDie);
  }
  if (on) process.on('exit', removeAll);
  else process.removeListener('exit', removeAll);
}

function removePendingAndDie(signal: NodeJS.Signals): void {
  removeAll();
  listen(false);
  process.kill(process.pid, signal);
}

/** Removes `temp` if the process is interrupted or exits before untrack(temp). */
export function track(temp: string): void {
  if (pending.size === 0) listen(true);
  pending.add(temp);
}

/** `temp` was renamed into place or removed: it is no longer the tracker's to remove. */
export function untrack(temp: string): void {
  if (!pending.delete(temp)) return;
  if (pending.size === 0) listen(false);
}
