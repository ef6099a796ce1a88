/**
 * Running cases: resolve the profile, apply the overrides, compute, and compare with the expectation. A failure
 * carries every mismatching path (expected and actual, with the line it was written on) and the explanation of the
 * actual result, so the reader sees why it differs. Pure: no I/O, no clock.
 * @module
 */
import {
  PolicyError,
  explain as renderExplanation,
  formatPath,
  isPolicyError,
  withOverrides,
  type Bilingual,
  type IssuePath,
  type PolicyIssue,
  type Profile,
} from '../core/index.js';
import { argumentParsers, checkOptions } from './arguments.js';
import type { Lang, PolicyCase } from './case.js';
import { checkProfile } from '../core/profile.js';
import { resolveComputationName, type ComputationRegistry, type PolicyComputation } from './computation.js';
import { builtinComputations } from './computations.js';
import { matchExpected, type MismatchKind } from './match.js';
import { testingMessages } from './messages.js';

/**
 * Options of {@link runPolicyCases}.
 * @category Testing
 */
export interface RunCasesOptions {
  /** Extra computations (or replacements), merged over {@link builtinComputations}. */
  readonly computations?: ComputationRegistry;
  /** Host profiles a case may name by id (checked before the shipped ones). */
  readonly profiles?: Readonly<Record<string, Profile>>;
}

/**
 * A mismatch in a case's result, ready to print.
 * @category Testing
 */
export interface CaseMismatch {
  /** Path as written in the case (`"expect.monthly.total"`, `"expect.findings[0]"`). */
  readonly path: string;
  /** The expected value. */
  readonly expected: unknown;
  /** The actual value (for a list element with no match: the closest element). */
  readonly actual: unknown;
  /** Why it differs. */
  readonly kind: MismatchKind;
  /** Line where the expected value was written, if known. */
  readonly line?: number;
}

/**
 * A computation's refusal (or a case that could not run), as plain data.
 * @category Testing
 */
export interface CaseError {
  /** Where it happened: finding the computation or profile, applying the overrides, or computing. */
  readonly stage: 'setup' | 'overrides' | 'compute';
  /** The first issue's code. */
  readonly code: string;
  /** The first issue's path, formatted. */
  readonly path: string;
  /** The first issue's message in Chinese. */
  readonly zh: string;
  /** The first issue's message in English. */
  readonly en: string;
  /** Every issue, paths formatted. */
  readonly issues: ReadonlyArray<{
    readonly code: string;
    readonly path: string;
    readonly zh: string;
    readonly en: string;
    readonly params?: Readonly<Record<string, unknown>>;
  }>;
  /** Line in the case file of the field at fault (`overrides`, `profile`, `computation`), if known. */
  readonly line?: number;
}

/**
 * The outcome of one case.
 * - `pass`: the result matches (or the expected error was raised);
 * - `fail`: the result (or error) differs from the expectation: see `mismatches`;
 * - `error`: the case could not be computed (unexpected refusal, unknown profile, bad override): see `error`.
 * @category Testing
 */
export interface CaseResult {
  /** The case's name. */
  readonly name: string;
  /** pass, fail or error. */
  readonly status: 'pass' | 'fail' | 'error';
  /** The case that was run. */
  readonly case: PolicyCase;
  /** Every mismatching path (empty unless `fail`). */
  readonly mismatches: readonly CaseMismatch[];
  /** The computed result, when there is one. */
  readonly actual?: unknown;
  /** The refusal, for `error` (and for `fail` when an error was raised but a different one was expected). */
  readonly error?: CaseError;
  /** How the actual result was reached, in both languages (only for `fail` and `error`, when available). */
  readonly explanation?: Bilingual;
}

function plainIssues(issues: readonly PolicyIssue[]): CaseError['issues'] {
  return issues.map((i) => ({
    code: i.code,
    path: formatPath(i.path),
    zh: i.zh,
    en: i.en,
    ...(i.params !== undefined ? { params: i.params } : {}),
  }));
}

