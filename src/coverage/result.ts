/**
 * The shapes of coverage results: a measure with its roll-up by division level, its gaps and what could not be
 * classified; the counts of the records read; the refused rows.
 * @module
 */
import type { PolicyError } from '../core/errors.js';
import type { Bilingual } from '../core/messages.js';
import type { ErrorRow, ResultEnvelope } from '../core/result.js';
import type { DivisionKind, DivisionLevel } from '../divisions/index.js';

/**
 * A unit's figures in a roll-up: totals of its whole subtree.
 * @category Coverage
 */
export interface RollupRow {
  /** Division code. */
  readonly code: string;
  /** Unit name. */
  readonly name: string;
  /** Unit kind. */
  readonly kind: DivisionKind;
  /** Unit level. */
  readonly level: DivisionLevel;
  /** Covered in the subtree. */
  readonly numerator: number;
  /** In scope and classified in the subtree. */
  readonly denominator: number;
  /** In the subtree but not classifiable for missing information (in neither of the above). */
  readonly undetermined: number;
  /** `numerator ÷ denominator` to 4 places (see `formatRate`); `null` when the denominator is 0. */
  readonly rate: string | null;
  /** The rate as a percent with 2 places; `null` when the denominator is 0. */
  readonly percent: string | null;
  /**
   * Records attached to this unit itself rather than to a unit below it (e.g. a city-level association), present only
   * when there are any. The row's totals are the sum of its children's plus these.
   */
  readonly direct?: { readonly numerator: number; readonly denominator: number; readonly undetermined: number };
}

/**
 * A measure's rows per level (city, county, township, village). A level is empty when the measure does not count
 * units that deep (e.g. 镇街 stations).
 * @category Coverage
 */
export interface CoverageRollup {
  /** The root (one row). */
  readonly city: readonly RollupRow[];
  /** County-level units. */
  readonly county: readonly RollupRow[];
  /** Township-level units. */
  readonly township: readonly RollupRow[];
  /** Village-level units. */
  readonly village: readonly RollupRow[];
}

/**
 * One member of a measure's denominator that is not covered, and why: a unit (unit measures) or a record in a unit
 * (organizations, associations, people).
 * @category Coverage
 */
export interface CoverageGap {
  /** The measure. */
  readonly measure: string;
  /** Division code of the unit. */
  readonly unit: string;
  /** Record id, absent when the gap is the unit itself. */
  readonly record?: string;
  /** Why it is not covered (see the indicator's `reasons`, or `GAP_REASONS`). */
  readonly reason: string;
  /** Detail, e.g. the checklist items not met or the change that was not reviewed. */
  readonly detail?: string;
}

/**
 * One member that could not be classified for a measure, and the facts that are missing.
 * @category Coverage
 */
export interface Unclassified {
  /** The measure. */
  readonly measure: string;
  /** Division code of the unit. */
  readonly unit: string;
  /** Record id, absent when it is the unit itself. */
  readonly record?: string;
  /** The missing fields, as `collection.field` (e.g. `organizations.fixedSite`). */
  readonly missing: readonly string[];
}

/**
 * One rate of an indicator (组织覆盖率, 单独组建率 and 工作覆盖率 are three measures of `party_coverage`).
 * @category Coverage
 */
export interface MeasureResult {
  /** Measure id, unique within the indicator (`organization`, `township`, `item:<id>`, …). */
  readonly id: string;
  /** What the measure counts. */
  readonly label: Bilingual;
  /** Covered (whole tree). */
  readonly numerator: number;
  /** In scope and classified (whole tree). */
  readonly denominator: number;
  /** Not classifiable for missing information (whole tree; in neither of the above). */
  readonly undetermined: number;
  /** `numerator ÷ denominator` to 4 places; `null` when the denominator is 0. */
  readonly rate: string | null;
  /** Percent text, e.g. `"94.74%"`; `null` when the denominator is 0. */
  readonly percent: string | null;
  /** Figures per unit and level. */
  readonly rollup: CoverageRollup;
  /** Members not covered: always `denominator − numerator`. */
  readonly gapCount: number;
  /** The gaps (at most `gapLimit` of them; `gapCount` has the total). */
  readonly gaps: readonly CoverageGap[];
  /** Members not classified (at most `gapLimit`; `undetermined` has the total). */
  readonly unclassified: readonly Unclassified[];
}

