/**
 * What a rule evaluates in, and the helpers every rule shares: reading its parameters as a group (a gap becomes the
 * `parameter:<id>` its findings miss), checking a parameter's table, naming a missing input by its label.
 * @module
 * @internal
 */
import { isGap, type Bilingual, type ParameterRead, type Scope, type WorkCalendar } from '../core/index.js';
import { committeeRecord } from '../entities/committee.js';
import { traced, type CommitteeFinding } from './finding.js';
import { committeeMessages as M } from './messages.js';

/** The scope (parameters, trace, warnings, missing) and the work calendar. @internal */
export interface CommitteeContext {
  readonly scope: Scope;
  readonly calendar?: WorkCalendar;
}

/** A parameter group read, or the names of the parameters it is missing (already recorded on the scope). @internal */
export function readGroup(scope: Scope, ids: readonly string[]): readonly ParameterRead[] | readonly string[] {
  const reads = scope.params(ids);
  if (reads !== undefined) return reads;
  return Object.freeze(ids.filter((id) => isGap(scope.at.get(id))).map((id) => `parameter:${id}`));
}

/** True when {@link readGroup} read every parameter. @internal */
export function isRead(r: readonly ParameterRead[] | readonly string[]): r is readonly ParameterRead[] {
  return r.length === 0 || typeof r[0] !== 'string';
}

/** The label of a missing item (`parameter:<id>` is named by the parameter's label). @internal */
export function missingLabel(scope: Scope, name: string): Bilingual {
  if (name.startsWith('parameter:')) {
    const id = name.slice(10);
    return scope.at.profile.parameters[id]?.label ?? { zh: '参数', en: id };
  }
  return committeeRecord.fields[name]?.label ?? { zh: '输入', en: name };
}

/** The text of a finding that misses inputs or parameters. @internal */
export function missingText(
  scope: Scope,
  missing: readonly string[],
  labelOf: (name: string) => Bilingual = (name) => missingLabel(scope, name),
): Bilingual {
  const params = missing.filter((m) => m.startsWith('parameter:'));
  if (params.length > 0) return M.text('missing_parameter', { parameters: params.map((m) => missingLabel(scope, m)) });
  return M.text('missing', { fields: missing.map(labelOf) });
}

/** Refuses a parameter value that is not what the rule needs (a host profile with a bad table). @internal */
export function badParameter(read: ParameterRead, reason: Bilingual): never {
  return M.fail('invalid_parameter', ['parameters', read.id], { label: read.label, reason });
}

/** A `{ min, max }` table of whole numbers, min ≤ max. @internal */
export function rangeOf(read: ParameterRead): { readonly min: number; readonly max: number } {
  const v = read.value as { min?: unknown; max?: unknown } | null;
  const ok =
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Number.isSafeInteger(v.min) &&
    Number.isSafeInteger(v.max) &&
    (v.min as number) >= 0 &&
    (v.min as number) <= (v.max as number);
  if (!ok)
    badParameter(read, {
      zh: '应为最少和最多两个整数，最少不大于最多',
      en: 'expected { min, max }, whole numbers with min <= max',
    });
  return { min: v.min as number, max: v.max as number };
}

/** A whole number ≥ 0. @internal */
export function countOf(read: ParameterRead): number {
  const v = read.value;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    badParameter(read, { zh: '应为非负整数', en: 'expected a whole number >= 0' });
  return v;
}

/**
 * A finding that misses inputs: each input is recorded on the scope (named as a host writes it, with its label), and
 * the finding is traced. @internal
 */
export function missingFinding(
  scope: Scope,
  f: CommitteeFinding,
  labelOf: (name: string) => Bilingual = (name) => missingLabel(scope, name),
): CommitteeFinding {
  for (const name of f.missing) if (!name.startsWith('parameter:')) scope.need(name, labelOf(name));
  return traced(scope, f);
}
