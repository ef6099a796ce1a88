/**
 * Three-state results: each rule passes, fails, or is undetermined for want of named inputs; missing data is
 * never a pass. The overall outcome is the worst one: fail beats undetermined beats pass.
 * @module
 */
import { ErrorCode, fail, typeName, type Bilingual, type Source, type Warning } from '../core/index.js';
import { maskIds } from '../core/errors.js';
import { maskResidentId } from '../validators/resident-id.js';

/**
 * Outcome of a rule or of a whole review.
 * @category Associations
 */
export type Outcome = 'pass' | 'fail' | 'undetermined';

/**
 * What one rule found about one candidate (or about a pair of seats of a slate).
 * @category Associations
 */
export interface Finding {
  /** Stable rule id, e.g. `eligibility.age` or a host rule's id. */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** The rule's outcome. */
  readonly outcome: Outcome;
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The legal or documentary basis applied. */
  readonly citation: Source;
  /** Inputs the rule used (resident IDs masked). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** For `undetermined`: the inputs (or `parameter:<id>`) that are missing; empty otherwise. */
  readonly missing: readonly string[];
  /** Things to know that do not change the outcome (e.g. the age limit is reached during the term). */
  readonly warnings: readonly Warning[];
}

const RANK: Readonly<Record<Outcome, number>> = { pass: 0, undetermined: 1, fail: 2 };

/**
 * The overall outcome of several: `fail` if any fails, else `undetermined` if any is undetermined, else `pass`.
 * No outcomes at all is `undetermined` (nothing was checked, so nothing passed).
 * @category Associations
 * @example
 * ```ts
 * combineOutcomes(['pass', 'undetermined']); // 'undetermined'
 * combineOutcomes(['undetermined', 'fail']); // 'fail'
 * ```
 */
export function combineOutcomes(outcomes: Iterable<Outcome>): Outcome {
  if (typeof (outcomes as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function' || typeof outcomes === 'string') {
    fail(ErrorCode.InvalidType, ['outcomes'], `结论应为列表，实际为 ${typeName(outcomes)}`, `outcomes must be a list, got ${typeName(outcomes)}`);
  }
  let worst: Outcome | undefined;
  let i = 0;
  for (const o of outcomes) {
    if (typeof o !== 'string' || !Object.hasOwn(RANK, o)) {
      fail(ErrorCode.UnknownEnumValue, ['outcomes', i], '结论应为 pass、undetermined 或 fail', 'An outcome must be pass, undetermined or fail', { allowed: Object.keys(RANK) });
    }
    if (worst === undefined || RANK[o] > RANK[worst]) worst = o;
    i++;
  }
  return worst ?? 'undetermined';
}

/** Masks a key that is a resident ID (15 or 18 characters) like one, and any ID-like digit run inside others. @internal */
export function maskPersonKey(key: string): string {
  if (/^\d{17}[\dXx]$/.test(key) || /^\d{15}$/.test(key)) return maskResidentId(key);
  return maskIds(key);
}
