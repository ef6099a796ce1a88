/**
 * What a command may touch: files, stdout, stderr, the clock (for `--stats` only). Commands get it injected, so
 * tests run them against memory and `main.ts` against Node.
 * @module
 */
import { createReadStream, fstatSync, readFileSync, unlinkSync, type Stats } from 'node:fs';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';

/** An output that applies backpressure: `write` resolves when the text may be followed by more. */
export interface Sink {
  /** Writes text (as UTF-8) or bytes (a workbook). */
  write(data: string | Uint8Array): Promise<void>;
  /** Finishes the output (a file is flushed, closed and put in place; stdout stays open). */
  close(): Promise<void>;
}

/** An output file being written: nothing reaches the target until `close`; `abort` discards what was written. */
export interface OutputFile extends Sink {
  /** Discards the output: the target is left exactly as it was. Safe to call after a failed write or close. */
  abort(): Promise<void>;
}

/** Who a file is: its real path and device + inode, which a symlink or a hard link to it shares. */
export interface FileIdentity {
  /** The path with every symlink resolved. */
  readonly real: string;
  /** Device number. */
  readonly dev: number;
  /** Inode number. */
  readonly ino: number;
}

/** Everything a command may use from the outside world. */
export interface CliIO {
  /** Standard output. */
  readonly stdout: Sink;
  /** Standard error: messages, row errors, progress. `write` waits when the reader is slow; it never fails. */
  readonly stderr: Sink;
  /** True when stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** Reads a file (`-` for standard input) as a stream of byte chunks. */
  openRead(path: string): AsyncIterable<Uint8Array>;
  /** Reads a whole (small) file. */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Opens an output file. Text goes to a temporary file beside the target, which `close` renames over it; so a
   * failed or interrupted run leaves any previous output as it was. Rejects at once (with the file system's error
   * code) when the target cannot be written: a missing folder, a directory, no permission.
   */
  openWrite(path: string): Promise<OutputFile>;
  /** The identity of an existing file, symlinks followed (`-`: standard input); `undefined` when there is none. */
  identify(path: string): Promise<FileIdentity | undefined>;
  /** The identity of the file standard output is redirected to, if it is one. */
  stdoutFile(): Promise<FileIdentity | undefined>;
  /** Milliseconds from an arbitrary origin (for `--stats`). */
  now(): number;
  /** Peak resident set size in bytes so far (for `--stats`). */
  maxRss(): number;
  /** The size of a file in bytes, when it is a regular file (for progress). */
  size?(path: string): Promise<number | undefined>;
}

/** Waits for `drain` (or an error), removing both listeners afterwards: a long run writes thousands of times. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (e: Error) => {
      stream.off('drain', onDrain);
      reject(e);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** Standard output: waits for `drain`; a write error (other than a closed pipe, see main.ts) is thrown. */
function stdoutSink(stream: Writable): Sink {
  let failure: Error | undefined;
  stream.on('error', (e: Error) => {
    failure = e;
  });
  return {
    async write(text) {
      if (failure) throw failure;
      if (!stream.write(text)) await drained(stream);
      if (failure) throw failure;
    },
    async close() {
      if (failure) throw failure;
    },
  };
}

/**
 * Standard error: waits for `drain`, so a slow reader slows the run instead of the text piling up in memory. Errors
 * are dropped: once stderr is gone there is nowhere left to report anything.
 */
function stderrSink(stream: Writable): Sink {
  let gone = false;
  stream.on('error', () => {
    gone = true;
  });
  return {
    async write(text) {
      if (gone) return;
      if (!stream.write(text)) await drained(stream).catch(() => (gone = true));
    },
    async close() {},
  };
}

/** Temporary output files not yet renamed or removed; deleted on exit or on a signal (see main.ts). */
const TEMPS = new Set<string>();

/** Removes the temporary files of outputs still being written (for exit and signal handlers: synchronous). */
export function removeTempFiles(): void {
  for (const t of TEMPS) {
    try {
      unlinkSync(t);
    } catch {
      // Already gone (renamed into place just before the signal, or never created).
    }
  }
  TEMPS.clear();
}

