// Paths, directories and globs in; the Markdown files to lint out, sorted,
// each once. Ignore files are honoured; node_modules is never entered.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { IGNORE_FILE, IgnoreFiles } from './ignore-file.js';

// Globbing is loaded only for directories and globs: a pre-commit hook
// naming its files never pays for it.
const loadGlobby = () => import('globby');
// Characters without which fast-glob never sees a pattern.
const MAY_BE_GLOB = /[*?[\]{}()!@+]/;

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx'];

export interface FileProblem {
  filePath: string;
  message: string;
}

export interface DiscoveredFiles {
  files: string[];
  problems: FileProblem[];
}

export interface DiscoverOptions {
  cwd?: string;
  /** Extra globs to leave out (config `ignores`, `--ignore-pattern`). */
  ignore?: readonly string[];
  /** Honour .gitignore and .claimlintignore (default true). */
  ignoreFiles?: boolean;
}

const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export async function discoverFiles(args: readonly string[], options: DiscoverOptions = {}): Promise<DiscoveredFiles> {
  const cwd = options.cwd ?? process.cwd();
  const inputs = args.length > 0 ? args : ['.'];
  const globs: string[] = [];
  const explicit: string[] = [];
  const problems: FileProblem[] = [];
  const extGlob = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
  for (const input of inputs) {
    const posix = toPosix(input);
    if (MAY_BE_GLOB.test(posix) && (await loadGlobby()).isDynamicPattern(posix)) {
      globs.push(posix);
      continue;
    }
    try {
      const s = await stat(path.resolve(cwd, input));
      if (s.isDirectory()) {
        const rel = toPosix(path.relative(cwd, path.resolve(cwd, input)));
        globs.push(rel === '' ? extGlob : `${rel.replace(/\/$/, '')}/${extGlob}`);
      } else {
        explicit.push(path.resolve(cwd, input));
      }
    } catch (error) {
      problems.push({ filePath: input, message: describeFsError(error) });
    }
  }
  const found =
    globs.length === 0
      ? []
      : await (await loadGlobby()).globby(globs, {
          cwd,
          absolute: true,
          gitignore: options.ignoreFiles !== false,
          ignoreFiles: options.ignoreFiles === false ? [] : [`**/${IGNORE_FILE}`],
          ignore: [...ALWAYS_IGNORED, ...(options.ignore ?? [])],
          dot: false,
          followSymbolicLinks: true,
          suppressErrors: true,
          onlyFiles: true,
        });
  const named = options.ignoreFiles === false ? explicit : await withoutIgnored(explicit);
  const files = [...new Set([...named, ...found.map((f) => path.normalize(f))])].sort();
  return { files, problems };
}

async function withoutIgnored(files: string[]): Promise<string[]> {
  if (files.length === 0) return files;
  const ignoreFiles = new IgnoreFiles();
  const ignored = await Promise.all(files.map((f) => ignoreFiles.ignores(f)));
  return files.filter((_, i) => !ignored[i]);
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many symbolic links (a symlink loop?)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'file name too long';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
