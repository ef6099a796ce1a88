/**
 * Three-state results: each rule passes, fails, or is undetermined for want of named inputs; missing data is
 * never a pass. The overall outcome is the worst one: fail beats undetermined beats pass.
 * @module
 */
import type { Bilingual, Outcome, Source, Warning } from '../core/index.js';

export { combineOutcomes, type Outcome } from '../core/result.js';
import { maskResidentId } from '../validators/resident-id.js';

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

/** Masks anything that looks like a resident ID (15 or 18 characters) for display. @internal */
export function maskPersonKey(key: string): string {
  if (/^\d{17}[\dXx]$/.test(key) || /^\d{15}$/.test(key)) return maskResidentId(key);
  return key;
}
