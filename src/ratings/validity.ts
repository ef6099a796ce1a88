/**
 * The validity of a 社会组织评估 grade on a date (民政部令第39号): 5 years from the day it was awarded (第二十八条第一款),
 * the re-evaluation window in the last 2 of them (第二十九条第一款), expired → 视为无评估等级 (第二十九条第二款), and a
 * cancellation (第三十条) that ends it. A pure function of the grade, the date and the numbers, so the coverage engine
 * counts valid grades with the same code as `ratingStatus` (each reads the numbers from its own profile).
 * @module
 */
import {
  addDays,
  CIVIL_CODE_PERIODS,
  parseCalendarDate,
  parsePeriodConvention,
  readOptions,
  tryPeriodEnd,
  type CalendarDate,
  type IssuePath,
  type OptionReader,
  type PeriodConvention,
  type PeriodRule,
  type WorkCalendar,
} from '../core/index.js';
import { typeName } from '../core/errors.js';
import { organizationRecord, type Rating, type RatingSanction } from '../entities/organization.js';
// The core's messages only: the coverage engine bundles this module without the ratings catalogue.
import { coreMessages } from '../core/core-messages.js';

/**
 * Where a grade stands on a date:
 * - `none`: no grade (none on record, or awarded after the date);
 * - `valid`: within its 5 years (see `renewalOpen` for the re-evaluation window);
 * - `expired`: its 5 years are over and it was not evaluated again: 视为无评估等级 (第二十九条第二款);
 * - `cancelled`: cancelled by the 民政部门 (第三十条);
 * - `unknown`: the date it was awarded (or a calendar year the counting needs) is missing.
 * @category Ratings
 */
export type GradeState = 'none' | 'valid' | 'expired' | 'cancelled' | 'unknown';

/** The states, in the order summaries list them. @category Ratings */
export const GRADE_STATES: readonly GradeState[] = ['valid', 'expired', 'cancelled', 'none', 'unknown'];

/**
 * A grade as its validity reads it: the `organization` entity's `rating` (the grade held now, after any lowering),
 * `ratedOn` (the day it was awarded) and `ratingSanctions`.
 * @category Ratings
 */
export interface GradeFacts {
  /** The grade held. */
  readonly rating?: Rating;
  /** The day it was awarded. */
  readonly ratedOn?: CalendarDate;
  /** Decisions lowering or cancelling a grade. */
  readonly ratingSanctions?: readonly RatingSanction[];
}

/**
 * The numbers validity is counted with (a domain reads them from its profile).
 * @category Ratings
 */
export interface GradeValiditySettings {
  /** Years a grade is valid (第二十八条第一款: 5). */
  readonly validityYears: number;
  /** Years before expiry from which re-evaluation may be applied for (第二十九条第一款: 2); default none. */
  readonly renewalWindowYears?: number;
  /** How the years are counted (default: the core convention, {@link CIVIL_CODE_PERIODS}). */
  readonly convention?: PeriodConvention;
  /**
   * The work calendar, for a convention that moves a last day off a rest day (default: the shipped one). Used by the
   * ratings rules (their `calendar` option); `gradeValidity` itself takes the shipped calendar.
   */
  readonly calendar?: WorkCalendar;
}

/**
 * A grade's validity on a date. Every field is present (`null` when it does not apply).
 * @category Ratings
 */
export interface GradeValidity {
  /** Where the grade stands. */
  readonly state: GradeState;
  /** The grade on record (also when expired or cancelled); `null` when there is none. */
  readonly grade: Rating | null;
  /** The day it was awarded. */
  readonly ratedOn: CalendarDate | null;
  /** The last day of its validity (inclusive). */
  readonly expiresOn: CalendarDate | null;
  /** The first day re-evaluation may be applied for (the day after the end of the first validity − window years). */
  readonly renewalOpensOn: CalendarDate | null;
  /** True when the grade is valid and the date is on or after `renewalOpensOn`. */
  readonly renewalOpen: boolean;
  /** The day a cancellation of this grade was decided, if one was by the date. */
  readonly cancelledOn: CalendarDate | null;
  /** The day a lowering of this grade was decided, if one was by the date (`rating` is the grade after it). */
  readonly loweredOn: CalendarDate | null;
  /** For `unknown`: `ratedOn`, or `calendar:<year>` when the counting needs a year without calendar data. */
  readonly missing: readonly string[];
  /** The counting convention and articles used (`null` when nothing was counted). */
  readonly rule: PeriodRule | null;
}

