/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with integer arithmetic only.
 * No `Date` object is ever created, so results cannot depend on the host's time zone, and there is no wall clock:
 * every function that needs "today" takes it as an argument (`asOf`).
 * @module
 */
import { ErrorCode, fail, pathArg, quote, safeOf, typeName, type IssuePath, type SafeParseResult } from './errors.js';

/**
 * A calendar date written `YYYY-MM-DD` (years 0001–9999), e.g. `"2026-01-01"`. Validate with {@link parseCalendarDate}.
 * @category Dates
 */
export type CalendarDate = string;

/**
 * How a 29 February anniversary falls in a common year.
 * - `'march-1'` (default): the anniversary is 1 March, i.e. a full year is completed only once 28 February has
 *   passed. This matches date-fns `differenceInYears` and the Chinese reading of 周岁 for people born on 29 February.
 * - `'february-28'`: the anniversary is 28 February.
 * @category Dates
 */
export type LeapDayRule = 'march-1' | 'february-28';

const DATE_RE = /^\d{4}-\d\d-\d\d$/;

/**
 * True for a leap year of the proleptic Gregorian calendar.
 * @category Dates
 * @example
 * ```ts
 * isLeapYear(2024); // true
 * isLeapYear(1900); // false
 * ```
 */
export function isLeapYear(year: number): boolean {
  return leap(integerArg(year, 'year'));
}

// Unchecked forms for validated numbers (the /validators bundle reaches them through isCalendarDate).
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
// 31 days in months 1, 3, 5, 7, 8, 10, 12: the low bit of m + (m >> 3) is 1 exactly for those.
const monthDays = (y: number, m: number): number => (m === 2 ? (leap(y) ? 29 : 28) : 30 + ((m + (m >> 3)) & 1));

/** A whole number argument (a safe integer), else `invalid_type`. */
function integerArg(value: unknown, name: string): number {
  if (!Number.isSafeInteger(value)) {
    fail(
      ErrorCode.InvalidType,
      [name],
      `${name} 应为整数，实际为 ${typeName(value)}`,
      `${name} must be a whole number, got ${typeName(value)}`,
      { expected: 'int', received: typeName(value) },
    );
  }
  return value as number;
}

/**
 * Number of days in a month (1–12) of a year.
 * @category Dates
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  integerArg(year, 'year');
  if (integerArg(month, 'month') < 1 || month > 12)
    fail(ErrorCode.OutOfRange, ['month'], '月份应在 1 到 12 之间', 'month must be from 1 to 12', {
      minimum: 1,
      maximum: 12,
    });
  return monthDays(year, month);
}

/**
 * A real `YYYY-MM-DD` date as the integer YYYYMMDD, or -1 for anything else: the same acceptance as
 * {@link isCalendarDate} (a test checks), by character codes with no regex and no allocation, for hot paths that
 * check every date of every row (registries, rosters, slates). {@link isCalendarDate} keeps the shorter regex form
 * because the /validators bundle has a 3 KB budget.
 * @internal
 */
export function ymdOf(value: string): number {
  if (value.length !== 10) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return -1;
    } else if (c < 48 || c > 57) return -1;
    else n = n * 10 + c - 48;
  }
  const y = Math.floor(n / 10000);
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return y < 1 || m < 1 || m > 12 || d < 1 || d > monthDays(y, m) ? -1 : n;
}

/**
 * The year of a date already checked as `YYYY-MM-DD` ({@link yearOf} checks it first), read from its character codes:
 * rules that read a year for every row of a roster spent a tenth of their time in `Number(date.slice(0, 4))`.
 * @internal
 */
export function checkedYearOf(date: string): number {
  return (
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48)
  );
}

/** True when a checked `YYYY-MM-DD` date is a 1 January (characters 5, 6, 8, 9 are 0, 1, 0, 1). @internal */
export function isNewYearsDay(date: string): boolean {
  return (
    date.charCodeAt(5) === 48 && date.charCodeAt(6) === 49 && date.charCodeAt(8) === 48 && date.charCodeAt(9) === 49
  );
}

/**
 * The first whole calendar year from a checked date on: the date's own year when it is a 1 January, else the next
 * (the first year a worker who started service on `date` served all year).
 * @internal
 */
export function firstWholeYearOf(date: string): number {
  return isNewYearsDay(date) ? checkedYearOf(date) : checkedYearOf(date) + 1;
}

/**
 * Splits a valid date into numbers; `undefined` for anything that is not a real `YYYY-MM-DD` date. By character codes
 * ({@link ymdOf}): a regex, a split and a list of strings per date cost a review a seventh of its time.
 * @internal
 */
export function splitYmd(value: string): [number, number, number] | undefined {
  const n = typeof value === 'string' ? ymdOf(value) : -1;
  return n < 0 ? undefined : [Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100];
}

