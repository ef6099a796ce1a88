/**
 * Where a command's result goes, safely. The output may never be a file the command reads (the same path, or a
 * symlink or hard link to it): that would destroy the input. A file is written through {@link CliIO.openWrite}'s
 * temporary file, so a run that fails leaves the target as it was. File-system errors become usage errors (exit 2)
 * that name the output file, not the input.
 * @module
 */
import type { Bilingual } from '../core/index.js';
import { msgPair } from './messages.js';
import { dirname, resolve } from 'node:path';
import { UsageError, type CommandArgs } from './args.js';
import type { CliIO, FileIdentity, OutputFile } from './io.js';

/** A file the command reads, as named on the command line. */
interface Input {
  readonly path: string;
  /** The option that names it (`undefined` for an input file argument). */
  readonly option?: string;
}

/** Every value on the command line that may name a file the command reads: its arguments and option values. */
function inputsOf(args: CommandArgs): Input[] {
  const list: Input[] = args.positionals.map((path) => ({ path }));
  for (const [option, v] of Object.entries(args.values))
    if (option !== 'out' && typeof v === 'string') list.push({ path: v, option });
  return list;
}

const same = (a: FileIdentity, b: FileIdentity) =>
  (a.dev === b.dev && a.ino === b.ino) || (a.real !== '' && a.real === b.real);

async function clashWith(io: CliIO, target: FileIdentity, inputs: readonly Input[]): Promise<Input | undefined> {
  for (const input of inputs) {
    const id = await io.identify(input.path);
    if (id !== undefined && same(id, target)) return input;
  }
  return undefined;
}

function inputName(input: Input): { zh: string; en: string } {
  if (input.path === '-') return msgPair('standard_input');
  return input.option === undefined
    ? msgPair('input_file', { path: input.path })
    : msgPair('option_file', { option: input.option, path: input.path });
}

/**
 * The usage error for a file-system error while opening or writing the output, or the error itself when it is not one.
 * @param e - what was thrown
 * @param out - the output path as given
 */
export function outputError(e: unknown, out: string): unknown {
  if (e instanceof UsageError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  const dir = dirname(out);
  const fail = (reason: Bilingual) => new UsageError('cannot_write_output', { out, reason });
  switch (code) {
    case 'ENOENT':
      return fail(msgPair('output_folder_missing', { dir }));
    case 'ENOTDIR':
      return fail(msgPair('output_path_not_folder', { dir }));
    case 'EISDIR':
      return new UsageError('output_is_folder', { out });
    case 'EACCES':
    case 'EPERM':
      return fail(msgPair('output_permission_denied', { dir }));
    case 'EROFS':
      return fail(msgPair('output_read_only'));
    case 'ENOSPC':
    case 'EDQUOT':
      return fail(msgPair('output_no_space'));
    default:
      return typeof code === 'string'
        ? fail(msgPair('output_system_error', { code, detail: e instanceof Error ? e.message : String(e) }))
        : e;
  }
}

/**
 * Opens the command's output: the `--out` file (atomically), or standard output. Refuses (exit 2) an output that is
 * one of the command's inputs, before anything is written.
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function openOutput(args: CommandArgs, io: CliIO): Promise<OutputFile> {
  const out = args.values.out;
  const inputs = inputsOf(args);
  if (typeof out !== 'string') {
    const redirected = await io.stdoutFile();
    const clash = redirected === undefined ? undefined : await clashWith(io, redirected, inputs);
    if (clash !== undefined) {
      const n = inputName(clash);
      throw new UsageError('stdout_is_input', { option: '--out', term: 'csv', n });
    }
    return { write: (t) => io.stdout.write(t), close: () => io.stdout.close(), abort: async () => {} };
  }
  const target = await io.identify(out);
  const clash = target === undefined ? undefined : await clashWith(io, target, inputs);
  if (clash !== undefined) {
    const n = inputName(clash);
    const link = resolve(clash.path) === resolve(out) ? msgPair('empty') : msgPair('through_link');
    throw new UsageError('output_is_input', { out, n, link });
  }
  let file: OutputFile;
  try {
    file = await io.openWrite(out);
  } catch (e) {
    throw outputError(e, out);
  }
  return {
    async write(text) {
      try {
        await file.write(text);
      } catch (e) {
        throw outputError(e, out);
      }
    },
    async close() {
      try {
        await file.close();
      } catch (e) {
        throw outputError(e, out);
      }
    },
    abort: () => file.abort(),
  };
}

/**
 * Runs `write` on the command's output and closes it; if anything fails (bad input, an exception), the output is
 * discarded and the error passed on.
 * @param args - parsed arguments
 * @param io - the outside world
 * @param write - produces the output
 */
export async function withOutput<T>(args: CommandArgs, io: CliIO, write: (out: OutputFile) => Promise<T>): Promise<T> {
  const out = await openOutput(args, io);
  let result: T;
  try {
    result = await write(out);
  } catch (e) {
    await out.abort();
    throw e;
  }
  await out.close();
  return result;
}
