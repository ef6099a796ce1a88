/**
 * Two calendar computations on dates already validated as `YYYY-MM-DD`, done on the fixed-width string without
 * re-parsing. They agree with core `addYears` / `fullYearsBetween` (29 February → 1 March in common years); a
 * property test holds them to it. Why: the age rule runs 100,000 times in a batch and the general versions
 * re-validate every argument.
 * @module
 */
import { daysInMonth, isLeapYear } from '../core/index.js';

/** The anniversary `years` years after a valid date (1 March for 29 February in a common year). @internal */
export function anniversary(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  let md = date.slice(4);
  if (md === '-02-29' && !isLeapYear(y)) md = '-03-01';
  return `${String(y).padStart(4, '0')}${md}`;
}

/** Full years from `from` to `to` (both valid, `from <= to`), anniversary semantics. @internal */
export function fullYears(from: string, to: string): number {
  const ty = Number(to.slice(0, 4));
  let years = ty - Number(from.slice(0, 4));
  let md = from.slice(4);
  if (md === '-02-29' && !isLeapYear(ty)) md = '-03-01';
  if (to.slice(4) < md) years--;
  return years;
}

const ZERO = 48;

/** Digit value of a character code, or -1. */
function digit(code: number): number {
  return code >= ZERO && code <= ZERO + 9 ? code - ZERO : -1;
}

/**
 * Same answer as core `isCalendarDate`, by character codes instead of a regular expression (the schema's fast
 * acceptance check runs it on every date of every candidate). @internal
 */
export function isDateFast(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const d0 = digit(v.charCodeAt(0));
  const d1 = digit(v.charCodeAt(1));
  const d2 = digit(v.charCodeAt(2));
  const d3 = digit(v.charCodeAt(3));
  const m0 = digit(v.charCodeAt(5));
  const m1 = digit(v.charCodeAt(6));
  const a0 = digit(v.charCodeAt(8));
  const a1 = digit(v.charCodeAt(9));
  if ((d0 | d1 | d2 | d3 | m0 | m1 | a0 | a1) < 0) return false;
  const y = d0 * 1000 + d1 * 100 + d2 * 10 + d3;
  const m = m0 * 10 + m1;
  const d = a0 * 10 + a1;
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
