/**
 * One result envelope for every engine: what was decided (`outcome`, one vocabulary), on which date the parameters
 * were read (`asOf`), under which profile and engine version, with warnings, the inputs that were missing, and the
 * explanation. Batches share one row shape and one policy: a bad row is a row-level error, never dropped, and the
 * counts always reconcile.
 * @module
 */
import { isPolicyError, PolicyError, typeName, type IssuePath, type PolicyIssue } from './errors.js';
import type { Explanation } from './explanation.js';
import type { Warning } from './messages.js';
import { coreMessages } from './core-messages.js';
import { countArg, functionArg, stringArg } from './args.js';
import { pathArg, quote } from './errors.js';
import { trustedFailure, VALIDATION_MODES, type ValidationMode } from './validation.js';

/**
 * What a result decided, in one vocabulary for every domain:
 * - `computed`: a value was computed (pay, a rate, a deadline);
 * - `pass` / `fail`: a check held or did not (a review, an eligibility or statutory check);
 * - `undetermined`: inputs or parameters are missing (listed in `missing`); missing data is never a pass;
 * - `not_applicable`: the rule does not apply to this case (said why in the explanation).
 * Batch rows add `error`: the row's input was refused (the batch goes on).
 * @category Results
 */
export type Outcome = 'computed' | 'pass' | 'fail' | 'undetermined' | 'not_applicable';

/** A batch row's outcome: an {@link Outcome}, or `error` for a row whose input was refused. @category Results */
export type RowOutcome = Outcome | 'error';

/** The outcomes, in the order summaries list them. @category Results */
export const OUTCOMES: readonly RowOutcome[] = ['computed', 'pass', 'fail', 'undetermined', 'not_applicable', 'error'];

/** Which profile a result used. @category Results */
export interface ProfileRef {
  /** Profile id. */
  readonly id: string;
  /** Profile data version. */
  readonly version: string;
}

/** Which engine computed a result: the package and its version, so a changed rule shows up in results. @category Results */
export interface EngineRef {
  /** Always `'huaian-social-work'`. */
  readonly name: string;
  /** The package version. */
  readonly version: string;
  /** The domain (`'salary'`, `'coverage'`, …). */
  readonly domain: string;
}

declare const __PACKAGE_VERSION__: string | undefined;

/** The package version (set at build time; `'0.0.0-dev'` when run from source without the build's define). @internal */
export const PACKAGE_VERSION: string = typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev';

const engines = new Map<string, EngineRef>();

const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const DOMAIN_FORMAT = {
  zh: '小写英文字母开头、由小写字母数字和连字符组成的名称（至多四十个字符）',
  en: 'a lower-case name of letters, digits and hyphens (at most 40 characters)',
};

/**
 * The engine reference of a domain (one frozen object per domain).
 * @category Results
 * @example
 * ```ts
 * engineRef('salary'); // { name: 'huaian-social-work', version: <the package's version>, domain: 'salary' }
 * ```
 */
export function engineRef(domain: string): EngineRef {
  let e = engines.get(domain);
  if (e !== undefined) return e;
  stringArg(domain, 'domain');
  // A domain is a folder name: anything else (a resident ID, a megabyte of text) is a caller's mistake, refused
  // before it is kept in the table or echoed in every result.
  if (!DOMAIN_NAME.test(domain))
    coreMessages.fail('invalid_format', ['domain'], { expected: DOMAIN_FORMAT, received: quote(domain) });
  if (e === undefined) {
    e = Object.freeze({ name: 'huaian-social-work', version: PACKAGE_VERSION, domain });
    engines.set(domain, e);
  }
  return e;
}

/**
 * What every result carries.
 * @category Results
 */
export interface ResultEnvelope<K extends string = string, O extends Outcome = Outcome> {
  /** The result type (`'salary'`, `'coverage'`, `'review'`, …), for renderers and hosts that store results. */
  readonly kind: K;
  /** What was decided. */
  readonly outcome: O;
  /** The date the parameters were read on. */
  readonly asOf: string;
  /** The profile used. */
  readonly profile: ProfileRef;
  /** The engine (package version and domain). */
  readonly engine: EngineRef;
  /** Things to know that do not change the outcome (provisional or low-confidence values, notices). */
  readonly warnings: readonly Warning[];
  /** For `undetermined`: the inputs (`birthDate`) and parameters (`parameter:<id>`) that are missing; else empty. */
  readonly missing: readonly string[];
  /** How the result was reached (present unless the caller turned explanations off for a batch). */
  readonly explanation?: Explanation;
}

/**
 * A batch row that was refused: the index of the input, the host's id if it could be read, and the issues.
 * @category Results
 */
export interface ErrorRow {
  /** Position in the input. */
  readonly index: number;
  /** Always `'error'`. */
  readonly outcome: 'error';
  /** The host's `id` of the row, if the row had one. */
  readonly id?: string | number;
  /** Why it was refused (paths start with the row's index). */
  readonly error: PolicyError;
}

/** Rows by outcome; `total` is always the sum of the others. @category Results */
export type OutcomeCounts = { readonly total: number } & { readonly [O in RowOutcome]: number };

/**
 * An empty count.
 * @category Results
 * @example
 * ```ts
 * emptyCounts().total; // 0
 * ```
 */
export function emptyCounts(): { total: number } & Record<RowOutcome, number> {
  return { total: 0, computed: 0, pass: 0, fail: 0, undetermined: 0, not_applicable: 0, error: 0 };
}

