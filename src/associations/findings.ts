/**
 * What a rule found about one candidate (or about the pairs of a slate): a rule application in the kit's vocabulary
 * (`rule`, `text`, `outcome`, `inputs`, `source`), with the rule's name and what was missing. Missing data is never a
 * pass: the overall outcome is the worst finding (fail, then undetermined, then pass).
 * @module
 */
import type { Bilingual, Outcome, RuleApplication, Source, Warning } from '../core/index.js';
import { maskResidentId } from '../validators/resident-id.js';

/**
 * What one rule found about one candidate (or about the seats of a slate).
 * @category Associations
 */
export interface Finding extends RuleApplication {
  /** Stable rule id, e.g. `eligibility.age`, or a host rule's id. */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** What the rule decided (`not_applicable` when it does not concern the candidate). */
  readonly outcome: Outcome;
  /** Why, in Chinese and English. */
  readonly text: Bilingual;
  /** The legal or documentary basis applied. */
  readonly source: Source;
  /** Inputs the rule used (resident IDs masked). */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** For `undetermined`: the inputs (`birthDate`, `association.termYears`) or `parameter:<id>` that are missing. */
  readonly missing: readonly string[];
  /** Things to know that do not change the outcome (e.g. the age limit is reached during the term). */
  readonly warnings: readonly Warning[];
}

/**
 * A person key as shown in results: one that looks like a resident ID (15 or 18 characters) is masked.
 * @internal
 */
export function maskPersonKey(key: string): string {
  if (/^\d{17}[\dXx]$/.test(key) || /^\d{15}$/.test(key)) return maskResidentId(key);
  return key;
}
