// Paths, directories and globs in; the Markdown files to lint out, sorted,
// each once. Ignore files are honoured; node_modules is never entered.
//
// Each folder or glob is walked from the folder it names ("content/blog" for
// "content/blog/**/*.md"), not from the working directory: globby looks for
// ignore files everywhere under the folder it walks, so a run from a home or
// temp folder would otherwise read every folder in it first (seconds, before a
// single file is linted). globby's reading of ignore files then only prunes the
// walk: what it finds is held to the ignore files from each file's folder up to
// the repository root, as a file named on the command line is, so the folders
// above the walked one count as well. Extra ignore globs (the library's
// `ignore`) are relative to the working directory, so a run given them walks
// from there, as before.
import * as fs from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { IGNORE_FILE, IgnoreFiles } from './ignore-file.js';
import { describeFsError } from './fs-errors.js';
import { dedupeRealPaths } from './real-paths.js';
import { readSettingsFile } from './read.js';

// Callers name a file system error through the walk, as they did before it had its own module.
export { describeFsError };

// Globbing is loaded only for directories and globs: a pre-commit hook
// naming its files never pays for it.
const loadGlobby = () => import('globby');
// Characters without which fast-glob never sees a pattern.
const MAY_BE_GLOB = /[*?[\]{}()!@+]/;

export const MARKDOWN_EXTENSIONS = ['md', 'markdown', 'mdx'];

