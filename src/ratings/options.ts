/**
 * The options every public function of the ratings domain reads, the same way: `asOf` (required), `profile`, and
 * `calendar` (for the 15 日 of art. 33); eligibility adds `target` and `registeredBefore`, batches `explain`, the
 * project check `isProfessional`.
 * @module
 */
import {
  asOfOption,
  calendarOption,
  explainOption,
  optionalDateOption,
  validateOption,
  type CalendarDate,
  type OptionReader,
  type Profile,
  type ValidationMode,
  type WorkCalendar,
} from '../core/index.js';
import type { Rating } from '../entities/organization.js';
import { ratingMessages as M } from './messages.js';
import { ratingOrganizationRecord, type ProjectStaff } from './records.js';
import { ratingProfiles } from './registry.js';

/**
 * Options of the ratings functions.
 * @category Ratings
 */
export interface RatingOptions {
  /** The date asked about (an application's date, a status's date), and the date parameters are read on: `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  /** A shipped profile id (`'jiangsu'`, the default; `'suzhou-2021'`, `'anhui-huaining'`), a `Profile`, or profile JSON. */
  readonly profile?: string | Profile | object;
  /** The work calendar (for a deadline that moves off a rest day): a `WorkCalendar` or calendar JSON; default the shipped one. */
  readonly calendar?: WorkCalendar | object;
}

/**
 * Options of `ratingEligibility`: {@link RatingOptions}, the grade applied for and the round's registration cut-off.
 * @category Ratings
 */
export interface EligibilityOptions extends RatingOptions {
  /** The grade applied for (`'4A'`, `'4A级'`, `'四级'`), for organizations that do not give their own `target`. */
  readonly target?: Rating | string;
  /**
   * The round's registration cut-off from its notice (Suzhou 2021: "2019年6月30日前登记"; Wuxi 2021: "至2021年5月31日…
   * 满两年"): an organization never graded qualifies under art. 6(1) when registered on or before this date. A notice
   * that excludes the day itself is written as the day before.
   */
  readonly registeredBefore?: CalendarDate;
}

/**
 * Options of the batch functions: `explain` (per-row explanations, default `false`) and, for batches of
 * organizations, `validate` (`'checked'`, the default, or `'trusted'`).
 * @category Ratings
 */
export interface RatingBatchOptions extends RatingOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
  /**
   * How the organizations are read: `'checked'` (default) by their record, as the one-organization function reads
   * them; `'trusted'`: taken as given, for records already in the form the record's parse returns (the check is
   * skipped). A trusted record of the wrong shape becomes an error row with the code `trusted_input_invalid`; the
   * other rows are computed.
   * @example
   * ```ts
   * const org = { rating: '4A', ratedOn: '2021-06-30' };
   * const { rows } = ratingStatusBatch([org, null], { asOf: '2026-07-01', validate: 'trusted' });
   * rows.map((r) => (r.outcome === 'error' ? r.error.issues[0].code : r.state)); // ['expired', 'trusted_input_invalid']
   * ratingStatusBatch([org], { asOf: '2026-07-01', validate: 'off' }); // throws PolicyError 'unknown_enum_value' at ['validate']
   * ```
   */
  readonly validate?: ValidationMode;
}

/** Options of `ratingEligibilityBatch`. @category Ratings */
export interface EligibilityBatchOptions extends EligibilityOptions {
  /** Build each row's explanation (default `false`). */
  readonly explain?: boolean;
  /**
   * How the organizations are read: `'checked'` (default) by their record, as the one-organization function reads
   * them; `'trusted'`: taken as given, for records already in the form the record's parse returns (the check is
   * skipped). A trusted record of the wrong shape becomes an error row with the code `trusted_input_invalid`; the
   * other rows are computed.
   * @example
   * ```ts
   * const org = { id: 'S1', registeredOn: '2020-01-01', target: '3A' };
   * ratingEligibilityBatch([org, null], { asOf: '2026-05-01', validate: 'trusted' }).counts.error; // 1
   * ```
   */
  readonly validate?: ValidationMode;
}

/**
 * Options of `projectCompliance`: {@link RatingOptions} and `isProfessional`, the host's own test of who counts as a
 * 社会工作专业人才 (instead of the profile's criteria): `true`, `false`, or `undefined` when it cannot say.
 * @category Ratings
 */
export interface ProjectOptions extends RatingOptions {
  /** The host's test of a staff member (returns `true`, `false` or `undefined`). */
  readonly isProfessional?: (member: ProjectStaff, asOf: CalendarDate) => boolean | undefined;
}

const targetOption: OptionReader<Rating | undefined> = (value, path) => {
  if (value === undefined) return undefined;
  const r = ratingOrganizationRecord.fields.target!;
  const t = r.type as { kind: 'enum'; aliases: Readonly<Record<string, string>>; values: readonly string[] };
  if (typeof value === 'string' && t.aliases[value] !== undefined) return t.aliases[value] as Rating;
  // Refused as the record would refuse it (same code and wording).
  return ratingOrganizationRecord.pick('rating-target', ['target']).parse({ target: value }, path.slice(0, -1)).target;
};

const predicateOption: OptionReader<ProjectOptions['isProfessional']> = (value, path) => {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') return M.fail('predicate_not_function', path);
  return value as ProjectOptions['isProfessional'];
};

/** The option readers of one item. @internal */
export const ITEM_OPTIONS = { asOf: asOfOption, profile: ratingProfiles.option, calendar: calendarOption };
/** The option readers of a batch. @internal */
export const BATCH_OPTIONS = { ...ITEM_OPTIONS, explain: explainOption, validate: validateOption };
/** The option readers of an eligibility check. @internal */
export const ELIGIBILITY_OPTIONS = { ...ITEM_OPTIONS, target: targetOption, registeredBefore: optionalDateOption };
/** The option readers of an eligibility batch. @internal */
export const ELIGIBILITY_BATCH_OPTIONS = { ...ELIGIBILITY_OPTIONS, explain: explainOption, validate: validateOption };
/** The option readers of a grade from a score. @internal */
export const GRADE_OPTIONS = { asOf: asOfOption, profile: ratingProfiles.option };
/** The option readers of a grade batch. @internal */
export const GRADE_BATCH_OPTIONS = { ...GRADE_OPTIONS, explain: explainOption };
/** The option readers of a project check. @internal */
export const PROJECT_OPTIONS = { ...GRADE_OPTIONS, isProfessional: predicateOption };
