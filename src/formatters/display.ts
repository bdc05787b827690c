// Shared wording for reports. Files are named relative to the working
// directory with forward slashes, because CI services (GitHub annotations,
// code scanning) resolve them against the checkout root and editors against
// the terminal's directory.
import path from 'node:path';

export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath.split(path.sep).join('/');
  const rel = path.relative(cwd, filePath);
  return (rel === '' ? filePath : rel).split(path.sep).join('/');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings of a kind a report counts: rule findings and file problems. */
export function countProblems(results: readonly { errorCount: number; warningCount: number; messages: readonly unknown[] }[]): {
  errors: number;
  warnings: number;
  filesWithProblems: number;
} {
  let errors = 0;
  let warnings = 0;
  let filesWithProblems = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    if (r.messages.length > 0) filesWithProblems++;
  }
  return { errors, warnings, filesWithProblems };
}
