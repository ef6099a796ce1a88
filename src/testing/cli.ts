/**
 * `huaian-sw test <files...>`: runs case files and prints each failure readably, ending with `N passed, N failed`.
 * A function of (arguments, output streams) returning the exit code, so the CLI shell stays thin and this is testable.
 * @module
 */
import { coreMessages } from '../core/core-messages.js';
import { isPolicyError, pick, suggest, type PolicyIssue } from '../core/index.js';
import { argumentParsers, checkOptions } from './arguments.js';
import type { Lang } from './case.js';
import { expandCasePaths, loadCaseFile } from './files.js';
import { testingMessages } from './messages.js';
import { formatCaseFileError, formatCaseReport } from './report.js';
import { runPolicyCases, type CaseResult, type RunCasesOptions } from './run.js';

/** Anything with a `write` method, such as `process.stdout`. @category Testing */
export interface TextWriter {
  /** Writes the text. */
  write(text: string): unknown;
}

/** Where the CLI writes: a function or a {@link TextWriter}. @category Testing */
export type TextSink = ((text: string) => void) | TextWriter;

/**
 * The output streams of {@link runCaseFilesCli}.
 * @category Testing
 */
export interface CliStreams {
  /** Reports. */
  readonly stdout: TextSink;
  /** Usage and bad-file errors. */
  readonly stderr: TextSink;
}

/**
 * Help text of `huaian-sw test`, in both languages (for the CLI's command table).
 * @category Testing
 */
export const CASE_FILES_CLI_HELP: { readonly zh: string; readonly en: string } = {
  zh: `用法：huaian-sw test <用例文件或目录...> [选项]

运行 YAML/JSON 政策用例文件（官方算例），逐条报告不通过的用例及原因，最后一行为“N passed, N failed”
（中英文相同，便于脚本读取）。目录中读取 .yaml、.yml 和 .cases.json 文件（含子文件夹）；用例指定的配置文件
路径相对于用例文件，且须在用例文件所在的文件夹内。

选项：
  --format <格式>         table（默认，逐条的文字报告）或 json（结果作为数据，供持续集成等程序读取）
  --json                  同 --format json
  --no-explain            不打印不通过结果的计算说明
  --quiet, -q             只列出不通过的用例
  --lang <zh|en>          输出语言（默认 zh）
  --help, -h              显示本说明

退出码：0 全部通过；1 有用例不通过；2 用例文件有误或用法错误（其余文件中的用例照常运行）。

示例：
  huaian-sw test docs/cases
  huaian-sw test 我的用例.yaml --lang en --no-explain
  huaian-sw test docs/cases --format json > 结果.json`,
  en: `Usage: huaian-sw test <case files or directories...> [options]

Runs YAML/JSON policy case files (official worked examples), reports each failing case and why, and ends with
"N passed, N failed" (the same words in both languages, for scripts). A directory is read for its .yaml, .yml and
.cases.json files (subfolders included); a profile file a case names is read relative to the case file and must be
inside its folder.

Options:
  --format <format>       table (default: a readable report) or json (the results as data, for CI and other programs)
  --json                  same as --format json
  --no-explain            leave out the explanations of failing results
  --quiet, -q             list failing cases only
  --lang <zh|en>          output language (default zh)
  --help, -h              show this help

Exit codes: 0 all passed; 1 some case failed; 2 a bad case file or bad usage (the cases of the other files still run).

Examples:
  huaian-sw test docs/cases
  huaian-sw test my-cases.yaml --lang en --no-explain
  huaian-sw test docs/cases --format json > results.json`,
};

/**
 * The options `huaian-sw test` takes, by long name: whether each takes a value, and its short form. Its help lists
 * exactly these (a test holds it to that). Parsed here rather than with `node:util`, so /testing imports no Node module.
 * @internal
 */
export const CASE_FILES_CLI_OPTIONS: Readonly<Record<string, { readonly value: boolean; readonly short?: string }>> = {
  format: { value: true },
  json: { value: false },
  'no-explain': { value: false },
  quiet: { value: false, short: 'q' },
  lang: { value: true },
  help: { value: false, short: 'h' },
};

const FORMATS = ['table', 'json'];
const LANGS = ['zh', 'en'];
const CASE_FILE_EXTENSIONS = ['.yaml', '.yml', '.cases.json'];

/** A wrong command line: the text of a catalogue code (exit 2). */
class Usage {
  constructor(readonly text: { readonly zh: string; readonly en: string }) {}
}

/** The language asked for, read before the rest (for the messages about the command line itself). */
function sniffLang(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = i < 0 ? undefined : argv[i]!.startsWith('--lang=') ? argv[i]!.slice('--lang='.length) : argv[i + 1];
  return v === 'en' ? 'en' : 'zh';
}

interface CliArgs {
  readonly values: Readonly<Record<string, string | true>>;
  readonly paths: readonly string[];
}