/**
 * The worst of several check outcomes: `fail` beats `undetermined` beats `pass`; `not_applicable` counts only when
 * nothing else is there; no outcomes at all is `undetermined` (nothing was checked, so nothing passed).
 * @category Results
 * @example
 * ```ts
 * combineOutcomes(['pass', 'undetermined']); // 'undetermined'
 * combineOutcomes(['undetermined', 'fail']); // 'fail'
 * ```
 */
export function combineOutcomes(outcomes: Iterable<Outcome>): Outcome {
  if (
    typeof (outcomes as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function' ||
    typeof outcomes === 'string'
  ) {
    coreMessages.fail('invalid_type', ['outcomes'], { expected: 'array', received: typeName(outcomes) });
  }
  let worst: Outcome | undefined;
  let i = 0;
  for (const o of outcomes) {
    const r = typeof o === 'string' && Object.prototype.hasOwnProperty.call(RANK, o) ? RANK[o] : undefined;
    if (r === undefined)
      coreMessages.fail('unknown_enum_value', ['outcomes', i], {
        allowed: Object.keys(RANK),
        received: typeof o === 'string' ? String(o).slice(0, 40) : typeName(o),
      });
    if (worst === undefined || r > RANK[worst]) worst = o;
    i++;
  }
  return worst ?? 'undetermined';
}

const RANK: Readonly<Record<Outcome, number>> = { not_applicable: 0, computed: 1, pass: 1, undetermined: 2, fail: 3 };

/** The `id` of a raw row, when it has a usable one (for error rows). */
function rowId(raw: unknown): string | number | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' ? id.slice(0, 64) : typeof id === 'number' && Number.isFinite(id) ? id : undefined;
}

/**
 * The error row for a refused input: issue paths get the row index in front (unless they already start with it, or
 * point into the profile's `parameters`).
 * @category Results
 * @example
 * ```ts
 * const error = new PolicyError([{ code: 'required', path: ['serviceStart'], zh: '缺少参加社区工作时间', en: 'Start of service is missing' }]);
 * errorRow(3, { id: 'w4' }, error).error.path; // [3, 'serviceStart']
 * ```
 */
export function errorRow(index: number, raw: unknown, error: PolicyError): ErrorRow {
  countArg(index, 'index');
  if (!isPolicyError(error))
    coreMessages.fail('invalid_type', ['error'], { expected: 'PolicyError', received: typeName(error) });
  const first = error.path[0];
  const e =
    first === index || first === 'parameters'
      ? error
      : new PolicyError(error.issues.map((i: PolicyIssue) => ({ ...i, path: [index, ...i.path] })));
  const id = rowId(raw);
  return id === undefined ? { index, outcome: 'error', error: e } : { index, outcome: 'error', id, error: e };
}

/**
 * Runs `evaluate` on every item of a batch. A row whose input is refused (a {@link PolicyError}) becomes an
 * {@link ErrorRow}. In `checked` mode (the default) anything else thrown is a bug and propagates; in `trusted` mode
 * (the rows' records were not checked: `evaluate` takes them as given) anything else is taken for a record of the
 * wrong shape and becomes an error row with the code `trusted_input_invalid` (see {@link trustedFailure}). Nothing is
 * dropped: `rows.length === items.length` and the counts add up to it.
 * @param items - the batch (must be an array)
 * @param evaluate - one row → its row result (with an `outcome`)
 * @param path - where the batch sits in the call (for the "not an array" refusal)
 * @param mode - the call's {@link ValidationMode} (default `'checked'`)
 * @category Results
 * @example
 * ```ts
 * const { rows, counts } = runBatch([1, 'x'], (v) => ({ outcome: 'computed' as const, v }));
 * counts.total; // 2
 * const trusted = runBatch([{ n: 1 }, null], (v) => ({ outcome: 'computed' as const, n: (v as { n: number }).n }), [], 'trusted');
 * trusted.counts.error; // 1
 * trusted.rows[1].outcome; // 'error'
 * ```
 */
export function runBatch<R extends { readonly outcome: Outcome }>(
  items: unknown,
  evaluate: (raw: unknown, index: number) => R,
  path: IssuePath = [],
  mode: ValidationMode = 'checked',
): { rows: (R | ErrorRow)[]; counts: OutcomeCounts } {
  pathArg(path);
  functionArg(evaluate, 'evaluate');
  if (mode !== 'checked' && mode !== 'trusted')
    coreMessages.fail('unknown_enum_value', ['mode'], {
      allowed: VALIDATION_MODES,
      received: typeof mode === 'string' ? String(mode).slice(0, 40) : typeName(mode),
    });
  if (!Array.isArray(items)) coreMessages.fail('invalid_type', path, { expected: 'array', received: typeName(items) });
  const n = items.length;
  const rows = new Array<R | ErrorRow>(n);
  const counts = emptyCounts();
  for (let i = 0; i < n; i++) {
    const raw: unknown = items[i];
    let row: R | ErrorRow;
    try {
      row = evaluate(raw, i);
    } catch (error) {
      if (!isPolicyError(error) && mode !== 'trusted') throw error;
      row = errorRow(i, raw, trustedFailure(error, [i]));
    }
    rows[i] = row;
    // A row must say what it decided, in the vocabulary: otherwise the counts could not add up to the rows.
    const outcome = (row as { outcome?: unknown } | null)?.outcome;
    if (typeof outcome !== 'string' || !Object.prototype.hasOwnProperty.call(counts, outcome) || outcome === 'total') {
      coreMessages.fail('unknown_enum_value', [...path, i, 'outcome'], {
        allowed: OUTCOMES,
        received: typeof outcome === 'string' ? outcome.slice(0, 40) : typeName(outcome),
      });
    }
    counts[row.outcome]++;
  }
  counts.total = n;
  return { rows, counts };
}
