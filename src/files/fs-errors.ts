// A file system error in a few words, for one-line messages: the same words
// whichever module met it (a walk, an ignore file, a read).

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
    case 'ENOTDIR':
    case 'EEXIST':
      // From a mkdir or open whose path runs through a file.
      return 'part of the path is a file, not a folder';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
