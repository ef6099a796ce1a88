// An in-memory CliIO for tests: files from a map (falling back to the real disk for fixtures), stdout, stderr and
// written files captured as text.
import { readFileSync } from 'node:fs';
import type { CliIO } from '../../src/cli/io.js';

export interface MemoryIO {
  io: CliIO;
  stdout(): string;
  stderr(): string;
  file(path: string): string;
}

export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: { chunk?: number; tty?: boolean } = {}): MemoryIO {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const get = (path: string): Uint8Array => {
    const f = files[path];
    if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    try {
      return new Uint8Array(readFileSync(path));
    } catch (e) {
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: (e as { code?: string }).code ?? 'ENOENT' });
    }
  };
  const chunk = options.chunk ?? 1 << 16;
  const io: CliIO = {
    stdout: {
      write: async (t) => {
        out += t;
      },
      close: async () => {},
    },
    stderr: { write: (t) => void (err += t) },
    stderrIsTTY: options.tty === true,
    openRead: (path) =>
      (async function* () {
        const bytes = get(path);
        for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
      })(),
    readFile: async (path) => get(path),
    openWrite: (path) => {
      written[path] = '';
      return {
        write: async (t) => {
          written[path] += t;
        },
        close: async () => {},
      };
    },
    now: () => 0,
    maxRss: () => 0,
  };
  return { io, stdout: () => out, stderr: () => err, file: (p) => written[p] ?? '' };
}