/**
 * What became of the records of one collection: `read = counted + outOfScope + undetermined + errors`.
 * @category Coverage
 */
export interface RecordCounts {
  /** Rows in the input. */
  readonly read: number;
  /** Rows that went into the figures. */
  readonly counted: number;
  /** Valid rows a scope rule left out (outside the 摸排 scope, outside the period, not employed on the date, …). */
  readonly outOfScope: number;
  /** Valid rows that could not be placed in or out of scope for missing information. */
  readonly undetermined: number;
  /** Refused rows (see `errors`). */
  readonly errors: number;
}

/**
 * A refused registry row: its collection and index, the host's id if it could be read, and why.
 * @category Coverage
 */
export interface RegistryRowError extends ErrorRow {
  /** The collection (`organizations`). */
  readonly collection: string;
  /** Why (issue paths start with the collection and the row's index). */
  readonly error: PolicyError;
}

/**
 * A unit with 3 or more formal party members (the profile's number) and no party organization of its own on the
 * date: the 应建未建 list (《中国共产党支部工作条例(试行)》 第四条 has no size limit).
 * @category Coverage
 */
export interface MustFormEntry {
  /** Organization id. */
  readonly record: string;
  /** Division code. */
  readonly unit: string;
  /** Formal party members. */
  readonly formalPartyMembers: number;
  /** `none`: no party organization at all; `joint`: covered only by a joint one. */
  readonly currently: 'none' | 'joint';
  /** Whether the unit is in the 摸排 scope of the coverage rate (`undetermined` when a scope fact is missing). */
  readonly scope: 'in' | 'out' | 'undetermined';
}

/**
 * Result of `computeCoverage`: the headline measure's figures on top, every measure, the counts of the records read,
 * the refused rows, and the envelope (outcome, date, profile, engine, warnings, missing, explanation).
 * `outcome` is `undetermined` when some members could not be classified (their fields are in `missing`) or a
 * parameter has no value on the date; the figures then cover what could be classified.
 * @category Coverage
 */
export interface CoverageResult extends ResultEnvelope<'coverage', 'computed' | 'undetermined'> {
  /** Indicator id. */
  readonly indicator: string;
  /** Indicator name. */
  readonly label: Bilingual;
  /** Id of the headline measure (the first of `measures`). */
  readonly measure: string;
  /** Headline numerator (`null` only when a parameter gap left nothing computed). */
  readonly numerator: number | null;
  /** Headline denominator. */
  readonly denominator: number | null;
  /** Headline: not classifiable. */
  readonly undetermined: number | null;
  /** Headline rate (4 places), `null` for a zero denominator. */
  readonly rate: string | null;
  /** Headline percent text. */
  readonly percent: string | null;
  /** Headline roll-up. */
  readonly rollup: CoverageRollup | null;
  /** Headline gaps: `denominator − numerator`. */
  readonly gapCount: number | null;
  /** Headline gaps (at most `gapLimit`). */
  readonly gaps: readonly CoverageGap[];
  /** Every measure, headline first. */
  readonly measures: readonly MeasureResult[];
  /** The 应建未建 list (`party_coverage` only). */
  readonly mustForm?: readonly MustFormEntry[];
  /** Organizations whose formal party members are not given, so the 应建未建 list cannot say (`party_coverage`). */
  readonly mustFormUndetermined?: number;
  /** What became of the records of each collection read. */
  readonly records: Readonly<Record<string, RecordCounts>>;
  /** Refused rows of the collections read (each a row-level error; the rest is counted). */
  readonly errors: readonly RegistryRowError[];
}
