// Which configuration lints each file of a run, resolved before any file is
// linted so that a broken config is reported before the work starts.
import path from 'node:path';
import type { FileProblem } from '../files/discover.js';
import { IgnoreFiles } from '../files/ignore-file.js';
import type { ResolvedConfig } from '../shared/resolved-config.js';
import { ConfigError } from './errors.js';
import type { ConfigResolver, FileConfig } from './resolve.js';

/** The config of each file, resolved before any is linted so that a broken
 * config stops the run at once; ignored files are left out. */
export async function configsForFiles(resolver: ConfigResolver, files: readonly string[]): Promise<Array<{ file: string; config: ResolvedConfig }>> {
  const resolved = await Promise.all(files.map(async (file) => ({ file, fc: await resolver.forFile(file) })));
  return resolved.filter((r) => !r.fc.ignored).map((r) => ({ file: r.file, config: r.fc.config }));
}

export interface ConfiguredFiles {
  targets: Array<{ file: string; config: ResolvedConfig }>;
  /** Each broken config file once, when other files could still be configured. */
  problems: FileProblem[];
}

/** Like configsForFiles, but a broken config below the working directory
 * costs only the files it governs: they are skipped, the config is reported
 * once, the rest are linted. When no file can be configured at all, the
 * config's error is the run's error, as before. */
export async function configureFiles(resolver: ConfigResolver, files: readonly string[]): Promise<ConfiguredFiles> {
  type Resolution = { file: string; fc: Awaited<ReturnType<ConfigResolver['forFile']>> } | { file: string; error: ConfigError };
  const resolved = await Promise.all(
    files.map(async (file): Promise<Resolution> => {
      try {
        return { file, fc: await resolver.forFile(file) };
      } catch (error) {
        if (error instanceof ConfigError) return { file, error };
        throw error;
      }
    }),
  );
  const failed = resolved.flatMap((r) => ('error' in r ? [r.error] : []));
  if (failed.length > 0 && failed.length === resolved.length) throw failed[0]!;
  const problems = new Map<string, FileProblem>();
  for (const e of failed) {
    const [, file, line, column] = /^(.*?)(?::(\d+):(\d+))?$/.exec(e.where)!;
    problems.set(e.message, { filePath: file!, message: e.problem, ...(line ? { line: Number(line), column: Number(column) } : {}) });
  }
  const targets = resolved.flatMap((r) => ('fc' in r && !r.fc.ignored ? [{ file: r.file, config: r.fc.config }] : []));
  return { targets, problems: [...problems.values()] };
}

/**
 * One file named by its path (a hook's argument, --stdin-filename, a document
 * open in an editor, text given to the library): its config, and whether it is
 * left out, by the config's `ignores`, an ignore pattern or a .claimlintignore,
 * exactly as for a file named on the command line.
 */
export async function configureNamedFile(resolver: ConfigResolver, file: string, ignoreFiles: IgnoreFiles = new IgnoreFiles(resolver.cwd)): Promise<FileConfig> {
  const [fc, byIgnoreFile] = await Promise.all([resolver.forFile(file), ignoreFiles.ignores(path.resolve(resolver.cwd, file))]);
  return byIgnoreFile && !fc.ignored ? { ...fc, ignored: true } : fc;
}