/** Splits the arguments into options (by long name) and paths; `--` ends the options. */
function parseCliArgs(argv: readonly string[]): CliArgs {
  const values: Record<string, string | true> = {};
  const paths: string[] = [];
  const names = Object.keys(CASE_FILES_CLI_OPTIONS);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq < 0 ? arg : arg.slice(0, eq);
    const name = arg.startsWith('--')
      ? written.slice(2)
      : names.find((n) => CASE_FILES_CLI_OPTIONS[n]!.short === written.slice(1));
    // Own names only: `--constructor` is not an option because every object has one.
    const spec =
      name === undefined || !Object.hasOwn(CASE_FILES_CLI_OPTIONS, name) ? undefined : CASE_FILES_CLI_OPTIONS[name];
    if (name === undefined || spec === undefined) {
      const near = suggest(written.replace(/^-+/, ''), names);
      throw new Usage(
        coreMessages.text('unknown_option', {
          name: written,
          suggestion: near === undefined ? undefined : `--${near}`,
          known: names.map((n) => `--${n}`),
        }),
      );
    }
    let value: string | true = true;
    if (!spec.value) {
      if (eq >= 0) throw new Usage(testingMessages.text('cli_takes_no_value', { option: `--${name}` }));
    } else {
      const given = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1];
      if (given === undefined || (eq < 0 && given.startsWith('--')))
        throw new Usage(testingMessages.text('cli_needs_value', { option: `--${name}` }));
      if (eq < 0) i++;
      value = given;
    }
    // --json is --format json: of the two, the last one given wins, as for any option given twice.
    if (name === 'format') delete values.json;
    if (name === 'json') delete values.format;
    values[name] = value;
  }
  return { values, paths };
}

/** The results as plain data: no computed result bodies (they can be large), explanations only when asked. */
function jsonReport(
  results: readonly CaseResult[],
  badFiles: ReadonlyArray<{ file: string; issues: readonly PolicyIssue[] }>,
  explain: boolean,
): unknown {
  const passed = results.filter((r) => r.status === 'pass').length;
  return {
    passed,
    failed: results.length - passed,
    badFiles,
    results: results.map((r) => ({
      name: r.name,
      status: r.status,
      ...(r.case.origin?.file !== undefined ? { file: r.case.origin.file } : {}),
      ...(r.case.origin?.line !== undefined ? { line: r.case.origin.line } : {}),
      ...(r.case.source !== undefined ? { source: r.case.source } : {}),
      mismatches: r.mismatches,
      ...(r.error !== undefined ? { error: r.error } : {}),
      ...(explain && r.explanation !== undefined ? { explanation: r.explanation } : {}),
    })),
  };
}

function writer(sink: TextSink): (text: string) => void {
  return typeof sink === 'function' ? sink : (text) => void sink.write(text);
}

/**
 * Runs the `test` command. `argv` holds the arguments after `test`. Returns the exit code: 0 when every case passes,
 * 1 when some case fails, 2 when a file cannot be read or parsed (its errors go to stderr, with lines) or on bad usage.
 * Cases of good files still run when another file is bad.
 * @category Testing
 * @example
 * ```ts
 * const code = runCaseFilesCli(['docs/cases', '--lang', 'en'], { stdout: process.stdout, stderr: process.stderr });
 * process.exitCode = code;
 * ```
 */
export function runCaseFilesCli(argv: readonly string[], io: CliStreams, options: RunCasesOptions = {}): number {
  argumentParsers().argv.parse(argv, ['argv']);
  argumentParsers().streams.parse(io, ['io']);
  checkOptions(argumentParsers().runOptions, options);
  const out = writer(io.stdout);
  const err = writer(io.stderr);
  let lang = sniffLang(argv);
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
    const l = args.values.lang;
    if (l !== undefined && !LANGS.includes(String(l)))
      throw new Usage(testingMessages.text('cli_bad_value', { option: '--lang', allowed: LANGS, received: String(l) }));
    const f = args.values.format;
    if (f !== undefined && !FORMATS.includes(String(f)))
      throw new Usage(
        testingMessages.text('cli_bad_value', { option: '--format', allowed: FORMATS, received: String(f) }),
      );
    lang = (l ?? lang) as Lang;
    if (args.values.help === undefined && args.paths.length === 0)
      throw new Usage(testingMessages.text('cli_no_paths'));
  } catch (e) {
    if (!(e instanceof Usage)) throw e;
    const see = testingMessages.text('cli_see_help', { command: 'huaian-sw test', option: '--help' });
    err(`huaian-sw test: ${pick(e.text, lang)}\n${pick(see, lang)}\n`);
    return 2;
  }
  if (args.values.help !== undefined) {
    out(`${CASE_FILES_CLI_HELP[lang]}\n`);
    return 0;
  }
  const quiet = args.values.quiet !== undefined;
  const explain = args.values['no-explain'] === undefined;
  const json = args.values.json !== undefined || args.values.format === 'json';
  const paths = args.paths;
  const files = expandCasePaths(paths);
  if (files.length === 0) {
    const t = testingMessages.text('no_case_files', { paths, extensions: CASE_FILE_EXTENSIONS });
    err(`huaian-sw test: ${pick(t, lang)}\n`);
    return 2;
  }
  let bad = 0;
  const results: CaseResult[] = [];
  const badFiles: Array<{ file: string; issues: readonly PolicyIssue[] }> = [];
  for (const file of files) {
    try {
      results.push(...runPolicyCases(loadCaseFile(file, options).cases, options));
    } catch (error) {
      if (!isPolicyError(error)) throw error;
      bad++;
      badFiles.push({ file, issues: error.issues });
      err(`${formatCaseFileError(error, lang)}\n`);
    }
  }
  if (json) out(`${JSON.stringify(jsonReport(results, badFiles, explain))}\n`);
  else out(`${formatCaseReport(results, { lang, passed: !quiet, explanations: explain })}\n`);
  if (bad > 0) {
    err(`${pick(testingMessages.text('unreadable_case_files', { count: bad }), lang)}\n`);
    return 2;
  }
  return results.every((r) => r.status === 'pass') ? 0 : 1;
}
