// The error a suppressions file or claims register that is not right gives,
// kept apart from the reading code so the library's declarations name no parser.

/** A problem with a data file: `file:line: message`, one line. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
  }
}