function caseError(stage: CaseError['stage'], error: unknown, line: number | undefined): CaseError {
  const issues: readonly PolicyIssue[] = isPolicyError(error)
    ? error.issues
    : [testingMessages.issue('internal_error', [], { detail: String((error as Error)?.message ?? error) })];
  const list = plainIssues(issues);
  const first = list[0]!;
  return {
    stage,
    code: first.code,
    path: first.path,
    zh: first.zh,
    en: first.en,
    issues: list,
    ...(line !== undefined ? { line } : {}),
  };
}

function lineOf(c: PolicyCase, path: IssuePath): number | undefined {
  const lines = c.origin?.lines;
  if (lines === undefined) return c.origin?.line;
  for (let n = path.length; n > 0; n--) {
    const line = lines[formatPath(path.slice(0, n))];
    if (line !== undefined) return line;
  }
  return c.origin?.line;
}

/** The line of the input field an error points at (`serviceStart` → `input.serviceStart`), else of the input. */
function errorLine(c: PolicyCase, error: unknown): number | undefined {
  const lines = c.origin?.lines;
  const path = isPolicyError(error) ? error.path : [];
  // A parameter with no value in force is a question of the date (or of the profile chosen for it).
  if (path[0] === 'parameters')
    return lineOf(c, [c.overrides !== undefined ? 'overrides' : c.asOf !== undefined ? 'asOf' : 'profile']);
  if (lines !== undefined && path.length > 0) {
    const inInput = lines[formatPath(['input', ...path])];
    if (inInput !== undefined) return inInput;
    const top = lines[formatPath([path[0]!])];
    if (top !== undefined && typeof path[0] === 'string' && path[0] !== 'input') return top;
  }
  return lineOf(c, ['input', ...path]);
}

/** The result's explanation as text: the computation's own explain, else the one renderer of the kit. */
function explain(computation: PolicyComputation | undefined, actual: unknown): Bilingual | undefined {
  const text = (lang: Lang): string => computation?.explain?.(actual, lang) ?? renderExplanation(actual, { lang });
  try {
    return { zh: text('zh'), en: text('en') };
  } catch {
    // An explanation is a help for the reader (and not every result is renderable): failing to render one must not hide the mismatch itself.
    return undefined;
  }
}

/**
 * Runs one case.
 * @category Testing
 * @example
 * ```ts
 * const [c] = parseCaseData([{ name: '3 members', computation: 'party_organization', asOf: '2026-01-01',
 *   input: { formalPartyMembers: 3, probationaryPartyMembers: 0, unitType: 'two_new' }, expect: { formation: 'standalone' } }]).cases;
 * runPolicyCase(c!).status; // 'pass'
 * ```
 */
export function runPolicyCase(c: PolicyCase, options: RunCasesOptions = {}): CaseResult {
  argumentParsers().policyCase.parse(c, ['case']);
  if (typeof c.profile === 'object') checkProfile(c.profile, ['case', 'profile']);
  checkOptions(argumentParsers().runOptions, options);
  return runChecked(c, options);
}

