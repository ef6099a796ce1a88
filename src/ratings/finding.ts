/**
 * A finding of a ratings rule: what one rule decided about one organization (pass, fail, undetermined naming what
 * is missing, or not applicable), why, and the article.
 * @module
 */
import type { Bilingual, Source } from '../core/index.js';

/**
 * What one rule found.
 * @category Ratings
 */
export interface RatingFinding {
  /** Stable rule id (`ratings.route`, `ratings.exclusion.inspection`, `ratings.bar`, `ratings.fiveA.prior`, …). */
  readonly rule: string;
  /** The rule's name. */
  readonly label: Bilingual;
  /** What it decided. */
  readonly outcome: 'pass' | 'fail' | 'undetermined' | 'not_applicable';
  /** Why, in Chinese. */
  readonly zh: string;
  /** Why, in English. */
  readonly en: string;
  /** The article applied (a city rule cites the notice its profile value comes from). */
  readonly citation: Source;
  /** A date the finding turns on (the end of a bar, the first day an application is possible, a deadline), or `null`. */
  readonly date: string | null;
  /** For `undetermined`: the inputs (`registeredOn`, `annualInspections.2025`) or parameters missing; else empty. */
  readonly missing: readonly string[];
}

/** Builds a finding and traces it as a rule application. @internal */
export function finding(
  scope: {
    readonly trace: {
      readonly recording: boolean;
      rule(a: { rule: string; text: Bilingual; outcome: RatingFinding['outcome']; source: Source }): void;
    };
  },
  rule: string,
  label: Bilingual,
  outcome: RatingFinding['outcome'],
  text: Bilingual,
  citation: Source,
  date: string | null = null,
  missing: readonly string[] = [],
): RatingFinding {
  if (scope.trace.recording) scope.trace.rule({ rule, text, outcome, source: citation });
  return { rule, label, outcome, zh: text.zh, en: text.en, citation, date, missing };
}
