/**
 * Command-line options, parsed with Node's `util.parseArgs` (no dependency). Option values are checked for shape
 * only (a known language, a `YYYY-MM-DD` date); what they mean is the library's business.
 * @module
 */
import { parseArgs } from 'node:util';
import { isCalendarDate, suggest, type MessageDef, type ParamArgs } from '../core/index.js';
import { cliMessages, type CliCatalogue, type CliCode } from './cli-messages.js';
import { DEFAULT_FIELD_LINES } from '../sheets/csv.js';
import { ENCODING_NAMES, type InputEncoding } from '../sheets/encoding.js';
import type { OutputFormat } from './output.js';

/** Output language. */
export type Lang = 'zh' | 'en';

/** The arguments of a {@link UsageError}: a code of the `cli` catalogue and its params. */
export type UsageArgs = { [K in CliCode]: [code: K, ...params: ParamArgs<CliCatalogue, K>] }[CliCode];

/** A usage error: the command line is wrong (exit code 2). Built from a code of the `cli` catalogue and its params. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** Its code in the `cli` catalogue. */
  readonly code: CliCode;
  /** The message in Chinese. */
  readonly zh: string;
  /** The message in English. */
  readonly en: string;
  /**
   * @param args - the code and its params
   */
  constructor(...args: UsageArgs) {
    const [code, params] = args as [CliCode, unknown];
    const def = cliMessages.catalogue[code] as MessageDef<unknown>;
    const en = def.en(params);
    super(en);
    this.code = code;
    this.zh = def.zh(params);
    this.en = en;
  }
}

/** Exit codes, documented in `--help`. */
export const EXIT = {
  /** Everything computed, nothing to report. */
  ok: 0,
  /** Some rows could not be computed, or a review/coverage found failures or gaps. */
  findings: 1,
  /** Wrong command line, unreadable file or unusable input as a whole. */
  usage: 2,
} as const;

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/** Options every command takes. */
const COMMON: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
};

/** Options of every command that reads a sheet (CSV or .xlsx). */
const SHEET: Record<string, OptionSpec> = {
  sheet: { type: 'string' },
};

/** Options of each command. */
export const COMMAND_OPTIONS: Record<string, Record<string, OptionSpec>> = {
  salary: {
    ...SHEET,
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    stats: { type: 'boolean' },
    'chunk-size': { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
    benchmark: { type: 'string' },
    'benchmark-kind': { type: 'string' },
    'floor-group': { type: 'string' },
    overrides: { type: 'string' },
  },
  coverage: {
    ...SHEET,
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    divisions: { type: 'string' },
    collection: { type: 'string' },
    indicators: { type: 'string' },
    overrides: { type: 'string' },
    'period-from': { type: 'string' },
    'period-to': { type: 'string' },
    gaps: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
  },
  review: {
    ...SHEET,
    association: { type: 'string' },
    'election-date': { type: 'string' },
    registry: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
  },
  petitions: {
    ...SHEET,
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    overrides: { type: 'string' },
    calendar: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
  },
  committees: {
    ...SHEET,
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    overrides: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
  },
  ratings: {
    ...SHEET,
    'as-of': { type: 'string' },
    profile: { type: 'string' },
    overrides: { type: 'string' },
    target: { type: 'string' },
    'registered-before': { type: 'string' },
    calendar: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
  },
  workforce: {
    ...SHEET,
    'as-of': { type: 'string' },
    residents: { type: 'string' },
    profile: { type: 'string' },
    overrides: { type: 'string' },
    'salary-profile': { type: 'string' },
    divisions: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    explain: { type: 'boolean' },
    encoding: { type: 'string' },
    multiline: { type: 'string', multiple: true },
    'multiline-limit': { type: 'string' },
    'show-errors': { type: 'string' },
  },
  demo: {},
};

/** Parsed options of one command. */
export interface CommandArgs {
  /** The command's name. */
  readonly command: string;
  /** Positional arguments (input files). */
  readonly positionals: readonly string[];
  /** Option values by long name. */
  readonly values: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  /** Output language. */
  readonly lang: Lang;
  /** `--help` was given. */
  readonly help: boolean;
}

/**
 * Detects the language early (for messages about the command line itself).
 * @param argv - the arguments after the command name
 */
export function sniffLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'zh';
  const v = argv[i]!.includes('=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return v === 'en' ? 'en' : 'zh';
}

/**
 * A parse error of `util.parseArgs` worded in both languages: an unknown option with the closest known one, a value
 * missing, a value given to a switch.
 * @param e - what parseArgs threw
 * @param known - the command's option names
 */
export function argumentError(e: unknown, known: readonly string[]): UsageError {
  const m = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const opt = /'(-{1,2}[^'\s]+)/.exec(m)?.[1] ?? '';
  const name = opt.replace(/^-+/, '').replace(/=.*$/, '');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = suggest(name, known);
    return new UsageError('unknown_option', {
      name: opt,
      suggestion: near === undefined ? undefined : `--${near}`,
      known: known.map((k) => `--${k}`),
    });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(m)) return new UsageError('option_needs_value', { name });
    return new UsageError('option_takes_value', { name });
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError('unexpected_argument', { detail: m });
  return new UsageError('argument_error', { detail: m });
}

