/**
 * Field schemas shared by the entities: ids, names, dates, counts and the Chinese codes, each refusing bad input with
 * the same codes and bilingual messages as the validators.
 * @module
 * @internal
 */
import * as z from 'zod/mini';
import { safeParseCalendarDate } from '../core/calendar-date.js';
import type { SafeParseResult } from '../core/errors.js';
import type { Bilingual } from '../core/parameters.js';
import { safeParseDivisionCode, type DivisionCodeLevel } from '../validators/division-code.js';
import { safeParseResidentId } from '../validators/resident-id.js';
import { safeParseUscc } from '../validators/uscc.js';

/** Labels of an object's fields. @category Entities */
export type FieldLabels<T> = { readonly [K in keyof Required<T>]: Bilingual };

/** Labels of an enum's values. @category Entities */
export type ValueLabels<T extends string> = { readonly [K in T]: Bilingual };

/** A rule a schema checks beyond what JSON Schema can express; recorded in the exported schema's `description`. @category Entities */
export interface Refinement {
  /** Field name, or `'*'` for a rule across fields. */
  readonly field: string;
  /** What is checked beyond the JSON Schema. */
  readonly rule: string;
  /** A regular expression the exported JSON Schema can carry as a first line of defence. */
  readonly pattern?: string;
}

/** Patterns for the exported JSON Schema (the parsers check more: check characters, real dates, levels). @internal */
export const PATTERNS = {
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  divisionCode: '^(\\d{6}|\\d{9}|\\d{12})$',
  uscc: '^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{2}\\d{6}[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{10}$',
  residentId: '^\\d{17}[\\dXx]$',
} as const;


/** Adds a bilingual custom issue (read back by `schemaParser`). @internal */
export function addIssue<T>(ctx: z.core.$RefinementCtx<T>, code: string, path: PropertyKey[], zh: string, en: string): void {
  ctx.addIssue({ code: 'custom', path, message: en, params: { code, zh, en } });
}

/** A check that runs a library validator and copies its issues (code and messages) into zod. @internal */
export function validatedBy(safeParse: (value: unknown) => SafeParseResult<unknown>) {
  return z.superRefine<string>((value, ctx) => {
    const r = safeParse(value);
    if (!r.success) for (const i of r.error.issues) addIssue(ctx, i.code, [], i.zh, i.en);
  });
}

/**
 * A rule across fields, run only when every field is valid on its own (zod runs object checks even after some field
 * checks failed). @internal
 */
export function crossCheck<T>(fn: (value: T, ctx: z.core.$RefinementCtx<T>) => void) {
  return z.superRefine<T>((value, ctx) => {
    if (ctx.issues.length === 0) fn(value, ctx);
  });
}

/** A host-assigned id (any non-empty string). @internal */
export const idField = z.string().check(z.minLength(1));

/** A non-empty name. @internal */
export const nameField = z.string().check(z.minLength(1));

/** Ids of other entities, at least `min`, no duplicates (`duplicate`). @internal */
export function idListField(min = 0) {
  return z.array(idField).check(
    z.minLength(min),
    z.superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) addIssue(ctx, 'duplicate', [i], `重复的编号：${id}`, `Duplicate id: ${id}`);
        seen.add(id);
      });
    }),
  );
}

/** A `YYYY-MM-DD` calendar date (`invalid_format`, `invalid_date`). @internal */
export const dateField = z.string().check(validatedBy(safeParseCalendarDate));

/** A whole number ≥ 0. @internal */
export const countField = z.int().check(z.nonnegative());

/** A division code, optionally of a given level (`inconsistent` otherwise). @internal */
export function divisionCodeField(levels?: readonly DivisionCodeLevel[]) {
  return z.string().check(
    validatedBy(safeParseDivisionCode),
    z.superRefine((value, ctx) => {
      const r = safeParseDivisionCode(value);
      if (levels !== undefined && r.success && !levels.includes(r.data.level)) {
        addIssue(ctx, 'inconsistent', [], `区划代码 ${value} 的层级应为 ${levels.join('/')}`, `Division code ${value} must be of level ${levels.join('/')}`);
      }
    }),
  );
}

/** A 统一社会信用代码, normalized to upper case. @internal */
export const usccField = z.pipe(
  z.string().check(validatedBy(safeParseUscc)),
  z.transform((s) => s.toUpperCase()),
);

/** A 居民身份证号码 (18 characters); entity parsers mask it in their output. @internal */
export const residentIdField = z.string().check(validatedBy(safeParseResidentId));

/** Bilingual label shorthand. @internal */
export const label = (zh: string, en: string): Bilingual => ({ zh, en });