/** Runs a case whose shape and options are checked. */
function runChecked(c: PolicyCase, options: RunCasesOptions): CaseResult {
  const registry: ComputationRegistry =
    options.computations === undefined ? builtinComputations : { ...builtinComputations, ...options.computations };
  const base = { name: c.name, case: c, mismatches: [] as CaseMismatch[] };
  const name = resolveComputationName(registry, c.computation);
  const computation = name === undefined ? undefined : registry[name];
  if (computation === undefined) {
    const e = testingMessages.issue('unknown_computation', ['computation'], {
      computation: c.computation,
      known: Object.keys(registry),
    });
    return { ...base, status: 'error', error: caseError('setup', new PolicyError([e]), lineOf(c, ['computation'])) };
  }

  let profile: Profile | undefined;
  if (typeof c.profile === 'object') profile = c.profile;
  else if (typeof c.profile === 'string') {
    profile =
      (options.profiles !== undefined && Object.hasOwn(options.profiles, c.profile)
        ? options.profiles[c.profile]
        : undefined) ?? computation.profile?.(c.profile);
    if (profile === undefined) {
      const known = [...Object.keys(options.profiles ?? {}), ...(computation.profileIds?.() ?? [])];
      const e = testingMessages.issue('unknown_profile', ['profile'], { profile: c.profile, allowed: known });
      return { ...base, status: 'error', error: caseError('setup', new PolicyError([e]), lineOf(c, ['profile'])) };
    }
  }
  if (c.overrides !== undefined) {
    try {
      const target = profile ?? computation.defaultProfile?.();
      if (target === undefined) {
        testingMessages.fail('overrides_need_profile', ['profile']);
      }
      profile = withOverrides(target, c.overrides);
    } catch (error) {
      return { ...base, status: 'error', error: caseError('overrides', error, lineOf(c, ['overrides'])) };
    }
  }

  let actual: unknown;
  try {
    actual = computation.run(c.input, {
      ...(c.asOf !== undefined ? { asOf: c.asOf } : {}),
      ...(profile !== undefined ? { profile } : {}),
      options: c.options ?? {},
    });
  } catch (error) {
    const err = caseError('compute', error, errorLine(c, error));
    if (c.expectError !== undefined && isPolicyError(error)) {
      const found = compare(c, 'expectError', c.expectError, err);
      if ('error' in found) return { ...base, status: 'error', error: found.error };
      return found.mismatches.length === 0
        ? { ...base, status: 'pass', error: err }
        : { ...base, status: 'fail', mismatches: found.mismatches, error: err };
    }
    return { ...base, status: 'error', error: err };
  }
  if (c.expectError !== undefined) {
    const m: CaseMismatch = { path: 'expectError', expected: c.expectError, actual: undefined, kind: 'missing' };
    const line = lineOf(c, ['expectError']);
    return {
      ...base,
      status: 'fail',
      actual,
      mismatches: [line === undefined ? m : { ...m, line }],
      ...withExplanation(computation, actual),
    };
  }
  const found = compare(c, 'expect', c.expect ?? {}, actual);
  if ('error' in found) return { ...base, status: 'error', actual, error: found.error };
  if (found.mismatches.length === 0) return { ...base, status: 'pass', actual };
  return { ...base, status: 'fail', actual, mismatches: found.mismatches, ...withExplanation(computation, actual) };
}

/** Matches, turning a bad tolerance (possible in a case built in code) into an error result rather than a throw. */
function compare(
  c: PolicyCase,
  field: 'expect' | 'expectError',
  expected: unknown,
  actual: unknown,
): { mismatches: CaseMismatch[] } | { error: CaseError } {
  try {
    const found = matchExpected(expected, actual, c.tolerance !== undefined ? { tolerance: c.tolerance } : {});
    return { mismatches: found.map((m) => mismatchOf(c, field, m)) };
  } catch (error) {
    if (!isPolicyError(error)) throw error;
    return { error: caseError('setup', error, lineOf(c, ['tolerance'])) };
  }
}

function withExplanation(computation: PolicyComputation, actual: unknown): { explanation?: Bilingual } {
  const e = explain(computation, actual);
  return e === undefined ? {} : { explanation: e };
}

function mismatchOf(
  c: PolicyCase,
  field: 'expect' | 'expectError',
  m: { path: IssuePath; expected: unknown; actual: unknown; kind: MismatchKind },
): CaseMismatch {
  const full = [field, ...m.path];
  const line = lineOf(c, full);
  return {
    path: formatPath(full),
    expected: m.expected,
    actual: m.actual,
    kind: m.kind,
    ...(line !== undefined ? { line } : {}),
  };
}

/**
 * Runs cases (from {@link parseCaseFile}, {@link parseCaseData} or `loadCaseFile`) and returns one result per case,
 * in order. Never throws for a bad case: a case that cannot run is an `error` result.
 * @category Testing
 * @example
 * ```ts
 * const results = runPolicyCases(parseCaseFile(text, { file: 'cases.yaml' }).cases);
 * console.log(formatCaseReport(results, { lang: 'zh' })); // ends with "3 passed, 0 failed"
 * ```
 */
export function runPolicyCases(cases: readonly PolicyCase[], options: RunCasesOptions = {}): CaseResult[] {
  argumentParsers().cases.parse(cases, ['cases']);
  cases.forEach((c, i) => typeof c.profile === 'object' && checkProfile(c.profile, ['cases', i, 'profile']));
  checkOptions(argumentParsers().runOptions, options);
  return cases.map((c) => runChecked(c, options));
}
