/**
 * What a ratings rule evaluates with: the scope (parameters read through it are traced; gaps become `missing`) and
 * the work calendar; and the helpers every rule shares: grade order and labels, field labels, the validity settings
 * read from the profile.
 * @module
 * @internal
 */
import {
  derivedFrom,
  isGap,
  parsePeriodConvention,
  type Bilingual,
  type CalendarDate,
  type ParameterRead,
  type PeriodConvention,
  type Scope,
  type WorkCalendar,
} from '../core/index.js';
import { RATINGS, ratingLabels, type Rating } from '../entities/organization.js';
import { ratingMessages as M } from './messages.js';
import { ratingOrganizationRecord } from './records.js';
import type { GradeValiditySettings } from './validity.js';

/** The evaluation context of a ratings rule. @internal */
export interface RatingContext {
  readonly scope: Scope;
  readonly calendar?: WorkCalendar;
}

/** A grade's rank: 1A → 1 … 5A → 5. @internal */
export const rank = (g: Rating): number => RATINGS.indexOf(g) + 1;

/** A grade as text: 一级 … 五级 in Chinese, 1A … 5A in English. @internal */
export const gradeText = (g: Rating): Bilingual => ({ zh: ratingLabels[g].zh, en: g });

/** The label of an input field, for messages and `missing`. @internal */
export function fieldLabel(name: string): Bilingual {
  const def = ratingOrganizationRecord.fields[name];
  return def === undefined ? { zh: name, en: name } : def.label;
}

/** The label of one year's inspection result. @internal */
export const inspectionLabel = (year: number): Bilingual => ({
  zh: `${year}年度年度检查结果`,
  en: `Annual inspection result of ${year}`,
});

/** Records missing inputs with the scope and returns their names. @internal */
export function need(ctx: RatingContext, names: readonly { name: string; label: Bilingual }[]): string[] {
  for (const n of names) ctx.scope.need(n.name, n.label);
  return names.map((n) => n.name);
}

/** A counting convention read from the profile (checked once per read). @internal */
export function conventionOf(read: ParameterRead): PeriodConvention {
  return derivedFrom([read], ([r]) => parsePeriodConvention(r!.value, ['parameters', r!.id, 'value']));
}

const VALIDITY_IDS = Object.freeze(['ratings.validityYears', 'ratings.renewalWindowYears', 'ratings.counting.status']);

/** The settings of `gradeValidity` from the profile, or the missing parameters. @internal */
export function validitySettings(ctx: RatingContext): { settings: GradeValiditySettings } | { missing: string[] } {
  const reads = ctx.scope.params(VALIDITY_IDS);
  if (reads === undefined) {
    const missing: string[] = [];
    for (const id of VALIDITY_IDS) if (isGap(ctx.scope.at.get(id))) missing.push(`parameter:${id}`);
    return { missing };
  }
  const base = derivedFrom(reads, ([y, w, c]) => {
    const years = (r: ParameterRead) => {
      if (typeof r.value !== 'number' || !Number.isSafeInteger(r.value) || r.value < 1)
        M.fail('invalid_parameter_table', ['parameters', r.id], { label: r.label });
      return r.value as number;
    };
    const validityYears = years(y!);
    const renewalWindowYears = years(w!);
    if (renewalWindowYears >= validityYears)
      M.fail('invalid_parameter_table', ['parameters', w!.id], { label: w!.label });
    return { validityYears, renewalWindowYears, convention: conventionOf(c!) };
  });
  return { settings: ctx.calendar === undefined ? base : { ...base, calendar: ctx.calendar } };
}

/** A whole-number parameter ≥ 0, or `undefined` when it has no value (recorded as missing). @internal */
export function countParam(ctx: RatingContext, id: string): number | undefined {
  const r = ctx.scope.param(id);
  if (r === undefined) return undefined;
  if (typeof r.value !== 'number' || !Number.isSafeInteger(r.value) || r.value < 0)
    return M.fail('invalid_parameter_table', ['parameters', id], { label: r.label });
  return r.value;
}

/** The status convention read from the profile, or `undefined` (missing). @internal */
export function statusConvention(ctx: RatingContext): PeriodConvention | undefined {
  const r = ctx.scope.param('ratings.counting.status');
  return r === undefined ? undefined : conventionOf(r);
}

/** The year before the date's year (the "上年度" of arts. 7 and 30). @internal */
export const lastYear = (asOf: CalendarDate): number => Number(asOf.slice(0, 4)) - 1;