const gradeFactsRecord = /* @__PURE__ */ organizationRecord.pick('rating-grade', [
  'rating',
  'ratedOn',
  'ratingSanctions',
]);

/** Settings already read, by object (a host passes the same object to many calls). */
const readSettingsCache = /* @__PURE__ */ new WeakMap<object, GradeValiditySettings>();

const yearsOption =
  (required: boolean): OptionReader<number | undefined> =>
  (value, path) => {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'number')
      return coreMessages.fail('invalid_type', path, { expected: 'integer', received: typeName(value) });
    if (!Number.isSafeInteger(value) || value < 1 || value > 100)
      return coreMessages.fail('out_of_range', path, { min: 1, max: 100 });
    return value;
  };

const SETTINGS = {
  validityYears: yearsOption(true),
  renewalWindowYears: yearsOption(false),
  convention: (value: unknown, path: IssuePath) =>
    value === undefined ? undefined : parsePeriodConvention(value, path),
};

function readSettings(settings: unknown): GradeValiditySettings {
  const hit = typeof settings === 'object' && settings !== null ? readSettingsCache.get(settings) : undefined;
  if (hit !== undefined) return hit;
  const s = readOptions(settings, SETTINGS, ['settings']);
  const validityYears = s.validityYears!;
  if (s.renewalWindowYears !== undefined && s.renewalWindowYears >= validityYears)
    coreMessages.fail('out_of_range', ['settings', 'renewalWindowYears'], { min: 1, max: validityYears - 1 });
  const out: GradeValiditySettings = {
    validityYears,
    ...(s.renewalWindowYears === undefined ? {} : { renewalWindowYears: s.renewalWindowYears }),
    ...(s.convention === undefined ? {} : { convention: s.convention }),
  };
  readSettingsCache.set(settings as object, out);
  return out;
}

const NONE: GradeValidity = Object.freeze({
  state: 'none',
  grade: null,
  ratedOn: null,
  expiresOn: null,
  renewalOpensOn: null,
  renewalOpen: false,
  cancelledOn: null,
  loweredOn: null,
  missing: Object.freeze([]) as readonly string[],
  rule: null,
});

/** The validity of checked facts (no input checks): the one computation behind every public use. @internal */
export function validityOf(g: GradeFacts, asOf: CalendarDate, s: GradeValiditySettings): GradeValidity {
  const grade = g.rating;
  if (grade === undefined) return NONE;
  const ratedOn = g.ratedOn;
  if (ratedOn === undefined) return { ...NONE, state: 'unknown', grade, missing: ['ratedOn'] };
  if (asOf < ratedOn) return NONE;
  let cancelledOn: string | null = null;
  let loweredOn: string | null = null;
  const sanctions = g.ratingSanctions;
  if (sanctions !== undefined) {
    for (const x of sanctions) {
      // A decision on or after the day this grade was awarded concerns it; an earlier one concerned an earlier grade.
      if (x.decidedOn < ratedOn || x.decidedOn > asOf) continue;
      const on: string = x.decidedOn;
      if (x.kind === 'cancelled') {
        if (cancelledOn === null || on < (cancelledOn as string)) cancelledOn = on;
      } else if (loweredOn === null || on > (loweredOn as string)) loweredOn = on;
    }
  }
  const options =
    s.calendar === undefined
      ? { convention: s.convention ?? CIVIL_CODE_PERIODS, path: ['ratedOn'] }
      : { convention: s.convention ?? CIVIL_CODE_PERIODS, calendar: s.calendar, path: ['ratedOn'] };
  const end = tryPeriodEnd(ratedOn, { years: s.validityYears }, options);
  if (!end.determined)
    return {
      ...NONE,
      state: 'unknown',
      grade,
      ratedOn,
      cancelledOn,
      loweredOn,
      missing: [`calendar:${end.missingYear}`],
    };
  const expiresOn = end.value.end;
  let renewalOpensOn: string | null = null;
  if (s.renewalWindowYears !== undefined) {
    const first = tryPeriodEnd(ratedOn, { years: s.validityYears - s.renewalWindowYears }, options);
    if (!first.determined)
      return {
        ...NONE,
        state: 'unknown',
        grade,
        ratedOn,
        expiresOn,
        cancelledOn,
        loweredOn,
        missing: [`calendar:${first.missingYear}`],
        rule: end.value.rule,
      };
    renewalOpensOn = addDays(first.value.end, 1);
  }
  const state: GradeState = cancelledOn !== null ? 'cancelled' : asOf > expiresOn ? 'expired' : 'valid';
  const renewalOpen = state === 'valid' && renewalOpensOn !== null && asOf >= renewalOpensOn;
  return {
    state,
    grade,
    ratedOn,
    expiresOn,
    renewalOpensOn,
    renewalOpen,
    cancelledOn,
    loweredOn,
    missing: [],
    rule: end.value.rule,
  };
}

