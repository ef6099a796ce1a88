// An in-memory CliIO for tests: files from a map (falling back to the real disk for fixtures), stdout, stderr and
// written files captured as text. An output file appears only when it is closed, as with the real atomic writer.
import { readFileSync } from 'node:fs';
import { nodeFiles, type CliIO, type FileIdentity } from '../../src/cli/io.js';

export interface MemoryIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
  file(path: string): string;
  /** A written file's bytes (a workbook). */
  bytes(path: string): Uint8Array;
  /** Every write to stderr, in order (to check that diagnostics are streamed, not held). */
  stderrWrites(): string[];
}

export interface MemoryOptions {
  /** Bytes per chunk when a file is read. */
  chunk?: number;
  /** stderr is a terminal. */
  tty?: boolean;
  /** Links: path → the path it resolves to (a symlink or hard link). */
  links?: Record<string, string>;
  /** Standard output is redirected to this file. */
  stdoutFile?: string;
  /** Files already written before the run (e.g. a previous output). */
  written?: Record<string, string>;
  /** Paths whose opening for writing fails with this error code. */
  failOpen?: Record<string, string>;
  /** Fail the n-th write to any output file (1-based) with ENOSPC. */
  failWrite?: number;
}

export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: MemoryOptions = {}): MemoryIO {
  let out = '';
  const errs: string[] = [];
  const written: Record<string, string | Uint8Array> = { ...options.written };
  // As a file read from disk as UTF-8: a byte order mark is kept (TextDecoder drops it unless told not to).
  const text = (d: string | Uint8Array) =>
    typeof d === 'string' ? d : new TextDecoder('utf-8', { ignoreBOM: true }).decode(d);
  const realOf = (path: string) => options.links?.[path] ?? path;
  const get = (path: string): Uint8Array => {
    const f = files[realOf(path)];
    if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    try {
      return new Uint8Array(readFileSync(realOf(path)));
    } catch (e) {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: (e as { code?: string }).code ?? 'ENOENT' });
    }
  };
  const inodes = new Map<string, number>();
  const identity = (path: string): FileIdentity | undefined => {
    const real = realOf(path);
    if (files[real] === undefined && written[real] === undefined) {
      try {
        readFileSync(real);
      } catch {
        return undefined;
      }
    }
    if (!inodes.has(real)) inodes.set(real, inodes.size + 1);
    return { real, dev: 1, ino: inodes.get(real)! };
  };
  const chunk = options.chunk ?? 1 << 16;
  let writes = 0;
  const io: CliIO = {
    stdout: {
      write: async (t) => {
        out += text(t);
      },
      close: async () => {},
    },
    stderr: {
      write: async (t) => {
        errs.push(text(t));
      },
      close: async () => {},
    },
    stderrIsTTY: options.tty === true,
    openRead: (path) =>
      (async function* () {
        const bytes = get(path);
        for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
      })(),
    readFile: async (path) => get(path),
    openWrite: async (path) => {
      const code = options.failOpen?.[path];
      if (code !== undefined) throw Object.assign(new Error(`${code}: ${path}`), { code });
      const pending: (string | Uint8Array)[] = [];
      return {
        write: async (t) => {
          if (++writes === options.failWrite)
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          pending.push(t);
        },
        close: async () => {
          // Text stays text; a file written as bytes (a workbook) is kept as bytes.
          written[realOf(path)] = pending.every((p) => typeof p === 'string')
            ? pending.join('')
            : Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
        },
        abort: async () => {},
      };
    },
    identify: async (path) => identity(path),
    stdoutFile: async () => (options.stdoutFile === undefined ? undefined : identity(options.stdoutFile)),
    now: () => 0,
    maxRss: () => 0,
  };
  return {
    io,
    stdout: () => out,
    stderr: () => errs.join(''),
    file: (p) => text(written[p] ?? ''),
    bytes: (p) => {
      const d = written[p] ?? '';
      return typeof d === 'string' ? new TextEncoder().encode(d) : d;
    },
    stderrWrites: () => errs,
  };
}

/** Like {@link memoryIO}, but files are real: read from and written to the disk through the Node implementation. */
export function diskIO(): MemoryIO {
  const m = memoryIO();
  return {
    ...m,
    io: { ...m.io, ...nodeFiles() },
    file: (p) => readFileSync(p, 'utf8'),
    bytes: (p) => new Uint8Array(readFileSync(p)),
  };
}