/**
 * Parses a command's arguments.
 * @param command - `salary`, `coverage`, `review` or `demo`
 * @param argv - the arguments after the command name
 * @throws UsageError for unknown options or bad values
 */
export function parseCommandArgs(command: string, argv: readonly string[]): CommandArgs {
  const own = COMMAND_OPTIONS[command];
  if (own === undefined) throw new UsageError('unknown_command', { command });
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON, ...own },
      allowPositionals: true,
      strict: true,
    }) as typeof parsed;
  } catch (e) {
    throw argumentError(e, Object.keys({ ...COMMON, ...own }));
  }
  const lang = parsed.values.lang ?? 'zh';
  if (lang !== 'zh' && lang !== 'en')
    throw new UsageError('bad_lang', { option: '--lang', term: 'zh 或 en', lang: String(lang) });
  for (const name of ['as-of', 'election-date', 'period-from', 'period-to', 'registered-before']) {
    const v = parsed.values[name];
    if (typeof v === 'string' && !isCalendarDate(v))
      throw new UsageError('bad_date_option', { term: 'YYYY-MM-DD', name, v });
  }
  const enc = parsed.values.encoding;
  if (typeof enc === 'string' && ENCODING_NAMES[enc.toLowerCase()] === undefined)
    throw new UsageError('bad_encoding', {
      option: '--encoding',
      term: 'utf8、gb18030（gbk）',
      term2: 'auto',
      enc,
    });
  const fmt = parsed.values.format;
  if (typeof fmt === 'string' && !['table', 'csv', 'xlsx', 'json'].includes(fmt))
    throw new UsageError('bad_format', { option: '--format', term: 'table、csv、xlsx 或 json', fmt });
  return { command, positionals: parsed.positionals, values: parsed.values, lang, help: parsed.values.help === true };
}

/**
 * The `--encoding` value as an {@link InputEncoding}.
 * @param args - parsed arguments
 */
export function encodingOf(args: CommandArgs): InputEncoding {
  const v = args.values.encoding;
  return typeof v === 'string' ? ENCODING_NAMES[v.toLowerCase()]! : 'auto';
}

/**
 * The output format: `--format`, else from the `--out` file's extension, else a table on stdout.
 * @param args - parsed arguments
 */
export function formatOf(args: CommandArgs): OutputFormat {
  const f = args.values.format;
  const out = args.values.out;
  if (f === 'xlsx' && typeof out !== 'string') throw new UsageError('xlsx_needs_out', { option: '--out' });
  if (typeof f === 'string') return f as OutputFormat;
  if (typeof out === 'string') {
    const lower = out.toLowerCase();
    if (lower.endsWith('.json')) return 'json';
    if (lower.endsWith('.csv')) return 'csv';
    if (lower.endsWith('.xlsx')) return 'xlsx';
    throw new UsageError('unknown_output_format', { term: 'csv', term2: 'json', option: '--format', out });
  }
  return 'table';
}

/**
 * A required string option.
 * @param args - parsed arguments
 * @param name - option name without `--`
 */
export function requireOption(args: CommandArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string') throw new UsageError('option_required', { name });
  return v;
}

/**
 * The single input file argument.
 * @param args - parsed arguments
 */
export function inputFile(args: CommandArgs): string {
  if (args.positionals.length === 0) throw new UsageError('input_file_missing');
  if (args.positionals.length !== 1) throw new UsageError('input_file_too_many', { n: args.positionals.length });
  return args.positionals[0]!;
}

/** How cells with line breaks are read: the columns allowed to hold them, and the most lines a cell may take. */
export interface MultilineOptions {
  /** Headers of the columns (`--multiline`, repeatable or comma-separated). */
  readonly multiline: readonly string[];
  /** `--multiline-limit`, default 50. */
  readonly multilineLimit: number;
}

/**
 * The `--multiline` and `--multiline-limit` values.
 * @param args - parsed arguments
 */
export function multilineOf(args: CommandArgs): MultilineOptions {
  const given = args.values.multiline;
  const list = typeof given === 'string' ? [given] : Array.isArray(given) ? given : [];
  const multiline = list
    .flatMap((v) => v.split(/[,，、]/))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const v = args.values['multiline-limit'];
  const n = v === undefined ? DEFAULT_FIELD_LINES : Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 100_000)
    throw new UsageError('bad_multiline_limit', { option: '--multiline-limit', v: String(v) });
  return { multiline, multilineLimit: n };
}

/**
 * The `--show-errors` value: how many rows of one error code are listed on stderr before the rest is only counted.
 * @param args - parsed arguments
 */
export function showErrorsOf(args: CommandArgs): number {
  const v = args.values['show-errors'];
  if (v === undefined) return 20;
  if (v === 'all') return Infinity;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || !Number.isSafeInteger(n))
    throw new UsageError('bad_show_errors', { option: '--show-errors', term: 'all', v: String(v) });
  return n;
}
