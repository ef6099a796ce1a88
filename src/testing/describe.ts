/**
 * A case file as a block of tests in the host's own suite, one test per case named after it. The test functions
 * are passed in, so the library does not depend on vitest (jest, node:test wrappers and others fit the same shape).
 * @module
 */
import { isPolicyError, pick } from '../core/index.js';
import { typeName } from '../core/errors.js';
import { argumentParsers, checkOptions } from './arguments.js';
import type { CaseFile, Lang } from './case.js';
import { loadCaseFile } from './files.js';
import type { CaseFileOptions } from './load.js';
import { testingMessages } from './messages.js';
import { formatCaseFileError, formatCaseReport } from './report.js';
import { runPolicyCase, type CaseResult, type RunCasesOptions } from './run.js';

/**
 * What an `expect(value, message)` call returns, as far as {@link describePolicyCases} uses it.
 * @category Testing
 */
export interface EqualityAssertion {
  /** Fails the test when the value is not deeply equal to `expected`. */
  toEqual(expected: unknown): unknown;
}

/**
 * The test functions {@link describePolicyCases} needs (vitest's or jest's `describe`, `it`, `expect`).
 * @category Testing
 */
export interface TestFunctions {
  /** Declares a group of tests. */
  describe(name: string, body: () => void): unknown;
  /** Declares one test. */
  it(name: string, body: () => void): unknown;
  /**
   * Optional assertion function: when given, a failing case is asserted with `expect(actual, report).toEqual(expected)`
   * over the mismatching paths, so the runner shows a diff next to the report; without it the test throws the report.
   */
  expect?: (actual: unknown, message?: string) => EqualityAssertion;
}

/**
 * Options of {@link describePolicyCases}.
 * @category Testing
 */
export interface DescribeCasesOptions extends RunCasesOptions, Omit<CaseFileOptions, 'file'> {
  /** Language of failure reports (default `zh`). */
  readonly lang?: Lang;
  /** Name of the test group (default: the file name). */
  readonly name?: string;
}

function check(result: CaseResult, fns: TestFunctions, lang: Lang): void {
  if (result.status === 'pass') return;
  const report = formatCaseReport([result], { lang, passed: false, summary: false });
  if (fns.expect === undefined) throw new Error(report);
  const actual: Record<string, unknown> = { status: result.status };
  const expected: Record<string, unknown> = { status: 'pass' };
  for (const m of result.mismatches) {
    actual[m.path] = m.actual;
    expected[m.path] = m.expected;
  }
  if (result.error !== undefined) actual.error = `${result.error.code}: ${pick(result.error, lang)}`;
  fns.expect(actual, report).toEqual(expected);
}

/**
 * Declares one test per case of a case file (or of an already loaded {@link CaseFile}), named after the case.
 * A bad file becomes one failing test that prints every problem with its line.
 * @category Testing
 * @example
 * ```ts
 * // test/policy-examples.test.ts in a host project
 * import { describe, it, expect } from 'vitest';
 * import { describePolicyCases } from 'huaian-social-work/testing';
 * describePolicyCases('test/official-examples.yaml', { describe, it, expect });
 * ```
 */
export function describePolicyCases(
  file: string | URL | CaseFile,
  fns: TestFunctions,
  options: DescribeCasesOptions = {},
): void {
  const p = argumentParsers();
  p.testFunctions.parse(fns, ['fns']);
  checkOptions(p.describeOptions, options);
  if (typeof file !== 'string' && !(file instanceof URL)) {
    if (typeof file !== 'object' || file === null)
      testingMessages.fail('describe_file_type', ['file'], { received: typeName(file) });
    p.cases.parse((file as CaseFile).cases, ['file', 'cases']);
    if ((file as CaseFile).file !== undefined && typeof (file as CaseFile).file !== 'string')
      testingMessages.fail('file_name_not_text', ['file', 'file']);
  }
  const lang = options.lang ?? 'zh';
  const label =
    options.name ??
    (typeof file === 'string' ? file : file instanceof URL ? file.pathname : (file.file ?? 'policy cases'));
  let loaded: CaseFile;
  try {
    loaded = typeof file === 'string' || file instanceof URL ? loadCaseFile(file, options) : file;
  } catch (error) {
    const text = isPolicyError(error) ? formatCaseFileError(error, lang) : String(error);
    fns.describe(label, () => {
      fns.it(pick(testingMessages.text('case_file_valid'), lang), () => {
        throw new Error(text);
      });
    });
    return;
  }
  fns.describe(label, () => {
    for (const c of loaded.cases) {
      fns.it(c.name, () => check(runPolicyCase(c, options), fns, lang));
    }
  });
}
