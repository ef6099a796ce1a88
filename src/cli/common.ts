/**
 * Helpers shared by the commands: loading `--profile`, reading JSON input files, turning a library refusal of the
 * whole input into a usage error.
 * @module
 */
import {
  formatPath,
  isPolicyError,
  parseProfile,
  withOverrides,
  type Profile,
  type ProfilePatch,
} from '../core/index.js';
import { UsageError, encodingOf, type CommandArgs } from './args.js';
import { BinaryInputError, EncodingError, decodeAll, type InputEncoding } from './encoding.js';
import type { CliIO } from './io.js';

/**
 * Reads and parses a JSON file (UTF-8 or GB18030, BOM allowed).
 * @param io - the outside world
 * @param path - file name
 * @param args - for `--encoding`
 */
export async function readJsonFile(io: CliIO, path: string, args?: CommandArgs): Promise<unknown> {
  const text = decodeFile(await readBytes(io, path), path, args === undefined ? 'auto' : encodingOf(args));
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const m = e instanceof Error ? e.message : String(e);
    throw new UsageError(`文件「${path}」不是有效的 JSON：${m}`, `${path} is not valid JSON: ${m}`);
  }
}

/**
 * The usage error (exit 2) for an input that is not text in the expected encoding, or the error itself otherwise.
 * @param e - what was thrown
 * @param path - the file's name, when known
 */
export function encodingProblem(e: unknown, path?: string): unknown {
  const file =
    path === undefined || path === '-' ? { zh: '输入', en: 'the input' } : { zh: `文件「${path}」`, en: path };
  if (e instanceof EncodingError) {
    if (e.encoding === 'utf16le' || e.encoding === 'utf16be')
      return new UsageError(
        `${file.zh}在第 ${e.offset} 字节附近不是有效的 UTF-16 文本（文件可能不完整）`,
        `${file.en} is not valid UTF-16 text near byte ${e.offset} (the file may be cut short)`,
      );
    return new UsageError(
      `${file.zh}在第 ${e.offset} 字节附近不是有效的 UTF-8；如果是 GBK 编码的文件，请加 --encoding gb18030`,
      `${file.en} is not valid UTF-8 near byte ${e.offset}; for a GBK-encoded file add --encoding gb18030`,
    );
  }
  if (e instanceof BinaryInputError) {
    const what = {
      xlsx: {
        zh: '是 Excel 工作簿（.xlsx）或其他压缩文件，不是 CSV',
        en: 'is an Excel workbook (.xlsx) or another ZIP file, not a CSV',
      },
      xls: { zh: '是旧版 Excel 工作簿（.xls），不是 CSV', en: 'is an old Excel workbook (.xls), not a CSV' },
      utf16: {
        zh: '看起来是没有字节顺序标记（BOM）的 UTF-16 文本',
        en: 'looks like UTF-16 text without a byte order mark',
      },
      binary: {
        zh: `不是文本文件（第 ${e.offset} 字节是 NUL 字节）`,
        en: `is not a text file (byte ${e.offset} is a NUL byte)`,
      },
    }[e.kind];
    return new UsageError(
      `${file.zh}${what.zh}：请在 Excel 中“另存为”“CSV UTF-8（逗号分隔）”后再试`,
      `${file.en} ${what.en}: save it from Excel as "CSV UTF-8 (Comma delimited)" and try again`,
    );
  }
  return e;
}

/**
 * Decodes a whole file, turning an encoding problem into a usage error that names the file.
 * @param bytes - the file's bytes
 * @param path - its name
 * @param encoding - forced encoding or `auto`
 */
export function decodeFile(bytes: Uint8Array, path: string, encoding: InputEncoding): string {
  try {
    return decodeAll(bytes, encoding).text;
  } catch (e) {
    throw encodingProblem(e, path);
  }
}

/**
 * Reads a whole file, turning "not found" into a usage error.
 * @param io - the outside world
 * @param path - file name
 */
export async function readBytes(io: CliIO, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    throw fileError(e, path);
  }
}

/**
 * A usage error for a file that cannot be read (or the original error if it is not a file-system error).
 * @param e - what was thrown
 * @param path - file name
 */
export function fileError(e: unknown, path: string): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return new UsageError(`找不到文件「${path}」`, `file not found: ${path}`);
  if (code === 'EISDIR') return new UsageError(`「${path}」是目录，不是文件`, `${path} is a directory, not a file`);
  if (code === 'EACCES') return new UsageError(`没有权限读取「${path}」`, `permission denied: ${path}`);
  return e;
}

/**
 * The `--profile` value for the library: a shipped profile id as given, or the parsed JSON of a file (any value
 * ending in `.json` or containing a path separator). The library validates either.
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function profileOption(args: CommandArgs, io: CliIO): Promise<unknown> {
  const v = args.values.profile;
  if (typeof v !== 'string') return undefined;
  if (/\.json$/i.test(v) || v.includes('/') || v.includes('\\')) return await readJsonFile(io, v);
  return v;
}

/**
 * Runs a library call on options or a whole input; a {@link PolicyError} becomes a usage error (exit 2) naming
 * every issue.
 * @param what - what was being checked, in both languages
 * @param fn - the call
 */
export function orUsage<T>(what: { zh: string; en: string }, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (!isPolicyError(e)) throw e;
    const where = (p: readonly (string | number)[]) => (p.length > 0 ? `${formatPath(p)}: ` : '');
    throw new UsageError(
      `${what.zh}：\n${e.issues.map((i) => `  ${where(i.path)}${i.zh} [${i.code}]`).join('\n')}`,
      `${what.en}:\n${e.issues.map((i) => `  ${where(i.path)}${i.en} [${i.code}]`).join('\n')}`,
    );
  }
}

/**
 * Applies `--overrides <patch.json>` (parameter id → new value, as `withOverrides` takes it) to a profile, so a city
 * can load its official amounts over a shipped profile without writing a whole profile.
 * @param args - parsed arguments
 * @param io - the outside world
 * @param base - the profile the patch applies to
 */
export async function applyOverrides(args: CommandArgs, io: CliIO, base: Profile): Promise<Profile> {
  const file = args.values.overrides;
  if (typeof file !== 'string') return base;
  const patch = await readJsonFile(io, file);
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch))
    throw new UsageError(
      `「${file}」应为“参数 → 新值”的 JSON 对象`,
      `${file} must be a JSON object of parameter → new value`,
    );
  return orUsage({ zh: `覆盖文件「${file}」有误`, en: `the overrides file ${file} is invalid` }, () =>
    withOverrides(base, patch as ProfilePatch),
  );
}

/**
 * A profile given as a file: validated with `parseProfile`.
 * @param json - the file's content
 * @param file - its name, for messages
 */
export function profileFromJson(json: unknown, file: string): Profile {
  return orUsage({ zh: `配置文件「${file}」有误`, en: `the profile file ${file} is invalid` }, () =>
    parseProfile(json),
  );
}