/** Builds `YYYY-MM-DD` from numbers (no validation). @internal */
export function joinDate(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * True when `value` is a string naming a real calendar date (`2024-02-29` yes, `2023-02-29` no).
 * @category Dates
 * @example
 * ```ts
 * isCalendarDate('2024-02-29'); // true
 * isCalendarDate('2023-02-29'); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  // The regex form, not ymdOf: /validators bundles this function and has a 3 KB budget (a test holds the two equal).
  // Not a string: false (a regex would convert it, and a deeply nested array overflows the stack doing so).
  if (typeof value !== 'string' || !DATE_RE.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return y > 0 && m > 0 && m < 13 && d > 0 && d <= monthDays(y, m);
}

/**
 * Validates a calendar date, throwing a {@link PolicyError} (`invalid_type`, `invalid_format` or `invalid_date`).
 * @param value - the input
 * @param path - where the value sits in a larger input, for the error's path
 * @category Dates
 * @example
 * ```ts
 * parseCalendarDate('2026-01-01'); // '2026-01-01'
 * parseCalendarDate('2023-02-29'); // throws PolicyError, code 'invalid_date'
 * ```
 */
export function parseCalendarDate(value: unknown, path: IssuePath = []): CalendarDate {
  pathArg(path);
  if (typeof value !== 'string') {
    if (value === undefined) fail(ErrorCode.Required, path, '缺少日期', 'A date is required');
    fail(
      ErrorCode.InvalidType,
      path,
      `日期应为 YYYY-MM-DD 字符串，实际为 ${typeName(value)}`,
      `A date must be a YYYY-MM-DD string, got ${typeName(value)}`,
      {
        expected: 'string',
        received: typeName(value),
      },
    );
  }
  if (!DATE_RE.test(value)) {
    fail(
      ErrorCode.InvalidFormat,
      path,
      `日期格式应为 YYYY-MM-DD：“${quote(value, 20)}”`,
      `A date must be written YYYY-MM-DD: "${quote(value, 20)}"`,
      {
        format: 'YYYY-MM-DD',
      },
    );
  }
  if (splitYmd(value) === undefined) {
    fail(ErrorCode.InvalidDate, path, `不存在的日期：${value}`, `Not a real calendar date: ${value}`);
  }
  return value;
}

/**
 * Non-throwing {@link parseCalendarDate}.
 * @category Dates
 */
// Marked pure so that a bundle importing only isCalendarDate drops parseCalendarDate and its messages.
export const safeParseCalendarDate: (value: unknown, path?: IssuePath) => SafeParseResult<CalendarDate> =
  /* @__PURE__ */ safeOf(parseCalendarDate);

/** Days since 1970-01-01 (may be negative). Howard Hinnant's days_from_civil. @internal */
export function toDayNumber(date: CalendarDate): number {
  const p = splitYmd(date);
  if (p === undefined) return parseCalendarDate(date) as never;
  return dayNumberOf(p[0], p[1], p[2]);
}

/** Days since 1970-01-01 for validated parts. @internal */
export function dayNumberOf(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (inverse of {@link toDayNumber}). @internal */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return joinDate(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

/** The `leapDay` option: an options object whose `leapDay` is absent or one of the rules. */
function leapDayOption(options: unknown): LeapDayRule | undefined {
  if (typeof options !== 'object' || options === null)
    fail(
      ErrorCode.InvalidType,
      ['options'],
      `选项应为对象，实际为 ${typeName(options)}`,
      `options must be an object, got ${typeName(options)}`,
    );
  const rule = (options as { leapDay?: unknown }).leapDay;
  if (rule !== undefined && rule !== 'march-1' && rule !== 'february-28') {
    fail(
      ErrorCode.UnknownEnumValue,
      ['options', 'leapDay'],
      'leapDay 应为 march-1 或 february-28',
      'leapDay must be march-1 or february-28',
      { allowed: ['march-1', 'february-28'] },
    );
  }
  return rule as LeapDayRule | undefined;
}

function parts(date: CalendarDate, name: string): [number, number, number] {
  return splitYmd(date) ?? (parseCalendarDate(date, [name]) as never);
}

/**
 * Compares two dates: negative if `a` is earlier, 0 if equal, positive if later.
 * @category Dates
 * @example
 * ```ts
 * compareDates('2024-01-01', '2023-12-31'); // 1
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  parts(a, 'a');
  parts(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds (or subtracts) whole days.
 * @category Dates
 * @example
 * ```ts
 * addDays('2024-02-28', 1); // '2024-02-29'
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const n = toDayNumber(date) + integerArg(days, 'days');
  if (!(n >= FIRST_DAY && n <= LAST_DAY))
    fail(
      ErrorCode.OutOfRange,
      ['days'],
      '结果日期超出 0001-01-01 至 9999-12-31',
      'The resulting date is outside 0001-01-01 to 9999-12-31',
    );
  return fromDayNumber(n);
}

// Day numbers of 0001-01-01 and 9999-12-31: results stay within the years a CalendarDate can be written with.
const FIRST_DAY = -719162;
const LAST_DAY = 2932896;

/**
 * Days from `from` to `to` (negative when `to` is earlier).
 * @category Dates
 * @example
 * ```ts
 * daysBetween('2023-01-01', '2024-01-01'); // 365
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The date `years` years after `date` (its anniversary). A 29 February date lands on 1 March of a common year,
 * or on 28 February with `leapDay: 'february-28'`.
 * @category Dates
 * @example
 * ```ts
 * addYears('2020-03-15', 3); // '2023-03-15'
 * addYears('2020-02-29', 1); // '2021-03-01'
 * ```
 */
export function addYears(date: CalendarDate, years: number, options: { leapDay?: LeapDayRule } = {}): CalendarDate {
  const [y, m, d] = parts(date, 'date');
  const rule = leapDayOption(options);
  const ty = y + integerArg(years, 'years');
  if (ty < 1 || ty > 9999)
    fail(ErrorCode.OutOfRange, ['years'], '结果年份超出 0001–9999', 'The resulting year is outside 0001–9999');
  if (m === 2 && d === 29 && !leap(ty)) return rule === 'february-28' ? joinDate(ty, 2, 28) : joinDate(ty, 3, 1);
  return joinDate(ty, m, d);
}

/**
 * Full years from `from` to `to`, with anniversary semantics: a year is complete on its anniversary date
 * (2020-03-15 → 2023-03-14 is 2 years; → 2023-03-15 is 3). Negative when `to` is before `from`.
 * For a 29 February start see {@link LeapDayRule}.
 * @category Dates
 * @example
 * ```ts
 * fullYearsBetween('2020-03-15', '2023-03-14'); // 2
 * fullYearsBetween('2020-03-15', '2023-03-15'); // 3
 * fullYearsBetween('2020-02-29', '2021-02-28'); // 0 (1 with leapDay 'february-28')
 * ```
 */
export function fullYearsBetween(
  from: CalendarDate,
  to: CalendarDate,
  options: { leapDay?: LeapDayRule } = {},
): number {
  const [y1, m1, d1] = parts(from, 'from');
  const [y2, m2, d2] = parts(to, 'to');
  const rule = leapDayOption(options);
  if (to < from) return -fullYearsBetween(to, from, options);
  let years = y2 - y1;
  // The anniversary of `from` in year y2, with the leap-day rule applied.
  let am = m1;
  let ad = d1;
  if (m1 === 2 && d1 === 29 && !leap(y2)) {
    if (rule === 'february-28') ad = 28;
    else {
      am = 3;
      ad = 1;
    }
  }
  if (m2 < am || (m2 === am && d2 < ad)) years -= 1;
  return years;
}

/**
 * Age in full years (周岁) on a date.
 * @category Dates
 * @example
 * ```ts
 * ageOn('1956-05-20', '2026-05-19'); // 69
 * ageOn('1956-05-20', '2026-05-20'); // 70
 * ```
 */
export function ageOn(birthDate: CalendarDate, date: CalendarDate, options: { leapDay?: LeapDayRule } = {}): number {
  leapDayOption(options);
  if (compareDates(date, birthDate) < 0)
    fail(ErrorCode.OutOfRange, ['date'], '日期早于出生日期', 'The date is before the birth date');
  return fullYearsBetween(birthDate, date, options);
}

/**
 * The first 1 January on or after a date: the date itself if it is a 1 January, otherwise 1 January of the next year.
 * @category Dates
 * @example
 * ```ts
 * firstJanuaryOnOrAfter('2023-03-15'); // '2024-01-01'
 * firstJanuaryOnOrAfter('2023-01-01'); // '2023-01-01'
 * ```
 */
export function firstJanuaryOnOrAfter(date: CalendarDate): CalendarDate {
  const [y, m, d] = parts(date, 'date');
  if (m === 1 && d === 1) return date;
  if (y === 9999)
    fail(ErrorCode.OutOfRange, ['date'], '结果年份超出 0001–9999', 'The resulting year is outside 0001–9999');
  return joinDate(y + 1, 1, 1);
}

/**
 * The year of a date.
 * @category Dates
 * @example
 * ```ts
 * yearOf('2026-01-01'); // 2026
 * ```
 */
export function yearOf(date: CalendarDate): number {
  return parts(date, 'date')[0];
}
