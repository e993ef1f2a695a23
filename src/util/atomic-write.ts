import { closeSync, existsSync, fchmodSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * A file that could not be written: the old file (if any) is intact and nothing half-written is left behind.
 * A usage-class error (exit 2, one line): the run did not do what it was asked to.
 */
export class WriteError extends UsageError {
  constructor(readonly path: string, readonly code: string | undefined, what = 'cannot write') {
    super(`${what} ${path} (${describeCode(code)}); nothing was changed`);
  }
}

export interface AtomicWriteOptions {
  /** Permission bits of the new file, set before any byte is written (whatever the umask); default 0o644 less umask. */
  mode?: number;
  /** Refuse (EEXIST) instead of replacing a file that is already at `path`; the check and the rename are one step. */
  exclusive?: boolean;
}

let counter = 0;

/**
 * Writes `data` (text, bytes, or pieces of bytes written one after the other) to `path` so that a reader, a crash or a full disk never sees half a file: the bytes go to a
 * temporary file in the same folder, which is flushed to disk (fsync) and then renamed over `path` (one atomic
 * step on POSIX file systems); the folder is flushed too, where the platform allows it. On any error the
 * temporary file is removed, the old file stays as it was, and a WriteError says which file and why.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): void {
  const dir = dirname(path);
  // A name no other writer uses (the process id and a counter); 'wx' refuses it if it exists all the same.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  let fd: number | undefined;
  let created = false;
  try {
    fd = openSync(temp, 'wx', options.mode ?? 0o666);
    created = true;
    if (options.mode !== undefined) fchmodSync(fd, options.mode);
    for (const bytes of typeof data === 'string' ? [Buffer.from(data, 'utf8')] : data instanceof Uint8Array ? [data] : data) {
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.exclusive) {
      // link() fails when the name exists, so an existing file is never replaced, even by a concurrent writer.
      linkOrRename(temp, path);
      rmSync(temp, { force: true });
    } else renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch { /* already failing */ }
    }
    if (created) rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && options.exclusive) throw new WriteError(path, code, 'will not replace');
    throw new WriteError(path, code);
  }
  syncDir(dir);
}

/** A file system without hard links (FAT, some network shares): check, then rename — a narrow race, never a torn file. */
function linkOrRename(temp: string, path: string): void {
  try {
    linkSync(temp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw e;
    if (existsSync(path)) throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    renameSync(temp, path);
  }
}

/** Makes the rename itself durable. Best effort: some platforms (Windows) and file systems cannot open a folder. */
function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch { /* not supported here; the data itself is on disk */ } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const CODES: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EEXIST: 'it already exists',
  EIO: 'input/output error',
  EFBIG: 'file too large for this system or its limits',
  EMFILE: 'too many open files',
};

/** "ENOSPC: no space left on the device": the code for a search, the words for a person. */
export function describeCode(code: string | undefined): string {
  if (!code) return 'error';
  return CODES[code] ? `${code}: ${CODES[code]}` : code;
}
