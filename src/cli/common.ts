/**
 * Helpers shared by the commands: loading `--profile`, reading JSON input files, turning a library refusal of the
 * whole input into a usage error.
 * @module
 */
import { msgPair } from './messages.js';
import { isPolicyError, parseProfile, withOverrides, type Profile, type ProfilePatch } from '../core/index.js';
import { parseDivisionTree, type DivisionTree } from '../divisions/index.js';
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
    throw new UsageError('invalid_json', { path, m });
  }
}

/**
 * The usage error (exit 2) for an input that is not text in the expected encoding, or the error itself otherwise.
 * @param e - what was thrown
 * @param path - the file's name, when known
 */
export function encodingProblem(e: unknown, path?: string): unknown {
  const file = path === undefined || path === '-' ? msgPair('input') : { zh: `文件「${path}」`, en: path };
  if (e instanceof EncodingError) {
    if (e.encoding === 'utf16le' || e.encoding === 'utf16be')
      return new UsageError('invalid_utf16', { term: 'UTF-16', file, offset: e.offset });
    return new UsageError('invalid_utf8', { term: 'GBK', option: '--encoding gb18030', file, offset: e.offset });
  }
  if (e instanceof BinaryInputError) {
    const what = {
      xlsx: msgPair('is_xlsx'),
      xls: msgPair('is_xls'),
      utf16: msgPair('utf16_without_bom', { term: 'BOM', term2: 'UTF-16' }),
      binary: msgPair('binary_file', { term: 'NUL', offset: e.offset }),
    }[e.kind];
    return new UsageError('not_a_csv', { file, what });
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
  if (code === 'ENOENT') return new UsageError('file_not_found', { path });
  if (code === 'EISDIR') return new UsageError('is_a_directory', { path });
  if (code === 'EACCES') return new UsageError('permission_denied', { path });
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
    throw new UsageError('refused_with_issues', { what, issues: e.issues });
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
    throw new UsageError('overrides_not_object', { file });
  return orUsage(msgPair('overrides_file_invalid', { file }), () => withOverrides(base, patch as ProfilePatch));
}

/**
 * A profile given as a file: validated with `parseProfile`.
 * @param json - the file's content
 * @param file - its name, for messages
 */
export function profileFromJson(json: unknown, file: string): Profile {
  return orUsage(msgPair('profile_file_invalid', { file }), () => parseProfile(json));
}

/**
 * `--divisions <tree.json>`: a host's division tree, checked here so that a bad one is refused naming the file;
 * `undefined` without the option (the library's built-in 淮安 tree).
 * @param args - parsed arguments
 * @param io - the outside world
 */
export async function divisionsOption(args: CommandArgs, io: CliIO): Promise<DivisionTree | undefined> {
  const file = args.values.divisions;
  if (typeof file !== 'string') return undefined;
  const json = await readJsonFile(io, file);
  return orUsage(msgPair('division_tree_invalid', { file }), () => parseDivisionTree(json));
}
