/**
 * `huaian-sw test <files...>`: runs case files and prints each failure readably, ending with `N passed, N failed`.
 * A function of (arguments, output streams) returning the exit code, so the CLI shell stays thin and this is testable.
 * @module
 */
import { isPolicyError, type PolicyIssue } from '../core/index.js';
import { argumentParsers, checkOptions } from './arguments.js';
import type { Lang } from './case.js';
import { expandCasePaths, loadCaseFile } from './files.js';
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
  zh: `用法：huaian-sw test [选项] <用例文件或目录...>
运行 YAML/JSON 政策用例文件，逐条报告不通过的用例及原因，最后一行为 “N passed, N failed”。
选项：
  --lang zh|en    报告语言（默认 zh）
  --quiet         只列出不通过的用例
  --no-explain    不打印计算说明
  --json          以 JSON 输出结果（供持续集成等程序读取）
  -h, --help      显示本帮助
退出码：0 全部通过；1 有用例不通过；2 用例文件有误或用法错误。`,
  en: `Usage: huaian-sw test [options] <case files or directories...>
Runs YAML/JSON policy case files, reports each failing case and why, and ends with "N passed, N failed".
Options:
  --lang zh|en    report language (default zh)
  --quiet         list failing cases only
  --no-explain    leave out the explanations of failing results
  --json          print the results as JSON (for CI and other programs)
  -h, --help      show this help
Exit code: 0 all passed; 1 some case failed; 2 a bad case file or bad usage.`,
};

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
  let lang: Lang = 'zh';
  let quiet = false;
  let explain = true;
  let json = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') {
      out(`${CASE_FILES_CLI_HELP[lang]}\n`);
      return 0;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      if (value !== 'zh' && value !== 'en') {
        err(`--lang: zh | en\n${CASE_FILES_CLI_HELP[lang]}\n`);
        return 2;
      }
      lang = value;
    } else if (arg === '--quiet' || arg === '-q') {
      quiet = true;
    } else if (arg === '--no-explain') {
      explain = false;
    } else if (arg === '--json') {
      json = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      err(`${lang === 'zh' ? '未知选项' : 'Unknown option'}: ${arg}\n${CASE_FILES_CLI_HELP[lang]}\n`);
      return 2;
    } else {
      paths.push(arg);
    }
  }
  if (paths.length === 0) {
    err(`${CASE_FILES_CLI_HELP[lang]}\n`);
    return 2;
  }
  const files = expandCasePaths(paths);
  if (files.length === 0) {
    err(
      lang === 'zh'
        ? `在 ${paths.join(', ')} 中没有找到用例文件（.yaml、.yml、.cases.json）\n`
        : `No case files (.yaml, .yml, .cases.json) found in ${paths.join(', ')}\n`,
    );
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
    err(lang === 'zh' ? `${bad} 个用例文件有误，未能运行\n` : `${bad} case file(s) could not be read\n`);
    return 2;
  }
  return results.every((r) => r.status === 'pass') ? 0 : 1;
}