function errno(code: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${path}`), { code, path });
}

/** Writes all of `data`: `FileHandle.write` may write less than asked. */
async function writeAll(handle: FileHandle, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let at = 0;
  while (at < bytes.length) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
}

/**
 * An atomic output file. A symlink target is followed, so the link stays and its file is replaced; a device or a
 * pipe (`/dev/stdout`, a FIFO) is written in place, as it cannot be replaced.
 * @param target - the output path as given
 */
async function openAtomic(target: string): Promise<OutputFile> {
  let existing: Stats | undefined;
  try {
    existing = await stat(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existing?.isDirectory()) throw errno('EISDIR', target);
  // Checked before resolving the path: `/dev/stdout` leads to a pipe that has no real path, and must never be
  // replaced by a file.
  if (existing !== undefined && !existing.isFile()) {
    const handle = await open(target, 'w');
    return {
      write: (text) => writeAll(handle, text),
      close: () => handle.close(),
      abort: () => handle.close().catch(() => {}),
    };
  }
  const real = existing === undefined ? resolve(target) : await realpath(target);
  const temp = join(dirname(real), `.${basename(real)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  // Registered before it exists, so a signal arriving while it is being created still removes it.
  TEMPS.add(temp);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
    // Replacing a file keeps its permissions (a payroll readable by its owner only stays so).
    if (existing !== undefined) await handle.chmod(existing.mode & 0o7777);
  } catch (e) {
    TEMPS.delete(temp);
    await unlink(temp).catch(() => {});
    throw e;
  }
  let open_ = true;
  const discard = async () => {
    if (open_) {
      open_ = false;
      await handle.close().catch(() => {});
    }
    if (TEMPS.delete(temp)) await unlink(temp).catch(() => {});
  };
  return {
    write: (text) => writeAll(handle, text),
    async close() {
      try {
        // On disk before the rename, so a crash cannot leave a renamed but empty file.
        await handle.datasync();
        open_ = false;
        await handle.close();
        await rename(temp, real);
        TEMPS.delete(temp);
      } catch (e) {
        await discard();
        throw e;
      }
    },
    abort: discard,
  };
}

async function identityOf(path: string): Promise<FileIdentity | undefined> {
  try {
    const real = await realpath(path);
    const s = await stat(real);
    return { real, dev: s.dev, ino: s.ino };
  } catch {
    return undefined; // missing or unreadable: reading it will say so
  }
}

function identityOfFd(fd: number): FileIdentity | undefined {
  try {
    const s = fstatSync(fd);
    return s.isFile() ? { real: '', dev: s.dev, ino: s.ino } : undefined;
  } catch {
    return undefined;
  }
}

/** The file-system part of the real world (also used by tests that run commands on a temporary folder). */
export function nodeFiles(): Pick<CliIO, 'openRead' | 'readFile' | 'openWrite' | 'identify' | 'stdoutFile' | 'size'> {
  return {
    openRead: (path) => (path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 })),
    readFile: async (path) => (path === '-' ? await readAll(process.stdin) : readFileSync(path)),
    openWrite: openAtomic,
    identify: async (path) => (path === '-' ? identityOfFd(0) : identityOf(path)),
    stdoutFile: async () => identityOfFd(1),
    size: async (path) => {
      try {
        const s = await stat(path);
        return s.isFile() ? s.size : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The real world: Node's file system, `process.stdout`, `process.stderr`. */
export function nodeIO(): CliIO {
  return {
    stdout: stdoutSink(process.stdout),
    stderr: stderrSink(process.stderr),
    stderrIsTTY: process.stderr.isTTY === true,
    ...nodeFiles(),
    now: () => performance.now(),
    maxRss: () => process.resourceUsage().maxRSS * 1024,
  };
}

/**
 * Collects a byte stream into one buffer.
 * @param source - chunks
 */
export async function readAll(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    size += chunk.length;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
