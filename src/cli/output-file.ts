/**
 * Where a command's result goes, safely. The output may never be a file the command reads (the same path, or a
 * symlink or hard link to it): that would destroy the input. A file is written through {@link CliIO.openWrite}'s
 * temporary file, so a run that fails leaves the target as it was. File-system errors become usage errors (exit 2)
 * that name the output file, not the input.
 * @module
 */
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
  if (input.path === '-') return { zh: '标准输入', en: 'standard input' };
  return input.option === undefined
    ? { zh: `输入文件「${input.path}」`, en: `the input file ${input.path}` }
    : { zh: ` --${input.option} 读取的文件「${input.path}」`, en: `the file read by --${input.option}, ${input.path}` };
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
  const head = { zh: `无法写入输出文件「${out}」：`, en: `cannot write the output file ${out}: ` };
  const say = (zh: string, en: string) => new UsageError(head.zh + zh, head.en + en);
  switch (code) {
    case 'ENOENT':
      return say(`文件夹「${dir}」不存在`, `the folder ${dir} does not exist`);
    case 'ENOTDIR':
      return say(`路径「${dir}」中有一段不是文件夹`, `part of the path ${dir} is not a folder`);
    case 'EISDIR':
      return new UsageError(`输出「${out}」是一个文件夹，不是文件`, `the output ${out} is a folder, not a file`);
    case 'EACCES':
    case 'EPERM':
      return say(
        `没有权限（需要能在文件夹「${dir}」中新建文件）`,
        `permission denied (a new file must be creatable in the folder ${dir})`,
      );
    case 'EROFS':
      return say('所在的文件系统是只读的', 'the file system is read-only');
    case 'ENOSPC':
    case 'EDQUOT':
      return say('磁盘空间不足', 'no space left on the device');
    default:
      return typeof code === 'string'
        ? say(
            `${code}（${e instanceof Error ? e.message : String(e)}）`,
            `${code} (${e instanceof Error ? e.message : String(e)})`,
          )
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
      throw new UsageError(
        `标准输出被重定向到了${n.zh}：拒绝写入，以免覆盖正在读取的输入（用 > 重定向时，命令行程序在本程序启动前就已清空了该文件）。请把结果写到另一个文件，例如 --out 结果.csv`,
        `standard output is redirected to ${n.en}: refusing to write over the input being read (with >, the shell emptied that file before this program started). Write the result to another file, e.g. --out result.csv`,
      );
    }
    return { write: (t) => io.stdout.write(t), close: () => io.stdout.close(), abort: async () => {} };
  }
  const target = await io.identify(out);
  const clash = target === undefined ? undefined : await clashWith(io, target, inputs);
  if (clash !== undefined) {
    const n = inputName(clash);
    const link =
      resolve(clash.path) === resolve(out)
        ? { zh: '', en: '' }
        : { zh: '（经由符号链接或硬链接）', en: ' (through a symbolic or hard link)' };
    throw new UsageError(
      `输出文件「${out}」和${n.zh}是同一个文件${link.zh}：拒绝写入，输入保持原样。请换一个输出文件名`,
      `the output file ${out} is the same file as ${n.en}${link.en}: refusing to write; the input is untouched. Choose another output file name`,
    );
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
