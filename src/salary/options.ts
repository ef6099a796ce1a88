/**
 * Validation of the options every salary function takes: the date, the profile (shipped id, a Profile, or raw JSON
 * validated once per object), the benchmark.
 * @module
 */
import { parseCalendarDate, type CalendarDate } from '../core/calendar-date.js';
import { ErrorCode, fail, typeName } from '../core/errors.js';
import { isDecimalString } from '../core/money.js';
import { parseProfile, type Profile } from '../core/profile.js';
import { getSalaryProfile, huaianSalaryProfile, salaryProfiles } from './profiles/index.js';

const checked = new WeakMap<object, Profile>();
const shipped = new Set<object>(Object.values(salaryProfiles));

/**
 * A profile option: a shipped profile id, a {@link Profile}, or profile JSON (validated with `parseProfile` the first
 * time each object is seen). Default: `huaian`.
 * @internal
 */
export function resolveProfile(value: unknown): Profile {
  if (value === undefined) return huaianSalaryProfile;
  if (typeof value === 'string') return getSalaryProfile(value);
  if (typeof value !== 'object' || value === null) {
    return fail(ErrorCode.InvalidType, ['profile'], `profile 应为配置对象或配置 id，实际为 ${typeName(value)}`, `profile must be a profile object or id, got ${typeName(value)}`);
  }
  if (shipped.has(value)) return value as Profile;
  let p = checked.get(value);
  if (p === undefined) {
    p = parseProfile(value, ['profile']);
    checked.set(value, p);
  }
  return p;
}

/** The options object itself. @internal */
export function optionsObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(ErrorCode.InvalidType, ['options'], `选项应为对象，实际为 ${typeName(value)}`, `options must be an object, got ${typeName(value)}`);
  }
  return value as Record<string, unknown>;
}

/** A required date option. @internal */
export function dateOption(options: Record<string, unknown>, name: string): CalendarDate {
  return parseCalendarDate(options[name], [name]);
}

/** The optional annual benchmark (a non-negative decimal string, or a safe integer). @internal */
export function benchmarkOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (isDecimalString(value) && !value.startsWith('-')) return value;
  return fail(ErrorCode.InvalidAmount, ['benchmark'], 'benchmark 应为非负十进制数字符串（年工资，元）', 'benchmark must be a non-negative decimal string (annual wage, yuan)');
}

/** The optional floor group. @internal */
export function floorGroupOption(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return fail(ErrorCode.InvalidType, ['floorGroup'], `floorGroup 应为字符串，实际为 ${typeName(value)}`, `floorGroup must be a string, got ${typeName(value)}`);
}
