/**
 * What a command may touch: files, stdout, stderr, the clock (for `--stats` only). Commands get it injected, so
 * tests run them against memory and `main.ts` against Node.
 * @module
 */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** An output that applies backpressure: `write` resolves when the text may be followed by more. */
export interface Sink {
  /** Writes text (UTF-8). */
  write(text: string): Promise<void>;
  /** Finishes the output (a file is flushed and closed; stdout stays open). */
  close(): Promise<void>;
}

/** Everything a command may use from the outside world. */
export interface CliIO {
  /** Standard output. */
  readonly stdout: Sink;
  /** Standard error: messages, row errors, progress. */
  readonly stderr: { write(text: string): void };
  /** True when stderr is a terminal (progress is shown only then). */
  readonly stderrIsTTY: boolean;
  /** Reads a file (`-` for standard input) as a stream of byte chunks. */
  openRead(path: string): AsyncIterable<Uint8Array>;
  /** Reads a whole (small) file. */
  readFile(path: string): Promise<Uint8Array>;
  /** Creates or truncates an output file. */
  openWrite(path: string): Sink;
  /** Milliseconds from an arbitrary origin (for `--stats`). */
  now(): number;
  /** Peak resident set size in bytes so far (for `--stats`). */
  maxRss(): number;
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

function writableSink(stream: Writable, closeStream: boolean): Sink {
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
      if (closeStream) {
        stream.end();
        await once(stream, 'finish');
      }
    },
  };
}

/** The real world: Node's file system, `process.stdout`, `process.stderr`. */
export function nodeIO(): CliIO {
  return {
    stdout: writableSink(process.stdout, false),
    stderr: { write: (text) => void process.stderr.write(text) },
    stderrIsTTY: process.stderr.isTTY === true,
    openRead: (path) => (path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 })),
    readFile: async (path) => (path === '-' ? await readAll(process.stdin) : readFileSync(path)),
    openWrite: (path) => writableSink(createWriteStream(path), true),
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
