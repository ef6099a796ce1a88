/**
 * Readable reports of case results and of bad case files, in Chinese or English. A report ends with the plain line
 * `N passed, N failed` (the same words in both languages, so scripts can read it).
 * @module
 */
import { formatPath, isPolicyError, pick, type PolicyError } from '../core/index.js';
import { maskIds } from '../core/errors.js';
import { argumentParsers, checkOptions, langArg } from './arguments.js';
import { testingMessages as m, testingMessages } from './messages.js';

/** True unless `error` is a PolicyError whose issues all have a code, a path list and both messages. */
function malformedIssues(error: unknown): boolean {
  if (!isPolicyError(error)) return true;
  return !error.issues.every(
    (i) =>
      typeof i === 'object' &&
      i !== null &&
      typeof i.code === 'string' &&
      Array.isArray(i.path) &&
      typeof i.zh === 'string' &&
      typeof i.en === 'string' &&
      (i.params === undefined || (typeof i.params === 'object' && i.params !== null)),
  );
}
import type { Lang } from './case.js';
import type { CaseError, CaseMismatch, CaseResult } from './run.js';

/**
 * Options of {@link formatCaseReport}.
 * @category Testing
 */
export interface CaseReportOptions {
  /** Language of the report (default `zh`). */
  readonly lang?: Lang;
  /** List passing cases too, one line each (default true). */
  readonly passed?: boolean;
  /** Include the explanation of each failing result (default true). */
  readonly explanations?: boolean;
  /** End with the line `N passed, N failed` (default true). */
  readonly summary?: boolean;
}

const MAX_VALUE = 400;

/** A value as compact JSON (Chinese kept as is), shortened when long. */
function showValue(value: unknown, lang: Lang): string {
  if (value === undefined) return pick(m.text('report_absent'), lang);
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE)}…` : text;
}

function where(file: string | undefined, line: number | undefined): string {
  if (file === undefined) return line === undefined ? '' : `:${line}`;
  return line === undefined ? file : `${file}:${line}`;
}

function mismatchLine(x: CaseMismatch, lang: Lang): string {
  const p = { path: x.path, line: x.line, expected: showValue(x.expected, lang), actual: showValue(x.actual, lang) };
  switch (x.kind) {
    case 'missing':
      return pick(m.text('mismatch_missing', p), lang);
    case 'no_match':
      return pick(m.text('mismatch_no_match', { ...p, empty: x.actual === undefined }), lang);
    case 'type':
      return pick(m.text('mismatch_type', p), lang);
    default:
      return pick(m.text('mismatch_different', p), lang);
  }
}

/** The heading of an error, by the stage it happened in. */
const ERROR_IN = { setup: 'error_in_setup', overrides: 'error_in_overrides', compute: 'error_in_compute' } as const;

function errorLines(error: CaseError, lang: Lang): string[] {
  const out = [pick(m.text(ERROR_IN[error.stage], { line: error.line }), lang)];
  for (const i of error.issues) out.push(`  ${i.code}${i.path ? ` @ ${i.path}` : ''}: ${pick(i, lang)}`);
  return out;
}

function indent(lines: readonly string[], by: string): string[] {
  return lines.map((l) => (l === '' ? l : by + l));
}

/** The lines describing one non-passing result. */
function failureLines(r: CaseResult, lang: Lang, explanations: boolean): string[] {
  const c = r.case;
  const out: string[] = [];
  const head = r.status === 'error' ? '!' : '✗';
  const loc = where(c.origin?.file, c.origin?.line);
  out.push(`${head} ${r.name}${loc ? `  (${loc})` : ''}`);
  const body: string[] = [];
  if (c.description !== undefined) body.push(pick(m.text('report_description', { text: c.description }), lang));
  if (c.source !== undefined) {
    const text = typeof c.source === 'string' ? c.source : c.source.join('; ');
    body.push(pick(m.text('report_source', { text }), lang));
  }
  for (const m of r.mismatches) body.push(mismatchLine(m, lang));
  if (r.error !== undefined) body.push(...errorLines(r.error, lang));
  if (explanations && r.explanation !== undefined) {
    body.push(pick(m.text('report_explanation'), lang));
    body.push(...indent(pick(r.explanation, lang).split('\n'), '  '));
  }
  out.push(...indent(body, '    '));
  return out;
}

/**
 * Renders results as text: each failure with every mismatching path (expected, actual, line) and the explanation
 * of the actual result; passing cases one line each; then the plain line `N passed, N failed` (errors count as failed).
 * @category Testing
 * @example
 * ```ts
 * formatCaseReport(runPolicyCases(cases), { lang: 'en' });
 * // ✓ grade 8 on 2026-01-01
 * // ✗ pay on 2026-01-01  (cases.yaml:12)
 * //     expect.monthly.total (line 20): expected "6123.40", actual "6100.00"
 * //     ...
 * // 1 passed, 1 failed
 * ```
 */
export function formatCaseReport(results: readonly CaseResult[], options: CaseReportOptions = {}): string {
  argumentParsers().results.parse(results, ['results']);
  checkOptions(argumentParsers().reportOptions, options);
  const lang = options.lang ?? 'zh';
  const lines: string[] = [];
  let passed = 0;
  for (const r of results) {
    if (r.status === 'pass') {
      passed++;
      if (options.passed !== false) lines.push(`✓ ${r.name}`);
    } else {
      lines.push(...failureLines(r, lang, options.explanations !== false));
    }
  }
  // Text for display: no resident ID shows, whatever a case, a result or a host wrote.
  if (options.summary === false) return maskIds(lines.join('\n'));
  if (lines.length > 0) lines.push('');
  lines.push(`${passed} passed, ${results.length - passed} failed`);
  return maskIds(lines.join('\n'));
}

/**
 * Renders the error of a bad case file (from {@link parseCaseFile} or `loadCaseFile`) one issue per line:
 * `file:line:column 用例「name」 path: message [code]`.
 * @category Testing
 * @example
 * ```ts
 * const r = safeParseCaseFile('cases:\n  - name: x\n    asOf: 2026-02-30\n', { file: 'a.yaml' });
 * if (!r.success) formatCaseFileError(r.error, 'en');
 * // a.yaml:3:5 case "x" cases[0].asOf: "asOf" is not a valid YYYY-MM-DD date: "2026-02-30" [invalid_date]
 * // ...
 * ```
 */
export function formatCaseFileError(error: PolicyError, lang: Lang = 'zh'): string {
  const bad = malformedIssues(error);
  if (bad) testingMessages.fail('malformed_error', ['error'], { expected: 'PolicyError' });
  const l = langArg(lang);
  const text = error.issues
    .map((i) => {
      const p = i.params ?? {};
      const file = typeof p.file === 'string' ? p.file : undefined;
      const line = typeof p.line === 'number' ? p.line : undefined;
      const column = typeof p.column === 'number' ? p.column : undefined;
      const pos =
        line === undefined ? (file ?? '') : `${file ?? ''}:${line}${column === undefined ? '' : `:${column}`}`;
      const name = typeof p.case === 'string' ? ` ${pick(m.text('report_case', { name: p.case }), l)}` : '';
      const path = i.path.length > 0 ? ` ${formatPath(i.path)}` : '';
      return `${pos}${name}${path}: ${pick(i, l)} [${i.code}]`.trimStart();
    })
    .join('\n');
  return maskIds(text);
}