export interface FileProblem {
  filePath: string;
  message: string;
  /** Where in the file, when the problem has a place (a config's syntax error). */
  line?: number;
  column?: number;
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
// The folders ALWAYS_IGNORED names, for paths found from another folder.
const NEVER_ENTERED = new Set(['node_modules', '.git']);
const IGNORE_FILE_NAMES = ['.gitignore', IGNORE_FILE];

// The walk's file system, but ignore files (.gitignore, .claimlintignore)
// are read as the linter reads its own settings: regular files of bounded
// size only, so a committed link to a device or a FIFO is skipped, not read.
const walkFs = {
  ...fs,
  promises: { ...fs.promises, readFile: async (file: fs.PathLike) => readSettingsFile(String(file)) },
};

type ReaddirCallback = (error: NodeJS.ErrnoException | null, entries: unknown) => void;

/** fs.readdir that notes each folder it may not open in `denied`. */
function noteDenied(denied: Set<string>) {
  return (dir: fs.PathLike, optionsOrCallback: unknown, maybeCallback?: ReaddirCallback): void => {
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as ReaddirCallback;
    const options = typeof optionsOrCallback === 'function' ? {} : optionsOrCallback;
    fs.readdir(dir, options as { withFileTypes: true }, (error, entries) => {
      if (error && (error.code === 'EACCES' || error.code === 'EPERM')) denied.add(path.resolve(String(dir)));
      callback(error, entries);
    });
  };
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** A folder's name as a glob that matches only itself. Windows names cannot
 * hold the characters that matter, and there a backslash is a separator. */
function escapeGlob(p: string): string {
  return path.sep === '/' ? p.replace(/[*?[\]{}()!@+\\]/g, '\\$&') : p;
}

export interface GlobWalk {
  /** The folder to walk, as written (relative to the working directory unless absolute). */
  dir: string;
  /** The rest of the pattern, relative to `dir`. */
  pattern: string;
}

/** Where a glob's walk starts: its leading segments with no character that
 * may be glob syntax (a brace or bracket can open in one segment and close in
 * a later one: "{docs,blog/posts}/*.md") and no escape (whose folder name would
 * need unescaping), and the rest of it. */
export function globWalk(pattern: string): GlobWalk {
  const segments = pattern.split('/');
  let fixed = 0;
  while (fixed < segments.length - 1 && !segments[fixed]!.includes('\\') && !MAY_BE_GLOB.test(segments[fixed]!)) fixed++;
  const dir = segments.slice(0, fixed).join('/');
  return { dir: dir === '' && fixed > 0 ? '/' : dir, pattern: segments.slice(fixed).join('/') };
}

export async function discoverFiles(args: readonly string[], options: DiscoverOptions = {}): Promise<DiscoveredFiles> {
  const cwd = options.cwd ?? process.cwd();
  const inputs = args.length > 0 ? args : ['.'];
  const globs: Array<{ input: string } & GlobWalk> = [];
  const explicit: string[] = [];
  const problems: FileProblem[] = [];
  const extGlob = `**/*.{${MARKDOWN_EXTENSIONS.join(',')}}`;
  const fromCwd = (options.ignore?.length ?? 0) > 0;
  for (const input of inputs) {
    const posix = toPosix(input);
    // A name that exists is that file or folder, glob characters or not
    // (as ESLint 9): a file called "{c,d}.md" is linted, not expanded.
    const s = await stat(path.resolve(cwd, input)).catch((error: unknown) => error as Error);
    if (s instanceof Error && MAY_BE_GLOB.test(posix)) {
      const { isDynamicPattern } = await loadGlobby();
      if (isDynamicPattern(posix)) {
        globs.push({ input, ...(fromCwd ? { dir: '', pattern: posix } : globWalk(posix)) });
        continue;
      }
    }
    if (s instanceof Error) {
      problems.push({ filePath: input, message: describeFsError(s) });
    } else if (s.isDirectory()) {
      const rel = toPosix(path.relative(cwd, path.resolve(cwd, input)));
      globs.push(fromCwd ? { input, dir: '', pattern: rel === '' ? extGlob : `${escapeGlob(rel).replace(/\/$/, '')}/${extGlob}` } : { input, dir: input, pattern: extGlob });
    } else {
      explicit.push(path.resolve(cwd, input));
    }
  }
  const found: string[] = [];
  // Folders the walk could not open: it goes on without them (suppressErrors),
  // and each is reported, not skipped in silence.
  const denied = new Set<string>();
  const fsForWalk = { ...walkFs, readdir: noteDenied(denied) };
  const honourIgnoreFiles = options.ignoreFiles !== false;
  const ignoreFiles = new IgnoreFiles(cwd, IGNORE_FILE_NAMES, true);
  // One walk per input, so an input that matches nothing can be named.
  for (const glob of globs) {
    const root = path.resolve(cwd, glob.dir);
    const isDir = await stat(root).then((s) => s.isDirectory(), () => false);
    const matches = !isDir ? [] : await (await loadGlobby()).globby(glob.pattern, {
      cwd: root,
      gitignore: honourIgnoreFiles,
      ignoreFiles: honourIgnoreFiles ? [`**/${IGNORE_FILE}`] : [],
      ignore: [...ALWAYS_IGNORED, ...(options.ignore ?? [])],
      dot: false,
      // As ESLint 9: a link to a folder is not followed (it could lead out
      // of the repository, or loop); a link to a file is linted.
      followSymbolicLinks: false,
      suppressErrors: true,
      fs: fsForWalk as unknown as typeof fs,
      // Not onlyFiles: that silently drops links that dangle, which should
      // be reported as unreadable instead.
      onlyFiles: false,
      objectMode: true,
      // Relative: fast-glob's absolute paths turn a backslash in a name
      // into a separator ("back\\slash.md" read as "back/slash.md").
      absolute: false,
    });
    const resolved = matches.map((m) => ({ dirent: m.dirent, file: path.resolve(root, m.path) }));
    const kept = async (m: (typeof resolved)[number]): Promise<boolean> =>
      !(await isFolder(m.dirent, m.file)) && !neverEntered(cwd, m.file) && !(honourIgnoreFiles && (await ignoreFiles.ignores(m.file)));
    const files = (await Promise.all(resolved.map(async (m) => ((await kept(m)) ? [m.file] : [])))).flat();
    // Files left out for an ignore file that could not be read are reported with it, below.
    const within = (d: string) => d === root || d.startsWith(root + path.sep) || root.startsWith(d + path.sep);
    const leftOut = [...denied].some(within) || ignoreFiles.problems.some((p) => within(path.dirname(p.file)));
    if (files.length === 0 && !leftOut) problems.push({ filePath: glob.input, message: 'no Markdown files found' });
    for (const f of files) found.push(path.normalize(f));
  }
  const namedIgnores = new IgnoreFiles(cwd, undefined, true);
  const named = options.ignoreFiles === false ? explicit : await withoutIgnored(explicit, namedIgnores);
  const unreadable = new Map([...ignoreFiles.problems, ...namedIgnores.problems].map((p) => [p.file, p.message]));
  for (const [file, message] of unreadable) problems.push({ filePath: path.relative(cwd, file) || file, message });
  for (const dir of denied) problems.push({ filePath: path.relative(cwd, dir) || dir, message: 'permission denied: the files in this folder were not linted' });
  const unique = await dedupeRealPaths([...new Set([...named, ...found])].sort());
  for (const loop of unique.loops) {
    problems.push({ filePath: path.relative(cwd, loop) || loop, message: 'symbolic link loop (links to a folder that contains it); its files were linted once' });
  }
  return { files: unique.files, problems };
}

/** A file under node_modules or .git, seen from the working directory: a walk
 * from a folder named inside one ("../node_modules/pkg") finds nothing. */
function neverEntered(cwd: string, file: string): boolean {
  return path.relative(cwd, file).split(path.sep).some((segment) => NEVER_ENTERED.has(segment));
}

async function withoutIgnored(files: string[], ignoreFiles: IgnoreFiles): Promise<string[]> {
  if (files.length === 0) return files;
  const ignored = await Promise.all(files.map((f) => ignoreFiles.ignores(f)));
  return files.filter((_, i) => !ignored[i]);
}

/** A folder, or a link to one: the walk does not enter either. */
async function isFolder(dirent: { isDirectory(): boolean; isSymbolicLink(): boolean }, file: string): Promise<boolean> {
  if (dirent.isDirectory()) return true;
  if (!dirent.isSymbolicLink()) return false;
  return stat(file).then((s) => s.isDirectory(), () => false);
}