/**
 * Where a 社会组织评估 grade stands on a date: valid until the end of its years (第二十八条第一款: 5, counted under the
 * given convention: the day it was awarded is not counted and the period ends on the corresponding day, so a grade
 * awarded on 2021-06-30 is valid through 2026-06-30), in the re-evaluation window of its last years (第二十九条第一款: 2,
 * from 2024-07-01 for that grade), expired after that (视为无评估等级, 第二十九条第二款), or cancelled by a decision
 * taken on or after the day it was awarded (第三十条). A grade without the day it was awarded is `unknown`
 * (`missing: ['ratedOn']`), never assumed valid. Bad input (a grade that is not 1A–5A, a bad date, bad numbers) is
 * refused with a PolicyError.
 * @param grade - `{ rating, ratedOn, ratingSanctions }` (the `organization` entity's fields; other fields are ignored)
 * @param asOf - the date asked about
 * @param settings - `validityYears` (required), `renewalWindowYears`, `convention` (a roll-over uses the shipped calendar)
 * @category Ratings
 * @example
 * ```ts
 * const noRoll = { ...CIVIL_CODE_PERIODS, id: 'no-roll', rollOver: 'none' as const };
 * gradeValidity({ rating: '4A', ratedOn: '2021-06-30' }, '2026-06-30', { validityYears: 5, renewalWindowYears: 2, convention: noRoll });
 * // { state: 'valid', expiresOn: '2026-06-30', renewalOpensOn: '2024-07-01', renewalOpen: true, … }
 * gradeValidity({ rating: '4A', ratedOn: '2021-06-30' }, '2026-07-01', { validityYears: 5, convention: noRoll }).state; // 'expired'
 * gradeValidity({ rating: '4A' }, '2026-07-01', { validityYears: 5 }).missing; // ['ratedOn']
 * ```
 */
export function gradeValidity(grade: unknown, asOf: unknown, settings: GradeValiditySettings): GradeValidity {
  const date = parseCalendarDate(asOf, ['asOf']);
  const s = readSettings(settings);
  // Only the three fields are read: an organization row with its other fields is accepted as it is.
  const g =
    typeof grade === 'object' && grade !== null && !Array.isArray(grade)
      ? pickFacts(grade as Record<string, unknown>)
      : grade;
  return validityOf(gradeFactsRecord.parse(g, ['grade']), date, s);
}

function pickFacts(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (o.rating !== undefined) out.rating = o.rating;
  if (o.ratedOn !== undefined) out.ratedOn = o.ratedOn;
  if (o.ratingSanctions !== undefined) out.ratingSanctions = o.ratingSanctions;
  return out;
}

/** The end of a period of `years` from `start` under a convention (used by the rules; throws only for a bug). @internal */
export function yearsEnd(
  start: CalendarDate,
  years: number,
  convention: PeriodConvention,
  calendar?: WorkCalendar,
): { end: CalendarDate; rule: PeriodRule } | { missingYear: number } {
  const r = tryPeriodEnd(start, { years }, calendar === undefined ? { convention } : { convention, calendar });
  return r.determined ? { end: r.value.end, rule: r.value.rule } : { missingYear: r.missingYear };
}
